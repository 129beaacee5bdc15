/// Vietnamese typed in the pre-Unicode font encodings still found in offices' files: TCVN3 (ABC, the
/// `.VnTime` fonts) and VNI-Windows (the `VNI-Times` fonts). Either way the file holds Latin-1 letters that
/// only looked Vietnamese in that font ("NguyÔn V¨n An", "Nguyeãn Vaên An"); these tables turn them back
/// into Unicode NFC ("Nguyễn Văn An"). The tables are written from the published code charts.
public enum LegacyVietnamese: String, Sendable, CaseIterable {
    case tcvn3 = "TCVN3"
    case vni = "VNI-Windows"

    /// The text converted to NFC Unicode.
    public func decode(_ text: String) -> String {
        switch self {
        case .tcvn3: Self.decodeTCVN3(text)
        case .vni: Self.decodeVNI(text)
        }
    }

    /// The legacy encoding a set of texts (one column, one file) was typed in, or nil when it reads as
    /// Unicode already. Decided on evidence only the legacy text can have, so real Unicode that happens to
    /// look like VNI ("Hoàng", where "oà" would be VNI for "ồ") stays as it is.
    public static func detect<S: Sequence>(_ texts: S) -> LegacyVietnamese? where S.Element == String {
        var evidence = Evidence()
        for text in texts { evidence.add(text) }
        return evidence.encoding
    }

    /// The evidence `detect` weighs, added up text by text: a column read as a stream keeps its counters
    /// without keeping its texts, and decides as `detect` would have over all of them.
    public struct Evidence: Sendable {
        private var unicode = 0, tcvn = 0, vni = 0

        public init() {}

        /// Adds one text's evidence (a cell that holds no text adds nothing, as an empty text).
        public mutating func add(_ text: String) {
            var previous: Unicode.Scalar = " "
            // 0xAD is TCVN3's "ư", but also the soft hyphen that Unicode text carries invisibly (pasted from a web
            // page or a word processor). It is evidence only where "ư" can stand: before what follows "ư" in a
            // Vietnamese syllable (ơ in any tone, n, c, t, i, u) or at the end of a word ("Tư"); a soft hyphen
            // inside "P­áo" or "T­ú" is none ("ưá", "ưú" are no Vietnamese).
            var softHyphen = false
            for scalar in text.unicodeScalars {
                if softHyphen {
                    softHyphen = false
                    if LegacyVietnamese.followsU(scalar) { tcvn += 1 }
                }
                if scalar == "\u{AD}" { softHyphen = true; previous = scalar; continue }
                // Every piece of evidence is a non-ASCII scalar, and a modern letter is no legacy code.
                if scalar.isASCII { previous = scalar; continue }
                if LegacyVietnamese.isModernOnly(scalar) { unicode += 1; previous = scalar; continue }
                if scalar.value < 0x100, LegacyVietnamese.tcvnOnly.contains(scalar) { tcvn += 1 }
                if LegacyVietnamese.isVNIPair(previous, scalar) || scalar == "ñ" || scalar == "Ñ" { vni += 1 }
                previous = scalar
            }
            if softHyphen { tcvn += 1 }  // "ư" ending the text
        }

        /// The legacy encoding the texts added so far were typed in, or nil when they read as Unicode.
        public var encoding: LegacyVietnamese? {
            if tcvn > vni && tcvn > unicode { return .tcvn3 }
            if vni > tcvn && vni > unicode { return .vni }
            return nil
        }
    }

    /// One column's texts as NFC Unicode, and the legacy encoding they were in, if any. `windows1252` is
    /// the same column read as Windows-1252, given for 8-bit files: their Windows-1258 reading (`texts`) is
    /// kept when it is plausible Vietnamese, else the legacy reading is tried.
    public static func converted(
        _ texts: [String], windows1252: [String]? = nil
    ) -> (texts: [String], legacy: LegacyVietnamese?) {
        if let windows1252 {
            guard texts.contains(where: { !isPlausible($0) }), let legacy = detect(windows1252) else {
                return (texts, nil)
            }
            return (windows1252.map(legacy.decode), legacy)
        }
        guard let legacy = detect(texts) else { return (texts, nil) }
        return (texts.map(legacy.decode), legacy)
    }

    /// Whether every character of the NFC text is ASCII, a Vietnamese letter or common punctuation:
    /// what a Windows-1258 reading of real Vietnamese gives, and a reading of legacy-font bytes does not.
    static func isPlausible(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII || (isModernOnly(scalar) && scalar.value >= 0x100 && scalar.value < 0x300)
                || (0x1EA0...0x1EF9).contains(scalar.value) || latinVietnamese.contains(scalar)
                || (0x2010...0x206F).contains(scalar.value) || scalar == "\u{A0}" || scalar == "₫"
        }
    }

    private static let latinVietnamese = Set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý".unicodeScalars)

    // MARK: - Detection evidence

    /// Letters of modern Vietnamese outside Latin-1: no legacy-font text contains them.
    private static func isModernOnly(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0102, 0x0103, 0x0110, 0x0111, 0x0128, 0x0129, 0x0168, 0x0169, 0x01A0, 0x01A1, 0x01AF, 0x01B0,
             0x1EA0...0x1EF9, 0x0300, 0x0301, 0x0303, 0x0309, 0x0323:
            true
        default:
            false
        }
    }

    /// What may follow TCVN3's "ư" (0xAD) in a syllable: "ơ" in its six tones (TCVN3 ¬ ê í ë ì î), the finals
    /// n (ng), c (ch), t, the vowels i and u, or the end of the word.
    private static func followsU(_ scalar: Unicode.Scalar) -> Bool {
        if "¬êíëìînctiuNCTIU".unicodeScalars.contains(scalar) { return true }
        return scalar.isASCII && !scalar.properties.isAlphabetic
    }

    /// TCVN3 codes that are neither Vietnamese letters nor VNI marks: text holding them was typed in TCVN3.
    private static let tcvnOnly: Set<Unicode.Scalar> = [
        "µ", "¸", "¶", "·", "¹", "¨", "»", "¾", "¼", "½", "©", "Ç", "®", "ª", "×", "Þ", "ß", "«", "ç", "¬", "÷",
        "þ", "¡", "¢", "§", "£", "¤", "¥", "¦", "\u{AD}",
    ]

    /// A VNI mark right after the letter it modifies, in a pair that Unicode Vietnamese never writes.
    private static func isVNIPair(_ base: Unicode.Scalar, _ mark: Unicode.Scalar) -> Bool {
        // Every VNI mark is a Latin-1 letter (À to ÿ): anything else is no mark, decided before any lowercasing.
        guard (0xC0...0xFF).contains(mark.value) else { return false }
        let lower = lowercased(mark)
        let baseLower = lowercased(base)
        if toneMarks[lower] != nil { return "aeiouyôö".unicodeScalars.contains(baseLower) }
        if let marks = circumflexMarks[lower] {
            // "oà", "oá", "oã" are also Unicode (hoà, hoá, xoã); only the unambiguous circumflex ones count after o.
            if baseLower == "o" { return marks.count == 1 || lower == "å" || lower == "ä" }
            return baseLower == "a" || baseLower == "e"
        }
        if breveMarks[lower] != nil { return baseLower == "a" }
        return false
    }

    /// The small letter of an ASCII or Latin-1 capital by its code point (what `Character.lowercased` gives
    /// for them, without building a string per letter); other scalars go the general way.
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: Unicode.Scalar(scalar.value + 0x20)!
        case 0...0xFF: scalar
        default: Character(scalar).lowercased().unicodeScalars.first ?? scalar
        }
    }

    // MARK: - TCVN3

    /// TCVN3 (ABC) codes as they read in Latin-1, and the letters they stand for. Capitals with a tone have
    /// no code of their own (the `.VnTimeH` fonts draw the small codes as capitals), so they come back small.
    private static let tcvn3Letters: [Unicode.Scalar: String] = {
        let pairs: [(String, String)] = [
            ("µ¸¶·¹", "àáảãạ"), ("¨»¾¼½Æ", "ăằắẳẵặ"), ("©ÇÊÈÉË", "âầấẩẫậ"), ("®", "đ"),
            ("ÌÐÎÏÑ", "èéẻẽẹ"), ("ªÒÕÓÔÖ", "êềếểễệ"), ("×ÝØÜÞ", "ìíỉĩị"), ("ßãáâä", "òóỏõọ"),
            ("«åèæçé", "ôồốổỗộ"), ("¬êíëìî", "ơờớởỡợ"), ("ïóñòô", "ùúủũụ"), ("\u{AD}õøö÷ù", "ưừứửữự"),
            ("úýûüþ", "ỳýỷỹỵ"), ("¡¢§£¤¥¦", "ĂÂĐÊÔƠƯ"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (codes, letters) in pairs {
            for (code, letter) in zip(codes.unicodeScalars, letters) { table[code] = String(letter) }
        }
        return table
    }()

    private static func decodeTCVN3(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            if let letter = tcvn3Letters[scalar] { output += letter } else { output.unicodeScalars.append(scalar) }
        }
        return output.precomposedStringWithCanonicalMapping
    }

    // MARK: - VNI

    /// Tone marks typed after the vowel: sắc, huyền, hỏi, ngã, nặng.
    private static let toneMarks: [Unicode.Scalar: [Unicode.Scalar]] = [
        "ù": ["\u{301}"], "ø": ["\u{300}"], "û": ["\u{309}"], "õ": ["\u{303}"], "ï": ["\u{323}"],
    ]
    /// The circumflex of â, ê, ô, alone or with a tone, typed after a, e or o.
    private static let circumflexMarks: [Unicode.Scalar: [Unicode.Scalar]] = [
        "â": ["\u{302}"], "á": ["\u{302}", "\u{301}"], "à": ["\u{302}", "\u{300}"], "å": ["\u{302}", "\u{309}"],
        "ã": ["\u{302}", "\u{303}"], "ä": ["\u{302}", "\u{323}"],
    ]
    /// The breve of ă, alone or with a tone, typed after a.
    private static let breveMarks: [Unicode.Scalar: [Unicode.Scalar]] = [
        "ê": ["\u{306}"], "é": ["\u{306}", "\u{301}"], "è": ["\u{306}", "\u{300}"], "ú": ["\u{306}", "\u{309}"],
        "ü": ["\u{306}", "\u{303}"], "ë": ["\u{306}", "\u{323}"],
    ]
    /// Codes that are whole letters: ơ, ư, đ, the toned i, and ỵ.
    private static let vniLetters: [Unicode.Scalar: String] = [
        "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ", "í": "í", "Í": "Í", "ì": "ì", "Ì": "Ì",
        "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ",
    ]

    private static func decodeVNI(_ text: String) -> String {
        var output: [Unicode.Scalar] = []
        var lastBase: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            let lower = Character(scalar).lowercased().unicodeScalars.first ?? scalar
            let base = Character(lastBase).lowercased().unicodeScalars.first ?? lastBase
            if let marks = toneMarks[lower], "aeiouyơư".unicodeScalars.contains(base) {
                output += marks
            } else if let marks = circumflexMarks[lower], "aeo".unicodeScalars.contains(base) {
                output += marks
            } else if let marks = breveMarks[lower], base == "a" {
                output += marks
            } else if let letter = vniLetters[scalar] {
                output += letter.unicodeScalars
                lastBase = letter.unicodeScalars.first ?? scalar
                continue
            } else {
                output.append(scalar)
                lastBase = scalar
                continue
            }
            // A mark was used: the letter it modified takes no second circumflex or breve.
            lastBase = " "
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: output)
        return String(result).precomposedStringWithCanonicalMapping
    }
}
