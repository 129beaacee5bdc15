import Foundation
import Synchronization
import OutreachCore
import OutreachImport
import OutreachStore

/// What importing a nominee file did: the store's outcome and every problem, in file order.
public struct NomineeFileImport: Sendable {
    public var file: String
    public var encoding: String?
    public var session: SessionCode
    public var outcome: NomineeImportOutcome
    /// The reader's notes (encoding converted, …) and every row's problems, in the order of the file.
    public var problems: [ImportProblem]

    public var errors: Int { problems.filter { $0.severity == .error }.count }
    /// The errors that are refusals of rights: rows the acting unit may not change.
    public var refusals: Int {
        problems.filter { problem in
            guard problem.severity == .error, case .notAllowed? = problem.cause else { return false }
            return true
        }.count
    }
}

/// One use case that spans more than the store: a filled form or any list of nominees, read, checked row by
/// row, then applied by the store's rules in one transaction. The command line and the server's upload page
/// both call it; each front end reads the file its own way and renders the result in its own words.
public enum ImportNominees {
    /// `session` and `office` as given by the user; an exported form names both itself, and a given value that
    /// disagrees with the form is refused. Throws, with nothing changed, when the file as a whole is refused:
    /// an unknown session or office, an office the principal may not act for, rows with errors (unless
    /// `partial`), or no row to import.
    ///
    /// The rows are checked on a second thread, `chunk` rows at a time, while the rows checked so far are
    /// written (one transaction for the whole file): the writing takes most of a large import, and the
    /// checks no longer wait in front of it. Whether anything is kept is decided once every row was checked
    /// and applied, as before; the results do not depend on `chunk`.
    public static func run(
        _ file: consuming ImportFile, session given: SessionCode?, office givenOffice: UnitCode?, partial: Bool,
        dryRun: Bool, database: any OutreachStorage, context: CommandContext, progress: ((Int) -> Void)? = nil,
        chunk: Int = 4_096
    ) throws(OutreachError) -> NomineeFileImport {
        if let given, let formSession = file.formSession, given != formSession {
            throw .invalidInput(.session, value: given.rawValue, reason: LocalizedText { $0.thisFormBelongsToSession(formSession) })
        }
        guard let code = given ?? file.formSession else {
            throw .missingInput(.session, reason: LocalizedText { $0.thisFileIsNotA })
        }
        if let givenOffice, let formUnit = file.formUnit, givenOffice != formUnit {
            throw .invalidInput(.unit, value: givenOffice.rawValue, reason: LocalizedText { $0.thisFormBelongsToFormUnit(formUnit) })
        }
        let session = try database.session(code)
        // Whole-file refusals come before any row is read: an unknown office is not a row's fault (exit 3),
        // nor is an office acting for one it has nothing to do with (exit 6).
        let units = try database.units()
        let office = givenOffice ?? file.formUnit
        if let office {
            guard UnitTree(units)[office] != nil else { throw .unknownUnit(office.rawValue) }
            try database.authorizeImport(session: session.code, office: office, context: context)
        }
        let checker = NomineeRowChecker(file: file.name, session: session, units: units, sender: office)
        // The rows are checked on this thread, where the file was read: the memory of each chunk's cells, freed
        // once checked, is reused for the rows checked next (a second thread allocates from a heap of its own,
        // which kept a province's file in memory twice). The writing runs on a thread of its own.
        let expected = file.rowCount
        let tables = file.tables
        file.tables = []
        let checks = CheckedRows()
        nonisolated(unsafe) let progress = progress
        let writing = Writing { () throws(OutreachError) in
            try database.importNominees(
                NomineeRowSource(expected: expected, refused: { checks.problems.contains { $0.severity == .error } },
                                 next: checks.take),
                session: code, partial: partial, dryRun: dryRun, context: context, progress: progress)
        }
        // The thread holds neither the database nor the rows once it has written them: the database is closed
        // when the command lets go of it, as without a thread.
        let thread = Thread { [checks, writing] in
            writing.run()
            checks.stop()
        }
        thread.stackSize = 8 << 20
        thread.start()
        let problems = checker.check(consume tables, chunk: chunk) { rows in checks.put(rows) }
        checks.finish(problems)
        // The writing thread is done once it has stopped taking rows.
        checks.waitUntilStopped()
        // Set by the writing thread before it stopped, whatever it ended with.
        guard let written = writing.outcome else { preconditionFailure("the import's writing ended without a result") }
        let outcome = try written.get()
        let result = NomineeFileImport(
            file: file.name, encoding: file.encoding, session: code, outcome: outcome,
            problems: file.notes + ImportProblem.inFileOrder(problems + outcome.problems))
        return result
    }

    /// Reads the file at `path` and imports it as `run(_:…)` does, with the same results, refusals and errors.
    /// A plain workbook is read as a stream (`ImportFile.stream`, when `streaming`): its rows are checked as they
    /// are read and written as they are checked, so that the reading no longer waits in front of the writing.
    /// Where its end changes rows already written (merged ranges over them, text in a legacy font, a file that
    /// turns out unreadable…), that writing is rolled back and the file is read whole, as with `streaming` off.
    /// `progress` gets the rows written and the rows expected so far (which grows as a streamed file is read),
    /// then once both as the rows read. `reading` is told how the file was read: `.abandoned` once a streamed
    /// writing was rolled back, before the file is read whole (tests look at the database then).
    public static func run(
        path: String, session given: SessionCode?, office givenOffice: UnitCode?, partial: Bool, dryRun: Bool,
        database: any OutreachStorage, context: CommandContext, progress: ((_ done: Int, _ total: Int) -> Void)? = nil,
        chunk: Int = 4_096, streaming: Bool = true, reading: ((Reading) -> Void)? = nil
    ) throws(OutreachError) -> NomineeFileImport {
        if streaming, let given {
            let streamed: NomineeFileImport?
            do {
                streamed = try stream(
                    path: path, session: given, office: givenOffice, partial: partial, dryRun: dryRun,
                    database: database, context: context, progress: progress, chunk: chunk,
                    whenAbandoned: { reading?(.abandoned) })
            } catch {
                reading?(.streamed)
                throw error
            }
            if let streamed {
                reading?(.streamed)
                return streamed
            }
        }
        reading?(.whole)
        let file = try ImportFile.read(path: path)
        let total = file.rowCount
        let result = try run(
            file, session: given, office: givenOffice, partial: partial, dryRun: dryRun, database: database,
            context: context, progress: progress.map { progress in { progress($0, total) } }, chunk: chunk)
        progress?(total, total)
        return result
    }

    /// The streamed import of `run(path:…)`, or nil when the file is to be read whole (after rolling back what
    /// was written): not a plain workbook, a stream abandoned, or a refusal that the whole reading may word
    /// otherwise (a file it refuses comes before an unknown session).
    private static func stream(
        path: String, session code: SessionCode, office: UnitCode?, partial: Bool, dryRun: Bool,
        database: any OutreachStorage, context: CommandContext, progress: ((Int, Int) -> Void)?, chunk: Int,
        whenAbandoned: () -> Void
    ) throws(OutreachError) -> NomineeFileImport? {
        // The refusals of `run(_:…)` before any row, made again there if any of them refuses.
        guard let session = try? database.session(code), let units = try? database.units() else { return nil }
        if let office {
            guard UnitTree(units)[office] != nil,
                  (try? database.authorizeImport(session: session.code, office: office, context: context)) != nil
            else { return nil }
        }
        let name = URL(fileURLWithPath: path).lastPathComponent
        let checker = NomineeRowChecker(file: name, session: session, units: units, sender: office)
        let checks = CheckedRows()
        checks.limit = 4 * max(1, chunk)
        let total = RowTotal()
        nonisolated(unsafe) let progress = progress
        let writing = Writing()
        // The writing starts with the first table, once the rows it declares are known (room is reserved).
        let consumer = StreamedChecks(checker: checker, chunk: chunk, checks: checks, total: total) { expected in
            writing.prepare { () throws(OutreachError) in
                try database.importNominees(
                    NomineeRowSource(
                        expected: expected, refused: { checks.problems.contains { $0.severity == .error } },
                        abandoned: { checks.isAbandoned }, next: checks.take),
                    session: code, partial: partial, dryRun: dryRun, context: context,
                    progress: progress.map { progress in { progress($0, total.value) } })
            }
            let thread = Thread { [checks, writing] in
                writing.run()
                checks.stop()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        switch ImportFile.stream(path: path, chunk: chunk, into: consumer) {
        case .read(let file):
            checks.finish(consumer.problems)
            checks.waitUntilStopped()
            guard let written = writing.outcome else { preconditionFailure("the import's writing ended without a result") }
            // The file was read whole: the writing's refusal is the one the whole reading meets too.
            let outcome = try written.get()
            progress?(consumer.read, consumer.read)
            return NomineeFileImport(
                file: file.name, encoding: file.encoding, session: code, outcome: outcome,
                problems: file.notes + ImportProblem.inFileOrder(consumer.problems + outcome.problems))
        case .refused(let error):
            // As the whole reading refuses it (a hostile file is not read twice), once the writing is undone.
            if consumer.started {
                checks.abandon()
                checks.waitUntilStopped()
            }
            throw error
        case .notStreamed, .abandoned:
            guard consumer.started else { return nil }
            checks.abandon()
            checks.waitUntilStopped()
            whenAbandoned()
            return nil
        }
    }

    /// How `run(path:…)` read a file.
    public enum Reading: Sendable {
        /// As a stream, its rows written as they were read.
        case streamed
        /// As a stream, then given up (what was written rolled back): the file is read again whole.
        case abandoned
        /// Whole, then written.
        case whole
    }

    /// The refusal a finished import ends with, if any, once its report is shown: rows with errors (unless
    /// `partial` kept some), or a file with no row to import.
    public static func refusal(_ result: NomineeFileImport, partial: Bool) -> OutreachError? {
        let errors = result.errors
        if errors > 0 && (!partial || result.outcome.rows.isEmpty) {
            // `partial` imports the valid rows; when there are none, nothing was done and that is no success.
            return .importRefused(file: result.file, errors: errors, notAllowed: result.refusals)
        }
        if errors == 0 && result.outcome.rows.isEmpty {
            return .invalidInput(.file, value: result.file, reason: LocalizedText { $0.hasNoRowWithA })
        }
        return nil
    }
}

/// The writing, run once on its thread, and what it ended with, read once that thread has stopped.
private final class Writing: @unchecked Sendable {
    private var write: (() throws(OutreachError) -> NomineeImportOutcome)?
    private(set) var outcome: Result<NomineeImportOutcome, OutreachError>?

    init(_ write: @escaping () throws(OutreachError) -> NomineeImportOutcome) {
        self.write = write
    }

    /// A writing given its work later (`prepare`).
    init() {}

    /// Sets the writing to run, before its thread starts.
    func prepare(_ write: @escaping () throws(OutreachError) -> NomineeImportOutcome) {
        self.write = write
    }

    /// Runs the writing and lets go of it (and of all it holds) before returning.
    func run() {
        guard let write else { return }
        self.write = nil
        do throws(OutreachError) {
            outcome = .success(try write())
        } catch {
            outcome = .failure(error)
        }
    }
}

/// The rows checked on the checking thread, handed to the writing thread chunk by chunk, and the problems the
/// checks found once they are over.
private final class CheckedRows: @unchecked Sendable {
    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var chunks: [[NomineeImportRow]] = []
    private var next = 0
    private var finished = false
    private var stopped = false
    private var abandoned = false
    private var found: [ImportProblem] = []

    /// How many checked rows may wait for the writing before the checking thread waits in turn: a file read as a
    /// stream is then read as fast as it is written, and the strings it shares with its rows are not all held
    /// at once beside the writing's own (no limit by default).
    var limit = Int.max
    private var queued = 0

    /// Called by the checking thread with each chunk; false once the writing has stopped (it failed).
    func put(_ rows: [NomineeImportRow]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queued >= limit && !stopped { condition.wait() }
        chunks.append(rows)
        queued += rows.count
        condition.broadcast()
        return !stopped
    }

    /// Called by the checking thread when it is done.
    func finish(_ problems: [ImportProblem]) {
        condition.lock()
        defer { condition.unlock() }
        found = problems
        finished = true
        condition.broadcast()
    }

    /// Called by the checking thread when the rows given were not the file's (its reading is abandoned): the
    /// writing takes no more rows and keeps nothing.
    func abandon() {
        condition.lock()
        defer { condition.unlock() }
        abandoned = true
        finished = true
        condition.broadcast()
    }

    /// Whether the rows given were abandoned.
    var isAbandoned: Bool {
        condition.lock()
        defer { condition.unlock() }
        return abandoned
    }

    /// The next chunk in file order, waiting for it; nil once every row was given (or they were abandoned).
    func take() -> [NomineeImportRow]? {
        condition.lock()
        defer { condition.unlock() }
        while next == chunks.count && !finished { condition.wait() }
        guard next < chunks.count, !abandoned else { return nil }
        let rows = chunks[next]
        chunks[next] = []
        next += 1
        queued -= rows.count
        condition.broadcast()
        return rows
    }

    /// Every problem the checks found, once they are over (waiting for them).
    var problems: [ImportProblem] {
        condition.lock()
        defer { condition.unlock() }
        while !finished { condition.wait() }
        return found
    }

    /// Called by the writing thread when it is done, whatever it ended with.
    func stop() {
        condition.lock()
        defer { condition.unlock() }
        stopped = true
        condition.broadcast()
    }

    func waitUntilStopped() {
        condition.lock()
        defer { condition.unlock() }
        while !stopped { condition.wait() }
    }
}

/// How many rows a streamed import expects so far, read by the writing thread for its progress.
private final class RowTotal: Sendable {
    private let count = Atomic<Int>(0)

    var value: Int { count.load(ordering: .relaxed) }

    func grow(to total: Int) {
        _ = count.max(total, ordering: .relaxed)
    }
}

/// The rows of a streamed file, checked on the reading thread as they come and handed to the writing.
private final class StreamedChecks: ImportRowConsumer {
    private let chunk: Int
    private let checks: CheckedRows
    private let total: RowTotal
    private let checker: NomineeRowChecker
    private let start: (Int) -> Void
    private var checking: NomineeRowChecker.Checking?
    private var table: ImportTable?
    /// The rows expected by the tables begun.
    private var expected = 0
    /// The rows of the tables read so far.
    private(set) var read = 0

    init(checker: NomineeRowChecker, chunk: Int, checks: CheckedRows, total: RowTotal, start: @escaping (Int) -> Void) {
        self.checker = checker
        self.chunk = chunk
        self.checks = checks
        self.total = total
        self.start = start
    }

    /// Whether the writing was started (with the first table).
    var started: Bool { checking != nil }

    var problems: [ImportProblem] { checking?.problems ?? [] }

    func begin(_ table: ImportTable, expected: Int) {
        self.table = table
        self.expected += expected
        total.grow(to: max(self.expected, read))
        if checking == nil {
            checking = NomineeRowChecker.Checking(checker, capacity: expected)
            start(expected)
        }
    }

    func take(_ rows: inout [ImportRow]) -> Bool {
        guard let table else { return false }
        read += rows.count
        total.grow(to: max(expected, read))
        let checks = self.checks
        return checking?.check(&rows, in: table, chunk: chunk) { checks.put($0) } ?? false
    }

    func end(_ rows: inout [ImportRow]) -> Bool {
        guard var table else { return false }
        read += rows.count
        total.grow(to: max(expected, read))
        table.rows = rows
        rows = []
        checking?.cut(&table)
        var tail = table.rows
        table.rows = []
        let checks = self.checks
        return checking?.check(&tail, in: table, chunk: chunk) { checks.put($0) } ?? false
    }
}
