import Foundation

/// Cleaning, matching and case mapping for Vietnamese text typed by people or read from old files.
public enum VietnameseText {
    /// NFC, with leading and trailing whitespace removed and inner runs (tabs, NBSP, newlines) made one space.
    public static func normalized(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        // ASCII is its own NFC: imports normalise every cell, most of them codes, phones and numbers.
        let composed = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
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

    /// A key equal for names that differ only in case, spacing, NFC/NFD or old/new tone placement ("Hoà" and "Hòa").
    public static func matchKey(_ text: String) -> String {
        TonePlacement.canonical(normalized(text).lowercased())
    }

    /// Lower case without any diacritics (đ becomes d), for headers typed without accents and for search.
    public static func foldedKey(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for grapheme in VietnameseGrapheme.split(normalized(text).lowercased()) {
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
        text.unicodeScalars.contains { scalar in
            scalar.properties.generalCategory == .control && !["\t", "\n", "\r"].contains(scalar)
        }
    }

    /// Upper case for document headers ("UBND TỈNH LÀO CAI"), keeping tones and giving NFC.
    public static func uppercased(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.uppercased().precomposedStringWithCanonicalMapping
    }
}
