import Foundation
import Testing
@testable import XLSX

@Suite("Defined names for ranges")
struct DefinedRangeTests {
    @Test func referencesAreAbsoluteAndSheetNamesQuotedWhenNeeded() throws {
        let document = try roundTrip { workbook, _ in
            _ = try workbook.addWorksheet(named: "Tổng hợp")
            _ = try workbook.addWorksheet(named: "O'Brien")
            _ = try workbook.addWorksheet(named: "2024")
            _ = try workbook.addWorksheet(named: "A1")
            let range = try #require(CellRange(a1: "A1:A5"))
            try workbook.defineName("DonVi", range: range, sheet: "Tổng hợp")
            try workbook.defineName("Plain", range: range, sheet: "data")
            try workbook.defineName("Apostrophe", range: range, sheet: "O'Brien")
            try workbook.defineName("Digits", range: range, sheet: "2024")
            try workbook.defineName("LooksLikeCell", range: try #require(CellRange(a1: "B2")), sheet: "A1")
            try workbook.defineName("Data!Local", range: range, sheet: "Tổng hợp")
        }
        func formula(_ name: String) -> String? { document.definedNames.first { $0.name == name }?.formula }
        #expect(formula("DonVi") == "'Tổng hợp'!$A$1:$A$5")
        #expect(formula("Plain") == "Data!$A$1:$A$5")
        #expect(formula("Apostrophe") == "'O''Brien'!$A$1:$A$5")
        #expect(formula("Digits") == "'2024'!$A$1:$A$5")
        #expect(formula("LooksLikeCell") == "'A1'!$B$2")
        #expect(document.definedNames.first { $0.name == "Local" }?.localSheetIndex == 0)
    }

    @Test func unknownSheetOrDuplicateThrows() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        _ = try workbook.addWorksheet(named: "Data")
        let range = try #require(CellRange(a1: "A1:A5"))
        #expect(throws: XLSXError.invalidDefinedName(name: "X", reason: "there is no sheet 'Nope'")) {
            try workbook.defineName("X", range: range, sheet: "Nope")
        }
        try workbook.defineName("X", range: range, sheet: "Data")
        #expect(throws: XLSXError.self) { try workbook.defineName("x", range: range, sheet: "Data") }
        #expect(throws: XLSXError.self) {
            try workbook.defineName("Y", range: CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 16_384),
                                    sheet: "Data")
        }
    }
}
