import Foundation
import GRDB
@testable import OutreachStore
import Testing
import TestSupport

/// The import binds its inserts by hand (GRDB's boxing cost more than the insert): its column lists must be
/// exactly the tables' columns and the records' own, or a column added to one would silently get its default.
@Suite struct ImportSchemaTests {
    @Test(arguments: [
        ("person", ImportWriter.personColumns),
        ("nomination", ImportWriter.nominationColumns),
        ("audit", ImportWriter.auditColumns),
    ])
    func theBulkInsertBindsEveryColumnOfItsTable(_ table: String, _ columns: [String]) throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue)
        let stored = try queue.read { db in try db.columns(in: table).map(\.name) }
        #expect(Set(columns) == Set(stored).subtracting(["id"]), "\(table): \(stored)")
        #expect(columns.count == Set(columns).count, "\(table): a column bound twice")
    }

    @Test func theRecordsEncodeTheSameColumns() throws {
        let now = Date()
        let person = PersonRecord(id: nil, fullName: "A B", matchKey: "a b", unitCode: nil, position: nil, phone: nil,
                                  email: nil, createdAt: now)
        let nomination = NominationRecord(
            id: nil, sessionCode: "S", personId: 1, senderCode: "U", slotId: 1, role: "r", status: "proposed",
            replacesId: nil, note: nil, createdAt: now, updatedAt: now, nominatedOn: nil)
        let audit = AuditRecord(id: nil, at: now, actor: nil, command: "c", today: "2022-01-01", todaySet: true,
                                entity: "e", entityKey: "k", before: nil, after: nil, reason: nil)
        for (record, columns) in [
            (try person.databaseDictionary, ImportWriter.personColumns),
            (try nomination.databaseDictionary, ImportWriter.nominationColumns),
            (try audit.databaseDictionary, ImportWriter.auditColumns),
        ] {
            #expect(Set(record.keys).subtracting(["id"]) == Set(columns))
        }
    }
}
