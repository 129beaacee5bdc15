import Foundation
import OutreachCore
import Testing
import TestSupport
import XLSX

/// Issue 18, items 10, 12 and 14–19: the demo's exports read back as they print.
@Suite("Print and paper: page numbers per document, charts, one spelling, per diem days, the Sở's divisions")
struct PaperTests {
    let demo = DemoRun.shared

    func workbook(_ path: String) throws -> XLSXDocument {
        try XLSXReader.read(url: demo.exports.appendingPathComponent(path))
    }

    /// The demo's workbooks.
    static let workbooks = [
        "LCI-2022-TDKT/danh-sach-ky-ten.xlsx", "LCI-2022-TDKT/danh-sach-dai-bieu.xlsx", "LCI-2022-TDKT/du-toan.xlsx",
        "LCI-2022-TDKT/diem-danh.xlsx", "LCI-2022-TDKT/tuyen-truyen-lai.xlsx", "LCU-2022-TDKT-CD/ke-hoach.xlsx",
        "LCU-2022-TDKT-CD/theo-doi-bao-cao.xlsx", "KHOI-LDLD-CDN-CDVC/cham-diem.xlsx",
    ]

    /// What `unzip` prints.
    static func unzip(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The chart parts of a workbook, as XML text, in part order.
    func chartXML(_ path: String) throws -> [String] {
        let file = demo.exports.appendingPathComponent(path).path
        let parts = try Self.unzip(["-Z1", file]).split(separator: "\n").filter { $0.hasPrefix("xl/charts/chart") }
        return try parts.sorted().map { try Self.unzip(["-p", file, String($0)]) }
    }

    @Test func eachDocumentInAWorkbookIsNumberedFromItsOwnFirstPage() throws {
        // An office's settlement sheet is a document of its own: "Trang 1/N" with N its own pages, not the
        // workbook's, since LibreOffice numbers on across sheets unless each sets its first page.
        let budget = try workbook("LCI-2022-TDKT/du-toan.xlsx")
        for sheet in budget.sheets {
            #expect(sheet.pageSetup.firstPageNumber == 1, "\(sheet.name)")
            #expect(sheet.footer?.contains("Trang &P/\(sheet.rowBreaks.count + 1)") == true, "\(sheet.name): \(sheet.footer ?? "")")
            #expect(sheet.footer?.contains("&N") == false, "\(sheet.name)")
        }
        for path in Self.workbooks {
            for sheet in try workbook(path).sheets where sheet.footer != nil {
                #expect(sheet.pageSetup.firstPageNumber != nil, "\(path) \(sheet.name)")
            }
        }
    }

    @Test func oneSpellingOfTyLeInEveryWorkbookAndChart() throws {
        for path in Self.workbooks {
            let document = try workbook(path)
            for sheet in document.sheets {
                let texts = sheet.cells.values.map(\.displayText) + sheet.charts.compactMap(\.title)
                #expect(!texts.contains { $0.lowercased().contains("tỉ lệ") }, "\(path) \(sheet.name)")
            }
            for xml in try chartXML(path) { #expect(!xml.lowercased().contains("tỉ lệ"), "\(path)") }
        }
    }

    @Test func theAttendanceChartsLabelEveryOfficeInTheTablesOrderOnHeadedNumberedPages() throws {
        let document = try workbook("LCI-2022-TDKT/diem-danh.xlsx")
        let summary = try #require(document.sheet(named: "Tổng hợp"))
        let heading = try #require(summary.cells.first { $0.key.column == 0 && $0.value.displayText == "STT" }?.key.row)
        let sheet = try #require(document.sheet(named: "Biểu đồ"))
        // Headed as a document, numbered, one chart a page.
        #expect(sheet.text(at: "A1") == "UBND TỈNH LÀO CAI")
        #expect(sheet.cells.values.contains { $0.displayText == "BIỂU ĐỒ TỶ LỆ THAM DỰ SO VỚI ĐỊNH MỨC, THEO ĐƠN VỊ" })
        #expect(sheet.footer?.contains("Trang &P/2") == true, "\(sheet.footer ?? "")")
        #expect(sheet.rowBreaks.count == 1)
        #expect(sheet.pageSetup.fitToPage == false)
        // 61 offices in two charts of 31 and 30, in the summary's rows one after the other.
        let ranges = sheet.charts.compactMap { $0.series.first?.categories }
        #expect(ranges == ["'Tổng hợp'!$B$\(heading + 2):$B$\(heading + 32)", "'Tổng hợp'!$B$\(heading + 33):$B$\(heading + 62)"],
                "\(ranges)")
        let xml = try chartXML("LCI-2022-TDKT/diem-danh.xlsx")
        #expect(xml.count == 2)
        for part in xml {
            // Every category labelled, the first at the top (as in the table), the rate axis 0 to 100 %.
            #expect(part.contains("<c:tickLblSkip val=\"1\"/>"))
            #expect(part.contains("<c:orientation val=\"maxMin\"/>"))
            #expect(part.contains("<c:max val=\"1\"/>") && part.contains("<c:min val=\"0\"/>"))
            #expect(part.contains("0%"))
        }
    }

    @Test func theCascadeAndTrackerChartsAreHeadedNumberedDocumentsToo() throws {
        for (path, header) in [("LCI-2022-TDKT/tuyen-truyen-lai.xlsx", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
                               ("LCU-2022-TDKT-CD/theo-doi-bao-cao.xlsx", "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU")] {
            let sheet = try #require(try workbook(path).sheet(named: "Biểu đồ"))
            #expect(sheet.text(at: "A2") == header, "\(path)")
            #expect(sheet.footer?.contains("Trang &P/\(sheet.rowBreaks.count + 1)") == true, "\(path): \(sheet.footer ?? "")")
            for part in try chartXML(path) {
                #expect(part.contains("<c:tickLblSkip val=\"1\"/>"), "\(path)")
                #expect(part.contains("<c:max val=\"1\"/>"), "\(path)")
            }
        }
    }

    @Test func perDiemCountsTheDayOfDepartureAndTheSosDivisionsPayNothing() throws {
        let budget = try workbook("LCI-2022-TDKT/du-toan.xlsx")
        // The Sở's divisions (in the city, no seal): no settlement sheet of their own.
        #expect(!budget.sheets.contains { $0.name.hasPrefix("PHONG-") || $0.name.hasPrefix("Phòng Kế hoạch") },
                "\(budget.sheets.map(\.name))")
        #expect(!budget.sheets.flatMap { $0.cells.values.map(\.displayText) }.contains("Phòng Kế hoạch - Tài chính"))
        // Bắc Hà lodges the night before: per diem for two days a person; Bát Xát (12 km) travels on the day: one.
        func perDiem(_ sheet: String) throws -> (quantity: Double?, people: String) {
            let office = try #require(budget.sheet(named: sheet))
            let row = try #require(office.cells.first { $0.value.displayText == "Phụ cấp lưu trú" && $0.key.column == 1 }?.key.row)
            let quantity: Double? = if case .number(let value) = office.cells[CellReference(row: row, column: 3)]?.value { value } else { nil }
            return (quantity, office.cells.values.map(\.displayText).first { $0.hasPrefix("Số người") } ?? "")
        }
        let bacHa = try perDiem("Phòng GD&ĐT Bắc Hà")
        let batXat = try perDiem("Phòng GD&ĐT Bát Xát")
        let estimate = try DemoRun.run(["budget", "estimate", "LCI-2022-TDKT", "--json"], db: demo.database, today: "2022-05-10")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(estimate.stdout.utf8)) as? [String: Any])
        let offices = try #require(json["offices"] as? [[String: Any]])
        func people(_ code: String) -> Double? {
            (offices.first { $0["unit"] as? String == code }?["participants"] as? Int).map(Double.init)
        }
        #expect(bacHa.quantity == people("PGD-BACHA").map { $0 * 2 }, "\(bacHa)")
        #expect(batXat.quantity == people("PGD-BATXAT"), "\(batXat)")
        #expect(!offices.contains { ($0["unit"] as? String)?.hasPrefix("PHONG-") == true })
        // And an actual for a division is refused, naming why.
        let (folder, db) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let refused = try DemoRun.run(["budget", "actual", "LCI-2022-TDKT", "di-lai", "100.000", "--unit", "PHONG-KHTC"],
                                      db: db, today: "2022-05-12")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("không có con dấu và tài khoản riêng"), "\(refused.stderr)")
    }

    @Test func theAuditListReadsInVietnamese() throws {
        let listed = try DemoRun.run(["audit", "list", "--session", "LCI-2022-TDKT"], db: demo.database)
        #expect(listed.status == 0, "\(listed.stderr)")
        let text = listed.stdout
        #expect(text.contains("điểm danh #1, buổi sáng 10/05/2022"), "\(text.prefix(2000))")
        #expect(text.contains("trạng thái: Có mặt"))
        #expect(text.contains("đại biểu #1 ") && text.contains("người: ") && text.contains("vai trò: "))
        #expect(text.contains("10/05/2022*"))
        for code in ["attendance ", "nomination ", "status: ", "2022-05-10:am", "budgetActual"] {
            #expect(!text.contains(code), "\(code)")
        }
        // In English, as stored.
        let english = try DemoRun.run(["audit", "list", "--session", "LCI-2022-TDKT", "--lang", "en"], db: demo.database)
        #expect(english.stdout.contains("attendance 1/2022-05-10:am"))
    }

    @Test func formalParts() throws {
        // The plan as issued names its recipients beside the signer (Decree 30), from its document text.
        let plan = try #require(try workbook("LCU-2022-TDKT-CD/ke-hoach.xlsx").sheet(named: "Kế hoạch"))
        let texts = plan.cells.values.map(\.displayText)
        #expect(texts.contains("Nơi nhận:"))
        #expect(texts.contains { $0.contains("- Các đơn vị;") && $0.contains("- Lưu: VT.") }, "\(texts.filter { $0.hasPrefix("-") })")
        // The attendance detail is dated and signed, as the summary.
        let detail = try #require(try workbook("LCI-2022-TDKT/diem-danh.xlsx").sheet(named: "Chi tiết"))
        let detailTexts = detail.cells.values.map(\.displayText)
        #expect(detailTexts.contains("Lào Cai, ngày 10 tháng 5 năm 2022"))
        #expect(detailTexts.contains("NGƯỜI LẬP BIỂU") && detailTexts.contains("THỦ TRƯỞNG ĐƠN VỊ"))
        // The bloc sheet prints criteria by name, never by code.
        let bloc = try #require(try workbook("KHOI-LDLD-CDN-CDVC/cham-diem.xlsx").sheet(named: "Chấm điểm"))
        let blocTexts = bloc.cells.values.map(\.displayText)
        #expect(!blocTexts.contains("Mã tiêu chí"))
        #expect(!blocTexts.contains { $0.contains("nhiem-vu") || $0.contains("bao-cao") }, "\(blocTexts.filter { $0.contains("-") })")
        #expect(blocTexts.contains { $0.contains("xếp trên nhờ tiêu chí “Thực hiện nhiệm vụ chính trị") })
    }

    /// The plan as issued numbers its pages as Decree 30 says: the number alone at the top centre, from page 2 on
    /// (checked in LibreOffice's printout: page 1 without, page 2 with "2" at the top centre).
    @Test func theIssuedPlanIsNumberedAtTheTopFromItsSecondPage() throws {
        let plan = try workbook("LCU-2022-TDKT-CD/ke-hoach.xlsx")
        #expect(plan.sheets.map(\.name) == ["Kế hoạch", "Nhiệm vụ báo cáo"])
        for sheet in plan.sheets {
            #expect(sheet.header == #"&C&13&"Times New Roman,Regular"&P"#, "\(sheet.name)")
            #expect(sheet.footer == nil, "\(sheet.name)")
            #expect(sheet.differentFirstPage && sheet.firstHeader == nil && sheet.firstFooter == nil, "\(sheet.name)")
            #expect(sheet.pageSetup.firstPageNumber == 1, "\(sheet.name)")
        }
        #expect(try #require(plan.sheet(named: "Kế hoạch")).rowBreaks.count >= 1, "a plan of more than one page")
    }
}
