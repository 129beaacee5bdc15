import Foundation
import Testing
import TestSupport

/// A duty owed by a bloc (seed 000: the blocs' standing members review the six months and report to the
/// federation's policy department) and duties owed to bodies outside the unit tree (seed 003 items 6, 12, 32).
@Suite("Duties owed by a bloc and to outside bodies, at the command line")
struct PlanRecipientsCLITests {
    static let units = Fixture.template("units/lai-chau-ldld-2022.yaml")

    func run(_ arguments: [String], db: String, in folder: URL, today: String) throws -> ProcessResult {
        try CLIRunner.run(arguments + ["--db", db], in: folder, environment: ["OUTREACH_TODAY": today])
    }

    func json(_ result: ProcessResult) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]], "\(result.stderr)")
    }

    @Test func theBlocsChairReportsTheBlocsDuty() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("p.sqlite").path
        let plan = Fixture.template("plans/lai-chau-2024-so-ket-6-thang.yaml")
        for arguments in [["init"], ["units", "import", Self.units], ["plan", "import", plan, "--as", "LDLD-LCU"]] {
            let result = try run(arguments, db: db, in: folder, today: "2024-05-13")
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let code = "LCU-2024-SO-KET-6T"
        let lines = try json(try run(["plan", "duties", code, "--json"], db: db, in: folder, today: "2024-05-20"))
        #expect(lines.count == 11 + 1 + 10)
        let bloc = try #require(lines.first { $0["duty"] as? String == "so-ket-6-thang-khoi" })
        #expect(bloc["bloc"] as? String == "KHOI-LDLD-CDN-CDVC-2024")
        #expect(bloc["unit"] as? String == "LDLD-TPLAICHAU")
        #expect(bloc["plan"] as? String == code)
        #expect(bloc["sendTo"] as? [String] == ["Ban Chính sách pháp luật và Quan hệ lao động, LĐLĐ tỉnh Lai Châu"])
        #expect((bloc["unitName"] as? String)?.hasPrefix("Khối thi đua LĐLĐ huyện, CĐN, CĐ Viên chức") == true)
        // The chair reports for the bloc; its own six-month review as a unit is a separate duty.
        let reported = try run(["duty", "report", "LDLD-TPLAICHAU", "so-ket-6-thang-khoi", "--plan", code, "--on", "2024-06-28",
                                "--as", "LDLD-TPLAICHAU"], db: db, in: folder, today: "2024-06-28")
        #expect(reported.status == 0, "\(reported.stderr)")
        let after = try json(try run(["plan", "duties", code, "--unit", "LDLD-TPLAICHAU", "--json"], db: db, in: folder,
                                     today: "2024-07-02"))
        #expect(after.map { $0["duty"] as? String } == ["so-ket-6-thang", "so-ket-6-thang-khoi", "khen-thuong-nam-hoc"])
        #expect(after.map { $0["status"] as? String } == ["overdue", "on-time", "due"])
        // Another member does not owe the bloc's duty.
        let refused = try run(["duty", "report", "LDLD-SINHO", "so-ket-6-thang-khoi", "--plan", code, "--on", "2024-06-28"],
                              db: db, in: folder, today: "2024-06-28")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("LDLD-SINHO không có nhiệm vụ “so-ket-6-thang-khoi”"), "\(refused.stderr)")
        let text = try run(["plan", "duties", code], db: db, in: folder, today: "2024-07-02")
        #expect(text.stdout.contains("KHOI-LDLD-CDN-CDVC-2024 (LDLD-TPLAICHAU)"))
        #expect(text.stdout.contains("so-ket-6-thang-khoi: Ban Chính sách pháp luật và Quan hệ lao động, LĐLĐ tỉnh Lai Châu"))
    }

    @Test func theProvincialFederationOwesOutsideBodies() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("p.sqlite").path
        for arguments in [["init"], ["units", "import", Self.units], ["plan", "import", Fixture.template("plans/lai-chau-2022-tdkt.yaml")]] {
            #expect(try run(arguments, db: db, in: folder, today: "2022-01-06").status == 0)
        }
        let own = try json(try run(["plan", "duties", "LCU-2022-TDKT-CD", "--unit", "LDLD-LCU", "--json"], db: db, in: folder,
                                   today: "2022-07-05"))
        #expect(own.map { $0["duty"] as? String } == ["dang-ky-chi-tieu-cap-tren", "bao-cao-6-thang-cap-tren", "bao-cao-tong-ket-cap-tren"])
        #expect(own.map { $0["status"] as? String } == ["missing", "overdue", "due"])
        #expect(own[1]["sendTo"] as? [String] == [
            "Cụm thi đua 7 tỉnh biên giới phía Bắc", "Khối thi đua MTTQ và các đoàn thể tỉnh",
            "Ban Thi đua - Khen thưởng, Tổng Liên đoàn", "Ủy ban nhân dân tỉnh Lai Châu",
        ])
        let shown = try run(["plan", "show", "LCU-2022-TDKT-CD"], db: db, in: folder, today: "2022-07-05")
        #expect(shown.stdout.contains("gửi HDTDKT-LCU") == false)
        #expect(shown.stdout.contains("gửi Hội đồng Thi đua - Khen thưởng tỉnh Lai Châu; TLD-VN"), "\(shown.stdout)")
    }

    @Test func theDemoPlaysSeed000() throws {
        let demo = DemoRun.shared
        #expect(demo.result.status == 0, "\(demo.result.stderr)")
        let lines = try json(try DemoRun.run(["plan", "duties", "LCU-2024-SO-KET-6T", "--json"], db: demo.database, today: "2024-07-15"))
        let reviews = lines.filter { $0["duty"] as? String == "so-ket-6-thang" }
        #expect(reviews.count == 11)
        #expect(reviews.filter { $0["status"] as? String == "on-time" }.count == 8)
        #expect(reviews.filter { $0["status"] as? String == "late" }.map { $0["unit"] as? String } == ["LDLD-MUONGTE"])
        #expect(reviews.filter { $0["status"] as? String == "overdue" }.map { $0["unit"] as? String } == ["LDLD-NAMNHUN", "CDN-YTE-LCU"])
        let bloc = try #require(lines.first { $0["duty"] as? String == "so-ket-6-thang-khoi" })
        #expect(bloc["status"] as? String == "on-time" && bloc["bloc"] as? String == "KHOI-LDLD-CDN-CDVC-2024")
    }
}
