/// Checks free text typed by a user (position, note, reason, email) before it is stored or printed.
public enum FreeText {
    /// The text NFC-normalised with spaces collapsed, nil when empty; refuses control characters and
    /// text longer than `maxLength`, naming the field.
    /// The same check of a value given to a use case, named by what it is.
    public static func checked(_ raw: String?, input: InputField, maxLength: Int = 500) throws(OutreachError) -> String? {
        do {
            return try checked(raw, field: input.key, maxLength: maxLength)
        } catch {
            guard case .invalidValue(_, let value, let reason) = error else { throw error }
            throw .invalidInput(input, value: value, reason: reason)
        }
    }

    public static func checked(_ raw: String?, field: String, maxLength: Int = 500) throws(OutreachError) -> String? {
        guard let raw else { return nil }
        let text = VietnameseText.normalized(raw)
        if text.isEmpty { return nil }
        if VietnameseText.containsControlCharacters(text) || text.utf8.contains(0x0A) || text.utf8.contains(0x0D) {
            throw .invalidValue(field: field, value: String(raw.prefix(40)), reason: LocalizedText { $0.containsControlCharactersOrLine })
        }
        // Never fewer bytes than characters: most texts are told short without counting characters.
        if text.utf8.count > maxLength, text.count > maxLength {
            throw .invalidValue(field: field, value: String(text.prefix(40)) + "…", reason: LocalizedText { $0.isLongerThanMaxLengthCharacters(maxLength) })
        }
        return text
    }
}
