/// The bodies of `/api/v1`'s writes and the answers the command line reads back from them (`--server`): one shape
/// each, encoded by the command line and decoded by the server, or the other way round. The answers carry what the
/// command prints locally, so it prints the same.

/// `--late --reason "…"`: a change after the nomination deadline, with its reason.
public struct LateJSON: Codable, Sendable, Equatable {
    public var late: Bool?
    public var reason: String?

    public init(late: Bool? = nil, reason: String? = nil) {
        self.late = late
        self.reason = reason
    }
}

/// A person put forward (`nominee add`) or taking a place (`nominee replace`, with `nominee`).
public struct NomineeBody: Codable, Sendable {
    /// The office whose place it takes (`nominee add`).
    public var office: String?
    public var worksAt: String?
    /// An existing person's number, instead of `name`.
    public var person: Int64?
    public var name: String?
    /// A role code or the role's label in the session.
    public var role: String
    public var position: String?
    public var phone: String?
    public var email: String?
    public var note: String?
    /// Listed as a reserve (dự bị) instead of taking a place.
    public var reserve: Bool?
    /// With `nominee replace`: the nominee replaced (number, phone or part of the name); with `attendance
    /// walk-in`, the nominee whose place the walk-in takes.
    public var nominee: String?
    public var late: Bool?
    public var reason: String?
    /// `attendance walk-in`: present or late (default present), and the part (`DATE:am`, `DATE:pm` or `DATE`;
    /// default every part held so far).
    public var status: String?
    public var part: String?

    public init(role: String) { self.role = role }
}

/// `nominee confirm`: nominees by number (`#12`), phone or part of the name; or every proposed one of `unit`.
public struct ConfirmBody: Codable, Sendable {
    public var nominees: [String]?
    public var unit: String?
    public var late: Bool?
    public var reason: String?

    public init(nominees: [String]? = nil, unit: String? = nil, late: Bool? = nil, reason: String? = nil) {
        self.nominees = nominees
        self.unit = unit
        self.late = late
        self.reason = reason
    }
}

/// What `nominee confirm` did: every nominee it names, and which of them were confirmed before already.
public struct ConfirmationJSON: Codable, Sendable {
    public var confirmed: [NomineeJSON]
    public var already: [Int64]

    public init(confirmed: [NomineeJSON], already: [Int64]) {
        self.confirmed = confirmed
        self.already = already
    }
}

/// `nominee withdraw` and `nominee promote`: the nominee whose place it is (number, phone or part of the name).
public struct PlaceBody: Codable, Sendable {
    public var nominee: String
    /// `nominee promote`: the reserve to promote (default: the first waiting).
    public var reserve: String?
    /// `nominee promote`: confirm the promoted reserve at once.
    public var confirm: Bool?
    public var late: Bool?
    public var reason: String?

    public init(nominee: String) { self.nominee = nominee }
}

/// What `nominee withdraw` did: the nominee withdrawn and the reserve proposed for the freed place.
public struct WithdrawalJSON: Codable, Sendable {
    public var withdrawn: NomineeJSON
    public var reserve: NomineeJSON?
    /// The parts the withdrawn nominee was marked present or late at (codes, `2022-05-10:am`).
    public var attended: [String]

    public init(withdrawn: NomineeJSON, reserve: NomineeJSON?, attended: [String]) {
        self.withdrawn = withdrawn
        self.reserve = reserve
        self.attended = attended
    }
}

/// What `nominee replace` did: the nominee as found before (nil when the key named nobody before) and the new one.
public struct ReplacementJSON: Codable, Sendable {
    public var before: NomineeJSON?
    public var nominee: NomineeJSON

    public init(before: NomineeJSON?, nominee: NomineeJSON) {
        self.before = before
        self.nominee = nominee
    }
}

/// `attendance mark`.
public struct AttendanceBody: Codable, Sendable {
    public var nominee: String
    /// present, late, excused or absent (or the sign-in sheet's words).
    public var status: String
    /// `DATE:am`, `DATE:pm` or `DATE`; every part expected when absent.
    public var part: String?
    public var note: String?

    public init(nominee: String, status: String, part: String? = nil, note: String? = nil) {
        self.nominee = nominee
        self.status = status
        self.part = part
        self.note = note
    }
}

/// One mark as `attendance mark --json` prints it.
public struct AttendanceMarkJSON: Codable, Sendable, Equatable {
    public var nomination: String
    public var part: String
    public var status: String

    public init(_ mark: AttendanceMark) {
        nomination = "\(mark.nominationID)"
        part = mark.part.code
        status = mark.status.rawValue
    }
}

/// `cascade report`: the duty (`duty`, or `session` with `unit`) and what was done.
public struct CascadeReportBody: Codable, Sendable {
    public var session: String?
    public var unit: String?
    public var duty: Int64?
    /// The day held, `YYYY-MM-DD` or `DD/MM/YYYY`.
    public var held: String?
    public var reachedUnits: Int?
    public var reachedPeople: Int?
    public var fromAttendance: Bool?
    public var note: String?

    public init() {}
}

/// What `cascade report` recorded, with the duty's status on the server's day.
public struct DutyReportJSON: Codable, Sendable {
    public var duty: Duty
    public var report: DutyReport
    /// Whether it corrects an earlier report.
    public var corrected: Bool
    public var status: DutyStatus

    public init(duty: Duty, report: DutyReport, corrected: Bool, status: DutyStatus) {
        self.duty = duty
        self.report = report
        self.corrected = corrected
        self.status = status
    }
}

/// A unit named by its name on the command line (`--server`): its code, as the server's lookup finds it.
public struct UnitLookupJSON: Codable, Sendable {
    public var code: String

    public init(code: String) { self.code = code }
}

