/// Reads xl/sharedStrings.xml, joining rich-text runs and skipping phonetic hints.
final class SharedStringsParser: XMLPartParser {
    private(set) var strings: [String] = []
    private var current = ""

    override func start(_ name: String, _ attributes: [String: String]) throws {
        if name == "si" { current = "" }
    }

    override func end(_ name: String, text: String) throws {
        switch name {
        case "t" where !path.contains("rPh"):
            current += text
        case "si":
            strings.append(XMLText.decodeEscapes(current))
        default:
            break
        }
    }
}
