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
        if let actor = context.actor, !(try UnitRecord.exists(db, key: actor.rawValue)) {
            throw OutreachError.unknownUnit(actor.rawValue)
        }
        var record = AuditRecord(
            id: nil, at: context.now, actor: context.actor?.rawValue, command: context.command,
            today: context.today.iso, todaySet: context.todayIsSet, entity: entity,
            entityKey: key, before: try before.map(Self.json), after: try after.map(Self.json),
            reason: reason ?? context.lateReason)
        try record.insert(db)
    }

    private static func json(_ values: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(values), as: UTF8.self)
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

    /// The audit log, oldest first, optionally for one entity key.
    public func auditLog(key: String? = nil) throws(OutreachError) -> [AuditEntry] {
        try read { db in
            var request = AuditRecord.order(Column("id"))
            if let key { request = request.filter(Column("entityKey") == key) }
            return try request.fetchAll(db).map {
                AuditEntry(
                    at: $0.at, actor: $0.actor, command: $0.command, today: $0.today, todaySet: $0.todaySet,
                    entity: $0.entity, key: $0.entityKey,
                    before: $0.before, after: $0.after, reason: $0.reason)
            }
        }
    }
}
