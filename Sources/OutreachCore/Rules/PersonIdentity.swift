/// Who a person typed on a command, a form or a list is among the people already known under the same name:
/// one rule for `nominee add`, `replace`, walk-ins and every import.
///
/// Names are compared by `VietnameseText.matchKey` (NFC, case, spacing, old and new tone placement; invisible
/// and formatting characters are gone before that, see `VietnameseText.normalized`). Among the people with the
/// same name, the same person is, in this order:
/// 1. with a phone typed, the one with the same phone, and nobody else;
/// 2. without a phone, the one without a phone born the same year;
/// 3. without a phone, the one at the same workplace of whom neither a phone nor a birth year is known (what was
///    typed completes it).
/// Anyone else is a namesake: a separate person, never merged on the name alone, with a warning.
public enum PersonIdentity {
    /// What the rule needs of a known person.
    public struct Known: Sendable, Equatable {
        public var id: Int64
        public var phone: String?
        public var birthYear: Int?
        public var workplace: String?

        public init(id: Int64, phone: String?, birthYear: Int?, workplace: String?) {
            self.id = id
            self.phone = phone
            self.birthYear = birthYear
            self.workplace = workplace
        }
    }

    /// What was typed besides the name.
    public struct Typed: Sendable, Equatable {
        public var phone: String?
        public var birthYear: Int?
        public var workplace: String?

        public init(phone: String?, birthYear: Int?, workplace: String?) {
            self.phone = phone
            self.birthYear = birthYear
            self.workplace = workplace
        }
    }

    /// A namesake left apart, and why it was not taken for the same person.
    public enum Namesake: Sendable, Equatable {
        /// Same name and birth year, but both have phones and they differ.
        case sameBirthYearOtherPhone(Known)
        /// Same name, but another phone, birth year or workplace.
        case sameNameOnly(Known)

        /// The namesake, whichever the reason.
        public var person: Known {
            switch self {
            case .sameBirthYearOtherPhone(let known), .sameNameOnly(let known): known
            }
        }
    }

    public struct Verdict: Sendable, Equatable {
        /// The known person the typed one is, if any.
        public var same: Known?
        /// When no one is the same: the closest namesake, to warn about.
        public var namesake: Namesake?
    }

    /// `namesakes` are the known people with the typed name's match key, oldest first.
    public static func identify(_ typed: Typed, among namesakes: [Known]) -> Verdict {
        if let same = same(typed, namesakes) { return Verdict(same: same, namesake: nil) }
        if let year = typed.birthYear, let other = namesakes.first(where: { $0.birthYear == year }) {
            return Verdict(same: nil, namesake: .sameBirthYearOtherPhone(other))
        }
        return Verdict(same: nil, namesake: namesakes.first.map(Namesake.sameNameOnly))
    }

    private static func same(_ typed: Typed, _ namesakes: [Known]) -> Known? {
        // A phone typed decides alone: a namesake without it is someone else, whatever else matches.
        if let phone = typed.phone { return namesakes.first { $0.phone == phone } }
        if let year = typed.birthYear, let known = namesakes.first(where: { $0.phone == nil && $0.birthYear == year }) {
            return known
        }
        guard let workplace = typed.workplace else { return nil }
        return namesakes.first { $0.workplace == workplace && $0.phone == nil && $0.birthYear == nil }
    }

    /// Whether two different people of the same name cannot be told apart in one session's list: the same
    /// workplace, and not two phones to tell them apart. A second place for such a "twin" is refused as a
    /// duplicate (`nominee add`, `replace`, walk-ins and imports ask this, one rule).
    public static func indistinguishable(
        workplace: String?, phone: String?, fromWorkplace otherWorkplace: String?, phone otherPhone: String?
    ) -> Bool {
        workplace == otherWorkplace && (phone == nil || otherPhone == nil)
    }

    /// A name typed again for the same phone that differs from the known one only in diacritics or spacing
    /// ("Lù Văn Pao" for "Lù Văn Páo", "Hoàng Thị  Lan" for "Hoàng Thị Lan"): the same person with the spelling
    /// corrected, not someone new.
    public static func isRespelling(_ typed: String, phone typedPhone: String?, of known: String, phone knownPhone: String?) -> Bool {
        guard let typedPhone, typedPhone == knownPhone, typed != known else { return false }
        func letters(_ name: String) -> String { VietnameseText.foldedKey(name).filter { $0 != " " } }
        return letters(typed) == letters(known)
    }
}
