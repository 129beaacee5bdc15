/// Reads xl/sharedStrings.xml, joining rich-text runs and skipping phonetic hints. Streamed through
/// `XMLScanner`: a workbook of 200 000 names has as many shared strings.
struct SharedStringsParser: ~Copyable {
    private var scanner: XMLScanner
    private var handler = Handler()

    var strings: [String] { handler.strings }

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
        try scanner.push(bytes, into: &handler)
    }

    mutating func finish() throws {
        try scanner.finish(into: &handler)
    }

    private struct Handler: XMLHandler {
        var strings: [String] = []
        private var current = ByteBuffer()
        private var inText = false
        private var inPhonetic = false

        mutating func start(_ name: UnsafeBufferPointer<UInt8>, _ attributes: XMLAttributes, selfClosing: Bool) {
            if XMLScanner.equal(name, "si") {
                current.removeAll()
            } else if XMLScanner.equal(name, "t") {
                inText = !inPhonetic
            } else if XMLScanner.equal(name, "rPh") {
                inPhonetic = true
            }
        }

        mutating func end(_ name: UnsafeBufferPointer<UInt8>) {
            if XMLScanner.equal(name, "t") {
                inText = false
            } else if XMLScanner.equal(name, "rPh") {
                inPhonetic = false
            } else if XMLScanner.equal(name, "si") {
                strings.append(current.string(decodingEscapes: true))
            }
        }

        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
            if inText { current.append(bytes) }
        }
    }
}
