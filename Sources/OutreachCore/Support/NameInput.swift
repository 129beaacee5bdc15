/// A full name as typed by an office, checked and tidied before it goes on an official list.
public enum NameInput {
    /// The name NFC-normalised, with single spaces and each word capitalised ("nguyễn văn AN" → "Nguyễn Văn An");
    /// refuses empty names, single words, digits, control characters, anything longer than 100 characters, and
    /// names not starting with a letter (so no name can begin like a spreadsheet formula: `=`, `+`, `-`, `@`).
    /// A bad name is `invalidInput(.name)`, or, given the `field` of a file (a column), `invalidValue` there.
    public static func tidied(_ raw: String, field: String? = nil) throws(OutreachError) -> String {
        let name = VietnameseText.normalized(raw)
        let facts = FastVietnameseText.nameFacts(name)
        let reason: LocalizedText?
        if let facts {
            reason = problem(isEmpty: name.isEmpty, startsWithLetter: facts.startsWithLetter,
                             hasControl: facts.hasControl, characters: facts.characters, hasDigit: facts.hasDigit,
                             hasSpace: facts.hasSpace)
        } else {
            reason = problem(isEmpty: name.isEmpty, startsWithLetter: name.first?.isLetter ?? false,
                             hasControl: VietnameseText.containsControlCharacters(name), characters: name.count,
                             hasDigit: name.contains(where: \.isNumber), hasSpace: name.contains(" "))
        }
        if let reason {
            guard let field else { throw .invalidInput(.name, value: raw, reason: reason) }
            throw .invalidValue(field: field, value: raw, reason: reason)
        }
        if facts != nil, let words = FastVietnameseText.capitalizedWords(name) { return words }
        return name.split(separator: " ").map { word in
            guard let first = word.first else { return "" }
            return VietnameseText.uppercased(String(first)) + word.dropFirst().lowercased()
        }
        .joined(separator: " ")
    }

    private static func problem(
        isEmpty: Bool, startsWithLetter: Bool, hasControl: Bool, characters: Int, hasDigit: Bool, hasSpace: Bool
    ) -> LocalizedText? {
        if isEmpty {
            return LocalizedText { $0.mustNotBeEmpty }
        } else if !startsWithLetter {
            return LocalizedText { $0.mustStartWithALetter }
        } else if hasControl {
            return LocalizedText { $0.containsControlCharacters }
        } else if characters > 100 {
            return LocalizedText { $0.isLongerThanCharacters }
        } else if hasDigit {
            return LocalizedText { $0.mustNotContainDigits }
        } else if !hasSpace {
            return LocalizedText { $0.needsFamilyAndGivenName }
        } else {
            return nil
        }
    }
}
