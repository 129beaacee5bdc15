/// The five written tones of Vietnamese, declared in CLDR `vi` collation order (the unmarked tone sorts first).
enum VietnameseTone: Int, CaseIterable, Sendable {
    case grave = 1, hookAbove, tilde, acute, dotBelow

    /// The combining mark that writes this tone in decomposed (NFD) text.
    var mark: Unicode.Scalar {
        switch self {
        case .grave: "\u{0300}"
        case .hookAbove: "\u{0309}"
        case .tilde: "\u{0303}"
        case .acute: "\u{0301}"
        case .dotBelow: "\u{0323}"
        }
    }

    /// The tone a combining mark writes, or nil when the mark is not a tone.
    init?(mark: Unicode.Scalar) {
        guard let tone = Self.allCases.first(where: { $0.mark == mark }) else { return nil }
        self = tone
    }
}
