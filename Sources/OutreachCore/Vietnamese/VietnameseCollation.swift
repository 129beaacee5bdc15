import Foundation

/// The CLDR `vi` standard collation (as ICU applies it), written out so it does not depend on the platform's ICU.
///
/// Primary level: letters in Vietnamese order (a ă â b c d đ e ê … ơ … ư …; f j w z in their Latin places),
/// after spaces, punctuation, symbols and digits as in the CLDR root order (the default "non-ignorable"
/// handling). Secondary level, left to right: no tone < huyền < hỏi < ngã < sắc < nặng, then other accents.
/// Tertiary level: lower case before upper case. Control and format characters are ignored.
/// Exact for Vietnamese letters, ASCII and spaces (checked against ICU's `vi` collator on random
/// strings); other scripts and Latin letters outside a–z (ß, ø, ł) only land in the right region.
public enum VietnameseCollation {
    /// The sort key of a string; equal keys mean the collator sees no difference.
    public static func key(_ text: String) -> CollationKey {
        var primary: [UInt32] = []
        var secondary: [UInt32] = []
        var tertiary: [UInt32] = []
        for grapheme in VietnameseGrapheme.split(text) {
            if let base = grapheme.base, let weight = primaryWeight(base: base, grapheme: grapheme) {
                primary.append(weight)
                secondary.append(Secondary.common)
                tertiary.append(Tertiary.weight(of: base, grapheme: grapheme))
            }
            for mark in grapheme.marks {
                secondary.append(Secondary.weight(of: mark))
                tertiary.append(Tertiary.common)
            }
        }
        let separator = [CollationKey.levelSeparator]
        return CollationKey(weights: primary + separator + secondary + separator + tertiary)
    }

    /// Compares two strings in Vietnamese order.
    public static func compare(_ lhs: String, _ rhs: String) -> ComparisonResult {
        let (left, right) = (key(lhs), key(rhs))
        if left < right { return .orderedAscending }
        return left == right ? .orderedSame : .orderedDescending
    }

    /// The Vietnamese alphabet with the Latin letters it lacks (f j w z) in their places.
    private static let alphabet = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
        "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]
    private static let letterRank: [String: UInt32] = Dictionary(
        uniqueKeysWithValues: alphabet.enumerated().map { ($1, UInt32($0)) })

    /// ASCII punctuation and symbols in CLDR root order (checked against ICU): punctuation first, then symbols.
    private static let asciiPunctuationAndSymbols = Array("_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$".unicodeScalars)

    /// Primary bands in CLDR root order; each band leaves room for any scalar value after its ASCII members.
    private enum Band {
        /// Tab, line feed and the other line and paragraph separators, by scalar value, below the space.
        static let controlSpace: UInt32 = CollationKey.minimumWeight
        static let space: UInt32 = 0x0010_0000
        static let punctuation: UInt32 = 0x0100_0000
        static let symbol: UInt32 = 0x0200_0000
        static let digit: UInt32 = 0x0300_0000
        static let latinLetter: UInt32 = 0x0400_0000
        static let otherLetter: UInt32 = 0x0500_0000
        static let unassigned: UInt32 = 0x0600_0000
        /// Where non-ASCII members of a band start, above the ranks of the ASCII ones.
        static let beyondASCII: UInt32 = 0x100
    }

    private enum Secondary {
        static let common: UInt32 = CollationKey.minimumWeight
        /// Accents other than tones, in CLDR root order after the tones (which `vi` moves right after grave).
        private static let otherAccents: [Unicode.Scalar] = [
            "\u{0306}", "\u{0302}", "\u{030C}", "\u{030A}", "\u{0308}", "\u{030B}", "\u{0307}",
        ]
        static func weight(of mark: Unicode.Scalar) -> UInt32 {
            if let tone = VietnameseTone(mark: mark) { return common + UInt32(tone.rawValue) }
            let afterTones = common + UInt32(VietnameseTone.allCases.count) + 1
            if let index = otherAccents.firstIndex(of: mark) { return afterTones + UInt32(index) }
            return afterTones + UInt32(otherAccents.count) + mark.value
        }
    }

    private enum Tertiary {
        static let common: UInt32 = CollationKey.minimumWeight
        /// Upper case letters, and spaces other than U+0020 such as the em space.
        static let variant: UInt32 = common + 1
        /// No-break spaces, which the root order puts after the other space variants.
        static let noBreakSpace: UInt32 = common + 2

        static func weight(of base: Unicode.Scalar, grapheme: VietnameseGrapheme) -> UInt32 {
            guard base.properties.generalCategory == .spaceSeparator else {
                return grapheme.isUppercase ? variant : common
            }
            switch base {
            case " ": return common
            case "\u{00A0}", "\u{2007}", "\u{202F}": return noBreakSpace
            default: return variant
            }
        }
    }

    /// The primary weight of a base character, or nil when the collator ignores it.
    private static func primaryWeight(base: Unicode.Scalar, grapheme: VietnameseGrapheme) -> UInt32? {
        let properties = base.properties
        if properties.isWhitespace {
            return properties.generalCategory == .spaceSeparator ? Band.space : Band.controlSpace + base.value
        }
        switch properties.generalCategory {
        case .control, .format, .surrogate:
            return nil
        case .decimalNumber:
            return Band.digit + UInt32(properties.numericValue ?? 0)
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return letterWeight(grapheme: grapheme, base: base)
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return Band.punctuation + bandOffset(base)
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return Band.symbol + bandOffset(base)
        case .otherNumber, .letterNumber:
            return Band.digit + Band.beyondASCII + base.value
        default:
            return Band.unassigned + base.value
        }
    }

    private static func bandOffset(_ scalar: Unicode.Scalar) -> UInt32 {
        if let rank = asciiPunctuationAndSymbols.firstIndex(of: scalar) { return UInt32(rank) }
        return Band.beyondASCII + scalar.value
    }

    private static func letterWeight(grapheme: VietnameseGrapheme, base: Unicode.Scalar) -> UInt32 {
        let lower = grapheme.lowercaseBase ?? base
        var letter = String(lower)
        if let modifier = grapheme.modifier { letter.unicodeScalars.append(modifier) }
        if let rank = letterRank[letter.precomposedStringWithCanonicalMapping] { return Band.latinLetter + rank }
        // Latin blocks (ß, ø, ł …) sort after z; other scripts after Latin, as in the root order.
        let isLatin = lower.value < 0x0250 || (0x1E00...0x1EFF).contains(lower.value)
        return isLatin ? Band.latinLetter + Band.beyondASCII + lower.value : Band.otherLetter + lower.value
    }
}
