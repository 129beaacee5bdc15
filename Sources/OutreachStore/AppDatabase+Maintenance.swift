import AtomicFile
import Foundation
import GRDB
import OutreachCore

/// Backing up and checking a database file. Both open the file as it is, never migrating it and refusing any
/// write (`query_only`), so a copy taken before an upgrade still opens in the version that made it, and a
/// damaged file is not made worse. The connection is read-write only so that closing it tidies the WAL files
/// away as every other command does; a read-only one would leave `-wal` and `-shm` behind.
extension AppDatabase {
    // MARK: - Maintenance

    /// Copies the database at `path` into the new file `destination` with SQLite's online backup: a
    /// consistent copy of every committed change, while other processes keep working. The copy is written
    /// under a hidden temporary name beside `destination` (see `PendingFile`) and renamed into place when
    /// complete, so a failed or interrupted backup leaves nothing; a new copy is readable by its owner only
    /// (0600: it holds personal data), an existing file is replaced, keeping its mode, only when `replacing`.
    /// Returns the copy's size in bytes.
    @discardableResult
    public static func backup(path: String, to destination: String, replacing: Bool = false) throws(OutreachError) -> Int {
        let source = try openAsIs(path: path)
        try checkBackupDestination(source: path, destination: destination)
        let pending: PendingFile
        do {
            pending = try PendingFile(
                destination: destination, replacing: replacing, companions: PendingFile.sqliteCompanions,
                newFileMode: 0o600)
        } catch {
            throw refusal(error, destination: destination)
        }
        // Errors inside the copy are the destination's (disk full, unwritable); opening the source is the source's.
        let copied: Result<Void, OutreachError> = try read(source, path: path) { db in
            do {
                let copy = try DatabaseQueue(path: pending.temporaryPath)
                try copy.writeWithoutTransaction { try db.backup(to: $0) }
                try copy.close()
                return .success(())
            } catch {
                return .failure(mapped(error, path: destination))
            }
        }
        try copied.get()
        do {
            try pending.commit()
        } catch {
            throw refusal(error, destination: destination)
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: destination)
        return (attributes?[.size] as? NSNumber)?.intValue ?? 0
    }

    private static func refusal(_ failure: PendingFile.Failure, destination: String) -> OutreachError {
        if case .exists = failure { return .fileExists(destination) }
        return .file(path: destination, reason: failure.text)
    }

    /// What is wrong with the database file at `path`: each line of `PRAGMA integrity_check` other than "ok",
    /// and each row `PRAGMA foreign_key_check` finds pointing at a row that does not exist. Empty when healthy.
    public static func check(path: String) throws(OutreachError) -> [LocalizedText] {
        let queue = try openAsIs(path: path)
        return try read(queue, path: path) { db in
            var problems: [LocalizedText] = []
            if case let .gap(missing) = try schemaState(db, Migrations.migrator) {
                problems.append(LocalizedText { $0.migrationMissingIsMissingWhile(missing) })
            }
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            for line in integrity where line != "ok" {
                problems.append(LocalizedText { $0.damagedStructureLine(line) })
            }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                let table: String = row[0]
                let rowID: Int64? = row[1]
                let parent: String = row[2]
                let keyID: Int = row[3]
                let column = try String.fetchOne(
                    db, sql: "SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE id = ?", arguments: [table, keyID])
                let place = rowID.map { "\(table) #\($0)" } ?? table
                let field = column ?? "?"
                problems.append(LocalizedText { $0.placeColumnFieldPointsTo(place, field, parent) })
            }
            return problems
        }
    }

    // MARK: - Helpers

    /// A connection to an existing file that waits for writers like every command and refuses to write.
    private static func openAsIs(path: String) throws(OutreachError) -> DatabaseQueue {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .databaseMissing(path) }
        guard !isDirectory.boolValue else {
            throw .database(path: path, reason: LocalizedText { $0.isAFolder })
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA query_only = ON")
        }
        let queue: DatabaseQueue
        let state: SchemaState
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            state = try schemaState(queue, Migrations.migrator)
        } catch {
            throw mapped(error, path: path)
        }
        // Only outreach's own files are vouched for: an empty or foreign SQLite file is not "ok". A newer
        // file, or one with a migration missing, is still outreach's and can be copied and checked.
        switch state {
        case .empty:
            throw .database(path: path, reason: LocalizedText { $0.isAnEmptyFileNot })
        case .foreign:
            throw .database(path: path, reason: LocalizedText { $0.notAnOutreachDatabaseIt })
        case .older, .current, .newer, .gap:
            return queue
        }
    }

    private static func read<T>(
        _ queue: DatabaseQueue, path: String, _ body: (Database) throws -> T
    ) throws(OutreachError) -> T {
        do {
            return try queue.read(body)
        } catch {
            throw mapped(error, path: path)
        }
    }

    /// Refuses, before any work, the database itself as destination and one with a journal beside it
    /// (`PendingFile` refuses the rest: a missing or unwritable folder, a folder, a link, an existing file).
    private static func checkBackupDestination(source: String, destination: String) throws(OutreachError) {
        if sameFile(source, destination) {
            throw .invalidValue(field: "FILE", value: destination, reason: LocalizedText { $0.isTheDatabaseBeingBacked })
        }
        // A journal left under the name would be replayed into the new copy when it is next opened.
        for suffix in ["-wal", "-journal"] where FileManager.default.fileExists(atPath: destination + suffix) {
            throw .file(path: destination, reason: LocalizedText { $0.destinationIsBesideItA(destination + suffix) })
        }
    }

    private static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat()
        var b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
