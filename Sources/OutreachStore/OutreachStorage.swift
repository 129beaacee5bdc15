import Foundation
import OutreachCore

/// The use cases a storage engine carries out, each in one transaction: what every front end (the command line,
/// the server's pages and API, the demo) calls, and what a second engine (PostgreSQL, a later issue) implements.
///
/// Each writing function takes the acting principal and the day in a `CommandContext`, fetches the facts its rules
/// need inside its transaction, calls the pure rules of `OutreachCore` (`Authority`, `PersonIdentity`,
/// `QuotaRules`, the deadlines on `Session`…), saves, writes its audit line, and commits or changes nothing. An
/// engine implements storage only: it never decides a rule itself, so both engines give the same answers, and
/// the same errors, to the same calls. `AppDatabase` (SQLite through GRDB) is the embedded engine.
///
/// Engine-level steps that are not use cases (opening or creating a database, migrations, backup, integrity
/// check) stay with each engine's own type.
public protocol OutreachStorage: AnyObject, Sendable {
    // MARK: Units and sessions (reference data: the operator and the organiser)
    func importUnits(_ list: UnitListTemplate, source: String, context: CommandContext) throws(OutreachError) -> UnitImportSummary
    func units() throws(OutreachError) -> [OrgUnit]
    func unit(_ code: UnitCode) throws(OutreachError) -> OrgUnit
    func createSession(yaml: String, file: String, context: CommandContext) throws(OutreachError) -> (session: Session, quotas: [PlannedQuota])
    func setQuota(session code: SessionCode, unit: UnitCode, role: RoleCode, count: Int, force: Bool, context: CommandContext) throws(OutreachError) -> QuotaChange
    func sessions() throws(OutreachError) -> [Session]
    func session(_ code: SessionCode) throws(OutreachError) -> Session
    func quotas(session code: SessionCode) throws(OutreachError) -> [UnitQuota]
    func quotaStatus(session code: SessionCode, visibleTo principal: Principal) throws(OutreachError) -> [QuotaStatus]

    // MARK: What a principal may see (the server's pages and API)
    func sessions(visibleTo principal: Principal) throws(OutreachError) -> [Session]
    func session(_ code: SessionCode, visibleTo principal: Principal) throws(OutreachError) -> Session
    func organises(_ code: SessionCode, principal: Principal) throws(OutreachError) -> Bool
    func nominees(session code: SessionCode, office: UnitCode, visibleTo principal: Principal) throws(OutreachError) -> [Nominee]
    func nominee(session code: SessionCode, number: Int64, visibleTo principal: Principal) throws(OutreachError) -> Nominee
    func nomineeRows(session code: SessionCode, office: UnitCode?, includeInactive: Bool, visibleTo principal: Principal) throws(OutreachError) -> [Nominee]
    func attendanceReport(session code: SessionCode, visibleTo principal: Principal) throws(OutreachError) -> AttendanceReport
    func nomineeList(session code: SessionCode, nameOrder: NameOrder, includeEmptyGroups: Bool, visibleTo principal: Principal) throws(OutreachError) -> NomineeList
    func authorizeWholeSession(_ code: SessionCode, funding: Bool, what: LocalizedText, visibleTo principal: Principal) throws(OutreachError)
    func people(session code: SessionCode, office: UnitCode, matching text: String, visibleTo principal: Principal, limit: Int) throws(OutreachError) -> [PersonMatch]

    // MARK: Nominations and reserves
    func addNominee(_ request: NomineeRequest, context: CommandContext) throws(OutreachError) -> Nominee
    func confirm(session code: SessionCode, nominees keys: [String], context: CommandContext) throws(OutreachError) -> [Nominee]
    func confirmAll(session code: SessionCode, unit: UnitCode, context: CommandContext) throws(OutreachError) -> [Nominee]
    func withdraw(session code: SessionCode, nominee key: String, reason: String?, context: CommandContext) throws(OutreachError) -> Nominee
    func withdrawProposingReserve(session code: SessionCode, nominee key: String, reason: String?, context: CommandContext) throws(OutreachError) -> (withdrawn: Nominee, proposal: Nominee?)
    func replace(session code: SessionCode, nominee key: String, with request: NomineeRequest, context: CommandContext) throws(OutreachError) -> Nominee
    func promote(session code: SessionCode, place key: String, reserve reserveKey: String?, confirm: Bool, context: CommandContext) throws(OutreachError) -> Nominee
    func proposedReserve(session code: SessionCode, for nominee: Int64) throws(OutreachError) -> Nominee?
    func nomineesSharingPhone(session code: SessionCode, phone: String, except personID: Int64, visibleTo principal: Principal) throws(OutreachError) -> [PhoneSharer]
    func namesakes(ofPerson personID: Int64, visibleTo principal: Principal) throws(OutreachError) -> [KnownNamesake]
    func nominees(session code: SessionCode, includeInactive: Bool) throws(OutreachError) -> [Nominee]
    func nomineeList(session code: SessionCode, nameOrder: NameOrder, includeEmptyGroups: Bool) throws(OutreachError) -> NomineeList
    func findNominee(session code: SessionCode, key: String) throws(OutreachError) -> Nominee
    func history(session code: SessionCode, nominee key: String, visibleTo principal: Principal) throws(OutreachError) -> NominationHistory
    func authorizeImport(session: SessionCode, office: UnitCode, context: CommandContext) throws(OutreachError)
    func importNominees(_ source: NomineeRowSource, session code: SessionCode, partial: Bool, dryRun: Bool, context: CommandContext, progress: ((Int) -> Void)?) throws(OutreachError) -> NomineeImportOutcome

    // MARK: Attendance
    func markAttendance(session code: SessionCode, nominee key: String, status: AttendanceStatus, part: SessionPart?, note: String?, context: CommandContext) throws(OutreachError) -> [AttendanceMark]
    func recordWalkIn(_ request: NomineeRequest, replacing key: String?, status: AttendanceStatus, part: SessionPart?, context: CommandContext) throws(OutreachError) -> Nominee
    func importAttendance(_ rows: [AttendanceImportRow], session code: SessionCode, partial: Bool, dryRun: Bool, context: CommandContext) throws(OutreachError) -> AttendanceImportOutcome
    func attendanceReport(session code: SessionCode, asOf: CalendarDate?) throws(OutreachError) -> AttendanceReport
    func attendanceMarks(session code: SessionCode, asOf: CalendarDate?) throws(OutreachError) -> [AttendanceMark]

    // MARK: Budget
    func recordActual(session code: SessionCode, line: Slug, unit: UnitCode?, amount: Int64, note: String?, adding: Bool, rates: RateBook?, context: CommandContext) throws(OutreachError) -> ActualRecording
    func budgetActuals(session code: SessionCode, asOf: CalendarDate?) throws(OutreachError) -> [BudgetActual]
    func officeAttendance(session code: SessionCode, asOf: CalendarDate?) throws(OutreachError) -> [UnitCode: OfficeAttendance]?
    func attendees(session code: SessionCode, asOf: CalendarDate?) throws(OutreachError) -> Attendees?
    func budgetEstimate(session code: SessionCode, rates: RateBook, today: CalendarDate) throws(OutreachError) -> BudgetEstimate
    func budgetStatement(session code: SessionCode, rates: RateBook, today: CalendarDate) throws(OutreachError) -> BudgetStatement

    // MARK: The follow-up cascade
    func openCascade(session code: SessionCode, invited: Bool, context: CommandContext) throws(OutreachError) -> [Duty]
    func planCascade(_ request: CascadePlanRequest, context: CommandContext) throws(OutreachError) -> (session: Session, duty: Duty, quotas: Int)
    func reportDuty(_ request: CascadeReportRequest, context: CommandContext) throws(OutreachError) -> (duty: Duty, report: DutyReport, previous: DutyReport?)
    func acceptDuty(_ target: DutyTarget, context: CommandContext) throws(OutreachError) -> Duty
    func reopenDuty(_ target: DutyTarget, reason: String, context: CommandContext) throws(OutreachError) -> Duty
    func cascadeTree(session code: SessionCode, today: CalendarDate, visibleTo principal: Principal) throws(OutreachError) -> CascadeTree
    func cascadeOpened(session code: SessionCode) throws(OutreachError) -> Bool
    func dutyReports(_ target: DutyTarget) throws(OutreachError) -> (duty: Duty, reports: [DutyReport])
    func cascadeReminders(session code: SessionCode, today: CalendarDate, level: Int?) throws(OutreachError) -> [CascadeReminder]

    // MARK: Plans, their duties and emulation blocs
    func importPlan(yaml: String, file: String, context: CommandContext) throws(OutreachError) -> (plan: ResolvedPlan, outcome: PlanImportOutcome)
    func plans() throws(OutreachError) -> [ResolvedPlan]
    func plan(_ code: UnitCode) throws(OutreachError) -> ResolvedPlan
    func reportPlanDuty(_ request: PlanDutyReportRequest, context: CommandContext) throws(OutreachError) -> (line: PlanDutyLine, previous: PlanReport?)
    func setPlanDutyDue(plan code: UnitCode, duty: Slug, period: DutyPeriod, due: CalendarDate, context: CommandContext) throws(OutreachError) -> (previous: CalendarDate, due: CalendarDate, duties: Int)
    func planDuties(_ code: UnitCode, today: CalendarDate, unit: UnitCode?) throws(OutreachError) -> (plan: ResolvedPlan, lines: [PlanDutyLine])
    func awardEligibility(_ code: UnitCode, today: CalendarDate) throws(OutreachError) -> (plan: ResolvedPlan, rule: AwardRule, units: [AwardEligibility])
    func planReminders(_ code: UnitCode, today: CalendarDate, within days: Int) throws(OutreachError) -> [CascadeReminder]
    func markActivityDone(_ request: ActivityDoneRequest, context: CommandContext) throws(OutreachError) -> (activity: PlanActivity, mark: ActivityMark, previous: ActivityMark?)
    func planProgress(_ code: UnitCode, today: CalendarDate) throws(OutreachError) -> (plan: ResolvedPlan, quarters: [QuarterProgress])
    func createBloc(code: UnitCode, name: String, plan planCode: UnitCode, chair: UnitCode, deputy: UnitCode?, members: [UnitCode], context: CommandContext) throws(OutreachError) -> BlocView
    func addBlocMembers(_ code: UnitCode, units: [UnitCode], context: CommandContext) throws(OutreachError) -> BlocView
    func scoreBloc(_ code: UnitCode, unit: UnitCode, criterion: Slug, points: Int, context: CommandContext) throws(OutreachError) -> BlocView
    func bloc(_ code: UnitCode, asOf: CalendarDate?) throws(OutreachError) -> BlocView
    func blocs(plan code: UnitCode) throws(OutreachError) -> [UnitCode]
    func issueBlocScale(_ code: UnitCode, yaml: String, file: String, context: CommandContext) throws(OutreachError) -> BlocView
    func selfScoreBloc(_ code: UnitCode, unit: UnitCode, points: [Slug: Int], context: CommandContext) throws(OutreachError) -> BlocView
    func crossCheckBloc(_ code: UnitCode, unit: UnitCode, checker: UnitCode, points: [Slug: Int], remark: String?, context: CommandContext) throws(OutreachError) -> BlocView
    func voteBloc(_ code: UnitCode, ballot: BlocBallotRequest, context: CommandContext) throws(OutreachError) -> BlocView
    func recordBlocMeeting(_ code: UnitCode, kind: BlocMeetingKind, on day: CalendarDate, present: [UnitCode], note: String?, context: CommandContext) throws(OutreachError) -> BlocView

    // MARK: Access for offices (the server's sign-in)
    func grantAccess(unit: UnitCode, expires: CalendarDate?, context: CommandContext) throws(OutreachError) -> AccessGrant
    func revokeAccess(unit: UnitCode, context: CommandContext) throws(OutreachError) -> Int
    func checkAccess(token: String, now: Date, markUsed: Bool) throws(OutreachError) -> AccessCheck
    func checkAccess(account id: Int64, now: Date) throws(OutreachError) -> AccessCheck
    func markAccessUsed(account id: Int64, at now: Date) throws(OutreachError)
    func accessList(context: CommandContext) throws(OutreachError) -> [AccessEntry]

    // MARK: The audit log and the demo
    func auditLog(key: String?) throws(OutreachError) -> [AuditEntry]
    func auditLog(session: SessionCode?, unit: UnitCode?, since: CalendarDate?) throws(OutreachError) -> [AuditEntry]
    func changesSinceDemo() throws(OutreachError) -> [DemoChange]
    func markAsDemo() throws(OutreachError)
    func isDemo() throws(OutreachError) -> Bool
}

/// The defaults front ends rely on, for any engine.
extension OutreachStorage {
    public func nominees(session code: SessionCode) throws(OutreachError) -> [Nominee] {
        try nominees(session: code, includeInactive: false)
    }

    public func auditLog() throws(OutreachError) -> [AuditEntry] {
        try auditLog(key: nil)
    }

    public func attendanceMarks(session code: SessionCode) throws(OutreachError) -> [AttendanceMark] {
        try attendanceMarks(session: code, asOf: nil)
    }

    public func quotaStatus(session code: SessionCode) throws(OutreachError) -> [QuotaStatus] {
        try quotaStatus(session: code, visibleTo: .databaseOperator)
    }

    public func openCascade(session code: SessionCode, context: CommandContext) throws(OutreachError) -> [Duty] {
        try openCascade(session: code, invited: false, context: context)
    }

    public func cascadeTree(session code: SessionCode, today: CalendarDate) throws(OutreachError) -> CascadeTree {
        try cascadeTree(session: code, today: today, visibleTo: .databaseOperator)
    }

    /// `session quota [--unit U]`: the quotas `principal` may see, or one office's. An office it may not see is a
    /// refusal of rights (the same `viewOffice` check as a nominee list), one the session does not invite is
    /// "not invited": the command line and the API give the same answer from here.
    public func quotaStatus(
        session code: SessionCode, office: UnitCode?, visibleTo principal: Principal
    ) throws(OutreachError) -> [QuotaStatus] {
        let statuses = try quotaStatus(session: code, visibleTo: principal)
        guard let office else {
            // A unit that may see no office of the session is refused: a table of nothing would read as "no quotas".
            if statuses.isEmpty, principal != .databaseOperator {
                try authorizeWholeSession(code, funding: false, what: LocalizedText { $0.seeTheQuotasOfCode(code) }, visibleTo: principal)
            }
            return statuses
        }
        let own = statuses.filter { $0.unit == office.rawValue }
        if own.isEmpty, principal != .databaseOperator {
            _ = try nomineeRows(session: code, office: office, includeInactive: false, visibleTo: principal)
        }
        if own.isEmpty { throw .notInvited(unit: office.rawValue, session: code.rawValue) }
        return own
    }

    /// `confirm` by keys, or `confirmAll` of `office`, with the numbers of the nominees named by key that were
    /// confirmed already before (a front end says they are unchanged).
    public func confirmNoting(
        session code: SessionCode, nominees keys: [String], office: UnitCode?, context: CommandContext
    ) throws(OutreachError) -> (confirmed: [Nominee], already: Set<Int64>) {
        if let office { return (try confirmAll(session: code, unit: office, context: context), []) }
        let before = keys.map { try? findNominee(session: code, key: $0) }
        let already = Set(before.compactMap { $0?.nomination.status == .confirmed ? $0?.nomination.id : nil })
        return (try confirm(session: code, nominees: keys, context: context), already)
    }
}

/// The embedded engine: every use case above, on SQLite.
extension AppDatabase: OutreachStorage {}

extension OutreachStorage {
    /// A nominee's history as the database's operator sees it (every office).
    public func history(session code: SessionCode, nominee key: String) throws(OutreachError) -> NominationHistory {
        try history(session: code, nominee: key, visibleTo: .databaseOperator)
    }
}
