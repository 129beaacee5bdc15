import Foundation
import GRDB
import OutreachCore

/// An activity of a plan marked done (`plan done`).
public struct ActivityDoneRequest: Sendable {
    public var plan: UnitCode
    /// The activity's number in the plan (the TT column).
    public var number: Int
    public var on: CalendarDate
    /// The file cited as evidence, as an absolute path, and its SHA-256.
    public var file: String?
    public var sha256: String?
    public var note: String?

    public init(plan: UnitCode, number: Int, on: CalendarDate, file: String? = nil, sha256: String? = nil, note: String? = nil) {
        self.plan = plan
        self.number = number
        self.on = on
        self.file = file
        self.sha256 = sha256
        self.note = note
    }
}

extension AppDatabase {
    // MARK: - Plan activities: writes

    /// Marks a plan's activity done on a day, with the file it cites. Only the plan's issuer may. A second mark
    /// corrects the first; both are kept, and the audit log holds the change.
    public func markActivityDone(
        _ request: ActivityDoneRequest, context: CommandContext
    ) throws(OutreachError) -> (activity: PlanActivity, mark: ActivityMark, previous: ActivityMark?) {
        let note = try FreeText.checked(request.note, input: .note)
        guard request.on <= context.today else {
            throw .invalidInput(.on, value: request.on.iso, reason: LocalizedText { $0.isAfterTodayNumericOnlyRecord(VietnameseDate.numeric(context.today)) })
        }
        return try write { db in
            guard let plan = try PlanRecord.fetchOne(db, key: request.plan.rawValue)?.plan() else {
                throw OutreachError.unknownPlan(request.plan.rawValue)
            }
            let template = plan.template
            try Self.authorize(db, context, .recordActivity(issuer: template.issuer), session: nil, action: LocalizedText { $0.markActivityNumberOfPlan(request.number, template.code) })
            guard let activity = template.activities.first(where: { $0.number == request.number }) else {
                let numbers = template.activities.map { "\($0.number)" }.joined(separator: ", ")
                throw OutreachError.conflict(LocalizedText { $0.planTemplateCodeHasNoActivity(template.code, request.number, numbers) })
            }
            if request.on.year < template.year {
                throw OutreachError.invalidInput(.on, value: request.on.iso, reason: LocalizedText { $0.isBeforeThePlansYear(template.year) })
            }
            let previous = try Self.activityMarks(db, plan: template.code).last { $0.number == request.number }
            try db.execute(sql: """
                INSERT INTO planActivityDone (planCode, number, doneOn, recordedOn, filePath, fileSha256, note, recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [template.code.rawValue, request.number, request.on.iso, context.today.iso, request.file,
                                 request.sha256, note, context.actor?.rawValue, context.now])
            let mark = ActivityMark(id: db.lastInsertedRowID, number: request.number, done: request.on, recorded: context.today,
                                    file: request.file, sha256: request.sha256, note: note, recordedBy: context.actor)
            try audit(
                db, context, entity: "plan-activity", key: "\(template.code)#\(request.number)",
                before: previous.map { ["on": $0.done.iso, "file": $0.file ?? "", "sha256": $0.sha256 ?? "", "note": $0.note ?? ""] },
                after: ["on": request.on.iso, "file": request.file ?? "", "sha256": request.sha256 ?? "", "note": note ?? ""])
            return (activity, mark, previous)
        }
    }

    // MARK: - Plan activities: reads

    /// The plan's activities per quarter on `today`, each with the mark in force.
    public func planProgress(
        _ code: UnitCode, today: CalendarDate
    ) throws(OutreachError) -> (plan: ResolvedPlan, quarters: [QuarterProgress]) {
        try read { db in
            guard let plan = try PlanRecord.fetchOne(db, key: code.rawValue)?.plan() else {
                throw OutreachError.unknownPlan(code.rawValue)
            }
            return (plan, QuarterProgress.of(plan.template, marks: try Self.activityMarks(db, plan: code), today: today))
        }
    }

    static func activityMarks(_ db: Database, plan: UnitCode) throws -> [ActivityMark] {
        try Row.fetchAll(db, sql: "SELECT * FROM planActivityDone WHERE planCode = ? ORDER BY id", arguments: [plan.rawValue])
            .map { row in
                ActivityMark(id: row["id"], number: row["number"], done: try CalendarDate(iso: row["doneOn"]),
                             recorded: try CalendarDate(iso: row["recordedOn"]), file: row["filePath"], sha256: row["fileSha256"],
                             note: row["note"], recordedBy: (row["recordedBy"] as String?).flatMap(UnitCode.init(rawValue:)))
            }
    }
}
