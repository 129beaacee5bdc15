import Foundation
import OutreachCore
import XLSX

/// The budget estimate (*dự toán kinh phí*), and the settlement columns once actuals exist: a summary sheet
/// with the organiser's lines and the sending units' lines, then one sheet per sending office with its own lines,
/// its lodging by distance and its settlement.
///
/// Every amount is a live formula (`=D12*E12`, `=SUM(…)`, the summary's sending-unit actuals as `SUM` over the
/// office sheets) whose cached value is the exact figure computed in whole đồng, so Excel, LibreOffice and this
/// program agree to the đồng.
public struct BudgetSheet {
    public var list: NomineeList
    public var statement: BudgetStatement
    /// The unit tree, for the header of each sending office's own settlement sheet: the office under the body
    /// above it, as its nomination form is headed (`PGD-LAOCAI` under UBND THÀNH PHỐ LÀO CAI).
    public var units: UnitTree?
    /// The day the workbook is made, on the date line above the signers (the command's `--today`).
    public var today: CalendarDate?

    /// `list` gives the header block; `statement` the figures; `units` each office's parent body; `today` the date
    /// line (the session's first day when nil).
    public init(list: NomineeList, statement: BudgetStatement, units: UnitTree? = nil, today: CalendarDate? = nil) {
        self.list = list
        self.statement = statement
        self.units = units
        self.today = today
    }

    public static let headings = ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Đơn giá", "Thành tiền", "Căn cứ"]
    public static let settlementHeadings = ["Thực chi", "Chênh lệch"]
    public static let signers = [
        ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"), ("KẾ TOÁN TRƯỞNG", "(Ký, ghi rõ họ tên)"),
        ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên, đóng dấu)"),
    ]

    /// Writes the workbook to `path`.
    public func write(to path: String) throws(OutreachError) {
        let session = list.session
        let properties = ExportFile.properties(
            title: "Dự toán kinh phí – \(session.code)", session: session, organiser: list.organiser)
        try ExportFile.write(to: path, properties: properties) { workbook in
            let summary = try workbook.addWorksheet(named: "Dự toán")
            // Its own sheet, so every printed page of it repeats its own headings, not the summary's.
            let totalsSheet = statement.offices.isEmpty ? nil : try workbook.addWorksheet(named: Self.officeTotalsSheet)
            // Each office's sheet is named as a clerk reads it, after the office's short name (`sheetNames`).
            let names = Self.sheetNames(for: statement.offices.map(\.office.unit), taken: workbook.worksheets.map(\.name))
            let sheets = try names.map { try workbook.addWorksheet(namedAfter: $0) }
            // The offices first, so the summary knows where each office's actual of each line is.
            var actualCells: [Slug: [String]] = [:]
            var totalRows: [Int] = []
            for (office, sheet) in zip(statement.offices, sheets) {
                let (placed, totalRow) = try writeOffice(office, sheet)
                for (line, row) in placed {
                    let quoted = sheet.name.replacingOccurrences(of: "'", with: "''")
                    actualCells[line, default: []].append("'\(quoted)'!H\(row + 1)")
                }
                totalRows.append(totalRow)
            }
            try writeSummary(summary, actualCells: actualCells)
            if let totalsSheet { try writeOfficeTotals(totalsSheet, totalRows: totalRows, sheetNames: sheets.map(\.name)) }
        }
    }

    private var settles: Bool { statement.hasActuals }

    /// A sheet with the header block, title and headings; `settles` adds Thực chi | Chênh lệch.
    private func page(
        _ sheet: Worksheet, title: String, lines: [String], settles: Bool, headings: [String] = Self.headings,
        office: OrgUnit? = nil, continues: Bool = false
    ) throws -> OfficialSheet {
        var widths: [Double] = [5, 34, 10, 9, 12, 14, 30]
        if settles { widths += [14, 14] }
        var page = try OfficialSheet(sheet: sheet, style: DocumentStyle(), widths: widths, landscape: true, continues: continues)
        // An office's own settlement, signed by its head, carries its own header; the rest the organiser's.
        let (parent, issuer) = office.map { office in (office.parent.flatMap { units?[$0] }, office) }
            ?? (list.parentBody, list.organiser)
        try page.header(
            parentBody: parent?.headerAsParent, issuingBody: issuer.documentHeaderName, leftColumns: 3)
        try page.title(title, lines: [(list.session.title, true, false)] + lines.map { ($0, false, true) })
        try page.columnHeadings(headings + (settles ? Self.settlementHeadings : []))
        return page
    }

    private var title: String { settles ? "DỰ TOÁN VÀ QUYẾT TOÁN KINH PHÍ" : "DỰ TOÁN KINH PHÍ" }

    private func writeSummary(_ sheet: Worksheet, actualCells: [Slug: [String]]) throws {
        let estimate = statement.estimate
        var page = try page(sheet, title: title, lines: [
            "Thời gian: \(list.session.whenText). Địa điểm: \(list.session.venue)",
            "Số người tham dự: \(estimate.participants) (\(estimate.basis.label(.vi)))",
        ], settles: settles)
        let actuals = Dictionary(statement.rows.map { ($0.item.line.code, $0) }, uniquingKeysWith: { a, _ in a })
        var subtotalRows: [Int] = []
        let groups: [(String, [BudgetEstimate.Item], Int64)] = [
            ("I. ĐƠN VỊ TỔ CHỨC CHI TRẢ", estimate.organiserItems, estimate.organiserTotal),
            ("II. ĐƠN VỊ CỬ NGƯỜI THAM DỰ CHI TRẢ (tổng hợp các đơn vị)", estimate.sendingUnitItems, estimate.sendingUnitTotal),
        ]
        for (index, group) in groups.enumerated() where !group.1.isEmpty {
            try page.groupHeading(group.0)
            let rows = group.1.map { (item: $0, row: actuals[$0.line.code]) }
            let label = "Cộng \(RomanNumeral.of(index + 1))"
            var placed: [(Slug, Int)] = []
            subtotalRows.append(try writeItems(
                &page, sheet, rows, total: group.2, totalLabel: label, actualCells: actualCells, placed: &placed))
        }
        try writeTotalRow(&page, sheet, label: "TỔNG CỘNG", total: estimate.total, parts: subtotalRows,
                          actual: statement.actualTotal)
        try page.note("Bằng chữ: \(BudgetEstimate.words(estimate.total))", italic: true)
        if settles, let actual = statement.actualTotal {
            try page.note(Self.actualWords(actual, partial: statement.rows.contains { $0.actual == nil }), italic: true)
        }
        if statement.inProgress { try page.note(BudgetStatement.inProgressNote.vi, italic: true) }
        if estimate.sendingUnitTotal > 0 {
            try page.note("Trong đó: đơn vị tổ chức chi \(VietnameseNumber.grouped(estimate.organiserTotal)) đồng; "
                + "các đơn vị cử người chi \(VietnameseNumber.grouped(estimate.sendingUnitTotal)) đồng (tổng hợp theo đơn vị ở trang “\(Self.officeTotalsSheet)”, chi tiết từng đơn vị ở các trang sau).")
        }
        if let uncertain = statement.estimate.uncertainRatesPrintedNote { try page.note(uncertain.vi, italic: true) }
        if let lodging = lodgingNote { try page.note(lodging, italic: true) }
        if let perDiem = perDiemNote { try page.note(perDiem, italic: true) }
        if settles, statement.offices.contains(where: { $0.attendance != nil }) {
            try page.note("Thực chi của các đơn vị cử người: theo số người thực tế tham dự (điểm danh), trừ các khoản đơn vị đã báo số thực chi.", italic: true)
        }
        try signatures(&page)
    }

    /// The names of the offices' own sheets as a clerk reads them: each office's short name (`Phòng GD&ĐT Bát Xát`),
    /// never its code; a character Excel refuses in a sheet name (`[ ] : * ? / \`) becomes "-"; cut at a word to
    /// Excel's 31 characters; an office whose name is already taken (two offices of one name, or two long names
    /// cut alike) gets " (2)", " (3)"… after its name cut shorter to leave room. Every formula and the table of
    /// offices refer to the sheets by these names.
    public static func sheetNames(for units: [OrgUnit], taken: [String]) -> [String] {
        func fold(_ name: String) -> String {
            name.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive], locale: nil)
        }
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var used = Set(taken.map(fold))
        return units.map { unit in
            let safe = String(unit.displayName.map { forbidden.contains($0) ? "-" : $0 })
            let words = safe.split(whereSeparator: \.isWhitespace).map(String.init)
            for number in 1... {
                let suffix = number == 1 ? "" : " (\(number))"
                var name = ""
                for word in words {
                    let next = name.isEmpty ? word : name + " " + word
                    guard next.utf16.count + suffix.utf16.count <= 31 else { break }
                    name = next
                }
                // A first word longer than a sheet name is cut where it must be.
                if name.isEmpty, let first = words.first {
                    name = first
                    while name.utf16.count + suffix.utf16.count > 31 { name.removeLast() }
                }
                name = String(name.drop { $0 == "'" }.reversed().drop { $0 == "'" }.reversed())
                if name.isEmpty { name = "Đơn vị" }
                name += suffix
                if used.insert(fold(name)).inserted { return name }
            }
            return unit.code.rawValue
        }
    }

    /// The reference to an office's sheet in the table of offices: the sheet by its name, which is the office's.
    static func sheetReference(_ sheetName: String) -> String { "trang “\(sheetName)”" }

    /// The title of the table of what each sending office pays.
    public static let officeTotalsTitle = "TỔNG HỢP KINH PHÍ THEO ĐƠN VỊ CỬ NGƯỜI THAM DỰ"
    /// The name of that table's sheet, after the summary's.
    public static let officeTotalsSheet = "Tổng hợp đơn vị"
    public static let officeTotalsHeadings = [
        "STT", "Đơn vị cử người", "Số người", "Khoảng cách (km)", "Lưu trú", "Dự toán", "Trang chi tiết",
    ]

    /// The table of what each sending office pays, on its own sheet (so its printed pages repeat its own
    /// headings), one row per office: its people, distance and lodging, then its estimate (and actual and
    /// difference) as references to the total row of its own sheet, and their sums. Tens of thousands of offices
    /// go on to new sheets ("Tổng hợp đơn vị (2)", see `OfficialSheet`) with the same print rules, numbering on;
    /// the sums then take the rows of every sheet (`SUM` of several ranges).
    private func writeOfficeTotals(_ sheet: Worksheet, totalRows: [Int], sheetNames: [String]) throws {
        let estimate = statement.estimate
        var page = try page(sheet, title: Self.officeTotalsTitle, lines: [
            "Thời gian: \(list.session.whenText). Địa điểm: \(list.session.venue)",
            "Số người tham dự: \(estimate.participants) (\(estimate.basis.label(.vi)))",
        ], settles: settles, headings: Self.officeTotalsHeadings, continues: true)
        let style = page.style
        let settles = page.columns > 7
        let start = page.mark
        for (number, (office, totalRow)) in zip(statement.offices, totalRows).enumerated() {
            let unit = office.office.unit
            let sheetName = sheetNames[number]
            let name = "'\(sheetName.replacingOccurrences(of: "'", with: "''"))'"
            let reference = Self.sheetReference(sheetName)
            try page.tableRow(["\(number + 1)", unit.displayName, nil, nil, nil, nil, reference], minimum: 22) { sheet, row in
                try sheet.write(row: row, column: 0, integer: Int64(number + 1), style: style.cell(horizontal: .center))
                try sheet.write(row: row, column: 1, text: unit.displayName, style: style.cell())
                try sheet.write(row: row, column: 2, integer: office.office.participants, style: style.number())
                if let distance = unit.distanceKm {
                    try sheet.write(row: row, column: 3, integer: Int64(distance), style: style.number())
                } else {
                    try sheet.write(row: row, column: 3, text: "–", style: style.cell(horizontal: .center))
                }
                try sheet.write(row: row, column: 4, text: office.office.lodges ? "có" : "không",
                                style: style.cell(horizontal: .center))
                try sheet.write(row: row, column: 5, formula: "\(name)!F\(totalRow + 1)",
                                cachedNumber: Double(office.office.total), style: style.number())
                try sheet.write(row: row, column: 6, text: reference, style: style.cell())
                guard settles else { return }
                try sheet.write(row: row, column: 7, formula: "\(name)!H\(totalRow + 1)",
                                cachedNumber: Double(office.actualTotal ?? 0), style: style.number())
                try sheet.write(row: row, column: 8, formula: "\(name)!I\(totalRow + 1)",
                                cachedNumber: Double((office.actualTotal ?? 0) - office.office.total), style: style.number())
            }
        }
        let rows = page.cells("F", from: start)
        try page.tableRow([], minimum: 22, closing: true) { sheet, row in
            try sheet.merge(CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 1),
                            text: "TỔNG CỘNG", style: style.cell(bold: true, horizontal: .center))
            func sum(_ letter: String, _ value: Int64) throws {
                let column = Int(letter.unicodeScalars.first!.value - 65)
                try sheet.write(row: row, column: column, formula: rows.column(letter).sum(onSheetNamed: sheet.name),
                                cachedNumber: Double(value), style: style.number(bold: true))
            }
            try sum("C", statement.offices.reduce(0) { $0 + $1.office.participants })
            for column in [3, 4, 6] { try sheet.write(row: row, column: column, text: "", style: style.cell()) }
            try sum("F", statement.offices.reduce(0) { $0 + $1.office.total })
            guard settles else { return }
            let actual = statement.offices.reduce(0) { $0 + ($1.actualTotal ?? 0) }
            try sum("H", actual)
            try sheet.write(row: row, column: 8, formula: "H\(row + 1)-F\(row + 1)",
                            cachedNumber: Double(actual - statement.offices.reduce(0) { $0 + $1.office.total }),
                            style: style.number(bold: true))
        }
        try page.note("Bằng chữ: \(BudgetEstimate.words(estimate.sendingUnitTotal))", italic: true)
        if settles, statement.offices.contains(where: { $0.unsettledLines > 0 }) {
            try page.note("Chênh lệch = Thực chi − Dự toán; khoản chưa có số thực chi của đơn vị được tính là 0 đồng (chưa chi).", italic: true)
        }
        try signatures(&page)
    }

    /// The note of an office sheet with spending its estimate did not count (nobody of it counted, or a line it
    /// does not pay by the estimate's rules).
    public static let unestimatedNote =
        "Các khoản có dự toán bằng 0: đơn vị không có người trong dự toán hoặc khoản này không thuộc dự toán của đơn vị, nhưng có số thực chi."

    /// The words line of the actual total; `partial` says some lines have no actual yet, so the sum leaves them out.
    static func actualWords(_ amount: Int64, partial: Bool) -> String {
        "Số thực chi bằng chữ: \(BudgetEstimate.words(amount))" + (partial ? " (chưa gồm các khoản chưa có số thực chi)" : "")
    }

    /// Which offices are paid lodging and why, for the summary; nil when the session pays no lodging.
    private var lodgingNote: String? {
        guard let budget = list.session.budget, budget.paysLodging else { return nil }
        let lodging = statement.estimate.offices.filter(\.lodges)
        let people = lodging.reduce(Int64(0)) { $0 + $1.participants }
        guard let rule = budget.lodgingRule else {
            return "Khoán tiền phòng nghỉ cho người của tất cả các đơn vị cử người."
        }
        if lodging.isEmpty { return "Khoán tiền phòng nghỉ (đơn vị \(rule.text)): không có đơn vị nào." }
        let names = lodging.map { office in
            office.unit.distanceKm.map { "\(office.unit.displayName) (\($0) km)" } ?? office.unit.displayName
        }
        return "Khoán tiền phòng nghỉ cho \(lodging.count) đơn vị \(rule.text), \(people) người: \(names.joined(separator: ", "))."
    }

    /// Which offices the `per_diem` rule leaves out, for the summary; nil when every office is paid per diem.
    private var perDiemNote: String? {
        guard let rule = list.session.budget?.perDiemRule else { return nil }
        let unpaid = statement.estimate.offices.filter { !$0.paysPerDiem }
        let head = "Phụ cấp lưu trú chi cho đơn vị \(rule.text)"
        if unpaid.isEmpty { return "\(head)." }
        let names = unpaid.map { office in
            office.unit.distanceKm.map { "\(office.unit.displayName) (\($0) km)" } ?? office.unit.displayName
        }
        return "\(head); không chi cho \(unpaid.count) đơn vị: \(names.joined(separator: ", "))."
    }

    /// Writes one office's sheet; returns, for each of its lines, the row of its actual (for the summary's sums),
    /// and the row of its total (for the summary's table of offices).
    private func writeOffice(
        _ office: BudgetStatement.OfficeStatement, _ sheet: Worksheet
    ) throws -> (placed: [(Slug, Int)], totalRow: Int) {
        let unit = office.office.unit
        var lines = ["Đơn vị: \(unit.name) – \(office.office.participants) người (\(statement.estimate.basis.label(.vi)))"]
        if let budget = list.session.budget, budget.paysLodging {
            let distance = "Khoảng cách đến trung tâm tỉnh: " + (unit.distanceKm.map { "\($0) km" } ?? "chưa khai báo")
            let rule = budget.lodgingRule.map { " (khoán cho đơn vị \($0.text))" } ?? ""
            lines.append("\(distance); khoán tiền phòng nghỉ: \(office.office.lodges ? "có" : "không")\(rule)")
        }
        if let rule = list.session.budget?.perDiemRule {
            lines.append("Phụ cấp lưu trú: \(office.office.paysPerDiem ? "có" : "không") (chi cho đơn vị \(rule.text))")
        }
        if settles, let came = office.attendance {
            lines.append("Thực tế tham dự (điểm danh): \(came.people) người, \(came.personDays) ngày-người")
        }
        let title = settles ? "DỰ TOÁN VÀ QUYẾT TOÁN KINH PHÍ ĐƠN VỊ CỬ NGƯỜI THAM DỰ" : "DỰ TOÁN KINH PHÍ ĐƠN VỊ CỬ NGƯỜI THAM DỰ"
        var page = try page(sheet, title: title, lines: lines, settles: settles, office: unit)
        let first = page.row
        var placed: [(Slug, Int)] = []
        try writeItems(&page, sheet, office.rows.map { ($0.item, $0) }, total: nil, totalLabel: "", actualCells: [:],
                       placed: &placed)
        try writeTotalRow(&page, sheet, label: "TỔNG CỘNG", total: office.office.total, range: (first, page.row - 1),
                          actual: office.actualTotal)
        let totalRow = page.row - 1
        try page.note("Bằng chữ: \(BudgetEstimate.words(office.office.total))", italic: true)
        if settles, let actual = office.actualTotal {
            try page.note(Self.actualWords(actual, partial: office.rows.contains { $0.actual == nil }), italic: true)
        }
        if settles, office.unsettledLines > 0 { try page.note(BudgetStatement.inProgressNote.vi, italic: true) }
        if office.rows.contains(where: { $0.item.amount == 0 && $0.actual != nil }) {
            try page.note(Self.unestimatedNote, italic: true)
        }
        try signatures(&page, place: units?.placeName(of: unit))
        return (placed, totalRow)
    }

    /// The signers under a table, dated at `place` (an office's own sheet: the office's place, as its
    /// nomination form; else the session's).
    private func signatures(_ page: inout OfficialSheet, place: String? = nil) throws {
        let last = page.columns - 1
        try page.signatures(place: place ?? list.session.place, date: today ?? list.session.starts, signers: [
            (Self.signers[0].0, Self.signers[0].1, 0...1),
            (Self.signers[1].0, Self.signers[1].1, 2...4),
            (Self.signers[2].0, Self.signers[2].1, 5...last),
        ])
        try page.finishPages()
    }

    /// Writes item rows (F = D × E), then a subtotal row when `total` is given; returns the subtotal's row and
    /// each item's row. A line with `actualCells` takes its actual as the `SUM` of those cells (the office sheets).
    @discardableResult
    private func writeItems(
        _ page: inout OfficialSheet, _ sheet: Worksheet, _ items: [(item: BudgetEstimate.Item, row: BudgetStatement.Row?)],
        total: Int64?, totalLabel: String, actualCells: [Slug: [String]], placed: inout [(Slug, Int)]
    ) throws -> Int {
        let style = page.style
        let first = page.row
        let settles = page.columns > 7
        for (number, entry) in items.enumerated() {
            let item = entry.item
            let texts: [String?] = ["\(number + 1)", item.line.name, item.line.unit, nil, nil, nil, item.markedBasis]
            try page.tableRow(texts, minimum: 22) { row in
                let r = row + 1
                placed.append((item.line.code, row))
                try sheet.write(row: row, column: 0, integer: Int64(number + 1), style: style.cell(horizontal: .center))
                try sheet.write(row: row, column: 1, text: item.line.name, style: style.cell())
                try sheet.write(row: row, column: 2, text: item.line.unit, style: style.cell(horizontal: .center))
                try sheet.write(row: row, column: 3, integer: item.quantity, style: style.number())
                try sheet.write(row: row, column: 4, integer: item.unitPrice, style: style.number())
                try sheet.write(row: row, column: 5, formula: "D\(r)*E\(r)", cachedNumber: Double(item.amount),
                                style: style.number())
                try sheet.write(row: row, column: 6, text: item.markedBasis, style: style.cell())
                guard settles else { return }
                if let actual = entry.row?.actual, let difference = entry.row?.difference {
                    if let cells = actualCells[item.line.code], !cells.isEmpty {
                        // The offices' own cells; an office not settled yet is blank, which SUM counts as 0 spent.
                        try sheet.write(row: row, column: 7, formula: "SUM(\(cells.joined(separator: ",")))",
                                        cachedNumber: Double(actual.amount), style: style.number())
                    } else {
                        try sheet.write(row: row, column: 7, integer: actual.amount, style: style.number())
                    }
                    try sheet.write(row: row, column: 8, formula: "H\(r)-F\(r)", cachedNumber: Double(difference),
                                    style: style.number())
                } else {
                    try sheet.write(row: row, column: 7, text: "", style: style.number())
                    try sheet.write(row: row, column: 8, text: "", style: style.number())
                }
            }
        }
        guard let total else { return page.row - 1 }
        let actual = Self.sum(items.compactMap { $0.row?.actual?.amount })
        try writeTotalRow(&page, sheet, label: totalLabel, total: total, range: (first, page.row - 1), actual: actual)
        return page.row - 1
    }

    private static func sum(_ values: [Int64]) -> Int64 { values.reduce(0, &+) }

    /// A total row: `SUM` over a range of rows, or the sum of subtotal cells; its Chênh lệch is `H − F` (a line
    /// not settled yet is blank, counted as 0 spent), so the row's three figures always agree.
    private func writeTotalRow(
        _ page: inout OfficialSheet, _ sheet: Worksheet, label: String, total: Int64, range: (Int, Int)? = nil,
        parts: [Int] = [], actual: Int64?
    ) throws {
        let style = page.style
        let settles = page.columns > 7
        try page.tableRow([], minimum: 22, closing: true) { row in
            try sheet.merge(
                CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 4),
                text: label, style: style.cell(bold: true, horizontal: .center))
            func formula(_ letter: String) -> String {
                if let range { return "SUM(\(letter)\(range.0 + 1):\(letter)\(range.1 + 1))" }
                return parts.map { "\(letter)\($0 + 1)" }.joined(separator: "+")
            }
            try sheet.write(row: row, column: 5, formula: formula("F"), cachedNumber: Double(total),
                            style: style.number(bold: true))
            try sheet.write(row: row, column: 6, text: "", style: style.cell())
            if settles {
                try sheet.write(row: row, column: 7, formula: formula("H"), cachedNumber: Double(actual ?? 0),
                                style: style.number(bold: true))
                try sheet.write(row: row, column: 8, formula: "H\(row + 1)-F\(row + 1)",
                                cachedNumber: Double((actual ?? 0) - total), style: style.number(bold: true))
            }
        }
    }
}
