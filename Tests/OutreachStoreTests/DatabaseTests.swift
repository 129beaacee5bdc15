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
}
