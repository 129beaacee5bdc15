import Foundation
import Testing
@testable import XLSX

@Suite("Conditional formats")
struct ConditionalFormatTests {
    private func range(_ a1: String) throws -> CellRange { try #require(CellRange(a1: a1)) }
    private let red = CellStyle(bold: true, fontColor: .red, fill: Color(rgb: 0xFFC7CE))

    @Test func everyRuleRoundTrips() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("cf.xlsx")
        let workbook = try Workbook(path: path, options: .init(defaultFont: .init(name: "Times New Roman", size: 11)))
        let sheet = try workbook.addWorksheet(named: "Data")
        try sheet.addConditionalFormat(try range("A2:A10"), ConditionalFormat(.cell(.greater, 5), style: red))
        try sheet.addConditionalFormat(try range("B2:B10"), ConditionalFormat(.cellBetween(1, 2.5), style: red))
        try sheet.addConditionalFormat(try range("C2:C10"), ConditionalFormat(.formula("=$C2>$B2"), style: red))
        try sheet.addConditionalFormat(try range("D2:D10"), ConditionalFormat(.dataBar(Color(rgb: 0x638EC6))))
        try sheet.addConditionalFormat(try range("E2:E10"),
                                       ConditionalFormat(.twoColorScale(.white, Color(rgb: 0x63BE7B))))
        try sheet.addConditionalFormat(try range("F2:F10"), ConditionalFormat(
            .cell(.lessOrEqual, -1), style: CellStyle(border: Borders(top: .thin, bottom: .thin, left: .thin, right: .thin))))
        try workbook.close()
        let read = try XLSXReader.read(url: URL(fileURLWithPath: path)).sheets[0].conditionalFormats
        try #require(read.count == 6)
        #expect(read[0].sqref == "A2:A10" && read[0].type == "cellIs" && read[0].operatorName == "greaterThan")
        #expect(read[0].formulas == ["5"])
        #expect(read[1].operatorName == "between" && read[1].formulas == ["1", "2.5"])
        #expect(read[2].type == "expression" && read[2].formulas == ["$C2>$B2"])
        #expect(read[3].type == "dataBar" && read[3].dxfId == nil && read[3].colors.contains(0x638EC6))
        #expect(read[4].type == "colorScale" && read[4].colors == [0xFFFFFF, 0x63BE7B])
        #expect(read[5].operatorName == "lessThanOrEqual" && read[5].formulas == ["-1"])
        // One dxf per distinct style, and the dxf names no font, so the default font does not leak in.
        #expect(read[0].dxfId == 0 && read[1].dxfId == 0 && read[2].dxfId == 0 && read[5].dxfId == 1)
        let styles = try rawPart(path, "xl/styles.xml")
        let dxfs = try #require(styles.range(of: "<dxfs")).lowerBound
        #expect(!String(styles[dxfs...]).contains("<name val="))
        // A dxf's solid fill is read from bgColor; as fgColor LibreOffice paints it black.
        #expect(String(styles[dxfs...]).contains("<fill><patternFill><bgColor rgb=\"FFFFC7CE\"/></patternFill></fill>"))
    }

    /// 1.1.4 anchors text and blank rules on the last column (B2:D5 gave SEARCH("foo",D2)); applied column
    /// by column, each column's formula names its own first cell.
    @Test func textAndBlankRulesOverSeveralColumnsAnchorEachColumn() throws {
        let sheet = try roundTripSheet { sheet in
            try sheet.addConditionalFormat(try range("B2:D5"), ConditionalFormat(.textContains("vắng"), style: red))
            try sheet.addConditionalFormat(try range("F2:G3"), ConditionalFormat(.blanks, style: red))
            try sheet.addConditionalFormat(try range("H2:H3"), ConditionalFormat(.noBlanks, style: red))
        }
        let rules = sheet.conditionalFormats
        #expect(rules.map(\.sqref) == ["B2:B5", "C2:C5", "D2:D5", "F2:F3", "G2:G3", "H2:H3"])
        #expect(rules[0].type == "containsText" && rules[0].text == "vắng")
        #expect(rules[0].formulas == ["NOT(ISERROR(SEARCH(\"vắng\",B2)))"])
        #expect(rules[1].formulas == ["NOT(ISERROR(SEARCH(\"vắng\",C2)))"])
        #expect(rules[2].formulas == ["NOT(ISERROR(SEARCH(\"vắng\",D2)))"])
        #expect(rules[3].type == "containsBlanks" && rules[3].formulas == ["LEN(TRIM(F2))=0"])
        #expect(rules[4].formulas == ["LEN(TRIM(G2))=0"])
        #expect(rules[5].type == "notContainsBlanks" && rules[5].formulas == ["LEN(TRIM(H2))>0"])
    }

    @Test(arguments: [
        ConditionalFormat(.cell(.equal, .nan), style: CellStyle(bold: true)),
        ConditionalFormat(.cellBetween(5, 1), style: CellStyle(bold: true)),
        ConditionalFormat(.cellBetween(1, .infinity), style: CellStyle(bold: true)),
        ConditionalFormat(.textContains(""), style: CellStyle(bold: true)),
        ConditionalFormat(.textContains("say \"hi\""), style: CellStyle(bold: true)),
        ConditionalFormat(.textContains(String(repeating: "x", count: 256)), style: CellStyle(bold: true)),
        ConditionalFormat(.textContains("a\nb"), style: CellStyle(bold: true)),
        ConditionalFormat(.formula("="), style: CellStyle(bold: true)),
        ConditionalFormat(.formula("A1>\u{1}"), style: CellStyle(bold: true)),
        ConditionalFormat(.cell(.greater, 1)),
        ConditionalFormat(.blanks),
        ConditionalFormat(.dataBar(.red), style: CellStyle(bold: true)),
        ConditionalFormat(.twoColorScale(.red, .white), style: CellStyle(fill: .red)),
        ConditionalFormat(.cell(.greater, 1), style: CellStyle(fontSize: 14)),
        ConditionalFormat(.cell(.greater, 1), style: CellStyle(italic: true)),
        ConditionalFormat(.cell(.greater, 1), style: CellStyle(numberFormat: "0.00")),
        ConditionalFormat(.cell(.greater, 1), style: CellStyle(fontName: "Arial")),
        ConditionalFormat(.cell(.greater, 1), style: CellStyle(locked: false)),
    ])
    func refusedFormatsThrowNamingSheetAndRange(_ format: ConditionalFormat) throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        #expect {
            try sheet.addConditionalFormat(try range("B2:D5"), format)
        } throws: { error in
            guard case let .invalidConditionalFormat(sheet, range, _)? = error as? XLSXError else { return false }
            return sheet == "Data" && range == "B2:D5"
        }
        try workbook.close()
        #expect(try XLSXReader.read(url: directory.fileURL("x.xlsx")).sheets[0].conditionalFormats.isEmpty)
    }

    @Test func outsideTheSheetThrows() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        #expect(throws: XLSXError.cellOutOfRange(sheet: "Data", row: 0, column: 16_384)) {
            try sheet.addConditionalFormat(CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 16_384),
                                           ConditionalFormat(.blanks, style: CellStyle(bold: true)))
        }
    }
}

@Suite("Conditional format colours")
struct ConditionalFormatColourTests {
    /// libxlsxwriter reads 0 as "no colour", so black travels as its own constant and must still come out black.
    @Test func blackStaysBlack() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("black.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "Data")
        try sheet.addConditionalFormat(CellRange(firstRow: 0, firstColumn: 0, lastRow: 9, lastColumn: 0),
                                       ConditionalFormat(.dataBar(.black)))
        try sheet.addConditionalFormat(CellRange(firstRow: 0, firstColumn: 1, lastRow: 9, lastColumn: 1),
                                       ConditionalFormat(.twoColorScale(.black, .white)))
        try sheet.insertChart(Chart(kind: .line, series: [Chart.Series(
            sheet: "Data", categories: CellRange(firstRow: 0, firstColumn: 0, lastRow: 9, lastColumn: 0),
            values: CellRange(firstRow: 0, firstColumn: 1, lastRow: 9, lastColumn: 1), color: .black)]),
            at: CellReference(row: 0, column: 3))
        try workbook.close()
        let rules = try XLSXReader.read(url: URL(fileURLWithPath: path)).sheets[0].conditionalFormats
        #expect(rules[0].colors.first == 0x000000)
        #expect(rules[1].colors == [0x000000, 0xFFFFFF])
        let chart = try rawPart(path, "xl/charts/chart1.xml")
        #expect(chart.contains("<a:srgbClr val=\"000000\"/>"))
    }
}
