import Foundation
import Testing
import TestSupport

@Suite("session list: one visibility rule and one status, the server's")
struct SessionListTests {
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
