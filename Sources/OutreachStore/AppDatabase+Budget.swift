import Foundation
import GRDB
import OutreachCore

extension AppDatabase {
    // MARK: - Budget: writes

    /// Records what was really spent on one line of a session's budget, replacing an earlier figure (kept in
    /// the audit log). With `--as`, only the organiser or the division that funds the session (`funded_by`) may.
    public func recordActual(
        session code: SessionCode, line: Slug, amount: Int64, note: String?, context: CommandContext
    ) throws(OutreachError) -> BudgetActual {
        guard (0...MoneyInWords.maximum).contains(amount) else {
            throw .invalidValue(field: "amount", value: "\(amount)", reason: amount < 0
                ? LocalizedText(vi: "không được âm", en: "cannot be negative")
                : LocalizedText(
                    vi: "lớn quá, tối đa \(VietnameseNumber.grouped(MoneyInWords.maximum)) đồng",
                    en: "too large, at most \(VietnameseNumber.grouped(MoneyInWords.maximum)) đồng"))
        }
        let note = try FreeText.checked(note, field: "--note")
        return try write { db in
            let session = try Self.fetchSession(db, code)
            if let actor = context.actor, actor != session.organiser, actor != session.fundedBy {
                throw OutreachError.notAllowed(actor: actor.rawValue, action: LocalizedText(
                    vi: "ghi số thực chi", en: "record actual spending"))
            }
            guard let budget = session.budget, budget.line(line) != nil else {
                throw OutreachError.invalidValue(field: "LINE", value: line.rawValue, reason: LocalizedText(
                    vi: "đợt \(code) không có dòng dự toán này; các dòng: \(Self.lineCodes(session))",
                    en: "session \(code) has no such budget line; its lines: \(Self.lineCodes(session))"))
            }
            let before = try BudgetActualRecord.fetchOne(db, key: ["sessionCode": code.rawValue, "lineCode": line.rawValue])
            let record = BudgetActualRecord(
                sessionCode: code.rawValue, lineCode: line.rawValue, amount: amount, note: note,
                recordedBy: context.actor?.rawValue, recordedAt: context.now)
            try record.save(db)
            try audit(db, context, entity: "budgetActual", key: "\(code)/\(line)",
                      before: before.map { ["amount": "\($0.amount)", "note": $0.note ?? ""] },
                      after: ["amount": "\(amount)", "note": note ?? ""])
            return record.actual()
        }
    }

    // MARK: - Budget: reads

    /// The actuals recorded for a session, in the order of its budget lines.
    public func budgetActuals(session code: SessionCode) throws(OutreachError) -> [BudgetActual] {
        try read { db in
            let session = try Self.fetchSession(db, code)
            let order = Dictionary(
                (session.budget?.lines ?? []).enumerated().map { ($1.code.rawValue, $0) }, uniquingKeysWith: { a, _ in a })
            return try BudgetActualRecord.filter(Column("sessionCode") == code.rawValue).fetchAll(db)
                .sorted { (order[$0.lineCode] ?? .max, $0.lineCode) < (order[$1.lineCode] ?? .max, $1.lineCode) }
                .map { $0.actual() }
        }
    }

    /// The session's estimate from its facts and the rates, beside the actuals recorded.
    public func budgetStatement(session code: SessionCode, rates: RateBook) throws(OutreachError) -> BudgetStatement {
        let list = try nomineeList(session: code, includeEmptyGroups: true)
        return try BudgetStatement(
            estimate: try BudgetEstimate(list: list, rates: rates), actuals: try budgetActuals(session: code))
    }

    private static func lineCodes(_ session: Session) -> String {
        let codes = session.budget?.lines.map(\.code.rawValue) ?? []
        return codes.isEmpty ? "–" : codes.joined(separator: ", ")
    }
}

/// A stored actual of one budget line.
struct BudgetActualRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "budgetActual"
    var sessionCode: String
    var lineCode: String
    var amount: Int64
    var note: String?
    var recordedBy: String?
    var recordedAt: Date

    func actual() -> BudgetActual {
        BudgetActual(
            line: Slug(rawValue: lineCode) ?? Slug(rawValue: "unknown")!, amount: amount, note: note,
            recordedBy: recordedBy.flatMap(UnitCode.init(rawValue:)), recordedAt: recordedAt)
    }
}
