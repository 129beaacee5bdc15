import Foundation
import Testing
@testable import XLSX

@Suite("Chart value axis: a fixed maximum and number format, on the right axis of bars and columns")
struct ChartAxisTests {
    private func rateChart(_ kind: Chart.Kind, maximum: Double? = 1, format: String? = "0%") throws -> String {
        let directory = try TemporaryDirectory()
        let path = directory.path("rates.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "Tỉ lệ")
        for (row, (name, rate)) in [("Bát Xát", 0.9), ("Sa Pa", 1.0), ("Si Ma Cai", 0.8)].enumerated() {
            try sheet.write(row: row, column: 0, text: name)
            try sheet.write(row: row, column: 1, number: rate)
        }
        var chart = Chart(kind: kind, series: [Chart.Series(
            sheet: "Tỉ lệ", categories: try #require(CellRange(a1: "A1:A3")), values: try #require(CellRange(a1: "B1:B3")))])
        chart.valueAxisMaximum = maximum
        chart.valueAxisNumberFormat = format
        try sheet.insertChart(chart, at: CellReference(row: 5, column: 0))
        try workbook.close()
        return try rawPart(path, "xl/charts/chart1.xml")
    }

    @Test(arguments: [Chart.Kind.bar, .column])
    func rateAxisEndsAtOneHundredPercent(_ kind: Chart.Kind) throws {
        let xml = try rateChart(kind)
        // The value axis (<c:valAx>) carries the bounds and the format, whichever way the bars lie.
        let valueAxis = try #require(xml.range(of: "<c:valAx>").map { String(xml[$0.lowerBound...]) })
        #expect(valueAxis.contains("<c:max val=\"1\"/>") && valueAxis.contains("<c:min val=\"0\"/>"))
        #expect(valueAxis.contains("formatCode=\"0%\""))
    }

    @Test func badAxisSettingsAreRefused() throws {
        #expect(throws: XLSXError.self) { try rateChart(.bar, maximum: -1) }
        #expect(throws: XLSXError.self) { try rateChart(.bar, maximum: .nan) }
        #expect(throws: XLSXError.self) { try rateChart(.column, format: "") }
        #expect(throws: XLSXError.self) { try rateChart(.pie, format: nil) }
    }
}
