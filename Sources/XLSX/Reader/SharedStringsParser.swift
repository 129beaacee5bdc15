/// Reads xl/sharedStrings.xml, joining rich-text runs and skipping phonetic hints. Streamed through
/// `XMLScanner`: a workbook of 200 000 names has as many shared strings.
struct SharedStringsParser {
    private var scanner: XMLScanner
    private(set) var strings: [String] = []
    private var current: [UInt8] = []
    private var inText = false
    private var inPhonetic = false

    init(part: String) {
        scanner = XMLScanner(part: part)
    }

    /// The strings of a part read chunk by chunk from `package`.
    static func strings(of part: String, in package: PackageReader) throws -> [String] {
        var parser = SharedStringsParser(part: part)
        try package.read(part) { chunk in try parser.push(chunk) }
        try parser.finish()
        return parser.strings
    }

    mutating func push(_ bytes: some Collection<UInt8>) throws {
        var events: [XMLScanner.Event] = []
        try scanner.push(bytes) { events.append($0) }
        for event in events { handle(event) }
    }

    mutating func finish() throws {
        var events: [XMLScanner.Event] = []
        try scanner.finish { events.append($0) }
        for event in events { handle(event) }
    }

    private mutating func handle(_ event: XMLScanner.Event) {
        switch event {
        case let .start(name, _, _):
            if name.elementsEqual("si".utf8) {
                current = []
            } else if name.elementsEqual("t".utf8) {
                inText = !inPhonetic
            } else if name.elementsEqual("rPh".utf8) {
                inPhonetic = true
            }
        case let .end(name):
            if name.elementsEqual("t".utf8) {
                inText = false
            } else if name.elementsEqual("rPh".utf8) {
                inPhonetic = false
            } else if name.elementsEqual("si".utf8) {
                strings.append(XMLText.decodeEscapes(String(decoding: current, as: UTF8.self)))
            }
        case let .text(bytes):
            if inText { current += bytes }
        }
    }
}
