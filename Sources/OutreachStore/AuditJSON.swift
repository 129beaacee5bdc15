import Foundation

/// The JSON of an audit line's before and after: what `JSONEncoder` writes with sorted keys and unescaped
/// slashes, built by hand for plain text (an import writes hundreds of thousands of lines; the encoder
/// costs microseconds each). Text with quotes, backslashes or control characters goes through the encoder.
enum AuditJSON {
    static func encode(_ values: [String: String]) throws -> String {
        let plain = values.allSatisfy { $0.key.utf8.allSatisfy { $0 < 0x80 } && isPlain($0.key) && isPlain($0.value) }
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
    /// written byte by byte.
    static func encode(sorted pairs: KeyValuePairs<String, String>) throws -> String {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        bytes.reserveCapacity(128)
        var previous: String?
        for (key, value) in pairs {
            guard previous.map({ $0.utf8.lexicographicallyPrecedes(key.utf8) }) ?? true,
                  key.utf8.allSatisfy({ $0 < 0x80 }), isPlain(key), isPlain(value)
            else {
                return try encode(Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last }))
            }
            if previous != nil { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: key.utf8)
            bytes.append(contentsOf: "\":\"".utf8)
            bytes.append(contentsOf: value.utf8)
            bytes.append(UInt8(ascii: "\""))
            previous = key
        }
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Keys must be ASCII too, so that sorting them by code point is the encoder's order.
    private static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x7F }
    }
}
