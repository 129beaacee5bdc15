import Foundation
import OutreachCore

extension CLI {
    /// Says on stderr whom a name that is not the whole name found ("“Huong” → #12 Trịnh Thị Hương"), so an
    /// action never silently takes someone the user did not type; numbers and phones name exactly.
    func noteMatch(_ key: String, _ nominee: Nominee) {
        let trimmed = key.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed
        if !digits.isEmpty, digits.allSatisfy(\.isASCII), Int64(digits) != nil { return }
        if (try? PhoneNumber.normalized(trimmed)) != nil { return }
        if NameSearch.isExact(trimmed, name: nominee.person.fullName) { return }
        FileHandle.standardError.write(Data(lang.pick(
            "“\(trimmed)” là #\(nominee.nomination.id) \(nominee.person.fullName) (\(nominee.nomination.sender))\n",
            "“\(trimmed)” is #\(nominee.nomination.id) \(nominee.person.fullName) (\(nominee.nomination.sender))\n").utf8))
    }
}
