import Foundation
import Testing
import TestSupport

@Suite("outreach session list: who organises each session, and where it stood on the day asked")
struct SessionListTests {
    private func line(_ code: String, in output: String) -> String {
        output.split(separator: "\n").first { $0.hasPrefix(code + " ") }.map(String.init) ?? ""
    }

    @Test func followUpsAreToldApartAndTheStatusIsAsOnTheDay() throws {
        let db = DemoRun.shared.database
        // Before the session the demo's session (held, in the database) was still taking nominations.
        let before = try DemoRun.run(["session", "list"], db: db, today: "2022-05-01")
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout.hasPrefix("Mã"))
        #expect(before.stdout.split(separator: "\n").first?.contains("Đơn vị tổ chức") == true)
        let session = line("LCI-2022-TDKT", in: before.stdout)
        #expect(session.contains("SGDDT-LCI") && session.hasSuffix("Đang nhận đăng ký"), "\(session)")
        let followUp = line("LCI-2022-TDKT-PGD-BATXAT", in: before.stdout)
        #expect(followUp.contains("PGD-BATXAT") && !followUp.hasSuffix("Đã tổ chức"), "\(followUp)")
        // After it, as the database holds it.
        let after = try DemoRun.run(["session", "list"], db: db, today: "2022-07-15")
        #expect(line("LCI-2022-TDKT", in: after.stdout).hasSuffix("Đã tổ chức"))
        #expect(line("LCI-2022-TDKT-PGD-BATXAT", in: after.stdout).hasSuffix("Đã tổ chức"))
    }

    static func sessions(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try DemoRun.run(["session", "list", "--json"] + arguments, db: DemoRun.shared.database)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
    }

    @Test("--as lists only the sessions that unit takes part in or organises, as its pages do")
    func visibleToAnOffice() throws {
        let sapa = try Self.sessions(["--as", "PGD-SAPA"]).compactMap { $0["code"] as? String }
        #expect(sapa == ["LCI-2022-TDKT-PGD-SAPA", "LCI-2022-TDKT"])
        let all = try Self.sessions([]).compactMap { $0["code"] as? String }
        #expect(all.count > sapa.count)
        #expect(all.contains("LCI-2022-TDKT-PGD-BATXAT"))
    }

    @Test("--json says the status the table shows, judged on the command's day")
    func statusOnTheDay() throws {
        let root = try #require(try Self.sessions([]).first { $0["code"] as? String == "LCI-2022-TDKT" })
        // The demo played the session to its end (held); on 01/05, before it, it is open for nominations.
        #expect(root["status"] as? String == "open")
        let table = try DemoRun.run(["session", "list", "--as", "PGD-SAPA"], db: DemoRun.shared.database)
        #expect(table.stdout.contains("Đang nhận đăng ký"))
        #expect(!table.stdout.contains("Đã tổ chức"))
    }
}
