import Foundation
import OutreachCore
import Testing
import TestSupport
import XLSX

@Suite("Budget at the command line: estimate, actuals, show and the exported workbooks read back")
struct BudgetCLITests {
    let demo = DemoRun.shared
    static let rates = Fixture.template("rates")

    func run(_ arguments: [String], db: String) throws -> ProcessResult {
        try DemoRun.run(arguments + ["--rates", Self.rates], db: db)
    }

    func json(_ result: ProcessResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func estimateActualAndShowEndToEnd() throws {
        let (folder, db) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let estimate = try json(try run(["budget", "estimate", "LCI-2022-TDKT", "--json"], db: db))
        #expect(estimate["participantBasis"] as? String == "confirmed")
        let participants = try #require(estimate["participants"] as? Int)
        #expect(estimate["organiserTotal"] as? Int == 5_000_000 + participants * 70_000 + 3_600_000 + 1_500_000)
        #expect(estimate["totalInWords"] as? String == (try MoneyInWords.words(Int64(try #require(estimate["total"] as? Int)))))

        let recorded = try DemoRun.run(
            ["budget", "actual", "LCI-2022-TDKT", "hoi-truong", "4.500.000", "--note", "Hóa đơn 12", "--as", "PHONG-KHTC"], db: db)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(recorded.stdout.contains("4.500.000"))
        let refused = try DemoRun.run(["budget", "actual", "LCI-2022-TDKT", "hoi-truong", "1", "--as", "PHONG-VANPHONG"], db: db)
        #expect(refused.status == 6)
        let negative = try DemoRun.run(["budget", "actual", "LCI-2022-TDKT", "hoi-truong", "-5"], db: db)
        #expect(negative.status == 1)
        #expect(negative.stderr.contains("không được âm"))
        let huge = try DemoRun.run(["budget", "actual", "LCI-2022-TDKT", "hoi-truong", "99999999999999999999"], db: db)
        #expect(huge.status == 1)
        let unknown = try DemoRun.run(["budget", "actual", "LCI-2022-TDKT", "khong-co", "5"], db: db)
        #expect(unknown.status == 1)

        let show = try json(try run(["budget", "show", "LCI-2022-TDKT", "--json"], db: db))
        #expect(show["actualTotal"] as? Int == 4_500_000)
        #expect(show["difference"] as? Int == -500_000)
        let text = try run(["budget", "show", "LCI-2022-TDKT"], db: db)
        #expect(text.stdout.contains("Chênh lệch:          -500.000"))
    }

    @Test func theDemoWritesABudgetWhoseFormulasAndWordsAreExact() throws {
        #expect(demo.result.stdout.contains("exports/LCI-2022-TDKT/du-toan.xlsx"))
        let document = try XLSXReader.read(url: demo.exports.appendingPathComponent("LCI-2022-TDKT/du-toan.xlsx"))
        let sheet = try #require(document.sheet(named: "Dự toán"))
        #expect(document.sheets.count > 50, "one sheet per sending office")
        var itemRows = 0
        var total: Double?
        for (reference, cell) in sheet.cells where reference.column == 5 {
            guard let formula = cell.formula, case .number(let cached) = cell.value else { continue }
            let r = reference.row + 1
            #expect(cell.style?.numberFormat == VietnameseNumber.excelThousandsFormat)
            if formula == "D\(r)*E\(r)" {
                itemRows += 1
                guard case .number(let quantity) = sheet.cells[CellReference(row: reference.row, column: 3)]?.value,
                      case .number(let price) = sheet.cells[CellReference(row: reference.row, column: 4)]?.value
                else { Issue.record("no quantity or price in row \(r)"); continue }
                #expect(cached == quantity * price)
            } else if formula.hasPrefix("F") {
                total = cached
            } else {
                #expect(formula.hasPrefix("SUM(F"))
            }
        }
        #expect(itemRows == 7)
        let grandTotal = try #require(total)
        #expect(grandTotal == 72_200_000)
        let words = sheet.cells.values.compactMap { cell -> String? in
            if case .text(let text) = cell.value, text.hasPrefix("Bằng chữ: ") { return text } else { return nil }
        }
        #expect(words == ["Bằng chữ: \(try MoneyInWords.words(Int64(grandTotal)))"])
        let texts = sheet.cells.values.compactMap { if case .text(let t) = $0.value { t } else { nil } }
        for title in ["DỰ TOÁN KINH PHÍ", "NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "THỦ TRƯỞNG ĐƠN VỊ", "Căn cứ"] {
            #expect(texts.contains(title), "\(title)")
        }
    }

    @Test func aPaymentListPaysEachConfirmedNomineeAndRefusesNonPersonLines() throws {
        let (folder, db) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try run(["export", "payment", "LCI-2022-TDKT", "--line", "phu-cap-luu-tru", "-o", "chi.xlsx"], db: db)
        #expect(written.status == 0, "\(written.stderr)")
        let sheet = try #require(try XLSXReader.read(url: folder.appendingPathComponent("chi.xlsx")).sheets.first)
        let sum = try #require(sheet.cells.values.first { $0.formula?.hasPrefix("SUM(D") == true })
        let people = sheet.cells.filter { $0.key.column == 3 && $0.value.formula == nil && $0.value.value == .number(200_000) }.count
        #expect(people > 100)
        #expect(sum.value == .number(Double(people * 200_000)))
        let refused = try run(["export", "payment", "LCI-2022-TDKT", "--line", "hoi-truong", "-o", "x.xlsx"], db: db)
        #expect(refused.status == 1)
    }
}
