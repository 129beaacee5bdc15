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
        var weights: [UInt32] = []
        appendKey(text.unicodeScalars, to: &weights)
        return CollationKey(weights: weights)
    }

    /// Appends the key of `text` to `weights` (a name's key is two fields in one array: no array per field).
    /// Text made only of ASCII and precomposed Vietnamese letters (nearly every name) is keyed scalar by scalar
    /// from `ScalarWeights`, which the general path filled itself; anything else takes the general path.
    static func appendKey(_ text: Substring.UnicodeScalarView, to weights: inout [UInt32]) {
        if ScalarWeights.append(text, to: &weights) { return }
        weights += generalKey(String(String.UnicodeScalarView(text))).weights
    }

    static func appendKey(_ text: String.UnicodeScalarView, to weights: inout [UInt32]) {
        if ScalarWeights.append(text, to: &weights) { return }
        weights += generalKey(String(text)).weights
    }

    /// The key through Foundation's decomposition and grapheme splitting, for any text.
    static func generalKey(_ text: String) -> CollationKey {
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

    /// The three levels of the key of one scalar that is a character on its own (ASCII, or a precomposed
    /// Vietnamese letter: no combining mark, so a text of them decomposes scalar by scalar and its key is the
    /// levels of its scalars laid end to end), taken once from the general path so the two cannot disagree.
    enum ScalarWeights {
        struct Entry {
            /// 0 when the scalar has no primary weight (a control character).
            var primary: UInt32 = 0
            var secondary: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
            var tertiary: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
            /// How many secondary (and tertiary) weights it has; 255 when it is not in the table.
            var count: UInt8 = 255
        }

        /// ASCII, then Latin-1 to Latin Extended-B up to ư, then ạ…ỹ; only Vietnamese letters outside ASCII.
        private static let table: [Entry] = {
            var table = Array(repeating: Entry(), count: 0x1B1 + (0x1EFA - 0x1EA0))
            var values = Array(0..<0x80) as [UInt32]
            values += (0xC0...0x1B0).filter { VietnameseLetters.letter(Unicode.Scalar($0)!) != nil }
            values += (0x1EA0...0x1EF9).filter { VietnameseLetters.letter(Unicode.Scalar($0)!) != nil }
            for value in values {
                let weights = generalKey(String(Unicode.Scalar(value)!)).weights
                let levels = weights.split(separator: CollationKey.levelSeparator, omittingEmptySubsequences: false)
                guard levels.count == 3, levels[0].count <= 1, levels[1].count <= 4, levels[1].count == levels[2].count
                else { continue }
                var entry = Entry()
                entry.primary = levels[0].first ?? 0
                let secondary = Array(levels[1]) + [0, 0, 0, 0]
                let tertiary = Array(levels[2]) + [0, 0, 0, 0]
                entry.secondary = (secondary[0], secondary[1], secondary[2], secondary[3])
                entry.tertiary = (tertiary[0], tertiary[1], tertiary[2], tertiary[3])
                entry.count = UInt8(levels[1].count)
                table[index(value)!] = entry
            }
            return table
        }()

        @inline(__always)
        private static func index(_ value: UInt32) -> Int? {
            if value < 0x1B1 { return Int(value) }
            if (0x1EA0...0x1EF9).contains(value) { return 0x1B1 + Int(value - 0x1EA0) }
            return nil
        }

        @inline(__always)
        private static func append(_ tuple: (UInt32, UInt32, UInt32, UInt32), _ count: UInt8, to weights: inout [UInt32]) {
            if count > 0 { weights.append(tuple.0) }
            if count > 1 { weights.append(tuple.1) }
            if count > 2 { weights.append(tuple.2) }
            if count > 3 { weights.append(tuple.3) }
        }

        /// Appends the key of `text` when every scalar is in the table; false (nothing appended) otherwise.
        static func append<Scalars: BidirectionalCollection<Unicode.Scalar>>(
            _ text: Scalars, to weights: inout [UInt32]
        ) -> Bool {
            let table = self.table
            var scalars = 0
            for scalar in text {
                guard let index = index(scalar.value), table[index].count != 255 else { return false }
                scalars += 1
            }
            // Grown geometrically: `reserveCapacity` gives exactly what is asked, which appending many keys to
            // one buffer (a list's) would pay for with a copy per key.
            let needed = weights.count + scalars * 3 + 2
            if weights.capacity < needed { weights.reserveCapacity(max(needed, weights.capacity * 2)) }
            for scalar in text {
                let primary = table[index(scalar.value)!].primary
                if primary != 0 { weights.append(primary) }
            }
            weights.append(CollationKey.levelSeparator)
            for scalar in text {
                let entry = table[index(scalar.value)!]
                append(entry.secondary, entry.count, to: &weights)
            }
            weights.append(CollationKey.levelSeparator)
            for scalar in text {
                let entry = table[index(scalar.value)!]
                append(entry.tertiary, entry.count, to: &weights)
            }
            return true
        }
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
