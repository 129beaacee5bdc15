/// Reads xl/sharedStrings.xml, joining rich-text runs and skipping phonetic hints. Streamed through
/// `XMLScanner`: a workbook of 200 000 names has as many shared strings.
struct SharedStringsParser: ~Copyable {
    private var scanner: XMLScanner
    private var handler: Handler

    var strings: [String] { handler.strings }

    init(part: String, limits: XLSXReadLimits = .standard) {
        scanner = XMLScanner(part: part, maxTokenBytes: limits.tokenBytes)
        handler = Handler(part: part, limits: limits)
    }

    /// The strings of a part read chunk by chunk from `package`, refused as soon as one string, their number or
    /// their total size passes `limits`.
    static func strings(of part: String, in package: PackageReader, limits: XLSXReadLimits) throws -> [String] {
        var parser = SharedStringsParser(part: part, limits: limits)
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
        let part: String
        let limits: XLSXReadLimits
        var strings: [String] = []
        private var current = ByteBuffer()
        private var inText = false
        private var inPhonetic = false
        /// The UTF-8 bytes of the strings kept so far.
        private var totalBytes = 0

        init(part: String, limits: XLSXReadLimits) {
            self.part = part
            self.limits = limits
        }

        private func refuse(_ limit: XLSXSizeLimit) -> XLSXReadError {
            // The string's number, 1-based, as a user counting <si> would say it.
            .sizeLimit(part: part, cell: nil, limit: limit)
        }

        mutating func start(_ name: UnsafeBufferPointer<UInt8>, _ attributes: XMLAttributes, selfClosing: Bool) throws {
            if XMLScanner.equal(name, "sst") {
                // The count Excel writes: a table announcing too many is refused before reading any (one
                // that does not say, or says less, is still counted as it streams in).
                if let declared = attributes.value(named: "uniqueCount").flatMap(SheetBytes.plainInteger),
                   declared > limits.sharedStrings {
                    throw refuse(.sharedStrings(limits.sharedStrings))
                }
            } else if XMLScanner.equal(name, "si") {
                current.removeAll()
            } else if XMLScanner.equal(name, "t") {
                inText = !inPhonetic
            } else if XMLScanner.equal(name, "rPh") {
                inPhonetic = true
            }
        }

        mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws {
            if XMLScanner.equal(name, "t") {
                inText = false
            } else if XMLScanner.equal(name, "rPh") {
                inPhonetic = false
            } else if XMLScanner.equal(name, "si") {
                guard strings.count < limits.sharedStrings else { throw refuse(.sharedStrings(limits.sharedStrings)) }
                let string = current.string(decodingEscapes: true)
                if current.count > limits.cellCharacters, string.utf16.count > limits.cellCharacters {
                    throw refuse(.cellCharacters(limits.cellCharacters))
                }
                totalBytes += string.utf8.count
                guard totalBytes <= limits.sharedStringBytes else {
                    throw refuse(.sharedStringBytes(limits.sharedStringBytes))
                }
                strings.append(string)
            }
        }

        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) throws {
            guard inText else { return }
            current.append(bytes)
            // Refused while it streams in, long before a hostile string is whole.
            if current.count > limits.cellBytes { throw refuse(.cellCharacters(limits.cellCharacters)) }
        }
    }
}
