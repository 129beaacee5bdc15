/// A session as every front end sends it: `session list/show --json`, the API's `/api/v1/sessions`. One shape,
/// so a field added for one front end is there for the other.
public struct SessionJSON: Codable, Sendable, Equatable {
    public var code: String
    public var title: String
    public var organiser: String
    public var starts: String
    public var ends: String
    public var days: Int
    public var startTime: String?
    public var venue: String
    public var nominationDeadline: String?
    /// Days from the day the rules are judged on to the nomination deadline (0 on the day, negative after it);
    /// sent when the front end knows that day (the API), left out otherwise.
    public var daysLeft: Int?
    public var status: String
    /// The session's roles, code → name.
    public var roles: [String: String]

    /// `status` is the session's on the day the rules are judged on (`Session.status(on:)`: `today`, or `statusOn`
    /// for a front end that leaves out `daysLeft`), the same word the tables show; the stored one without a day.
    public init(_ session: Session, today: CalendarDate? = nil, statusOn: CalendarDate? = nil) {
        code = session.code.rawValue
        title = session.title
        organiser = session.organiser.rawValue
        starts = session.starts.iso
        ends = session.ends.iso
        days = session.days
        startTime = session.startTime?.vietnamese
        venue = session.venue
        nominationDeadline = session.nominationDeadline?.iso
        daysLeft = today.flatMap { today in session.nominationDeadline.map { today.days(to: $0) } }
        status = ((today ?? statusOn).map { session.status(on: $0) } ?? session.status).rawValue
        roles = Dictionary(uniqueKeysWithValues: session.roles.map { ($0.code.rawValue, $0.name) })
    }
}
