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
}
