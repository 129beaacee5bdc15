/// A role as a clerk types it (`--role`, the API's `role`): the role's code (`giao-vien`) or its label in the session
/// (`"Giáo viên"`, `"giáo viên"`, `"Giao vien"`, the English label too). Roles are each session's own data, not a
/// closed list, so a label is resolved against the session named with it (by the command line, or by the server for
/// a command sent with `--server`).
public enum RoleArgument {
    /// The session's role this text names: by code, else by label with case, spacing, NFC/NFD and tone placement
    /// aside (`matchKey`), else by label without accents (`foldedKey`) when only one role fits; nil otherwise.
    public static func match(_ text: String, in roles: [Role]) -> Role? {
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
