import Foundation
import GRDB
import OutreachCore
@testable import OutreachStore
import Testing
import TestSupport

@Suite("A database made by an earlier version opens, is brought up to date and keeps its data")
struct MigrationTests {
    static let all = Migrations.migrator.migrations

    /// The last migration an earlier version had applied: every migration but the newest.
    static let earlierVersions = Array(all.dropLast())

    @Test(arguments: earlierVersions)
    func anEarlierSchemaIsMigratedOnOpen(lastApplied: String) throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path

        let old = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(old, upTo: lastApplied)
        let before = try old.write { db in
            try Self.fillTablesThatExist(db)
            return try Self.dump(db)
        }
        try old.close()
        #expect(before.keys.contains("meta"))

        let database = try AppDatabase.open(path: path)
        try database.read { db in
            #expect(try Migrations.migrator.appliedMigrations(db) == Self.all)
            let after = try Self.dump(db)
            for (table, rows) in before {
                // Columns added since (NULL or their default) are not part of what was kept.
                let columns = rows.first.map { Array($0.columnNames) } ?? []
                let project = { (row: Row) in columns.map { row[$0] as DatabaseValue } }
                #expect(after[table]?.count == rows.count && after[table]?.map(project) == rows.map(project),
                        "rows of \(table) kept")
            }
        }
        #expect(try database.isDemo())
        // The brought-up-to-date file works like a new one, and opens again without migrating.
        let units = try TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "mini-units.yaml")
        _ = try database.importUnits(units, source: "mini-units.yaml", context: Fixture.operatorContext())
        _ = try database.createSession(
            yaml: Fixture.text("mini-session.yaml"), file: "mini-session.yaml", context: Fixture.context())
        _ = try database.addNominee(Fixture.request("Giàng A Páo", role: "lanh-dao", unit: "PGD-BATXAT"), context: Fixture.context())
        try database.close()
        #expect(try AppDatabase.open(path: path).nominees(session: Fixture.session).count == 1)
    }

    /// A row in each table the earliest versions had, the way those versions wrote them.
    static func fillTablesThatExist(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('kind', 'demo')")
        if try db.tableExists("unit") {
            try db.execute(sql: """
                INSERT INTO unit(code, name, kind, parentCode, sortOrder, source)
                VALUES ('UBND-CU', 'Ủy ban nhân dân tỉnh cũ', 'ubnd-tinh', NULL, 0, 'old.yaml')
                """)
        }
        if try db.tableExists("person") {
            try db.execute(sql: """
                INSERT INTO person(fullName, matchKey, unitCode, position, phone, createdAt)
                VALUES ('Lý Seo Chảo', 'ly seo chao', 'UBND-CU', 'Chuyên viên', '0912345678', '2022-04-01 08:00:00.000')
                """)
        }
    }

    /// Every row of every table but GRDB's own, by table.
    static func dump(_ db: Database) throws -> [String: [Row]] {
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'
            """)
        var rows: [String: [Row]] = [:]
        for table in tables {
            rows[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier) ORDER BY rowid")
        }
        return rows
    }
}
