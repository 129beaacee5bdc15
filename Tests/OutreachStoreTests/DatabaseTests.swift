import Foundation
import OutreachCore
import OutreachStore
import Testing
import TestSupport

@Suite("Opening, creating and refusing database files")
struct DatabaseTests {
    @Test func aMissingDatabaseIsNotCreatedUnlessAsked() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("x.sqlite").path
        #expect(throws: OutreachError.databaseMissing(path)) { try AppDatabase.open(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
        _ = try AppDatabase.open(path: path, create: true)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func anUnwritablePathIsAnIOError() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: file)
        let error = #expect(throws: OutreachError.self) {
            try AppDatabase.open(path: file.appendingPathComponent("db.sqlite").path, create: true)
        }
        #expect(error?.exitStatus == .io)
    }

    @Test func aFileThatIsNotADatabaseIsRefused() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("fake.sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: OutreachError.self) { try AppDatabase.open(path: path) }
        #expect(error?.exitStatus == .io)
        #expect(error?.message(.en).contains("not an outreach database") == true)
    }

    @Test func aDatabaseFromANewerVersionIsRefused() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("new.sqlite").path
        _ = try AppDatabase.open(path: path, create: true)
        try SQLiteShell.execute(path, "INSERT INTO grdb_migrations VALUES ('from-the-future')")
        let error = #expect(throws: OutreachError.self) { try AppDatabase.open(path: path) }
        #expect(error?.message(.en).contains("newer version") == true)
    }

    @Test func anEmptyFileIsADatabaseOnlyWhenCreating() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let zeroBytes = folder.appendingPathComponent("zero.sqlite").path
        #expect(FileManager.default.createFile(atPath: zeroBytes, contents: nil))
        // An SQLite file with no table (a header, no schema) is just as empty.
        let noTables = folder.appendingPathComponent("no-tables.sqlite").path
        try SQLiteShell.execute(noTables, "PRAGMA user_version = 0")
        for path in [zeroBytes, noTables] {
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            let error = #expect(throws: OutreachError.self) { try AppDatabase.open(path: path) }
            #expect(error?.exitStatus == .io)
            #expect(error?.message(.en) == "database \(path): is an empty file, not a database yet; initialise (init) a database in it first")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
            _ = try AppDatabase.open(path: path, create: true).units()
            #expect(try AppDatabase.open(path: path).units().isEmpty)
        }
    }

    @Test func aForeignFileInRollbackModeKeepsEveryByte() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("other.sqlite").path
        try SQLiteShell.execute(path, "CREATE TABLE invoice(id INTEGER PRIMARY KEY, total REAL)")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for create in [false, true] {
            let error = #expect(throws: OutreachError.self) { try AppDatabase.open(path: path, create: create) }
            #expect(error?.exitStatus == .io && error?.message(.en).contains("not an outreach database") == true)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["other.sqlite"])
    }

    @Test(arguments: [
        ("PRAGMA user_version = 999", "made by a newer version of outreach (schema version 999, this version knows up to"),
        ("INSERT INTO grdb_migrations VALUES ('zz-from-the-future')",
         "made by a newer version of outreach (unknown migration “zz-from-the-future”); update outreach to open it"),
        ("DELETE FROM grdb_migrations WHERE identifier = 'people'",
         "migration “people” is missing while later ones are applied (the file was changed outside outreach); restore a backup"),
    ])
    func aNewerOrPatchedSchemaIsOneClearLine(sql: String, message: String) throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("db.sqlite").path
        try AppDatabase.open(path: path, create: true).close()
        try SQLiteShell.execute(path, sql)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: OutreachError.self) { try AppDatabase.open(path: path) }
        #expect(error?.exitStatus == .io)
        #expect(error?.message(.en).hasPrefix("database \(path): \(message)") == true, "\(String(describing: error))")
        #expect(error?.message(.vi).contains("\n") == false)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func migratingRecordsTheSchemaVersion() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("db.sqlite").path
        try AppDatabase.open(path: path, create: true).close()
        let version = try SQLiteShell.query(path, "PRAGMA user_version")
        #expect(Int(version) ?? 0 > 10)
    }

    @Test func theDemoMarkIsKept() throws {
        let database = try AppDatabase.inMemory()
        #expect(try database.isDemo() == false)
        try database.markAsDemo()
        #expect(try database.isDemo())
    }
}

/// Runs SQL with the sqlite3 shell, to change a database behind the application's back.
enum SQLiteShell {
    static func execute(_ path: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()", path, sql]
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 { throw CocoaError(.fileWriteUnknown) }
    }

    /// The first column of the first row `sql` returns, as text.
    static func query(_ path: String, _ sql: String) throws -> String {
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])", path, sql]
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus != 0 { throw CocoaError(.fileReadUnknown) }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
