import OutreachCore
import OutreachStore

/// `--role` as a clerk types it: the role's code (`giao-vien`) or its label in the session (`"Giáo viên"`, `"giáo
/// viên"`, `"Giao vien"`, the English label too). Roles are each session's own data, not a closed list, so a label is
/// resolved against the session named on the same command line.
enum RoleArgument {
    /// The session's role this text names: by code, else by label with case, spacing, NFC/NFD and tone placement
    /// aside (`matchKey`), else by label without accents (`foldedKey`) when only one role fits; nil otherwise.
    static func match(_ text: String, in roles: [Role]) -> Role? {
        if let code = RoleCode(rawValue: text.lowercased()), let role = roles.first(where: { $0.code == code }) {
            return role
        }
        let key = VietnameseText.matchKey(text)
        let labels = { (role: Role) in [role.name] + (role.nameEn.map { [$0] } ?? []) }
        if let role = roles.first(where: { labels($0).contains { VietnameseText.matchKey($0) == key } }) {
            return role
        }
        let folded = VietnameseText.foldedKey(text)
        let fits = roles.filter { role in
            VietnameseText.foldedKey(role.code.rawValue) == folded
                || labels(role).contains { VietnameseText.foldedKey($0) == folded }
        }
        return fits.count == 1 ? fits[0] : nil
    }
}

extension CLI {
    /// A `--role` for a session: a code as it is (the store refuses a code the session lacks, listing its roles), or
    /// a label of one of the session's roles. Only a text that cannot be a code opens the database to look it up;
    /// one that names no role is the same error as an unknown code, listing the session's roles.
    func roleCode(_ raw: String, session: SessionCode) throws(OutreachError) -> RoleCode {
        if let code = RoleCode(rawValue: raw.lowercased()) { return code }
        // Nothing to look up: the error that says what a role code is.
        if raw.allSatisfy(\.isWhitespace) { return try roleCode(raw) }
        let roles = try database().session(session).roles
        guard let role = RoleArgument.match(raw, in: roles) else {
            throw .unknownRole(role: raw, session: session.rawValue, known: roles.map(\.code.rawValue))
        }
        return role.code
    }
}
