/// A coding key for any string, used to list every key a mapping really has.
struct AnyCodingKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }

    init(intValue: Int) {
        stringValue = "\(intValue)"
        self.intValue = intValue
    }
}

extension Decoder {
    /// Refuses keys a type does not know, so a typo in a template is an error instead of a silently ignored line.
    func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws {
        let known = Set(Keys.allCases.map(\.stringValue))
        let container = try container(keyedBy: AnyCodingKey.self)
        for key in container.allKeys where !known.contains(key.stringValue) {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath + [key],
                debugDescription: "unknown key “\(key.stringValue)”; expected one of: "
                    + Keys.allCases.map(\.stringValue).joined(separator: ", ")))
        }
    }
}

extension KeyedDecodingContainer {
    /// Decodes required text, NFC-normalised, refusing empty strings and control characters.
    func decodeText(forKey key: Key) throws -> String {
        let raw = try decode(String.self, forKey: key)
        return try Self.checkedText(raw, codingPath: codingPath + [key])
    }

    /// Decodes optional text, NFC-normalised; an empty string counts as absent.
    func decodeTextIfPresent(forKey key: Key) throws -> String? {
        guard let raw = try decodeIfPresent(String.self, forKey: key) else { return nil }
        if VietnameseText.normalized(raw).isEmpty { return nil }
        return try Self.checkedText(raw, codingPath: codingPath + [key])
    }

    private static func checkedText(_ raw: String, codingPath: [any CodingKey]) throws -> String {
        let text = VietnameseText.normalized(raw)
        if text.isEmpty {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "must not be empty"))
        }
        if VietnameseText.containsControlCharacters(text) {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath, debugDescription: "contains control characters"))
        }
        if text.count > TextLimits.maximumLength {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath, debugDescription: "longer than \(TextLimits.maximumLength) characters"))
        }
        return text
    }

    /// Decodes an ISO date (`2022-05-10`), reporting an impossible date at its key.
    func decodeDate(forKey key: Key) throws -> CalendarDate {
        let raw = try decode(String.self, forKey: key)
        return try Self.date(raw, codingPath: codingPath + [key])
    }

    /// Decodes an optional ISO date.
    func decodeDateIfPresent(forKey key: Key) throws -> CalendarDate? {
        guard let raw = try decodeIfPresent(String.self, forKey: key) else { return nil }
        return try Self.date(raw, codingPath: codingPath + [key])
    }

    private static func date(_ raw: String, codingPath: [any CodingKey]) throws -> CalendarDate {
        do {
            return try CalendarDate(iso: raw)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "\(error)"))
        }
    }

    /// Decodes an optional time of day (`08:00`).
    func decodeTimeIfPresent(forKey key: Key) throws -> ClockTime? {
        guard let raw = try decodeIfPresent(String.self, forKey: key) else { return nil }
        do {
            return try ClockTime(raw)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath + [key], debugDescription: "\(error)"))
        }
    }
}

/// Limits on free text, so a pasted document cannot end up in a cell or a name.
public enum TextLimits {
    /// The longest name, title or venue accepted (a sheet cell holds 32,767).
    public static let maximumLength = 1_000
}
