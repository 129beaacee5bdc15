import OutreachCore

/// Names one duty on the command line: by number, or by a session and the office that owes it
/// (without the office, the session must be the follow-up session planned for a duty).
public enum DutyTarget: Sendable, Equatable {
    case id(Int64)
    case session(SessionCode, unit: UnitCode?)
}

/// An office's plan to re-run a session for its own units (`cascade plan`).
public struct CascadePlanRequest: Sendable {
    public var parent: SessionCode
    public var unit: UnitCode
    /// The child session's code; `PARENT-UNIT` when not given.
    public var code: SessionCode?
    public var date: CalendarDate
    public var days: Int
    public var venue: String
    public var place: String?
    /// People each subordinate unit sends (or the office's own staff when it has no units below it).
    public var perUnit: Int
    /// Roles the places accept; every role of the parent when empty.
    public var roles: [RoleCode]
    /// The follow-up the child session requires in turn, if any.
    public var followUp: FollowUpRule?

    public init(
        parent: SessionCode, unit: UnitCode, code: SessionCode? = nil, date: CalendarDate, days: Int = 1,
        venue: String, place: String? = nil, perUnit: Int = 1, roles: [RoleCode] = [], followUp: FollowUpRule? = nil
    ) {
        self.parent = parent
        self.unit = unit
        self.code = code
        self.date = date
        self.days = days
        self.venue = venue
        self.place = place
        self.perUnit = perUnit
        self.roles = roles
        self.followUp = followUp
    }
}

/// What an office reports on its duty: typed figures, or counted from its child session's attendance.
public struct CascadeReportRequest: Sendable {
    public var target: DutyTarget
    public var held: CalendarDate?
    public var reachedUnits: Int?
    public var reachedPeople: Int?
    public var fromAttendance: Bool
    public var note: String?

    public init(
        target: DutyTarget, held: CalendarDate? = nil, reachedUnits: Int? = nil, reachedPeople: Int? = nil,
        fromAttendance: Bool = false, note: String? = nil
    ) {
        self.target = target
        self.held = held
        self.reachedUnits = reachedUnits
        self.reachedPeople = reachedPeople
        self.fromAttendance = fromAttendance
        self.note = note
    }
}
