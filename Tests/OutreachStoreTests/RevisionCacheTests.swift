import Foundation
import GRDB
import OutreachCore
@testable import OutreachStore
import Testing
import TestSupport

/// A long-running process keeps the unit tree, sessions and checked tokens per database under revision counters:
/// another connection's change (the command line on the same file) is seen by the next transaction.
@Suite struct RevisionCacheTests {
    /// The records read by column position select the table's columns in the table's order.
    @Test(arguments: [
        ("nomination", NominationRecord.columnNames),
        ("person", PersonRecord.columnNames),
        ("quotaSlot", QuotaSlotRecord.columnNames),
    ])
    func positionalRecordsMatchTheirTables(_ table: String, _ columns: [String]) throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue)
        #expect(try queue.read { db in try db.columns(in: table).map(\.name) } == columns)
    }

    @Test func theCountersMoveWithUnitsSessionsAndTokenStandingOnly() throws {
        let database = try Fixture.miniDatabase()
        func counters() throws -> [Int64] {
            try database.read { db in
                let revisions = try StoreCache.revisions(db)
                return [revisions.units, revisions.sessions, revisions.access]
            }
        }
        let start = try counters()
        let grant = try database.grantAccess(unit: UnitCode(rawValue: "PGD-SAPA")!, expires: nil, context: Fixture.operatorContext())
        let granted = try counters()
        #expect(granted[0] == start[0] && granted[1] == start[1] && granted[2] > start[2])
        // A sign-in records its last use: not a change of standing.
        _ = try database.checkAccess(token: grant.token, markUsed: true)
        #expect(try counters() == granted)
        try database.revokeAccess(unit: UnitCode(rawValue: "PGD-SAPA")!, context: Fixture.operatorContext())
        #expect(try counters()[2] > granted[2])
    }

    @Test func anotherConnectionsUnitMoveAndRevocationCountAtOnce() throws {
        let folder = try Fixture.temporaryDirectory()
        let path = folder.appendingPathComponent("o.sqlite").path
        let server = try Fixture.miniDatabase(path: path)
        let nominee = try server.addNominee(Fixture.request("Đỗ Thị Lan", role: "cbql", unit: "THPT-CHUYEN"), context: Fixture.context())
        let office = CommandContext(actor: UnitCode(rawValue: "PGD-BATXAT"), command: "test", today: Fixture.beforeDeadline)
        let key = "#\(nominee.nomination.id)"
        let token = try server.grantAccess(unit: UnitCode(rawValue: "PGD-BATXAT")!, expires: nil, context: Fixture.operatorContext()).token
        #expect(throws: OutreachError.self) { try server.confirm(session: Fixture.session, nominees: [key], context: office) }
        guard case .valid = try server.checkAccess(token: token) else { Issue.record("token refused"); return }

        // Another connection to the same file, as the command line would be.
        let other = try AppDatabase.open(path: path)
        var units = try TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "mini-units.yaml")
        let school = try #require(units.units.firstIndex { $0.code.rawValue == "THPT-CHUYEN" })
        units.units[school].parent = UnitCode(rawValue: "PGD-BATXAT")
        _ = try other.importUnits(units, source: "moved.yaml", context: Fixture.operatorContext())
        #expect(try server.confirm(session: Fixture.session, nominees: [key], context: office).first?.nomination.status == .confirmed)

        try other.revokeAccess(unit: UnitCode(rawValue: "PGD-BATXAT")!, context: Fixture.operatorContext())
        #expect(try server.checkAccess(token: token) == .revoked)
    }
}
