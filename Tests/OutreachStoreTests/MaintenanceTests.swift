import Foundation
import GRDB
import OutreachCore
import OutreachStore
import Testing
import TestSupport

@Suite("Backing up and checking the database file")
final class MaintenanceTests {
    let folder = try! Fixture.temporaryDirectory()

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The mini database with one nominee, at `db.sqlite`, still open.
    func database() throws -> AppDatabase {
        let database = try Fixture.miniDatabase(path: path("db.sqlite"))
        _ = try database.addNominee(
            Fixture.request("Giàng A Páo", role: "lanh-dao", unit: "PGD-BATXAT", phone: "0912345678"),
            context: Fixture.context())
        return database
    }

    @Test func aBackupHoldsEverythingCommittedAndOpens() throws {
        let original = try database()
        let bytes = try AppDatabase.backup(path: original.path, to: path("copy.sqlite"))
        #expect(bytes > 0)
        let copy = try AppDatabase.open(path: path("copy.sqlite"))
        #expect(try copy.nominees(session: Fixture.session).map(\.person.fullName) == ["Giàng A Páo"])
        #expect(try copy.auditLog().count == original.auditLog().count)
        #expect(try AppDatabase.check(path: path("copy.sqlite")).isEmpty)
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func anExistingFileIsKeptUnlessReplacing() throws {
        let original = try database()
        let existing = path("copy.sqlite")
        try Data("an older copy".utf8).write(to: URL(fileURLWithPath: existing))
        #expect(throws: OutreachError.fileExists(existing)) {
            try AppDatabase.backup(path: original.path, to: existing)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: existing)) == Data("an older copy".utf8))
        try AppDatabase.backup(path: original.path, to: existing, replacing: true)
        #expect(try AppDatabase.open(path: existing).nominees(session: Fixture.session).count == 1)
    }

    @Test func aSymbolicLinkAtTheNameIsNeverWrittenThrough() throws {
        let original = try database()
        let target = path("copy.sqlite")
        try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: path("nowhere"))
        for replacing in [false, true] {
            let error = #expect(throws: OutreachError.self) {
                try AppDatabase.backup(path: original.path, to: target, replacing: replacing)
            }
            #expect(error?.message(.en).contains("is a symbolic link") == true)
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: target) == path("nowhere"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func aNewCopyIsReadableByItsOwnerOnlyAndAReplacedOneKeepsItsMode() throws {
        let original = try database()
        chmod(original.path, 0o644)
        try AppDatabase.backup(path: original.path, to: path("copy.sqlite"))
        #expect(try mode(path("copy.sqlite")) == 0o600)
        chmod(path("copy.sqlite"), 0o640)
        try AppDatabase.backup(path: original.path, to: path("copy.sqlite"), replacing: true)
        #expect(try mode(path("copy.sqlite")) == 0o640)
        chmod(path("copy.sqlite"), 0o440)
        let error = #expect(throws: OutreachError.self) {
            try AppDatabase.backup(path: original.path, to: path("copy.sqlite"), replacing: true)
        }
        #expect(error?.exitStatus == .io && error?.message(.en).contains("is read-only") == true)
    }

    @Test func aKilledBackupsTemporaryAndJournalAreSweptByTheNext() throws {
        let original = try database()
        let old = Date(timeIntervalSinceNow: -60)
        for name in [".copy.sqlite.tmp-k1ll3d", ".copy.sqlite.tmp-k1ll3d-journal"] {
            try Data(repeating: 7, count: 4096).write(to: URL(fileURLWithPath: path(name)))
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: path(name))
        }
        try AppDatabase.backup(path: original.path, to: path("other.sqlite"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasPrefix(".") })
    }

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func impossibleDestinationsAreRefusedBeforeAnyWork() throws {
        let original = try database()
        let missingFolder = #expect(throws: OutreachError.self) {
            try AppDatabase.backup(path: original.path, to: path("no-such-folder/copy.sqlite"))
        }
        #expect(missingFolder?.exitStatus == .io)
        let itself = #expect(throws: OutreachError.self) {
            try AppDatabase.backup(path: original.path, to: original.path, replacing: true)
        }
        #expect(itself?.exitStatus == .invalid)
        // A journal under the name would be replayed into the new copy.
        try Data("stale".utf8).write(to: URL(fileURLWithPath: path("copy.sqlite-wal")))
        let journal = #expect(throws: OutreachError.self) { try AppDatabase.backup(path: original.path, to: path("copy.sqlite")) }
        #expect(journal?.message(.en).contains("copy.sqlite-wal") == true)
        #expect(throws: OutreachError.databaseMissing(path("none.sqlite"))) {
            try AppDatabase.backup(path: path("none.sqlite"), to: path("x.sqlite"))
        }
        #expect(!FileManager.default.fileExists(atPath: path("copy.sqlite")))
    }

    @Test func aBackupDoesNotUpgradeAnEarlierDatabase() throws {
        let old = try DatabaseQueue(path: path("old.sqlite"))
        // The first version's schema: its first migration only.
        try old.write { db in
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('meta');
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                """)
        }
        try old.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path("old.sqlite")))
        try AppDatabase.backup(path: path("old.sqlite"), to: path("copy.sqlite"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("old.sqlite"))) == before)
        #expect(try AppDatabase.check(path: path("old.sqlite")).isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("old.sqlite"))) == before)
        let copy = try DatabaseQueue(path: path("copy.sqlite"))
        #expect(try copy.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM grdb_migrations") } == 1)
    }

    @Test func aHealthyDatabaseHasNoProblems() throws {
        let original = try database()
        #expect(try AppDatabase.check(path: original.path).isEmpty)
    }

    @Test func aReferenceToAMissingRowIsNamed() throws {
        try database().close()
        try damage(path("db.sqlite"), foreignKeys: false) { db in
            try db.execute(sql: "UPDATE nomination SET personId = 999")
        }
        let problems = try AppDatabase.check(path: path("db.sqlite"))
        #expect(problems.map(\.en) == ["nomination #1: column personId points to a row missing from table person"])
        #expect(problems[0].vi.contains("không có trong bảng person"))
    }

    @Test func aDamagedIndexIsReportedInSQLitesWords() throws {
        try database().close()
        // The index's definition now names another column than the one its entries were built from.
        try damage(path("db.sqlite"), foreignKeys: true) { db in
            try db.execute(sql: "PRAGMA writable_schema = ON")
            try db.execute(sql: """
                UPDATE sqlite_master SET sql = replace(sql, '"kind"', '"name"') WHERE name = 'unit_on_kind'
                """)
        }
        let problems = try AppDatabase.check(path: path("db.sqlite"))
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.en.hasPrefix("damaged structure: ") && $0.en.contains("unit_on_kind") })
    }

    @Test func filesThatAreNotWholeDatabasesAreIOErrors() throws {
        try database().close()
        let whole = try Data(contentsOf: URL(fileURLWithPath: path("db.sqlite")))
        let damaged: [String: Data] = [
            "garbage.sqlite": Data(repeating: 0x41, count: 8192),
            "truncated.sqlite": whole.prefix(whole.count / 3),
            // The first table pages overwritten, as a bad sector would.
            "overwritten.sqlite": whole.prefix(4096) + Data(repeating: 0xFF, count: 4096 * 8) + whole.dropFirst(4096 * 9),
        ]
        for (name, data) in damaged {
            try data.write(to: URL(fileURLWithPath: path(name)))
            let error = #expect(throws: OutreachError.self, "\(name)") { try AppDatabase.check(path: path(name)) }
            #expect(error?.exitStatus == .io, "\(name)")
        }
        #expect(throws: OutreachError.databaseMissing(path("none.sqlite"))) { try AppDatabase.check(path: path("none.sqlite")) }
    }

    @Test func onlyOutreachsOwnFilesAreCopiedOrCheckedAndNoneIsChanged() throws {
        #expect(FileManager.default.createFile(atPath: path("zero.sqlite"), contents: nil))
        let foreign = try DatabaseQueue(path: path("foreign.sqlite"))
        try foreign.write { try $0.execute(sql: "CREATE TABLE invoice(id INTEGER PRIMARY KEY)") }
        try foreign.close()
        for (name, reason) in [("zero.sqlite", "is an empty file"), ("foreign.sqlite", "not an outreach database")] {
            let before = try Data(contentsOf: URL(fileURLWithPath: path(name)))
            let checked = #expect(throws: OutreachError.self) { try AppDatabase.check(path: path(name)) }
            #expect(checked?.exitStatus == .io && checked?.message(.en).contains(reason) == true, "\(name)")
            let copied = #expect(throws: OutreachError.self) { try AppDatabase.backup(path: path(name), to: path("copy.sqlite")) }
            #expect(copied?.exitStatus == .io && copied?.message(.en).contains(reason) == true, "\(name)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path(name))) == before, "\(name)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["foreign.sqlite", "zero.sqlite"])
    }

    @Test func aMissingMigrationIsAProblemTheCheckNames() throws {
        try database().close()
        try damage(path("db.sqlite"), foreignKeys: true) { db in
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'audit'")
        }
        let problems = try AppDatabase.check(path: path("db.sqlite"))
        #expect(problems.map(\.en) == [
            "migration “audit” is missing while later ones are applied (the file was changed outside outreach)",
        ])
    }

    /// Changes a closed database behind the application's back.
    private func damage(_ path: String, foreignKeys: Bool, _ change: (Database) throws -> Void) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = foreignKeys
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { try change($0) }
        try queue.close()
    }
}
