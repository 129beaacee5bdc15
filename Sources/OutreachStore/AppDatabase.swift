import CSQLiteConfig
import Foundation
import GRDB
import OutreachCore

/// The project's database: every public method is one transaction, so a command changes all or nothing.
public final class AppDatabase: Sendable {
    private let dbWriter: any DatabaseWriter
    /// The path shown in messages.
    public let path: String

    // MARK: - Configuration

    /// Wraps an open database and brings its schema up to date; refuses a database from a newer version
    /// and any SQLite file that outreach did not make (it is never taken over).
    public init(_ dbWriter: any DatabaseWriter, path: String) throws(OutreachError) {
        self.dbWriter = dbWriter
        self.path = path
        let migrator = Migrations.migrator
        do {
            switch try Self.schemaState(dbWriter, migrator) {
            case .current:
                return
            case .newer:
                throw OutreachError.database(path: path, reason: LocalizedText(
                    vi: "do phiên bản outreach mới hơn tạo ra; hãy cập nhật outreach để mở",
                    en: "made by a newer version of outreach; update outreach to open it"))
            case .foreign:
                throw OutreachError.database(path: path, reason: LocalizedText(
                    vi: "không phải cơ sở dữ liệu của outreach (chứa các bảng khác); hãy chọn tệp cơ sở dữ liệu khác",
                    en: "not an outreach database (it holds other tables); choose another database file"))
            case .empty, .older:
                try Self.migrate(dbWriter, migrator)
            }
        } catch let error as OutreachError {
            throw error
        } catch {
            throw Self.mapped(error, path: path)
        }
    }

    /// Applies the missing migrations. Another process (or thread) may be applying them at the same
    /// moment, one committed migration at a time: then a step fails on a table that now exists, and
    /// trying again after a pause skips what the other has done.
    private static func migrate(_ dbWriter: any DatabaseWriter, _ migrator: DatabaseMigrator) throws {
        var attempts = 0
        while true {
            do {
                try migrator.migrate(dbWriter)
                return
            } catch {
                attempts += 1
                if try schemaState(dbWriter, migrator) == .current { return }
                guard attempts < 40 else { throw error }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
    }

    private enum SchemaState {
        case empty, older, current, newer, foreign
    }

    private static func schemaState(_ dbWriter: any DatabaseWriter, _ migrator: DatabaseMigrator) throws -> SchemaState {
        try dbWriter.read { db in
            guard try db.tableExists("grdb_migrations") else {
                let tables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                return tables == 0 ? .empty : .foreign
            }
            if try migrator.hasBeenSuperseded(db) { return .newer }
            return try migrator.hasCompletedMigrations(db) ? .current : .older
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
                throw .database(path: path, reason: LocalizedText(
                    vi: "thư mục \(directory) không tồn tại", en: "folder \(directory) does not exist"))
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
            // WAL is a property of the file, set once. GRDB's `journalMode = .wal` would also create and
            // drop a table on every open without a WAL file, so even a read-only command would change the file.
            try queue.writeWithoutTransaction { db in try Self.switchToWAL(db) }
            return try AppDatabase(queue, path: path)
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
                reason = LocalizedText(
                    vi: "không phải cơ sở dữ liệu của outreach (tệp hỏng hoặc thuộc loại khác)",
                    en: "not an outreach database (the file is damaged or of another kind)")
            case .SQLITE_CORRUPT:
                reason = LocalizedText(vi: "tệp cơ sở dữ liệu bị hỏng", en: "the database file is damaged")
            case .SQLITE_CANTOPEN:
                reason = LocalizedText(
                    vi: "không mở được (kiểm tra thư mục có tồn tại và ghi được không)",
                    en: "cannot be opened (check the folder exists and is writable)")
            case .SQLITE_READONLY:
                reason = LocalizedText(vi: "chỉ đọc, không ghi được", en: "is read-only")
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                reason = LocalizedText(
                    vi: "đang bận trong chương trình khác quá lâu; hãy thử lại",
                    en: "is busy in another program for too long; try again")
            case .SQLITE_FULL:
                reason = LocalizedText(vi: "đĩa đã đầy", en: "the disk is full")
            default:
                let message = error.message ?? "\(error.resultCode)"
                reason = LocalizedText(vi: message, en: message)
            }
            return .database(path: path, reason: reason)
        }
        return .database(path: path, reason: LocalizedText(vi: "\(error)", en: "\(error)"))
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
                    let (value, commit) = try body(db)
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
            return try dbWriter.read(body)
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
