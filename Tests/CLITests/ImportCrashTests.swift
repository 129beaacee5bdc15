import Foundation
import GRDB
import OutreachCore
@testable import OutreachStore
import Testing
import TestSupport

/// `nominee import` killed with SIGKILL part-way through a large file: the database stays sound and holds
/// either the whole file or none of it.
@Suite("kill -9 during an import: all or nothing")
struct ImportCrashTests {
    static let rows = 600

    /// A mini database with a session of one 10 000-place quota per district office, and a list for it.
    static func setUp() throws -> (folder: URL, db: String, list: String) {
        let folder = try Fixture.temporaryDirectory()
        let db = folder.appendingPathComponent("base.sqlite").path
        var yaml = try Fixture.text("mini-session.yaml")
        let quotas = try #require(yaml.range(of: "quotas:")), budget = try #require(yaml.range(of: "budget:"))
        yaml.replaceSubrange(quotas.lowerBound..<budget.lowerBound, with: """
            quotas:
              - label: Phòng GD&ĐT
                kind: phong-gddt
                slots:
                  - {roles: [giao-vien], count: 10000}

            """)
        let database = try AppDatabase.open(path: db, create: true)
        let units = try TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "mini-units.yaml")
        _ = try database.importUnits(units, source: "mini-units.yaml", context: Fixture.operatorContext())
        _ = try database.createSession(yaml: yaml, file: "big.yaml", context: Fixture.context())
        try database.close()
        let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Lò", "Giàng"]
        let middles = ["Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "Quang", "Hữu", "Thanh", "Kim"]
        let givens = ["An", "Bình", "Chi", "Dung", "Giang", "Hà", "Hòa", "Khánh", "Lan", "Mai"]
        var csv = "Họ và tên,Vai trò,Nơi công tác,Điện thoại\n"
        for index in 0..<rows {
            let name = "\(families[index % 10]) \(middles[index / 10 % 10]) \(givens[index / 100 % 10])"
            csv += "\(name),Giáo viên,\(index % 2 == 0 ? "PGD-BATXAT" : "PGD-SAPA"),09\(String(format: "%08d", index))\n"
        }
        let list = folder.appendingPathComponent("big.csv").path
        try csv.write(toFile: list, atomically: true, encoding: .utf8)
        return (folder, db, list)
    }

    static func counts(_ path: String) throws -> (people: Int, nominations: Int, audits: Int) {
        let database = try AppDatabase.open(path: path)
        defer { try? database.close() }
        return try database.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person") ?? -1,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM nomination") ?? -1,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit WHERE entity = 'nomination'") ?? -1)
        }
    }

    @Test func aKilledImportKeepsTheWholeFileOrNone() throws {
        let (folder, base, list) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("db.sqlite").path
        let arguments = ["nominee", "import", list, "--session", "LCI-2022-TDKT", "--db", db]
        let environment = ["OUTREACH_TODAY": "2022-05-01"]
        func fresh() throws {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
            try FileManager.default.copyItem(atPath: base, toPath: db)
        }
        try fresh()
        let start = Date()
        let whole = try CLIRunner.run(arguments, in: folder, environment: environment)
        let duration = Date().timeIntervalSince(start)
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(try Self.counts(db) == (Self.rows, Self.rows, Self.rows))
        var killed = 0
        for fraction in [0.3, 0.6, 0.9, 1.05] {
            try fresh()
            let running = try CLIRunner.start(arguments, in: folder, environment: environment)
            usleep(UInt32(fraction * duration * 1_000_000))
            running.kill()
            let result = running.finish()
            if result.killed { killed += 1 } else { #expect(result.status == 0, "\(result.stderr)") }
            let check = try DemoRun.run(["db", "check"], db: db)
            #expect(check.status == 0 && check.stdout == "ok\n", "killed at \(fraction): \(check.stdout)\(check.stderr)")
            let counts = try Self.counts(db)
            #expect(counts == (0, 0, 0) || counts == (Self.rows, Self.rows, Self.rows), "killed at \(fraction): \(counts)")
            #expect(result.killed || counts.nominations == Self.rows, "a finished run committed")
        }
        #expect(killed > 0, "no run was killed: the moments no longer fall within a run")
    }
}
