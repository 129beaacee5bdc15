/// A nominee as JSON: one shape for `outreach nominee … --json`, the server's API and what the command line
/// reads back from that API (`--server`).
public struct NomineeJSON: Codable, Sendable {
    public var id: Int64
    public var person: Int64
    public var name: String
    public var position: String?
    public var workplace: String?
    public var worksAt: String?
    public var sender: String
    public var role: String
    public var phone: String?
    public var status: String
    public var replaces: Int64?
    /// After a withdrawal: the reserve proposed to take the freed place.
    public var proposedReserve: Int64?
    /// The server's answer to `nominee add`: the session's other nominees with the same phone (`#12 Name`, only
    /// the number for an office the caller may not see), which the command warns of as locally. Never printed.
    public var sharingPhone: [String]?

    public init(_ nominee: Nominee) {
        id = nominee.nomination.id
        person = nominee.person.id
        name = nominee.person.fullName
        position = nominee.person.position
        workplace = nominee.workplace
        worksAt = nominee.person.unit?.rawValue
        sender = nominee.nomination.sender.rawValue
        role = nominee.nomination.role.rawValue
        phone = nominee.person.phone
        status = nominee.nomination.status.rawValue
        replaces = nominee.nomination.replaces
    }
}
