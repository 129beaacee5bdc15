import Foundation
import OutreachCore

extension CLI {
    /// Says on stderr whom a name that is not the whole name found ("“Huong” → #12 Trịnh Thị Hương"), so an
    /// action never silently takes someone the user did not type; numbers and phones name exactly.
    func noteMatch(_ key: String, _ nominee: Nominee) {
        noteMatch(key, NomineeJSON(nominee))
    }

    /// The same for a nominee as the server answers it (`--server`).
    func noteMatch(_ key: String, _ nominee: NomineeJSON) {
        let trimmed = key.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed
        if !digits.isEmpty, digits.allSatisfy(\.isASCII), Int64(digits) != nil { return }
        if (try? PhoneNumber.normalized(trimmed)) != nil { return }
        if NameSearch.isExact(trimmed, name: nominee.name) { return }
        FileHandle.standardError.write(Data(lang.text { $0.trimmedIsIdNameSender(trimmed, nominee.id, nominee.name, nominee.sender) }.utf8))
    }
}
