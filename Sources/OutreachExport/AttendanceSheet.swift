import OutreachCore
import XLSX

/// The attendance workbook (*tổng hợp điểm danh*): a summary per office with live totals and rates,
/// offices below the threshold and offices that sent nobody marked, a chart of rates, and everyone's
/// mark at every part of the session.
public struct AttendanceSheet {
    public var report: AttendanceReport
    public var list: NomineeList
    public var marks: [AttendanceMark]
    /// Below this share of the quota (0…1) an office is marked in the summary.
    public var threshold: Double

    public init(report: AttendanceReport, list: NomineeList, marks: [AttendanceMark], threshold: Double = 0.8) {
        self.report = report
        self.list = list
        self.marks = marks
        self.threshold = threshold
    }

    /// Marks are counted per person and half-day (lượt): a quota of 15 over two half-days expects 30.
    public static let summaryHeadings = [
        "STT", "Đơn vị", "Định mức (người)", "Có mặt (lượt)", "Đến muộn (lượt)", "Vắng có phép (lượt)", "Vắng (lượt)",
        "Tỷ lệ",
    ]

    /// Writes the workbook to `path`.
    public func write(to path: String) throws(OutreachError) {
        let session = list.session
        let properties = ExportFile.properties(
            title: "Tổng hợp điểm danh – \(session.code)", session: session, organiser: list.organiser)
        try ExportFile.write(to: path, properties: properties) { workbook in
            let summary = try workbook.addWorksheet(named: "Tổng hợp")
            let rows = try writeSummary(summary)
            try writeDetail(try workbook.addWorksheet(named: "Chi tiết"))
            try writeChart(try workbook.addWorksheet(named: "Biểu đồ"), rows: rows)
        }
    }

    private func heading(_ page: inout OfficialSheet, title: String, leftColumns: Int) throws {
        let session = list.session
        try page.header(
            parentBody: list.parentBody?.headerAsParent, issuingBody: list.organiser.documentHeaderName,
            leftColumns: leftColumns)
        let parts = session.parts.map { part in
            session.schedule(of: part).map { "\(part.label(.vi)) (\($0.start.vietnamese)–\($0.end.vietnamese))" } ?? part.label(.vi)
        }.joined(separator: ", ")
        try page.title(title, lines: [
            (session.title, true, false),
            ("Thời gian: \(session.whenText). Địa điểm: \(session.venue)", false, true),
            ("Các buổi: \(parts)", false, true),
        ])
    }

    /// The summary; returns its data rows, for the chart.
    ///
    /// Tens of thousands of offices go on to new sheets ("Tổng hợp (2)", see `OfficialSheet`) with the same print
    /// rules, numbering on; the totals sum the rows of every sheet (`SUM` of several ranges), the marks are set on
    /// each, and the charts take their offices sheet by sheet.
    private func writeSummary(_ sheet: Worksheet) throws -> TableCells {
        let style = DocumentStyle()
        var page = try OfficialSheet(
            sheet: sheet, style: style, widths: [5, 38, 9, 9, 9, 10, 8, 9], landscape: false, continues: true)
        try heading(&page, title: "TỔNG HỢP ĐIỂM DANH THEO ĐƠN VỊ", leftColumns: 2)
        try page.columnHeadings(Self.summaryHeadings)
        let parts = max(1, report.parts.count)
        let percent = style.text(horizontal: .right, border: true, numberFormat: "[$-42A]0.0%")
        let start = page.mark
        for (index, office) in report.offices.enumerated() {
            try page.tableRow([nil, office.name], minimum: 20) { sheet, row in
                let r = row + 1
                try sheet.write(row: row, column: 0, integer: Int64(index + 1), style: style.cell(horizontal: .center))
                try sheet.write(row: row, column: 1, text: office.name, style: style.cell())
                for (offset, value) in [office.required, office.present, office.late, office.excused, office.absent].enumerated() {
                    try sheet.write(row: row, column: offset + 2, integer: Int64(value), style: style.number())
                }
                let rate = office.required == 0 ? 0 : Double(office.present + office.late) / Double(office.required * parts)
                try sheet.write(
                    row: row, column: 7, formula: "IF(C\(r)=0,0,(D\(r)+E\(r))/(C\(r)*\(parts)))", cachedNumber: rate,
                    style: percent)
            }
        }
        let end = report.offices.isEmpty ? start : page.lastWritten
        let rows = page.cells("B", from: start, through: end)
        let total = report.total
        try page.tableRow([], minimum: 22, closing: true) { sheet, row in
            let r = row + 1
            try sheet.merge(
                CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 1), text: "Tổng cộng",
                style: style.cell(bold: true, horizontal: .center))
            for (offset, value) in [total.required, total.present, total.late, total.excused, total.absent].enumerated() {
                let letter = CellReference.columnLetters(offset + 2)
                try sheet.write(
                    row: row, column: offset + 2, formula: rows.column(letter).sum(onSheetNamed: sheet.name),
                    cachedNumber: Double(value), style: style.number(bold: true))
            }
            let rate = total.required == 0 ? 0 : Double(total.present + total.late) / Double(total.required * parts)
            try sheet.write(
                row: row, column: 7, formula: "IF(C\(r)=0,0,(D\(r)+E\(r))/(C\(r)*\(parts)))", cachedNumber: rate,
                style: percent)
        }
        for (sheet, span) in report.offices.isEmpty ? [] : page.rows(from: start, through: end) {
            let (first, last) = (span.lowerBound, span.upperBound)
            // Offices that sent nobody in grey across the row; offices below the threshold in red on the rate.
            var grey = CellStyle()
            grey.fill = Color(rgb: 0xD9D9D9)
            try sheet.addConditionalFormat(
                CellRange(firstRow: first, firstColumn: 0, lastRow: last, lastColumn: 7),
                ConditionalFormat(.formula("$D\(first + 1)+$E\(first + 1)+$F\(first + 1)+$G\(first + 1)=0"), style: grey))
            var red = CellStyle()
            red.fill = Color(rgb: 0xF4CCCC)
            red.bold = true
            try sheet.addConditionalFormat(
                CellRange(firstRow: first, firstColumn: 7, lastRow: last, lastColumn: 7),
                ConditionalFormat(.cell(.less, threshold), style: red))
        }
        try page.signatures(
            place: list.session.place, date: list.session.ends,
            left: ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"), right: ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên, đóng dấu)"),
            leftColumns: 2)
        try page.finishPages()
        return rows
    }

    private func writeDetail(_ sheet: Worksheet) throws {
        let style = DocumentStyle()
        let parts = list.session.parts
        var page = try OfficialSheet(
            sheet: sheet, style: style, widths: [5, 24, 26] + parts.map { _ in 13.0 } + [14],
            landscape: parts.count > 2, continues: true)
        try heading(&page, title: "DANH SÁCH ĐIỂM DANH", leftColumns: 2)
        try writeTimes(&page, sheet, parts: parts)
        try page.columnHeadings(["STT", "Họ và tên", "Đơn vị"] + parts.map { $0.label(.vi) } + ["Ghi chú"])
        let byKey = Dictionary(marks.map { ("\($0.nominationID)|\($0.part.code)", $0) }) { _, last in last }
        var number = 0
        for (index, group) in list.groups.enumerated() {
            try page.subgroupHeading("\(index + 1). \(group.unit.name)")
            for nominee in group.rows {
                number += 1
                let found = parts.map { byKey["\(nominee.nomination.id)|\($0.code)"] }
                let notes = found.compactMap { $0?.note }.joined(separator: "; ")
                // On the sheet the row falls on: a long list goes on to a new sheet, numbering on.
                try page.tableRow([nil, nominee.person.fullName, nominee.workplace, notes], minimum: 20) { sheet, row in
                    try sheet.write(row: row, column: 0, integer: Int64(number), style: style.cell(horizontal: .center))
                    try sheet.write(row: row, column: 1, text: nominee.person.fullName, style: style.cell())
                    try sheet.write(row: row, column: 2, text: nominee.workplace ?? "", style: style.cell())
                    for (offset, mark) in found.enumerated() {
                        try sheet.write(
                            row: row, column: 3 + offset, text: mark?.status.label(.vi) ?? "",
                            style: style.cell(horizontal: .center))
                    }
                    try sheet.write(row: row, column: 3 + parts.count, text: notes, style: style.cell())
                }
            }
        }
        // Signed as the summary: the list is evidence of who came, for the payment lists.
        try page.signatures(
            place: list.session.place, date: list.session.ends,
            left: ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"), right: ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên, đóng dấu)"),
            leftColumns: 2)
        try page.finishPages()
    }

    /// Above the marks, under each part's column: its start, end and duration (a live `=end−start`), as funders
    /// ask; nothing when the template gives no times.
    private func writeTimes(_ page: inout OfficialSheet, _ sheet: Worksheet, parts: [SessionPart]) throws {
        let session = list.session
        let times = parts.map { session.schedule(of: $0) }
        guard times.contains(where: { $0 != nil }) else { return }
        let style = page.style
        let clock = style.text(horizontal: .center, border: true, numberFormat: "hh:mm")
        let duration = style.text(horizontal: .center, border: true, numberFormat: "[h]:mm")
        let labels = ["Giờ bắt đầu", "Giờ kết thúc", "Thời lượng"]
        var rows: [Int] = []
        for (index, label) in labels.enumerated() {
            try page.tableRow([], minimum: 20) { row in
                rows.append(row)
                try sheet.merge(
                    CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 2), text: label,
                    style: style.cell(bold: true))
                for (offset, time) in times.enumerated() {
                    let column = 3 + offset
                    guard let time else {
                        try sheet.write(row: row, column: column, text: "", style: style.cell())
                        continue
                    }
                    switch index {
                    case 0: try sheet.write(row: row, column: column, number: Self.dayFraction(time.start), style: clock)
                    case 1: try sheet.write(row: row, column: column, number: Self.dayFraction(time.end), style: clock)
                    default:
                        let letter = CellReference.columnLetters(column)
                        try sheet.write(
                            row: row, column: column, formula: "\(letter)\(rows[1] + 1)-\(letter)\(rows[0] + 1)",
                            cachedNumber: Self.dayFraction(time.end) - Self.dayFraction(time.start), style: duration)
                    }
                }
                let total = times.compactMap { $0?.minutes }.reduce(0, +)
                try sheet.write(
                    row: row, column: 3 + parts.count, text: index == 2 ? "Tổng: \(VietnameseDuration.text(minutes: total))" : "",
                    style: style.cell())
            }
        }
        try page.tableRow([], minimum: 8) { _ in }
    }

    /// A time of day as Excel stores it: a fraction of a day.
    static func dayFraction(_ time: ClockTime) -> Double { Double(time.minutesSinceMidnight) / 1440 }

    /// The most offices one chart shows, each labelled: a session of 61 offices gets two charts, one a page.
    public static let officesPerChart = 31

    /// The chart of rates: headed as the summary, one bar per office in the summary's order, the rate axis
    /// from 0 to 100 % (further only when someone's rate is higher), numbered pages.
    private func writeChart(_ sheet: Worksheet, rows: TableCells) throws {
        let style = DocumentStyle()
        var page = try OfficialSheet(sheet: sheet, style: style, widths: [5, 38, 9, 9, 9, 10, 8, 9], landscape: false, continues: true)
        try heading(&page, title: "BIỂU ĐỒ TỶ LỆ THAM DỰ SO VỚI ĐỊNH MỨC, THEO ĐƠN VỊ", leftColumns: 2)
        let highest = report.offices.map { office in
            office.required == 0 ? 0 : Double(office.present + office.late) / Double(office.required * max(1, report.parts.count))
        }.max() ?? 0
        // Charts of at most `officesPerChart` offices, each within one sheet of the summary (a summary that went
        // on to new sheets has its offices on several), numbered as the summary numbers them.
        var chunks: [(sheet: String, start: Int, end: Int, number: Int)] = []
        var number = 1
        for part in rows.parts {
            for start in stride(from: part.first, through: part.last, by: Self.officesPerChart) {
                let end = min(start + Self.officesPerChart - 1, part.last)
                chunks.append((part.sheet, start, end, number))
                number += end - start + 1
            }
        }
        for (index, (sheetName, start, end, number)) in chunks.enumerated() {
            let title = chunks.count == 1 ? "Tỷ lệ tham dự so với định mức"
                : "Tỷ lệ tham dự so với định mức (\(index + 1)/\(chunks.count): đơn vị số \(number)–\(number + end - start))"
            var chart = Chart(
                kind: .bar, title: title,
                series: [Chart.Series(
                    name: "Tỷ lệ", sheet: sheetName,
                    categories: CellRange(firstRow: start, firstColumn: 1, lastRow: end, lastColumn: 1),
                    values: CellRange(firstRow: start, firstColumn: 7, lastRow: end, lastColumn: 7))],
                legend: .none, height: max(300, 20 * (end - start + 1) + 110))
            chart.valueAxisMaximum = max(1, (highest * 10).rounded(.up) / 10)
            chart.valueAxisNumberFormat = "0%"
            chart.categoriesAsInTable = true
            try page.chart(chart)
        }
        try page.finishPages()
    }
}
