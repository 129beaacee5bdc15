import Testing
import XLSX

/// The check a finance officer makes before signing a budget workbook: on every row of every sheet that shows
/// Dự toán (F), Thực chi (H) and Chênh lệch (I), Chênh lệch = Thực chi − Dự toán, both as cached and as a live
/// formula; and no Chênh lệch is shown without its two figures.
public enum BudgetArithmetic {
    /// Returns how many rows were checked (so a caller can tell the check saw the settlement).
    @discardableResult
    public static func expectEveryRowAddsUp(_ document: XLSXDocument) throws -> Int {
        var checked = 0
        for sheet in document.sheets {
            for row in Set(sheet.cells.keys.map(\.row)).sorted() {
                func number(_ column: Int) -> Double? {
                    if case .number(let value) = sheet.cells[CellReference(row: row, column: column)]?.value { value } else { nil }
                }
                guard let difference = number(8) else { continue }
                let estimate = try #require(number(5), "\(sheet.name) row \(row + 1): Chênh lệch without Dự toán")
                let actual = try #require(number(7), "\(sheet.name) row \(row + 1): Chênh lệch without Thực chi")
                #expect(difference == actual - estimate, "\(sheet.name) row \(row + 1): \(actual) − \(estimate) ≠ \(difference)")
                let formula = sheet.cells[CellReference(row: row, column: 8)]?.formula ?? ""
                #expect(formula == "H\(row + 1)-F\(row + 1)" || formula.contains("!I"), "\(sheet.name) row \(row + 1): \(formula)")
                checked += 1
            }
        }
        return checked
    }
}
