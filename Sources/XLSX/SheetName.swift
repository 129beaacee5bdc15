import Foundation

/// Excel's sheet-name rules, checked here because libxlsxwriter 1.1.4 misses some (empty names
/// read out of bounds; duplicates are found only for ASCII case differences).
enum SheetName {
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// The reason the name is unusable on its own, or nil.
    static func problem(_ name: String) -> String? {
        if name.isEmpty { return "it is empty" }
        if name.utf16.count > Limits.sheetNameLength {
            return "it has \(name.utf16.count) characters, limit is \(Limits.sheetNameLength)"
        }
        if let bad = name.first(where: forbidden.contains) { return "it contains '\(bad)'" }
        if name.hasPrefix("'") || name.hasSuffix("'") { return "it starts or ends with an apostrophe" }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0xFFFE || $0.value == 0xFFFF }) {
            return "it contains a control character"
        }
        if fold(name) == fold("History") { return "'History' is reserved by Excel" }
        return nil
    }

    /// A name Excel accepts made from any text (an office's code, a person's name): forbidden characters
    /// become "-", control characters and edge apostrophes go, and the result is cut to the length limit
    /// (at a character boundary) and made unique against `taken` with " (2)", " (3)"….
    static func usable(from text: String, taken: [String]) -> String {
        var base = String(text.map { forbidden.contains($0) ? "-" : $0 }.filter { character in
            !character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value >= 0xFFFE }
        })
        base = String(base.drop { $0 == "'" || $0 == " " }.reversed().drop { $0 == "'" || $0 == " " }.reversed())
        if base.isEmpty || fold(base) == fold("History") { base = "Sheet" + (base.isEmpty ? "" : " " + base) }
        let folded = Set(taken.map(fold))
        for number in 1... {
            let suffix = number == 1 ? "" : " (\(number))"
            var name = base
            while name.utf16.count + suffix.utf16.count > Limits.sheetNameLength { name.removeLast() }
            name = String(name.reversed().drop { $0 == "'" || $0 == " " }.reversed()) + suffix
            if !folded.contains(fold(name)) { return name }
        }
        return base
    }

    /// Full Unicode case folding, so "Données" and "DONNÉES" collide as they do in Excel.
    static func fold(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive], locale: nil)
    }

    /// The name as a formula prefix: "Data", or "'Tổng hợp'" with inner apostrophes doubled whenever
    /// the name has anything but ASCII letters, digits, "_" and ".", or could be read as a reference.
    static func quoted(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == ".")
        }
        let startsLikeNumber = name.unicodeScalars.first.map { ("0"..."9").contains($0) || $0 == "." } ?? true
        if plain, !startsLikeNumber, DefinedNameRules.problem(name) == nil { return name }
        return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
