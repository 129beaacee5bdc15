import OutreachCore
import OutreachStore

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
