import Foundation

/// The JSON of an audit line's before and after: what `JSONEncoder` writes with sorted keys and unescaped
/// slashes, built by hand for plain text (an import writes hundreds of thousands of lines; the encoder
/// costs microseconds each). Text with quotes, backslashes or control characters goes through the encoder.
enum AuditJSON {
    static func encode(_ values: [String: String]) throws -> String {
        let plain = values.allSatisfy { isPlain($0.key, asciiOnly: true) && isPlain($0.value) }
        guard plain else {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(values), as: UTF8.self)
        }
        var json = "{"
        for (index, key) in values.keys.sorted().enumerated() {
            if index > 0 { json += "," }
            json += "\"" + key + "\":\"" + (values[key] ?? "") + "\""
        }
        return json + "}"
    }

    /// The same JSON from pairs already in key order (an import's line per row, without a dictionary).
    static func encode(sorted pairs: KeyValuePairs<String, String>) throws -> String {
        var bytes: [UInt8] = []
        guard write(sorted: pairs, into: &bytes) else {
            return try encode(Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last }))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the JSON of pairs in key order into `bytes` (emptied first, its memory kept: an import writes a
    /// line per row into one buffer and binds it as it is), from the texts' contiguous bytes. False, with
    /// nothing meaningful written, when a text is not plain or the keys are out of order: `encode(_:)` then.
    static func write(sorted pairs: KeyValuePairs<String, String>, into bytes: inout [UInt8]) -> Bool {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(UInt8(ascii: "{"))
        var previous: String?
        for (key, value) in pairs {
            guard previous.map({ precedes($0, key) }) ?? true, isPlain(key, asciiOnly: true), isPlain(value) else {
                return false
            }
            if previous != nil { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            append(key, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
            bytes.append(UInt8(ascii: ":"))
            bytes.append(UInt8(ascii: "\""))
            append(value, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
            previous = key
        }
        bytes.append(UInt8(ascii: "}"))
        return true
    }

    private static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    private static func precedes(_ first: String, _ second: String) -> Bool {
        // Keys are ASCII (checked with them): compared by their bytes, which `<` on strings does not promise.
        var first = first, second = second
        return first.withUTF8 { a in second.withUTF8 { b in a.lexicographicallyPrecedes(b) } }
    }

    /// Text written as it is between quotes: no quote, backslash or control character (and, for keys, ASCII
    /// only, so that sorting them by code point is the encoder's order).
    private static func isPlain(_ text: String, asciiOnly: Bool = false) -> Bool {
        func plain(_ byte: UInt8) -> Bool {
            byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x7F && (!asciiOnly || byte < 0x80)
        }
        return text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(plain) } ?? text.utf8.allSatisfy(plain)
    }
}
