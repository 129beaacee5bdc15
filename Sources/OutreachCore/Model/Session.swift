/// The facts of a training or outreach session (*đợt tập huấn, tuyên truyền*), as planned.
public struct Session: Hashable, Sendable, Codable {
    public var code: SessionCode
    public var title: String
    public var kind: Slug
    public var topic: String?
    public var content: [String]
    /// The issuing body, printed in the document header (`SGDDT-LCI`).
    public var organiser: UnitCode
    /// The division that runs it (*Văn phòng*).
    public var managedBy: UnitCode?
    /// The division that funds it (*Phòng Kế hoạch - Tài chính*).
    public var fundedBy: UnitCode?
    public var plan: PlanDocument?
    /// The place named in the date line (`Lào Cai, ngày …`).
    public var place: String
    public var venue: String
    public var starts: CalendarDate
    public var days: Int
    public var startTime: ClockTime?
    public var endTime: ClockTime?
    public var attendanceBy: AttendancePeriod
    /// The parts held and their times (`schedule:`); nil = every day has both half-days (or is one whole day).
    public var schedule: [ScheduledPart]?
    public var nominationDeadline: CalendarDate?
    public var roles: [Role]
    public var followUp: FollowUpRule?
    public var status: SessionStatus
    public var parent: SessionCode?
    /// The budget lines (*dự toán*), when the template lists them.
    public var budget: SessionBudget?
    /// The document texts the session's Word documents use (`documents:`), and its legal basis.
    public var documents: SessionDocuments?

    /// The last day of the session.
    public var ends: CalendarDate { starts.adding(days: days - 1) }

    /// The role with this code, if the session defines it.
    public func role(_ code: RoleCode) -> Role? { roles.first { $0.code == code } }

    /// Whether nominations are closed on `today` (the deadline day itself is still open).
    /// Where the session stood on `day`: one the database holds as held or settled had not yet taken place
    /// before its first day (a `--today` set earlier than what the database records); otherwise as stored.
    public func status(on day: CalendarDate) -> SessionStatus {
        guard day < starts, status == .held || status == .settled else { return status }
        return isPastDeadline(on: day) ? .planned : .open
    }

    public func isPastDeadline(on today: CalendarDate) -> Bool {
        guard let deadline = nominationDeadline else { return false }
        return deadline < today
    }
}

/// The document that decided the session (*Kế hoạch số …*), printed on its lists.
public struct PlanDocument: Hashable, Sendable, Codable {
    public var number: String?
    public var date: CalendarDate?
    public var signer: String?
    public var signerTitle: String?
    public var signerOnBehalf: String?
    /// The kind of document (Decree 30's *thể loại*) as it is named in print: "Kế hoạch" when not given,
    /// "Công văn" for a dispatch (seeds 000–002: "V/v …").
    public var type: String? = nil

    /// How a list or tracker refers to it: "Công văn số 1370/UBND-NV", "Kế hoạch số 298/KH-LĐLĐ"; `fallback`
    /// (the plan's code) when it has no number.
    public func reference(fallback: String) -> String {
        Language.vi.text { $0.planReference(type, number, fallback) }
    }
}

/// The `documents:` map of a session file: which texts of `Templates/documents/` its plan, invitations, decision
/// and certificates use (by file name without `.md`), and the legal basis its plan cites.
public struct SessionDocuments: Hashable, Sendable, Codable {
    public var basis: [String]
    public var plan: String?
    public var invitation: String?
    public var budgetDecision: String?
    public var certificate: String?

    public init(
        basis: [String] = [], plan: String? = nil, invitation: String? = nil, budgetDecision: String? = nil,
        certificate: String? = nil
    ) {
        self.basis = basis
        self.plan = plan
        self.invitation = invitation
        self.budgetDecision = budgetDecision
        self.certificate = certificate
    }
}

/// How attendance is kept: per half-day (*buổi*) or per day.
public enum AttendancePeriod: String, Hashable, Sendable, Codable, CaseIterable {
    case halfDay = "half-day"
    case day
}

/// Where a session stands in its life.
public enum SessionStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case planned, open, held, settled

    /// The label shown in listings.
    public func label(_ lang: Language) -> String {
        switch self {
        case .planned: lang.text { $0.planned }
        case .open: lang.text { $0.openText }
        case .held: lang.text { $0.held }
        case .settled: lang.text { $0.settled }
        }
    }
}

/// The follow-up every attending office owes (*tuyên truyền lại*), kept as data for the cascade.
public struct FollowUpRule: Hashable, Sendable, Codable {
    public var required: Bool
    public var dueDaysAfter: Int?
    public var dueDate: CalendarDate?
    public var audience: String?
    public var note: String?
    /// Days after the due date during which a follow-up not yet reported is overdue; after them it is missing.
    public var missingAfterDays: Int?
    /// The kinds of attending office that owe it; every kind when nil.
    public var kinds: [UnitKind]?

    public init(
        required: Bool = true, dueDaysAfter: Int? = nil, dueDate: CalendarDate? = nil, audience: String? = nil,
        note: String? = nil, missingAfterDays: Int? = nil, kinds: [UnitKind]? = nil
    ) {
        self.kinds = kinds
        self.required = required
        self.dueDaysAfter = dueDaysAfter
        self.dueDate = dueDate
        self.audience = audience
        self.note = note
        self.missingAfterDays = missingAfterDays
    }

    /// Days after the session when the template gives no due date: 30.
    public static let defaultDueDays = 30
    /// Days a duty stays overdue before it is missing, when the template does not say: 30.
    public static let defaultMissingAfterDays = 30

    /// The due date for a session that ended on `ends`: the fixed date, else N days after the last day.
    public func due(after ends: CalendarDate) -> CalendarDate {
        dueDate ?? ends.adding(days: dueDaysAfter ?? Self.defaultDueDays)
    }

    /// Whom the follow-up must reach (subordinate units unless the template says people).
    public var audienceKind: DutyAudience {
        audience.flatMap(DutyAudience.init(rawValue:)) ?? .subordinateUnits
    }
}
