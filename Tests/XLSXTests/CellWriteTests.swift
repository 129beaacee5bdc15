import Foundation
import Testing
@testable import XLSX

@Suite("Writing cell values")
struct CellWriteTests {
    @Test func valuesRoundTrip() throws {
        let sheet = try roundTripSheet { sheet in
            try sheet.write(row: 0, column: 0, text: "Họ và tên")
            try sheet.write(row: 0, column: 1, number: 1234.5)
            try sheet.write(row: 0, column: 2, integer: 1_500_000)
            try sheet.write(row: 0, column: 3, bool: true)
            try sheet.write(row: 1, column: 0, date: ExcelDate(year: 2024, month: 3, day: 15))
            try sheet.write(row: 1, column: 1, number: -0.125)
        }
        #expect(sheet["A1"]?.value == .text("Họ và tên"))
        #expect(sheet["B1"]?.value == .number(1234.5))
        #expect(sheet["C1"]?.value == .number(1_500_000))
        #expect(sheet["D1"]?.value == .bool(true))
        #expect(sheet["A2"]?.value == .number(45_366))
        #expect(sheet["A2"]?.style?.numberFormat == "dd/mm/yyyy")
        #expect(sheet.text(at: "C1") == "1500000")
        #expect(sheet.text(at: "B2") == "-0.125")
    }

    @Test func formulasKeepTheirCachedResults() throws {
        let sheet = try roundTripSheet { sheet in
            try sheet.write(row: 0, column: 0, number: 2)
            try sheet.write(row: 0, column: 1, number: 3)
            try sheet.write(row: 0, column: 2, formula: "=SUM(A1:B1)", cachedNumber: 5)
            try sheet.write(row: 0, column: 3, formula: "A1&\" người\"", cachedText: "2 người")
        }
        #expect(sheet["C1"] == CellData(value: .number(5), formula: "SUM(A1:B1)"))
        #expect(sheet["D1"]?.formula == "A1&\" người\"")
        #expect(sheet["D1"]?.value == .text("2 người"))
    }

    @Test("text that looks like a formula stays text", arguments: ["=1+1", "+84 912 345 678", "-5", "@SUM(A1)"])
    func formulaLikeText(text: String) throws {
        let sheet = try roundTripSheet { try $0.write(row: 0, column: 0, text: text) }
        #expect(sheet["A1"] == CellData(value: .text(text)))
    }

    @Test func vietnameseTextSurvivesInNFC() throws {
        let names = ["Nguyễn Thị Ánh Tuyết", "Đặng", "Giàng A Páo", "Lò Văn Hưởng"]
        let sheet = try roundTripSheet { sheet in
            for (row, name) in names.enumerated() {
                try sheet.write(row: row, column: 0, text: name)
            }
        }
        for (row, name) in names.enumerated() {
            let text = sheet.text(at: "A\(row + 1)")
            #expect(text == name)
            #expect(Array(text.unicodeScalars) == Array(name.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
    }

    @Test func controlCharactersAndLiteralEscapesRoundTrip() throws {
        // The marker scan jumps from "_" to "_": markers after other underscores, at the very end, or
        // split over a trailing "_" must all be found (or rightly not).
        let texts = ["dòng 1\ndòng 2", "tab\there", "bell\u{7}", "_x0041_ literal", "a_x00e9_b",
                     "a_b__c_x0042_", "ends with _", "_", "__x0043_", "Hoà_x", "_x004A_x004B_"]
        for options in [Workbook.Options(), Workbook.Options(constantMemory: true)] {
            let sheet = try roundTripSheet(options: options) { sheet in
                for (row, text) in texts.enumerated() { try sheet.write(row: row, column: 0, text: text) }
            }
            for (row, text) in texts.enumerated() {
                #expect(sheet.text(at: "A\(row + 1)") == text, "constantMemory: \(options.constantMemory)")
            }
        }
    }

    @Test func emptyTextWithStyleIsAFormattedBlank() throws {
        let sheet = try roundTripSheet { sheet in
            try sheet.write(row: 0, column: 0, text: "", style: CellStyle(border: .all(.thin)))
            try sheet.write(row: 0, column: 1, text: "")
            try sheet.writeBlank(row: 0, column: 2)
            try sheet.writeBlank(row: 0, column: 3, style: CellStyle(fill: .lightGray))
        }
        #expect(sheet["A1"]?.value == .empty)
        #expect(sheet["A1"]?.style?.borders.top == "thin")
        #expect(sheet["B1"] == nil)
        #expect(sheet["C1"] == nil)
        #expect(sheet["D1"]?.style?.fill == 0xD9D9D9)
    }

    @Test func refusesNonFiniteNumbers() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        for bad in [Double.nan, .infinity, -.infinity] {
            #expect(throws: XLSXError.nonFiniteNumber(sheet: "Data", cell: "B2")) {
                try sheet.write(row: 1, column: 1, number: bad)
            }
            #expect(throws: XLSXError.nonFiniteNumber(sheet: "Data", cell: "C1")) {
                try sheet.write(row: 0, column: 2, formula: "1/0", cachedNumber: bad)
            }
        }
        try workbook.close()
        let read = try XLSXReader.read(url: directory.fileURL("x.xlsx"))
        #expect(read.sheets[0].cells.isEmpty)
    }

    @Test func refusesTextOverExcelsLimit() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        let limit = String(repeating: "ệ", count: 32_767)
        try sheet.write(row: 0, column: 0, text: limit)
        #expect(throws: XLSXError.stringTooLong(sheet: "Data", cell: "text in A2", length: 32_768, limit: 32_767)) {
            try sheet.write(row: 1, column: 0, text: limit + "a")
        }
        for text in ["a\u{0}b", "\u{0}", "Hoà\u{0}"] {
            #expect(throws: XLSXError.self) { try sheet.write(row: 2, column: 0, text: text) }
        }
        try workbook.close()
        let read = try XLSXReader.read(url: directory.fileURL("x.xlsx"))
        #expect(read.sheets[0].text(at: "A1") == limit)
        #expect(read.sheets[0]["A2"] == nil)
    }

    @Test("out-of-range cells are refused", arguments: [(-1, 0), (0, -1), (1_048_576, 0), (0, 16_384)])
    func outOfRange(row: Int, column: Int) throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        #expect(throws: XLSXError.cellOutOfRange(sheet: "Data", row: row, column: column)) {
            try sheet.write(row: row, column: column, text: "x")
        }
        #expect(throws: XLSXError.cellOutOfRange(sheet: "Data", row: row, column: column)) {
            try sheet.writeBlank(row: row, column: column, style: CellStyle(bold: true))
        }
        try sheet.write(row: 1_048_575, column: 16_383, text: "last")
        try workbook.close()
    }

    @Test func refusesImpossibleDatesAndInexactIntegers() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        for date in [ExcelDate(year: 2023, month: 2, day: 29), ExcelDate(year: 2024, month: 2, day: 31),
                     ExcelDate(year: 2024, month: 13, day: 1), ExcelDate(year: 1899, month: 12, day: 31)] {
            #expect(throws: XLSXError.self) { try sheet.write(row: 0, column: 0, date: date) }
        }
        try sheet.write(row: 0, column: 0, date: ExcelDate(year: 2024, month: 2, day: 29))
        #expect(throws: XLSXError.self) { try sheet.write(row: 0, column: 1, integer: 9_007_199_254_740_993) }
        #expect(throws: XLSXError.self) { try sheet.write(row: 0, column: 1, formula: "=", cachedNumber: 0) }
        try workbook.close()
    }

    @Test func appendRowWritesAtNextRowAndMixesWithDirectWrites() throws {
        let header = CellStyle(bold: true)
        let sheet = try roundTripSheet { sheet in
            try sheet.write(row: 0, column: 0, text: "Danh sách")
            #expect(sheet.nextRow == 1)
            try sheet.appendRow(["STT", "Họ và tên", "Số tiền"], height: 30, style: header)
            try sheet.appendRow([1, "Đặng Văn A", Cell(.number(1_500_000), style: CellStyle(numberFormat: "#,##0"))])
            try sheet.appendRow([])
            let total = try sheet.appendRow([.blank, "Tổng", Cell(.formula("SUM(C3:C3)", cached: 1_500_000))])
            #expect(total == 4)
        }
        #expect(sheet.text(at: "B2") == "Họ và tên")
        #expect(sheet["B2"]?.style?.bold == true)
        #expect(sheet.rowHeights[1] == 30)
        #expect(sheet["A3"]?.value == .number(1))
        #expect(sheet["A3"]?.style == nil)
        #expect(sheet["C3"]?.style?.numberFormat == "#,##0")
        #expect(sheet.rows.map(\.index) == [0, 1, 2, 4])
        #expect(sheet["C5"] == CellData(value: .number(1_500_000), formula: "SUM(C3:C3)"))
    }

    @Test func appendRowIsValidatedBeforeAnythingIsWritten() throws {
        let sheet = try roundTripSheet { sheet in
            #expect(throws: XLSXError.nonFiniteNumber(sheet: "Data", cell: "B1")) {
                try sheet.appendRow(["ok", Cell(.number(.nan))])
            }
            #expect(sheet.nextRow == 0)
            try sheet.appendRow(["after"])
        }
        #expect(sheet.cells.count == 1)
        #expect(sheet.text(at: "A1") == "after")
    }
}
