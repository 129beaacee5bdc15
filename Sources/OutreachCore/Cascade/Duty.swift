/// What a duty asks of a unit. One mechanism serves every "a unit owes something by a date":
/// the follow-up of a session now, registrations and periodic reports of a plan later.
public enum DutyKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Re-run a session for one's own units and people (*tuyên truyền lại*).
    case followUp = "follow-up"
    /// Register for an emulation movement (*đăng ký thi đua*).
    case registration
    /// Launch emulation among one's own units (*phát động thi đua*).
    case launch
    /// Send a periodic report (*báo cáo sơ kết, tổng kết*).
    case periodicReport = "periodic-report"
    /// Sign the bloc's emulation compact (*ký kết giao ước thi đua*).
    case compact
    /// Anything else a plan or dispatch asks for by a date.
    case other

    /// The label shown in listings.
    public func label(_ lang: Language) -> String {
        switch self {
        case .followUp: lang.text { $0.followUp }
        case .registration: lang.text { $0.registration }
        case .launch: lang.text { $0.launch }
        case .periodicReport: lang.text { $0.periodicReport }
        case .compact: lang.text { $0.compactSigned }
        case .other: lang.text { $0.otherDuty }
        }
    }
}

/// Whom a follow-up must reach: the units below the office, or the people who work there.
public enum DutyAudience: String, Hashable, Sendable, Codable, CaseIterable {
    case subordinateUnits = "subordinate-units"
    case people
}

/// How a duty's people audience was counted when the duty was fixed.
public enum AudienceCount: String, Hashable, Sendable, Codable, CaseIterable {
    /// From the units' staff figures (`staff:` in the units file), people known to the database standing in
    /// for a unit without one.
    case staff
    /// No unit at or below the office had a staff figure: only the people already in the database.
    case knownPeople = "known-people"
}

/// One unit's obligation, fixed when it is created: who owes it, to whom, by when, and the audience it must
/// reach as counted that day (units opened, closed or merged later do not change it).
public struct Duty: Hashable, Sendable, Codable {
    public var id: Int64
    public var kind: DutyKind
    /// What the duty comes from: the session code of a follow-up (a plan code later).
    public var scope: String
    public var session: SessionCode?
    public var unit: UnitCode
    /// The office the report goes to, which may accept it.
    public var owedTo: UnitCode
    public var due: CalendarDate
    /// After this day a duty still not done counts as missing rather than overdue.
    public var closes: CalendarDate
    public var audience: DutyAudience
    public var audienceUnits: Int
    public var audiencePeople: Int
    /// How `audiencePeople` was counted.
    public var audiencePeopleFrom: AudienceCount
    public var note: String?
    /// The session the unit planned to discharge it (`cascade plan`).
    public var childSession: SessionCode?
    public var acceptedOn: CalendarDate?
    public var acceptedBy: UnitCode?
    public var createdOn: CalendarDate

    public init(
        id: Int64, kind: DutyKind, scope: String, session: SessionCode?, unit: UnitCode, owedTo: UnitCode,
        due: CalendarDate, closes: CalendarDate, audience: DutyAudience, audienceUnits: Int, audiencePeople: Int,
        note: String? = nil, childSession: SessionCode? = nil, acceptedOn: CalendarDate? = nil,
        acceptedBy: UnitCode? = nil, createdOn: CalendarDate, audiencePeopleFrom: AudienceCount = .knownPeople
    ) {
        self.id = id
        self.kind = kind
        self.scope = scope
        self.session = session
        self.unit = unit
        self.owedTo = owedTo
        self.due = due
        self.closes = closes
        self.audience = audience
        self.audienceUnits = audienceUnits
        self.audiencePeople = audiencePeople
        self.audiencePeopleFrom = audiencePeopleFrom
        self.note = note
        self.childSession = childSession
        self.acceptedOn = acceptedOn
        self.acceptedBy = acceptedBy
        self.createdOn = createdOn
    }

    /// The audience the duty must reach, in its own measure (units or people).
    public var audienceSize: Int { audience == .people ? audiencePeople : audienceUnits }
}

/// What a unit reported to discharge a duty. A correction is a new report; the earlier ones are kept.
public struct DutyReport: Hashable, Sendable, Codable {
    public var id: Int64
    public var duty: Int64
    /// The day the follow-up was held (the duty was done): timeliness is judged on it.
    public var done: CalendarDate
    /// The day the report was recorded: a view of an earlier day does not see it.
    public var reported: CalendarDate
    public var reachedUnits: Int
    public var reachedPeople: Int
    /// `typed` (figures given) or `attendance` (counted from the child session's attendance).
    public var source: String
    public var note: String?
    public var recordedBy: UnitCode?

    public init(
        id: Int64, duty: Int64, done: CalendarDate, reported: CalendarDate, reachedUnits: Int, reachedPeople: Int,
        source: String, note: String? = nil, recordedBy: UnitCode? = nil
    ) {
        self.id = id
        self.duty = duty
        self.done = done
        self.reported = reported
        self.reachedUnits = reachedUnits
        self.reachedPeople = reachedPeople
        self.source = source
        self.note = note
        self.recordedBy = recordedBy
    }
}

/// Where a duty stands on a given day.
///
/// The boundaries: done on or before the due date and reported by the closing date is on time; done
/// after the due date, or reported after the closing date, is late. Not done: `due` up to and
/// including the due date; `overdue` from the day after it up to and including the closing date;
/// `missing` after the closing date. A report recorded after the day looked at is not seen.
public enum DutyStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case due
    case onTime = "on-time"
    case late
    case overdue
    case missing

    /// The status of a duty due on `due`, closing on `closes`, done on `done` and reported on `reported`
    /// (if reported at all), on `today`. Done on time needs both: held by the due date, and reported by the
    /// closing date, so a report sent months later cannot turn a missing duty into one done on time.
    public static func of(
        due: CalendarDate, closes: CalendarDate, done: CalendarDate?, reported: CalendarDate?, today: CalendarDate
    ) -> DutyStatus {
        if let done { return done <= due && (reported ?? done) <= closes ? .onTime : .late }
        if today <= due { return .due }
        return today <= closes ? .overdue : .missing
    }

    /// Whether the duty has been discharged.
    public var isDone: Bool { self == .onTime || self == .late }

    /// The label shown in listings and workbooks.
    public func label(_ lang: Language) -> String {
        switch self {
        case .due: lang.text { $0.due }
        case .onTime: lang.text { $0.doneOnTime }
        case .late: lang.text { $0.doneLate }
        case .overdue: lang.text { $0.overdue }
        case .missing: lang.text { $0.missing }
        }
    }
}
