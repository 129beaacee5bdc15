import Foundation
import Testing
import TestSupport

@testable import OutreachCore

/// The scalar-by-scalar paths of `VietnameseText` must give exactly what the general paths (Foundation's
/// NFC/NFD and grapheme splitting) give, on every text they accept; these tests compare the two.
@Suite struct FastVietnameseTextTests {
    /// The texts both paths are compared on; each must match the general path scalar for scalar.
    private static func expectSame(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        func same(_ fast: String?, _ general: String, _ what: String) {
            guard let fast else { return }
            #expect(Array(fast.unicodeScalars) == Array(general.unicodeScalars),
                    "\(what) of \(Array(text.unicodeScalars))", sourceLocation: sourceLocation)
        }
        same(FastVietnameseText.normalized(text), VietnameseText.normalizedGeneral(text), "normalized")
        same(FastVietnameseText.matchKey(text), VietnameseText.matchKeyGeneral(text), "matchKey")
        same(FastVietnameseText.foldedKey(text), VietnameseText.foldedKeyGeneral(text), "foldedKey")
        same(FastVietnameseText.headerKey(text), ImportField.headerKeyGeneral(text), "headerKey")
        var weights: [UInt32] = []
        if VietnameseCollation.ScalarWeights.append(text.unicodeScalars, to: &weights) {
            #expect(weights == VietnameseCollation.generalKey(text).weights,
                    "collation key of \(Array(text.unicodeScalars))", sourceLocation: sourceLocation)
        }
        let name = VietnameseText.normalizedGeneral(text)
        if let facts = FastVietnameseText.nameFacts(name) {
            #expect(facts.startsWithLetter == (name.first?.isLetter ?? false), sourceLocation: sourceLocation)
            #expect(facts.hasControl == VietnameseText.containsControlCharacters(name), sourceLocation: sourceLocation)
            #expect(facts.characters == name.count, sourceLocation: sourceLocation)
            #expect(facts.hasDigit == name.contains(where: \.isNumber), sourceLocation: sourceLocation)
            #expect(facts.hasSpace == name.contains(" "), sourceLocation: sourceLocation)
            let words = name.split(separator: " ").map { word in
                VietnameseText.uppercased(String(word.first!)) + word.dropFirst().lowercased()
            }.joined(separator: " ")
            same(FastVietnameseText.capitalizedWords(name), words, "capitalizedWords")
        }
    }

    static let onsets = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
                         "nh", "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x"]
    static let nuclei = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu",
                         "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua", "uâ",
                         "ue", "uê", "ui", "uô", "uơ", "ưa", "ưi", "ươ", "ưu", "uy", "yê", "iêu", "oai", "oay",
                         "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "yêu", "uyu", "oao"]
    static let codas = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]

    /// Every nucleus with every coda and every tone on each of its vowels (both placements of oa, oe,
    /// uy…), onsets taken in turn, in lower, title and upper case.
    @Test func everySyllableShape() {
        var turn = 0
        for nucleus in Self.nuclei {
            for coda in Self.codas {
                let vowels = Array(nucleus.unicodeScalars)
                for tone in VietnameseTone.allCases {
                    for position in vowels.indices {
                        var marked = vowels.map { String($0) }
                        marked[position] = (marked[position] + String(tone.mark)).precomposedStringWithCanonicalMapping
                        let onset = Self.onsets[turn % Self.onsets.count]
                        turn += 1
                        let syllable = onset + marked.joined() + coda
                        for text in [syllable, syllable.capitalized, VietnameseText.uppercased(syllable)] {
                            Self.expectSame(text)
                            // NFC Vietnamese must take the fast path, or these comparisons would prove nothing.
                            #expect(FastVietnameseText.matchKey(text) != nil, "\(text)")
                            var weights: [UInt32] = []
                            #expect(VietnameseCollation.ScalarWeights.append(text.unicodeScalars, to: &weights), "\(text)")
                        }
                    }
                }
                Self.expectSame(Self.onsets[turn % Self.onsets.count] + nucleus + coda)
            }
        }
    }

    /// Every onset before a few nuclei that test the qu and gi rules, with tones on either vowel.
    @Test func everyOnset() {
        for onset in Self.onsets {
            for syllable in ["uý", "úy", "ià", "ìa", "ìn", "uậy", "oạn", "ướng", "yến"] {
                Self.expectSame(onset + syllable)
                Self.expectSame((onset + syllable).uppercased())
            }
        }
    }

    /// Each letter the table knows, alone and in a word, in both cases.
    @Test func everyLetterOfTheTable() {
        var count = 0
        for value in UInt32(0xC0)...0x1EF9 {
            guard let scalar = Unicode.Scalar(value), VietnameseLetters.letter(scalar) != nil else { continue }
            count += 1
            let letter = String(scalar)
            for text in [letter, "H" + letter + "ng", "x" + letter, letter + "nh Bình", "\(letter)\(letter)"] {
                Self.expectSame(text)
            }
        }
        // 67 vowels in each case, đ and Đ, and 6 consonants in each case that carry a tone mark's accent
        // (ñ ć ĺ ń ŕ ś ź…: tilde or acute, which the general path also reads as a tone).
        #expect(count == 148)
        #expect(VietnameseLetters.letter("ü") == nil)
        #expect(VietnameseLetters.letter("\u{0301}") == nil)
    }

    /// The 400 fixture names as typed, in capitals, with the old tone placement, NFD, and messy spacing.
    @Test func fixtureNames() throws {
        for name in try Fixture.lines("vi-names") {
            for text in [name, VietnameseText.uppercased(name), name.lowercased(), "  " + name + "\t",
                         name.replacingOccurrences(of: " ", with: "  "), name.decomposedStringWithCanonicalMapping,
                         name.replacingOccurrences(of: "òa", with: "oà").replacingOccurrences(of: "úy", with: "uý")] {
                Self.expectSame(text)
            }
            #expect(FastVietnameseText.matchKey(name) != nil && FastVietnameseText.headerKey(name) != nil, "\(name)")
            #expect(FastVietnameseText.nameFacts(name) != nil, "\(name)")
            // A name's sort key (given name, then the rest, in one array) is the two general keys joined.
            let person = PersonName(name)
            let words = person.fullName.split(separator: " ").map(String.init)
            let given = words.last ?? ""
            let middleFamily = [words.count > 2 ? words.dropFirst().dropLast().joined(separator: " ") : "",
                                words.count > 1 ? words[0] : ""].filter { !$0.isEmpty }.joined(separator: " ")
            #expect(person.sortKey(tieBreak: .givenThenFamily) == CollationKey(fields: [
                VietnameseCollation.generalKey(given), VietnameseCollation.generalKey(person.fullName)]), "\(name)")
            #expect(person.sortKey(tieBreak: .givenThenMiddle) == CollationKey(fields: [
                VietnameseCollation.generalKey(given), VietnameseCollation.generalKey(middleFamily)]), "\(name)")
        }
    }

    /// Random mixtures of letters, digits, punctuation, spaces and a few scalars outside the table.
    @Test func randomTexts() {
        let pieces = ["a", "Ă", "ấ", "ệ", "ỷ", "Ự", "đ", "Đ", "ò", "Y", "q", "u", "g", "i", " ", "  ", "\t", "\n",
                      "-", "(", "1", "9", ".", "@", "ñ", "\u{00A0}", "\u{0301}", "ü", "ß", "\u{0000}", "\u{007F}",
                      "oa", "uy", "ươ", "Thuý", "HOÀ", "gìn", "quỳ", "İ", "ǹ", "Ð", "ð", "\u{0B}", "\u{0C}", "\r",
                      "\u{1C}", "\u{1F}", "\u{85}", "\u{2028}", "\u{3000}", "QU", "GI"]
        var state: UInt64 = 0x2022_0510
        for _ in 0..<3_000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(state >> 60) + 1 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            Self.expectSame(text)
        }
    }

    @Test(arguments: [
        ("Nguyễn Văn An", true), ("  Lê   Thị Hoa ", true), ("0912 345 678", true), ("Hoa\u{0300}", false),
        ("Lê\u{00A0}Thị", false), ("Müller", false),
    ])
    func fastPathTakesVietnameseAndASCII(_ text: String, _ fast: Bool) {
        #expect((FastVietnameseText.normalized(text) != nil) == fast)
    }
}
