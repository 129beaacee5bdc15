#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `XMLScanner` calls as it reads: a start tag (local name, its attributes), an end tag, or text
/// (entities decoded) directly inside the innermost element. The buffers are views into the scanner's
/// own bytes, valid only during the call: a handler copies what it keeps. Called directly (the scanner
/// is generic over its handler), so no event values are built.
protocol XMLHandler {
    mutating func start(_ name: UnsafeBufferPointer<UInt8>, _ attributes: XMLAttributes, selfClosing: Bool) throws
    mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) throws
}

/// The attributes of a start tag as the scanner found them (checked: quoted, each name once): raw values,
/// entities not decoded.
struct XMLAttributes {
    /// Everything between the tag's name and its end (`>` or `/>`), as written.
    let raw: UnsafeBufferPointer<UInt8>
    private let base: UnsafePointer<UInt8>
    /// Five offsets per attribute from `base`: name start and end, value start and end, and where the
    /// name's local part starts.
    private let bounds: UnsafeBufferPointer<Int>

    init(raw: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>, bounds: UnsafeBufferPointer<Int>) {
        self.raw = raw
        self.base = base
        self.bounds = bounds
    }

    var count: Int { bounds.count / 5 }

    /// The local name (prefix dropped) of attribute `index`.
    func name(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + bounds[5 * index + 4], count: bounds[5 * index + 1] - bounds[5 * index + 4])
    }

    /// The raw value of attribute `index`.
    func value(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + bounds[5 * index + 2], count: bounds[5 * index + 3] - bounds[5 * index + 2])
    }

    /// The raw value of the first attribute with this local name.
    func value(named name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        for index in 0..<count where XMLScanner.equal(self.name(index), name) { return value(index) }
        return nil
    }

    /// The value of the first attribute with this local name, entities decoded.
    func string(named name: StaticString, part: String) throws -> String? {
        try value(named: name).map { try XMLScanner.decodedString($0, part: part) }
    }
}

/// A small, strict XML tokenizer for the two parts that carry a workbook's bulk (sheet data and shared
/// strings), where Foundation's `XMLParser` costs microseconds per element. Bytes are pushed in chunks as
/// they are decompressed, so a part is never held whole. It checks what a well-formed part needs (tags
/// nest and match, one root, quoted attributes, known entities) and refuses what Excel never writes and
/// hostile files use (DOCTYPE and so entity definitions); everything else is handed to the handler.
/// Text is copied only when it holds an entity ('&'), to decode it.
struct XMLScanner: ~Copyable {
    /// A token as a value, for tests and small callers (`push(_:_:)`); the bulk paths use `XMLHandler`.
    enum Event {
        case start(name: [UInt8], attributes: [UInt8], selfClosing: Bool)
        case end(name: [UInt8])
        case text([UInt8])
    }

    let part: String
    /// The longest tag, comment, CDATA section or declaration accepted (`XLSXReadLimits.tokenBytes`); text is
    /// handed on in pieces, so no token waits for more bytes longer than this.
    let maxTokenBytes: Int
    /// Text that runs to the end of the bytes pushed so far is handed on once this long, not kept waiting
    /// for its end (a hostile cell of 300 MB would otherwise be scanned again at every chunk and held whole);
    /// the handler then sees one text as several consecutive pieces.
    let textPieceBytes: Int
    private var buffer: [UInt8] = []
    private var position = 0
    /// Names of the open elements, back to back in the first `namesCount` bytes of `memory.names`, with
    /// where each starts (`memory.starts`, `depth` of them).
    private let memory = Memory()
    private var namesCount = 0
    private(set) var depth = 0
    private var sawRoot = false
    /// Lines before `buffer[0]` (bytes already consumed and dropped); a message counts the rest.
    private var droppedLines = 1
    /// How many attributes of the tag being read have their bounds in `memory.bounds`.
    private var attributeCount = 0
    /// Decoded text when it held entities (reused).
    private var decoded = ByteBuffer()

    init(part: String, maxTokenBytes: Int = XLSXReadLimits.standard.tokenBytes) {
        self.part = part
        self.maxTokenBytes = maxTokenBytes
        textPieceBytes = min(64 * 1024, max(16, maxTokenBytes / 4))
    }

    /// Fixed scratch memory, allocated once per scanner (which is why a scanner cannot be copied): the
    /// open elements' names and where each starts, the current tag's attribute bounds (five offsets each,
    /// see `XMLAttributes`) and a table of byte classes. The limits are far above what any workbook
    /// writes, and keep a hostile part from costing time or memory.
    private final class Memory {
        static let maxDepth = 256
        static let namesCapacity = 64 * 1024
        static let maxAttributes = 512
        let names = UnsafeMutablePointer<UInt8>.allocate(capacity: namesCapacity)
        let starts = UnsafeMutablePointer<Int>.allocate(capacity: maxDepth + 1)
        let bounds = UnsafeMutablePointer<Int>.allocate(capacity: 5 * maxAttributes)
        /// What each byte is to the tag reader (`space`, `nameEnd`…), so that a name costs one look-up a byte.
        let classes = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)

        static let space: UInt8 = 1
        /// Ends a tag's name: '>' and '/' (and spaces).
        static let nameEnd: UInt8 = 2
        /// Never in a tag's name: '<', '=' and quotes.
        static let notInName: UInt8 = 4
        static let colon: UInt8 = 8
        /// Ends an attribute's name: '=' (and spaces); '>', '/', '<' and quotes may not appear in it.
        static let attributeEnd: UInt8 = 16

        init() {
            classes.initialize(repeating: 0, count: 256)
            for byte in [0x20, 0x09, 0x0A, 0x0D] { classes[byte] = Self.space }
            for byte in ">/".utf8 { classes[Int(byte)] = Self.nameEnd }
            for byte in "<\"'".utf8 { classes[Int(byte)] = Self.notInName }
            classes[Int(UInt8(ascii: "="))] = Self.notInName | Self.attributeEnd
            classes[Int(UInt8(ascii: ":"))] = Self.colon
        }

        deinit {
            names.deallocate()
            starts.deallocate()
            bounds.deallocate()
            classes.deallocate()
        }
    }

    /// Adds bytes and hands every complete token to `handler`.
    mutating func push<Handler: XMLHandler>(_ bytes: some Collection<UInt8>, into handler: inout Handler) throws {
        if position > 0 {
            droppedLines += Self.newlines(in: buffer, before: position)
            buffer.removeSubrange(0..<position)
            position = 0
        }
        buffer.append(contentsOf: bytes)
        try scan(final: false, &handler)
        // What is left waits for the next bytes: a token cut by the chunk's end (text is never kept this long).
        if buffer.count - position > maxTokenBytes {
            throw XLSXReadError.sizeLimit(part: part, cell: nil, limit: .tokenBytes(maxTokenBytes))
        }
    }

    /// Ends the document: what is left must be complete and every element closed.
    mutating func finish<Handler: XMLHandler>(into handler: inout Handler) throws {
        try scan(final: true, &handler)
        guard sawRoot else { throw malformed("no root element", at: position) }
        if depth > 0 {
            let top = memory.starts[depth - 1]
            let name = UnsafeBufferPointer(start: memory.names + top, count: namesCount - top)
            throw malformed("document ends inside <\(String(decoding: name, as: UTF8.self))>",
                            at: position)
        }
    }

    /// `push` with tokens as values.
    mutating func push(_ bytes: some Collection<UInt8>, _ consume: (Event) throws -> Void) throws {
        try withoutActuallyEscaping(consume) { consume in
            var recorder = EventRecorder(consume: consume)
            try push(bytes, into: &recorder)
        }
    }

    /// `finish` with tokens as values.
    mutating func finish(_ consume: (Event) throws -> Void) throws {
        try withoutActuallyEscaping(consume) { consume in
            var recorder = EventRecorder(consume: consume)
            try finish(into: &recorder)
        }
    }

    private struct EventRecorder: XMLHandler {
        let consume: (Event) throws -> Void
        mutating func start(_ name: UnsafeBufferPointer<UInt8>, _ attributes: XMLAttributes, selfClosing: Bool) throws {
            try consume(.start(name: Array(name), attributes: Array(attributes.raw), selfClosing: selfClosing))
        }
        mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws { try consume(.end(name: Array(name))) }
        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) throws { try consume(.text(Array(bytes))) }
    }

    /// An error at a byte of the buffer, with its line.
    private func malformed(_ reason: String, at offset: Int) -> XLSXReadError {
        .malformedXML(part: part, line: droppedLines + Self.newlines(in: buffer, before: min(offset, buffer.count)),
                      reason: reason)
    }

    private static func newlines(in bytes: [UInt8], before end: Int) -> Int {
        bytes.withUnsafeBufferPointer { pointer in
            guard let base = pointer.baseAddress else { return 0 }
            var count = 0
            var start = base
            var remaining = end
            while remaining > 0, let hit = memchr(start, 0x0A, remaining) {
                count += 1
                let next = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) + 1
                remaining -= next - start
                start = next
            }
            return count
        }
    }

    private mutating func scan<Handler: XMLHandler>(final: Bool, _ handler: inout Handler) throws {
        // A second reference to the same storage: the scan never changes `buffer`, so nothing is copied.
        let bytes = buffer
        try bytes.withUnsafeBufferPointer { pointer in
            let end = pointer.count
            while position < end {
                if pointer[position] != UInt8(ascii: "<") {
                    // Text is short in a sheet (a number, a name): a loop that also notes entities beats
                    // two calls to memchr.
                    var next = position
                    var entities = false
                    let quick = min(end, position &+ 64)
                    while next < quick {
                        let byte = pointer[next]
                        if byte == UInt8(ascii: "<") { break }
                        if byte == UInt8(ascii: "&") { entities = true }
                        next &+= 1
                    }
                    if next == quick, next < end, let base = pointer.baseAddress {
                        // Longer text (a hostile cell, a run of spaces): memchr, not a byte at a time.
                        let less = memchr(base + next, Int32(UInt8(ascii: "<")), end - next)
                        let stop = less.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? end
                        if !entities { entities = memchr(base + next, Int32(UInt8(ascii: "&")), stop - next) != nil }
                        next = stop
                    }
                    guard next < end || final else {
                        // Long text cut by the end of the bytes so far: what is surely whole goes on now.
                        if next - position >= textPieceBytes {
                            let cut = Self.pieceEnd(pointer, position, next)
                            try text(pointer, position..<cut, entities: entities, &handler)
                            position = cut
                        }
                        return
                    }
                    try text(pointer, position..<next, entities: entities, &handler)
                    position = next
                    continue
                }
                // A tag, comment, CDATA or declaration; waits for more bytes when it is cut.
                guard position + 1 < end else {
                    if final { throw malformed("the document ends inside a tag", at: position) }
                    return
                }
                let second = pointer[position + 1]
                if second == UInt8(ascii: "!") {
                    if Self.matches("<!--", pointer, at: position) {
                        guard let close = Self.find("-->", in: pointer, from: position + 4) else { return try cut(final) }
                        position = close + 3
                    } else if Self.matches("<![CDATA[", pointer, at: position) {
                        guard let close = Self.find("]]>", in: pointer, from: position + 9) else { return try cut(final) }
                        guard depth > 0 else { throw malformed("text outside the root element", at: position) }
                        try handler.text(UnsafeBufferPointer(rebasing: pointer[(position + 9)..<close]))
                        position = close + 3
                    } else if end - position < 9 && !final {
                        return
                    } else {
                        throw malformed("DOCTYPE and other declarations are not accepted", at: position)
                    }
                    continue
                }
                if second == UInt8(ascii: "?") {
                    guard let close = Self.find("?>", in: pointer, from: position + 2) else { return try cut(final) }
                    position = close + 2
                    continue
                }
                guard let next = try tag(pointer, at: position, &handler) else { return try cut(final) }
                position = next
            }
        }
    }

    /// Where a piece of text running from `start` to the end of the bytes so far (`end`) may be cut: before a
    /// '&' whose entity may be unfinished, and never inside a UTF-8 sequence.
    private static func pieceEnd(_ pointer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var cut = end
        // An entity is at most 12 bytes ("&#x10FFFF;"); one starting among the last 12 may be cut.
        var i = end - 1
        while i >= max(start, end - 12) {
            if pointer[i] == UInt8(ascii: ";") { break }
            if pointer[i] == UInt8(ascii: "&") { cut = i; break }
            i -= 1
        }
        // The last UTF-8 sequence before the cut must be whole, or it waits for the next bytes too.
        var lead = cut - 1
        while lead > start, pointer[lead] & 0xC0 == 0x80 { lead -= 1 }
        if lead >= start {
            let byte = pointer[lead]
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            if lead + length > cut { cut = lead }
        }
        return cut
    }

    private func cut(_ final: Bool) throws {
        if final { throw malformed("the document ends inside a tag", at: position) }
    }

    /// Reads the tag at `start` (its '<') in one pass, name and attributes checked, and hands it on;
    /// returns where the next token starts, or nil when the buffer ends inside the tag.
    private mutating func tag<Handler: XMLHandler>(
        _ pointer: UnsafeBufferPointer<UInt8>, at start: Int, _ handler: inout Handler
    ) throws -> Int? {
        let end = pointer.count
        var i = start + 1
        let closing = pointer[i] == UInt8(ascii: "/")
        if closing {
            // The name must be the open element's: compared in place rather than scanned for its end.
            i += 1
            guard depth > 0 else { throw malformed("a closing tag does not match its opening tag", at: start) }
            let top = memory.starts[depth - 1]
            let length = namesCount - top
            guard end - i > length else { return nil }
            guard Self.same(memory.names + top, pointer.baseAddress! + i, length) else {
                throw malformed("a closing tag does not match its opening tag", at: start)
            }
            let name = UnsafeBufferPointer(rebasing: pointer[i..<(i + length)])
            i += length
            while i < end, Self.isSpace(pointer[i]) { i += 1 }
            guard i < end else { return nil }
            guard pointer[i] == UInt8(ascii: ">") else {
                throw malformed(Self.isNameEnd(pointer[i]) ? "a closing tag holds more than its name"
                                    : "a closing tag does not match its opening tag", at: start)
            }
            try handler.end(Self.local(name))
            namesCount = top
            depth -= 1
            return i + 1
        }
        let nameStart = i
        var colon = -1
        let classes = memory.classes
        while i < end {
            let kind = classes[Int(pointer[i])]
            if kind != 0 {
                if kind & (Memory.space | Memory.nameEnd) != 0 { break }
                guard kind == Memory.colon else {
                    throw malformed("a tag name holds '\(Character(Unicode.Scalar(pointer[i])))'", at: start)
                }
                colon = i &- nameStart
            }
            i &+= 1
        }
        guard i < end else { return nil }
        guard i > nameStart else { throw malformed("a tag without a name", at: start) }
        let qualified = UnsafeBufferPointer(rebasing: pointer[nameStart..<i])
        // Attributes: name="value" or name='value', each name once.
        let attributesStart = i
        attributeCount = 0
        var selfClosing = false
        while true {
            while i < end, classes[Int(pointer[i])] == Memory.space { i &+= 1 }
            guard i < end else { return nil }
            let byte = pointer[i]
            if byte == UInt8(ascii: ">") { break }
            if byte == UInt8(ascii: "/") {
                guard i + 1 < end else { return nil }
                guard pointer[i + 1] == UInt8(ascii: ">") else { throw malformed("'/' inside a tag", at: start) }
                selfClosing = true
                break
            }
            let attributeStart = i
            var localStart = i
            while i < end {
                let kind = classes[Int(pointer[i])]
                if kind != 0 {
                    if kind & (Memory.space | Memory.attributeEnd) != 0 { break }
                    guard kind == Memory.colon else { throw malformed("an attribute without a value", at: start) }
                    localStart = i &+ 1
                }
                i &+= 1
            }
            let attributeEnd = i
            while i < end, Self.isSpace(pointer[i]) { i += 1 }
            guard i < end else { return nil }
            guard pointer[i] == UInt8(ascii: "=") else { throw malformed("an attribute without a value", at: start) }
            guard attributeEnd > attributeStart else { throw malformed("an attribute without a name", at: start) }
            i += 1
            while i < end, Self.isSpace(pointer[i]) { i += 1 }
            guard i < end else { return nil }
            let quote = pointer[i]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw malformed("an attribute value without quotes", at: start)
            }
            i += 1
            let valueStart = i
            while i < end, pointer[i] != quote {
                guard pointer[i] != UInt8(ascii: "<") else { throw malformed("'<' inside an attribute value", at: start) }
                i &+= 1
            }
            guard i < end else { return nil }
            try addAttribute(pointer, attributeStart, attributeEnd, valueStart, i, localStart, at: start)
            i += 1
        }
        let tagEnd = selfClosing ? i + 2 : i + 1
        if depth == 0 {
            guard !sawRoot else { throw malformed("a second root element", at: start) }
            sawRoot = true
        }
        guard depth < Memory.maxDepth else { throw malformed("elements nested too deep", at: start) }
        let local = Self.local(qualified, colon: colon)
        let raw = UnsafeBufferPointer(rebasing: pointer[attributesStart..<i])
        try handler.start(local, XMLAttributes(raw: raw, base: pointer.baseAddress!,
                                               bounds: UnsafeBufferPointer(start: memory.bounds, count: 5 * attributeCount)),
                          selfClosing: selfClosing)
        if selfClosing {
            try handler.end(local)
        } else {
            guard namesCount + qualified.count <= Memory.namesCapacity else {
                throw malformed("element names too long", at: start)
            }
            memory.starts[depth] = namesCount
            depth += 1
            let names = memory.names + namesCount
            for index in 0..<qualified.count { names[index] = qualified[index] }
            namesCount += qualified.count
        }
        return tagEnd
    }

    /// Records an attribute's bounds, refusing a name given twice.
    private mutating func addAttribute(_ pointer: UnsafeBufferPointer<UInt8>, _ nameStart: Int, _ nameEnd: Int,
                                       _ valueStart: Int, _ valueEnd: Int, _ localStart: Int, at start: Int) throws {
        let length = nameEnd - nameStart
        let base = pointer.baseAddress!
        guard attributeCount < Memory.maxAttributes else { throw malformed("a tag with too many attributes", at: start) }
        let bounds = memory.bounds
        let used = 5 * attributeCount
        var other = 0
        while other < used {
            if bounds[other + 1] - bounds[other] == length, Self.same(base + bounds[other], base + nameStart, length) {
                throw malformed("an attribute appears twice", at: start)
            }
            other += 5
        }
        bounds[used] = nameStart
        bounds[used + 1] = nameEnd
        bounds[used + 2] = valueStart
        bounds[used + 3] = valueEnd
        bounds[used + 4] = localStart
        attributeCount += 1
    }

    /// Whether `count` bytes at two places are equal (names are short: a loop beats a call to memcmp).
    @inline(__always)
    static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var i = 0
        while i < count {
            if a[i] != b[i] { return false }
            i &+= 1
        }
        return true
    }

    private mutating func text<Handler: XMLHandler>(
        _ pointer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, entities: Bool, _ handler: inout Handler
    ) throws {
        guard !range.isEmpty else { return }
        let bytes = UnsafeBufferPointer(rebasing: pointer[range])
        guard depth > 0 else {
            guard bytes.allSatisfy(Self.isSpace) else { throw malformed("text outside the root element", at: range.lowerBound) }
            return
        }
        guard entities else { return try handler.text(bytes) }
        decoded.removeAll()
        do {
            try Self.decode(bytes, into: &decoded, part: part)
        } catch XLSXReadError.malformedXML(_, _, let reason) {
            throw malformed(reason, at: range.lowerBound)
        }
        let text = decoded
        try text.withBytes { try handler.text($0) }
    }

    /// Raw attribute or text bytes as a string, entities decoded.
    static func decodedString(_ bytes: UnsafeBufferPointer<UInt8>, part: String) throws -> String {
        guard let base = bytes.baseAddress, memchr(base, Int32(UInt8(ascii: "&")), bytes.count) != nil else {
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ByteBuffer()
        try decode(bytes, into: &out, part: part)
        return out.string()
    }

    /// Appends text with the five XML entities and character references decoded; anything else is refused.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout ByteBuffer, part: String) throws {
        var i = 0
        let end = bytes.count
        while i < end {
            let byte = bytes[i]
            guard byte == UInt8(ascii: "&") else { out.append(byte); i += 1; continue }
            guard let semicolon = (i..<min(i + 12, end)).first(where: { bytes[$0] == UInt8(ascii: ";") }) else {
                throw XLSXReadError.malformedXML(part: part, line: 0, reason: "'&' without an entity")
            }
            let entity = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<semicolon]), as: UTF8.self)
            switch entity {
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "amp": out.append(UInt8(ascii: "&"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            case let reference where reference.hasPrefix("#"):
                let digits = reference.dropFirst()
                let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                guard let value, let scalar = Unicode.Scalar(value), value != 0 else {
                    throw XLSXReadError.malformedXML(part: part, line: 0, reason: "bad character reference &\(reference);")
                }
                for byte in String(Character(scalar)).utf8 { out.append(byte) }
            default:
                throw XLSXReadError.malformedXML(part: part, line: 0, reason: "unknown entity &\(entity);")
            }
            i = semicolon + 1
        }
    }

    /// A name without its prefix, when the position of its last ':' is known (-1 for none).
    @inline(__always)
    static func local(_ name: UnsafeBufferPointer<UInt8>, colon: Int) -> UnsafeBufferPointer<UInt8> {
        colon < 0 ? name : UnsafeBufferPointer(rebasing: name[(colon + 1)...])
    }

    static func local(_ name: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var i = name.count
        while i > 0 {
            i -= 1
            if name[i] == UInt8(ascii: ":") { return UnsafeBufferPointer(rebasing: name[(i + 1)...]) }
        }
        return name
    }

    /// Whether bytes spell a literal name.
    @inline(__always)
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard bytes.count == count else { return false }
        return count == 0 || same(bytes.baseAddress!, literal.utf8Start, count)
    }

    /// Whether a byte cannot be part of a name (space, '>', '/', '=').
    private static func isNameEnd(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func index(of byte: UInt8, in pointer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < pointer.count, let base = pointer.baseAddress,
              let hit = memchr(base + start, Int32(byte), pointer.count - start)
        else { return nil }
        return UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
    }

    private static func matches(_ prefix: StaticString, _ pointer: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard pointer.count - start >= count else { return false }
        return memcmp(pointer.baseAddress! + start, prefix.utf8Start, count) == 0
    }

    private static func find(_ marker: StaticString, in pointer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let count = marker.utf8CodeUnitCount
        let first = marker.utf8Start[0]
        var i = start
        while i + count <= pointer.count {
            guard let hit = index(of: first, in: pointer, from: i) else { return nil }
            guard hit + count <= pointer.count else { return nil }
            if memcmp(pointer.baseAddress! + hit, marker.utf8Start, count) == 0 { return hit }
            i = hit + 1
        }
        return nil
    }
}

/// A reusable byte accumulator: emptied without freeing or touching its storage, so the text of each
/// cell costs a copy and nothing more.
struct ByteBuffer {
    private var storage: [UInt8] = []
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    mutating func removeAll() { count = 0 }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        let needed = count + bytes.count
        if storage.count < needed {
            storage.append(contentsOf: repeatElement(0, count: max(needed - storage.count, storage.count, 64)))
        }
        let offset = count
        storage.withUnsafeMutableBufferPointer { storage in
            (storage.baseAddress! + offset).update(from: source, count: bytes.count)
        }
        count = needed
    }

    mutating func append(_ byte: UInt8) {
        if storage.count <= count {
            storage.append(contentsOf: repeatElement(0, count: max(storage.count, 64)))
        }
        storage[count] = byte
        count += 1
    }

    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<count])) }
    }

    /// The bytes as a string (invalid UTF-8 repaired), Excel's "_xHHHH_" escapes decoded when there are any.
    func string(decodingEscapes: Bool = false) -> String {
        withBytes { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            guard decodingEscapes, let base = bytes.baseAddress,
                  memchr(base, Int32(UInt8(ascii: "_")), bytes.count) != nil
            else { return text }
            return XMLText.decodeEscapes(text)
        }
    }
}
