import Foundation
import GRDB
import OutreachCore

/// Names one plan duty on the command line: by number, or by the plan and the duty's code in it.
public enum PlanDutyTarget: Sendable, Equatable {
    case id(Int64)
    /// A duty of the plan by its code; a recurring one also needs its period.
    case plan(UnitCode, Slug, period: DutyPeriod? = nil)
}

/// A unit's report on a plan duty (`duty report`).
public struct PlanDutyReportRequest: Sendable {
    public var unit: UnitCode
    public var target: PlanDutyTarget
    /// The day the report reached the office it is owed to: timeliness is judged on it.
    public var on: CalendarDate
    /// The file the report cites, as an absolute path, and its SHA-256.
    public var file: String?
    public var sha256: String?
    public var note: String?

    public init(unit: UnitCode, target: PlanDutyTarget, on: CalendarDate, file: String? = nil, sha256: String? = nil,
                note: String? = nil) {
        self.unit = unit
        self.target = target
        self.on = on
        self.file = file
        self.sha256 = sha256
        self.note = note
    }
}

extension AppDatabase {
    // MARK: - Plan duties: writes

    /// Creates the plan's duties (one row per owing unit, and per period for a recurring duty) and its blocs,
    /// inside the plan import's transaction. Does nothing for duties already there, so a plan loaded before
    /// duties existed gets them on re-import.
    func createPlanRows(_ db: Database, _ plan: ResolvedPlan, _ context: CommandContext) throws -> Int {
        let template = plan.template
        let code = template.code.rawValue
        // The blocs first: a duty owed by a bloc names it.
        for (bloc, members) in zip(template.blocs, plan.blocMembers) {
            if let owner = try String.fetchOne(db, sql: "SELECT planCode FROM bloc WHERE code = ?", arguments: [bloc.code.rawValue]) {
                if owner == code { continue }
                throw OutreachError.conflict(LocalizedText { $0.blocCodeExistsAlreadyPlan(bloc.code, owner) })
            }
            try insertBloc(db, code: bloc.code, name: bloc.name, plan: code, chair: bloc.chair, deputy: bloc.deputy,
                           members: members, context)
        }
        var created = 0
        if try DutyRecord.filter(Column("planCode") == code).fetchCount(db) == 0 {
            for (duty, owing) in zip(template.duties, plan.owing) {
                let owedTo = duty.reportTo ?? template.issuer
                // A duty owed by a bloc is carried by its chair (the bloc's standing member) and names the bloc.
                let owers: [(unit: UnitCode, bloc: UnitCode?)] = owing.map { ($0, nil) } + duty.owedByBlocs.compactMap { bloc in
                    template.blocs.first { $0.code == bloc }.map { ($0.chair, bloc) }
                }
                // Owed to the chair of one's own bloc (seed 002): the chair of the bloc the unit belongs to.
                func chair(of unit: UnitCode) -> UnitCode? {
                    guard duty.reportToBlocChair else { return nil }
                    return zip(template.blocs, plan.blocMembers).first { $0.1.contains(unit) }?.0.chair
                }
                for (period, due) in Self.dueDays(duty) {
                    for (unit, bloc) in owers {
                        let owedTo = chair(of: unit) ?? owedTo
                        var record = DutyRecord(
                            id: nil, kind: (DutyKind(rawValue: duty.kind.rawValue) ?? .other).rawValue, scope: code,
                            sessionCode: nil, unitCode: unit.rawValue, owedTo: owedTo.rawValue, dueDate: due.iso,
                            closesOn: due.adding(days: FollowUpRule.defaultMissingAfterDays).iso,
                            audience: DutyAudience.subordinateUnits.rawValue, audienceUnits: 0, audiencePeople: 0,
                            note: duty.title, childSessionCode: nil, acceptedOn: nil, acceptedBy: nil,
                            createdOn: context.today.iso, createdAt: context.now, planCode: code,
                            planDutyCode: duty.code.rawValue, period: period?.code, blocCode: bloc?.rawValue)
                        try record.insert(db)
                        created += 1
                    }
                }
            }
            if created > 0 {
                try audit(db, context, entity: "plan-duties", key: code, after: ["duties": "\(created)"])
            }
        }
        return created
    }

    /// The due day of each period of a duty (one, without a period, for a duty that does not recur).
    static func dueDays(_ duty: PlanDuty) -> [(period: DutyPeriod?, due: CalendarDate)] {
        guard let recurs = duty.recurs else { return [(nil, duty.due)] }
        // The file was checked when read: every period has its day.
        return recurs.schedule.compactMap { period, due in due.map { (period, $0) } }
    }

    /// Sets or changes the due day of one period of a recurring plan duty (the issuer's decision), for every unit
    /// that owes it: the day it closes moves with it, reports are judged on the new day. Only the plan's issuer
    /// (or the office above it) may.
    public func setPlanDutyDue(
        plan code: UnitCode, duty: Slug, period: DutyPeriod, due: CalendarDate, context: CommandContext
    ) throws(OutreachError) -> (previous: CalendarDate, due: CalendarDate, duties: Int) {
        try write { db in
            guard let plan = try PlanRecord.fetchOne(db, key: code.rawValue)?.plan() else {
                throw OutreachError.unknownPlan(code.rawValue)
            }
            try Self.authorize(db, context, .setDutyDue(issuer: plan.template.issuer), session: nil, action: LocalizedText { $0.setTheDueDateOf(duty, period.code, code) })
            guard let planDuty = plan.template.duties.first(where: { $0.code == duty }) else {
                throw OutreachError.unknownDuty(LocalizedText { $0.planCodeHasNoDuty(code, duty) })
            }
            guard let recurs = planDuty.recurs else {
                throw OutreachError.invalidInput(.period, value: period.code, reason: LocalizedText { $0.dutyDoesNotRecur(duty) })
            }
            guard recurs.periods.contains(period) else {
                throw OutreachError.invalidInput(.period, value: period.code, reason: LocalizedText { $0.isNotAPeriodOf(duty, recurs.periods.map(\.code).joined(separator: ", ")) })
            }
            guard due >= period.start else {
                throw OutreachError.invalidInput(.due, value: due.iso, reason: LocalizedText { $0.dueBeforePeriodBegins(period, VietnameseDate.numeric(period.start)) })
            }
            let records = try DutyRecord.filter(Column("planCode") == code.rawValue && Column("planDutyCode") == duty.rawValue
                                                    && Column("period") == period.code).fetchAll(db)
            guard let first = records.first, let previous = try? CalendarDate(iso: first.dueDate) else {
                throw StoreCorruption(what: "plan \(code) duty \(duty) \(period.code)")
            }
            if let accepted = records.first(where: { $0.acceptedOn != nil }) {
                throw OutreachError.conflict(LocalizedText { $0.periodReportAlreadyAccepted(period, accepted.unitCode) })
            }
            try db.execute(sql: "UPDATE duty SET dueDate = ?, closesOn = ? WHERE planCode = ? AND planDutyCode = ? AND period = ?",
                           arguments: [due.iso, due.adding(days: FollowUpRule.defaultMissingAfterDays).iso, code.rawValue,
                                       duty.rawValue, period.code])
            try audit(db, context, entity: "plan-duty-due", key: "\(code)/\(duty)/\(period.code)",
                      before: ["due": previous.iso], after: ["due": due.iso, "duties": "\(records.count)"])
            return (previous, due, records.count)
        }
    }

    func insertBloc(
        _ db: Database, code: UnitCode, name: String, plan: String, chair: UnitCode, deputy: UnitCode?,
        members: [UnitCode], _ context: CommandContext
    ) throws {
        try db.execute(sql: "INSERT INTO bloc (code, name, planCode, chairCode, deputyCode, createdAt) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [code.rawValue, name, plan, chair.rawValue, deputy?.rawValue, context.now])
        for (position, member) in members.enumerated() {
            try db.execute(sql: "INSERT INTO blocMember (blocCode, unitCode, position) VALUES (?, ?, ?)",
                           arguments: [code.rawValue, member.rawValue, position])
        }
        try audit(db, context, entity: "bloc", key: code.rawValue, after: [
            "name": name, "plan": plan, "chair": chair.rawValue, "deputy": deputy?.rawValue ?? "",
            "members": members.map(\.rawValue).joined(separator: ","),
        ])
    }

    /// Records a unit's report on a plan duty; a second report is a correction (the earlier is kept, the audit
    /// log holds both). Only the unit, the office it reports to, or a unit above it may report.
    public func reportPlanDuty(
        _ request: PlanDutyReportRequest, context: CommandContext
    ) throws(OutreachError) -> (line: PlanDutyLine, previous: PlanReport?) {
        let note = try FreeText.checked(request.note, input: .note)
        guard request.on <= context.today else {
            throw .invalidInput(.on, value: request.on.iso, reason: LocalizedText { $0.isAfterTodayNumericOnlyRecordReports(VietnameseDate.numeric(context.today)) })
        }
        return try write { db in
            let tree = UnitTree(try Self.fetchUnits(db))
            guard tree[request.unit] != nil else { throw OutreachError.unknownUnit(request.unit.rawValue) }
            let record = try Self.planDutyRecord(db, request.target, unit: request.unit)
            let duty = try record.duty()
            try Self.authorize(db, context, .reportDuty(owner: duty.unit, owedTo: duty.owedTo), session: duty.session,
                               action: LocalizedText { $0.reportOnDutyIdOf(duty.id, duty.unit) })
            if let accepted = duty.acceptedOn {
                throw OutreachError.conflict(LocalizedText { $0.theReportOfUnitWasAccepted(duty.unit, VietnameseDate.numeric(accepted), duty.id) })
            }
            if let year = Int(record.dueDate.prefix(4)), request.on.year < year {
                throw OutreachError.invalidInput(.on, value: request.on.iso, reason: LocalizedText { $0.isBeforeThePlansYear(year) })
            }
            let reports = try Self.planReports(db, dutyIds: [duty.id])[duty.id] ?? []
            let previous = reports.last
            var report = DutyReportRecord(
                id: nil, dutyId: duty.id, doneOn: request.on.iso, reportedOn: context.today.iso, reachedUnits: 0,
                reachedPeople: 0, source: request.file == nil ? "typed" : "file", note: note,
                recordedBy: context.actor?.rawValue, recordedAt: context.now)
            try report.insert(db)
            try db.execute(sql: "UPDATE dutyReport SET filePath = ?, fileSha256 = ? WHERE id = ?",
                           arguments: [request.file, request.sha256, report.id])
            try audit(
                db, context, entity: "duty-report", key: "\(duty.id)",
                before: previous.map {
                    ["on": $0.report.done.iso, "file": $0.file ?? "", "sha256": $0.sha256 ?? "", "note": $0.report.note ?? ""]
                },
                after: ["on": request.on.iso, "file": request.file ?? "", "sha256": request.sha256 ?? "", "note": note ?? "",
                        "plan": record.planCode ?? record.scope, "duty": record.planDutyCode ?? "", "period": record.period ?? "",
                        "bloc": record.blocCode ?? ""].filter { !$0.value.isEmpty || ["on", "plan", "duty"].contains($0.key) })
            guard let plan = try PlanRecord.fetchOne(db, key: record.planCode ?? record.scope)?.plan(),
                  let line = try Self.planLines(db, plan, today: context.today, unit: duty.unit).first(where: { $0.duty.id == duty.id })
            else { throw StoreCorruption(what: "plan duty \(duty.id)") }
            return (line, previous)
        }
    }

    // MARK: - Plan duties: reads

    /// Every duty of the plan judged on `today`, in plan order then administrative order; one unit's with `unit`.
    public func planDuties(
        _ code: UnitCode, today: CalendarDate, unit: UnitCode? = nil
    ) throws(OutreachError) -> (plan: ResolvedPlan, lines: [PlanDutyLine]) {
        try read { db in
            guard let plan = try PlanRecord.fetchOne(db, key: code.rawValue)?.plan() else {
                throw OutreachError.unknownPlan(code.rawValue)
            }
            if let unit, !(try UnitRecord.exists(db, key: unit.rawValue)) { throw OutreachError.unknownUnit(unit.rawValue) }
            return (plan, try Self.planLines(db, plan, today: today, unit: unit))
        }
    }

    /// Who may be considered for awards under the plan's rule on `today`, and why the others may not.
    public func awardEligibility(
        _ code: UnitCode, today: CalendarDate
    ) throws(OutreachError) -> (plan: ResolvedPlan, rule: AwardRule, units: [AwardEligibility]) {
        let (plan, lines) = try planDuties(code, today: today)
        guard let rule = plan.template.awardRule else {
            throw .conflict(LocalizedText { $0.planCodeHasNoAward(code) })
        }
        return (plan, rule, AwardEligibility.evaluate(rule: rule, lines: lines, today: today))
    }

    /// The plan duties not done on `today` that fall due within `days` days or are overdue or missing,
    /// with contacts, as mail-merge lines.
    public func planReminders(
        _ code: UnitCode, today: CalendarDate, within days: Int
    ) throws(OutreachError) -> [CascadeReminder] {
        let (_, lines) = try planDuties(code, today: today)
        let units = Dictionary(uniqueKeysWithValues: try self.units().map { ($0.code, $0) })
        return lines.filter { line in
            switch line.status {
            case .onTime, .late: false
            case .due: today.days(to: line.duty.due) <= days
            case .overdue, .missing: true
            }
        }.map { line in
            let unit = units[line.duty.unit]
            return CascadeReminder(
                duty: line.duty.id, level: 1, session: line.period.map { "\(line.code.rawValue) \($0.code)" } ?? line.code.rawValue,
                unit: line.duty.unit.rawValue,
                unitName: unit?.name ?? line.unitName, owedTo: line.duty.owedTo.rawValue,
                owedToName: units[line.duty.owedTo]?.name ?? line.duty.owedTo.rawValue, due: line.duty.due,
                status: line.status, daysLate: max(0, line.duty.due.days(to: today)), phone: unit?.phone,
                email: unit?.email, address: unit?.address, dutyTitle: line.titleWithPeriod)
        }
    }

    // MARK: - Plan duties: internals

    static func planLines(_ db: Database, _ plan: ResolvedPlan, today: CalendarDate, unit: UnitCode?) throws -> [PlanDutyLine] {
        let code = plan.template.code.rawValue
        var request = DutyRecord.filter(Column("planCode") == code)
        if let unit { request = request.filter(Column("unitCode") == unit.rawValue) }
        let records = try request.fetchAll(db)
        let units = Dictionary(uniqueKeysWithValues: try fetchUnits(db).map { ($0.code, $0) })
        let reports = try planReports(db, dutyIds: records.compactMap(\.id))
        let dutyOrder = Dictionary(uniqueKeysWithValues: plan.template.duties.enumerated().map { ($1.code.rawValue, $0) })
        var lines: [(order: (Int, String, Int, String), line: PlanDutyLine)] = []
        for record in records {
            let duty = try record.duty()
            guard let text = record.planDutyCode, let slug = Slug(rawValue: text), let index = dutyOrder[text] else {
                throw StoreCorruption(what: "plan duty \(duty.id)")
            }
            let period = try record.period.map { raw in
                guard let period = DutyPeriod(code: raw) else { throw StoreCorruption(what: "plan duty \(duty.id)") }
                return period
            }
            let planDuty = plan.template.duties[index]
            let name = units[duty.unit]?.displayName ?? duty.unit.rawValue
            let bloc = record.blocCode.flatMap(UnitCode.init(rawValue:))
            let owner = bloc.map { bloc in
                PlanDutyLine.blocOwner(bloc: plan.template.blocs.first { $0.code == bloc }?.name ?? bloc.rawValue, chair: name)
            } ?? LocalizedText(verbatim: name)
            let recipients = planDuty.sendTo.map { $0.name(units: { units[$0]?.displayName }, plan: plan.template) }
            let line = PlanDutyLine.judge(duty, code: slug, title: planDuty.title, owner: owner, reports: reports[duty.id] ?? [],
                                          today: today, bloc: bloc, recipients: recipients, period: period)
            lines.append(((index, period.map { $0.start.iso } ?? "", units[duty.unit]?.sortOrder ?? 0, duty.unit.rawValue), line))
        }
        return lines.sorted { $0.order < $1.order }.map(\.line)
    }

    /// The reports of the duties, oldest first, with the file each cites.
    static func planReports(_ db: Database, dutyIds: [Int64]) throws -> [Int64: [PlanReport]] {
        guard !dutyIds.isEmpty else { return [:] }
        var found: [Int64: [PlanReport]] = [:]
        let marks = Array(repeating: "?", count: dutyIds.count).joined(separator: ",")
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM dutyReport WHERE dutyId IN (\(marks)) ORDER BY id",
                                    arguments: StatementArguments(dutyIds))
        for row in rows {
            let record = try DutyReportRecord(row: row)
            found[record.dutyId, default: []].append(
                PlanReport(report: try record.report(), file: row["filePath"], sha256: row["fileSha256"]))
        }
        return found
    }

    static func planDutyRecord(_ db: Database, _ target: PlanDutyTarget, unit: UnitCode) throws -> DutyRecord {
        switch target {
        case let .id(id):
            guard let record = try DutyRecord.fetchOne(db, key: id),
                  try String.fetchOne(db, sql: "SELECT planCode FROM duty WHERE id = ?", arguments: [id]) != nil
            else {
                throw OutreachError.unknownDuty(LocalizedText { $0.noPlanDutyNumberId(id) })
            }
            guard record.unitCode == unit.rawValue else {
                throw OutreachError.unknownDuty(LocalizedText { $0.dutyNumberIdIsOwed(id, record.unitCode, unit) })
            }
            return record
        case let .plan(plan, code, period):
            guard try PlanRecord.exists(db, key: plan.rawValue) else { throw OutreachError.unknownPlan(plan.rawValue) }
            let owed = try DutyRecord.filter(
                Column("planCode") == plan.rawValue && Column("planDutyCode") == code.rawValue
                    && Column("unitCode") == unit.rawValue).order(Column("dueDate")).fetchAll(db)
            let periods = owed.compactMap(\.period)
            if !periods.isEmpty {
                guard let period else {
                    throw OutreachError.invalidInput(.period, value: "", reason: LocalizedText { $0.dutyCodeRecursGiveThe(code, periods.joined(separator: ", ")) })
                }
                guard let record = owed.first(where: { $0.period == period.code }) else {
                    throw OutreachError.invalidInput(.period, value: period.code, reason: LocalizedText { $0.isNotAPeriodOf(code, periods.joined(separator: ", ")) })
                }
                return record
            }
            if let period {
                throw OutreachError.invalidInput(.period, value: period.code, reason: LocalizedText { $0.dutyCodeDoesNotRecur(code) })
            }
            guard let record = owed.first
            else {
                let known = try String.fetchAll(db, sql: "SELECT planDutyCode FROM duty WHERE planCode = ? GROUP BY planDutyCode ORDER BY MIN(dueDate), planDutyCode",
                                                arguments: [plan.rawValue])
                if !known.contains(code.rawValue) {
                    throw OutreachError.unknownDuty(LocalizedText { $0.planHasNoDuty(plan, code, known.joined(separator: ", ")) })
                }
                throw OutreachError.unknownDuty(LocalizedText { $0.unitOwesNoCodeUnder(unit, code, plan) })
            }
            return record
        }
    }
}
