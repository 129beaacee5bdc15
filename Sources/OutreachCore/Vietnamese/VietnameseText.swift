import Foundation

/// Cleaning, matching and case mapping for Vietnamese text typed by people or read from old files.
public enum VietnameseText {
    /// NFC, with leading and trailing whitespace removed, inner runs (tabs, NBSP, newlines) made one space, and
    /// invisible formatting characters (zero-width space and joiners, bidi controls, BOM, soft hyphen) removed.
    public static func normalized(_ text: String) -> String {
        FastVietnameseText.normalized(text) ?? normalizedGeneral(text)
    }

    static func normalizedGeneral(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        // Invisible and formatting characters (zero-width space and joiners, bidi controls, BOM, soft hyphen:
        // general category Cf; and the other default-ignorable ones, such as the combining grapheme joiner
        // U+034F and variation selectors) go first, so that what they separated composes and compares as it looks.
        let visible = text.unicodeScalars.contains(where: isInvisible)
            ? String(String.UnicodeScalarView(text.unicodeScalars.filter { !isInvisible($0) }))
            : text
        // ASCII is its own NFC: imports normalise every cell, most of them codes, phones and numbers.
        let composed = visible.utf8.allSatisfy { $0 < 0x80 } ? visible : visible.precomposedStringWithCanonicalMapping
        // Composition never reaches across a space, so editing whitespace after NFC keeps the text NFC.
        for scalar in composed.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(" ") }
                pendingSpace = false
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// A character that shows nothing and is dropped from names: a format character (Cf) or a default-ignorable one.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format || scalar.properties.isDefaultIgnorableCodePoint
    }

    /// A key equal for names that differ only in case, spacing, NFC/NFD or old/new tone placement ("Hoà" and "Hòa").
    public static func matchKey(_ text: String) -> String {
        FastVietnameseText.matchKey(text) ?? matchKeyGeneral(text)
    }

    static func matchKeyGeneral(_ text: String) -> String {
        TonePlacement.canonical(normalizedGeneral(text).lowercased())
    }

    /// Lower case without any diacritics (đ becomes d), for headers typed without accents and for search.
    public static func foldedKey(_ text: String) -> String {
        FastVietnameseText.foldedKey(text) ?? foldedKeyGeneral(text)
    }

    static func foldedKeyGeneral(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for grapheme in VietnameseGrapheme.split(normalizedGeneral(text).lowercased()) {
            // The stroke of đ is part of the letter, not a combining mark, so it is mapped by hand.
            guard let base = grapheme.base else { continue }
            output.append(base == "đ" ? "d" : base)
        }
        return String(output)
    }

    /// Whether the text holds a control character other than tab, line feed and carriage return (NUL included).
    ///
    /// Such characters come from binary junk or legacy conversions and break XLSX files, which reject them.
    public static func containsControlCharacters(_ text: String) -> Bool {
        // General category Cc is exactly U+0000–U+001F and U+007F–U+009F.
        text.unicodeScalars.contains { scalar in
            let value = scalar.value
            return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (0x7F...0x9F).contains(value)
        }
    }

    /// Upper case for document headers ("UBND TỈNH LÀO CAI"), keeping tones and giving NFC.
    public static func uppercased(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.uppercased().precomposedStringWithCanonicalMapping
    }
}
