import Foundation
import Testing
@testable import XLSX

@Suite("Cell styles")
struct StyleTests {
    @Test func fontAlignmentBorderAndNumberFormatRoundTrip() throws {
        let style = CellStyle(fontName: "Times New Roman", fontSize: 13, bold: true, italic: true, underline: .double,
                              fontColor: .red, fill: Color(hex: "#FFF2CC"), horizontal: .right, vertical: .center,
                              wrap: true, indent: 2, numberFormat: "#,##0",
                              border: Borders(top: .thin, bottom: .double, left: .medium, right: .dashed),
                              locked: false)
        let sheet = try roundTripSheet { try $0.write(row: 0, column: 0, number: 1_234_567, style: style) }
        let read = try #require(sheet["A1"]?.style)
        #expect(read.fontName == "Times New Roman")
        #expect(read.fontSize == 13)
        #expect(read.bold && read.italic)
        #expect(read.underline == "double")
        #expect(read.fontColor == 0xFF0000)
        #expect(read.fill == 0xFFF2CC)
        #expect(read.horizontal == "right" && read.vertical == "center")
        #expect(read.wrap && !read.shrinkToFit)
        #expect(read.indent == 2)
        #expect(read.numberFormat == "#,##0")
        #expect(read.borders == ReadStyle.Borders(top: "thin", bottom: "double", left: "medium", right: "dashed"))
        #expect(read.locked == false)
    }

    @Test func shrinkAndIndentWhereExcelAllowsThem() throws {
        let sheet = try roundTripSheet { sheet in
            try sheet.write(row: 0, column: 0, text: "co lại", style: CellStyle(horizontal: .center, shrinkToFit: true))
            try sheet.write(row: 0, column: 1, text: "thụt", style: CellStyle(indent: 3))
        }
        #expect(sheet["A1"]?.style?.shrinkToFit == true)
        #expect(sheet["A1"]?.style?.horizontal == "center")
        #expect(sheet["B1"]?.style?.indent == 3)
        #expect(sheet["B1"]?.style?.horizontal == "left")
    }

    @Test func blackIsReallyBlack() throws {
        let sheet = try roundTripSheet { sheet in
            try sheet.write(row: 0, column: 0, text: "đen", style: CellStyle(fontColor: .black, fill: .black))
        }
        #expect(sheet["A1"]?.style?.fontColor == 0x000000)
        #expect(sheet["A1"]?.style?.fill == 0x000000)
    }

    @Test func eachDistinctStyleBecomesOneFormat() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("x.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "Data")
        let bold = CellStyle(bold: true)
        for row in 0..<50 {
            try sheet.write(row: row, column: 0, text: "a", style: bold)
            try sheet.write(row: row, column: 1, number: 1, style: CellStyle(bold: true))
            try sheet.write(row: row, column: 2, number: 2, style: CellStyle(italic: true))
        }
        try workbook.close()
        let styles = try rawPart(path, "xl/styles.xml")
        // The default format plus bold and italic.
        #expect(styles.contains("<cellXfs count=\"3\">"))
    }

    @Test func alignmentsMapToExcelNames() throws {
        let cases: [(HorizontalAlignment, String)] = [(.left, "left"), (.center, "center"), (.right, "right"),
                                                      (.fill, "fill"), (.justify, "justify"), (.centerAcross, "centerContinuous")]
        let sheet = try roundTripSheet { sheet in
            for (row, (alignment, _)) in cases.enumerated() {
                try sheet.write(row: row, column: 0, text: "x", style: CellStyle(horizontal: alignment, vertical: .top))
            }
        }
        for (row, (_, name)) in cases.enumerated() {
            #expect(sheet["A\(row + 1)"]?.style?.horizontal == name)
            #expect(sheet["A\(row + 1)"]?.style?.vertical == "top")
        }
    }

    @Test func workbookDefaultFontAppliesToUnstyledCells() throws {
        let options = Workbook.Options(defaultFont: .init(name: "Times New Roman", size: 13))
        let sheet = try roundTripSheet(options: options) { sheet in
            try sheet.write(row: 0, column: 0, text: "mặc định")
            try sheet.write(row: 0, column: 1, text: "nhỏ", style: CellStyle(fontSize: 12, bold: true))
        }
        #expect(sheet["A1"]?.style?.fontName == "Times New Roman")
        #expect(sheet["A1"]?.style?.fontSize == 13)
        #expect(sheet["B1"]?.style?.fontName == "Times New Roman")
        #expect(sheet["B1"]?.style?.fontSize == 12)
    }

    @Test("invalid styles are refused", arguments: [
        CellStyle(fontSize: 0), CellStyle(fontSize: 410), CellStyle(fontSize: .nan), CellStyle(indent: 16),
        CellStyle(indent: -1), CellStyle(fontName: ""), CellStyle(fontName: String(repeating: "x", count: 32)),
        CellStyle(numberFormat: String(repeating: "0", count: 128)), CellStyle(numberFormat: "0\u{1}"),
        CellStyle(horizontal: .center, indent: 1), CellStyle(wrap: true, shrinkToFit: true),
        CellStyle(horizontal: .justify, shrinkToFit: true),
    ])
    func invalidStyles(style: CellStyle) throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        #expect(throws: XLSXError.self) { try sheet.write(row: 0, column: 0, text: "x", style: style) }
        #expect(throws: XLSXError.self) { try sheet.setColumnWidth(0...0, width: 10, style: style) }
        try workbook.close()
    }

    @Test func invalidDefaultFontIsRefusedUpFront() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: XLSXError.self) {
            _ = try Workbook(path: directory.path("x.xlsx"), options: .init(defaultFont: .init(name: "Arial", size: 500)))
        }
    }

    @Test func colorParsing() {
        #expect(Color(hex: "#1F4E78")?.rgb == 0x1F4E78)
        #expect(Color(hex: "1f4e78")?.rgb == 0x1F4E78)
        #expect(Color(hex: "#12345") == nil)
        #expect(Color(hex: "GGGGGG") == nil)
        #expect(Color(red: 255, green: 0, blue: 128).rgb == 0xFF0080)
        #expect(Color(rgb: 0x1FF_FFFF).rgb == 0xFF_FFFF)
    }
}
