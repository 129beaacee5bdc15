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

        /// The rank of each weight the table holds (and of the two separators) among all of them, from 1 (the field
        /// separator) up: a key's first weights as these ranks (`KeyPrefix`) compare as the weights do wherever they
        /// differ. Nil when the table holds more than 255 weights (it holds about a hundred and thirty).
        private static let ranks: [UInt32: UInt8]? = {
            var values: Set<UInt32> = [CollationKey.fieldSeparator, CollationKey.levelSeparator]
            for entry in table where entry.count != 255 {
                if entry.primary != 0 { values.insert(entry.primary) }
                for level in [entry.secondary, entry.tertiary] {
                    for weight in [level.0, level.1, level.2, level.3].prefix(Int(entry.count)) { values.insert(weight) }
                }
            }
            guard values.count <= 255 else { return nil }
            return Dictionary(uniqueKeysWithValues: values.sorted().enumerated().map { ($1, UInt8($0 + 1)) })
        }()

        /// How many weights each scalar of the table adds to one field of a key; 255 where the table has no entry.
        fileprivate static let costs: [UInt8] = table.map { entry in
            entry.count == 255 ? 255 : UInt8((entry.primary != 0 ? 1 : 0) + 2 * Int(entry.count))
        }

        /// `ranks` as an open-addressed table of 1,024 (weight, rank) slots, found by a hash of the weight: a key's
        /// first sixteen weights are ranked after it is written. Empty when `ranks` is nil.
        fileprivate static let rankSlots: [(weight: UInt32, rank: UInt8)] = {
            guard let ranks else { return [] }
            var slots = Array(repeating: (weight: UInt32.max, rank: UInt8(0)), count: 1_024)
            for (weight, rank) in ranks {
                var slot = rankSlot(weight)
                while slots[slot].rank != 0 { slot = (slot + 1) & 1_023 }
                slots[slot] = (weight, rank)
            }
            return slots
        }()

        @inline(__always)
        fileprivate static func rankSlot(_ weight: UInt32) -> Int {
            Int(((weight ^ weight >> 15 ^ weight >> 22) &* 0x9E37_79B1) >> 22)
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

    /// The weights of a person's name as `PersonName(name).appendSortKey(tieBreak: .givenThenFamily, to:)` appends
    /// them, and an order-preserving summary of their first sixteen weights, in one pass over the name's UTF-8 bytes:
    /// for a name that is tidy already (`VietnameseText.normalized` gives it back as it is) and made of scalars in
    /// `ScalarWeights`' table, which names read from the store nearly always are. Nil, nothing appended, otherwise:
    /// the caller takes `PersonName`'s path. `scratch` is the caller's, reused from name to name.
    static func appendNameKey(_ name: String, to weights: inout [UInt32], scratch: inout [UInt16]) -> KeyPrefix? {
        ScalarWeights.appendNameKey(name, to: &weights, scratch: &scratch)
    }

    /// A key's first sixteen weights as their ranks among the weights `ScalarWeights` holds, one byte each, the
    /// first in the highest byte of `high`, zeros past the key's end: two prefixes that differ order their keys as
    /// the weights do (`CollationKey.compare`); equal ones say the first sixteen weights are equal. `none` (all
    /// zeros) for a key made another way, which is compared by its weights only.
    struct KeyPrefix: Equatable {
        var high: UInt64 = 0
        var low: UInt64 = 0

        static let none = KeyPrefix()

        static func < (lhs: KeyPrefix, rhs: KeyPrefix) -> Bool {
            lhs.high != rhs.high ? lhs.high < rhs.high : lhs.low < rhs.low
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

extension VietnameseCollation.ScalarWeights {
    /// See `VietnameseCollation.appendNameKey`.
    static func appendNameKey(
        _ name: String, to weights: inout [UInt32], scratch: inout [UInt16]
    ) -> VietnameseCollation.KeyPrefix? {
        let length = name.utf8.count
        if scratch.count < length { scratch = Array(repeating: 0, count: max(length, 2 * scratch.count, 64)) }
        return table.withUnsafeBufferPointer { table -> VietnameseCollation.KeyPrefix? in
            // The scalars' places in the table, the last space's place, and how many weights the key takes.
            let decoded = costs.withUnsafeBufferPointer { costs in
                scratch.withUnsafeMutableBufferPointer { scratch in
                    name.utf8.withContiguousStorageIfAvailable { bytes in decode(bytes, costs: costs, into: scratch) } ?? nil
                }
            }
            guard let decoded else { return nil }
            // The name's key is its given name's (after the last space), the field separator, then the whole name's.
            let size = decoded.givenSize + 1 + decoded.size
            let base = weights.count
            if weights.capacity < base + size + 4 { weights.reserveCapacity(max(base + size + 4, weights.capacity * 2)) }
            // Written four weights at a time (an entry's secondary or tertiary weights, used or not), into a
            // buffer four longer than the key, cut back after.
            if size + 4 <= zeros.count {
                weights += zeros[..<(size + 4)]
            } else {
                weights.append(contentsOf: repeatElement(0, count: size + 4))
            }
            let end = weights.withUnsafeMutableBufferPointer { weights in
                scratch.withUnsafeBufferPointer { scratch in
                    let all = UnsafeBufferPointer(rebasing: scratch[..<decoded.count])
                    var out = weights.baseAddress! + base
                    field(UnsafeBufferPointer(rebasing: all[decoded.givenStart...]), table: table, to: &out)
                    out.pointee = CollationKey.fieldSeparator
                    out += 1
                    field(all, table: table, to: &out)
                    return out - weights.baseAddress!
                }
            }
            weights.removeLast(weights.count - end)
            return weights.withUnsafeBufferPointer { weights in
                prefix(UnsafeBufferPointer(rebasing: weights[base..<min(base + 16, end)]))
            }
        }
    }

    /// Room for a key, copied in one move (appending a repeated zero went element by element).
    private static let zeros = [UInt32](repeating: 0, count: 512)

    /// One field's three levels, each closed by the level separator, from its scalars' places in `table`.
    @inline(__always)
    private static func field(
        _ scalars: UnsafeBufferPointer<UInt16>, table: UnsafeBufferPointer<Entry>, to out: inout UnsafeMutablePointer<UInt32>
    ) {
        for index in scalars {
            let primary = table[Int(index)].primary
            out.pointee = primary
            out += primary != 0 ? 1 : 0
        }
        out.pointee = CollationKey.levelSeparator
        out += 1
        for index in scalars {
            let entry = table[Int(index)]
            (out[0], out[1], out[2], out[3]) = entry.secondary
            out += Int(entry.count)
        }
        out.pointee = CollationKey.levelSeparator
        out += 1
        for index in scalars {
            let entry = table[Int(index)]
            (out[0], out[1], out[2], out[3]) = entry.tertiary
            out += Int(entry.count)
        }
    }

    /// The ranks of a key's first weights (sixteen at most) as a `KeyPrefix`.
    private static func prefix(_ weights: UnsafeBufferPointer<UInt32>) -> VietnameseCollation.KeyPrefix {
        rankSlots.withUnsafeBufferPointer { slots in
            guard !slots.isEmpty else { return .none }
            var prefix = VietnameseCollation.KeyPrefix()
            for (position, weight) in weights.enumerated() {
                var slot = rankSlot(weight)
                while slots[slot].weight != weight {
                    // A weight the table does not hold cannot be in a key made from it: no prefix rather than a
                    // wrong one.
                    guard slots[slot].rank != 0 else { return .none }
                    slot = (slot + 1) & 1_023
                }
                let rank = UInt64(slots[slot].rank)
                if position < 8 {
                    prefix.high |= rank << (56 - 8 * UInt64(position))
                } else {
                    prefix.low |= rank << (56 - 8 * UInt64(position - 8))
                }
            }
            return prefix
        }
    }

    /// Reads a name's UTF-8 into the table places of its scalars; nil when a scalar is not in the table or the
    /// name is not tidy: a space first, last or after another, or any other white space (`normalized` would
    /// change it). `size`: the whole name's weights with its two level separators; `givenSize` the same for the
    /// scalars after the last space.
    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, costs: UnsafeBufferPointer<UInt8>, into scratch: UnsafeMutableBufferPointer<UInt16>
    ) -> (count: Int, givenStart: Int, size: Int, givenSize: Int)? {
        guard !bytes.isEmpty else { return nil }
        var afterSpace = true
        var offset = 0
        var count = 0
        var givenStart = 0
        var size = 2
        var givenSize = 2
        while offset < bytes.count {
            let lead = UInt32(bytes[offset])
            let value: UInt32
            if lead < 0x80 {
                value = lead
                offset += 1
                if value == 0x20 || (0x09...0x0D).contains(value) {
                    if afterSpace || value != 0x20 { return nil }
                    afterSpace = true
                    givenStart = count + 1
                } else {
                    afterSpace = false
                }
            } else if lead & 0xE0 == 0xC0, offset + 1 < bytes.count {
                value = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
                offset += 2
                afterSpace = false
            } else if lead & 0xF0 == 0xE0, offset + 2 < bytes.count {
                value = (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
                offset += 3
                afterSpace = false
            } else {
                return nil
            }
            guard let index = index(value), costs[index] != 255 else { return nil }
            let cost = Int(costs[index])
            size += cost
            // The given name is what follows the last space: its count starts again after each space.
            givenSize = afterSpace ? 2 : givenSize + cost
            scratch[count] = UInt16(index)
            count += 1
        }
        return afterSpace ? nil : (count, givenStart, size, givenSize)
    }
}
