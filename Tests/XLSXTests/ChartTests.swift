import Foundation
import Testing
@testable import XLSX

@Suite("Charts")
struct ChartTests {
    private func range(_ a1: String) throws -> CellRange { try #require(CellRange(a1: a1)) }

    /// A sheet "Tổng hợp" with units in A2:A5 and two columns of numbers.
    private func fillData(_ sheet: Worksheet) throws {
        try sheet.appendRow(["Đơn vị", "Nam", "Nữ"])
        for (unit, men, women) in [("Xã A", 12, 9), ("Xã B", 7, 15), ("Phường C", 20, 18), ("Thị trấn D", 5, 6)] {
            try sheet.appendRow([Cell(.text(unit)), Cell(.number(Double(men))), Cell(.number(Double(women)))])
        }
    }

    private func series(_ name: String?, values: String, color: Color? = nil) throws -> Chart.Series {
        Chart.Series(name: name, sheet: "Tổng hợp", categories: try range("A2:A5"), values: try range(values), color: color)
    }

    @Test func chartsRoundTripWithQuotedSheetReferences() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("chart.xlsx")
        let workbook = try Workbook(path: path)
        let data = try workbook.addWorksheet(named: "Tổng hợp")
        try fillData(data)
        let column = Chart(kind: .column, title: "Đại biểu theo đơn vị",
                           series: [try series("Nam", values: "B2:B5", color: Color(rgb: 0x4472C4)),
                                    try series("Nữ", values: "C2:C5")],
                           categoryAxisTitle: "Đơn vị", valueAxisTitle: "Số người", legend: .bottom,
                           width: 640, height: 360)
        try data.insertChart(column, at: try #require(CellReference(a1: "E2")))
        // The same description inserted again is a second, independent chart.
        try data.insertChart(column, at: try #require(CellReference(a1: "E22")))
        let charts = try workbook.addWorksheet(named: "Biểu đồ")
        try charts.insertChart(Chart(kind: .pie, title: "Nam", series: [try series(nil, values: "B2:B5")], legend: .right),
                               at: CellReference(row: 0, column: 0))
        try charts.insertChart(Chart(kind: .line, series: [try series("Nữ", values: "C2:C5", color: .red)], legend: .none),
                               at: CellReference(row: 20, column: 0))
        try charts.insertChart(Chart(kind: .bar, series: [try series("Nam", values: "B2:B5")]),
                               at: CellReference(row: 40, column: 0))
        try workbook.close()

        let document = try XLSXReader.read(url: URL(fileURLWithPath: path))
        let first = try #require(document.sheet(named: "Tổng hợp")).charts
        try #require(first.count == 2)
        #expect(first[0].plotTypes == ["barChart"] && first[0].barDirection == "col")
        #expect(first[0].title == "Đại biểu theo đơn vị")
        #expect(first[0].axisTitles == ["Đơn vị", "Số người"])
        #expect(first[0].legendPosition == "b")
        #expect(first[0].hasNumberCache)
        #expect(first[0].series.map(\.name) == ["Nam", "Nữ"])
        #expect(first[0].series.map(\.categories) == ["'Tổng hợp'!$A$2:$A$5", "'Tổng hợp'!$A$2:$A$5"])
        #expect(first[0].series.map(\.values) == ["'Tổng hợp'!$B$2:$B$5", "'Tổng hợp'!$C$2:$C$5"])
        #expect(first[1].part != first[0].part)
        #expect(first[1].series == first[0].series)
        let drawing = try rawPart(path, "xl/drawings/drawing1.xml")
        // 640 × 360 px from E2 spans ten 64-px columns and eighteen 20-px rows: to O20.
        #expect(drawing.contains("<xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>19</xdr:row>"))
        let chartXML = try rawPart(path, first[0].part)
        #expect(chartXML.contains("4472C4"))

        let second = try #require(document.sheet(named: "Biểu đồ")).charts
        try #require(second.count == 3)
        #expect(second[0].plotTypes == ["pieChart"] && second[0].title == "Nam")
        #expect(second[0].series.first?.values == "'Tổng hợp'!$B$2:$B$5")
        #expect(second[1].plotTypes == ["lineChart"] && second[1].title == nil)
        #expect(second[1].legendPosition == nil)
        #expect(second[2].barDirection == "bar")
        #expect(try rawPart(path, second[1].part).contains("FF0000"))
    }

    @Test func constantMemoryChartsHaveNoCachedValues() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("cm.xlsx")
        let workbook = try Workbook(path: path, options: .init(constantMemory: true))
        let data = try workbook.addWorksheet(named: "Tổng hợp")
        try fillData(data)
        try data.insertChart(Chart(kind: .column, series: [try series("Nam", values: "B2:B5")]),
                             at: CellReference(row: 1, column: 4))
        try workbook.close()
        let chart = try #require(try XLSXReader.read(url: URL(fileURLWithPath: path)).sheets[0].charts.first)
        #expect(!chart.hasNumberCache)
        #expect(chart.series.first?.values == "'Tổng hợp'!$B$2:$B$5")
    }

    @Test func refusedChartsThrowNamingSheetAndCell() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let data = try workbook.addWorksheet(named: "Tổng hợp")
        try fillData(data)
        let good = try series("Nam", values: "B2:B5")
        var elsewhere = good
        elsewhere.sheet = "Không có"
        var twoD = good
        twoD.values = try range("B2:C5")
        var mismatch = good
        mismatch.values = try range("B2:B4")
        var outside = good
        outside.values = CellRange(firstRow: 1_048_573, firstColumn: 1, lastRow: 1_048_576, lastColumn: 1)
        let refused: [Chart] = [
            Chart(kind: .column, series: []),
            Chart(kind: .column, title: "=A1", series: [good]),
            Chart(kind: .column, series: [try series("=B1", values: "B2:B5")]),
            Chart(kind: .line, series: [good], valueAxisTitle: "=Sheet1!A1"),
            Chart(kind: .column, title: "", series: [good]),
            Chart(kind: .column, title: "a\nb", series: [good]),
            Chart(kind: .column, title: String(repeating: "t", count: 256), series: [good]),
            Chart(kind: .column, series: [elsewhere]),
            Chart(kind: .column, series: [twoD]),
            Chart(kind: .column, series: [mismatch]),
            Chart(kind: .column, series: [outside]),
            Chart(kind: .pie, series: [good], categoryAxisTitle: "x"),
            Chart(kind: .pie, series: [try series("Nam", values: "B2:B5", color: .red)]),
            Chart(kind: .column, series: [good], width: 0),
            Chart(kind: .column, series: [good], height: 20_000),
        ]
        for chart in refused {
            #expect {
                try data.insertChart(chart, at: CellReference(row: 1, column: 4))
            } throws: { error in
                guard case let .invalidChart(sheet, cell, _)? = error as? XLSXError else { return false }
                return sheet == "Tổng hợp" && cell == "E2"
            }
        }
        #expect(throws: XLSXError.cellOutOfRange(sheet: "Tổng hợp", row: -1, column: 0)) {
            try data.insertChart(Chart(kind: .column, series: [good]), at: CellReference(row: -1, column: 0))
        }
        // Nothing half-made is left behind: the workbook still closes and holds no chart.
        try workbook.close()
        #expect(try XLSXReader.read(url: directory.fileURL("x.xlsx")).sheets[0].charts.isEmpty)
        #expect(throws: XLSXError.workbookClosed) {
            try data.insertChart(Chart(kind: .column, series: [good]), at: CellReference(row: 0, column: 0))
        }
    }

    @Test func seriesSheetIsFoundIgnoringCase() throws {
        let document = try roundTrip { workbook, sheet in
            try sheet.write(row: 0, column: 0, number: 1)
            try sheet.insertChart(Chart(kind: .column, series: [
                Chart.Series(sheet: "DATA", categories: try range("A1"), values: try range("A1")),
            ]), at: CellReference(row: 2, column: 2))
        }
        #expect(document.sheets[0].charts.first?.series.first?.values == "Data!$A$1")
    }
}

@Suite("Chart axis titles name the axis by its role, bar or column")
struct ChartAxisTitleTests {
    @Test(arguments: [Chart.Kind.column, .bar, .line])
    func titlesLandOnTheAxisTheirNameSays(kind: Chart.Kind) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("axes.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "Số liệu")
        try sheet.appendRow(["Huyện", "Tỉ lệ"])
        try sheet.appendRow([Cell(.text("Bát Xát")), Cell(.number(0.9))])
        try sheet.appendRow([Cell(.text("Sa Pa")), Cell(.number(0.75))])
        let series = Chart.Series(
            name: "Tỉ lệ", sheet: "Số liệu", categories: try #require(CellRange(a1: "A2:A3")),
            values: try #require(CellRange(a1: "B2:B3")))
        var chart = Chart(kind: kind, series: [series], categoryAxisTitle: "Huyện", valueAxisTitle: "Tỉ lệ hoàn thành")
        chart.valueAxisMaximum = 1
        try sheet.insertChart(chart, at: CellReference(row: 0, column: 3))
        try workbook.close()
        let read = try #require(try XLSXReader.read(url: URL(fileURLWithPath: path)).sheet(named: "Số liệu")?.charts.first)
        #expect(read.categoryAxisTitle == "Huyện")
        #expect(read.valueAxisTitle == "Tỉ lệ hoàn thành")
        // Bars lie on their side: categories down the left, values along the bottom; columns and lines the other way.
        let chartXML = try rawPart(path, read.part)
        func axis(_ tag: String) -> String? {
            guard let start = chartXML.range(of: "<c:\(tag)>"), let end = chartXML.range(of: "</c:\(tag)>") else { return nil }
            return String(chartXML[start.upperBound..<end.lowerBound])
        }
        let categoryAxis = try #require(axis("catAx")), valueAxis = try #require(axis("valAx"))
        let position = { (axis: String) in axis.range(of: "<c:axPos val=\"").map { String(axis[$0.upperBound...].prefix(1)) } }
        #expect(position(categoryAxis) == (kind == .bar ? "l" : "b"))
        #expect(position(valueAxis) == (kind == .bar ? "b" : "l"))
        #expect(categoryAxis.contains("Huyện") && valueAxis.contains("Tỉ lệ hoàn thành"))
        // The maximum is set on the value axis.
        #expect(valueAxis.contains("<c:max val=\"1\"/>") && !categoryAxis.contains("<c:max"))
    }
}
