import Foundation
import GRDB
import OutreachCore
@testable import OutreachStore
import Testing
import TestSupport
import XLSX

/// Real processes killed with SIGKILL at many moments, as `kill -9` or a power cut would end them.
@Suite("kill -9 at any moment: nothing half-written, nothing half-committed")
struct CrashTests {
    /// Microseconds after the start to kill at: a few fixed early moments (before `main`, while opening the
    /// database), then spread over a run as long as `duration` (measured on this machine, at this load) and
    /// just past it, where the file is written and renamed or the transaction commits.
    static func moments(within duration: TimeInterval) -> [UInt32] {
        let fixed: [UInt32] = [1_000, 5_000, 20_000, 50_000]
        let spread = [0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0, 1.1].map { UInt32($0 * duration * 1_000_000) }
        return fixed + spread
    }

    /// Runs a command to the end and says how long it took.
    static func timed(_ arguments: [String], in folder: URL) throws -> TimeInterval {
        let start = Date()
        let result = try CLIRunner.run(arguments, in: folder, environment: ["OUTREACH_TODAY": "2022-05-01"])
        #expect(result.status == 0, "\(result.stderr)")
        return Date().timeIntervalSince(start)
    }

    static let exports = [("signin", "danh-sach-ky-ten.xlsx"), ("nominees", "danh-sach-dai-bieu.xlsx")]

    @Test(arguments: exports)
    func aKilledExportLeavesNothingOrAWholeWorkbook(kind: String, file: String) throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let exports = folder.appendingPathComponent("exports")
        let sessionFolder = exports.appendingPathComponent("LCI-2022-TDKT")
        let final = sessionFolder.appendingPathComponent(file)
        let arguments = ["export", kind, "LCI-2022-TDKT", "--exports", exports.path, "--db", db]
        let moments = Self.moments(within: try Self.timed(arguments, in: folder))
        var killed = 0
        for moment in moments {
            try? FileManager.default.removeItem(at: final)
            let running = try CLIRunner.start(arguments, in: folder)
            usleep(moment)
            running.kill()
            let result = running.finish()
            if result.killed { killed += 1 } else { #expect(result.status == 0, "\(result.stderr)") }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: sessionFolder.path)) ?? []
            for name in names where name != file {
                #expect(name.hasPrefix(".\(file).tmp-"), "only hidden temporary files beside it: \(name)")
            }
            if names.contains(file) {
                // Whatever is under the final name is whole: this run renamed it into place.
                let document = try XLSXReader.read(url: final)
                #expect(!document.sheets.isEmpty && !document.sheets[0].cells.isEmpty, "killed after \(moment) µs")
            } else {
                #expect(result.killed, "a run that was not killed wrote its file")
            }
        }
        #expect(killed > 0, "no run was killed: the moments no longer fall within a run")

        // Temporary files left by the kills are swept once they are a minute old, by the next export.
        let leftovers = ((try? FileManager.default.contentsOfDirectory(atPath: sessionFolder.path)) ?? [])
            .filter { $0.hasPrefix(".") }
        for name in leftovers {
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -120)],
                ofItemAtPath: sessionFolder.appendingPathComponent(name).path)
        }
        let result = try CLIRunner.run(arguments, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: sessionFolder.path) == [file])
    }

    @Test func aKilledNominationIsAllOrNothing() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Room for every attempt in Bảo Thắng's school places.
        let raise = try DemoRun.run(
            ["session", "quota", "LCI-2022-TDKT", "--unit", "PGD-BAOTHANG", "--role", "cbql", "--count", "40"], db: db)
        #expect(raise.status == 0, "\(raise.stderr)")
        let families = ["Giàng", "Sùng", "Lý", "Tẩn", "Vàng", "Thào", "Hầu", "Lò"]
        let given = ["Páo", "Mai", "Chảo", "Lở", "Dung", "Dính", "Chi", "Sính"]
        func arguments(_ attempt: Int) -> [String] {
            ["nominee", "add", "LCI-2022-TDKT", "--works-at", "TH-BAOTHANG-SO1PHOLU", "--as", "SGDDT-LCI",
             "--name", "\(families[attempt % 8]) Văn \(given[(attempt / 8 + attempt) % 8])", "--role", "cbql",
             "--phone", phone(attempt), "--db", db]
        }
        func phone(_ attempt: Int) -> String { "09120000" + String(format: "%02d", attempt) }
        let before = try Self.nominated(in: db)
        // One run to the end: how long a nomination takes here and now.
        let latest = UInt32(try Self.timed(arguments(16), in: folder) * 1.2 * 1_000_000)
        var random = SeededRandom(seed: 9)
        var committed = 1
        for attempt in 0..<16 {
            let running = try CLIRunner.start(arguments(attempt), in: folder, environment: ["OUTREACH_TODAY": "2022-05-01"])
            usleep(UInt32.random(in: 0...latest, using: &random))
            running.kill()
            let result = running.finish()
            #expect(result.killed || result.status == 0, "\(result.stderr)")

            let check = try DemoRun.run(["db", "check"], db: db)
            #expect(check.status == 0 && check.stdout == "ok\n", "after attempt \(attempt): \(check.stdout)\(check.stderr)")
            let traces = try Self.traces(of: phone(attempt), in: db)
            // All or nothing: the person, the nomination and its audit entry, or none of them.
            #expect(traces == (1, 1, 1) || traces == (0, 0, 0), "attempt \(attempt), killed: \(result.killed): \(traces)")
            #expect(result.killed || traces == (1, 1, 1), "a finished run committed")
            if traces.nominations == 1 { committed += 1 }
        }
        #expect(try Self.nominated(in: db) == before + committed)
    }

    @Test func aKilledBackupLeavesNoFileOrAWholeCopy() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("sao-luu.sqlite").path
        let original = try DemoRun.run(["nominee", "list", "LCI-2022-TDKT"], db: db)
        let arguments = ["db", "backup", copy, "--db", db]
        let moments = Self.moments(within: try Self.timed(arguments, in: folder))
        var killed = 0
        for moment in moments {
            try? FileManager.default.removeItem(atPath: copy)
            let running = try CLIRunner.start(arguments, in: folder)
            usleep(moment)
            running.kill()
            let result = running.finish()
            if result.killed { killed += 1 } else { #expect(result.status == 0, "\(result.stderr)") }
            guard FileManager.default.fileExists(atPath: copy) else {
                #expect(result.killed, "a run that was not killed wrote its copy")
                continue
            }
            let check = try DemoRun.run(["db", "check"], db: copy)
            #expect(check.status == 0, "killed after \(moment) µs: \(check.stdout)\(check.stderr)")
            #expect(try DemoRun.run(["nominee", "list", "LCI-2022-TDKT"], db: copy).stdout == original.stdout)
        }
        #expect(killed > 0, "no run was killed: the moments no longer fall within a run")
    }

    /// How many people Bảo Thắng has nominated, as `session quota` reports it.
    static func nominated(in db: String) throws -> Int {
        let quota = try DemoRun.run(["session", "quota", "LCI-2022-TDKT", "--unit", "PGD-BAOTHANG", "--json"], db: db)
        let json = try JSONSerialization.jsonObject(with: Data(quota.stdout.utf8)) as? [String: Any]
        let office = try #require((json?["offices"] as? [[String: Any]])?.first)
        return try #require(office["nominated"] as? Int)
    }

    /// How many people, nominations and audit entries of nominations the phone number has in the database.
    static func traces(of phone: String, in path: String) throws -> (people: Int, nominations: Int, audits: Int) {
        let database = try AppDatabase.open(path: path)
        defer { try? database.close() }
        return try database.read { db in
            let people = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person WHERE phone = ?", arguments: [phone]) ?? 0
            let nominations = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM nomination JOIN person ON person.id = nomination.personId WHERE person.phone = ?
                """, arguments: [phone]) ?? 0
            let audits = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM audit WHERE entity = 'nomination' AND entityKey IN (
                  SELECT CAST(nomination.id AS TEXT) FROM nomination JOIN person ON person.id = nomination.personId
                  WHERE person.phone = ?)
                """, arguments: [phone]) ?? 0
            return (people, nominations, audits)
        }
    }
}
