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

/// A problem with one field of a template, in both languages; the loader adds the file and line.
struct TemplateFieldError: Error {
    var path: [String]
    var text: LocalizedText

    init(_ codingPath: [any CodingKey], _ words: Words) {
        path = codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
        text = LocalizedText(words)
    }

    init(_ codingPath: [any CodingKey], _ text: LocalizedText) {
        path = codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
        self.text = text
    }
}

extension Decoder {
    /// Refuses keys a type does not know, so a typo in a template is an error instead of a silently ignored line.
    func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws {
        let known = Set(Keys.allCases.map(\.stringValue))
        let container = try container(keyedBy: AnyCodingKey.self)
        for key in container.allKeys where !known.contains(key.stringValue) {
            let known = Keys.allCases.map(\.stringValue).joined(separator: ", ")
            throw TemplateFieldError(
                codingPath + [key], { $0.unknownKeyStringValueExpectedOne(key.stringValue, known) })
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

    /// Decodes an optional list of text, each item checked as `decodeText` checks one and named by its
    /// place (`content[2]`); empty items are dropped.
    func decodeTextList(forKey key: Key) throws -> [String] {
        let raw = try decodeIfPresent([String].self, forKey: key) ?? []
        return try raw.enumerated().compactMap { index, item in
            if VietnameseText.normalized(item).isEmpty { return nil }
            return try Self.checkedText(item, codingPath: codingPath + [key, AnyCodingKey(intValue: index)])
        }
    }

    private static func checkedText(_ raw: String, codingPath: [any CodingKey]) throws -> String {
        let text = VietnameseText.normalized(raw)
        if text.isEmpty {
            throw TemplateFieldError(codingPath, { $0.mustNotBeEmpty })
        }
        if VietnameseText.containsControlCharacters(text) {
            throw TemplateFieldError(codingPath, { $0.containsControlCharacters })
        }
        if text.count > TextLimits.maximumLength {
            throw TemplateFieldError(
                codingPath, { $0.longerThanMaximumLengthCharacters(TextLimits.maximumLength) })
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
            throw TemplateFieldError(
                codingPath, { $0.notARealDate(raw) })
        }
    }

    /// Decodes a value from a closed list (`nguoi-ngay`, `buoi`…), naming the allowed values when it is not one.
    func decodeChoice<T: RawRepresentable & CaseIterable>(_ type: T.Type, forKey key: Key) throws -> T
    where T.RawValue == String {
        try Self.choice(try decode(String.self, forKey: key), codingPath: codingPath + [key])
    }

    /// Decodes an optional value from a closed list.
    func decodeChoiceIfPresent<T: RawRepresentable & CaseIterable>(_ type: T.Type, forKey key: Key) throws -> T?
    where T.RawValue == String {
        guard let raw = try decodeIfPresent(String.self, forKey: key) else { return nil }
        return try Self.choice(raw, codingPath: codingPath + [key])
    }

    private static func choice<T: RawRepresentable & CaseIterable>(_ raw: String, codingPath: [any CodingKey]) throws -> T
    where T.RawValue == String {
        guard let value = T(rawValue: raw) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw TemplateFieldError(
                codingPath, { $0.rawIsNotAllowedChoose(raw, allowed) })
        }
        return value
    }

    /// Decodes an optional time of day (`08:00`).
    func decodeTimeIfPresent(forKey key: Key) throws -> ClockTime? {
        guard let raw = try decodeIfPresent(String.self, forKey: key) else { return nil }
        do {
            return try ClockTime(raw)
        } catch {
            throw TemplateFieldError(
                codingPath + [key], { $0.notAValidTime(raw) })
        }
    }
}

/// Limits on free text, so a pasted document cannot end up in a cell or a name.
public enum TextLimits {
    /// The longest name, title or venue accepted (a sheet cell holds 32,767).
    public static let maximumLength = 1_000
}
