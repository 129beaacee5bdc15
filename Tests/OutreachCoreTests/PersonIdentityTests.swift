import Testing

@testable import OutreachCore

/// `PersonIdentity.identify`, case by case, and the name keys it relies on.
@Suite struct PersonIdentityTests {
    typealias Known = PersonIdentity.Known
    typealias Typed = PersonIdentity.Typed

    static let withPhone = Known(id: 1, phone: "0912345678", birthYear: 1980, workplace: "TH-A")
    static let withYearOnly = Known(id: 2, phone: nil, birthYear: 1975, workplace: "TH-B")
    static let bare = Known(id: 3, phone: nil, birthYear: nil, workplace: "TH-C")

    static let cases: [(name: String, typed: Typed, among: [Known], same: Int64?, namesake: PersonIdentity.Namesake?)] = [
        ("same phone", Typed(phone: "0912345678", birthYear: nil, workplace: "TH-Z"), [withPhone], 1, nil),
        ("same phone, other year typed", Typed(phone: "0912345678", birthYear: 1990, workplace: nil), [withPhone], 1, nil),
        ("other phone, same year", Typed(phone: "0987654321", birthYear: 1980, workplace: "TH-A"), [withPhone], nil,
         .sameBirthYearOtherPhone(withPhone)),
        ("other phone", Typed(phone: "0987654321", birthYear: nil, workplace: "TH-A"), [withPhone], nil,
         .sameNameOnly(withPhone)),
        ("no phone typed, same year as a person with a phone", Typed(phone: nil, birthYear: 1980, workplace: nil),
         [withPhone], nil, .sameBirthYearOtherPhone(withPhone)),
        ("a phone typed, same year as a person without one", Typed(phone: "0987654321", birthYear: 1975, workplace: nil),
         [withYearOnly], nil, .sameBirthYearOtherPhone(withYearOnly)),
        ("no phone, same year as a person without one", Typed(phone: nil, birthYear: 1975, workplace: "TH-Z"),
         [withYearOnly], 2, nil),
        ("no phone, a year typed, at the workplace of a bare namesake", Typed(phone: nil, birthYear: 1990, workplace: "TH-C"),
         [bare], 3, nil),
        ("no phone, other year", Typed(phone: nil, birthYear: 1976, workplace: "TH-B"), [withYearOnly], nil,
         .sameNameOnly(withYearOnly)),
        ("nothing known on either side, same workplace", Typed(phone: nil, birthYear: nil, workplace: "TH-C"), [bare], 3, nil),
        ("nothing known, other workplace", Typed(phone: nil, birthYear: nil, workplace: "TH-D"), [bare], nil, .sameNameOnly(bare)),
        ("nothing known, no workplace", Typed(phone: nil, birthYear: nil, workplace: nil), [bare], nil, .sameNameOnly(bare)),
        ("nobody by that name", Typed(phone: "0912345678", birthYear: 1980, workplace: "TH-A"), [], nil, nil),
        ("the phone wins over an earlier namesake of the same year",
         Typed(phone: "0912345678", birthYear: 1975, workplace: nil), [withYearOnly, withPhone], 1, nil),
        ("a phone typed is never matched to a bare namesake at the workplace",
         Typed(phone: "0987654321", birthYear: nil, workplace: "TH-C"), [bare], nil, .sameNameOnly(bare)),
    ]

    @Test(arguments: 0..<cases.count)
    func identifies(_ index: Int) {
        let row = Self.cases[index]
        let verdict = PersonIdentity.identify(row.typed, among: row.among)
        #expect(verdict.same?.id == row.same, "\(row.name)")
        #expect(verdict.namesake == row.namesake, "\(row.name)")
    }

    /// Zero-width space and joiners, bidi controls, BOM, soft hyphen, the combining grapheme joiner and variation
    /// selectors never make two names differ, and are not
    /// kept in a tidied name.
    @Test(arguments: ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202E}",
                      "\u{2066}", "\u{2069}", "\u{FEFF}", "\u{00AD}", "\u{034F}", "\u{FE0F}"])
    func invisibleCharactersAreNotPartOfAName(_ mark: String) throws {
        let plain = "Nguyễn Thị Hường"
        let marked = "Nguy\(mark)ễn Thị\(mark) Hư\(mark)ờng\(mark)"
        #expect(VietnameseText.matchKey(marked) == VietnameseText.matchKey(plain))
        #expect(VietnameseText.foldedKey(marked) == VietnameseText.foldedKey(plain))
        #expect(try NameInput.tidied(marked) == plain)
        #expect(try NameInput.tidied(mark + "nguyễn thị hường") == plain)
    }

    /// A mark between a letter and its combining tone still lets the two compose (NFD input with a joiner).
    @Test func aMarkInsideADecomposedLetterStillComposes() throws {
        let decomposed = "Ho\u{200B}a\u{0300} Va\u{0306}n An"
        #expect(try NameInput.tidied(decomposed) == "Hoà Văn An")
        #expect(VietnameseText.matchKey(decomposed) == VietnameseText.matchKey("Hòa Văn An"))
    }

    /// Two people of one name cannot be told apart at the same workplace unless both have phones.
    @Test func twinsAreTheSameWorkplaceWithoutTwoPhones() {
        let rows: [(String?, String?, String?, String?, Bool)] = [
            ("TH-A", nil, "TH-A", nil, true), ("TH-A", "0912345678", "TH-A", nil, true),
            ("TH-A", nil, "TH-A", "0912345678", true), ("TH-A", "0912345678", "TH-A", "0987654321", false),
            ("TH-A", nil, "TH-B", nil, false), (nil, nil, nil, nil, true),
        ]
        for (workplace, phone, other, otherPhone, expected) in rows {
            #expect(PersonIdentity.indistinguishable(workplace: workplace, phone: phone, fromWorkplace: other, phone: otherPhone)
                    == expected, "\(String(describing: workplace)) \(String(describing: phone)) / \(String(describing: other)) \(String(describing: otherPhone))")
        }
    }

    @Test func aRespellingIsTheSamePhoneAndTheSameLetters() {
        #expect(PersonIdentity.isRespelling("Lù Văn Pao", phone: "0912345678", of: "Lù Văn Páo", phone: "0912345678"))
        #expect(PersonIdentity.isRespelling("Hoàng ThịLan", phone: "0912345678", of: "Hoàng Thị Lan", phone: "0912345678"))
        #expect(!PersonIdentity.isRespelling("Lù Văn Pao", phone: "0912345679", of: "Lù Văn Páo", phone: "0912345678"))
        #expect(!PersonIdentity.isRespelling("Lù Văn Pao", phone: nil, of: "Lù Văn Páo", phone: nil))
        #expect(!PersonIdentity.isRespelling("Lù Văn Phao", phone: "0912345678", of: "Lù Văn Páo", phone: "0912345678"))
        #expect(!PersonIdentity.isRespelling("Lù Văn Páo", phone: "0912345678", of: "Lù Văn Páo", phone: "0912345678"))
    }
}
