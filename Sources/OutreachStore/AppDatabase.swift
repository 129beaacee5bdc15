import CSQLiteConfig
import Foundation
import GRDB
import OutreachCore

/// The project's database: every public method is one transaction, so a command changes all or nothing.
public final class AppDatabase: Sendable {
    private let dbWriter: any DatabaseWriter
    /// The path shown in messages.
    public let path: String
    /// The unit tree, sessions and tokens kept between transactions, each under its revision counter.
    let cache = StoreCache()

    // MARK: - Configuration

    /// Wraps an open database and brings its schema up to date, in WAL mode; refuses, changing nothing, a
    /// database from a newer version, one with a migration missing, any SQLite file that outreach did not make
    /// (it is never taken over), and unless `create` an empty one (a zero-byte file is not a database yet).
    public init(_ dbWriter: any DatabaseWriter, path: String, create: Bool = true) throws(OutreachError) {
        self.dbWriter = dbWriter
        self.path = path
        let migrator = Migrations.migrator
        do {
            // The schema is judged before anything is written: a refused file keeps every byte.
            let state = try Self.schemaState(dbWriter, migrator)
            if let refusal = Self.refusal(state, path: path, create: create) { throw refusal }
            // WAL is a property of the file, set once. GRDB's `journalMode = .wal` would also create and
            // drop a table on every open without a WAL file, so even a read-only command would change the file.
            try dbWriter.writeWithoutTransaction { db in try Self.switchToWAL(db) }
            if state != .current { try Self.migrate(dbWriter, migrator) }
        } catch let error as OutreachError {
            throw error
        } catch {
            throw Self.mapped(error, path: path)
        }
    }

    /// Applies the missing migrations, then records how many there are in `user_version`, so a later
    /// version's file is known as newer even before its migrations are read. Another process (or thread) may
    /// be applying them at the same moment, one committed migration at a time: then a step fails on a table
    /// that now exists, and trying again after a pause skips what the other has done.
    private static func migrate(_ dbWriter: any DatabaseWriter, _ migrator: DatabaseMigrator) throws {
        var attempts = 0
        while true {
            do {
                try migrator.migrate(dbWriter)
                break
            } catch {
                attempts += 1
                if try schemaState(dbWriter, migrator) == .current { break }
                guard attempts < 40 else { throw error }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        try dbWriter.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA user_version = \(migrator.migrations.count)")
        }
    }

    /// What a file holds, judged without writing to it.
    enum SchemaState: Equatable {
        /// No table at all: a new file, or a zero-byte one.
        case empty
        /// An outreach database with the newest migrations still to apply.
        case older
        case current
        /// Made by a later version: `user_version` above the migrations known here, or a migration unknown here.
        case newer(detail: LocalizedText)
        /// A migration is missing while later ones are applied: the file was changed outside outreach.
        case gap(missing: String)
        /// Tables but no trace of outreach's first migration.
        case foreign
    }

    static func schemaState(_ dbWriter: any DatabaseWriter, _ migrator: DatabaseMigrator) throws -> SchemaState {
        try dbWriter.read { db in try schemaState(db, migrator) }
    }

    static func schemaState(_ db: Database, _ migrator: DatabaseMigrator) throws -> SchemaState {
        let known = migrator.migrations
        guard try db.tableExists("grdb_migrations") else {
            let tables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'") ?? 0
            return tables == 0 ? .empty : .foreign
        }
        let applied = try migrator.appliedIdentifiers(db)
        if applied.isEmpty {
            // GRDB creates its table before the first migration commits: another process may be creating
            // the database right now.
            let others = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT IN ('grdb_migrations', 'sqlite_sequence')
                """) ?? 0
            return others == 0 ? .empty : .foreign
        }
        guard let first = known.first, applied.contains(first) else { return .foreign }
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if version > known.count {
            return .newer(detail: LocalizedText { $0.schemaVersionThisVersion(version, known.count) })
        }
        let unknown = applied.filter { !known.contains($0) }.sorted()
        if !unknown.isEmpty {
            let list = unknown.prefix(3).map { "“\($0)”" }.joined(separator: ", ")
            return .newer(detail: LocalizedText { $0.unknownMigrationList(list) })
        }
        guard let lastApplied = known.lastIndex(where: applied.contains) else { return .empty }
        if let missing = known[..<lastApplied].first(where: { !applied.contains($0) }) { return .gap(missing: missing) }
        return lastApplied == known.count - 1 ? .current : .older
    }

    /// Why a file in `state` is not opened, or nil when it is.
    private static func refusal(_ state: SchemaState, path: String, create: Bool) -> OutreachError? {
        switch state {
        case .current, .older:
            return nil
        case .empty:
            return create ? nil : .database(path: path, reason: LocalizedText { $0.isAnEmptyFileNotA })
        case let .newer(detail):
            return .database(path: path, reason: LocalizedText { $0.madeByANewerVersion(detail) })
        case let .gap(missing):
            return .database(path: path, reason: LocalizedText { $0.migrationMissingIsMissingWhileLater(missing) })
        case .foreign:
            return .database(path: path, reason: LocalizedText { $0.notAnOutreachDatabaseItHolds })
        }
    }

    /// Process-wide SQLite settings, to be called once at the start of a program before any database is
    /// opened and while it runs on one thread (the CLI's `main`): SQLite's memory statistics are turned off,
    /// which spares a global mutex on every allocation (a fifth of SQLite's time in a large import). Returns
    /// false, changing nothing, when SQLite was already in use.
    @discardableResult
    public static func configureProcess() -> Bool {
        outreach_sqlite_disable_memory_statistics() == 0
    }

    /// Opens (or, with `create`, creates) the database file for several processes at once: WAL and a busy timeout.
    public static func open(path: String, create: Bool = false) throws(OutreachError) -> AppDatabase {
        let fileManager = FileManager.default
        if !fileManager.fileExists(atPath: path) {
            guard create else { throw .databaseMissing(path) }
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw .database(path: path, reason: LocalizedText { $0.folderDirectoryDoesNotExist(directory) })
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            return try AppDatabase(queue, path: path, create: create)
        } catch let error as OutreachError {
            throw error
        } catch {
            throw mapped(error, path: path)
        }
    }

    /// Puts a file in WAL mode unless it is already. Switching needs the file to itself, and SQLite answers
    /// "database is locked" at once, without waiting as the busy timeout makes other statements wait, when
    /// another connection has it open at that moment (several processes creating one new database
    /// together): then it tries again, for up to 30 s as the busy timeout, until it or another has switched it.
    static func switchToWAL(_ db: Database) throws {
        let deadline = Date().addingTimeInterval(30)
        while try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
            do {
                // Switched, or SQLite kept a mode it cannot leave (a file system without shared memory): no
                // error either way, and no second try.
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                return
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
    }

    /// An empty database in memory, for tests.
    public static func inMemory() throws(OutreachError) -> AppDatabase {
        do {
            return try AppDatabase(try DatabaseQueue(), path: ":memory:")
        } catch let error as OutreachError {
            throw error
        } catch {
            throw mapped(error, path: ":memory:")
        }
    }

    static func mapped(_ error: any Error, path: String) -> OutreachError {
        if let error = error as? OutreachError { return error }
        if let error = error as? DatabaseError {
            let reason: LocalizedText
            switch error.resultCode {
            case .SQLITE_NOTADB:
                reason = LocalizedText { $0.notAnOutreachDatabaseThe }
            case .SQLITE_CORRUPT:
                reason = LocalizedText { $0.theDatabaseFileIsDamaged }
            case .SQLITE_CANTOPEN:
                reason = LocalizedText { $0.cannotBeOpenedCheckThe }
            case .SQLITE_READONLY:
                reason = LocalizedText { $0.isReadOnly }
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                reason = LocalizedText { $0.isBusyInAnotherProgram }
            case .SQLITE_FULL:
                reason = LocalizedText { $0.theDiskIsFull }
            default:
                let message = error.message ?? "\(error.resultCode)"
                reason = LocalizedText(verbatim: message)
            }
            return .database(path: path, reason: reason)
        }
        return .database(path: path, reason: LocalizedText(verbatim: "\(error)"))
    }

    /// Runs `body` in one IMMEDIATE transaction: the write lock is taken before anything is read,
    /// so two processes can never both count the same free place.
    func write<T>(_ body: (Database) throws -> T) throws(OutreachError) -> T {
        try writeOrRollBack { db in (try body(db), commit: true) }
    }

    /// Runs `body` in one immediate transaction, kept only when `body` says so: an import makes its report
    /// row by row, then keeps every change or none (and a dry run none).
    func writeOrRollBack<T>(_ body: (Database) throws -> (result: T, commit: Bool)) throws(OutreachError) -> T {
        do {
            return try dbWriter.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    let (value, commit) = try StoreCache.$current.withValue(cache) { try body(db) }
                    result = value
                    return commit ? .commit : .rollback
                }
                guard let result else { throw StoreCorruption(what: "transaction returned nothing") }
                return result
            }
        } catch {
            throw Self.mapped(error, path: path)
        }
    }

    /// Runs `body` in a read transaction.
    func read<T>(_ body: (Database) throws -> T) throws(OutreachError) -> T {
        do {
            return try dbWriter.read { db in try StoreCache.$current.withValue(cache) { try body(db) } }
        } catch {
            throw Self.mapped(error, path: path)
        }
    }

    // MARK: - Meta

    /// Marks the database as made by `outreach demo`, so only such a database is ever overwritten by it.
    public func markAsDemo() throws(OutreachError) {
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('kind', 'demo')")
        }
    }

    /// Whether `outreach demo` made this database.
    public func isDemo() throws(OutreachError) -> Bool {
        try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'kind'") == "demo"
        }
    }
}

extension AppDatabase {
    /// Closes the database, checkpointing the WAL so the main file holds everything.
    public func close() throws(OutreachError) {
        do {
            if let queue = dbWriter as? DatabaseQueue { try queue.close() }
        } catch {
            throw Self.mapped(error, path: path)
        }
    }
}
