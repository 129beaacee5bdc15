import Foundation
import OutreachCore
import OutreachExport
import Testing
import TestSupport
import XLSX

@Suite("The reminder workbook: a sheet to print, one row per office, then the mail-merge table")
final class ReminderSheetTests {
    let folder = try! Fixture.temporaryDirectory()
    let today = try! CalendarDate(iso: "2022-07-15")

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func unit(_ code: String, _ name: String, header: String? = nil, kind: String, parent: String? = nil) -> OrgUnit {
        OrgUnit(code: UnitCode(rawValue: code)!, name: name, headerName: header, kind: UnitKind(rawValue: kind)!,
                parent: parent.flatMap(UnitCode.init(rawValue:)))
    }

    /// `count` reminders: the first overdue with every contact, the second due in 4 days with none, then more.
    func reminders(_ count: Int) throws -> [CascadeReminder] {
        let overdue = try CalendarDate(iso: "2022-06-09")
        let soon = try CalendarDate(iso: "2022-07-19")
        var list: [CascadeReminder] = []
        for index in 0..<count {
            let notLate = index == 1
            let name: String = index == 0 ? "Phòng Giáo dục và Đào tạo huyện Si Ma Cai" : "Trường số \(index)"
            let phone: String? = notLate ? nil : "0214 3 840 123"
            let email: String? = notLate ? nil : "pgd@laocai.edu.vn"
            let address: String? = notLate ? nil : "Thị trấn Si Ma Cai"
            list.append(CascadeReminder(
                duty: Int64(index + 1), level: 1, session: "LCI-2022-TDKT", unit: "PGD-\(index)", unitName: name,
                owedTo: "SGDDT-LCI", owedToName: "Sở Giáo dục và Đào tạo tỉnh Lào Cai", due: notLate ? soon : overdue,
                status: notLate ? .due : .overdue, daysLate: notLate ? 0 : 36, phone: phone, email: email,
                address: address, dutyTitle: "Tổ chức tuyên truyền lại và báo cáo kết quả (đợt LCI-2022-TDKT)"))
        }
        return list
    }

    func write(_ count: Int) throws -> XLSXDocument {
        var sheet = ReminderSheet(session: Fixture.session, today: today, reminders: try reminders(count))
        sheet.issuer = unit("SGDDT-LCI", "Sở Giáo dục và Đào tạo tỉnh Lào Cai", header: "SỞ GIÁO DỤC VÀ ĐÀO TẠO", kind: "so",
                            parent: "UBND-LCI")
        sheet.parentBody = unit("UBND-LCI", "Ủy ban nhân dân tỉnh Lào Cai", header: "UBND TỈNH LÀO CAI", kind: "ubnd-tinh")
        sheet.place = "Lào Cai"
        sheet.subject = "Tuyên truyền về đổi mới công tác thi đua khen thưởng năm 2022 (đợt LCI-2022-TDKT)"
        let path = folder.appendingPathComponent("nhac-\(count).xlsx").path
        try sheet.write(to: path)
        return try XLSXReader.read(url: URL(fileURLWithPath: path))
    }

    func row(_ sheet: SheetContent, column: Int, _ text: String) -> Int? {
        sheet.cells.first { $0.key.column == column && $0.value.displayText == text }?.key.row
    }

    @Test func thePrintedListIsTheFirstSheetAndTheMailMergeTableTheSecondAsItWas() throws {
        let document = try write(3)
        #expect(document.sheets.map(\.name) == [ReminderSheet.printSheet, ReminderSheet.dataSheet])
        let data = try #require(document.sheet(named: ReminderSheet.dataSheet))
        #expect((0..<11).map { data.text(at: CellReference(row: 0, column: $0)) } == ReminderSheet.headings)
        #expect(data.text(at: "C2") == "Phòng Giáo dục và Đào tạo huyện Si Ma Cai" && data.text(at: "G2") == "36")
        #expect(Set(data.cells.keys.map(\.row)).count == 4)
        #expect(data.merges.isEmpty)
    }

    @Test func thePrintSheetIsAnA4DocumentAtNinetyPercentWithRepeatedHeadings() throws {
        let sheet = try #require(try write(30).sheet(named: ReminderSheet.printSheet))
        let heading = try #require(row(sheet, column: 0, "STT"))
        #expect((0..<6).map { sheet.text(at: CellReference(row: heading, column: $0)) } == ReminderSheet.printHeadings)
        #expect(sheet.pageSetup.paperSize == 9)
        #expect(sheet.pageSetup.orientation == "landscape")
        #expect(!sheet.pageSetup.fitToPage)
        #expect((85...100).contains(sheet.pageSetup.scale ?? 0), "\(String(describing: sheet.pageSetup.scale))")
        #expect(sheet.printTitleRows == heading...heading)
        #expect(sheet.frozen == CellReference(row: heading + 1, column: 0))
        #expect(sheet.footer?.contains("Trang &P/") == true)
        #expect(abs((sheet.margins?.left ?? 0) - 30 / 25.4) < 0.001)
        #expect(abs((sheet.margins?.right ?? 0) - 15 / 25.4) < 0.001)
        // Thirty offices, one row each (three lines where the duty and contacts wrap), take four pages, where
        // blocks of five rows took seven; every break but the closing one starts an office's row.
        #expect((1...3).contains(sheet.rowBreaks.count), "\(sheet.rowBreaks)")
        for start in sheet.rowBreaks.dropLast() {
            let number = if case .number? = sheet.cells[CellReference(row: start, column: 0)]?.value { true } else { false }
            #expect(number, "break at row \(start + 1)")
        }
        #expect(sheet.cells.values.allSatisfy { $0.style?.fontName == nil || $0.style?.fontName == "Times New Roman" })
    }

    @Test func eachOfficeHasARowWithWhatItOwesTheDeadlineHowLateAndItsContacts() throws {
        let sheet = try #require(try write(2).sheet(named: ReminderSheet.printSheet))
        #expect(sheet.text(at: "A1") == "UBND TỈNH LÀO CAI")
        #expect(sheet.text(at: "A2") == "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
        #expect(sheet.cells.values.contains { $0.displayText == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" })
        #expect(sheet.cells.values.contains { $0.displayText == "Độc lập - Tự do - Hạnh phúc" })
        #expect(sheet.cells.values.contains { $0.displayText == "DANH SÁCH ĐƠN VỊ CHƯA BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN LẠI" })
        #expect(sheet.cells.values.contains { $0.displayText == "Tính đến ngày 15/07/2022: 2 đơn vị chưa báo cáo" })
        // The office by its name, no code: a printed document speaks Vietnamese.
        let first = try #require(row(sheet, column: 1, "Phòng Giáo dục và Đào tạo huyện Si Ma Cai"))
        #expect(!sheet.cells.values.contains { $0.displayText.contains("(mã ") })
        #expect(sheet.cells[CellReference(row: first, column: 0)]?.value == .number(1))
        #expect(sheet.cells[CellReference(row: first, column: 1)]?.style?.bold == true)
        func line(_ row: Int) -> [String] { (2...5).map { sheet.text(at: CellReference(row: row, column: $0)) } }
        #expect(line(first) == [
            "Tổ chức tuyên truyền lại và báo cáo kết quả (đợt LCI-2022-TDKT)", "09/06/2022 – Quá hạn 36 ngày",
            "Sở Giáo dục và Đào tạo tỉnh Lào Cai",
            "Điện thoại: 0214 3 840 123; Email: pgd@laocai.edu.vn; Địa chỉ: Thị trấn Si Ma Cai",
        ])
        // How late stands out in bold; an office not yet late does not.
        #expect(sheet.cells[CellReference(row: first, column: 3)]?.style?.bold == true)
        let second = try #require(row(sheet, column: 1, "Trường số 1"))
        #expect(second == first + 1)
        #expect(sheet.cells[CellReference(row: second, column: 0)]?.value == .number(2))
        #expect(line(second)[1] == "19/07/2022 – Chưa đến hạn (còn 4 ngày)")
        #expect(sheet.cells[CellReference(row: second, column: 3)]?.style?.bold != true)
        #expect(line(second)[3] == "(chưa có số điện thoại, email, địa chỉ)")
        // The request, the date line and the signers close the document.
        #expect(sheet.cells.values.contains { $0.displayText.hasPrefix("Đề nghị các đơn vị có tên trên") })
        #expect(sheet.cells.values.contains { $0.displayText == "Lào Cai, ngày 15 tháng 7 năm 2022" })
        #expect(row(sheet, column: 0, "NGƯỜI LẬP BIỂU") != nil)
        #expect(sheet.cells.values.contains { $0.displayText == "THỦ TRƯỞNG ĐƠN VỊ" })
    }

    @Test func nobodyToRemindPrintsASentenceNotAnEmptyTable() throws {
        let document = try write(0)
        let sheet = try #require(document.sheet(named: ReminderSheet.printSheet))
        #expect(sheet.cells.values.contains { $0.displayText == "Không có đơn vị nào phải nhắc báo cáo." })
        #expect(sheet.cells.values.contains { $0.displayText == "Tính đến ngày 15/07/2022: 0 đơn vị chưa báo cáo" })
        #expect(Set(try #require(document.sheet(named: ReminderSheet.dataSheet)).cells.keys.map(\.row)) == [0])
    }
}
