import Hummingbird
import OutreachCore
import OutreachOperations
import OutreachStore

/// `/api/v1`: the same operations as the pages, as JSON, for a bearer token. Documented in `OpenAPI.swift`.
struct APIController {
    let outreach: Outreach

    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("sessions", use: sessions)
        group.get("sessions/:code/quota", use: quota)
        group.get("sessions/:code/offices/:unit/nominees", use: nominees)
        group.post("sessions/:code/nominees", use: nominate)
        group.post("sessions/:code/nominees/:number/confirm", use: confirm)
        group.post("sessions/:code/nominees/:number/withdraw", use: withdraw)
        // The command line's nominee, attendance and cascade commands (`outreach --server URL --token CODE …`):
        // nominees named as there, by number, phone or part of the name.
        group.get("sessions/:code/nominees", use: list)
        group.post("sessions/:code/confirm", use: confirmByKey)
        group.post("sessions/:code/withdraw", use: withdrawByKey)
        group.post("sessions/:code/replace", use: replace)
        group.post("sessions/:code/promote", use: promote)
        group.get("sessions/:code/attendance", use: attendanceReport)
        group.post("sessions/:code/attendance", use: markAttendance)
        group.get("sessions/:code/cascade", use: cascadeStatus)
        group.post("cascade/report", use: reportDuty)
        group.get("units/lookup", use: lookupUnit)
        group.get("sessions/:code/history", use: history)
        group.post("sessions/:code/walk-ins", use: walkIn)
        group.post("imports/nominees", use: importNominees)
        addExportRoutes(to: group)
    }

    /// `nominee import FILE [--session S] [--unit U] [--dry-run] [--partial]`: the file is the body; it is read,
    /// checked and applied by `ImportNominees`, the operation the command line runs, in one transaction. The
    /// report always comes back; a refused import (nothing written) with the refusal's status and its `error`.
    @Sendable func importNominees(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let query = request.uri.queryParameters
        func flag(_ name: String) -> Bool { query[Substring(name)].map { $0 == "true" || $0 == "1" } ?? false }
        let filename = Downloads.safeFilename(query["file"].map(String.init) ?? "")
        let session = try query["session"].map(String.init).map { raw in
            guard let code = SessionCode(rawValue: raw.uppercased()) else { throw OutreachError.unknownSession(raw) }
            return code
        }
        let office = try Self.unit(query["unit"].map(String.init), "unit")
        let dryRun = flag("dryRun"), partial = flag("partial")
        var command = outreach.context(
            dryRun ? "nominee import --dry-run" : "nominee import", account: account, address: outreach.address(request, context))
        command.lateReason = try Self.lateReason(flag("late"), query["reason"].map(String.init))
        let bytes = try await outreach.fileBody(request)
        guard !bytes.isEmpty else { throw WebError.missing("file") }
        let lang = request.language
        let result = try await outreach.run { [command] database in
            try PageController.runImport(
                bytes, filename: filename, session: session, office: office, partial: partial, dryRun: dryRun,
                database: database, context: command)
        }
        var report = NomineeImportReport(result, lang: lang, fields: .words)
        if let refusal = ImportNominees.refusal(result, partial: partial) {
            let error = WebError(refusal)
            report.error = error.message.text(lang)
            report.code = error.code
            report.field = error.field
            report.detail = refusal
            return Respond.json(report, status: error.status)
        }
        return Respond.json(report)
    }

    /// `attendance walk-in`: someone who came without being nominated, in a free place or in `nominee`'s.
    @Sendable func walkIn(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        guard let body = try await outreach.json(NomineeBody.self, request) else { throw WebError.emptyBody }
        let status = try body.status.map { raw in
            guard let status = AttendanceStatus(rawValue: raw.lowercased()) else {
                throw WebError.invalid("status", { $0.statusRawIsNotValid(raw) })
            }
            return status
        } ?? .present
        let part = try Self.part(body.part)
        let command = outreach.context("attendance walk-in", account: account, address: outreach.address(request, context))
        let nominee = try await outreach.run { database in
            try database.recordWalkIn(
                try body.request(session: code, database: database), replacing: body.nominee, status: status, part: part,
                context: command)
        }
        return Respond.json(NomineeJSON(nominee), status: .created)
    }

    /// A part of the session as sent (`DATE:am`, `DATE:pm` or `DATE`).
    static func part(_ raw: String?) throws -> SessionPart? {
        try raw.map { raw in
            guard let parsed = SessionPart(code: raw) else {
                throw WebError.invalid("part", { $0.partRawMustBeDATE(raw) })
            }
            return parsed
        }
    }

    /// `nominee show KEY`: the nominee's chain of replacements and its audit lines, for an office the caller may see.
    @Sendable func history(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        guard let key = request.uri.queryParameters["nominee"].map(String.init), !key.isEmpty else { throw WebError.missing("nominee") }
        let history = try await outreach.run { try $0.history(session: code, nominee: key, visibleTo: account.principal) }
        return Respond.json(NomineeHistoryJSON(history))
    }

    /// A unit named as the command line takes it (`--unit "Phòng GD&ĐT Bát Xát"`): its code, found by the same
    /// lookup as a local command's. Units' names and codes are no office's own data.
    @Sendable func lookupUnit(_ request: Request, context: WebRequestContext) async throws -> Response {
        _ = try context.requireAccount()
        guard let name = request.uri.queryParameters["name"].map(String.init), !name.isEmpty else { throw WebError.missing("name") }
        let field = request.uri.queryParameters["field"].map(String.init).flatMap(InputField.init(rawValue:))?.key ?? InputField.unit.key
        let code = try await outreach.run { database in
            try UnitLookup.code(named: name, in: try database.units(), field: field)
        }
        return Respond.json(UnitLookupJSON(code: code.rawValue))
    }

    @Sendable func sessions(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let today = outreach.settings.today
        let sessions = try await outreach.run { try $0.sessions(visibleTo: account.principal) }
        return Respond.json(sessions.map { SessionJSON($0, today: today) })
    }

    /// The data of `outreach session quota CODE --json`, only the offices the caller may see.
    @Sendable func quota(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        let office = try Self.unit(request.uri.queryParameters["unit"].map(String.init), "unit")
        let offices = try await outreach.run { try $0.quotaStatus(session: code, office: office, visibleTo: account.principal) }
        guard !offices.isEmpty else { throw WebError.sessionNotVisible }
        return Respond.json(QuotaReportJSON(session: code.rawValue, offices: offices))
    }

    @Sendable func nominees(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        let unit = try PageController.unitCode(context)
        let nominees = try await outreach.run { try $0.nominees(session: code, office: unit, visibleTo: account.principal) }
        return Respond.json(nominees.map(NomineeJSON.init))
    }

    @Sendable func nominate(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        guard let body = try await outreach.json(NomineeBody.self, request) else { throw WebError.emptyBody }
        let command = try lateContext("nominee add", account, request, context, late: body.late, reason: body.reason)
        let (added, sharing) = try await outreach.run { database in
            var nominee = try body.request(session: code, database: database)
            nominee.reserve = body.reserve ?? false
            let added = try database.addNominee(nominee, context: command)
            return (added, try Self.sharingPhone(added, session: code, principal: account.principal, database))
        }
        var json = NomineeJSON(added)
        json.sharingPhone = sharing
        return Respond.json(json, status: .created)
    }

    /// `nominee list [--unit U] [--all]`: the offices the caller may see.
    @Sendable func list(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        let office = try Self.unit(request.uri.queryParameters["unit"].map(String.init), "unit")
        let all = request.uri.queryParameters["all"].map { $0 == "true" || $0 == "1" } ?? false
        let rows = try await outreach.run {
            try $0.nomineeRows(session: code, office: office, includeInactive: all, visibleTo: account.principal)
        }
        return Respond.json(rows.map(NomineeJSON.init))
    }

    /// `nominee confirm KEY…` or `--unit U --all`.
    @Sendable func confirmByKey(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        guard let body = try await outreach.json(ConfirmBody.self, request) else { throw WebError.emptyBody }
        let keys = body.nominees ?? []
        let office = try Self.unit(body.unit, "unit")
        guard office != nil || !keys.isEmpty else { throw WebError.missing("nominees") }
        let command = try lateContext("nominee confirm", account, request, context, late: body.late, reason: body.reason)
        let (confirmed, already) = try await outreach.run {
            try $0.confirmNoting(session: code, nominees: keys, office: office, context: command)
        }
        return Respond.json(ConfirmationJSON(
            confirmed: confirmed.map(NomineeJSON.init), already: confirmed.map(\.nomination.id).filter(already.contains)))
    }

    /// `nominee withdraw KEY [--reason R] [--late]`.
    @Sendable func withdrawByKey(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        guard let body = try await outreach.json(PlaceBody.self, request) else { throw WebError.emptyBody }
        let command = try lateContext("nominee withdraw", account, request, context, late: body.late, reason: body.reason)
        let (withdrawn, reserve, marks) = try await outreach.run { database in
            let (withdrawn, reserve) = try database.withdrawProposingReserve(
                session: code, nominee: body.nominee, reason: body.reason, context: command)
            return (withdrawn, reserve, (try? database.attendanceMarks(session: code)) ?? [])
        }
        let attended = marks.filter { $0.nominationID == withdrawn.nomination.id && $0.status.attended }
            .map(\.part).sorted().map(\.code)
        var json = NomineeJSON(withdrawn)
        json.proposedReserve = reserve?.nomination.id
        return Respond.json(WithdrawalJSON(withdrawn: json, reserve: reserve.map(NomineeJSON.init), attended: attended))
    }

    /// `nominee replace KEY --name … --role …`.
    @Sendable func replace(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        guard let body = try await outreach.json(NomineeBody.self, request) else { throw WebError.emptyBody }
        guard let key = body.nominee else { throw WebError.missing("nominee") }
        let command = try lateContext("nominee replace", account, request, context, late: body.late, reason: body.reason)
        let (before, new) = try await outreach.run { database in
            let before = try? database.findNominee(session: code, key: key)
            var person = try body.request(session: code, database: database)
            person.sender = nil
            return (before, try database.replace(session: code, nominee: key, with: person, context: command))
        }
        return Respond.json(ReplacementJSON(before: before.map(NomineeJSON.init), nominee: NomineeJSON(new)))
    }

    /// `nominee promote KEY [--reserve R] [--confirm]`.
    @Sendable func promote(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        guard let body = try await outreach.json(PlaceBody.self, request) else { throw WebError.emptyBody }
        let command = try lateContext("nominee promote", account, request, context, late: body.late, reason: body.reason)
        let promoted = try await outreach.run {
            try $0.promote(session: code, place: body.nominee, reserve: body.reserve, confirm: body.confirm ?? false, context: command)
        }
        return Respond.json(NomineeJSON(promoted))
    }

    /// `attendance report`: the offices the caller may see (every office for the session's organisers).
    @Sendable func attendanceReport(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        let report = try await outreach.run { try $0.attendanceReport(session: code, visibleTo: account.principal) }
        return Respond.json(report)
    }

    /// `attendance mark KEY STATUS [--part P] [--note N]`.
    @Sendable func markAttendance(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        guard let body = try await outreach.json(AttendanceBody.self, request) else { throw WebError.emptyBody }
        guard let status = AttendanceStatus(rawValue: body.status.lowercased()) else {
            throw WebError.invalid("status", { $0.statusIsNotValid(body.status) })
        }
        let part = try Self.part(body.part)
        let command = outreach.context("attendance mark", account: account, address: outreach.address(request, context))
        let marks = try await outreach.run {
            try $0.markAttendance(session: code, nominee: body.nominee, status: status, part: part, note: body.note, context: command)
        }
        return Respond.json(marks.map(AttendanceMarkJSON.init))
    }

    /// `cascade status`: the follow-up tree on the server's day, the duties of the offices the caller may see.
    @Sendable func cascadeStatus(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        let today = outreach.settings.today
        let tree = try await outreach.run { try $0.cascadeTree(session: code, today: today, visibleTo: account.principal) }
        return Respond.json(tree)
    }

    /// `cascade report`: a duty by number, or by the session it comes from and the office.
    @Sendable func reportDuty(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        guard let body = try await outreach.json(CascadeReportBody.self, request) else { throw WebError.emptyBody }
        let target: DutyTarget
        if let duty = body.duty {
            target = .id(duty)
        } else if let raw = body.session {
            guard let code = SessionCode(rawValue: raw.uppercased()) else { throw OutreachError.unknownSession(raw) }
            target = .session(code, unit: try Self.unit(body.unit, "unit"))
        } else {
            throw WebError.missing("session")
        }
        var held: CalendarDate?
        if let raw = body.held {
            guard let day = CalendarDate(typed: raw) else {
                throw WebError.invalid("held", { $0.dateRawMustBeDD(raw) })
            }
            held = day
        }
        let report = CascadeReportRequest(
            target: target, held: held, reachedUnits: body.reachedUnits, reachedPeople: body.reachedPeople,
            fromAttendance: body.fromAttendance ?? false, note: body.note)
        let command = outreach.context("cascade report", account: account, address: outreach.address(request, context))
        let (duty, recorded, previous) = try await outreach.run { try $0.reportDuty(report, context: command) }
        let status = DutyStatus.of(due: duty.due, closes: duty.closes, done: recorded.done, reported: recorded.reported,
                                   today: command.today)
        return Respond.json(DutyReportJSON(duty: duty, report: recorded, corrected: previous != nil, status: status))
    }

    /// The session's other nominees with the new nominee's phone, as `nominee add` warns of them: by number and
    /// name for the offices the caller may see, by number only for another office's.
    static func sharingPhone(_ added: Nominee, session: SessionCode, principal: Principal, _ database: AppDatabase) throws -> [String]? {
        guard let phone = added.person.phone else { return nil }
        let others = try database.nomineesSharingPhone(session: session, phone: phone, except: added.person.id,
                                                       visibleTo: principal)
        return others.isEmpty ? nil : others.map(\.shown)
    }

    /// A unit code sent in a body or a query (`nil` when absent or blank).
    static func unit(_ raw: String?, _ field: String) throws -> UnitCode? {
        guard let raw, !raw.isEmpty else { return nil }
        guard let code = UnitCode(rawValue: raw.uppercased()) else {
            throw WebError.invalid(field, { $0.rawIsNotAUnit(raw) })
        }
        return code
    }

    /// The context of a write that may come after the deadline (`"late": true` with its `"reason"`).
    private func lateContext(
        _ name: String, _ account: AccessAccount, _ request: Request, _ context: WebRequestContext, late: Bool?,
        reason: String?
    ) throws -> CommandContext {
        var command = outreach.context(name, account: account, address: outreach.address(request, context))
        command.lateReason = try Self.lateReason(late, reason)
        return command
    }

    /// `"late": true` with its `"reason"`: a change after the deadline, as `--late --reason` on the command line.
    static func lateReason(_ late: Bool?, _ reason: String?) throws -> String? {
        guard late == true else { return nil }
        guard let text = try FreeText.checked(reason, input: .reason) else { throw OutreachError.lateNeedsReason }
        return text
    }

    @Sendable func confirm(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        let number = try PageController.number(context)
        // No body is needed; one that is sent must be JSON (an empty object).
        _ = try await outreach.json(Empty.self, request, optional: true)
        let command = outreach.context("nominee confirm", account: account, address: outreach.address(request, context))
        let confirmed = try await outreach.run { try $0.confirm(session: code, nominees: ["#\(number)"], context: command) }
        guard let nominee = confirmed.first else { throw WebError.notFound }
        return Respond.json(NomineeJSON(nominee))
    }

    @Sendable func withdraw(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        let number = try PageController.number(context)
        let body = try await outreach.json(Withdrawal.self, request, optional: true)
        let command = outreach.context("nominee withdraw", account: account, address: outreach.address(request, context))
        let (withdrawn, reserve) = try await outreach.run {
            try $0.withdrawProposingReserve(session: code, nominee: "#\(number)", reason: body?.reason, context: command)
        }
        var result = NomineeJSON(withdrawn)
        result.proposedReserve = reserve?.nomination.id
        return Respond.json(result)
    }
}

extension WebRequestContext {
    func requireAccount() throws -> AccessAccount {
        guard let identity else { throw WebError.signInNeeded }
        return identity
    }
}

// MARK: - Bodies

struct Empty: Decodable {}

struct Withdrawal: Decodable {
    var reason: String?
}

extension NomineeBody {
    /// The store's request: units by code, the role by code or by its label in the session (as `--role` takes it).
    func request(session: SessionCode, database: AppDatabase) throws -> NomineeRequest {
        var code = RoleCode(rawValue: role.lowercased())
        if code == nil, !role.allSatisfy(\.isWhitespace) {
            let roles = try database.session(session).roles
            guard let match = RoleArgument.match(role, in: roles) else {
                throw OutreachError.unknownRole(role: role, session: session.rawValue, known: roles.map(\.code.rawValue))
            }
            code = match.code
        }
        guard let code else {
            throw WebError.invalid("role", { $0.roleIsNotValid(role) })
        }
        return NomineeRequest(
            session: session, sender: try APIController.unit(office, "office"),
            worksAt: try APIController.unit(worksAt, "worksAt"), personID: person, fullName: name, role: code,
            position: position, phone: phone, email: email, note: note)
    }
}


