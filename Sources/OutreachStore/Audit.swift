import Foundation
import GRDB
import OutreachCore

extension AppDatabase {
    /// Appends one line to the audit log inside the caller's transaction.
    func audit(
        _ db: Database, _ context: CommandContext, entity: String, key: String,
        before: [String: String]? = nil, after: [String: String]? = nil, reason: String? = nil
    ) throws {
        // Whoever acts must be a known unit, so the log never names an office that does not exist.
        if let actor = context.actor,
           try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM unit WHERE code = ?"), arguments: [actor.rawValue]) == nil {
            throw OutreachError.unknownUnit(actor.rawValue)
        }
        // One statement compiled once per connection, its values bound by position (every write of a server
        // passes here; the record's encoding by column name cost more than the insert).
        try db.cachedStatement(sql: """
            INSERT INTO audit (at, actor, command, today, todaySet, entity, entityKey, before, after, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                context.now, context.actor?.rawValue, context.command, context.today.iso, context.todayIsSet, entity, key,
                try before.map { try AuditJSON.encode($0) }, try after.map { try AuditJSON.encode($0) },
                reason ?? context.lateReason,
            ])
    }

    /// The audit log, oldest first, optionally for one entity key.
    public func auditLog(key: String? = nil) throws(OutreachError) -> [AuditEntry] {
        try read { db in
            var request = AuditRecord.order(Column("id"))
            if let key { request = request.filter(Column("entityKey") == key) }
            return try request.fetchAll(db).map(AuditEntry.init)
        }
    }

    /// The audit lines about one session (its facts, quotas, nominations, attendance, budget, follow-up duties
    /// and their reports), one unit
    /// (what it did with `--as`, its nominations and quotas, its people, the unit itself), from one day on
    /// (the day the rules used, so `--today` runs filter as they were judged); oldest first.
    public func auditLog(
        session: SessionCode?, unit: UnitCode?, since: CalendarDate?
    ) throws(OutreachError) -> [AuditEntry] {
        try read { db in
            var clauses: [String] = []
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let session {
                _ = try Self.fetchSession(db, session)
                // Nomination, walk-in and attendance keys start with the nomination's number ("12", "12/2022-05-10:am").
                clauses.append("""
                    ((a.entity IN ('nomination', 'walk-in', 'attendance') AND EXISTS (SELECT 1 FROM nomination n
                        WHERE n.id = CAST(a.entityKey AS INTEGER) AND n.sessionCode = ?))
                     OR (a.entity = 'session' AND a.entityKey = ?)
                     OR (a.entity IN ('quota', 'budgetActual', 'budgetOfficeActual')
                         AND substr(a.entityKey, 1, length(?) + 1) = ? || '/')
                     OR (a.entity IN ('duty', 'duty-report') AND EXISTS (SELECT 1 FROM duty d
                        WHERE d.id = CAST(a.entityKey AS INTEGER) AND d.sessionCode = ?)))
                    """)
                arguments += Array(repeating: session.rawValue, count: 5)
            }
            if let unit {
                guard try UnitRecord.exists(db, key: unit.rawValue) else {
                    throw OutreachError.unknownUnit(unit.rawValue)
                }
                clauses.append("""
                    (a.actor = ?
                     OR (a.entity IN ('nomination', 'walk-in', 'attendance') AND EXISTS (SELECT 1 FROM nomination n
                        WHERE n.id = CAST(a.entityKey AS INTEGER) AND n.senderCode = ?))
                     OR (a.entity = 'person' AND EXISTS (SELECT 1 FROM person p
                        WHERE p.id = CAST(a.entityKey AS INTEGER) AND p.unitCode = ?))
                     OR (a.entity = 'unit' AND a.entityKey = ?)
                     OR (a.entity = 'quota' AND instr(a.entityKey, '/' || ? || '/') > 0)
                     OR (a.entity = 'budgetOfficeActual' AND substr(a.entityKey, -length(?) - 1) = '/' || ?)
                     OR (a.entity IN ('duty', 'duty-report') AND EXISTS (SELECT 1 FROM duty d
                        WHERE d.id = CAST(a.entityKey AS INTEGER) AND d.unitCode = ?)))
                    """)
                arguments += Array(repeating: unit.rawValue, count: 8)
            }
            if let since {
                clauses.append("a.today >= ?")
                arguments.append(since.iso)
            }
            let filter = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
            return try AuditRecord.fetchAll(
                db, sql: "SELECT a.* FROM audit a \(filter) ORDER BY a.id",
                arguments: StatementArguments(arguments)
            ).map(AuditEntry.init)
        }
    }
}

extension AppDatabase.AuditEntry {
    init(_ record: AuditRecord) {
        self.init(
            at: record.at, actor: record.actor, command: record.command, today: record.today,
            todaySet: record.todaySet, entity: record.entity, key: record.entityKey, before: record.before,
            after: record.after, reason: record.reason)
    }

    /// The line as an office sees it in a nominee's history: who acted (the unit), what changed, when and why,
    /// and the command's name, without the trace a server adds to it ("web nominee confirm [access 3 from
    /// 203.0.113.7]" → "web nominee confirm"): which sign-in and which address were used are for the operator
    /// and the organisers to read, not another principal.
    public var asSeenByOffice: AppDatabase.AuditEntry {
        var line = self
        if let trace = line.command.range(of: " [") { line.command = String(line.command[..<trace.lowerBound]) }
        return line
    }

    /// What changed, one `field: before → after` per field, sorted; a field only after reads `field: value`.
    public var changes: [(field: String, before: String?, after: String?)] {
        let old = Self.decode(before)
        let new = Self.decode(after)
        return Set(old.keys).union(new.keys).sorted().compactMap { field in
            old[field] == new[field] ? nil : (field, old[field], new[field])
        }
    }

    private static func decode(_ text: String?) -> [String: String] {
        guard let text, let values = try? JSONDecoder().decode([String: String].self, from: Data(text.utf8)) else {
            return [:]
        }
        return values
    }
}

/// One audit line as shown to a user.
public struct AuditEntry: Sendable, Equatable, Codable {
    public var at: Date
    public var actor: String?
    public var command: String
    /// The day rules were judged on, and whether `--today` set it.
    public var today: String
    public var todaySet: Bool
    public var entity: String
    public var key: String
    public var before: String?
    public var after: String?
    public var reason: String?
}

extension AppDatabase {
    public typealias AuditEntry = OutreachStore.AuditEntry
}
