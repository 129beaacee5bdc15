import Foundation
import OutreachCore
import OutreachExport
import OutreachStore
import Testing
import TestSupport
import XLSX

@Suite("The sign-in sheet, read back as a reader and a printer see it")
final class SignInSheetTests {
    let folder = try! Fixture.temporaryDirectory()
    let database = try! Fixture.miniDatabase()

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Nominates tricky names in both offices and writes the sheet.
    func write(flat: Bool = false, blankRows: Int = 2) throws -> SheetContent {
        let context = Fixture.context()
        let people: [(String, String, String, String?)] = [
            ("Đỗ Văn Đạt", "lanh-dao", "PGD-BATXAT", nil),
            ("Giàng A Páo", "cbql", "TH-BATXAT-KIMDONG", "=1+1"),
            ("Sùng Thị An", "giao-vien", "THCS-BATXAT-YTY", nil),
            ("Nguyễn Thị Ánh", "cbql", "THPT-CHUYEN", nil),
            ("Lê Văn Ân", "giao-vien", "THPT-CHUYEN", "+84 là mã nước"),
        ]
        for (name, role, worksAt, position) in people {
            var request = Fixture.request(name, role: role, worksAt: worksAt, phone: nil)
            request.position = position
            _ = try database.addNominee(request, context: context)
        }
        _ = try database.addNominee(
            Fixture.request("Vàng Thị Dung", role: "can-bo-tdkt", unit: "PGD-BATXAT", phone: "0912345678"),
            context: context)
        let path = folder.appendingPathComponent("signin.xlsx").path
        try SignInSheet(list: try database.nomineeList(session: Fixture.session), flat: flat, blankRows: blankRows)
            .write(to: path)
        let document = try XLSXReader.read(url: URL(fileURLWithPath: path))
        #expect(document.sheets.map(\.name) == ["Sáng 10-05", "Chiều 10-05"], "a sheet per half-day")
        return try #require(document.sheets.first)
    }

    func headingRow(_ sheet: SheetContent) throws -> Int {
        try #require((0..<40).first { sheet.text(at: CellReference(row: $0, column: 0)) == "STT" })
    }

    @Test func headerBlockTitleAndColumns() throws {
        let sheet = try write()
        #expect(sheet.text(at: CellReference(row: 0, column: 0)) == "UBND TỈNH LÀO CAI")
        #expect(sheet.text(at: CellReference(row: 1, column: 0)) == "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
        #expect(sheet.text(at: CellReference(row: 0, column: 3)) == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        let motto = try #require(sheet.cells[CellReference(row: 1, column: 3)])
        #expect(motto.value == .text("Độc lập - Tự do - Hạnh phúc"))
        #expect(motto.style?.bold == true)
        #expect(motto.style?.underline == "single")
        #expect(sheet.cells[CellReference(row: 1, column: 0)]?.style?.bold == true)
        #expect(sheet.cells[CellReference(row: 0, column: 0)]?.style?.bold == false)
        for range in ["A1:C1", "D1:G1", "A2:C2", "D2:G2"] {
            #expect(sheet.merges.contains(try #require(CellRange(a1: range))), "\(range) merged")
        }
        let header = try headingRow(sheet)
        let headings = (0..<7).map { sheet.text(at: CellReference(row: header, column: $0)) }
        #expect(headings == SignInSheet.headings)
        let title = (0..<header).map { sheet.text(at: CellReference(row: $0, column: 0)) }
        #expect(title.contains("DANH SÁCH ĐẠI BIỂU THAM DỰ"))
        #expect(title.contains { $0.contains("Phòng họp số 1") && $0.contains("08h00") })
        let style = try #require(sheet.cells[CellReference(row: header, column: 1)]?.style)
        #expect(style.bold && style.fontName == "Times New Roman")
        #expect(style.borders.top == "thin" && style.borders.bottom == "thin")
    }

    @Test func groupsInQuotaOrderAndPeopleInVietnameseOrder() throws {
        let sheet = try write()
        let header = try headingRow(sheet)
        let rows = ((header + 1)..<(header + 14)).map { row in
            (sheet.text(at: CellReference(row: row, column: 0)), sheet.text(at: CellReference(row: row, column: 1)))
        }
        #expect(rows[0].0 == "I. PHÒNG GD&ĐT")
        #expect(rows[1].0 == "1. Phòng Giáo dục và Đào tạo huyện Bát Xát")
        // Given names: An < Dung < Đạt < Páo (Đ after D; tones only break ties).
        #expect(rows[2...5].map(\.1) == ["Sùng Thị An", "Vàng Thị Dung", "Đỗ Văn Đạt", "Giàng A Páo"])
        #expect(rows[2...5].map(\.0) == ["1", "2", "3", "4"])
        #expect(rows[6].0 == "II. TRỰC THUỘC SỞ")
        #expect(rows[7].0 == "1. Trường THPT Chuyên Lào Cai")
        // Letters before tones, and a before â: Ánh (a-n-h) sorts before Ân (â-n).
        #expect(rows[8...9].map(\.1) == ["Nguyễn Thị Ánh", "Lê Văn Ân"])
        #expect(rows[10].0 == "III. ĐẠI BIỂU BỔ SUNG")
        #expect(rows[11].0 == "7" && rows[11].1 == "")
        // The office that sent nobody has no heading on the sign-in sheet.
        #expect(!rows.contains { $0.0.contains("Sa Pa") })
        #expect(sheet.merges.contains(CellRange(firstRow: header + 1, firstColumn: 0, lastRow: header + 1, lastColumn: 6)))
        let officeHeading = try #require(sheet.cells[CellReference(row: header + 2, column: 0)]?.style)
        #expect(officeHeading.bold && officeHeading.italic)
    }

    @Test func userTextStartingWithFormulaCharactersStaysText() throws {
        let sheet = try write()
        let cells = sheet.cells.values
        #expect(cells.contains { $0.value == .text("=1+1") && $0.formula == nil })
        #expect(cells.contains { $0.value == .text("+84 là mã nước") && $0.formula == nil })
        #expect(cells.contains { $0.value == .text("0912 345 678") })
    }

    @Test func printsOnA4WithTheHeadingRowOnEveryPage() throws {
        let sheet = try write()
        let header = try headingRow(sheet)
        #expect(sheet.pageSetup.paperSize == 9)
        #expect(sheet.pageSetup.orientation == "portrait")
        // A fixed scale (not fit-to-page, which makes Excel ignore the sheet's own page breaks).
        #expect(!sheet.pageSetup.fitToPage)
        #expect((70...100).contains(sheet.pageSetup.scale ?? 0))
        #expect(sheet.printTitleRows == header...header)
        #expect(sheet.frozen == CellReference(row: header + 1, column: 0))
        #expect(abs((sheet.margins?.left ?? 0) - 30 / 25.4) < 0.001)
        #expect(abs((sheet.margins?.right ?? 0) - 15 / 25.4) < 0.001)
        #expect(abs((sheet.margins?.top ?? 0) - 20 / 25.4) < 0.001)
        // Numbered from its own page 1, its page count written out (LibreOffice numbers on across sheets).
        #expect(sheet.pageSetup.firstPageNumber == 1)
        #expect(sheet.footer?.contains("Trang &P/\(sheet.rowBreaks.count + 1)") == true, "\(sheet.footer ?? "")")
        #expect((sheet.rowHeights[header + 3] ?? 0) >= 30, "rows tall enough to sign")
        #expect(sheet.columnWidths.count >= 7)
    }

    @Test func aTwoDaySessionSignsInAtEveryHalfDay() throws {
        let database = try AppDatabase.inMemory()
        let context = Fixture.context()
        _ = try database.importUnits(
            try TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "u"), source: "u", context: Fixture.operatorContext())
        let yaml = try Fixture.text("mini-session.yaml").replacingOccurrences(of: "days: 1", with: "days: 2")
        let (session, _) = try database.createSession(yaml: yaml, file: "s", context: context)
        _ = try database.addNominee(Fixture.request("Giàng A Páo", role: "lanh-dao", unit: "PGD-BATXAT"), context: context)
        let path = folder.appendingPathComponent("two-days.xlsx").path
        try SignInSheet(list: try database.nomineeList(session: session.code)).write(to: path)
        let document = try XLSXReader.read(url: URL(fileURLWithPath: path))
        #expect(document.sheets.map(\.name) == ["Sáng 10-05", "Chiều 10-05", "Sáng 11-05", "Chiều 11-05"])
        let last = document.sheets[3]
        #expect(last.cells.values.contains { $0.value == .text("Buổi: Chiều 11/05/2022") })
        #expect(last.cells.values.contains { $0.value == .text("Giàng A Páo") })
        #expect(last.cells.values.contains { $0.value == .text("Lào Cai, ngày 11 tháng 5 năm 2022") })
        #expect(last.printTitleRows != nil)
    }

    @Test func flatListHasNoOfficeHeadings() throws {
        let sheet = try write(flat: true, blankRows: 0)
        let header = try headingRow(sheet)
        let first = (header + 1..<header + 7).map { sheet.text(at: CellReference(row: $0, column: 0)) }
        #expect(first == ["1", "2", "3", "4", "5", "6"])
        // One alphabetical list across offices: An, Ánh, Ân, Dung, Đạt, Páo.
        let names = (header + 1..<header + 7).map { sheet.text(at: CellReference(row: $0, column: 1)) }
        #expect(names == ["Sùng Thị An", "Nguyễn Thị Ánh", "Lê Văn Ân", "Vàng Thị Dung", "Đỗ Văn Đạt", "Giàng A Páo"])
    }
}
