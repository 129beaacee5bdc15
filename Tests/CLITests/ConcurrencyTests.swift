import Foundation
import Testing
import TestSupport

@Suite("Several offices at once on one database file")
struct ConcurrencyTests {
    /// Eight processes race for a two-place slot: exactly two win, the others get "quota full", none "database is locked".
    @Test func racingProcessesNeverOverfillAQuota() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let env = ["OUTREACH_DB": folder.appendingPathComponent("race.sqlite").path, "OUTREACH_TODAY": "2022-05-01"]
        for arguments in [["init"], ["units", "import", Fixture.path("mini-units.yaml")],
                          ["session", "create", "--template", Fixture.path("mini-session.yaml")]] {
            #expect(try CLIRunner.run(arguments, in: folder, environment: env).status == 0)
        }
        let names = ["Giàng A Páo", "Sùng Thị Mai", "Lý Seo Chảo", "Tẩn Láo Lở", "Vàng Thị Dung", "Thào A Dính",
                     "Hầu Thị Chi", "Lò Văn Sính"]
        let results = try runConcurrently(names.map { name in
            ["nominee", "add", "LCI-2022-TDKT", "--works-at", "TH-BATXAT-KIMDONG", "--name", name, "--role", "giao-vien"]
        }, in: folder, environment: env)
        #expect(results.filter { $0.status == 0 }.count == 2)
        #expect(results.filter { $0.status == 4 }.count == 6)
        #expect(results.allSatisfy { !$0.stderr.contains("locked") && !$0.stderr.contains("busy") })
        let quota = try CLIRunner.run(["session", "quota", "LCI-2022-TDKT", "--json"], in: folder, environment: env)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(quota.stdout.utf8)) as? [String: Any])
        let office = try #require((json["offices"] as? [[String: Any]])?.first { $0["unit"] as? String == "PGD-BATXAT" })
        #expect(office["nominated"] as? Int == 2)
    }

    private func runConcurrently(
        _ commands: [[String]], in folder: URL, environment: [String: String]
    ) throws -> [ProcessResult] {
        let running = try commands.map { try CLIRunner.start($0, in: folder, environment: environment) }
        return running.map { $0.finish() }
    }
}
