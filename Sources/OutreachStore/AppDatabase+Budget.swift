import Foundation
import GRDB
import OutreachCore

extension AppDatabase {
    // MARK: - Budget: writes

    /// Records what was really spent on one line of a session's budget, replacing an earlier figure (kept in
    /// the audit log): an organiser line for the whole session, a sending-unit line for one invited office (`unit`).
    /// With `--as`, only the organiser or the division that funds the session (`funded_by`) may, or for its own
    /// lines the sending office itself.
    public func recordActual(
        session code: SessionCode, line: Slug, unit: UnitCode? = nil, amount: Int64, note: String?,
        context: CommandContext
    ) throws(OutreachError) -> BudgetActual {
        try recordActual(session: code, line: line, unit: unit, amount: amount, note: note, adding: false,
                         context: context).actual
    }

    /// Records what was spent on one line, as `recordActual`, and says what it did to an earlier figure: with
    /// `adding`, `amount` is a further invoice added to the recorded figure (notes joined with "; "); without,
    /// it replaces that figure, returned as `previous` so the user is told. One transaction, audited.
    ///
    /// A figure that would make a total too large to write in words is refused in the same transaction: every
    /// total of the recorded figures, and with `rates` the whole statement as `budget show` computes it (the
    /// estimate on `context.today` and who came), differences included.
    public func recordActual(
        session code: SessionCode, line: Slug, unit: UnitCode? = nil, amount: Int64, note: String?, adding: Bool,
        rates: RateBook? = nil, context: CommandContext
    ) throws(OutreachError) -> ActualRecording {
        guard (0...MoneyInWords.maximum).contains(amount) else {
            throw .invalidInput(.amount, value: "\(amount)", reason: amount < 0
                ? LocalizedText { $0.cannotBeNegative }
                : LocalizedText { $0.tooLargeAtMostGrouped(VietnameseNumber.grouped(MoneyInWords.maximum)) })
        }
        let note = try FreeText.checked(note, input: .note)
        // Neither changes with this write; a session whose estimate cannot be made is checked on its figures alone.
        let estimate = rates.flatMap { try? budgetEstimate(session: code, rates: $0, today: context.today) }
        let attendance = estimate == nil ? nil : try officeAttendance(session: code)
        let statement = estimate.map { (estimate: $0, attendance: attendance) }
        return try write { db in
            let session = try Self.fetchSession(db, code)
            guard let budget = session.budget, let budgetLine = budget.line(line) else {
                throw OutreachError.invalidInput(.line, value: line.rawValue, reason: LocalizedText { $0.sessionCodeHasNoSuch(code, Self.lineCodes(session)) })
            }
            switch (budgetLine.payer, unit) {
            case (.organiser, let unit?):
                throw OutreachError.invalidInput(.unit, value: unit.rawValue, reason: LocalizedText { $0.lineIsPaidBy(line) })
            case (.sendingUnit, nil):
                throw OutreachError.invalidInput(.line, value: line.rawValue, reason: LocalizedText { $0.lineIsPaidByEach(line) })
            default: break
            }
            try Self.authorize(db, context, .recordActual(office: unit, organiser: session.organiser, fundedBy: session.fundedBy), session: code,
                               action: LocalizedText { $0.recordActualSpending })
            if let unit {
                let recording = try recordOfficeActual(
                    db, session: session, line: line, unit: unit, amount: amount, note: note, adding: adding,
                    context: context)
                try Self.checkActualTotals(db, session: code, amount: amount, statement: statement)
                return recording
            }
            let before = try BudgetActualRecord.fetchOne(db, key: ["sessionCode": code.rawValue, "lineCode": line.rawValue])
            let (total, joined) = try Self.combined(before?.actual(), amount: amount, note: note, adding: adding)
            let record = BudgetActualRecord(
                sessionCode: code.rawValue, lineCode: line.rawValue, amount: total, note: joined,
                recordedBy: context.actor?.rawValue, recordedAt: context.now,
            recordedOn: context.today.iso)
            try record.save(db)
            try BudgetActualVersionRecord(record).insert(db)
            try audit(db, context, entity: "budgetActual", key: "\(code)/\(line)",
                      before: before.map { ["amount": "\($0.amount)", "note": $0.note ?? ""] },
                      after: ["amount": "\(total)", "note": joined ?? ""], reason: adding ? "add \(amount)" : nil)
            try Self.checkActualTotals(db, session: code, amount: amount, statement: statement)
            return ActualRecording(actual: record.actual(), previous: before?.actual(), added: adding ? amount : nil)
        }
    }

    /// Refuses, inside the recording's transaction (so nothing is kept), a figure that would make a total of the
    /// recorded actuals (of a line over the offices, of an office, of the session) larger than the budget can
    /// write in words: `budget show` and `export budget` would otherwise fail on every later run.
    private static func checkActualTotals(
        _ db: Database, session code: SessionCode, amount: Int64,
        statement: (estimate: BudgetEstimate, attendance: [UnitCode: OfficeAttendance]?)?
    ) throws {
        let limit = VietnameseNumber.grouped(MoneyInWords.maximum)
        if let statement {
            do {
                _ = try BudgetStatement(
                    estimate: statement.estimate, actuals: try fetchActuals(db, code), attendance: statement.attendance)
            } catch let error as OutreachError {
                guard case .invalidValue(field: "budget", let what, _) = error else { throw error }
                throw OutreachError.invalidInput(.amount, value: VietnameseNumber.grouped(amount), reason: LocalizedText { $0.withItAnActualTotal(what, limit) })
            }
        }
        let whole = try BudgetActualRecord.filter(Column("sessionCode") == code.rawValue).fetchAll(db)
        let offices = try BudgetOfficeActualRecord.filter(Column("sessionCode") == code.rawValue).fetchAll(db)
        var totals: [(what: LocalizedText, amounts: [Int64])] = [(
            LocalizedText { $0.sessionActualTotal }, whole.map(\.amount) + offices.map(\.amount))]
        for (unit, records) in Dictionary(grouping: offices, by: \.unitCode) {
            totals.append((LocalizedText { $0.unitActualTotal("\(unit)") }, records.map(\.amount)))
        }
        for (line, records) in Dictionary(grouping: offices, by: \.lineCode) {
            totals.append((LocalizedText { $0.lineActualTotal("\(line)") }, records.map(\.amount)))
        }
        for total in totals {
            var sum: Int64 = 0
            for value in total.amounts {
                let (next, overflow) = sum.addingReportingOverflow(value)
                guard !overflow, next <= MoneyInWords.maximum else {
                    throw OutreachError.invalidInput(.amount, value: VietnameseNumber.grouped(amount), reason: LocalizedText { $0.totalWouldExceed(total.what, limit) })
                }
                sum = next
            }
        }
    }

    /// The figure and note to store: `amount` alone, or added to `previous` (within the maximum, notes joined).
    private static func combined(
        _ previous: BudgetActual?, amount: Int64, note: String?, adding: Bool
    ) throws(OutreachError) -> (Int64, String?) {
        guard adding, let previous else { return (amount, note) }
        let (total, overflow) = previous.amount.addingReportingOverflow(amount)
        guard !overflow, total <= MoneyInWords.maximum else {
            throw .invalidInput(.amount, value: "\(amount)", reason: LocalizedText { $0.addedToGroupedIsToo(VietnameseNumber.grouped(previous.amount), VietnameseNumber.grouped(MoneyInWords.maximum)) })
        }
        let notes = [previous.note, note].compactMap { $0 }
        return (total, try FreeText.checked(notes.isEmpty ? nil : notes.joined(separator: "; "), input: .note))
    }

    private func recordOfficeActual(
        _ db: Database, session: Session, line: Slug, unit: UnitCode, amount: Int64, note: String?, adding: Bool,
        context: CommandContext
    ) throws -> ActualRecording {
        let invited = try QuotaSlotRecord
            .filter(Column("sessionCode") == session.code.rawValue && Column("unitCode") == unit.rawValue).fetchCount(db)
        guard invited > 0 else {
            if try UnitRecord.fetchOne(db, key: unit.rawValue) == nil { throw OutreachError.unknownUnit(unit.rawValue) }
            throw OutreachError.notInvited(unit: unit.rawValue, session: session.code.rawValue)
        }
        // Lodging and per diem go only to the offices their rules name: a line for another office is refused.
        if let budget = session.budget, let category = budget.line(line)?.category,
           let office = try Self.sessionUnits(db, session.code)[unit] {
            if !office.hasOwnSeal {
                throw OutreachError.invalidInput(.unit, value: unit.rawValue, reason: LocalizedText { $0.isADivisionWithoutIts(office.name) })
            }
            let refusal: (rule: String?, what: LocalizedText)? = switch category {
            case BudgetLine.lodgingCategory where !budget.lodges(office):
                (budget.lodgingRule?.text, LocalizedText { $0.notPaidLodging })
            case BudgetLine.perDiemCategory where !budget.paysPerDiem(office):
                (budget.perDiemRule?.text, LocalizedText { $0.notPaidPerDiem })
            default: nil
            }
            if let refusal {
                let distance = office.distanceKm.map { "\($0) km" } ?? "?"
                let rule = refusal.rule ?? "–"
                throw OutreachError.invalidInput(.unit, value: unit.rawValue, reason: LocalizedText { $0.lineRefusedForOffice(refusal.what, distance, rule) })
            }
        }
        let key = ["sessionCode": session.code.rawValue, "lineCode": line.rawValue, "unitCode": unit.rawValue]
        let before = try BudgetOfficeActualRecord.fetchOne(db, key: key)
        let (total, joined) = try Self.combined(before?.actual(), amount: amount, note: note, adding: adding)
        let record = BudgetOfficeActualRecord(
            sessionCode: session.code.rawValue, lineCode: line.rawValue, unitCode: unit.rawValue, amount: total,
            note: joined, recordedBy: context.actor?.rawValue, recordedAt: context.now,
            recordedOn: context.today.iso)
        try record.save(db)
        try BudgetActualVersionRecord(record).insert(db)
        try audit(db, context, entity: "budgetOfficeActual", key: "\(session.code)/\(line)/\(unit)",
                  before: before.map { ["amount": "\($0.amount)", "note": $0.note ?? ""] },
                  after: ["amount": "\(total)", "note": joined ?? ""], reason: adding ? "add \(amount)" : nil)
        return ActualRecording(actual: record.actual(), previous: before?.actual(), added: adding ? amount : nil)
    }

    // MARK: - Budget: reads

    /// The actuals recorded for a session, in the order of its budget lines: the whole session's, then each office's.
    /// With `asOf`, the figure of each line in force that day: the last recorded by then (a figure replaced on a
    /// later day still shows in a document dated before), none for a line first recorded later.
    public func budgetActuals(session code: SessionCode, asOf: CalendarDate? = nil) throws(OutreachError) -> [BudgetActual] {
        try read { db in try Self.fetchActuals(db, code, asOf: asOf) }
    }

    private static func fetchActuals(_ db: Database, _ code: SessionCode, asOf: CalendarDate? = nil) throws -> [BudgetActual] {
        let session = try Self.fetchSession(db, code)
        let order = Dictionary(
            (session.budget?.lines ?? []).enumerated().map { ($1.code.rawValue, $0) }, uniquingKeysWith: { a, _ in a })
        let whole: [BudgetActualRecord]
        let offices: [BudgetOfficeActualRecord]
        if let asOf {
            // Each line's last figure recorded by that day (a figure without a day counts on every day).
            let versions = try BudgetActualVersionRecord.fetchAll(db, sql: """
                SELECT * FROM budgetActualVersion WHERE id IN (
                    SELECT MAX(id) FROM budgetActualVersion
                    WHERE sessionCode = ? AND (recordedOn IS NULL OR recordedOn <= ?)
                    GROUP BY lineCode, unitCode)
                """, arguments: [code.rawValue, asOf.iso])
            whole = versions.filter { $0.unitCode == nil }.map(\.wholeRecord)
            offices = versions.compactMap(\.officeRecord)
        } else {
            whole = try BudgetActualRecord.filter(Column("sessionCode") == code.rawValue).fetchAll(db)
            offices = try BudgetOfficeActualRecord.filter(Column("sessionCode") == code.rawValue).fetchAll(db)
        }
        return whole
            .sorted { (order[$0.lineCode] ?? .max, $0.lineCode) < (order[$1.lineCode] ?? .max, $1.lineCode) }
            .map { $0.actual() }
            + offices
            .sorted { (order[$0.lineCode] ?? .max, $0.lineCode, $0.unitCode) < (order[$1.lineCode] ?? .max, $1.lineCode, $1.unitCode) }
            .map { $0.actual() }
    }

    /// Who came from each sending office, or nil while no attendance is recorded for the session (with `asOf`,
    /// by that day).
    public func officeAttendance(
        session code: SessionCode, asOf: CalendarDate? = nil
    ) throws(OutreachError) -> [UnitCode: OfficeAttendance]? {
        try read { db in
            guard let people = try Self.personAttendance(db, code, asOf: asOf) else { return nil }
            let senders = Dictionary(uniqueKeysWithValues: try NominationRecord
                .filter(Column("sessionCode") == code.rawValue).fetchAll(db)
                .compactMap { record in record.id.flatMap { id in UnitCode(rawValue: record.senderCode).map { (id, $0) } } })
            return OfficeAttendance.perOffice(people, senders: senders)
        }
    }

    /// Who came to the session, person by person, or nil while no attendance is recorded: what a payment list
    /// pays once people have come. Everyone marked present or late counts, walk-ins and a nominee replaced after
    /// coming included. With `asOf`, the marks recorded by that day.
    public func attendees(session code: SessionCode, asOf: CalendarDate? = nil) throws(OutreachError) -> Attendees? {
        try read { db in
            guard let came = try Self.personAttendance(db, code, asOf: asOf) else { return nil }
            let people = try Self.fetchNominees(db, code, includeInactive: true).filter { came[$0.nomination.id] != nil }
            return Attendees(people: people, came: came)
        }
    }

    /// The session's estimate on `today` from its facts and the rates alone: no actuals, no attendance.
    public func budgetEstimate(
        session code: SessionCode, rates: RateBook, today: CalendarDate
    ) throws(OutreachError) -> BudgetEstimate {
        try BudgetEstimate(list: try nomineeList(session: code, includeEmptyGroups: true), rates: rates, today: today)
    }

    /// Who came, by nomination, or nil while no mark is recorded for the session.
    private static func personAttendance(
        _ db: Database, _ code: SessionCode, asOf: CalendarDate? = nil
    ) throws -> [Int64: OfficeAttendance]? {
        _ = try fetchSession(db, code)
        let marks = try attendanceRecords(db, code, asOf: asOf).compactMap { $0.mark() }
        return marks.isEmpty ? nil : OfficeAttendance.perPerson(marks)
    }

    /// The session's estimate from its facts and the rates, beside the actuals recorded and, for the sending
    /// offices' per-person lines, what the people who came cost: as of `today`, so a statement dated a day
    /// shows only the figures and marks recorded by that day.
    public func budgetStatement(
        session code: SessionCode, rates: RateBook, today: CalendarDate
    ) throws(OutreachError) -> BudgetStatement {
        let list = try nomineeList(session: code, includeEmptyGroups: true)
        return try BudgetStatement(
            estimate: try BudgetEstimate(list: list, rates: rates, today: today), actuals: try budgetActuals(session: code, asOf: today),
            attendance: try officeAttendance(session: code, asOf: today))
    }

    private static func lineCodes(_ session: Session) -> String {
        let codes = session.budget?.lines.map(\.code.rawValue) ?? []
        return codes.isEmpty ? "–" : codes.joined(separator: ", ")
    }
}

/// A stored actual of one budget line.
/// What `recordActual` did: the figure now recorded, the one it replaced or added to, and the amount added.
public struct ActualRecording: Sendable {
    /// The line's figure now recorded (the sum, when adding).
    public var actual: BudgetActual
    /// The figure recorded before, if any: replaced, or (with `added`) added to.
    public var previous: BudgetActual?
    /// With `--add`, the amount of this invoice; nil when the figure was set.
    public var added: Int64?
}

struct BudgetActualRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "budgetActual"
    var sessionCode: String
    var lineCode: String
    var amount: Int64
    var note: String?
    var recordedBy: String?
    var recordedAt: Date
    /// The day recorded, as the rules saw it (ISO); nil for a figure from before this was kept.
    var recordedOn: String?

    func actual() -> BudgetActual {
        BudgetActual(
            line: Slug(rawValue: lineCode) ?? Slug(rawValue: "unknown")!, amount: amount, note: note,
            recordedBy: recordedBy.flatMap(UnitCode.init(rawValue:)), recordedAt: recordedAt)
    }
}

/// A stored actual of one sending office on one of its budget lines.
struct BudgetOfficeActualRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "budgetOfficeActual"
    var sessionCode: String
    var lineCode: String
    var unitCode: String
    var amount: Int64
    var note: String?
    var recordedBy: String?
    var recordedAt: Date
    /// The day recorded, as the rules saw it (ISO); nil for a figure from before this was kept.
    var recordedOn: String?

    func actual() -> BudgetActual {
        BudgetActual(
            line: Slug(rawValue: lineCode) ?? Slug(rawValue: "unknown")!, unit: UnitCode(rawValue: unitCode),
            amount: amount, note: note, recordedBy: recordedBy.flatMap(UnitCode.init(rawValue:)), recordedAt: recordedAt)
    }
}

/// One figure as recorded for a budget line, kept after a later one replaced it (`paper2-budget-history`): the
/// line's history, from which a document as of a day takes the figure in force that day. `unitCode` is nil for
/// an organiser's line.
struct BudgetActualVersionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "budgetActualVersion"
    var id: Int64?
    var sessionCode: String
    var lineCode: String
    var unitCode: String?
    var amount: Int64
    var note: String?
    var recordedBy: String?
    var recordedAt: Date
    var recordedOn: String?

    init(_ record: BudgetActualRecord) {
        id = nil
        (sessionCode, lineCode, unitCode, amount, note) = (record.sessionCode, record.lineCode, nil, record.amount, record.note)
        (recordedBy, recordedAt, recordedOn) = (record.recordedBy, record.recordedAt, record.recordedOn)
    }

    init(_ record: BudgetOfficeActualRecord) {
        id = nil
        (sessionCode, lineCode, unitCode, amount, note) = (
            record.sessionCode, record.lineCode, record.unitCode, record.amount, record.note)
        (recordedBy, recordedAt, recordedOn) = (record.recordedBy, record.recordedAt, record.recordedOn)
    }

    /// The figure as an organiser's line.
    var wholeRecord: BudgetActualRecord {
        BudgetActualRecord(
            sessionCode: sessionCode, lineCode: lineCode, amount: amount, note: note, recordedBy: recordedBy,
            recordedAt: recordedAt, recordedOn: recordedOn)
    }

    /// The figure as a sending office's line; nil for an organiser's.
    var officeRecord: BudgetOfficeActualRecord? {
        unitCode.map { unit in
            BudgetOfficeActualRecord(
                sessionCode: sessionCode, lineCode: lineCode, unitCode: unit, amount: amount, note: note,
                recordedBy: recordedBy, recordedAt: recordedAt, recordedOn: recordedOn)
        }
    }
}
