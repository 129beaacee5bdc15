import Foundation

/// Writes JSON straight into a byte buffer, laid out as `printJSON` lays it out (two-space indent, `"key" : value`,
/// keys in the order given, which callers keep sorted), for outputs too large for `JSONEncoder`: on a province's
/// cascade (60 000 nodes) the encoder's boxed containers cost more than reading and rolling up the tree together.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the container being written already holds a member (so the next needs a comma).
    private var hasMember: [Bool] = []

    /// Where full chunks go; nil keeps everything in `bytes`.
    private let sink: ((UnsafeBufferPointer<UInt8>) -> Void)?

    init(capacity: Int = 1 << 16, sink: ((UnsafeBufferPointer<UInt8>) -> Void)? = nil) {
        bytes.reserveCapacity(capacity)
        self.sink = sink
    }

    /// Writes the standard output in chunks of about `chunk` bytes, so a large document is never held whole.
    static func standardOutput(chunk: Int = 1 << 20) -> JSONWriter {
        JSONWriter(capacity: chunk + (1 << 16)) { buffer in FileHandle.standardOutput.write(Data(buffer: buffer)) }
    }

    /// Hands what is written so far to the sink once it holds a chunk (everything when `force`).
    mutating func flush(force: Bool = false) {
        guard let sink, force || bytes.count >= bytes.capacity - (1 << 16) else { return }
        bytes.withUnsafeBufferPointer(sink)
        bytes.removeAll(keepingCapacity: true)
    }

    /// How many of the open containers are written on one line.
    private var inline = 0
    private var inlineFlags: [Bool] = []

    /// Begins an object; `inline` writes it and everything in it on one line (`{ "a" : 1, "b" : 2 }`), which keeps
    /// a long list of records to one line each.
    mutating func beginObject(inline oneLine: Bool = false) {
        open(UInt8(ascii: "{"))
        inlineFlags.append(oneLine)
        if oneLine { inline += 1 }
    }

    mutating func endObject() {
        close(UInt8(ascii: "}"))
        if inlineFlags.removeLast() { inline -= 1 }
    }
    mutating func beginArray() {
        open(UInt8(ascii: "["))
        inlineFlags.append(false)
    }

    mutating func endArray() {
        close(UInt8(ascii: "]"))
        inlineFlags.removeLast()
    }

    /// Starts a member of the current object; its value follows.
    mutating func key(_ name: StaticString) {
        member()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: "\" : ".utf8)
    }

    /// A member whose value is left out when nil, as `JSONEncoder` leaves out nil optionals.
    mutating func field(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    mutating func field(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func field(_ name: StaticString, _ value: Int64?) {
        guard let value else { return }
        key(name)
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func field(_ name: StaticString, _ value: Double?) {
        guard let value, value.isFinite else { return }
        key(name)
        // Whole numbers as JSONEncoder writes them (1, not 1.0); others in Swift's shortest round-trip form.
        if value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int64(value)).utf8)
        } else {
            bytes.append(contentsOf: "\(value)".utf8)
        }
    }

    /// The newline that ends the document.
    mutating func newlineAtEnd() { bytes.append(UInt8(ascii: "\n")) }

    /// Begins an element of the current array (call before writing a nested object or array there).
    mutating func element() { member() }

    /// A string value, escaped as JSON requires (quotes, backslash, control characters); other text as is.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): bytes.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): bytes.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): bytes.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func member() {
        if hasMember.last == true { bytes.append(UInt8(ascii: ",")) }
        if !hasMember.isEmpty { hasMember[hasMember.count - 1] = true }
        newline()
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        hasMember.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        let had = hasMember.removeLast()
        if had { newline() }
        bytes.append(bracket)
    }

    private mutating func newline() {
        guard inline == 0 else { return bytes.append(UInt8(ascii: " ")) }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }
}
