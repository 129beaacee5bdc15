import Foundation
import GRDB
import OutreachCore

/// Names one plan duty on the command line: by number, or by the plan and the duty's code in it.
public enum PlanDutyTarget: Sendable, Equatable {
    case id(Int64)
    case plan(UnitCode, Slug)
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

    /// Creates the plan's duties (one row per owing unit) and its blocs, inside the plan import's transaction.
    /// Does nothing for duties already there, so a plan loaded before duties existed gets them on re-import.
    func createPlanRows(_ db: Database, _ plan: ResolvedPlan, _ context: CommandContext) throws -> Int {
        let template = plan.template
        let code = template.code.rawValue
        var created = 0
        if try DutyRecord.filter(Column("planCode") == code).fetchCount(db) == 0 {
            for (duty, owing) in zip(template.duties, plan.owing) {
                let closes = duty.due.adding(days: FollowUpRule.defaultMissingAfterDays)
                let owedTo = duty.reportTo ?? template.issuer
                // A duty owed by a bloc is carried by its chair (the bloc's standing member) under the scope
                // "PLAN/BLOC", so it never clashes with what the chair owes as a unit.
                let owers: [(unit: UnitCode, scope: String)] = owing.map { ($0, code) } + duty.owedByBlocs.compactMap { bloc in
                    template.blocs.first { $0.code == bloc }.map { ($0.chair, Self.blocScope(plan: code, bloc: bloc)) }
                }
                // Owed to the chair of one's own bloc (seed 002): the chair of the bloc the unit belongs to.
                func chair(of unit: UnitCode) -> UnitCode? {
                    guard duty.reportToBlocChair else { return nil }
                    return zip(template.blocs, plan.blocMembers).first { $0.1.contains(unit) }?.0.chair
                }
                for (unit, scope) in owers {
                    let owedTo = chair(of: unit) ?? owedTo
                    var record = DutyRecord(
                        id: nil, kind: (DutyKind(rawValue: duty.kind.rawValue) ?? .other).rawValue, scope: scope,
                        sessionCode: nil, unitCode: unit.rawValue, owedTo: owedTo.rawValue, dueDate: duty.due.iso,
                        closesOn: closes.iso, audience: DutyAudience.subordinateUnits.rawValue, audienceUnits: 0,
                        audiencePeople: 0, note: duty.title, childSessionCode: nil, acceptedOn: nil, acceptedBy: nil,
                        createdOn: context.today.iso, createdAt: context.now)
                    try record.insert(db)
                    try db.execute(sql: "UPDATE duty SET planCode = ?, planDutyCode = ? WHERE id = ?",
                                   arguments: [code, duty.code.rawValue, record.id])
                    created += 1
                }
            }
            if created > 0 {
                try audit(db, context, entity: "plan-duties", key: code, after: ["duties": "\(created)"])
            }
        }
        for (bloc, members) in zip(template.blocs, plan.blocMembers) {
            if let owner = try String.fetchOne(db, sql: "SELECT planCode FROM bloc WHERE code = ?", arguments: [bloc.code.rawValue]) {
                if owner == code { continue }
                throw OutreachError.dutyConflict(LocalizedText(
                    vi: "khối \(bloc.code) đã có (thuộc kế hoạch \(owner))", en: "bloc \(bloc.code) exists already (plan \(owner))"))
            }
            try insertBloc(db, code: bloc.code, name: bloc.name, plan: code, chair: bloc.chair, deputy: bloc.deputy,
                           members: members, context)
        }
        return created
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
            throw .invalidInput(.on, value: request.on.iso, reason: LocalizedText(
                vi: "sau hôm nay (\(VietnameseDate.numeric(context.today))): chỉ ghi báo cáo đã nhận",
                en: "is after today (\(VietnameseDate.numeric(context.today))): only record reports received"))
        }
        return try write { db in
            let tree = UnitTree(try Self.fetchUnits(db))
            guard tree[request.unit] != nil else { throw OutreachError.unknownUnit(request.unit.rawValue) }
            let record = try Self.planDutyRecord(db, request.target, unit: request.unit)
            let duty = try record.duty()
            try Self.authorize(db, context, .reportDuty(owner: duty.unit, owedTo: duty.owedTo), session: duty.session,
                               action: LocalizedText(vi: "báo cáo nhiệm vụ #\(duty.id) của \(duty.unit)",
                                                     en: "report on duty #\(duty.id) of \(duty.unit)"))
            if let accepted = duty.acceptedOn {
                throw OutreachError.dutyConflict(LocalizedText(
                    vi: "báo cáo của \(duty.unit) đã được xác nhận ngày \(VietnameseDate.numeric(accepted)); cần mở lại nhiệm vụ #\(duty.id) (kèm lý do) trước khi sửa",
                    en: "the report of \(duty.unit) was accepted on \(VietnameseDate.numeric(accepted)); reopen duty #\(duty.id) (with a reason) before correcting"))
            }
            if let year = Int(record.dueDate.prefix(4)), request.on.year < year {
                throw OutreachError.invalidInput(.on, value: request.on.iso, reason: LocalizedText(
                    vi: "trước năm \(year) của kế hoạch", en: "is before the plan's year \(year)"))
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
                        "plan": record.scope, "duty": try Self.planDutyCode(db, duty.id)])
            let all = reports + [PlanReport(report: try report.report(), file: request.file, sha256: request.sha256)]
            let line = PlanDutyLine.judge(
                duty, code: Slug(rawValue: try Self.planDutyCode(db, duty.id)) ?? Slug(rawValue: "duty")!,
                title: duty.note ?? "", unitName: tree[duty.unit]?.displayName ?? duty.unit.rawValue, reports: all,
                today: context.today)
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
            throw .dutyConflict(LocalizedText(
                vi: "kế hoạch \(code) không có điều kiện khen thưởng (award_rule)",
                en: "plan \(code) has no award rule (award_rule)"))
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
                duty: line.duty.id, level: 1, session: line.code.rawValue, unit: line.duty.unit.rawValue,
                unitName: unit?.name ?? line.unitName, owedTo: line.duty.owedTo.rawValue,
                owedToName: units[line.duty.owedTo]?.name ?? line.duty.owedTo.rawValue, due: line.duty.due,
                status: line.status, daysLate: max(0, line.duty.due.days(to: today)), phone: unit?.phone,
                email: unit?.email, address: unit?.address, dutyTitle: line.title)
        }
    }

    // MARK: - Plan duties: internals

    /// The scope of a duty owed by a bloc of a plan.
    static func blocScope(plan: String, bloc: UnitCode) -> String { "\(plan)/\(bloc.rawValue)" }

    static func planLines(_ db: Database, _ plan: ResolvedPlan, today: CalendarDate, unit: UnitCode?) throws -> [PlanDutyLine] {
        let code = plan.template.code.rawValue
        var request = DutyRecord.filter(Column("planCode") == code)
        if let unit { request = request.filter(Column("unitCode") == unit.rawValue) }
        let records = try request.fetchAll(db)
        var codes: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, planDutyCode FROM duty WHERE planCode = ?", arguments: [code]) {
            codes[row["id"]] = row["planDutyCode"]
        }
        let units = Dictionary(uniqueKeysWithValues: try fetchUnits(db).map { ($0.code, $0) })
        let reports = try planReports(db, dutyIds: records.compactMap(\.id))
        let dutyOrder = Dictionary(uniqueKeysWithValues: plan.template.duties.enumerated().map { ($1.code.rawValue, $0) })
        var lines: [(order: (Int, Int, String), line: PlanDutyLine)] = []
        for record in records {
            let duty = try record.duty()
            guard let text = codes[duty.id], let slug = Slug(rawValue: text), let index = dutyOrder[text] else {
                throw StoreCorruption(what: "plan duty \(duty.id)")
            }
            let planDuty = plan.template.duties[index]
            let title = planDuty.title
            var name = units[duty.unit]?.displayName ?? duty.unit.rawValue
            let blocCode = duty.scope.split(separator: "/", maxSplits: 1).dropFirst().first.flatMap { UnitCode(rawValue: String($0)) }
            if let blocCode {
                let blocName = plan.template.blocs.first { $0.code == blocCode }?.name ?? blocCode.rawValue
                name = "\(blocName) (thường trực: \(name))"
            }
            let recipients = planDuty.sendTo.map { $0.name(units: { units[$0]?.displayName }, plan: plan.template) }
            let line = PlanDutyLine.judge(duty, code: slug, title: title, unitName: name,
                                          reports: reports[duty.id] ?? [], today: today, bloc: blocCode, recipients: recipients)
            lines.append(((index, units[duty.unit]?.sortOrder ?? 0, duty.unit.rawValue), line))
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

    static func planDutyCode(_ db: Database, _ id: Int64) throws -> String {
        try String.fetchOne(db, sql: "SELECT planDutyCode FROM duty WHERE id = ?", arguments: [id]) ?? ""
    }

    static func planDutyRecord(_ db: Database, _ target: PlanDutyTarget, unit: UnitCode) throws -> DutyRecord {
        switch target {
        case let .id(id):
            guard let record = try DutyRecord.fetchOne(db, key: id),
                  try String.fetchOne(db, sql: "SELECT planCode FROM duty WHERE id = ?", arguments: [id]) != nil
            else {
                throw OutreachError.unknownDuty(LocalizedText(
                    vi: "không có nhiệm vụ số \(id) của kế hoạch nào", en: "no plan duty number \(id)"))
            }
            guard record.unitCode == unit.rawValue else {
                throw OutreachError.unknownDuty(LocalizedText(
                    vi: "nhiệm vụ số \(id) là của \(record.unitCode), không phải của \(unit)",
                    en: "duty number \(id) is owed by \(record.unitCode), not \(unit)"))
            }
            return record
        case let .plan(plan, code):
            guard try PlanRecord.exists(db, key: plan.rawValue) else { throw OutreachError.unknownPlan(plan.rawValue) }
            guard let record = try DutyRecord.filter(
                Column("planCode") == plan.rawValue && Column("planDutyCode") == code.rawValue
                    && Column("unitCode") == unit.rawValue).fetchOne(db)
            else {
                let known = try String.fetchAll(db, sql: "SELECT planDutyCode FROM duty WHERE planCode = ? GROUP BY planDutyCode ORDER BY MIN(dueDate), planDutyCode",
                                                arguments: [plan.rawValue])
                if !known.contains(code.rawValue) {
                    throw OutreachError.unknownDuty(LocalizedText(
                        vi: "kế hoạch \(plan) không có nhiệm vụ “\(code)” (có: \(known.joined(separator: ", ")))",
                        en: "plan \(plan) has no duty “\(code)” (known: \(known.joined(separator: ", ")))"))
                }
                throw OutreachError.unknownDuty(LocalizedText(
                    vi: "\(unit) không có nhiệm vụ “\(code)” trong kế hoạch \(plan) (xem các nhiệm vụ của kế hoạch \(plan))",
                    en: "\(unit) owes no “\(code)” under plan \(plan) (see the duties of plan \(plan))"))
            }
            return record
        }
    }
}
