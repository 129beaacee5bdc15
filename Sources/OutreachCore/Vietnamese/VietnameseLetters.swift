/// The precomposed letters of Vietnamese (NFC), each taken apart once: its base letter, the modifier
/// that makes ă â ê ô ơ ư, its tone, and its other case.
///
/// The table is built from `VietnameseGrapheme` itself, so the fast paths of `VietnameseText` agree with
/// the general ones by construction: a text made only of ASCII and these letters is already NFC, has no
/// combining mark, and keeps one scalar per character, which lets names, codes and phones be cleaned and
/// keyed scalar by scalar instead of through Foundation's normalisation and grapheme breaking. Any other
/// scalar (a combining mark, a foreign accent, another script) sends the text down the general path.
struct VietnameseLetter: Sendable {
    /// The letter without tone or modifier, in lower case (`đ` stays `đ`).
    var base: Unicode.Scalar
    /// 0 none, 1 breve (ă), 2 circumflex (â ê ô), 3 horn (ơ ư).
    var modifier: UInt8
    /// `VietnameseTone.rawValue`, 0 when unmarked.
    var tone: UInt8
    var isUppercase: Bool
    var lower: Unicode.Scalar
    var upper: Unicode.Scalar
    /// The ASCII letter it folds to for headers and search (`đ` → `d`).
    var folded: UInt8

    /// Whether the base is a, e, i, o, u or y.
    var isVowel: Bool { VietnameseLetters.isVowelBase(base) }
}

enum VietnameseLetters {
    /// Where Vietnamese letters live outside ASCII: Latin-1 and Latin Extended-A/B up to ư, and the
    /// block of Latin Extended Additional from ạ to ỹ.
    private static let low: ClosedRange<UInt32> = 0xC0...0x1B0
    private static let high: ClosedRange<UInt32> = 0x1EA0...0x1EF9
    private static let modifiers: [Unicode.Scalar] = ["\u{0306}", "\u{0302}", "\u{031B}"]

    private struct Tables: Sendable {
        var low: [VietnameseLetter?]
        var high: [VietnameseLetter?]
        /// Letter by (base, modifier, tone, case), for putting a moved tone back.
        var composed: [UInt32: Unicode.Scalar]
    }

    private static let tables: Tables = {
        var letters: [Unicode.Scalar: VietnameseLetter] = [:]
        for value in Array(low) + Array(high) {
            if let scalar = Unicode.Scalar(value), let letter = make(scalar) { letters[scalar] = letter }
        }
        // A letter whose other case is not a letter of the table would leave the fast paths half way.
        letters = letters.filter { _, letter in
            [letter.lower, letter.upper].allSatisfy { $0.isASCII || letters[$0] != nil }
        }
        var tables = Tables(
            low: Array(repeating: nil, count: low.count), high: Array(repeating: nil, count: high.count), composed: [:])
        for (scalar, letter) in letters {
            if low.contains(scalar.value) { tables.low[Int(scalar.value - low.lowerBound)] = letter }
            else { tables.high[Int(scalar.value - high.lowerBound)] = letter }
            tables.composed[key(letter.base, letter.modifier, letter.tone, letter.isUppercase)] = scalar
        }
        return tables
    }()

    /// The letter a non-ASCII scalar writes, or nil when it is not a precomposed Vietnamese letter.
    @inline(__always)
    static func letter(_ scalar: Unicode.Scalar) -> VietnameseLetter? {
        let value = scalar.value
        if low.contains(value) { return tables.low[Int(value - low.lowerBound)] }
        if high.contains(value) { return tables.high[Int(value - high.lowerBound)] }
        return nil
    }

    /// The precomposed letter for a base (lower case), modifier and tone; the ASCII base when both are 0.
    static func compose(base: Unicode.Scalar, modifier: UInt8, tone: UInt8, uppercase: Bool) -> Unicode.Scalar? {
        if modifier == 0 && tone == 0 && base.isASCII {
            return uppercase ? Unicode.Scalar(UInt8(base.value) & ~0x20) : base
        }
        return tables.composed[key(base, modifier, tone, uppercase)]
    }

    static func isVowelBase(_ base: Unicode.Scalar) -> Bool {
        switch base {
        case "a", "e", "i", "o", "u", "y": true
        default: false
        }
    }

    private static func key(_ base: Unicode.Scalar, _ modifier: UInt8, _ tone: UInt8, _ uppercase: Bool) -> UInt32 {
        base.value << 12 | UInt32(modifier) << 8 | UInt32(tone) << 1 | (uppercase ? 1 : 0)
    }

    /// Takes a scalar apart with the general code: one grapheme whose base is an ASCII letter or đ, at most a
    /// Vietnamese modifier and one tone, already NFC, with single-scalar case mappings that are letters too.
    private static func make(_ scalar: Unicode.Scalar) -> VietnameseLetter? {
        let text = String(scalar)
        guard Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == [scalar] else { return nil }
        let graphemes = VietnameseGrapheme.split(text)
        guard graphemes.count == 1, let base = graphemes[0].base, graphemes[0].marks.count <= 1 else { return nil }
        let lowerBase = graphemes[0].lowercaseBase ?? base
        guard (lowerBase.isASCII && lowerBase.properties.isLowercase) || lowerBase == "đ" else { return nil }
        var tone: UInt8 = 0
        if let mark = graphemes[0].marks.first {
            guard let written = VietnameseTone(mark: mark) else { return nil }
            tone = UInt8(written.rawValue)
        }
        let modifier = graphemes[0].modifier.flatMap { modifiers.firstIndex(of: $0) }.map { UInt8($0 + 1) } ?? 0
        func single(_ mapping: String) -> Unicode.Scalar? {
            let scalars = Array(mapping.unicodeScalars)
            return scalars.count == 1 ? scalars[0] : nil
        }
        guard let lower = single(scalar.properties.lowercaseMapping),
              let upper = single(scalar.properties.uppercaseMapping),
              lower == scalar || upper == scalar
        else { return nil }
        return VietnameseLetter(
            base: lowerBase, modifier: modifier, tone: tone, isUppercase: upper == scalar && lower != scalar,
            lower: lower, upper: upper, folded: lowerBase == "đ" ? UInt8(ascii: "d") : UInt8(lowerBase.value))
    }
}
