import Foundation
import OutreachCore
@testable import OutreachExport
import OutreachStore
import Testing
import TestSupport
import XLSX

/// A list needing more manual page breaks than a sheet holds (Excel: 1023) goes on to new sheets with the same
/// print rules. The per-sheet limit is lowered here (`OfficialSheet.breaksPerSheet`) so that a few hundred
/// people show what 25,000 do at the real limit; the real size is measured by hand (Benchmarks/history.md).
@Suite("Long lists continue on new sheets: headings, offices, numbering and pages carry on")
final class LongListSheetsTests {
    let folder = try! Fixture.temporaryDirectory()
    let database = try! Fixture.miniDatabase()

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    static let breaks = 4

    /// The mini session's list, each office's people copied `times` times under new names (the quota aside:
    /// only the printed list matters here).
    func longList(times: Int) throws -> NomineeList {
        let context = Fixture.context()
        for (name, worksAt) in [("Đỗ Văn Đạt", "TH-BATXAT-KIMDONG"), ("Nguyễn Thị Ánh", "THPT-CHUYEN")] {
            _ = try database.addNominee(Fixture.request(name, role: "giao-vien", worksAt: worksAt, phone: nil), context: context)
        }
        var list = try database.nomineeList(session: Fixture.session)
        for index in list.groups.indices where !list.groups[index].rows.isEmpty {
            let model = list.groups[index].rows[0]
            list.groups[index].rows = (1...times).map { number in
                var copy = model
                copy.person.fullName = "\(model.person.fullName) \(number)"
                return copy
            }
        }
        return list
    }

    /// The numbers in column A under the column headings of each sheet, in sheet order.
    static func numbers(_ sheets: [SheetContent]) -> [Int] {
        sheets.flatMap { sheet -> [Int] in
            let rows = sheet.cells.keys.filter { $0.column == 0 }.map(\.row).sorted()
            return rows.compactMap { row -> Int? in
                guard case .number(let value) = sheet.cells[CellReference(row: row, column: 0)]?.value else { return nil }
                return Int(value)
            }
        }
    }

    /// Checks what every continued document must hold, and returns its sheets.
    func checkContinued(_ path: String, first name: String, people: Int, headings: [String]) throws -> [SheetContent] {
        let document = try XLSXReader.read(url: URL(fileURLWithPath: path))
        let sheets = document.sheets.filter { $0.name == name || $0.name.hasPrefix(name + " (") }
        #expect(sheets.map(\.name) == [name] + (2...max(2, sheets.count)).map { "\(name) (\($0))" }.prefix(sheets.count - 1))
        #expect(sheets.count >= 3, "\(sheets.count) sheets")
        // Each sheet within the limit (the closing block may add one break on the last).
        for sheet in sheets { #expect(sheet.rowBreaks.count <= Self.breaks + 1, "\(sheet.name): \(sheet.rowBreaks)") }
        for sheet in sheets.dropLast() { #expect(sheet.rowBreaks.count == Self.breaks, "\(sheet.name) is not full") }
        // Numbering runs on across the sheets, every person once.
        #expect(Self.numbers(sheets) == Array(1...people))
        // Each continuation starts with the column headings, repeated on its pages and frozen, then the office.
        for sheet in sheets.dropFirst() {
            #expect((0..<headings.count).map { sheet.text(at: CellReference(row: 0, column: $0)) } == headings)
            #expect(sheet.printTitleRows == 0...0)
            #expect(sheet.frozen == CellReference(row: 1, column: 0))
            #expect(sheet.text(at: CellReference(row: 1, column: 0)).hasSuffix("(tiếp theo)"), "\(sheet.name) row 2")
        }
        // Pages numbered on from sheet to sheet, "Trang N/M" counting them all.
        let total = sheets.reduce(0) { $0 + $1.rowBreaks.count + 1 }
        var first = 1
        for sheet in sheets {
            #expect((sheet.pageSetup.firstPageNumber ?? 1) == first, "\(sheet.name)")
            #expect(sheet.footer?.contains("Trang &P/\(total)") == true, "\(sheet.name): \(sheet.footer ?? "")")
            first += sheet.rowBreaks.count + 1
        }
        // The signatures close the document once, on its last sheet.
        let signers = sheets.map { sheet in sheet.cells.values.filter { $0.value == .text("XÁC NHẬN CỦA ĐƠN VỊ TỔ CHỨC") || $0.value == .text("THỦ TRƯỞNG ĐƠN VỊ") }.count }
        #expect(signers.dropLast().allSatisfy { $0 == 0 } && signers.last == 1, "\(signers)")
        return sheets
    }

    @Test func aLongSignInSheetGoesOnToNewSheets() throws {
        let list = try longList(times: 150)
        let people = list.allRows.count
        let path = folder.appendingPathComponent("signin.xlsx").path
        try OfficialSheet.$breaksPerSheet.withValue(Self.breaks) {
            try SignInSheet(list: list, blankRows: 2).write(to: path)
        }
        // The mini session has a morning and an afternoon: each half-day's sheet goes on by itself.
        _ = try checkContinued(path, first: "Sáng 10-05", people: people + 2, headings: SignInSheet.headings)
        _ = try checkContinued(path, first: "Chiều 10-05", people: people + 2, headings: SignInSheet.headings)
    }

    @Test func aLongNomineeListGoesOnToNewSheetsAfterItsSummary() throws {
        let list = try longList(times: 150)
        let path = folder.appendingPathComponent("nominees.xlsx").path
        try OfficialSheet.$breaksPerSheet.withValue(Self.breaks) {
            try NomineeListSheet(list: list).write(to: path)
        }
        let sheets = try checkContinued(path, first: "Danh sách", people: list.allRows.count,
                                        headings: NomineeListSheet.detailHeadings)
        let names = try XLSXReader.outline(url: URL(fileURLWithPath: path)).sheets.map(\.name)
        #expect(names == ["Tổng hợp"] + sheets.map(\.name))
    }

    @Test func aLongAttendanceDetailGoesOnToNewSheets() throws {
        let list = try longList(times: 150)
        let path = folder.appendingPathComponent("attendance.xlsx").path
        try OfficialSheet.$breaksPerSheet.withValue(Self.breaks) {
            try AttendanceSheet(
                report: try database.attendanceReport(session: Fixture.session), list: list,
                marks: try database.attendanceMarks(session: Fixture.session)
            ).write(to: path)
        }
        let document = try XLSXReader.read(url: URL(fileURLWithPath: path))
        let sheets = document.sheets.filter { $0.name == "Chi tiết" || $0.name.hasPrefix("Chi tiết (") }
        #expect(sheets.count >= 3, "\(document.sheets.map(\.name))")
        for sheet in sheets { #expect(sheet.rowBreaks.count <= Self.breaks, "\(sheet.name)") }
        #expect(Self.numbers(sheets) == Array(1...list.allRows.count))
        for sheet in sheets.dropFirst() {
            #expect(sheet.text(at: CellReference(row: 0, column: 0)) == "STT")
            #expect(sheet.text(at: CellReference(row: 1, column: 0)).hasSuffix("(tiếp theo)"), "\(sheet.name) row 2")
        }
    }

    @Test func aShortListStaysOnOneSheetNumberedAsBefore() throws {
        let list = try longList(times: 3)
        let path = folder.appendingPathComponent("short.xlsx").path
        try SignInSheet(list: list, blankRows: 2).write(to: path)
        let document = try XLSXReader.read(url: URL(fileURLWithPath: path))
        // One sheet per half-day of the session (morning and afternoon), none continued.
        #expect(document.sheets.map(\.name) == ["Sáng 10-05", "Chiều 10-05"])
        // Each part's sheet is a document of its own, numbered from its page 1 and counting its own pages.
        for sheet in document.sheets {
            #expect(sheet.pageSetup.firstPageNumber == 1)
            #expect(sheet.footer?.contains("Trang &P/\(sheet.rowBreaks.count + 1)") == true, "\(sheet.footer ?? "")")
        }
    }
}
