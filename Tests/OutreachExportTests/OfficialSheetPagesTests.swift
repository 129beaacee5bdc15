import Foundation
import OutreachCore
@testable import OutreachExport
import Testing
import TestSupport
import XLSX

@Suite("Official sheets keep the last table rows with the note and signatures that close them")
final class OfficialSheetPagesTests {
    let folder = try! Fixture.temporaryDirectory()

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    static let rowHeight = 20.0
    static let headingHeight = 30.0
    static let signatureHeight = 124.0

    /// A table of `rows` rows 20 points tall under a 30-point heading, then `note` (if any) and the signatures;
    /// returns the page breaks read back and the capacity of a page.
    func write(
        rows: (Double) -> Int, note: String? = nil, headingBeforeLast: Bool = false, filler: Int = 0, total: Bool = false
    ) throws -> (breaks: [Int], rows: Int) {
        let path = folder.appendingPathComponent("pages-\(UUID().uuidString).xlsx").path
        var written = 0
        try ExportFile.write(to: path, properties: DocumentProperties(title: "t")) { workbook in
            var page = try OfficialSheet(
                sheet: try workbook.addWorksheet(named: "Bảng"), style: DocumentStyle(), widths: [6, 30, 20, 20],
                landscape: false)
            try page.columnHeadings(["STT", "Họ và tên", "Đơn vị", "Ghi chú"])
            written = rows(page.pageCapacity)
            let sheet = page.sheet
            for number in 1...written {
                if headingBeforeLast && number == written { try page.subgroupHeading("Trường Tiểu học Kim Đồng") }
                try page.tableRow(["\(number)", "Người thứ \(number)", nil, nil], minimum: Self.rowHeight) { row in
                    try sheet.write(row: row, column: 0, number: Double(number))
                }
            }
            if total {
                try page.tableRow(["Tổng cộng"], minimum: Self.rowHeight, closing: true) { row in
                    try sheet.write(row: row, column: 0, text: "Tổng cộng")
                }
            }
            // Filler notes of 17 lines (292 points) each, after the table.
            for _ in 0..<filler { try page.note(Array(repeating: "Ghi chú.", count: 17).joined(separator: "\n")) }
            if let note { try page.note(note) }
            try page.signatures(
                place: "Lào Cai", date: try CalendarDate(iso: "2022-05-10"), left: ("NGƯỜI LẬP", "(Ký, ghi rõ họ tên)"),
                right: ("THỦ TRƯỞNG", "(Ký, đóng dấu)"), leftColumns: 2)
            try page.finishPages()
        }
        let sheet = try #require(try XLSXReader.read(url: URL(fileURLWithPath: path)).sheets.first)
        return (sheet.rowBreaks, written)
    }

    /// As many rows as fill the first page after the heading.
    static func fill(_ capacity: Double) -> Int { Int((capacity - headingHeight) / rowHeight) }

    @Test func aFullPageSendsItsLastTwoRowsOverWithTheSignatures() throws {
        let (breaks, rows) = try write(rows: Self.fill)
        // Row 0 is the heading, table rows are 1…rows: the new page starts at the last-but-one table row.
        #expect(breaks == [rows - 1])
    }

    @Test func aNoteAlreadyWrittenGoesOverWithTheRowsAboveIt() throws {
        // The rows and the one-line note fit the first page, the signatures do not.
        let (breaks, rows) = try write(rows: { Int(($0 - Self.headingHeight - 20) / Self.rowHeight) }, note: "Ghi chú ngắn.")
        #expect(breaks == [rows - 1])
    }

    @Test func whenTheSignaturesFitNothingMoves() throws {
        let (breaks, _) = try write(rows: { Int(($0 - Self.headingHeight - Self.signatureHeight) / Self.rowHeight) })
        #expect(breaks.isEmpty)
    }

    @Test func aHeadingGoesOverWithItsOnlyRowNeverLeftAlone() throws {
        // Three rows short of a full page, then a group heading and its one row: both go over.
        let (breaks, rows) = try write(rows: { Self.fill($0) - 2 }, headingBeforeLast: true)
        // Rows 1…rows-1, the heading at row `rows`, its row at rows + 1.
        #expect(breaks == [rows])
    }

    @Test func aTotalRowNeverStartsAPageOfItsOwn() throws {
        // The table fills the first page exactly: the total row takes the last two rows over with it, and the
        // signatures follow; no page holds only the total and the signatures.
        let (breaks, rows) = try write(rows: Self.fill, total: true)
        #expect(breaks == [rows - 1])
    }

    @Test func theLastRowIsNeverAloneOnAPageWithTheSignatures() throws {
        // One row more than the first page holds: it would be alone over the signatures; the row before it
        // comes over too.
        let (breaks, rows) = try write(rows: { Self.fill($0) + 1 })
        #expect(breaks == [rows - 1])
    }

    @Test func closingLinesAloneAreNotMovedTwice() throws {
        // Two rows, then notes filling most of the first page: the rows are not next to the signatures, so the
        // signatures start the next page by themselves and the rows stay.
        let (breaks, rows) = try write(rows: { _ in 2 }, filler: 2)
        #expect(breaks.allSatisfy { $0 > rows })
    }
}
