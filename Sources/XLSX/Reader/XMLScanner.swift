/// A small, strict XML tokenizer for the two parts that carry a workbook's bulk (sheet data and shared
/// strings), where Foundation's `XMLParser` costs microseconds per element. Bytes are pushed in chunks as
/// they are decompressed, so a part is never held whole. It checks what a well-formed part needs (tags
/// nest and match, one root, quoted attributes, known entities) and refuses what Excel never writes and
/// hostile files use (DOCTYPE and so entity definitions); everything else is handed to the consumer.
struct XMLScanner {
    /// What the consumer sees: a start tag (local name, raw attributes), an end tag, or text (entities
    /// decoded) directly inside the innermost element.
    enum Event {
        case start(name: ArraySlice<UInt8>, attributes: ArraySlice<UInt8>, selfClosing: Bool)
        case end(name: ArraySlice<UInt8>)
        case text([UInt8])
    }

    let part: String
    private var buffer: [UInt8] = []
    private var position = 0
    /// Names of the open elements, back to back in `names`, with where each starts.
    private var names: [UInt8] = []
    private var starts: [Int] = []
    private var sawRoot = false
    private var line = 1
    /// The attribute names of the tag being read, kept to refuse one named twice (reused, never freed).
    private var attributeNames: [Range<Int>] = []

    init(part: String) {
        self.part = part
    }

    var depth: Int { starts.count }

    /// Adds bytes and hands every complete token to `consume`.
    mutating func push(_ bytes: some Collection<UInt8>, _ consume: (Event) throws -> Void) throws {
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        buffer.append(contentsOf: bytes)
        try scan(final: false, consume)
    }

    /// Ends the document: what is left must be complete and every element closed.
    mutating func finish(_ consume: (Event) throws -> Void) throws {
        try scan(final: true, consume)
        guard sawRoot else { throw malformed("no root element") }
        if depth > 0 { throw malformed("document ends inside <\(String(decoding: openName, as: UTF8.self))>") }
    }

    private var openName: ArraySlice<UInt8> { names[(starts.last ?? 0)...] }

    private func malformed(_ reason: String) -> XLSXReadError {
        .malformedXML(part: part, line: line, reason: reason)
    }

    private mutating func scan(final: Bool, _ consume: (Event) throws -> Void) throws {
        let end = buffer.count
        while position < end {
            if buffer[position] != UInt8(ascii: "<") {
                guard let next = index(of: UInt8(ascii: "<"), from: position) else {
                    if final {
                        try text(position..<end, consume)
                        position = end
                    }
                    return
                }
                try text(position..<next, consume)
                position = next
                continue
            }
            // A tag, comment, CDATA or declaration; waits for more bytes when it is cut.
            guard position + 1 < end else { if final { throw malformed("the document ends inside a tag") }; return }
            let second = buffer[position + 1]
            if second == UInt8(ascii: "!") {
                if starts(with: "<!--") {
                    guard let close = find("-->", from: position + 4) else { return try cut(final) }
                    count(position..<close)
                    position = close + 3
                } else if starts(with: "<![CDATA[") {
                    guard let close = find("]]>", from: position + 9) else { return try cut(final) }
                    guard depth > 0 else { throw malformed("text outside the root element") }
                    count(position..<close)
                    try consume(.text(Array(buffer[(position + 9)..<close])))
                    position = close + 3
                } else if buffer.count - position < 9 && !final {
                    return
                } else {
                    throw malformed("DOCTYPE and other declarations are not accepted")
                }
                continue
            }
            if second == UInt8(ascii: "?") {
                guard let close = find("?>", from: position + 2) else { return try cut(final) }
                count(position..<close)
                position = close + 2
                continue
            }
            guard let close = tagEnd(from: position + 1) else { return try cut(final) }
            try tag(position + 1..<close, consume)
            position = close + 1
        }
    }

    private func cut(_ final: Bool) throws {
        if final { throw malformed("the document ends inside a tag") }
    }

    private mutating func tag(_ range: Range<Int>, _ consume: (Event) throws -> Void) throws {
        count(range)
        var lower = range.lowerBound
        let closing = buffer[lower] == UInt8(ascii: "/")
        if closing { lower += 1 }
        var nameEnd = lower
        while nameEnd < range.upperBound, !Self.isSpace(buffer[nameEnd]), buffer[nameEnd] != UInt8(ascii: "/") {
            nameEnd += 1
        }
        guard nameEnd > lower else { throw malformed("a tag without a name") }
        let qualified = buffer[lower..<nameEnd]
        if closing {
            guard let top = starts.last, names[top...].elementsEqual(qualified) else {
                throw malformed("a closing tag does not match its opening tag")
            }
            try consume(.end(name: Self.local(qualified)))
            names.removeSubrange(top...)
            starts.removeLast()
            return
        }
        var upper = range.upperBound
        let selfClosing = upper > nameEnd && buffer[upper - 1] == UInt8(ascii: "/")
        if selfClosing { upper -= 1 }
        if depth == 0 {
            guard !sawRoot else { throw malformed("a second root element") }
            sawRoot = true
        }
        guard starts.count < 256 else { throw malformed("elements nested too deep") }
        let attributes = buffer[nameEnd..<upper]
        try checkAttributes(attributes)
        try consume(.start(name: Self.local(qualified), attributes: attributes, selfClosing: selfClosing))
        if selfClosing {
            try consume(.end(name: Self.local(qualified)))
        } else {
            starts.append(names.count)
            names.append(contentsOf: qualified)
        }
    }

    private mutating func text(_ range: Range<Int>, _ consume: (Event) throws -> Void) throws {
        guard !range.isEmpty else { return }
        count(range)
        guard depth > 0 else {
            guard buffer[range].allSatisfy(Self.isSpace) else { throw malformed("text outside the root element") }
            return
        }
        try consume(.text(try Self.decode(buffer[range], part: part, line: line)))
    }

    /// Attributes are name="value" or name='value' pairs, each name once.
    private mutating func checkAttributes(_ bytes: ArraySlice<UInt8>) throws {
        attributeNames.removeAll(keepingCapacity: true)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if Self.isSpace(bytes[i]) { i += 1; continue }
            let nameStart = i
            while i < bytes.endIndex, bytes[i] != UInt8(ascii: "="), !Self.isSpace(bytes[i]) { i += 1 }
            guard i > nameStart else { throw malformed("an attribute without a name") }
            let name = nameStart..<i
            for other in attributeNames where buffer[other].elementsEqual(buffer[name]) {
                throw malformed("an attribute appears twice")
            }
            attributeNames.append(name)
            while i < bytes.endIndex, Self.isSpace(bytes[i]) { i += 1 }
            guard i < bytes.endIndex, bytes[i] == UInt8(ascii: "=") else { throw malformed("an attribute without a value") }
            i += 1
            while i < bytes.endIndex, Self.isSpace(bytes[i]) { i += 1 }
            guard i < bytes.endIndex, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
                throw malformed("an attribute value without quotes")
            }
            let quote = bytes[i]
            i += 1
            while i < bytes.endIndex, bytes[i] != quote {
                guard bytes[i] != UInt8(ascii: "<") else { throw malformed("'<' inside an attribute value") }
                i += 1
            }
            guard i < bytes.endIndex else { throw malformed("an attribute value is not closed") }
            i += 1
        }
    }

    /// The value of one attribute, entities decoded, or nil.
    static func attribute(_ name: String, in bytes: ArraySlice<UInt8>, part: String) throws -> String? {
        let wanted = Array(name.utf8)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            while i < bytes.endIndex, isSpace(bytes[i]) { i += 1 }
            let nameStart = i
            while i < bytes.endIndex, bytes[i] != UInt8(ascii: "="), !isSpace(bytes[i]) { i += 1 }
            let attributeName = local(bytes[nameStart..<i])
            while i < bytes.endIndex, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "'") { i += 1 }
            guard i < bytes.endIndex else { return nil }
            let quote = bytes[i]
            let valueStart = i + 1
            i = valueStart
            while i < bytes.endIndex, bytes[i] != quote { i += 1 }
            if attributeName.elementsEqual(wanted) {
                return String(decoding: try decode(bytes[valueStart..<i], part: part, line: 0), as: UTF8.self)
            }
            i += 1
        }
        return nil
    }

    /// Text with the five XML entities and character references decoded; anything else is refused.
    static func decode(_ bytes: ArraySlice<UInt8>, part: String, line: Int) throws -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "&")) else { return Array(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            guard byte == UInt8(ascii: "&") else { out.append(byte); i += 1; continue }
            guard let semicolon = bytes[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                throw XLSXReadError.malformedXML(part: part, line: line, reason: "'&' without an entity")
            }
            let entity = bytes[(i + 1)..<semicolon]
            switch String(decoding: entity, as: UTF8.self) {
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "amp": out.append(UInt8(ascii: "&"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            case let reference where reference.hasPrefix("#"):
                let digits = reference.dropFirst()
                let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                guard let value, let scalar = Unicode.Scalar(value), value != 0 else {
                    throw XLSXReadError.malformedXML(part: part, line: line, reason: "bad character reference &\(reference);")
                }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                throw XLSXReadError.malformedXML(
                    part: part, line: line, reason: "unknown entity &\(String(decoding: entity, as: UTF8.self));")
            }
            i = semicolon + 1
        }
        return out
    }

    static func local(_ name: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let colon = name.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return name[(colon + 1)...]
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private func index(of byte: UInt8, from start: Int) -> Int? {
        buffer.withUnsafeBufferPointer { pointer in
            var i = start
            while i < pointer.count {
                if pointer[i] == byte { return i }
                i += 1
            }
            return nil
        }
    }

    /// Where the tag opened just before `start` closes: the first '>' outside quotes.
    private func tagEnd(from start: Int) -> Int? {
        buffer.withUnsafeBufferPointer { pointer in
            var quote: UInt8 = 0
            var i = start
            while i < pointer.count {
                let byte = pointer[i]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    return i
                }
                i += 1
            }
            return nil
        }
    }

    private func starts(with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard buffer.count - position >= count else { return false }
        return prefix.withUTF8Buffer { bytes in
            (0..<count).allSatisfy { buffer[position + $0] == bytes[$0] }
        }
    }

    private func find(_ marker: StaticString, from start: Int) -> Int? {
        marker.withUTF8Buffer { bytes in
            var i = start
            while i + bytes.count <= buffer.count {
                if buffer[i] == bytes[0], (1..<bytes.count).allSatisfy({ buffer[i + $0] == bytes[$0] }) { return i }
                i += 1
            }
            return nil
        }
    }

    /// Counts lines for messages.
    private mutating func count(_ range: Range<Int>) {
        line += buffer[range].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
