import Foundation
import Testing
import TestSupport

@Suite("Plan activities marked done with evidence, progress per quarter, at the command line")
struct PlanProgressCLITests {
    static let code = "LCU-2022-TDKT-CD"

    func run(_ arguments: [String], db: String, in folder: URL, today: String) throws -> ProcessResult {
        try CLIRunner.run(arguments + ["--db", db], in: folder, environment: ["OUTREACH_TODAY": today])
    }

    @Test func markedDoneWithAFileAndShownPerQuarter() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("p.sqlite").path
        for arguments in [["init"], ["units", "import", Fixture.template("units/lai-chau-ldld-2022.yaml")],
                          ["plan", "import", Fixture.template("plans/lai-chau-2022-tdkt.yaml")]] {
            #expect(try run(arguments, db: db, in: folder, today: "2022-01-06").status == 0)
        }
        let evidence = folder.appendingPathComponent("bien-ban.txt")
        try "abc".write(to: evidence, atomically: true, encoding: .utf8)
        let done = try run(["plan", "done", Self.code, "2", "--on", "2022-03-20", "--file", evidence.path, "--as", "LDLD-LCU"],
                           db: db, in: folder, today: "2022-03-21")
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.contains("Hoạt động 2 (quý I) đã thực hiện ngày 20/03/2022"))
        #expect(done.stdout.contains("SHA-256 ba7816bf8f01"))
        #expect(try run(["plan", "done", Self.code, "8", "--on", "2022-04-12", "--as", "LDLD-LCU"], db: db, in: folder,
                        today: "2022-04-12").status == 0)
        let progress = try run(["plan", "progress", Self.code, "--json"], db: db, in: folder, today: "2022-07-01")
        let quarters = try #require(try JSONSerialization.jsonObject(with: Data(progress.stdout.utf8)) as? [[String: Any]])
        #expect(quarters.map { $0["done"] as? Int } == [2, 0, 0, 0])
        #expect(quarters.map { $0["doneLate"] as? Int } == [1, 0, 0, 0])
        #expect(quarters.map { $0["overdue"] as? Int } == [7, 7, 0, 0])
        let first = try #require((quarters[0]["activities"] as? [[String: Any]])?.first { $0["number"] as? Int == 2 })
        #expect(first["sha256"] as? String == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(first["file"] as? String == evidence.standardizedFileURL.path)
        let text = try run(["plan", "progress", Self.code], db: db, in: folder, today: "2022-07-01")
        #expect(text.stdout.contains("2/30 hoạt động đã thực hiện"), "\(text.stdout)")

        // Refusals change nothing: another unit, a number the plan does not have, a day after today.
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let cases: [([String], Int32, String)] = [
            (["plan", "done", Self.code, "3", "--on", "2022-03-01", "--as", "LDLD-SINHO"], 6, "LDLD-SINHO không có quyền"),
            (["plan", "done", Self.code, "28", "--on", "2022-03-01"], 4, "không có hoạt động số 28"),
            (["plan", "done", Self.code, "3", "--on", "2022-08-01"], 1, "sau hôm nay"),
        ]
        for (arguments, status, message) in cases {
            let result = try run(arguments, db: db, in: folder, today: "2022-07-01")
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func theDemoFollowsThePlan() throws {
        let demo = DemoRun.shared
        let progress = try DemoRun.run(["plan", "progress", Self.code, "--json"], db: demo.database, today: "2022-12-20")
        let quarters = try #require(try JSONSerialization.jsonObject(with: Data(progress.stdout.utf8)) as? [[String: Any]],
                                    "\(progress.stderr)")
        #expect(quarters.map { $0["done"] as? Int } == [8, 5, 2, 1])
        #expect(quarters.map { $0["doneLate"] as? Int } == [1, 1, 0, 0])
    }
}
