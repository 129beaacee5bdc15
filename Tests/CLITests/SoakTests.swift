import Foundation
import GRDB
import Testing
import TestSupport

/// Eight offices' worth of real `outreach` processes hammer one database file at the same time; afterwards
/// every effect each of them was told about is in the file, and nothing else.
///
/// Each command is its own process (as offices run it), which costs ~50 ms of CPU in a debug build: the
/// full 8 × 500 takes ~200 CPU-seconds, so `swift test` runs 8 × 100 and `make soak` (or
/// `OUTREACH_SOAK_COMMANDS=500 swift test --filter SoakTests`) the full run.
@Suite("Soak: 8 processes × 100 (or 500) commands on one database file")
struct SoakTests {
    static let workers = 8
    /// Commands per worker (a multiple of 5); `OUTREACH_SOAK_COMMANDS` changes it.
    static let commands = ProcessInfo.processInfo.environment["OUTREACH_SOAK_COMMANDS"].flatMap(Int.init) ?? 100
    /// The shared place all workers nominate into: each cycle nominates one and every other cycle withdraws
    /// one, so workers want half as many places as cycles; three eighths of that fills up, and some are refused.
    static let capacity = workers * (commands / 5) * 3 / 8
    static let session = "LCI-2022-TDKT"

    static let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
    static let middles = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Hồng", "Ngọc", "Xuân", "Kim"]
    static let givens = ["An", "Bình", "Chi", "Dũng", "Hoa", "Khánh", "Lan", "Mai", "Nam", "Sơn"]

    /// What one worker was told, command by command.
    struct Log {
        var added: [Int64] = []
        var confirmed: Set<Int64> = []
        var withdrawn: Set<Int64> = []
        var marked: Set<Int64> = []
        var marks = 0
        var refusedFull = 0
        var reads = 0
        /// Anything else: a wrong status, error text on stderr, unreadable output.
        var problems: [String] = []
    }

    @Test func noLostWriteNoOverfilledQuotaNoLockErrors() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("soak.sqlite").path
        let env = ["OUTREACH_DB": database, "OUTREACH_TODAY": "2022-05-01"]
        let template = try Fixture.text("mini-session.yaml").replacingOccurrences(
            of: "{roles: [cbql, giao-vien], count: 2, from: subordinate}",
            with: "{roles: [cbql, giao-vien], count: \(Self.capacity), from: subordinate}")
        try template.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        for arguments in [["init"], ["units", "import", Fixture.path("mini-units.yaml")],
                          ["session", "create", "--template", "s.yaml"]] {
            let result = try CLIRunner.run(arguments, in: folder, environment: env)
            try #require(result.status == 0, "\(result.stderr)")
        }
        let auditBefore = try Self.count(database, "SELECT COUNT(*) FROM audit")

        let started = Date()
        let logs = Self.runWorkers { worker in Self.work(worker, folder: folder, environment: env) }
        let seconds = Date().timeIntervalSince(started)
        print("soak: \(Self.workers) × \(Self.commands) commands in \(String(format: "%.1f", seconds)) s")

        for (worker, log) in logs.enumerated() {
            #expect(log.problems.isEmpty, "worker \(worker): \(log.problems.prefix(5))")
        }
        let added = logs.flatMap(\.added)
        let confirmed = logs.reduce(into: Set<Int64>()) { $0.formUnion($1.confirmed) }
        let withdrawn = logs.reduce(into: Set<Int64>()) { $0.formUnion($1.withdrawn) }
        let marked = logs.reduce(into: Set<Int64>()) { $0.formUnion($1.marked) }
        #expect(Set(added).count == added.count, "two workers were told the same number")
        #expect(logs.map(\.refusedFull).reduce(0, +) > 0, "the quota never filled: the race was not tested")

        try DatabaseQueue(path: database).read { db in
            // Every nomination a worker was told about is there with the status its commands left, and no other.
            var expected: [Int64: String] = [:]
            for id in added {
                expected[id] = withdrawn.contains(id) ? "withdrawn" : confirmed.contains(id) ? "confirmed" : "proposed"
            }
            let stored = try Row.fetchAll(db, sql: "SELECT id, status FROM nomination")
            let actual = Dictionary(uniqueKeysWithValues: stored.map { ($0["id"] as Int64, $0["status"] as String) })
            #expect(actual == expected)
            let active = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM nomination n JOIN quotaSlot s ON s.id = n.slotId
                WHERE s.unitCode = 'PGD-BATXAT' AND s.count = ? AND n.status IN ('proposed', 'confirmed')
                """, arguments: [Self.capacity]) ?? -1
            #expect(active <= Self.capacity)
            #expect(active == added.count - withdrawn.count)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attendance") == marked.count)
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            // One audit line per write, none for a refusal or a read.
            let audit = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit") ?? 0
            let writes = added.count + confirmed.count + withdrawn.count + logs.map(\.marks).reduce(0, +)
            #expect(audit - auditBefore == writes)
            for (command, count) in [("nominee add", added.count), ("nominee confirm", confirmed.count),
                                     ("nominee withdraw", withdrawn.count),
                                     ("attendance mark", logs.map(\.marks).reduce(0, +))] {
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit WHERE command = ?", arguments: [command])
                    == count, "\(command)")
            }
        }
    }

    /// One worker's 500 commands, in cycles of five: nominate a new person, confirm them, list the office,
    /// mark them present, then withdraw someone (every other cycle) or read the quota.
    static func work(_ worker: Int, folder: URL, environment: [String: String]) -> Log {
        var log = Log()
        func run(_ arguments: [String]) -> ProcessResult? {
            do {
                return try CLIRunner.run(arguments, in: folder, environment: environment)
            } catch {
                log.problems.append("\(arguments): \(error)")
                return nil
            }
        }
        func expectSuccess(_ result: ProcessResult?, _ what: String) -> Bool {
            guard let result else { return false }
            // The one warning a worker's own steps may cause: withdrawing someone it marked present (the marks stay).
            let warnings = result.stderr.split(separator: "\n").allSatisfy { $0.contains("đã được điểm danh có mặt") }
            if result.status == 0 && (result.stderr.isEmpty || warnings) { return true }
            log.problems.append("\(what): exit \(result.status), stderr \(result.stderr)")
            return false
        }
        for cycle in 0..<(commands / 5) {
            let name = "\(families[worker]) \(middles[cycle / 10 % 10]) \(givens[cycle % 10])"
            let phone = "09\(worker)" + String(format: "%07d", cycle)
            let school = cycle.isMultiple(of: 2) ? "TH-BATXAT-KIMDONG" : "THCS-BATXAT-YTY"
            let add = run(["nominee", "add", session, "--works-at", school, "--name", name, "--role", "giao-vien",
                           "--phone", phone, "--as", "PGD-BATXAT", "--json"])
            var id: Int64?
            if let add, add.status == 4, add.stdout.isEmpty,
               add.stderr == #"{"error":"PGD-BATXAT đã cử đủ \#(capacity) người cho vai trò cbql\/giao-vien; "#
                + #"rút hoặc thay một người trước","exit":4}"# + "\n" {
                log.refusedFull += 1
            } else if expectSuccess(add, "add \(name)"), let add,
                      let json = try? JSONSerialization.jsonObject(with: Data(add.stdout.utf8)) as? [String: Any],
                      let number = json["id"] as? Int {
                id = Int64(number)
                log.added.append(Int64(number))
            }
            // Confirm and mark the newest of this worker's nominees still in place.
            let target = id ?? log.added.last { !log.withdrawn.contains($0) }
            if let target {
                if expectSuccess(run(["nominee", "confirm", session, "#\(target)"]), "confirm #\(target)") {
                    log.confirmed.insert(target)
                }
            } else {
                log.reads += 1
                _ = expectSuccess(run(["session", "quota", session]), "quota")
            }
            log.reads += 1
            _ = expectSuccess(run(["nominee", "list", session, "--unit", "PGD-BATXAT"]), "list")
            if let target {
                if expectSuccess(run(["attendance", "mark", session, "#\(target)", "present", "--part", "2022-05-10:am",
                                      "--today", "2022-05-10"]), "mark #\(target)") {
                    log.marked.insert(target)
                    log.marks += 1
                }
            } else {
                log.reads += 1
                _ = expectSuccess(run(["session", "quota", session]), "quota")
            }
            if cycle % 2 == 1, let oldest = log.added.first(where: { !log.withdrawn.contains($0) }) {
                if expectSuccess(run(["nominee", "withdraw", session, "#\(oldest)", "--reason", "bận"]),
                                 "withdraw #\(oldest)") {
                    log.withdrawn.insert(oldest)
                }
            } else {
                log.reads += 1
                _ = expectSuccess(run(["session", "quota", session, "--unit", "PGD-BATXAT"]), "quota")
            }
        }
        return log
    }

    /// Runs `body` for each worker on its own thread, all at once, and collects their logs in order.
    static func runWorkers(_ body: @escaping @Sendable (Int) -> Log) -> [Log] {
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var logs: [Int: Log] = [:]
        }
        let results = Results()
        let group = DispatchGroup()
        for worker in 0..<workers {
            group.enter()
            let thread = Thread {
                let log = body(worker)
                results.lock.lock()
                results.logs[worker] = log
                results.lock.unlock()
                group.leave()
            }
            thread.start()
        }
        group.wait()
        return (0..<workers).map { results.logs[$0] ?? Log(problems: ["worker \($0) returned nothing"]) }
    }

    static func count(_ path: String, _ sql: String) throws -> Int {
        try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: sql) ?? 0 }
    }
}
