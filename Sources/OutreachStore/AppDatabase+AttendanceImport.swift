import GRDB
import OutreachCore

/// What an attendance import did (or would do) to each row.
public struct AttendanceImportOutcome: Sendable {
    public struct Row: Sendable {
        public var row: AttendanceImportRow
        public var nominee: Nominee
        /// The marks written; empty when the same marks were already there.
        public var marks: [AttendanceMark]
        /// An unsigned sign-in row whose person already had a mark: the mark is kept, not made absent.
        public var kept = false
    }

    public var rows: [Row] = []
    public var problems: [ImportProblem] = []
    public var committed = false

    public var marked: Int { rows.filter { !$0.marks.isEmpty }.count }
    public var unchanged: Int { rows.filter { $0.marks.isEmpty }.count }
    /// Unsigned sign-in rows that left an existing mark as it was.
    public var kept: Int { rows.filter(\.kept).count }
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
            // The sign-in sheet is the organisers' evidence: refused as a whole, before any row, to anyone else.
            try Self.authorize(db, context, .recordAttendance, session: code, action: LocalizedText { $0.importTheAttendanceOfCode(code) })
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
                    if case .unknownNominee = error {
                        outcome.problems.append(row.problem(LocalizedText { $0.isNotOnThisSessions }))
                    } else {
                        outcome.problems.append(row.problem(error))
                    }
                }
            }
            outcome.committed = !dryRun && (outcome.problems.isEmpty || partial)
            return (outcome, commit: outcome.committed)
        }
    }

    private func markImported(
        _ db: Database, _ session: Session, _ row: AttendanceImportRow, _ context: CommandContext
    ) throws -> AttendanceImportOutcome.Row {
        let nomination = try Self.findNomination(db, session: session.code, key: row.key, visibleTo: context.principal)
        guard let id = nomination.id, NominationStatus(rawValue: nomination.status)?.isActive == true else {
            throw OutreachError.invalidInput(.nominee, value: row.key, reason: LocalizedText { $0.wasWithdrawnOrReplacedAnd })
        }
        try Self.authorize(db, context, .recordAttendance, session: session.code,
                           action: LocalizedText { $0.recordAttendanceOfId(id) })
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
        if row.blankSignature {
            // An empty Ký tên cell only says nobody signed: it makes absent those not marked yet, never
            // replaces a mark taken at the door or an excuse recorded before.
            let unmarked = wanted.filter { part in !existing.contains { $0.part == part.code } }
            if unmarked.isEmpty { return .init(row: row, nominee: nominee, marks: [], kept: true) }
            var marks: [AttendanceMark] = []
            for part in unmarked {
                marks += try mark(db, session, nomination, status: row.status, part: part, note: row.note, context)
            }
            return .init(row: row, nominee: nominee, marks: marks)
        }
        if row.plainSignature, !wanted.isEmpty, wanted.allSatisfy({ part in
            existing.contains { $0.part == part.code && $0.status == AttendanceStatus.late.rawValue }
        }) {
            return .init(row: row, nominee: nominee, marks: [])  // came late and signed: still late
        }
        let marks = try mark(db, session, nomination, status: row.status, part: row.part, note: row.note,
                             dropStaleNote: row.fromSignature, context)
        return .init(row: row, nominee: nominee, marks: marks)
    }
}
