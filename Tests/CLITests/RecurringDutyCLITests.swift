import Foundation
import OutreachCore
import Testing
import TestSupport
import XLSX

/// Seed 001 (628/LĐLĐ): "định kỳ 06 tháng và hàng năm tổng hợp, đánh giá … gửi về LĐLĐ tỉnh": each period of a
/// recurring duty is a duty of its own, reported, judged, moved by the issuer and exported like any other.
@Suite("Recurring duties at the command line (seed 001)")
struct RecurringDutyCLITests {
    static let plan = "LCU-2021-628"

    func json(_ result: ProcessResult) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]], "\(result.stderr)")
    }

    @Test func theDemoPlaysTheRecurringReportsPeriodByPeriod() throws {
        let demo = DemoRun.shared
        #expect(demo.result.stdout.contains("Kế hoạch LCU-2021-628 (báo cáo định kỳ, ngày xem 31/07/2022):"))
        // Ten of eleven for the first half of 2021 (Mường Tè late, Nậm Nhùn never); nine on time.
        #expect(demo.result.stdout.contains("  bao-cao-6-thang 6 tháng đầu năm 2021: 10/11 đã nhận, 9 đúng hạn"))
        // The federation moved the 2021 annual report to 10/01/2022: Phong Thổ's of 13/01 is late.
        #expect(demo.result.stdout.contains("  bao-cao-nam năm 2021: 9/11 đã nhận, 8 đúng hạn"))
        #expect(demo.result.stdout.contains("  bao-cao-6-thang 6 tháng cuối năm 2021: 9/11 đã nhận, 9 đúng hạn"))
        #expect(demo.result.stdout.contains("  bao-cao-6-thang 6 tháng đầu năm 2022: 8/11 đã nhận, 7 đúng hạn"))
        let lines = try json(try DemoRun.run(["plan", "duties", Self.plan, "--unit", "LDLD-PHONGTHO", "--json"],
                                             db: demo.database, today: "2022-07-31"))
        #expect(lines.map { "\($0["duty"] as? String ?? "") \($0["period"] as? String ?? "") \($0["due"] as? String ?? "") \($0["status"] as? String ?? "")" } == [
            "danh-gia-nam 2021 2021-12-31 missing", "danh-gia-nam 2022 2022-12-31 due",
            "bao-cao-6-thang 2021-H1 2021-07-15 on-time", "bao-cao-6-thang 2021-H2 2022-01-15 on-time",
            "bao-cao-6-thang 2022-H1 2022-07-15 late", "bao-cao-6-thang 2022-H2 2023-01-15 due",
            "bao-cao-nam 2021 2022-01-10 late", "bao-cao-nam 2022 2023-01-15 due",
        ])
        #expect(lines.first?["periodName"] as? String == "năm 2021")
        #expect(lines[2]["sendTo"] as? [String] == ["Ban Chính sách pháp luật và Quan hệ lao động, LĐLĐ tỉnh Lai Châu"])
        let english = try DemoRun.run(["plan", "duties", Self.plan, "--unit", "LDLD-PHONGTHO", "--lang", "en"],
                                      db: demo.database, today: "2022-07-31")
        #expect(english.stdout.contains("first half of 2022"))
        #expect(english.stdout.contains("bao-cao-nam: Ban Chính sách pháp luật và Quan hệ lao động, LĐLĐ tỉnh Lai Châu"))
    }

    @Test func aPeriodIsReportedMovedAndRefusedByName() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The reminders name the period beside the duty.
        let remind = try DemoRun.run(["duty", "remind", Self.plan, "--before", "10"], db: db, today: "2022-07-20")
        #expect(remind.stdout.contains("LDLD-NAMNHUN,Liên đoàn Lao động huyện Nậm Nhùn,bao-cao-6-thang 2022-H1,15/07/2022,Quá hạn"),
                "\(remind.stdout)")
        // Without its period a recurring duty is not found, and the periods are named; nothing changes.
        let bare = try DemoRun.run(["duty", "report", "LDLD-NAMNHUN", "bao-cao-6-thang", "--plan", Self.plan, "--on", "2022-07-20"],
                                   db: db, today: "2022-07-31")
        #expect(bare.status != 0)
        #expect(bare.stderr.contains("--period") && bare.stderr.contains("2021-H1, 2021-H2, 2022-H1, 2022-H2"), "\(bare.stderr)")
        let wrong = try DemoRun.run(["duty", "report", "LDLD-NAMNHUN", "bao-cao-6-thang", "--plan", Self.plan, "--period", "2021-Q1",
                                     "--on", "2022-07-20"], db: db, today: "2022-07-31")
        #expect(wrong.status != 0 && wrong.stderr.contains("2021-Q1"), "\(wrong.stderr)")
        let reported = try DemoRun.run(["duty", "report", "LDLD-NAMNHUN", "bao-cao-6-thang", "--plan", Self.plan, "--period", "2022-h1",
                                        "--on", "2022-07-20", "--as", "LDLD-NAMNHUN"], db: db, today: "2022-07-31")
        #expect(reported.status == 0, "\(reported.stderr)")
        #expect(reported.stdout.contains("(6 tháng đầu năm 2022)” của LDLD-NAMNHUN: nhận ngày 20/07/2022, hạn 15/07/2022 – Trễ hạn"))
        // The issuer moves the period's day: every unit's duty follows, the report is judged again.
        let moved = try DemoRun.run(["duty", "set-due", Self.plan, "bao-cao-6-thang", "--period", "2022-H1", "--due", "2022-07-25",
                                     "--as", "LDLD-LCU"], db: db, today: "2022-07-21")
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout.contains("Đã đặt hạn “bao-cao-6-thang” kỳ 6 tháng đầu năm 2022: 25/07/2022 (trước là 15/07/2022; 11 đơn vị)"))
        let after = try json(try DemoRun.run(["plan", "duties", Self.plan, "--unit", "LDLD-NAMNHUN", "--json"], db: db, today: "2022-07-31"))
        let firstHalf = try #require(after.first { $0["period"] as? String == "2022-H1" })
        #expect(firstHalf["due"] as? String == "2022-07-25" && firstHalf["status"] as? String == "on-time")
        let others = try json(try DemoRun.run(["plan", "duties", Self.plan, "--json"], db: db, today: "2022-07-31"))
        #expect(others.filter { $0["period"] as? String == "2022-H1" }.allSatisfy { $0["due"] as? String == "2022-07-25" })
        #expect(others.filter { $0["period"] as? String == "2022-H2" }.allSatisfy { $0["due"] as? String == "2023-01-15" })
        // A duty that does not recur, a period it does not have, a day before the period: refused, nothing changes.
        for (arguments, words) in [
            (["duty", "set-due", "LCU-2022-TDKT-CD", "bao-cao-6-thang", "--period", "2022-H1", "--due", "2022-07-25"], "không định kỳ"),
            (["duty", "set-due", Self.plan, "bao-cao-nam", "--period", "2023", "--due", "2024-01-10"], "2021, 2022"),
            (["duty", "set-due", Self.plan, "bao-cao-nam", "--period", "2022", "--due", "2021-12-31"], "--due"),
        ] {
            let result = try DemoRun.run(arguments, db: db, today: "2022-07-21")
            #expect(result.status != 0 && result.stderr.contains(words), "\(arguments): \(result.stderr)")
        }
        let log = try DemoRun.run(["audit", "list", "--json"], db: db, today: "2022-07-31")
        #expect(log.stdout.contains("plan-duty-due"))
    }

    @Test func theTrackerShowsEachPeriodAndWhereItIsSent() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("t.xlsx").path
        let result = try DemoRun.run(["export", "duties", Self.plan, "-o", out], db: db, today: "2022-07-31")
        #expect(result.status == 0, "\(result.stderr)")
        let book = try XLSXReader.read(url: URL(fileURLWithPath: out))
        let sheet = try #require(book.sheet(named: "Theo dõi báo cáo"))
        let text = sheet.cells.values.map(\.displayText).joined(separator: "\n")
        #expect(text.contains("II. Báo cáo tổng hợp, đánh giá kết quả thực hiện Nghị quyết 07/NQ-TLĐ định kỳ 06 tháng – 6 tháng đầu năm 2021 (hạn 15/07/2021; gửi: Ban Chính sách pháp luật và Quan hệ lao động, LĐLĐ tỉnh Lai Châu)"))
        #expect(text.contains("– năm 2021 (hạn 10/01/2022; gửi:"))
    }
}
