import Foundation
import Testing
import TestSupport

@Suite("An organiser and an office at the command line, from an empty database")
struct WorkflowTests {
    @Test func fromInitToAConfirmedNominee() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let env = ["OUTREACH_DB": folder.appendingPathComponent("t.sqlite").path, "OUTREACH_TODAY": "2022-05-01"]
        func run(_ arguments: [String]) throws -> ProcessResult {
            try CLIRunner.run(arguments, in: folder, environment: env)
        }
        #expect(try run(["init"]).status == 0)
        let imported = try run(["units", "import", Fixture.path("mini-units.yaml")])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("thêm 9"))
        #expect(try run(["units", "import", Fixture.path("mini-units.yaml")]).stdout.contains("không đổi 9"))
        let created = try run(["session", "create", "--template", Fixture.path("mini-session.yaml")])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(try run(["session", "create", "--template", Fixture.path("mini-session.yaml")]).status == 4)
        let added = try run([
            "nominee", "add", "LCI-2022-TDKT", "--works-at", "TH-BATXAT-KIMDONG", "--name", "Giàng A Páo",
            "--role", "cbql", "--phone", "0912.345.678", "--as", "PGD-BATXAT",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("#1 Giàng A Páo"))
        #expect(try run(["nominee", "confirm", "LCI-2022-TDKT", "0912345678"]).status == 0)
        let list = try run(["nominee", "list", "LCI-2022-TDKT", "--json"])
        let people = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(people.count == 1)
        #expect(people[0]["status"] as? String == "confirmed")
        #expect(people[0]["sender"] as? String == "PGD-BATXAT")
        let quota = try run(["session", "quota", "LCI-2022-TDKT", "--unit", "PGD-BATXAT"])
        #expect(quota.stdout.contains("cbql/giao-vien"))
        let unknownActor = try run(["nominee", "withdraw", "LCI-2022-TDKT", "1", "--as", "PGD-XYZ"])
        #expect(unknownActor.status == 3)
        let english = try run(["nominee", "withdraw", "LCI-2022-TDKT", "Páo", "--lang", "en"])
        #expect(english.stdout.contains("Withdrew #1 Giàng A Páo"))
        let exported = try run(["export", "signin", "LCI-2022-TDKT"])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(FileManager.default.fileExists(
            atPath: folder.appendingPathComponent("exports/LCI-2022-TDKT/danh-sach-ky-ten.xlsx").path))
    }

    @Test func helpTeachesEachCommandWithAnExample() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let help = try CLIRunner.run(["help", "nominee", "add"], in: folder)
        #expect(help.status == 0)
        #expect(help.stdout.contains("Ví dụ"))
        #expect(help.stdout.contains("--works-at"))
    }
}
