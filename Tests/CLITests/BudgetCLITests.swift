import Foundation
import OutreachCore
import Testing
import TestSupport
import XLSX

@Suite("Budget at the command line: estimate, actuals, show and the exported workbooks read back")
struct BudgetCLITests {
    let demo = DemoRun.shared
    static let rates = Fixture.template("rates")

    /// Runs a budget command on the session's day, after the nomination deadline: confirmed nominees count.
    func run(_ arguments: [String], db: String, today: String = "2022-05-10") throws -> ProcessResult {
        try DemoRun.run(arguments + ["--rates", Self.rates], db: db, today: today)
    }

    @Test func anActualThatWouldMakeATotalUnwritableIsRefusedAndNothingChanges() throws {
        let (folder, db) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try run(["budget", "show", "LCI-2022-TDKT", "--json"], db: db).stdout
        let audit = try DemoRun.run(["audit", "list", "--json"], db: db).stdout
        for arguments in [["hoi-truong", "999.999.999.999.999"], ["tai-lieu", "999.999.999.999.999"],
                          ["di-lai", "999.999.999.999.999", "--unit", "PGD-BATXAT"]] {
            let refused = try run(["budget", "actual", "LCI-2022-TDKT"] + arguments, db: db)
            #expect(refused.status == 1, "\(arguments)")
            #expect(refused.stderr.contains("<amount> “999.999.999.999.999”: với số này, tổng thực chi"), "\(refused.stderr)")
            #expect(refused.stderr.contains("vượt quá 999.999.999.999.999 đồng"))
        }
        #expect(try run(["budget", "show", "LCI-2022-TDKT", "--json"], db: db).stdout == before)
        #expect(try DemoRun.run(["audit", "list", "--json"], db: db).stdout == audit)
        // Up to the limit a figure is kept, and the budget stays readable and exportable.
        let kept = try run(["budget", "actual", "LCI-2022-TDKT", "hoi-truong", "999.999.000.000.000"], db: db)
        #expect(kept.status == 0)
        #expect(try run(["budget", "show", "LCI-2022-TDKT"], db: db).status == 0)
        #expect(try run(["export", "budget", "LCI-2022-TDKT", "-o", "big.xlsx"], db: db).status == 0)
        let again = try run(["budget", "actual", "LCI-2022-TDKT", "tai-lieu", "999.999.999"], db: db)
        #expect(again.status == 1 && again.stderr.contains("total actual"), "\(again.stderr)")
    }

    @Test func anOfficesSettlementCarriesItsOwnHeaderAndTheCommandsDay() throws {
        let (folder, db) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try run(["export", "budget", "LCI-2022-TDKT", "-o", "qt.xlsx"], db: db, today: "2022-05-20")
        #expect(written.status == 0, "\(written.stderr)")
        let document = try XLSXReader.read(url: folder.appendingPathComponent("qt.xlsx"))
        func cell(_ sheet: String, _ row: Int) throws -> CellValue? {
            try #require(document.sheet(named: sheet)).cells[CellReference(row: row, column: 0)]?.value
        }
        // Signed by the office's own head: headed by its parent body and its own name, as its nomination form.
        #expect(try cell("Phòng GD&ĐT TP Lào Cai", 0) == .text("UBND THÀNH PHỐ LÀO CAI"))
        #expect(try cell("Phòng GD&ĐT TP Lào Cai", 1) == .text("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"))
        #expect(try cell("Dự toán", 0) == .text("UBND TỈNH LÀO CAI"))
        #expect(try cell("Dự toán", 1) == .text("SỞ GIÁO DỤC VÀ ĐÀO TẠO"))
        // A school under the Sở names it with its province: "SỞ GIÁO DỤC VÀ ĐÀO TẠO" alone could be any province's.
        #expect(try cell("THPT số 1 Bát Xát", 0) == .text("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÀO CAI"))
        #expect(try cell("THPT số 1 Bát Xát", 1) == .text("TRƯỜNG THPT SỐ 1 BÁT XÁT"))
        // Each sheet is dated at its signer's place: the organiser's in Lào Cai, an office's in its own district.
        for (sheet, place) in [("Dự toán", "Lào Cai"), ("Tổng hợp đơn vị", "Lào Cai"), ("Phòng GD&ĐT TP Lào Cai", "Lào Cai"),
                               ("Phòng GD&ĐT Bát Xát", "Bát Xát"), ("Phòng GD&ĐT Sa Pa", "Sa Pa"), ("THPT số 1 Bát Xát", "Bát Xát")] {
            let dates = try #require(document.sheet(named: sheet)).cells.values.compactMap { cell -> String? in
                if case .text(let text) = cell.value, text.contains(", ngày ") { text } else { nil }
            }
            #expect(dates == ["\(place), ngày 20 tháng 5 năm 2022"], "\(sheet)")
        }
    }

    @Test func theRatesAreFoundOutsideTheProjectFolderAndAMissingFolderSaysHowToPointAtIt() throws {
        let (folder, db) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The copy's folder has no Templates/rates: the binary's project's is used.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Templates/rates").path))
        let list = try CLIRunner.run(["rates", "list", "--on", "2022-05-10"], in: folder)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("Templates/rates)") && list.stdout.contains("phu-cap-luu-tru"), "\(list.stdout)")
        let estimate = try DemoRun.run(["budget", "estimate", "LCI-2022-TDKT"], db: db, today: "2022-05-10")
        #expect(estimate.status == 0 && estimate.stdout.contains("178 người"), "\(estimate.stderr)")
        let written = try DemoRun.run(["export", "budget", "LCI-2022-TDKT", "-o", "e.xlsx"], db: db, today: "2022-05-10")
        #expect(written.status == 0, "\(written.stderr)")
        // An explicit folder wins, and a missing one is named with the option that points at another.
        let missing = try DemoRun.run(["budget", "estimate", "LCI-2022-TDKT", "--rates", "khong-co"], db: db)
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("không có thư mục khong-co; chỉ đường đến thư mục bằng --rates THƯ-MỤC"), "\(missing.stderr)")
        let missingDir = try CLIRunner.run(["rates", "list", "--dir", "khong-co"], in: folder)
        #expect(missingDir.status == 3 && missingDir.stderr.contains("bằng --dir THƯ-MỤC"), "\(missingDir.stderr)")
    }

    @Test func estimatePlansForTheQuotaUntilTheDeadline() throws {
        let (folder, db) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The demo has people confirmed; on or before the deadline (05/05/2022) the plan is still the quota.
        for day in ["2022-05-01", "2022-05-05"] {
            let open = try json(try run(["budget", "estimate", "LCI-2022-TDKT", "--json"], db: db, today: day))
            #expect(open["participantBasis"] as? String == "quota")
            #expect(open["participants"] as? Int == 224)
            #expect(open["total"] as? Int == 131_280_000)
        }
        let text = try run(["budget", "estimate", "LCI-2022-TDKT"], db: db, today: "2022-05-05")
        #expect(text.stdout.contains("224 người (theo định mức, chưa hết hạn đăng ký)"))
        let closed = try json(try run(["budget", "estimate", "LCI-2022-TDKT", "--json"], db: db, today: "2022-05-06"))
        #expect(closed["participantBasis"] as? String == "confirmed")
        #expect(closed["participants"] as? Int == 178)
        #expect(closed["total"] as? Int == 109_210_000)
        let closedText = try run(["budget", "show", "LCI-2022-TDKT"], db: db, today: "2022-05-06")
        #expect(closedText.status == 0)
        let sheet = try run(["export", "budget", "LCI-2022-TDKT", "-o", "open.xlsx"], db: db, today: "2022-05-01")
        #expect(sheet.stdout.contains("131.280.000"))
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

        let office = try DemoRun.run(
            ["budget", "actual", "LCI-2022-TDKT", "di-lai", "250.000", "--unit", "PGD-BATXAT", "--as", "PGD-BATXAT"], db: db)
        #expect(office.status == 0, "\(office.stderr)")
        #expect(office.stdout.contains("di-lai (PGD-BATXAT): 250.000"))

        // `budget estimate` stays the estimate once actuals and attendance exist: they are `budget show`'s.
        let estimateText = try run(["budget", "estimate", "LCI-2022-TDKT"], db: db)
        #expect(estimateText.status == 0, "\(estimateText.stderr)")
        #expect(estimateText.stdout.contains("Tổng cộng:"))
        #expect(!estimateText.stdout.contains("Thực chi") && !estimateText.stdout.contains("Chênh lệch"), "\(estimateText.stdout)")
        let estimateAfter = try json(try run(["budget", "estimate", "LCI-2022-TDKT", "--json"], db: db))
        #expect(estimateAfter["actualTotal"] == nil && estimateAfter["difference"] == nil)
        #expect(estimateAfter["total"] as? Int == estimate["total"] as? Int)
        #expect((estimateAfter["lines"] as? [[String: Any]])?.allSatisfy { $0["actual"] == nil } == true)

        // The demo recorded attendance: each office's per-person lines are settled from who came.
        let show = try json(try run(["budget", "show", "LCI-2022-TDKT", "--json"], db: db))
        let offices = try #require(show["offices"] as? [[String: Any]])
        let batXat = try #require(offices.first { $0["unit"] as? String == "PGD-BATXAT" })
        let came = try #require(batXat["attendedPersonDays"] as? Int)
        #expect(batXat["actualTotal"] as? Int == came * 200_000 + 250_000)
        let lines = try #require(show["lines"] as? [[String: Any]])
        #expect(lines.first { $0["code"] as? String == "hoi-truong" }?["difference"] as? Int == -500_000)
        let officeActuals = offices.compactMap { $0["actualTotal"] as? Int }.reduce(0, +)
        let officeDifferences = offices.compactMap { $0["difference"] as? Int }.reduce(0, +)
        #expect(show["actualTotal"] as? Int == 4_500_000 + officeActuals)
        let difference = try #require(show["difference"] as? Int)
        // Thực chi − Dự toán on every row: the organiser lines not settled yet count 0 spent so far.
        let organiserEstimate = try #require(show["organiserTotal"] as? Int)
        #expect(difference == 4_500_000 - organiserEstimate + officeDifferences)
        #expect(difference == (show["actualTotal"] as? Int ?? 0) - (show["total"] as? Int ?? 0))
        #expect(show["unsettledLines"] as? Int == 4)
        for office in offices {
            #expect(office["difference"] as? Int == (office["actualTotal"] as? Int ?? -1) - (office["total"] as? Int ?? 0), "\(office["unit"] ?? "")")
        }
        for line in lines where line["actual"] != nil {
            #expect(line["difference"] as? Int == (line["actual"] as? Int ?? 0) - (line["amount"] as? Int ?? 0), "\(line["code"] ?? "")")
        }
        let text = try run(["budget", "show", "LCI-2022-TDKT"], db: db)
        let signed = difference > 0 ? "+" + VietnameseNumber.grouped(Int64(difference)) : "-" + VietnameseNumber.grouped(Int64(-difference))
        #expect(text.stdout.contains("Chênh lệch:          \(signed)"), "\(text.stdout)")
        #expect(text.stdout.contains("Phòng GD&ĐT Bát Xát"))

        // The workbook: the office's sheet settles, the summary adds up the offices' cells.
        let written = try run(["export", "budget", "LCI-2022-TDKT", "-o", "qt.xlsx"], db: db)
        #expect(written.status == 0, "\(written.stderr)")
        let document = try XLSXReader.read(url: folder.appendingPathComponent("qt.xlsx"))
        let sheet = try #require(document.sheet(named: "Phòng GD&ĐT Bát Xát"))
        let travel = try #require(sheet.cells.first { $0.value.value == .text("Khoán chi phí đi lại") }?.key.row)
        #expect(sheet.cells[CellReference(row: travel, column: 7)]?.value == .number(250_000))
        #expect(sheet.cells[CellReference(row: travel, column: 8)]?.formula == "H\(travel + 1)-F\(travel + 1)")
        #expect(sheet.cells[CellReference(row: travel, column: 8)]?.value == .number(-50_000))
        let texts = sheet.cells.values.compactMap { if case .text(let t) = $0.value { t } else { nil } }
        #expect(texts.contains("Số thực chi bằng chữ: \(try MoneyInWords.words(Int64(came * 200_000 + 250_000)))"))
        #expect(texts.contains("DỰ TOÁN VÀ QUYẾT TOÁN KINH PHÍ ĐƠN VỊ CỬ NGƯỜI THAM DỰ"))
        let summary = try #require(document.sheet(named: "Dự toán"))
        let summaryTravel = try #require(summary.cells.first { $0.value.value == .text("Khoán chi phí đi lại") }?.key.row)
        let actualCell = try #require(summary.cells[CellReference(row: summaryTravel, column: 7)])
        // Every office's cell, also those not settled yet (blank text, which SUM skips).
        #expect(actualCell.formula?.hasPrefix("SUM('Phòng GD&ĐT TP Lào Cai'!H") == true)
        #expect(actualCell.formula?.contains(",'Phòng GD&ĐT Bát Xát'!H\(travel + 1),") == true)
        #expect(actualCell.value == .number(250_000))
        // Its difference is against the whole line's estimate: the offices not settled yet have spent 0 so far.
        #expect(summary.cells[CellReference(row: summaryTravel, column: 8)]?.formula == "H\(summaryTravel + 1)-F\(summaryTravel + 1)")
        guard case .number(let travelEstimate) = summary.cells[CellReference(row: summaryTravel, column: 5)]?.value else {
            Issue.record("no travel estimate"); return
        }
        #expect(summary.cells[CellReference(row: summaryTravel, column: 8)]?.value == .number(250_000 - travelEstimate))
        #expect(try BudgetArithmetic.expectEveryRowAddsUp(document) > 100)
        #expect(actualCell.style?.numberFormat == VietnameseNumber.excelThousandsFormat)
    }

    @Test func aSecondActualSaysWhatItReplacedAndAddAddsAnInvoice() throws {
        let (folder, db) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = ["budget", "actual", "LCI-2022-TDKT", "hoi-truong"]
        let first = try DemoRun.run(base + ["4.500.000", "--note", "Hóa đơn số 123", "--as", "PHONG-KHTC"], db: db)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "Đã ghi thực chi hoi-truong: 4.500.000 đồng\n")
        let second = try DemoRun.run(base + ["4.600.000", "--as", "PHONG-KHTC"], db: db)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Đã ghi thực chi hoi-truong: 4.600.000 đồng, thay 4.500.000 đồng (Hóa đơn số 123)"), "\(second.stdout)")
        #expect(second.stdout.contains("--add"))
        let added = try DemoRun.run(base + ["100.000", "--add", "--note", "Hóa đơn số 124", "--as", "PHONG-KHTC", "--json"], db: db)
        #expect(added.status == 0, "\(added.stderr)")
        let addedJSON = try json(added)
        #expect(addedJSON["amount"] as? Int == 4_700_000 && addedJSON["previousAmount"] as? Int == 4_600_000)
        #expect(addedJSON["added"] as? Int == 100_000 && addedJSON["note"] as? String == "Hóa đơn số 124")
        let more = try DemoRun.run(base + ["50.000", "--add", "--note", "Hóa đơn số 125"], db: db)
        #expect(more.stdout.contains("Đã cộng thêm thực chi hoi-truong: 4.700.000 + 50.000 = 4.750.000 đồng"), "\(more.stdout)")
        // An office's line adds up the same way, its notes joined.
        let office = ["budget", "actual", "LCI-2022-TDKT", "di-lai", "--unit", "PGD-BATXAT"]
        #expect(try DemoRun.run(office + ["250.000", "--note", "Vé đi"], db: db).status == 0)
        let back = try DemoRun.run(office + ["200.000", "--add", "--note", "Vé về", "--json"], db: db)
        let backJSON = try json(back)
        #expect(backJSON["amount"] as? Int == 450_000 && backJSON["note"] as? String == "Vé đi; Vé về", "\(back.stdout)")

        let show = try json(try run(["budget", "show", "LCI-2022-TDKT", "--json"], db: db))
        let lines = try #require(show["lines"] as? [[String: Any]])
        #expect(lines.first { $0["code"] as? String == "hoi-truong" }?["actual"] as? Int == 4_750_000)
        // Audited: every step, the additions with what was added.
        let audit = try DemoRun.run(["audit", "list", "--session", "LCI-2022-TDKT", "--json"], db: db)
        #expect(audit.status == 0, "\(audit.stderr)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(audit.stdout.utf8)) as? [[String: Any]])
        let hall = entries.filter { $0["key"] as? String == "LCI-2022-TDKT/hoi-truong" }
        #expect(hall.count == 4)
        #expect(hall.map { $0["reason"] as? String } == [nil, nil, "add 100000", "add 50000"], "\(hall)")

        // Too much when added: refused, nothing changed.
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let huge = try DemoRun.run(base + ["999.999.999.999.999", "--add"], db: db)
        #expect(huge.status == 1)
        #expect(huge.stderr.contains("<amount> “999999999999999”: cộng vào 4.750.000 đồng thì lớn quá, tối đa 999.999.999.999.999 đồng"), "\(huge.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)

        let help = try DemoRun.run(["budget", "actual", "--help", "--lang", "en"], db: db)
        #expect(help.stdout.contains("--add") && help.stdout.contains("replaces the first"), "\(help.stdout)")
    }

    @Test func theDemoWritesABudgetWhoseFormulasAndWordsAreExact() throws {
        #expect(demo.result.stdout.contains("exports/LCI-2022-TDKT/du-toan.xlsx"))
        let document = try XLSXReader.read(url: demo.exports.appendingPathComponent("LCI-2022-TDKT/du-toan.xlsx"))
        let sheet = try #require(document.sheet(named: "Dự toán"))
        #expect(document.sheets.count > 50, "one sheet per sending office")
        var itemRows = 0
        var total: Double?
        var officeRows = 0
        var officeSum = 0.0
        var officesTotal: Double?
        // Table III, what each office pays, is on its own sheet: its printed pages repeat its own headings.
        let offices = try #require(document.sheet(named: "Tổng hợp đơn vị"))
        let heading = try #require(offices.cells.first { $0.value.value == .text("Trang chi tiết") }?.key.row)
        #expect(offices.printTitleRows == heading...heading)
        #expect(offices.cells[CellReference(row: heading, column: 1)]?.value == .text("Đơn vị cử người"))
        #expect(!offices.cells.values.contains { $0.value == .text("Căn cứ") })
        #expect(!sheet.cells.values.contains { $0.value == .text("Trang chi tiết") })
        for (sheet, reference, cell) in [sheet, offices].flatMap({ sheet in
            sheet.cells.sorted(by: { $0.key.row < $1.key.row }).map { (sheet, $0.key, $0.value) }
        }) where reference.column == 5 {
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
            } else if formula.hasPrefix("'") {
                // The table of offices: each office's total, from its own sheet's total row.
                officeRows += 1
                let parts = formula.dropFirst().split(separator: "'!F")
                let office = try #require(document.sheet(named: String(parts[0])))
                let row = try #require(Int(parts[1])) - 1
                #expect(office.cells[CellReference(row: row, column: 5)]?.formula?.hasPrefix("SUM(F") == true)
                #expect(office.cells[CellReference(row: row, column: 5)]?.value == .number(cached))
                officeSum += cached
            } else if formula.hasPrefix("SUM(F"), officeRows > 0 {
                officesTotal = cached
            } else {
                #expect(formula.hasPrefix("SUM(F"))
            }
        }
        #expect(itemRows == 8)
        #expect(officeRows == document.sheets.count - 2)
        #expect(officesTotal == officeSum)
        #expect(offices.cells.values.contains { $0.value == .text("TỔNG HỢP KINH PHÍ THEO ĐƠN VỊ CỬ NGƯỜI THAM DỰ") })
        let grandTotal = try #require(total)
        // 178 confirmed people (the provincial centre sends 2 since seed 004 names it with the schools under the
        // Sở): no per diem for the offices in TP Lào Cai (0 km, under the template's `per_diem: {from_km: 10}`);
        // 77 people of the offices 60 km or more away lodge at 350.000 and, leaving the day before, are paid two
        // days of per diem; the Sở's divisions pay nothing themselves. 109.210.000 in all.
        #expect(grandTotal == 109_210_000)
        let words = sheet.cells.values.compactMap { cell -> String? in
            if case .text(let text) = cell.value, text.hasPrefix("Bằng chữ: ") { return text } else { return nil }
        }
        #expect(words == ["Bằng chữ: \(try MoneyInWords.words(Int64(grandTotal)))"])
        let texts = sheet.cells.values.compactMap { if case .text(let t) = $0.value { t } else { nil } }
        // The demo recorded attendance, so the workbook settles the offices' per-person lines.
        for title in ["DỰ TOÁN VÀ QUYẾT TOÁN KINH PHÍ", "NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "THỦ TRƯỞNG ĐƠN VỊ", "Căn cứ", "Thực chi"] {
            #expect(texts.contains(title), "\(title)")
        }
        #expect(texts.contains { $0.hasPrefix("Khoán tiền phòng nghỉ cho 22 đơn vị cách trung tâm tỉnh từ 60 km trở lên, 77 người: Phòng GD&ĐT Si Ma Cai (95 km), Phòng GD&ĐT Bắc Hà (70 km), Phòng GD&ĐT Bảo Yên (90 km)") })
        let far = try #require(document.sheet(named: "Phòng GD&ĐT Văn Bàn"))
        let farTexts = far.cells.values.compactMap { if case .text(let t) = $0.value { t } else { nil } }
        #expect(farTexts.contains { $0.hasPrefix("Khoảng cách đến trung tâm tỉnh: 100 km; khoán tiền phòng nghỉ: có") })
        #expect(farTexts.contains("Khoán tiền thuê phòng nghỉ"))
        let near = try #require(document.sheet(named: "Phòng GD&ĐT Bát Xát"))
        let nearTexts = near.cells.values.compactMap { if case .text(let t) = $0.value { t } else { nil } }
        #expect(nearTexts.contains { $0.hasPrefix("Khoảng cách đến trung tâm tỉnh: 12 km; khoán tiền phòng nghỉ: không") })
        #expect(!nearTexts.contains("Khoán tiền thuê phòng nghỉ"))
        #expect(nearTexts.contains("Phụ cấp lưu trú: có (chi cho đơn vị cách trung tâm tỉnh từ 10 km trở lên)"))
        #expect(nearTexts.contains("Phụ cấp lưu trú"))
        // The offices of TP Lào Cai itself are paid no per diem: no line on their sheets, named on the summary.
        let town = try #require(document.sheet(named: "Phòng GD&ĐT TP Lào Cai"))
        let townTexts = town.cells.values.compactMap { if case .text(let t) = $0.value { t } else { nil } }
        #expect(townTexts.contains("Phụ cấp lưu trú: không (chi cho đơn vị cách trung tâm tỉnh từ 10 km trở lên)"))
        #expect(!townTexts.contains("Phụ cấp lưu trú"))
        #expect(texts.contains { $0.hasPrefix("Phụ cấp lưu trú chi cho đơn vị cách trung tâm tỉnh từ 10 km trở lên; không chi cho 7 đơn vị: Phòng GD&ĐT TP Lào Cai (0 km)") })  // the divisions have no share at all
    }

    @Test func aPaymentListPaysThePeopleWhoCameAndRefusesNonPersonLines() throws {
        let (folder, db) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The demo recorded attendance: the list pays who came, as the settlement counts them.
        let show = try json(try run(["budget", "show", "LCI-2022-TDKT", "--json"], db: db))
        let invited = try #require(show["offices"] as? [[String: Any]])
        // Per diem goes only to the offices 10 km or more away: not to those of TP Lào Cai (0 km).
        let offices = invited.filter { $0["perDiem"] as? Bool == true }
        #expect(invited.filter { $0["perDiem"] as? Bool == false }.allSatisfy { $0["distanceKm"] as? Int == 0 })
        let came = offices.compactMap { $0["attendedPeople"] as? Int }.reduce(0, +)
        // Per diem days run from departure to return: the people of the offices lodged the night before one more.
        let days = offices.compactMap { $0["attendedPersonDays"] as? Int }.reduce(0, +)
            + offices.filter { $0["lodging"] as? Bool == true }.compactMap { $0["attendedPeople"] as? Int }.reduce(0, +)
        let cameInTown = invited.filter { $0["perDiem"] as? Bool == false }.compactMap { $0["attendedPeople"] as? Int }.reduce(0, +)
        #expect(came > 100 && cameInTown > 20)
        let written = try run(["export", "payment", "LCI-2022-TDKT", "--line", "phu-cap-luu-tru", "-o", "chi.xlsx"], db: db)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.contains("(\(came) người)"), "\(written.stdout)")
        #expect(written.stdout.contains("Tổng cộng \(VietnameseNumber.grouped(Int64(days * 200_000))) đồng, theo số người thực tế tham dự"))
        let sheet = try #require(try XLSXReader.read(url: folder.appendingPathComponent("chi.xlsx")).sheets.first)
        let texts = sheet.cells.values.compactMap { if case .text(let t) = $0.value { t } else { nil } }
        #expect(texts.contains("DANH SÁCH CHI TIỀN"))
        #expect(texts.contains("Theo số người thực tế tham dự (điểm danh): \(came) người, \(days) ngày-người"))
        #expect(texts.contains("Bằng chữ: \(try MoneyInWords.words(Int64(days * 200_000)))"))
        let sum = try #require(sheet.cells.values.first { $0.formula?.hasPrefix("SUM(F") == true })
        let amounts = sheet.cells.filter { $0.key.column == 5 && $0.value.formula?.contains("*") == true }
        #expect(amounts.count == came)
        #expect(sum.value == .number(Double(days * 200_000)))
        let perDiemOffices = Set(sheet.cells.filter { $0.key.column == 2 }.compactMap { cell -> String? in
            if case .text(let text) = cell.value.value { text } else { nil }
        })
        #expect(perDiemOffices.contains("Phòng GD&ĐT Bát Xát") && !perDiemOffices.contains("Phòng GD&ĐT TP Lào Cai"))
        #expect(!perDiemOffices.contains { $0.hasPrefix("Phòng TCCB") || $0 == "THPT Chuyên Lào Cai" }, "\(perDiemOffices)")
        // Lodging is paid only to the people who came from the offices 60 km or more away.
        let lodging = try run(["export", "payment", "LCI-2022-TDKT", "--line", "luu-tru", "-o", "phong.xlsx"], db: db)
        #expect(lodging.status == 0, "\(lodging.stderr)")
        let lodgingSheet = try #require(try XLSXReader.read(url: folder.appendingPathComponent("phong.xlsx")).sheets.first)
        let paid = lodgingSheet.cells.filter { $0.key.column == 5 && $0.value.formula?.contains("*") == true }.count
        let lodgedCame = offices.filter { $0["lodging"] as? Bool == true }.compactMap { $0["attendedPeople"] as? Int }.reduce(0, +)
        #expect(paid == lodgedCame && paid > 0 && paid < came)
        let paidOffices = Set(lodgingSheet.cells.filter { $0.key.column == 2 }.compactMap { cell -> String? in
            if case .text(let text) = cell.value.value { text } else { nil }
        })
        #expect(!paidOffices.contains { $0.contains("Bát Xát") }, "\(paidOffices)")
        let refused = try run(["export", "payment", "LCI-2022-TDKT", "--line", "hoi-truong", "-o", "x.xlsx"], db: db)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("không chi theo từng người"))
    }
}
