import OutreachCore
import XLSX

/// The tracker of a plan's report-back duties (*theo dõi chế độ báo cáo*): one row per unit and duty,
/// grouped by duty, status marked by conditional fills; completeness (reported / owed) and timeliness
/// (on time / reported) per duty and per bloc as live formulas over the rows; a chart of both per duty.
public struct DutyTrackerSheet {
    public var plan: ResolvedPlan
    public var lines: [PlanDutyLine]
    public var today: CalendarDate
    public var issuer: OrgUnit
    public var parentBody: OrgUnit?
    /// The bloc each unit belongs to (its name, shortened by `label`), and the blocs in order.
    public var blocOf: [UnitCode: String]
    public var blocs: [String]

    public init(plan: ResolvedPlan, lines: [PlanDutyLine], today: CalendarDate, issuer: OrgUnit, parentBody: OrgUnit?,
                blocOf: [UnitCode: String], blocs: [String]) {
        self.plan = plan
        self.lines = lines
        self.today = today
        self.issuer = issuer
        self.parentBody = parentBody
        self.blocOf = blocOf.mapValues(Self.label)
        self.blocs = blocs.map(Self.label)
    }

    /// A bloc's name without the words the column heading already says: "LĐLĐ các huyện, thành phố".
    static func label(_ name: String) -> String {
        for prefix in ["Khối thi đua ", "Cụm thi đua "] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            return rest.prefix(1).uppercased() + rest.dropFirst()
        }
        return name
    }

    public static let trackerSheet = "Theo dõi báo cáo"
    public static let summarySheet = "Tổng hợp"
    public static let chartSheet = "Biểu đồ"
    public static let noBloc = "Không thuộc khối"
    public static let headings = [
        "STT", "Đơn vị", "Khối thi đua", "Nhiệm vụ số", "Hạn", "Ngày nhận", "Tình trạng", "Phải báo cáo", "Đã báo cáo",
        "Đúng hạn", "Số ngày trễ", "Ghi chú",
    ]
    public static let summaryHeadings = [
        "STT", "Nội dung", "Hạn", "Phải báo cáo", "Đã báo cáo", "Đúng hạn", "Trễ hạn", "Hoàn thành", "Tỷ lệ đúng hạn",
    ]
    static let marks: [(DutyStatus, fill: Int, font: Int?)] = [
        (.onTime, 0xE2EFDA, nil), (.late, 0xFCE4D6, nil), (.overdue, 0xF4CCCC, nil), (.missing, 0xC00000, 0xFFFFFF),
    ]

    /// Figures of a set of lines: owed, reported, on time.
    struct Figures {
        var owed = 0
        var reported = 0
        var onTime = 0
        var completeness: Double { owed == 0 ? 0 : Double(reported) / Double(owed) }
        var timeliness: Double { reported == 0 ? 0 : Double(onTime) / Double(reported) }

        init(_ lines: [PlanDutyLine]) {
            owed = lines.count
            reported = lines.filter(\.status.isDone).count
            onTime = lines.filter { $0.status == .onTime }.count
        }
    }

    public func write(to path: String) throws(OutreachError) {
        let properties = ExportFile.properties(
            title: "Theo dõi báo cáo – \(plan.template.title)", subject: plan.template.title, author: issuer,
            company: issuer, keywords: plan.template.code.rawValue)
        try ExportFile.write(to: path, properties: properties) { workbook in
            let rows = try writeTracker(try workbook.addWorksheet(named: Self.trackerSheet))
            let dutyRows = try writeSummary(try workbook.addWorksheet(named: Self.summarySheet), trackerRows: rows)
            try writeChart(try workbook.addWorksheet(named: Self.chartSheet), rows: dutyRows.all, quarters: dutyRows.quarters)
        }
    }

    private func heading(_ page: inout OfficialSheet, title: String, leftColumns: Int) throws {
        try page.header(parentBody: parentBody?.headerAsParent, issuingBody: issuer.documentHeaderName,
                        leftColumns: leftColumns)
        try page.title(title, lines: [
            (plan.template.title, true, false),
            ("\(plan.template.document?.reference(fallback: plan.template.code.rawValue) ?? "Kế hoạch \(plan.template.code)"); số liệu tính đến ngày \(VietnameseDate.numeric(today))", false, true),
        ])
    }

    private var dutyNumbers: [Slug: Int] {
        Dictionary(uniqueKeysWithValues: plan.template.duties.enumerated().map { ($1.code, $0 + 1) })
    }

    /// The rows, grouped under a heading per duty; returns the data rows (headings inside them count nothing).
    ///
    /// Tens of thousands of lines go on to new sheets ("Theo dõi báo cáo (2)", see `OfficialSheet`) with the same
    /// print rules, numbering on; the total sums the rows of every sheet (`SUM` of several ranges) and the
    /// summary's `SUMIF`s are one per sheet, added (each sheet's subtotal).
    private func writeTracker(_ sheet: Worksheet) throws -> TableCells {
        let style = DocumentStyle()
        var page = try OfficialSheet(sheet: sheet, style: style, widths: [6, 26, 28, 8, 11, 11, 14, 8, 8, 8, 8, 22],
                                     landscape: true, continues: true)
        try heading(&page, title: "THEO DÕI THỰC HIỆN CHẾ ĐỘ BÁO CÁO", leftColumns: 4)
        try page.columnHeadings(Self.headings)
        let start = page.mark
        let numbers = dutyNumbers
        var count = 0
        // One group per duty, and per period of a recurring duty ("6 tháng đầu năm 2022"), each with where it is sent.
        var groups: [(number: Int, heading: String, lines: [PlanDutyLine])] = []
        for duty in plan.template.duties {
            let ofDuty = lines.filter { $0.code == duty.code }
            guard !ofDuty.isEmpty, let number = numbers[duty.code] else { continue }
            var periods: [DutyPeriod?] = []
            for line in ofDuty where !periods.contains(line.period) { periods.append(line.period) }
            for period in periods {
                let ofPeriod = ofDuty.filter { $0.period == period }
                let due = ofPeriod.map(\.duty.due).min() ?? duty.due
                let sent = ofPeriod.first?.recipients ?? []
                groups.append((number, "\(RomanNumeral.of(number)). \(duty.title)"
                    + (period.map { " – \($0.name(.vi))" } ?? "")
                    + " (hạn \(VietnameseDate.numeric(due))" + (sent.isEmpty ? "" : "; gửi: \(sent.joined(separator: "; "))") + ")",
                    ofPeriod))
            }
        }
        for (number, headingText, ofDuty) in groups {
            try page.groupHeading(headingText)
            for line in ofDuty {
                count += 1
                let bloc = blocOf[line.duty.unit] ?? Self.noBloc
                var note = line.report?.file.map { "Tệp: \($0.split(separator: "/").last.map(String.init) ?? $0)" } ?? ""
                if let text = line.report?.report.note { note = note.isEmpty ? text : "\(note); \(text)" }
                try page.tableRow([nil, line.unitName, bloc, nil, nil, nil, nil, nil, nil, nil, nil, note], minimum: 20) { sheet, row in
                    try sheet.write(row: row, column: 0, integer: Int64(count), style: style.cell(horizontal: .center))
                    try sheet.write(row: row, column: 1, text: line.unitName, style: style.cell())
                    try sheet.write(row: row, column: 2, text: bloc, style: style.cell())
                    try sheet.write(row: row, column: 3, integer: Int64(number), style: style.cell(horizontal: .center))
                    try sheet.write(row: row, column: 4, text: VietnameseDate.numeric(line.duty.due), style: style.cell(horizontal: .center))
                    try sheet.write(row: row, column: 5, text: line.report.map { VietnameseDate.numeric($0.report.done) } ?? "",
                                    style: style.cell(horizontal: .center))
                    try sheet.write(row: row, column: 6, text: line.status.label(.vi), style: style.cell(horizontal: .center))
                    let values = [1, line.status.isDone ? 1 : 0, line.status == .onTime ? 1 : 0, line.daysLate(today: today)]
                    for (offset, value) in values.enumerated() {
                        try sheet.write(row: row, column: 7 + offset, integer: Int64(value), style: style.number())
                    }
                    try sheet.write(row: row, column: 11, text: note, style: style.cell())
                }
            }
            page.endGroup()
        }
        let end = page.row > start.row || page.mark.sheet > start.sheet ? page.lastWritten : start
        for (sheet, span) in page.rows(from: start, through: end) {
            for (status, fill, font) in Self.marks {
                var look = CellStyle()
                look.fill = Color(rgb: UInt32(fill))
                look.bold = status == .overdue || status == .missing
                if let font { look.fontColor = Color(rgb: UInt32(font)) }
                try sheet.addConditionalFormat(
                    CellRange(firstRow: span.lowerBound, firstColumn: 6, lastRow: span.upperBound, lastColumn: 6),
                    ConditionalFormat(.formula("$G\(span.lowerBound + 1)=\"\(status.label(.vi))\""), style: look))
            }
        }
        let rows = page.cells("H", from: start, through: end)
        let all = Figures(lines)
        try page.tableRow(["Tổng cộng"], minimum: 22, closing: true) { sheet, row in
            try sheet.merge(CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 6), text: "Tổng cộng",
                            style: style.cell(bold: true, horizontal: .center))
            for (offset, value) in [all.owed, all.reported, all.onTime].enumerated() {
                let letter = CellReference.columnLetters(7 + offset)
                try sheet.write(row: row, column: 7 + offset, formula: rows.column(letter).sum(onSheetNamed: sheet.name),
                                cachedNumber: Double(value), style: style.number(bold: true))
            }
            try sheet.writeBlank(row: row, column: 10, style: style.cell())
            try sheet.writeBlank(row: row, column: 11, style: style.cell())
        }
        try page.note(
            "Đúng hạn: cơ quan nhận được báo cáo trước hoặc đúng ngày hạn. Tô màu: xanh – đúng hạn; cam – trễ hạn; "
                + "đỏ nhạt – quá hạn, chưa báo cáo; đỏ đậm – không báo cáo (quá hạn trên \(FollowUpRule.defaultMissingAfterDays) ngày). "
                + "Số ngày trễ: của báo cáo trễ, hoặc tính đến ngày lập biểu nếu chưa báo cáo.",
            italic: true)
        try page.signatures(
            place: plan.template.place, date: today,
            left: ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"), right: ("TM. BAN THƯỜNG VỤ", "(Ký, ghi rõ họ tên, đóng dấu)"),
            leftColumns: 4)
        try page.finishPages()
        return rows
    }

    /// Per duty, then per bloc: live SUMIFs over the tracker. Returns the per-duty rows, for the chart.
    /// The summary sheet; returns the rows of its duties, in all and by quarter of their due dates.
    private func writeSummary(
        _ sheet: Worksheet, trackerRows: TableCells
    ) throws -> (all: ClosedRange<Int>, quarters: [(quarter: Int, rows: ClosedRange<Int>)]) {
        let style = DocumentStyle()
        var page = try OfficialSheet(sheet: sheet, style: style, widths: [6, 40, 11, 9, 9, 9, 9, 11, 11], landscape: true)
        try heading(&page, title: "TỔNG HỢP TÌNH HÌNH BÁO CÁO", leftColumns: 3)
        try page.columnHeadings(Self.summaryHeadings)
        let percent = style.text(horizontal: .right, border: true, numberFormat: "[$-42A]0.0%")
        // Over the tracker's rows on every sheet it went on to: one SUMIF per sheet, added.
        func sumIf(_ criterion: String, _ key: String, _ letter: String) -> String {
            trackerRows.column(letter).sumIf(criteria: criterion, key, onSheetNamed: sheet.name, absolute: true)
        }
        func figuresRow(_ label: String, number: String, due: String, criterion: String, key: String, figures: Figures) throws {
            try page.tableRow([nil, label], minimum: 20) { row in
                let r = row + 1
                try sheet.write(row: row, column: 0, text: number, style: style.cell(horizontal: .center))
                try sheet.write(row: row, column: 1, text: label, style: style.cell())
                try sheet.write(row: row, column: 2, text: due, style: style.cell(horizontal: .center))
                for (offset, (letter, value)) in [("H", figures.owed), ("I", figures.reported), ("J", figures.onTime)].enumerated() {
                    try sheet.write(row: row, column: 3 + offset,
                                    formula: sumIf(criterion, key, letter),
                                    cachedNumber: Double(value), style: style.number())
                }
                try sheet.write(row: row, column: 6, formula: "E\(r)-F\(r)", cachedNumber: Double(figures.reported - figures.onTime),
                                style: style.number())
                try sheet.write(row: row, column: 7, formula: "IF(D\(r)=0,0,E\(r)/D\(r))", cachedNumber: figures.completeness, style: percent)
                try sheet.write(row: row, column: 8, formula: "IF(E\(r)=0,0,F\(r)/E\(r))", cachedNumber: figures.timeliness, style: percent)
            }
        }
        try page.groupHeading("A. THEO NHIỆM VỤ")
        let numbers = dutyNumbers
        let firstDuty = page.row
        var quarters: [(quarter: Int, rows: ClosedRange<Int>)] = []
        for duty in plan.template.duties {
            guard let number = numbers[duty.code] else { continue }
            let quarter = (duty.due.month - 1) / 3 + 1
            // The duty's number is the key the tracker's column D holds.
            try figuresRow(duty.recurs.map { "\(duty.title) (định kỳ \($0.every.name(.vi)))" }
                               ?? "\(duty.title) (quý \(RomanNumeral.of(quarter)))", number: "\(number)",
                           due: duty.recurs == nil ? VietnameseDate.numeric(duty.due) : "từng kỳ", criterion: "D", key: "\(number)",
                           figures: Figures(lines.filter { $0.code == duty.code }))
            let row = page.row - 1
            // Consecutive duties of one quarter share a chart; the rows of the summary are contiguous.
            if let last = quarters.last, last.quarter == quarter, last.rows.upperBound == row - 1 {
                quarters[quarters.count - 1].rows = last.rows.lowerBound...row
            } else {
                quarters.append((quarter, row...row))
            }
        }
        let lastDuty = page.row - 1
        page.endGroup()
        let blocNames = blocs + (lines.contains { blocOf[$0.duty.unit] == nil } ? [Self.noBloc] : [])
        if !blocNames.isEmpty {
            try page.groupHeading("B. THEO KHỐI THI ĐUA (cả các nhiệm vụ)")
            for (index, bloc) in blocNames.enumerated() {
                let ofBloc = lines.filter { (blocOf[$0.duty.unit] ?? Self.noBloc) == bloc }
                // The key is the bloc's name, written in column B of this row.
                try page.tableRow([nil, bloc], minimum: 20) { row in
                    try writeBlocRow(sheet, row: row, index: index, bloc: bloc, figures: Figures(ofBloc), sumIf: sumIf,
                                     style: style, percent: percent)
                }
            }
            page.endGroup()
        }
        let all = Figures(lines)
        try page.tableRow(["Tổng cộng"], minimum: 22, closing: true) { row in
            let r = row + 1
            try sheet.merge(CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 2), text: "Tổng cộng (A)",
                            style: style.cell(bold: true, horizontal: .center))
            for (offset, value) in [all.owed, all.reported, all.onTime, all.reported - all.onTime].enumerated() {
                let letter = CellReference.columnLetters(3 + offset)
                try sheet.write(row: row, column: 3 + offset, formula: "SUM(\(letter)\(firstDuty + 1):\(letter)\(lastDuty + 1))",
                                cachedNumber: Double(value), style: style.number(bold: true))
            }
            try sheet.write(row: row, column: 7, formula: "IF(D\(r)=0,0,E\(r)/D\(r))", cachedNumber: all.completeness, style: percent)
            try sheet.write(row: row, column: 8, formula: "IF(E\(r)=0,0,F\(r)/E\(r))", cachedNumber: all.timeliness, style: percent)
        }
        try page.note("Hoàn thành = số đơn vị đã báo cáo / số đơn vị phải báo cáo. Tỷ lệ đúng hạn = số báo cáo đúng hạn / số đã báo cáo.",
                      italic: true)
        try page.signatures(
            place: plan.template.place, date: today,
            left: ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"), right: ("TM. BAN THƯỜNG VỤ", "(Ký, ghi rõ họ tên, đóng dấu)"),
            leftColumns: 3)
        try page.finishPages()
        return (firstDuty...max(firstDuty, lastDuty), quarters)
    }

    private func writeBlocRow(
        _ sheet: Worksheet, row: Int, index: Int, bloc: String, figures: Figures, sumIf: (String, String, String) -> String,
        style: DocumentStyle, percent: CellStyle
    ) throws {
        let r = row + 1
        try sheet.write(row: row, column: 0, integer: Int64(index + 1), style: style.cell(horizontal: .center))
        try sheet.write(row: row, column: 1, text: bloc, style: style.cell())
        try sheet.writeBlank(row: row, column: 2, style: style.cell())
        for (offset, (letter, value)) in [("H", figures.owed), ("I", figures.reported), ("J", figures.onTime)].enumerated() {
            try sheet.write(row: row, column: 3 + offset, formula: sumIf("C", "B\(r)", letter),
                            cachedNumber: Double(value), style: style.number())
        }
        try sheet.write(row: row, column: 6, formula: "E\(r)-F\(r)", cachedNumber: Double(figures.reported - figures.onTime),
                        style: style.number())
        try sheet.write(row: row, column: 7, formula: "IF(D\(r)=0,0,E\(r)/D\(r))", cachedNumber: figures.completeness, style: percent)
        try sheet.write(row: row, column: 8, formula: "IF(E\(r)=0,0,F\(r)/E\(r))", cachedNumber: figures.timeliness, style: percent)
    }

    /// Completeness and timeliness of each duty (each falls in a quarter), side by side.
    /// One chart of every duty, then one per quarter of the plan's year (as the issue asks), under each other.
    private func writeChart(
        _ sheet: Worksheet, rows: ClosedRange<Int>, quarters: [(quarter: Int, rows: ClosedRange<Int>)]
    ) throws {
        let title = "Tỷ lệ hoàn thành và đúng hạn theo nhiệm vụ báo cáo"
        // Headed and numbered as the other sheets; each chart whole on a page, landscape.
        var page = try OfficialSheet(sheet: sheet, style: DocumentStyle(), widths: [6, 50, 12, 12, 12, 12, 12], landscape: true)
        try page.header(parentBody: parentBody?.headerAsParent, issuingBody: issuer.documentHeaderName, leftColumns: 2)
        try page.title(VietnameseText.uppercased(title), lines: [
            (plan.template.title, true, false), ("Tính đến ngày \(VietnameseDate.numeric(today))", false, true),
        ])
        func chart(_ title: String, _ rows: ClosedRange<Int>, width: Int, height: Int) -> Chart {
            let categories = CellRange(firstRow: rows.lowerBound, firstColumn: 1, lastRow: rows.upperBound, lastColumn: 1)
            var chart = Chart(
                kind: .column, title: title,
                series: [
                    Chart.Series(name: "Hoàn thành", sheet: Self.summarySheet, categories: categories,
                                 values: CellRange(firstRow: rows.lowerBound, firstColumn: 7, lastRow: rows.upperBound, lastColumn: 7),
                                 color: Color(rgb: 0x2E75B6)),
                    Chart.Series(name: "Đúng hạn", sheet: Self.summarySheet, categories: categories,
                                 values: CellRange(firstRow: rows.lowerBound, firstColumn: 8, lastRow: rows.upperBound, lastColumn: 8),
                                 color: Color(rgb: 0x70AD47)),
                ],
                legend: .bottom, width: width, height: height)
            chart.valueAxisMaximum = 1
            chart.valueAxisNumberFormat = "0%"
            chart.categoriesAsInTable = true
            return chart
        }
        try page.chart(chart(title, rows, width: 820, height: 420))
        for quarter in quarters {
            let title = "Quý \(RomanNumeral.of(quarter.quarter)) năm \(plan.template.year): tỷ lệ hoàn thành và đúng hạn"
            try page.chart(chart(title, quarter.rows, width: 820, height: 300))
        }
        try page.finishPages()
    }
}
