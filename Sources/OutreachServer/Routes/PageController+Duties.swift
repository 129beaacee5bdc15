import Foundation
import AtomicFile
import Hummingbird
import OutreachCore
import OutreachStore

/// An office's duties: its follow-up cascade for a session (plan its child session, report what it did, as
/// `outreach cascade plan` and `cascade report`) and the report-backs its yearly plans ask of it (as
/// `outreach duty report`, the evidence file kept in the exports folder with its SHA-256). Each is one store call.
extension PageController {
    /// The office's follow-up duty for a session, when the cascade is open and it owes one.
    static func followUpDuty(_ database: AppDatabase, _ code: SessionCode, _ unit: UnitCode, today: CalendarDate) throws -> CascadeNode? {
        guard try database.cascadeOpened(session: code) else { return nil }
        return try database.cascadeTree(session: code, today: today).nodes.first {
            $0.duty.unit == unit && $0.duty.session == code
        }
    }

    /// `cascade plan`: the office's child session for its own units.
    @Sendable func cascadePlan(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (account, form) = try await signedInForm(request, context)
        let code = try Self.sessionCode(context)
        let unit = try Self.unitCode(context)
        guard let rawDate = form["ngay"] else { throw WebError.missing("ngay") }
        guard let date = CalendarDate(typed: rawDate) else {
            throw WebError.invalid("ngay", { $0.theDateRawDateCannotBe(rawDate) })
        }
        let days = try Self.count(form, "so-ngay", default: 1)
        let perUnit = try Self.count(form, "so-nguoi", default: 1)
        let plan = CascadePlanRequest(
            parent: code, unit: unit, date: date, days: days, venue: form["dia-diem"] ?? "", place: form["dia-danh"],
            perUnit: perUnit)
        let command = outreach.context("cascade plan", account: account, address: outreach.address(request, context))
        let planned = try await Self.datesAsOnPage { try await outreach.run { try $0.planCascade(plan, context: command) } }
        let lang = request.language
        return done(context, lang.text { $0.plannedTheFollowUpSession(planned.session.code, VietnameseDate.numeric(planned.session.starts), planned.quotas) },
            back: Self.officePath(code, unit))
    }

    /// `cascade report`: typed figures, or counted from the child session's attendance.
    @Sendable func cascadeReport(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (account, form) = try await signedInForm(request, context)
        let code = try Self.sessionCode(context)
        let unit = try Self.unitCode(context)
        let fromAttendance = form["tu-diem-danh"] != nil
        var held: CalendarDate?
        if let raw = form["ngay-to-chuc"] {
            guard let day = CalendarDate(typed: raw) else {
                throw WebError.invalid("ngay-to-chuc", { $0.theDateRawDateCannotBe(raw) })
            }
            held = day
        }
        let units = try Self.optionalCount(form, "so-don-vi")
        let people = try Self.optionalCount(form, "so-nguoi-du")
        let report = CascadeReportRequest(
            target: .session(code, unit: unit), held: held, reachedUnits: units, reachedPeople: people,
            fromAttendance: fromAttendance, note: form["ghi-chu"])
        let command = outreach.context("cascade report", account: account, address: outreach.address(request, context))
        let today = outreach.settings.today
        let (duty, saved, previous) = try await Self.datesAsOnPage { try await outreach.run { try $0.reportDuty(report, context: command) } }
        let status = DutyStatus.of(due: duty.due, closes: duty.closes, done: saved.done, reported: saved.reported, today: today)
        let lang = request.language
        return done(context, lang.text { $0.followUpReportSaved(previous != nil, VietnameseDate.numeric(saved.done), saved.reachedUnits, duty.audienceUnits, saved.reachedPeople, status.label(lang)) },
            back: Self.officePath(code, unit))
    }

    /// The signed-in unit's plan duties, in every plan that asks something of it.
    @Sendable func planDutiesPage(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { return Respond.signIn(returningTo: request) }
        let today = outreach.settings.today
        let unit = account.unit
        let plans = try await outreach.run { database in
            try database.plans().compactMap { plan -> (ResolvedPlan, [PlanDutyLine])? in
                let lines = try database.planDuties(plan.template.code, today: today, unit: unit).lines
                return lines.isEmpty ? nil : (plan, lines)
            }
        }
        let csrf = SignInController.ensureSession(context).csrf
        let body = Pages.planDuties(plans, csrf: csrf, today: today, maxUpload: outreach.settings.maxUpload, lang: request.language)
        return try await page(request, context, account, title: request.language.text { $0.planReportBacks }, body: body)
    }

    /// `duty report`: the report's day, a note, and the report's file as evidence (kept under
    /// `exports/<PLAN>/bao-cao/`, cited by its path and SHA-256 as the command line cites a file).
    @Sendable func planDutyReport(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { throw Self.signedOut }
        let form = try await outreach.upload(request, session: context.sessions.session)
        let rawPlan = try context.parameters.require("plan")
        let rawDuty = try context.parameters.require("duty")
        guard let plan = UnitCode(rawValue: rawPlan.uppercased()) else { throw OutreachError.unknownPlan(rawPlan) }
        guard let duty = Slug(rawValue: rawDuty.lowercased()) else { throw WebError.notFound }
        guard let rawOn = form["ngay-bao-cao"] else { throw WebError.missing("ngay-bao-cao") }
        guard let on = CalendarDate(typed: rawOn) else {
            throw WebError.invalid("ngay-bao-cao", { $0.theDateRawDateCannotBe(rawOn) })
        }
        // A recurring duty's period (the form's hidden "ky"): each period is a duty of its own.
        let period = try form["ky"].map { raw throws(OutreachError) -> DutyPeriod in
            guard let period = DutyPeriod(code: raw) else {
                throw .invalidInput(.period, value: raw, reason: LocalizedText { $0.isNotAPeriod })
            }
            return period
        }
        let evidence = form.files.first { $0.field == "minh-chung" && !$0.bytes.isEmpty }
        let unit = account.unit
        let command = outreach.context("duty report", account: account, address: outreach.address(request, context))
        let root = outreach.settings.exports
        let note = form["ghi-chu"]
        let (line, previous) = try await Self.datesAsOnPage { try await outreach.run { database in
            var path: String?
            var digest: String?
            var kept: PendingEvidence?
            if let evidence {
                let sha = SHA256.hex(evidence.bytes)
                let name = "\(unit.rawValue)-\(duty.rawValue)\(period.map { "-\($0.code)" } ?? "")-\(sha.prefix(12))-\(Downloads.safeFilename(evidence.filename))"
                let folder = URL(fileURLWithPath: root).appendingPathComponent(plan.rawValue).appendingPathComponent("bao-cao")
                let target = folder.appendingPathComponent(name).standardizedFileURL.path
                kept = try PendingEvidence(bytes: evidence.bytes, path: target)
                path = target
                digest = sha
            }
            do {
                let result = try database.reportPlanDuty(
                    PlanDutyReportRequest(unit: unit, target: .plan(plan, duty, period: period), on: on, file: path, sha256: digest, note: note),
                    context: command)
                try kept?.commit()
                return result
            } catch {
                kept?.discard()
                throw error
            }
        } }
        let lang = request.language
        return done(context, lang.text { $0.planReportSaved(previous != nil, line.title, VietnameseDate.numeric(on), line.status.label(lang)) },
            back: "/ke-hoach")
    }

    static func count(_ form: Form, _ field: String, default value: Int) throws -> Int {
        try optionalCount(form, field) ?? value
    }

    static func optionalCount(_ form: Form, _ field: String) throws -> Int? {
        guard let raw = form[field] else { return nil }
        guard raw.count <= 9, let number = Int(raw), number >= 0 else {
            throw WebError.invalid(field, { $0.rawMustBeAWhole(raw) })
        }
        return number
    }
}

/// An evidence file written under a temporary name beside its final one (`PendingFile`), renamed into place only
/// once the report is saved.
struct PendingEvidence {
    let file: PendingFile

    init(bytes: [UInt8], path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            file = try PendingFile(destination: path, replacing: true)
            guard let handle = FileHandle(forWritingAtPath: file.temporaryPath) else { throw PendingFile.Failure.alreadyFinished }
            defer { try? handle.close() }
            try handle.write(contentsOf: Data(bytes))
        } catch let failure as PendingFile.Failure {
            throw OutreachError.file(path: path, reason: failure.text)
        } catch {
            throw OutreachError.file(path: path, reason: LocalizedText { $0.theEvidenceFileCannotBe })
        }
    }

    func commit() throws {
        do {
            try file.commit()
        } catch {
            throw OutreachError.file(path: file.destination, reason: error.text)
        }
    }

    func discard() {
        file.discard()
    }
}

extension PageController {
    /// A refused date is quoted on a page as the clerk types it, "01/07/2022", never as the store's "2022-07-01".
    static func datesAsOnPage<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let OutreachError.invalidInput(field, value, reason) {
            guard let day = try? CalendarDate(iso: value) else { throw OutreachError.invalidInput(field, value: value, reason: reason) }
            throw OutreachError.invalidInput(field, value: VietnameseDate.numeric(day), reason: reason)
        }
    }
}
