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

    /// The same JSON from pairs already in key order (an import's line per row, without a dictionary).
    static func encode(sorted pairs: KeyValuePairs<String, String>) throws -> String {
        guard pairs.allSatisfy({ isPlain($0.key) && $0.key.utf8.allSatisfy { $0 < 0x80 } && isPlain($0.value) }),
              zip(pairs, pairs.dropFirst()).allSatisfy({ $0.0.key.utf8.lexicographicallyPrecedes($0.1.key.utf8) })
        else {
            return try encode(Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last }))
        }
        var json = "{"
        for (index, pair) in pairs.enumerated() {
            if index > 0 { json += "," }
            json += "\"" + pair.key + "\":\"" + pair.value + "\""
        }
        return json + "}"
    }

    /// Keys must be ASCII too, so that sorting them by code point is the encoder's order.
    private static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x7F }
    }
}
