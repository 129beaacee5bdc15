import OutreachCore
import XLSX

/// The follow-up workbook (*tổng hợp kết quả tuyên truyền lại*): the cascade as a tree of collapsible row
/// groups, each office's own figures with live totals per level and overall, the completeness of each
/// office together with the offices below it as a live formula, late, overdue and missing rows marked,
/// and completeness per district on a sheet of its own with a chart.
public struct CascadeSheet {
    public var tree: CascadeTree
    public var session: Session
    public var organiser: OrgUnit
    public var parentBody: OrgUnit?
    /// Every unit, for the district each office belongs to.
    public var units: [OrgUnit]

    public init(tree: CascadeTree, session: Session, organiser: OrgUnit, parentBody: OrgUnit?, units: [OrgUnit]) {
        self.tree = tree
        self.session = session
        self.organiser = organiser
        self.parentBody = parentBody
        self.units = units
    }

    public static let treeSheet = "Cây tuyên truyền lại"
    public static let districtSheet = "Theo địa bàn"
    public static let chartSheet = "Biểu đồ"
    public static let headings = [
        "STT", "Đơn vị", "Cấp", "Địa bàn", "Hạn", "Ngày tổ chức", "Tình trạng", "Phải báo cáo", "Đã báo cáo",
        "Đúng hạn", "Đơn vị đã tuyên truyền", "Đơn vị phải tuyên truyền", "Người đã tuyên truyền",
        "Người thuộc đối tượng", "Hoàn thành (cả cấp dưới)",
    ]
    /// Conditional fills of the rows, by status: the legend under the table says the same.
    static let marks: [(DutyStatus, fill: Int, font: Int?)] = [
        (.late, 0xFCE4D6, nil), (.overdue, 0xF4CCCC, nil), (.missing, 0xC00000, 0xFFFFFF),
    ]

    /// Writes the workbook to `path`.
    public func write(to path: String) throws(OutreachError) {
        // An empty tree would leave the totals summing their own cells (a circular reference).
        guard !tree.nodes.isEmpty else {
            throw .conflict(LocalizedText { $0.sessionCodeHasNoFollow(session.code, VietnameseDate.numeric(tree.today)) })
        }
        let properties = ExportFile.properties(
            title: "Tổng hợp tuyên truyền lại – \(session.code)", session: session, organiser: organiser)
        try ExportFile.write(to: path, properties: properties) { workbook in
            let (districts, treeRows) = try writeTree(try workbook.addWorksheet(named: Self.treeSheet))
            let rows = try writeDistricts(
                try workbook.addWorksheet(named: Self.districtSheet), districts: districts, treeRows: treeRows)
            try writeChart(try workbook.addWorksheet(named: Self.chartSheet), rows: rows)
        }
    }

    private func heading(_ page: inout OfficialSheet, title: String, leftColumns: Int) throws {
        try page.header(
            parentBody: parentBody?.headerAsParent, issuingBody: organiser.documentHeaderName,
            leftColumns: leftColumns)
        try page.title(title, lines: [
            (session.title, true, false),
            ("Đợt \(session.code), \(session.whenText); số liệu tính đến ngày \(VietnameseDate.numeric(tree.today))", false, true),
        ])
    }

    /// The district each level-1 office's branch is counted under, by duty id, and the districts in tree order.
    private func districtOfNodes() -> (byDuty: [Int64: String], order: [String]) {
        let byCode = Dictionary(units.map { ($0.code, $0) }) { first, _ in first }
        // A district's name: the short name of its district People's Committee without "UBND".
        var names: [String: String] = [:]
        for unit in units where unit.kind.rawValue == "ubnd-huyen" {
            if let district = unit.district, names[district] == nil {
                let name = unit.displayName.replacingOccurrences(of: "UBND ", with: "")
                // A cell starts with a capital: "Huyện Bát Xát", "Thị xã Sa Pa".
                names[district] = name.prefix(1).uppercased() + name.dropFirst()
            }
        }
        var byDuty: [Int64: String] = [:]
        var order: [String] = []
        for node in tree.nodes {
            let name: String
            if let parent = node.parent, let inherited = byDuty[parent] {
                name = inherited
            } else {
                let code = byCode[node.duty.unit]?.district
                name = code.map { names[$0] ?? $0 } ?? "Cấp tỉnh"
            }
            byDuty[node.duty.id] = name
            if !order.contains(name) { order.append(name) }
        }
        return (byDuty, order)
    }

    /// The tree; returns the district names in order and the tree's data rows, for the district sheet.
    ///
    /// A tree of tens of thousands of offices goes on to new sheets ("Cây tuyên truyền lại (2)", see
    /// `OfficialSheet`) with the same print rules. Its formulas follow it there: a node's completeness sums its
    /// branch on every sheet the branch is on (written once the whole tree is laid out, since a branch may end
    /// on a later sheet), a total sums every sheet's rows (`SUM` of several ranges; a level's `SUMIF` is one
    /// per sheet, added: each sheet's subtotal), and the district sheet's `SUMIF`s do the same.
    private func writeTree(_ sheet: Worksheet) throws -> (districts: [String], rows: TableCells) {
        let style = DocumentStyle()
        var page = try OfficialSheet(
            sheet: sheet, style: style, widths: [7, 32, 5, 17, 11, 11, 13, 8, 8, 8, 10, 10, 10, 10, 11], landscape: true,
            continues: true)
        try heading(&page, title: "TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN LẠI", leftColumns: 4)
        try page.columnHeadings(Self.headings)
        try sheet.outlineSettings(summaryAbove: true)
        let (districtOf, districts) = districtOfNodes()
        let percent = style.text(horizontal: .right, border: true, numberFormat: "[$-42A]0.0%")
        let start = page.mark
        // Where each node's row is (the sheet and row), for the formulas over its branch.
        var placed: [OfficialSheet.Mark] = []
        placed.reserveCapacity(tree.nodes.count)
        // Outline numbering 1, 1.1, 1.1.2 … and the row after each node's last descendant, for subtree sums.
        var numbering: [Int] = []
        var ends: [Int] = Array(repeating: 0, count: tree.nodes.count)
        var open: [Int] = []
        for (index, node) in tree.nodes.enumerated() {
            while open.count >= node.level, let last = open.popLast() { ends[last] = index }
            open.append(index)
        }
        for last in open { ends[last] = tree.nodes.count }
        for node in tree.nodes {
            if numbering.count >= node.level {
                numbering = Array(numbering.prefix(node.level))
                numbering[node.level - 1] += 1
            } else {
                while numbering.count < node.level { numbering.append(1) }
            }
            let number = numbering.map(String.init).joined(separator: ".")
            let district = districtOf[node.duty.id] ?? ""
            let done = node.status.isDone
            try page.tableRow([nil, node.unitName, nil, district], minimum: 20, outlineLevel: min(node.level - 1, 7),
                              boldColumns: [1]) { sheet, row in  // bold at level 1, indented below: measured wide
                var name = style.cell(bold: node.level == 1)
                name.indent = min(node.level - 1, 15)
                try sheet.write(row: row, column: 0, text: number, style: style.cell(horizontal: .left))
                try sheet.write(row: row, column: 1, text: node.unitName, style: name)
                try sheet.write(row: row, column: 2, integer: Int64(node.level), style: style.cell(horizontal: .center))
                try sheet.write(row: row, column: 3, text: district, style: style.cell())
                try sheet.write(row: row, column: 4, text: VietnameseDate.numeric(node.duty.due), style: style.cell(horizontal: .center))
                try sheet.write(row: row, column: 5, text: node.report.map { VietnameseDate.numeric($0.done) } ?? "",
                                style: style.cell(horizontal: .center))
                try sheet.write(row: row, column: 6, text: node.status.label(.vi), style: style.cell(horizontal: .center))
                let values = [
                    1, done ? 1 : 0, node.status == .onTime ? 1 : 0, node.report?.reachedUnits ?? 0, node.duty.audienceUnits,
                    node.report?.reachedPeople ?? 0, node.duty.audiencePeople,
                ]
                for (offset, value) in values.enumerated() {
                    try sheet.write(row: row, column: 7 + offset, integer: Int64(value), style: style.number())
                }
            }
            placed.append(page.lastWritten)
        }
        // This office and every office below it: the rows down to the last of its branch, on every sheet it is on.
        let sheets = page.sheets
        for (index, node) in tree.nodes.enumerated() {
            let mark = placed[index]
            let owed = page.cells("H", from: mark, through: placed[ends[index] - 1])
            let name = sheets[mark.sheet].name
            try sheets[mark.sheet].write(
                row: mark.row, column: 14,
                formula: "IF(\(owed.sum(onSheetNamed: name))=0,0,\(owed.column("I").sum(onSheetNamed: name))/\(owed.sum(onSheetNamed: name)))",
                cachedNumber: node.subtree.completeness ?? 0, style: percent)
        }
        let rows = page.cells("H", from: start, through: page.lastWritten)
        // The +/– of the outline above each branch, on every sheet.
        for sheet in sheets.dropFirst() { try sheet.outlineSettings(summaryAbove: true) }
        for (sheet, span) in page.rows(from: start, through: page.lastWritten) {
            for (status, fill, font) in Self.marks {
                var look = CellStyle()
                look.fill = Color(rgb: UInt32(fill))
                look.bold = status != .late
                if let font { look.fontColor = Color(rgb: UInt32(font)) }
                try sheet.addConditionalFormat(
                    CellRange(firstRow: span.lowerBound, firstColumn: 0, lastRow: span.upperBound, lastColumn: 14),
                    ConditionalFormat(.formula("$G\(span.lowerBound + 1)=\"\(status.label(.vi))\""), style: look))
            }
        }
        // Totals per level and overall, live over the tree's rows.
        func total(_ label: String, level: Int?, figures: CascadeFigures) throws {
            try page.tableRow([label], minimum: 20, closing: true) { sheet, row in
                let r = row + 1
                try sheet.merge(
                    CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 6), text: label,
                    style: style.cell(bold: true, horizontal: .center))
                let cached = [
                    figures.owed, figures.reported, figures.onTime, figures.reachedUnits, figures.audienceUnits,
                    figures.reachedPeople, figures.audiencePeople,
                ]
                for (offset, value) in cached.enumerated() {
                    let column = rows.column(CellReference.columnLetters(7 + offset))
                    let formula = level.map { column.sumIf(criteria: "C", "\($0)", onSheetNamed: sheet.name) }
                        ?? column.sum(onSheetNamed: sheet.name)
                    try sheet.write(row: row, column: 7 + offset, formula: formula, cachedNumber: Double(value),
                                    style: style.number(bold: true))
                }
                try sheet.write(row: row, column: 14, formula: "IF(H\(r)=0,0,I\(r)/H\(r))",
                                cachedNumber: figures.completeness ?? 0, style: percent)
            }
        }
        for (index, figures) in tree.levels.enumerated() {
            try total("Cộng cấp \(index + 1)", level: index + 1, figures: figures)
        }
        try total("Tổng cộng", level: nil, figures: tree.total)
        try page.note(
            "Hoàn thành = số đơn vị đã báo cáo / số đơn vị phải báo cáo (mỗi đơn vị tính một lần). Đúng hạn: tổ chức "
                + "trước hoặc đúng ngày hạn. Tô màu: cam – trễ hạn; đỏ nhạt – quá hạn, chưa báo cáo; đỏ đậm – không báo cáo "
                + "(quá hạn và đã hết thời gian nhận báo cáo). Bấm dấu +/– bên trái để mở hoặc thu gọn các cấp.",
            italic: true)
        try page.signatures(
            place: session.place, date: tree.today,
            left: ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"), right: ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên, đóng dấu)"),
            leftColumns: 4)
        try page.finishPages()
        return (districts, rows)
    }

    /// Completeness per district, summed live from the tree sheet; returns the data rows, for the chart.
    private func writeDistricts(
        _ sheet: Worksheet, districts: [String], treeRows: TableCells
    ) throws -> ClosedRange<Int> {
        let style = DocumentStyle()
        var page = try OfficialSheet(sheet: sheet, style: style, widths: [5, 30, 11, 11, 11, 11, 12], landscape: false)
        try heading(&page, title: "TỶ LỆ HOÀN THÀNH TUYÊN TRUYỀN LẠI THEO ĐỊA BÀN", leftColumns: 2)
        try page.columnHeadings(["STT", "Địa bàn", "Phải báo cáo", "Đã báo cáo", "Đúng hạn", "Trễ hạn", "Hoàn thành"])
        let (districtOf, _) = districtOfNodes()
        var figures: [String: CascadeFigures] = [:]
        for node in tree.nodes {
            var own = CascadeFigures()
            own.owed = 1
            own.reported = node.status.isDone ? 1 : 0
            own.onTime = node.status == .onTime ? 1 : 0
            own.late = node.status == .late ? 1 : 0
            figures[districtOf[node.duty.id] ?? "", default: CascadeFigures()].add(own)
        }
        let percent = style.text(horizontal: .right, border: true, numberFormat: "[$-42A]0.0%")
        let first = page.row
        // Over the tree's rows on every sheet it went on to: one SUMIF per sheet, added.
        func sumIf(_ letter: String, _ row: Int) -> String {
            treeRows.column(letter).sumIf(criteria: "D", "B\(row + 1)", onSheetNamed: sheet.name, absolute: true)
        }
        for (index, district) in districts.enumerated() {
            let f = figures[district] ?? CascadeFigures()
            try page.tableRow([nil, district], minimum: 20) { row in
                let r = row + 1
                try sheet.write(row: row, column: 0, integer: Int64(index + 1), style: style.cell(horizontal: .center))
                try sheet.write(row: row, column: 1, text: district, style: style.cell())
                try sheet.write(row: row, column: 2, formula: sumIf("H", row),
                                cachedNumber: Double(f.owed), style: style.number())
                try sheet.write(row: row, column: 3, formula: sumIf("I", row),
                                cachedNumber: Double(f.reported), style: style.number())
                try sheet.write(row: row, column: 4, formula: sumIf("J", row),
                                cachedNumber: Double(f.onTime), style: style.number())
                try sheet.write(row: row, column: 5, formula: "D\(r)-E\(r)", cachedNumber: Double(f.late), style: style.number())
                try sheet.write(row: row, column: 6, formula: "IF(C\(r)=0,0,D\(r)/C\(r))",
                                cachedNumber: f.completeness ?? 0, style: percent)
            }
        }
        let last = page.row - 1
        try page.tableRow([], minimum: 22, closing: true) { row in
            let r = row + 1
            try sheet.merge(CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 1), text: "Tổng cộng",
                            style: style.cell(bold: true, horizontal: .center))
            let total = tree.total
            for (offset, value) in [total.owed, total.reported, total.onTime, total.late].enumerated() {
                let letter = CellReference.columnLetters(2 + offset)
                try sheet.write(row: row, column: 2 + offset, formula: "SUM(\(letter)\(first + 1):\(letter)\(max(first, last) + 1))",
                                cachedNumber: Double(value), style: style.number(bold: true))
            }
            try sheet.write(row: row, column: 6, formula: "IF(C\(r)=0,0,D\(r)/C\(r))",
                            cachedNumber: total.completeness ?? 0, style: percent)
        }
        try page.signatures(
            place: session.place, date: tree.today,
            left: ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"), right: ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên, đóng dấu)"),
            leftColumns: 2)
        try page.finishPages()
        return first...max(first, last)
    }

    private func writeChart(_ sheet: Worksheet, rows: ClosedRange<Int>) throws {
        var page = try OfficialSheet(sheet: sheet, style: DocumentStyle(), widths: [5, 38, 9, 9, 9, 10, 8, 9], landscape: false)
        try page.header(parentBody: parentBody?.headerAsParent, issuingBody: organiser.documentHeaderName, leftColumns: 2)
        try page.title("BIỂU ĐỒ TỶ LỆ HOÀN THÀNH TUYÊN TRUYỀN LẠI THEO ĐỊA BÀN", lines: [
            (session.title, true, false), ("Tính đến ngày \(VietnameseDate.numeric(tree.today))", false, true),
        ])
        var chart = Chart(
            kind: .bar, title: "Tỷ lệ hoàn thành tuyên truyền lại theo địa bàn",
            series: [Chart.Series(
                name: "Hoàn thành", sheet: Self.districtSheet,
                categories: CellRange(firstRow: rows.lowerBound, firstColumn: 1, lastRow: rows.upperBound, lastColumn: 1),
                values: CellRange(firstRow: rows.lowerBound, firstColumn: 6, lastRow: rows.upperBound, lastColumn: 6))],
            categoryAxisTitle: "Địa bàn", valueAxisTitle: "Tỷ lệ đơn vị đã báo cáo",
            legend: .none, width: 640, height: max(360, 24 * rows.count + 100))
        chart.valueAxisMaximum = 1
        chart.valueAxisNumberFormat = "0%"
        chart.categoriesAsInTable = true
        try page.chart(chart)
        try page.finishPages()
    }
}

extension CascadeSheet {
    /// The workbook of a tree, its organiser and the organiser's parent body found among `units`.
    public init(tree: CascadeTree, session: Session, units: [OrgUnit]) throws(OutreachError) {
        let byCode = Dictionary(units.map { ($0.code, $0) }) { first, _ in first }
        guard let organiser = byCode[session.organiser] else { throw .unknownUnit(session.organiser.rawValue) }
        self.init(
            tree: tree, session: session, organiser: organiser, parentBody: organiser.parent.flatMap { byCode[$0] },
            units: units)
    }
}
