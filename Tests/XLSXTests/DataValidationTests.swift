import Foundation
import Testing
@testable import XLSX

@Suite("Data validation")
struct DataValidationTests {
    private func range(_ a1: String) throws -> CellRange { try #require(CellRange(a1: a1)) }

    @Test func everyRuleRoundTrips() throws {
        let sheet = try roundTripSheet { sheet in
            try sheet.addValidation(try range("A2:A10"), DataValidation(
                .list(["Nam", "Nữ", "Khác"]), inputTitle: "Giới tính", inputMessage: "Chọn trong danh sách",
                errorTitle: "Sai", errorMessage: "Chỉ nhận Nam, Nữ, Khác"))
            try sheet.addValidation(try range("B2:B10"), DataValidation(.listFormula("=$H$1:$H$5"), showDropdown: false))
            try sheet.addValidation(try range("C2:C10"), DataValidation(.wholeNumber(1...120), errorStyle: .warning))
            try sheet.addValidation(try range("D2"), DataValidation(.decimal(0.5...99.5), ignoreBlank: false))
            try sheet.addValidation(try range("E2:E10"), DataValidation(.textLength(0...50)))
            try sheet.addValidation(try range("F2:F10"), DataValidation(
                .date(ExcelDate(year: 2024, month: 1, day: 1)...ExcelDate(year: 2024, month: 12, day: 31)),
                errorStyle: .information))
            try sheet.addValidation(try range("G2:G10"), DataValidation(.custom("=ISNUMBER(G2)")))
        }
        let v = sheet.dataValidations
        try #require(v.count == 7)
        #expect(v[0].sqref == "A2:A10")
        #expect(v[0].type == "list")
        #expect(v[0].listItems == ["Nam", "Nữ", "Khác"])
        #expect(v[0].promptTitle == "Giới tính")
        #expect(v[0].prompt == "Chọn trong danh sách")
        #expect(v[0].errorTitle == "Sai")
        #expect(v[0].error == "Chỉ nhận Nam, Nữ, Khác")
        #expect(v[0].allowBlank)
        #expect(!v[0].dropdownHidden)
        #expect(v[1].formula1 == "$H$1:$H$5")
        #expect(v[1].dropdownHidden)
        #expect(v[2].type == "whole")
        #expect(v[2].formula1 == "1" && v[2].formula2 == "120")
        #expect(v[2].errorStyle == "warning")
        #expect(v[3].type == "decimal" && v[3].formula1 == "0.5" && v[3].formula2 == "99.5")
        #expect(v[3].sqref == "D2")
        #expect(!v[3].allowBlank)
        #expect(v[4].type == "textLength" && v[4].formula2 == "50")
        // Dates are stored as serial numbers: 2024-01-01 is 45292.
        #expect(v[5].type == "date" && v[5].formula1 == "45292" && v[5].formula2 == "45657")
        #expect(v[5].errorStyle == "information")
        #expect(v[6].type == "custom" && v[6].formula1 == "ISNUMBER(G2)")
    }

    @Test func listFormulaMayNameADefinedName() throws {
        let document = try roundTrip { workbook, sheet in
            for (row, unit) in ["Xã A", "Xã B", "Phường C"].enumerated() {
                try sheet.write(row: row, column: 7, text: unit)
            }
            try workbook.defineName("DonVi", range: try range("H1:H3"), sheet: "Data")
            try sheet.addValidation(try range("A1:A20"), DataValidation(.listFormula("DonVi")))
        }
        #expect(document.sheets[0].dataValidations.first?.formula1 == "DonVi")
        #expect(document.definedNames.contains { $0.name == "DonVi" && $0.formula == "Data!$H$1:$H$3" })
    }

    /// 250 two-byte characters are 250 characters, which 1.1.4 accepts, but 500 bytes, which overflow its
    /// 258-byte buffer and abort the process: this must throw instead.
    @Test func multiByteListOver255BytesThrowsInsteadOfCrashing() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        let items = Array(repeating: "đ", count: 125) // joined: 125 × 2 bytes + 124 commas = 374 bytes
        #expect(items.joined(separator: ",").count <= 255)
        let longItem = String(repeating: "ư", count: 250)
        for list in [items, [longItem]] {
            #expect {
                try sheet.addValidation(try range("A1:A5"), DataValidation(.list(list)))
            } throws: { error in
                (error as? XLSXError)?.description.contains(".listFormula") == true
                    && (error as? XLSXError)?.description.contains("UTF-8") == true
            }
        }
        // Exactly 255 bytes is still fine.
        try sheet.addValidation(try range("B1"), DataValidation(.list([String(repeating: "a", count: 255)])))
        try workbook.close()
    }

    @Test(arguments: [
        DataValidation(.list([])),
        DataValidation(.list(["a,b", "c"])),
        DataValidation(.list(["say \"hi\""])),
        DataValidation(.list(["a", ""])),
        DataValidation(.list(["a\tb"])),
        DataValidation(.listFormula("")),
        DataValidation(.listFormula("=")),
        DataValidation(.custom(String(repeating: "A", count: 256))),
        DataValidation(.custom("A1\n")),
        DataValidation(.wholeNumber(0...Int.max)),
        DataValidation(.decimal(0...Double.infinity)),
        DataValidation(.textLength(-1...5)),
        DataValidation(.date(ExcelDate(year: 2024, month: 2, day: 30)...ExcelDate(year: 2024, month: 3, day: 1))),
        DataValidation(.wholeNumber(1...2), inputTitle: String(repeating: "T", count: 33)),
        DataValidation(.wholeNumber(1...2), errorTitle: "=A1"),
        DataValidation(.wholeNumber(1...2), inputMessage: String(repeating: "m", count: 256)),
        DataValidation(.wholeNumber(1...2), errorMessage: "=SUM(A1)"),
        DataValidation(.wholeNumber(1...2), errorMessage: "dòng 1\ndòng 2"),
        DataValidation(.wholeNumber(1...2), inputTitle: "a\u{7}"),
    ])
    func refusedValidationsThrowNamingSheetAndRange(_ validation: DataValidation) throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        #expect {
            try sheet.addValidation(try range("C3:C9"), validation)
        } throws: { error in
            guard case let .invalidValidation(sheet, range, _)? = error as? XLSXError else { return false }
            return sheet == "Data" && range == "C3:C9"
        }
        try workbook.close()
        let read = try XLSXReader.read(url: directory.fileURL("x.xlsx"))
        #expect(read.sheets[0].dataValidations.isEmpty)
    }

    @Test func titlesAtTheLimitAreAccepted() throws {
        let sheet = try roundTripSheet { sheet in
            try sheet.addValidation(try range("A1"), DataValidation(
                .wholeNumber(1...2), inputTitle: String(repeating: "Đ", count: 32),
                inputMessage: String(repeating: "ơ", count: 255)))
        }
        #expect(sheet.dataValidations.first?.promptTitle == String(repeating: "Đ", count: 32))
    }

    @Test func outsideTheSheetAndAfterCloseThrow() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        #expect(throws: XLSXError.cellOutOfRange(sheet: "Data", row: 1_048_576, column: 0)) {
            try sheet.addValidation(CellRange(firstRow: 0, firstColumn: 0, lastRow: 1_048_576, lastColumn: 0),
                                    DataValidation(.wholeNumber(1...2)))
        }
        try workbook.close()
        #expect(throws: XLSXError.workbookClosed) {
            try sheet.addValidation(try range("A1"), DataValidation(.wholeNumber(1...2)))
        }
    }

    @Test func worksInConstantMemoryModeAfterRowsAreFlushed() throws {
        let sheet = try roundTripSheet(options: .init(constantMemory: true)) { sheet in
            for row in 0..<5 { try sheet.write(row: row, column: 0, integer: Int64(row)) }
            try sheet.addValidation(try range("A1:A5"), DataValidation(.wholeNumber(0...10)))
        }
        #expect(sheet.dataValidations.count == 1)
    }
}
