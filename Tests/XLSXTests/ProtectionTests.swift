import Foundation
import Testing
@testable import XLSX

@Suite("Sheet protection")
struct ProtectionTests {
    @Test func defaultProtectionAllowsOnlySelectionAndKeepsInputCellsUnlocked() throws {
        let document = try roundTrip { workbook, sheet in
            try sheet.write(row: 0, column: 0, text: "Họ tên")
            try sheet.write(row: 0, column: 1, text: "", style: CellStyle(locked: false))
            #expect(!sheet.isProtected)
            try sheet.protect()
            #expect(sheet.isProtected)
            _ = try workbook.addWorksheet(named: "Open")
        }
        let sheet = document.sheets[0]
        let protection = try #require(sheet.protection)
        #expect(protection.isSheetProtected)
        #expect(protection.attributes["password"] == nil)
        #expect(protection.allows("selectLockedCells"))
        #expect(protection.allows("selectUnlockedCells"))
        for action in ["formatCells", "formatColumns", "formatRows", "insertRows", "deleteRows", "sort", "autoFilter"] {
            #expect(!protection.allows(action), "\(action)")
        }
        #expect(sheet["B1"]?.style?.locked == false)
        #expect(document.sheets[1].protection == nil)
    }

    @Test func chosenActionsAreAllowed() throws {
        let sheet = try roundTripSheet { sheet in
            try sheet.protect(allowing: ProtectionOptions(
                selectLockedCells: false, formatCells: true, formatColumns: true, formatRows: true,
                insertRows: true, deleteRows: true, sort: true, autofilter: true))
        }
        let protection = try #require(sheet.protection)
        #expect(!protection.allows("selectLockedCells"))
        #expect(protection.allows("selectUnlockedCells"))
        for action in ["formatCells", "formatColumns", "formatRows", "insertRows", "deleteRows", "sort", "autoFilter"] {
            #expect(protection.allows(action), "\(action)")
        }
        #expect(!protection.allows("insertColumns"))
        #expect(!protection.allows("deleteColumns"))
    }

    @Test func protectAfterCloseThrows() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        try workbook.close()
        #expect(throws: XLSXError.workbookClosed) { try sheet.protect() }
    }
}
