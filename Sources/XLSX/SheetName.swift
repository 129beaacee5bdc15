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
