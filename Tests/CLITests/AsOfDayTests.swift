import Foundation
import OutreachCore
import Testing
import TestSupport
import XLSX

/// Issue 18, item 5: a document dated a day (`--today`) shows only what was recorded by that day.
@Suite("Documents as of a day: no figure, mark or score recorded after it")
struct AsOfDayTests {
    let demo = DemoRun.shared
    static let rates = Fixture.template("rates")

    static func texts(_ sheet: SheetContent) -> [String] {
        sheet.cells.values.compactMap { if case .text(let text) = $0.value { text } else { nil } }
    }

    @Test func theBudgetDatedBeforeTheAttendanceAndTheInvoicesShowsNoActuals() throws {
        let (folder, db) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        // An invoice recorded on 12/05, after the session (the demo's attendance is recorded on 10/05).
        let recorded = try DemoRun.run(["budget", "actual", "LCI-2022-TDKT", "hoi-truong", "4.500.000", "--rates", Self.rates],
                                       db: db, today: "2022-05-12")
        #expect(recorded.status == 0, "\(recorded.stderr)")
        func export(_ day: String, _ name: String) throws -> XLSXDocument {
            let written = try DemoRun.run(["export", "budget", "LCI-2022-TDKT", "-o", name, "--rates", Self.rates],
                                          db: db, today: day)
            #expect(written.status == 0, "\(written.stderr)")
            return try XLSXReader.read(url: folder.appendingPathComponent(name))
        }
        // Dated 09/05: neither the attendance nor the invoice exists yet, so no settlement column at all.
        let before = try export("2022-05-09", "before.xlsx")
        let summaryBefore = Self.texts(try #require(before.sheet(named: "Dự toán")))
        #expect(!summaryBefore.contains("Thực chi"))
        #expect(summaryBefore.contains("DỰ TOÁN KINH PHÍ"), "\(summaryBefore.filter { $0.hasPrefix("DỰ") })")
        // Dated 10/05: the attendance settles the offices' lines, the hall not yet (recorded on 12/05).
        let onTheDay = try export("2022-05-10", "day.xlsx")
        let summary = try #require(onTheDay.sheet(named: "Dự toán"))
        #expect(Self.texts(summary).contains("Thực chi"))
        func hallActual(_ sheet: SheetContent) -> CellValue? {
            guard let row = sheet.cells.first(where: { $0.value.value == .text("Thuê hội trường, âm thanh, máy chiếu") })?.key.row
            else { return nil }
            return sheet.cells[CellReference(row: row, column: 7)]?.value
        }
        #expect(hallActual(summary) != .number(4_500_000))
        // Dated 12/05 it is there.
        let after = try export("2022-05-12", "after.xlsx")
        #expect(hallActual(try #require(after.sheet(named: "Dự toán"))) == .number(4_500_000))
        // `budget show` follows the same day.
        let show = try DemoRun.run(["budget", "show", "LCI-2022-TDKT", "--json", "--rates", Self.rates], db: db, today: "2022-05-09")
        #expect(show.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        #expect(json["actualTotal"] == nil || json["actualTotal"] is NSNull, "\(json["actualTotal"] ?? "")")
        let later = try DemoRun.run(["budget", "show", "LCI-2022-TDKT", "--json", "--rates", Self.rates], db: db, today: "2022-05-12")
        let laterJSON = try #require(try JSONSerialization.jsonObject(with: Data(later.stdout.utf8)) as? [String: Any])
        #expect(laterJSON["actualTotal"] as? Int != nil)
    }

    @Test func thePaymentListAndAttendanceWorkbookDatedBeforeTheSessionHaveNoMarks() throws {
        let (folder, db) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let payment = try DemoRun.run(["export", "payment", "LCI-2022-TDKT", "--line", "tai-lieu", "-o", "p.xlsx", "--json",
                                       "--rates", Self.rates], db: db, today: "2022-05-09")
        #expect(payment.status == 0, "\(payment.stderr)")
        #expect(payment.stdout.contains("\"basis\":\"forecast\"") || payment.stdout.contains("\"basis\" : \"forecast\""),
                "\(payment.stdout)")
        let paid = try DemoRun.run(["export", "payment", "LCI-2022-TDKT", "--line", "tai-lieu", "-o", "q.xlsx", "--json",
                                    "--rates", Self.rates], db: db, today: "2022-05-10")
        #expect(paid.stdout.contains("attendance"), "\(paid.stdout)")
        let title = Self.texts(try #require(try XLSXReader.read(url: folder.appendingPathComponent("p.xlsx")).sheets.first))
        #expect(title.contains { $0.hasPrefix("DANH SÁCH CHI TIỀN (DỰ KIẾN)") })
    }

    @Test func theBlocSheetAsOfMayShowsNoDecemberScores() throws {
        let (folder, db) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        func sheet(_ day: String) throws -> SheetContent {
            let written = try DemoRun.run(["export", "bloc", "KHOI-LDLD-CDN-CDVC", "-o", "b-\(day).xlsx"], db: db, today: day)
            #expect(written.status == 0, "\(written.stderr)")
            return try #require(try XLSXReader.read(url: folder.appendingPathComponent("b-\(day).xlsx")).sheet(named: "Chấm điểm"))
        }
        let row = { (sheet: SheetContent) in
            sheet.cells.first { $0.value.value == .text("LĐLĐ thành phố Lai Châu") }.map(\.key.row)
        }
        let may = try sheet("2022-05-01")
        #expect(Self.texts(may).contains { $0.hasSuffix("số liệu tính đến ngày 01/05/2022") })
        let mayRow = try #require(row(may))
        // No criterion scored yet: blank cells and a total of 0.
        for column in 2...6 {
            if case .number = may.cells[CellReference(row: mayRow, column: column)]?.value { Issue.record("column \(column) scored") }
        }
        #expect(may.cells[CellReference(row: mayRow, column: 7)]?.value == .number(0))
        let december = try sheet("2022-12-20")
        let decemberRow = try #require(row(december))
        #expect(december.cells[CellReference(row: decemberRow, column: 7)]?.value == .number(91))
        // `bloc show` on the same days.
        let show = try DemoRun.run(["bloc", "show", "KHOI-LDLD-CDN-CDVC", "--json"], db: db, today: "2022-05-01")
        #expect(!show.stdout.contains("91"), "\(show.stdout)")
    }
}
