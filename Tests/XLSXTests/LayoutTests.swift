import Foundation
import Testing
@testable import XLSX

@Suite("Merges, columns, rows, panes and sheet visibility")
struct LayoutTests {
    @Test func mergesRoundTrip() throws {
        let title = CellStyle(fontSize: 14, bold: true, horizontal: .center)
        let sheet = try roundTripSheet { sheet in
            try sheet.merge(try #require(CellRange(a1: "A1:G1")), text: "DANH SÁCH ĐẠI BIỂU", style: title)
            try sheet.merge(try #require(CellRange(a1: "A2:B3")), number: 42)
            try sheet.merge(try #require(CellRange(a1: "D5")), text: "một ô")
        }
        #expect(sheet.merges == [CellRange(a1: "A1:G1"), CellRange(a1: "A2:B3")])
        #expect(sheet.text(at: "A1") == "DANH SÁCH ĐẠI BIỂU")
        #expect(sheet["G1"]?.value == .empty)
        #expect(sheet["G1"]?.style?.bold == true)
        #expect(sheet["A2"]?.value == .number(42))
        #expect(sheet.text(at: "D5") == "một ô")
    }

    @Test func overlappingMergeIsRefusedNamingBothRanges() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        try sheet.merge(try #require(CellRange(a1: "B2:D4")), text: "first")
        #expect(throws: XLSXError.invalidMerge(sheet: "Data", range: "C3:E5", reason: "it overlaps the earlier merge B2:D4")) {
            try sheet.merge(try #require(CellRange(a1: "C3:E5")), text: "second")
        }
        #expect(throws: XLSXError.self) {
            try sheet.merge(CellRange(firstRow: 0, firstColumn: 0, lastRow: 1_048_575, lastColumn: 0), text: "huge")
        }
        #expect(throws: XLSXError.cellOutOfRange(sheet: "Data", row: 1_048_576, column: 0)) {
            try sheet.merge(CellRange(firstRow: 10, firstColumn: 0, lastRow: 1_048_576, lastColumn: 0), text: "out")
        }
        try workbook.close()
        let read = try XLSXReader.read(url: directory.fileURL("x.xlsx"))
        #expect(read.sheets[0].merges == [CellRange(a1: "B2:D4")])
        #expect(read.sheets[0]["E5"] == nil)
    }

    @Test func columnWidthsAndRowHeights() throws {
        let sheet = try roundTripSheet { sheet in
            try sheet.setColumnWidth(0...0, width: 6)
            try sheet.setColumnWidth(1...3, width: 20)
            try sheet.setColumnWidth(1...3, width: 25)
            try sheet.setColumnWidth(5...5, width: 10, hidden: true)
            try sheet.setRowHeight(0, height: 33)
            try sheet.setRowHeight(2, height: 0)
            try sheet.write(row: 0, column: 0, text: "x")
        }
        // libxlsxwriter, like Excel, stores the width plus cell padding: 6 → 6.7109375.
        #expect(sheet.columnWidths[0] == 6.7109375)
        #expect(sheet.columnWidths[1] == 25.7109375)
        #expect(sheet.columnWidths[3] == 25.7109375)
        #expect(sheet.columnWidths[4] == nil)
        #expect(sheet.hiddenColumns == [5])
        #expect(sheet.rowHeights[0] == 33)
        #expect(sheet.hiddenRows.contains(2))
    }

    @Test func layoutArgumentsAreChecked() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        try sheet.setColumnWidth(0...3, width: 10)
        #expect(throws: XLSXError.self) { try sheet.setColumnWidth(2...5, width: 10) }
        #expect(throws: XLSXError.self) { try sheet.setColumnWidth(0...0, width: 256) }
        #expect(throws: XLSXError.self) { try sheet.setColumnWidth(0...0, width: .infinity) }
        #expect(throws: XLSXError.cellOutOfRange(sheet: "Data", row: 0, column: 16_384)) {
            try sheet.setColumnWidth(16_000...16_384, width: 10)
        }
        #expect(throws: XLSXError.self) { try sheet.setRowHeight(0, height: 410) }
        #expect(throws: XLSXError.cellOutOfRange(sheet: "Data", row: -1, column: 0)) {
            try sheet.setRowHeight(-1, height: 10)
        }
        #expect(throws: XLSXError.self) { try sheet.freezePanes(row: 1_048_576, column: 0) }
        #expect(throws: XLSXError.self) { try sheet.freezePanes(row: 0, column: 0) }
        #expect(throws: XLSXError.self) { try sheet.setZoom(5) }
        try workbook.close()
    }

    @Test func frozenPanesAndZoom() throws {
        let document = try roundTrip { workbook, sheet in
            try sheet.freezePanes(row: 4, column: 0)
            try sheet.setZoom(85)
            let second = try workbook.addWorksheet(named: "Cột")
            try second.freezePanes(row: 1, column: 2)
        }
        #expect(document.sheets[0].frozen == CellReference(row: 4, column: 0))
        #expect(document.sheets[0].zoom == 85)
        #expect(document.sheets[1].frozen == CellReference(a1: "C2"))
    }

    @Test func hidingKeepsOneSheetVisibleAndMovesTheActiveSheet() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("x.xlsx")
        let workbook = try Workbook(path: path)
        let first = try workbook.addWorksheet(named: "Ẩn")
        let second = try workbook.addWorksheet(named: "Hiện")
        try first.hide()
        #expect(throws: XLSXError.self) { try second.hide() }
        try workbook.close()
        let document = try XLSXReader.read(url: URL(fileURLWithPath: path))
        #expect(document.sheets.map(\.state) == [.hidden, .visible])
        let xml = try rawPart(path, "xl/workbook.xml")
        #expect(xml.contains("activeTab=\"1\""))
    }

    @Test func activatingSelectsOnlyOneTab() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("x.xlsx")
        let workbook = try Workbook(path: path)
        let sheets = try ["A", "B", "C"].map { try workbook.addWorksheet(named: $0) }
        try sheets[1].activate()
        try sheets[2].activate()
        try workbook.close()
        let selected = try (1...3).filter { try rawPart(path, "xl/worksheets/sheet\($0).xml").contains("tabSelected=\"1\"") }
        #expect(selected == [3])
    }
}
