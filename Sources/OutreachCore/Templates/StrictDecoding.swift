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

    init(_ codingPath: [any CodingKey], vi: String, en: String) {
        path = codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
        text = LocalizedText(vi: vi, en: en)
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
                codingPath + [key], vi: "khóa “\(key.stringValue)” không hợp lệ; các khóa được dùng: \(known)",
                en: "unknown key “\(key.stringValue)”; expected one of: \(known)")
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
            throw TemplateFieldError(codingPath, vi: "không được để trống", en: "must not be empty")
        }
        if VietnameseText.containsControlCharacters(text) {
            throw TemplateFieldError(codingPath, vi: "chứa ký tự điều khiển", en: "contains control characters")
        }
        if text.count > TextLimits.maximumLength {
            throw TemplateFieldError(
                codingPath, vi: "dài quá \(TextLimits.maximumLength) ký tự",
                en: "longer than \(TextLimits.maximumLength) characters")
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
                codingPath, vi: "“\(raw)” không phải một ngày có thật (viết YYYY-MM-DD)", en: "\(error)")
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
                codingPath, vi: "“\(raw)” không hợp lệ; chọn một trong: \(allowed)",
                en: "“\(raw)” is not allowed; choose one of: \(allowed)")
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
                codingPath + [key], vi: "“\(raw)” không phải giờ hợp lệ (viết HH:MM)", en: "\(error)")
        }
    }
}

/// Limits on free text, so a pasted document cannot end up in a cell or a name.
public enum TextLimits {
    /// The longest name, title or venue accepted (a sheet cell holds 32,767).
    public static let maximumLength = 1_000
}
