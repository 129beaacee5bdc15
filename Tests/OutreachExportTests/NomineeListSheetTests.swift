import Foundation
import OutreachCore
import OutreachExport
import OutreachStore
import Testing
import TestSupport
import XLSX

@Suite("The nominee list: quota summary with live totals, then everyone by office")
final class NomineeListSheetTests {
    let folder = try! Fixture.temporaryDirectory()
    let database = try! Fixture.miniDatabase()

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func write() throws -> XLSXDocument {
        let context = Fixture.context()
        _ = try database.addNominee(Fixture.request("Giàng A Páo", role: "lanh-dao", unit: "PGD-BATXAT"), context: context)
        let teacher = try database.addNominee(
            Fixture.request("Sùng Thị Mai", role: "giao-vien", worksAt: "TH-BATXAT-KIMDONG"), context: context)
        _ = try database.confirm(session: Fixture.session, nominees: ["\(teacher.nomination.id)"], context: context)
        _ = try database.addNominee(Fixture.request("Nguyễn Văn An", role: "cbql", unit: "THPT-CHUYEN"), context: context)
        let path = folder.appendingPathComponent("list.xlsx").path
        try NomineeListSheet(list: try database.nomineeList(session: Fixture.session, includeEmptyGroups: true))
            .write(to: path)
        return try XLSXReader.read(url: URL(fileURLWithPath: path))
    }

    @Test func summaryHasOneRowPerOfficeAndLiveTotals() throws {
        let document = try write()
        #expect(document.sheets.map(\.name) == ["Tổng hợp", "Danh sách"])
        let sheet = try #require(document.sheet(named: "Tổng hợp"))
        let header = try #require((0..<40).first { sheet.text(at: CellReference(row: $0, column: 0)) == "STT" })
        #expect((0..<6).map { sheet.text(at: CellReference(row: header, column: $0)) } == NomineeListSheet.summaryHeadings)
        let rows = (header + 1..<header + 8).map { row in (0..<6).map { sheet.text(at: CellReference(row: row, column: $0)) } }
        #expect(rows[0][0] == "I. PHÒNG GD&ĐT")
        #expect(rows[1] == ["1", "Phòng Giáo dục và Đào tạo huyện Bát Xát", "4", "2", "1", "2"])
        #expect(rows[2] == ["2", "Phòng Giáo dục và Đào tạo thị xã Sa Pa", "4", "0", "0", "4"])
        #expect(rows[3][0] == "II. TRỰC THUỘC SỞ")
        #expect(rows[4] == ["3", "Trường THPT Chuyên Lào Cai", "2", "1", "0", "1"])
        #expect(rows[5][0] == "Tổng cộng")
        #expect(Array(rows[5][2...]) == ["10", "3", "1", "7"])
        let total = try #require(sheet.cells[CellReference(row: header + 6, column: 2)])
        #expect(total.formula == "SUM(C\(header + 2):C\(header + 6))")
        #expect(total.value == CellValue.number(10))
        let missing = try #require(sheet.cells[CellReference(row: header + 2, column: 5)])
        #expect(missing.formula == nil && missing.value == CellValue.number(2), "missing places are counted per slot")
        #expect(total.style?.numberFormat == VietnameseNumber.excelThousandsFormat)
    }

    @Test func detailShowsQuotaStatusPerOfficeAndRoleAndStatus() throws {
        let sheet = try #require(try write().sheet(named: "Danh sách"))
        #expect(sheet.pageSetup.orientation == "landscape")
        let texts = sheet.cells.values.compactMap { if case let .text(t) = $0.value { t } else { nil } }
        #expect(texts.contains("1. Phòng Giáo dục và Đào tạo huyện Bát Xát – định mức 4, đã cử 2, đã xác nhận 1, còn thiếu 2"))
        #expect(texts.contains("2. Phòng Giáo dục và Đào tạo thị xã Sa Pa – định mức 4, đã cử 0, đã xác nhận 0, còn thiếu 4"))
        #expect(texts.contains("Đã xác nhận") && texts.contains("Đã đăng ký"))
        #expect(texts.contains("Lãnh đạo"))
    }
}
