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

    /// The same JSON from pairs already in key order (an import's line per row, without a dictionary),
    /// written once into a string of the right size from the texts' contiguous bytes.
    static func encode(sorted pairs: KeyValuePairs<String, String>) throws -> String {
        var size = 2
        var previous: String?
        for (key, value) in pairs {
            guard previous.map({ precedes($0, key) }) ?? true, isPlain(key, asciiOnly: true), isPlain(value) else {
                return try encode(Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last }))
            }
            // "key":"value" and a comma.
            size += key.utf8.count + value.utf8.count + 6
            previous = key
        }
        return String(unsafeUninitializedCapacity: size) { buffer in
            var at = 0
            func put(_ byte: UInt8) {
                buffer[at] = byte
                at += 1
            }
            func put(_ text: String) {
                var text = text
                text.withUTF8 { bytes in
                    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
                    (buffer.baseAddress! + at).update(from: base, count: bytes.count)
                    at += bytes.count
                }
            }
            put(UInt8(ascii: "{"))
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { put(UInt8(ascii: ",")) }
                put(UInt8(ascii: "\""))
                put(key)
                put(UInt8(ascii: "\""))
                put(UInt8(ascii: ":"))
                put(UInt8(ascii: "\""))
                put(value)
                put(UInt8(ascii: "\""))
            }
            put(UInt8(ascii: "}"))
            return at
        }
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
