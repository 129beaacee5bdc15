import Foundation
import Testing
@testable import XLSX

@Suite("Row outline levels: collapsible groups for trees")
struct OutlineTests {
    @Test func levelsCollapsedRowsAndSummaryAboveRoundTrip() throws {
        let sheet = try roundTripSheet { sheet in
            try sheet.outlineSettings(summaryAbove: true)
            for (row, level) in [0, 1, 2, 2, 1, 0].enumerated() {
                try sheet.write(row: row, column: 0, text: "row \(row)")
                try sheet.setRowHeight(row, height: 18, hidden: level == 2, outlineLevel: level, collapsed: row == 1)
            }
        }
        #expect(sheet.rowOutlineLevels == [1: 1, 2: 2, 3: 2, 4: 1])
        #expect(sheet.hiddenRows == [2, 3])
        #expect(sheet.collapsedRows == [1])
        #expect(sheet.outlineSummaryBelow == false)
        #expect(sheet.rowHeights[4] == 18)
    }

    @Test func defaultSheetHasNoOutline() throws {
        let sheet = try roundTripSheet { sheet in try sheet.write(row: 0, column: 0, text: "x") }
        #expect(sheet.rowOutlineLevels.isEmpty && sheet.outlineSummaryBelow)
    }

    @Test func levelAboveSevenIsRefused() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        #expect(throws: XLSXError.invalidValue(sheet: "Data", what: "outline level 8 of row 3", reason: "must be 0...7")) {
            try sheet.setRowHeight(2, height: 15, outlineLevel: 8)
        }
        #expect(throws: XLSXError.self) { try sheet.setRowHeight(2, height: 15, outlineLevel: -1) }
        try workbook.close()
    }
}
