import GRDB
import OutreachCore

/// What an attendance import did (or would do) to each row.
public struct AttendanceImportOutcome: Sendable {
    public struct Row: Sendable {
        public var row: AttendanceImportRow
        public var nominee: Nominee
        /// The marks written; empty when the same marks were already there.
        public var marks: [AttendanceMark]
    }

    public var rows: [Row] = []
    public var problems: [ImportProblem] = []
    public var committed = false

    public var marked: Int { rows.filter { !$0.marks.isEmpty }.count }
    public var unchanged: Int { rows.filter { $0.marks.isEmpty }.count }
}

extension AppDatabase {
    // MARK: - Attendance import: writes

    /// Marks every row with the rules of `attendance mark` (the person found by number, phone or name, parts
    /// held and expected, `--as`), in one transaction; all or nothing unless `partial`, nothing on `dryRun`.
    /// A row whose marks are already there changes nothing, so importing the same sheet again is harmless.
    public func importAttendance(
        _ rows: [AttendanceImportRow], session code: SessionCode, partial: Bool, dryRun: Bool,
        context: CommandContext
    ) throws(OutreachError) -> AttendanceImportOutcome {
        try writeOrRollBack { db in
            let session = try Self.fetchSession(db, code)
            var outcome = AttendanceImportOutcome()
            for row in rows {
                do {
                    var done: AttendanceImportOutcome.Row?
                    try db.inSavepoint {
                        done = try self.markImported(db, session, row, context)
                        return .commit
                    }
                    if let done { outcome.rows.append(done) }
                } catch let error as OutreachError {
                    var reason = LocalizedText(vi: error.message(.vi), en: error.message(.en))
                    if case .unknownNominee = error {
                        reason = LocalizedText(
                            vi: "không có trong danh sách đợt này; người đến không đăng ký thì dùng outreach attendance walk-in",
                            en: "is not on this session's list; for someone who came unannounced use outreach attendance walk-in")
                    }
                    outcome.problems.append(row.problem(reason))
                }
            }
            outcome.committed = !dryRun && (outcome.problems.isEmpty || partial)
            return (outcome, commit: outcome.committed)
        }
    }

    private func markImported(
        _ db: Database, _ session: Session, _ row: AttendanceImportRow, _ context: CommandContext
    ) throws -> AttendanceImportOutcome.Row {
        let nomination = try Self.findNomination(db, session: session.code, key: row.key)
        guard let id = nomination.id, NominationStatus(rawValue: nomination.status)?.isActive == true else {
            throw OutreachError.invalidValue(field: "NOMINEE", value: row.key, reason: LocalizedText(
                vi: "đã rút hoặc đã được thay, không điểm danh được", en: "was withdrawn or replaced and cannot be marked"))
        }
        try Self.authorize(db, session, context, sender: nomination.senderCode,
                           workplace: try PersonRecord.fetchOne(db, key: nomination.personId)?.unitCode,
                           action: LocalizedText(vi: "điểm danh #\(id)", en: "record attendance of #\(id)"))
        let nominee = try Self.nominee(db, nomination)
        let existing = try AttendanceRecord.filter(Column("nominationId") == id).fetchAll(db)
        let nominatedOn = nomination.nominatedOn.flatMap { try? CalendarDate(iso: $0) }
        let wanted = row.part.map { [$0] } ?? session.parts.filter { part in
            part.date <= context.today && (nominatedOn.map { $0 <= part.date } ?? true)
        }
        let same = !wanted.isEmpty && wanted.allSatisfy { part in
            existing.contains { $0.part == part.code && $0.status == row.status.rawValue
                && (row.note == nil || $0.note == row.note) }
        }
        if same { return .init(row: row, nominee: nominee, marks: []) }
        let marks = try mark(db, session, nomination, status: row.status, part: row.part, note: row.note, context)
        return .init(row: row, nominee: nominee, marks: marks)
    }
}
