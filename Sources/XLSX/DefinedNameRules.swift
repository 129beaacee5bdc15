/// Excel's defined-name syntax, checked here because libxlsxwriter 1.1.4 accepts "A1", "my name"
/// and duplicates, and reads out of bounds on "!" or an empty name.
enum DefinedNameRules {
    /// libxlsxwriter copies names and formulas into 128-byte buffers and truncates silently.
    static let maxBytes = 127

    /// The reason a bare (unscoped) name is unusable, or nil.
    static func problem(_ name: String) -> String? {
        guard let first = name.first else { return "it is empty" }
        guard first.isLetter || first == "_" || first == "\\" else {
            return "it must start with a letter, '_' or '\\'"
        }
        let allowed: Set<Character> = ["_", ".", "\\", "?"]
        if let bad = name.first(where: { !($0.isLetter || $0.isNumber || allowed.contains($0)) }) {
            return bad.isWhitespace ? "it contains a space" : "it contains '\(bad)'"
        }
        if CellReference(a1: name) != nil { return "it looks like a cell reference" }
        if looksLikeR1C1(name) { return "it looks like an R1C1 cell reference" }
        let upper = name.uppercased()
        if upper == "TRUE" || upper == "FALSE" { return "it is a logical value" }
        if upper.hasPrefix("_XLNM.") { return "the _xlnm. prefix is reserved for Excel's built-in names" }
        return nil
    }

    /// "R", "C", "R1", "C2", "R1C1", "RC" and the like, which Excel reads as references.
    private static func looksLikeR1C1(_ name: String) -> Bool {
        var rest = Substring(name.uppercased())
        var matchedLetter = false
        if rest.first == "R" {
            rest = rest.dropFirst()
            rest = rest.drop(while: \.isASCIIDigitCharacter)
            matchedLetter = true
        }
        if rest.first == "C" {
            rest = rest.dropFirst()
            rest = rest.drop(while: \.isASCIIDigitCharacter)
            matchedLetter = true
        }
        return matchedLetter && rest.isEmpty
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
