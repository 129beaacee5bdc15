/// A full name as typed by an office, checked and tidied before it goes on an official list.
public enum NameInput {
    /// The name NFC-normalised, with single spaces and each word capitalised ("nguyễn văn AN" → "Nguyễn Văn An");
    /// refuses empty names, single words, digits, control characters, anything longer than 100 characters, and
    /// names not starting with a letter (so no name can begin like a spreadsheet formula: `=`, `+`, `-`, `@`).
    public static func tidied(_ raw: String, field: String = "--name") throws(OutreachError) -> String {
        let name = VietnameseText.normalized(raw)
        let reason: LocalizedText?
        if name.isEmpty {
            reason = LocalizedText(vi: "không được để trống", en: "must not be empty")
        } else if let first = name.first, !first.isLetter {
            reason = LocalizedText(vi: "phải bắt đầu bằng một chữ cái", en: "must start with a letter")
        } else if VietnameseText.containsControlCharacters(name) {
            reason = LocalizedText(vi: "chứa ký tự điều khiển", en: "contains control characters")
        } else if name.count > 100 {
            reason = LocalizedText(vi: "dài quá 100 ký tự", en: "is longer than 100 characters")
        } else if name.contains(where: \.isNumber) {
            reason = LocalizedText(vi: "không được chứa chữ số", en: "must not contain digits")
        } else if !name.contains(" ") {
            reason = LocalizedText(vi: "cần đủ họ và tên (ít nhất hai chữ)", en: "needs family and given name (two words at least)")
        } else {
            reason = nil
        }
        if let reason { throw .invalidValue(field: field, value: raw, reason: reason) }
        return name.split(separator: " ").map { word in
            guard let first = word.first else { return "" }
            return VietnameseText.uppercased(String(first)) + word.dropFirst().lowercased()
        }
        .joined(separator: " ")
    }
}
