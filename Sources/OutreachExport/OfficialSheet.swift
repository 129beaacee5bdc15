import OutreachCore
import XLSX

/// The parts every printed list shares: the two-column header block, the title lines, the column headings,
/// the signature block and the A4 page setup. Keeps the documents consistent and written once.
///
/// It also lays out the pages itself: every row has a known height, so the sheet knows where each printed
/// page ends. A heading is never left alone at the foot of a page, and a group that runs over a page
/// starts the next one with its heading again, marked "(tiếp theo)". The closing blocks (notes, signatures)
/// never stand alone at the top of a page: the table's last rows go over with them.
///
/// A sheet holds at most 1023 manual page breaks (Excel's limit; libxlsxwriter refuses more), which a list of
/// about 20,000 people passes. A sheet made with `continues: true` goes on, once it has `breaksPerSheet` breaks,
/// on a new sheet of the same workbook named after it ("Danh sách (2)"), where the next page would have
/// started: the same columns, the column headings at the top (repeated on every page), the office continued
/// "(tiếp theo)", the numbering going on from the previous sheet (the caller's numbers run on), and the pages
/// numbered on from the previous sheet's, "Trang N/M" counting every sheet. A new sheet rather than anything
/// else because each sheet prints as it did, page for page, with the same rules: splitting by office would
/// still fail for one office of 20,000 people and scatter a short list over many sheets.
///
/// Formulas follow a table on to its new sheets: `mark` and `cells(_:from:)` (or `cells(_:from:through:)` for a
/// branch of a tree) give a column's rows sheet by sheet as `TableCells`, and a total that spans sheets is the
/// sum of each sheet's subtotal: `SUM(F11:F900,'Danh sách chi (2)'!F2:F40)`, and for a conditional sum, which
/// takes one range, `SUMIF(…first sheet…)+SUMIF(…second sheet…)`. Conditional fills are set on each sheet
/// (`rows(from:through:)`). The payment list, the budget's table of offices, the attendance summary, the cascade
/// tree and the duty tracker work so; the nomination form stays one sheet (its rows are an office's quota, and
/// the form is read back by its sheet's name).
struct OfficialSheet {
    /// The sheet being written: a continued list moves to a new one at a page break, so callers write the rows
    /// `tableRow` hands them to the sheet it hands with them.
    private(set) var sheet: Worksheet
    let style: DocumentStyle
    /// The column widths (character units) of the table.
    let widths: [Double]
    let landscape: Bool
    /// The next row to write.
    private(set) var row = 0
    /// The print scale in percent, chosen so the table fills the page width.
    let scale: Int

    private var used = 0.0
    /// The height of every row written, for `onePageScale`.
    private var totalHeight = 0.0
    /// Whether a heading was repeated "(tiếp theo)" over a break: such a sheet keeps its breaks.
    private var repeatedHeading = false
    private var titleRowHeight = 0.0
    private var breaks: [Int] = []
    /// Whether the list goes on to a new sheet rather than passing `breaksPerSheet` breaks.
    let continues: Bool
    /// The sheets already filled, each with its page breaks, before `sheet`.
    private var filled: [(sheet: Worksheet, breaks: [Int])] = []
    /// The last row written on each sheet of `filled`, for formulas over a table that went on (`cells`).
    private var filledLastRows: [Int] = []
    private var headings: [String] = []
    /// The first sheet's name, which the continuation sheets are named after.
    private let baseName: String

    /// The manual page breaks a sheet gets before a continued list goes on to a new sheet: Excel allows 1023;
    /// a few are kept for the closing blocks, which may still add one each. Tests lower it to check the
    /// continuation with a small list.
    @TaskLocal static var breaksPerSheet = 1_000
    private var continuation: String?
    /// The lines written on the current page, so a closing block that needs a new page can take the table's
    /// last rows with it.
    private var page: [(row: Int, height: Double, kind: LineKind)] = []
    /// The lines of the page before, on the same sheet, so a table's last row is not left alone on a page.
    private var previousPage: [(row: Int, height: Double, kind: LineKind)] = []

    private enum LineKind { case table, closing, other }

    /// How the pages are numbered: a list's footer "Trang N/M", or, for a document as issued (a plan), the page
    /// number alone at the top centre from the second page on, none on the first (Decree 30/2020, Appendix I:
    /// "được đánh tại giữa, canh trên, trong phần lề trên …, không hiển thị số trang thứ nhất").
    enum PageNumbers { case footer, issued }
    var pageNumbers = PageNumbers.footer

    /// A sheet that prints on one page where it fits (an office's nomination form): the smallest print scale, in
    /// percent, it may take for that; nil for a sheet that breaks into pages at the width-filling scale.
    /// The rule (`onePageScale`): laid out as any sheet (row heights from the real text), when the whole sheet
    /// runs over a page at the width-filling scale, its total height is measured against one page's printable
    /// height (with the same 3 % of room as `pageCapacity`); where the scale that fits it is at least this
    /// minimum, the sheet prints at that scale without page breaks, else as it was laid out.
    var onePageMinimumScale: Int?

    /// How many table rows at most go over to a new page with a closing block that does not fit.
    static let rowsKeptWithClosing = 2

    static let margins = PageSetup.Margins(left: 30, right: 15, top: 20, bottom: 20, header: 8, footer: 8)

    init(sheet: Worksheet, style: DocumentStyle, widths: [Double], landscape: Bool, continues: Bool = false) throws {
        self.sheet = sheet
        self.continues = continues
        baseName = sheet.name
        self.style = style
        self.widths = widths
        self.landscape = landscape
        let margins = Self.margins
        let printable = (landscape ? 297.0 : 210.0) - margins.left - margins.right
        scale = max(10, min(100, Int(printable / Self.millimetres(widths) * 100) - 1))
        for (column, width) in widths.enumerated() {
            try sheet.setColumnWidth(column...column, width: width)
        }
    }

    /// The number of columns the table spans.
    var columns: Int { widths.count }

    /// The widest the columns can print at 100 %. A column of width w is w digits of the Normal font plus
    /// 5 pixels at 96 dpi; Excel counts Times New Roman 11 digits as 7 pixels, LibreOffice rounds them to 8,
    /// so the scale is chosen for 8 and the table fits everywhere (a little narrower in Excel).
    static func millimetres(_ widths: [Double]) -> Double {
        widths.reduce(0) { $0 + ($1 * 8 + 5) } * 25.4 / 96
    }

    /// The height a page holds, in sheet points at the chosen scale, with a little room for renderers
    /// whose fonts run taller than ours.
    var pageCapacity: Double {
        let margins = Self.margins
        let printable = (landscape ? 210.0 : 297.0) - margins.top - margins.bottom
        return printable * 72 / 25.4 / (Double(scale) / 100) * 0.97
    }

    // MARK: - Blocks of the document

    /// The header block: parent body and issuing body on the left, the national motto on the right.
    mutating func header(parentBody: String?, issuingBody: String, leftColumns: Int) throws {
        let (sheet, style, columns) = (self.sheet, self.style, self.columns)
        let left = 0...(leftColumns - 1)
        let right = leftColumns...(columns - 1)
        let size = style.headerSize - 1
        try line(18) { row in
            try Self.merge(sheet, row, left, parentBody ?? "", style.text(size: size, horizontal: .center, wrap: false))
            try Self.merge(sheet, row, right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                      style.text(size: size, bold: true, horizontal: .center, wrap: false))
        }
        try line(18) { row in
            try Self.merge(sheet, row, left, issuingBody, style.text(size: size, bold: true, horizontal: .center, wrap: false))
            try Self.merge(sheet, row, right, "Độc lập - Tự do - Hạnh phúc",
                      style.text(size: style.headerSize, bold: true, underline: .single, horizontal: .center, wrap: false))
        }
        // The short rule under the issuing body, as Decree 30 draws it.
        try line(12) { row in
            try Self.merge(sheet, row, left, "────────", style.text(size: 8, horizontal: .center, wrap: false))
        }
        try line(12) { _ in }
    }

    /// The document's number under the issuing body and the place and date under the motto (Decree 30):
    /// "Số: 298/KH-LĐLĐ" left, "Lai Châu, ngày 06 tháng 01 năm 2022" right, in italics.
    mutating func numberAndDate(number: String?, place: String, date: CalendarDate?, leftColumns: Int) throws {
        let (sheet, style, columns) = (self.sheet, self.style, self.columns)
        try line(18) { row in
            if let number {
                try Self.merge(sheet, row, 0...(leftColumns - 1), "Số: \(number)",
                               style.text(size: style.headerSize, horizontal: .center, wrap: false))
            }
            let dateLine = date.map { VietnameseDate.placeAndDate(place: place, date: $0) }
                ?? "\(place), ngày      tháng      năm"
            try Self.merge(sheet, row, leftColumns...(columns - 1), dateLine,
                           style.text(size: style.headerSize, italic: true, horizontal: .center, wrap: false))
        }
        try line(10) { _ in }
    }

    /// A centred bold title and the lines under it; long lines get taller rows so they wrap on paper.
    mutating func title(_ title: String, lines: [(text: String, bold: Bool, italic: Bool)]) throws {
        let (sheet, style, columns) = (self.sheet, self.style, self.columns)
        try line(22) { row in
            try Self.merge(sheet, row, 0...(columns - 1), title,
                      style.text(size: style.headerSize + 1, bold: true, horizontal: .center))
        }
        for entry in lines {
            let height = Double(Self.lines(entry.text, width: widths.reduce(0, +), size: style.headerSize)) * 17 + 3
            try line(height) { row in
                try Self.merge(sheet, row, 0...(columns - 1), entry.text,
                          style.text(size: style.headerSize, bold: entry.bold, italic: entry.italic, horizontal: .center))
            }
        }
        try line(10) { _ in }
    }

    /// The column headings, repeated on every printed page and frozen on screen.
    mutating func columnHeadings(_ headings: [String]) throws {
        let (sheet, style) = (self.sheet, self.style)
        self.headings = headings
        let height = max(30, Double(zip(headings, widths).map { Self.lines($0, width: $1, size: style.tableSize) }.max() ?? 1) * 16 + 4)
        titleRowHeight = height
        try line(height) { row in
            for (column, heading) in headings.enumerated() {
                try sheet.write(row: row, column: column, text: heading, style: style.columnHeading)
            }
            try sheet.repeatRows(row...row)
            try sheet.freezePanes(row: row + 1, column: 0)
        }
    }

    /// A heading row across the table (a block of offices); kept on the same page as what follows it.
    mutating func groupHeading(_ text: String) throws {
        continuation = nil
        try heading(text, style: style.cell(bold: true), height: 20)
    }

    /// A lighter heading inside a group (one office); repeated as "(tiếp theo)" when its rows run over a page.
    mutating func subgroupHeading(_ text: String) throws {
        continuation = nil
        try heading(text, style: style.cell(bold: true, italic: true), height: 20)
        continuation = text
    }

    /// A numbered heading of one block (an office of a reminder list): the number in the first column, the text
    /// bold across the others. The heading moves to the next page unless `keepWith` points of the block's rows
    /// fit under it, so a short block is never split; a longer one repeats it as "(tiếp theo)" over a break.
    mutating func numberedHeading(_ number: Int, _ text: String, keepWith: Double) throws {
        let (style, columns) = (self.style, self.columns)
        continuation = nil
        let width = widths[1...].reduce(0, +)
        let height = max(20, Double(Self.lines(text, width: width, size: style.tableSize)) * 15 + 5)
        try breakIfNeeded(before: height + min(keepWith, pageCapacity / 2))
        // The break may have moved the list to a new sheet.
        let sheet = self.sheet
        try line(height) { row in
            try sheet.write(row: row, column: 0, integer: Int64(number), style: style.cell(bold: true, horizontal: .center))
            try Self.merge(sheet, row, 1...(columns - 1), text, style.cell(bold: true))
        }
        continuation = text
    }

    /// Ends the current group, so a page break after it repeats no heading.
    mutating func endGroup() {
        continuation = nil
    }

    /// A table row whose cells hold `texts` (one per column, nil for none), at least `minimum` points tall
    /// and tall enough for the longest text to wrap. `write` fills the row whose index it is given.
    /// `outlineLevel` puts the row in a collapsible group (a tree's deeper rows).
    /// Texts are measured in the regular weight but in `boldColumns`: a row is as tall as its text really wraps
    /// ("Phó Hiệu trưởng" on one line where it fits), never shorter.
    /// A `closing` row (a table's total) stays with the table's last rows: it never starts a page of its own.
    mutating func tableRow(
        _ texts: [String?], minimum: Double, outlineLevel: Int = 0, boldColumns: Set<Int> = [], closing: Bool = false,
        _ write: (Int) throws -> Void
    ) throws {
        try tableRow(texts, minimum: minimum, outlineLevel: outlineLevel, boldColumns: boldColumns, closing: closing) { _, row in
            try write(row)
        }
    }

    /// `tableRow` for a list that may go on to a new sheet: `write` fills row `row` of the sheet it is given.
    mutating func tableRow(
        _ texts: [String?], minimum: Double, outlineLevel: Int = 0, boldColumns: Set<Int> = [], closing: Bool = false,
        _ write: (Worksheet, Int) throws -> Void
    ) throws {
        let lines = zip(texts, widths).enumerated().map { column, pair in
            pair.0.map { Self.lines($0, width: pair.1, size: style.tableSize, bold: boldColumns.contains(column)) } ?? 1
        }
        let height = max(minimum, Double(lines.max() ?? 1) * 15 + 5)
        if closing {
            continuation = nil
            try keepLastRowCompany()
            try breakKeepingTableRows(before: height)
        } else {
            try breakIfNeeded(before: height)
        }
        let sheet = self.sheet
        try line(height, outlineLevel: outlineLevel, kind: closing ? .closing : .table) { row in try write(sheet, row) }
    }

    /// The signature block: a date line and two signers side by side, kept together under the table.
    mutating func signatures(
        place: String, date: CalendarDate, left: (title: String, note: String), right: (title: String, note: String),
        leftColumns: Int
    ) throws {
        try signatures(place: place, date: date, signers: [
            (left.title, left.note, 0...(leftColumns - 1)), (right.title, right.note, leftColumns...(columns - 1)),
        ])
    }

    /// The signature block for any number of signers, each over its columns; the date line is above the last.
    mutating func signatures(
        place: String, date: CalendarDate?, signers: [(title: String, note: String, columns: ClosedRange<Int>)]
    ) throws {
        let style = self.style
        guard let last = signers.last else { return }
        continuation = nil
        let heights: [Double] = [12, 18, 18, 16, 60]
        try keepLastRowCompany()
        try breakKeepingTableRows(before: heights.reduce(0, +))
        // The break may have moved the list to a new sheet.
        let sheet = self.sheet
        try line(heights[0], kind: .closing) { _ in }
        // The date line needs about 38 characters: widen it leftwards over narrow signer columns.
        // Without a date the line is left for the signer to fill in by hand.
        let dateLine = date.map { VietnameseDate.placeAndDate(place: place, date: $0) }
            ?? "\(place), ngày ...... tháng ...... năm ........"
        var first = last.columns.lowerBound
        while first > 0, widths[first...last.columns.upperBound].reduce(0, +) < Double(dateLine.count) {
            first -= 1
        }
        let dateColumns = first...last.columns.upperBound
        try line(heights[1], kind: .closing) { row in
            try Self.merge(sheet, row, dateColumns, dateLine,
                      style.text(size: style.headerSize, italic: true, horizontal: .center, wrap: false))
        }
        try line(heights[2], kind: .closing) { row in
            for signer in signers {
                try Self.merge(sheet, row, signer.columns, signer.title,
                               style.text(size: style.headerSize, bold: true, horizontal: .center))
            }
        }
        try line(heights[3], kind: .closing) { row in
            for signer in signers {
                try Self.merge(sheet, row, signer.columns, signer.note, style.text(italic: true, horizontal: .center))
            }
        }
        try line(heights[4], kind: .closing) { _ in }
    }

    /// The signer of a document, on the right: the authority line (TM., KT., TL.), the title, room to
    /// sign and seal, and the name; kept together on one page. `recipients` (*Nơi nhận*, Decree 30) go on the
    /// left beside it: "Nơi nhận:" bold italic, then one recipient a line in 11 pt.
    mutating func signer(
        onBehalf: String?, title: String?, name: String?, columns signerColumns: ClosedRange<Int>, recipients: [String] = []
    ) throws {
        let style = self.style
        continuation = nil
        let lines = [onBehalf, title].compactMap { $0 }
        // Room for the recipients under "Nơi nhận:" (15 points a line), at least the signature's 70.
        let listHeight = max(70, Double(recipients.count) * 15 + 6 - Double(max(0, lines.count - 1)) * 18)
        let heights = [12.0] + lines.map { _ in 18.0 } + [listHeight, 18]
        try keepLastRowCompany()
        try breakKeepingTableRows(before: heights.reduce(0, +))
        // The break may have moved the list to a new sheet.
        let sheet = self.sheet
        let left = signerColumns.lowerBound > 0 && !recipients.isEmpty ? 0...(signerColumns.lowerBound - 1) : nil
        try line(heights[0], kind: .closing) { _ in }
        let firstRow = row
        for (index, text) in lines.enumerated() {
            try line(18, kind: .closing) { row in
                try Self.merge(sheet, row, signerColumns, text,
                               style.text(size: style.headerSize, bold: true, horizontal: .center, wrap: false))
                if index == 0, let left {
                    try Self.merge(sheet, row, left, "Nơi nhận:",
                                   style.text(size: style.tableSize, bold: true, italic: true, wrap: false))
                }
            }
        }
        try line(listHeight, kind: .closing) { _ in }
        if let left {
            var list = style.text(size: 11)
            list.vertical = .top
            let top = lines.isEmpty ? firstRow : firstRow + 1
            let text = (lines.isEmpty ? ["Nơi nhận:"] : []) + recipients.map { "- \($0)" }
            try sheet.merge(CellRange(firstRow: top, firstColumn: left.lowerBound, lastRow: row - 1, lastColumn: left.upperBound),
                            text: text.joined(separator: "\n"), style: list)
        }
        try line(18, kind: .closing) { row in
            try Self.merge(sheet, row, signerColumns, name ?? "",
                           style.text(size: style.headerSize, bold: true, horizontal: .center, wrap: false))
        }
    }

    /// A chart under what is written, kept whole on one page (moved to the next when it does not fit there):
    /// rows as tall as the chart hold its place, so the page breaks and the page numbers count it.
    mutating func chart(_ chart: Chart) throws {
        var chart = chart
        // As wide as the table, so it prints at the document's scale within the margins.
        chart.width = Int(widths.reduce(0) { $0 + $1 * 7 + 5 })
        let points = Double(chart.height) * 0.75 + 12
        continuation = nil
        try breakIfNeeded(before: points)
        let sheet = self.sheet
        let anchor = row
        var left = points
        while left > 0 {
            let height = min(400, left)
            try line(height) { _ in }
            left -= height
        }
        try sheet.insertChart(chart, at: CellReference(row: anchor, column: 0))
    }

    /// A line of text across the table under it (the amount in words), as tall as its wrapped text needs.
    mutating func note(_ text: String, italic: Bool = false) throws {
        let (style, columns) = (self.style, self.columns)
        let height = Double(Self.lines(text, width: widths.reduce(0, +), size: style.headerSize)) * 17 + 3
        try keepLastRowCompany()
        try breakKeepingTableRows(before: height)
        // The break may have moved the list to a new sheet.
        let sheet = self.sheet
        try line(height, kind: .closing) { row in
            try Self.merge(sheet, row, 0...(columns - 1), text, style.text(size: style.headerSize, italic: italic))
        }
    }

    /// A4 with Decree 30 margins, the chosen scale, the footer "Trang N/M" and the page breaks laid out above;
    /// for a list continued over several sheets, on each of them, the pages numbered on from sheet to sheet
    /// and M counting them all.
    /// The scale at which the whole sheet prints on one page (see `onePageMinimumScale`), or nil.
    var onePageScale: Int? {
        guard let minimum = onePageMinimumScale, filled.isEmpty, !breaks.isEmpty, !repeatedHeading, totalHeight > 0
        else { return nil }
        let margins = Self.margins
        let printable = ((landscape ? 210.0 : 297.0) - margins.top - margins.bottom) * 72 / 25.4 * 0.97
        let fits = Int((printable / totalHeight * 100).rounded(.down))
        return fits >= minimum ? min(fits, scale) : nil
    }

    /// Whether the sheet, as laid out so far, prints on one page: without a page break, or at `onePageScale`.
    var printsOnOnePage: Bool { (filled.isEmpty && breaks.isEmpty) || onePageScale != nil }

    func finishPages() throws {
        let onePage = onePageScale
        let sheets: [(sheet: Worksheet, breaks: [Int])] = onePage == nil ? filled + [(sheet, breaks)] : [(sheet, [])]
        let total = sheets.reduce(0) { $0 + $1.breaks.count + 1 }
        var first = 1
        for (sheet, breaks) in sheets {
            var setup = PageSetup()
            setup.paper = .a4
            setup.orientation = landscape ? .landscape : .portrait
            setup.margins = Self.margins
            setup.scale = onePage ?? scale
            setup.centerHorizontally = true
            // Numbered within this document alone: its first page number is set and its page count written out,
            // since a printer given the whole workbook (LibreOffice) otherwise numbers on across the sheets of
            // other documents ("Trang 7/62" on an office's two-page settlement) and counts all their pages.
            setup.firstPageNumber = first
            switch pageNumbers {
            case .footer:
                var footer = HeaderFooter.pageOfPages(prefix: "Trang ", separator: "/")
                footer.center.parts = [.text("Trang "), .pageNumber, .text("/\(total)")]
                footer.center.fontName = DocumentStyle.font
                footer.center.fontSize = 11
                setup.footer = footer
            case .issued:
                setup.header = HeaderFooter(center: HeaderFooter.Section([.pageNumber], fontName: DocumentStyle.font, fontSize: 13))
                // The document's own first page (not a continuation sheet's) prints no number.
                setup.differentFirstPage = first == 1
            }
            try sheet.pageSetup(setup)
            if !breaks.isEmpty { try sheet.horizontalPageBreaks(breaks) }
            first += breaks.count + 1
        }
    }

    /// The sheets the document was written on, the first one first.
    var sheets: [Worksheet] { filled.map(\.sheet) + [sheet] }

    /// Where the table stands: the sheet (0 for the first) and the next row to write. A formula over the rows
    /// written from a mark on (a total) takes them from `cells(_:from:)`, on every sheet the list went over.
    struct Mark {
        var sheet: Int
        var row: Int
    }

    var mark: Mark { Mark(sheet: filled.count, row: row) }

    /// The cells of `column` in every row written from `start` up to now, sheet by sheet: one range while the
    /// list stays on one sheet, one more per sheet it went on to (their column headings left out).
    func cells(_ column: String, from start: Mark) -> TableCells {
        cells(column, from: start, through: Mark(sheet: filled.count, row: row - 1))
    }

    /// The cells of `column` from `start` through `end` (a row already written, `end` included), sheet by sheet:
    /// a branch of a tree, a table that ended before what follows it.
    func cells(_ column: String, from start: Mark, through end: Mark) -> TableCells {
        var parts: [TableCells.Part] = []
        let names = sheets.map(\.name)
        for index in start.sheet...max(start.sheet, end.sheet) {
            // A continuation sheet holds its column headings on row 0.
            let first = index == start.sheet ? start.row : 1
            let last = index == end.sheet ? end.row : filledLastRows[index]
            if first <= last { parts.append(TableCells.Part(sheet: names[index], first: first, last: last)) }
        }
        if parts.isEmpty { parts.append(TableCells.Part(sheet: names[start.sheet], first: start.row, last: start.row)) }
        return TableCells(column: column, parts: parts)
    }

    /// The rows of the table from `start` through `end`, sheet by sheet, with the sheet each is on: for what is
    /// set per sheet over a range (conditional fills).
    func rows(from start: Mark, through end: Mark) -> [(sheet: Worksheet, rows: ClosedRange<Int>)] {
        let all = sheets
        return cells("A", from: start, through: end).parts.compactMap { part in
            all.first { $0.name == part.sheet }.map { ($0, part.first...part.last) }
        }
    }

    /// The last row written, where it is: the mark of a row just written by `tableRow`.
    var lastWritten: Mark { Mark(sheet: filled.count, row: row - 1) }

    // MARK: - Rows and pages

    /// Writes one row of a known height and moves on.
    private mutating func line(
        _ height: Double, outlineLevel: Int = 0, kind: LineKind = .other, _ write: (Int) throws -> Void
    ) throws {
        try sheet.setRowHeight(row, height: height, outlineLevel: outlineLevel)
        try write(row)
        used += height
        totalHeight += height
        page.append((row, height, kind))
        row += 1
    }

    private mutating func heading(_ text: String, style cellStyle: CellStyle, height: Double) throws {
        let columns = self.columns
        // A heading needs room for itself and the first row under it, or it moves to the next page.
        try breakIfNeeded(before: height + 35)
        // The break may have moved the list to a new sheet.
        let sheet = self.sheet
        try line(height) { row in
            try Self.merge(sheet, row, 0...(columns - 1), text, cellStyle)
        }
    }

    /// Starts a new page before the next row when `height` no longer fits on this one, repeating the
    /// current office's heading at the top of the new page.
    private mutating func breakIfNeeded(before height: Double) throws {
        let (style, columns) = (self.style, self.columns)
        guard used + height > pageCapacity, used > titleRowHeight else { return }
        if continues, breaks.count >= Self.breaksPerSheet {
            try continueOnNewSheet()
        } else {
            breaks.append(row)
            used = titleRowHeight
            previousPage = page
            page = []
        }
        let sheet = self.sheet
        if let continuation {
            repeatedHeading = true
            try line(20) { row in
                try Self.merge(sheet, row, 0...(columns - 1), "\(continuation) (tiếp theo)", style.cell(bold: true, italic: true))
            }
        }
    }

    /// Goes on to a new sheet where the next page would start: the same columns and column headings, the
    /// breaks counted afresh; the caller's office heading follows as "(tiếp theo)".
    private mutating func continueOnNewSheet() throws {
        guard let workbook = sheet.owner else { throw XLSXError.workbookClosed }
        filled.append((sheet, breaks))
        filledLastRows.append(row - 1)
        let suffix = " (\(filled.count + 1))"
        var name = baseName
        while name.utf16.count + suffix.utf16.count > 31 { name.removeLast() }
        sheet = try workbook.addWorksheet(namedAfter: name + suffix)
        for (column, width) in widths.enumerated() {
            try sheet.setColumnWidth(column...column, width: width)
        }
        breaks = []
        page = []
        previousPage = []
        row = 0
        used = 0
        // A sheet of charts has no column headings to repeat.
        if !headings.isEmpty { try columnHeadings(headings) }
        used = titleRowHeight
        page = []
    }

    /// Starts a new page before a closing block (a note, the signatures) that no longer fits, moving the table's
    /// last rows (and the closing lines already written after them) to the new page too, so the block is never
    /// alone there. At least one table row stays behind; without table rows to move, it is an ordinary break.
    private mutating func breakKeepingTableRows(before height: Double) throws {
        guard used + height > pageCapacity, used > titleRowHeight else { return }
        var closingStart = page.count
        while closingStart > 0, page[closingStart - 1].kind == .closing { closingStart -= 1 }
        var available = 0
        while closingStart - available > 0, available < Self.rowsKeptWithClosing,
              page[closingStart - available - 1].kind == .table {
            available += 1
        }
        // As many table rows as fit with the closing lines (notes, totals) and the block, down to one: a long
        // closing (the budget's notes) takes fewer rows along rather than leaving the signatures alone.
        for moved in stride(from: available, through: 1, by: -1) {
            var start = closingStart - moved
            // A heading whose rows all go over goes with them; some table row must stay behind.
            while start > 0, page[start - 1].kind == .other { start -= 1 }
            let kept = page[..<start].contains { $0.kind == .table }
            let tail = page[start...].reduce(0) { $0 + $1.height }
            guard kept, titleRowHeight + tail + height <= pageCapacity else { continue }
            breaks.append(page[start].row)
            used = titleRowHeight + tail
            previousPage = Array(page[..<start])
            page = Array(page[start...])
            return
        }
        try breakIfNeeded(before: height)
    }

    /// Before a closing block: when the page holds a single table row, the last of a table that broke just
    /// before it, the row before it comes over too, so no row (a bloc's last member) is alone on a page with
    /// the closing block. Only where the page before keeps two table rows or more.
    private mutating func keepLastRowCompany() throws {
        guard let lastBreak = breaks.last, page.first?.row == lastBreak,
              page.filter({ $0.kind == .table }).count == 1, page.allSatisfy({ $0.kind != .other }),
              let previous = previousPage.last, previous.kind == .table, previous.row == lastBreak - 1,
              previousPage.filter({ $0.kind == .table }).count >= 3,
              used + previous.height <= pageCapacity
        else { return }
        breaks[breaks.count - 1] = previous.row
        page.insert(previousPage.removeLast(), at: 0)
        used += previous.height
    }

    /// How many lines `text` takes in a column `width` units wide at `size` points of Times New Roman, as a
    /// renderer wraps it: word by word, a word wider than the line broken where it must, each "\n" a new
    /// line, spaces counted (leading ones too) but for the one a line breaks at. Row heights are set from it
    /// (a set height is what both Excel and LibreOffice print), so it must never count fewer lines than they
    /// draw (the text would be cut off), and counting more leaves rows of the same text at different heights.
    /// Widths are Times New Roman's, Bold's for `bold` text (regular text is 7–9 % narrower: measuring it as
    /// bold put "Phó Hiệu trưởng" on two lines of a 17-wide column where it prints on one), in pixels at 96 dpi,
    /// plus 5 % (screen fonts round advances to whole pixels); a column `width` units wide is `width` × 7 + 5
    /// pixels (Excel's default font), less 6 for the cell's margins. Checked against LibreOffice's own layout
    /// with docs/tools/row_heights.py.
    /// `fast: false` takes the general path whatever the text (tests compare the two).
    static func lines(_ text: String, width: Double, size: Double, bold: Bool = true, fast: Bool = true) -> Int {
        let available = max(1, width * 7 + 5 - 6)
        let pixelsPerEm = size * 96 / 72
        func pixels(_ scalar: Unicode.Scalar) -> Double {
            Double(TextMetrics.advance(scalar, bold: bold)) / 1000 * pixelsPerEm * 1.05
        }
        let spaceWidth = pixels(" ")
        if fast, let count = fastLines(text, available: available, spaceWidth: spaceWidth, pixels: pixels) { return count }
        var count = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var lines = 1
            var used = 0.0
            // After a line breaks at a space, that space takes no room.
            var afterBreak = false
            for (index, word) in paragraph.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                // Scalar by scalar, nothing allocated: a province's list measures millions of words.
                var wordWidth = 0.0
                for scalar in word.unicodeScalars where !TextMetrics.isCombining(scalar) { wordWidth += pixels(scalar) }
                let space = index > 0 && !afterBreak ? spaceWidth : 0
                if used > 0 && used + space + wordWidth > available {
                    lines += 1
                    used = 0
                    afterBreak = true
                } else {
                    used += space
                }
                if wordWidth > 0 { afterBreak = false }
                if used + wordWidth <= available {
                    used += wordWidth
                    continue
                }
                // A word wider than the line is broken between its letters.
                for scalar in word.unicodeScalars where !TextMetrics.isCombining(scalar) {
                    let glyph = pixels(scalar)
                    if used > 0 && used + glyph > available {
                        lines += 1
                        used = 0
                    }
                    used += glyph
                }
            }
            count += lines
        }
        return max(1, count)
    }

    /// `lines` in one pass over the scalars, nothing allocated, for text in which every scalar is a character
    /// of its own (below U+0300 but CR, or a precomposed letter of Latin Extended Additional: no combining mark,
    /// no CR LF pair), so splitting at scalars is splitting at characters: the same words, widths summed in the
    /// same order, the same count as the general path (`OfficialSheetPagesTests` compares them). Nil otherwise.
    /// A province's lists measure millions of cells: the general path's character splitting was a fifth of an
    /// export's time.
    static func fastLines(
        _ text: String, available: Double, spaceWidth: Double, pixels: (Unicode.Scalar) -> Double
    ) -> Int? {
        let scalars = text.unicodeScalars
        for scalar in scalars {
            let value = scalar.value
            guard (value < 0x300 && value != 0x0D) || (0x1E00...0x1EFF).contains(value) else { return nil }
        }
        var count = 0
        var lines = 1
        var used = 0.0
        var afterBreak = false
        var wordIndex = 0
        var wordStart = scalars.startIndex
        var wordWidth = 0.0
        var index = scalars.startIndex
        while true {
            let atEnd = index == scalars.endIndex
            let scalar: Unicode.Scalar = atEnd ? "\n" : scalars[index]
            if scalar != " " && scalar != "\n" {
                wordWidth += pixels(scalar)
                index = scalars.index(after: index)
                continue
            }
            // A word ends (the general path's inner loop body).
            let space = wordIndex > 0 && !afterBreak ? spaceWidth : 0
            if used > 0 && used + space + wordWidth > available {
                lines += 1
                used = 0
                afterBreak = true
            } else {
                used += space
            }
            if wordWidth > 0 { afterBreak = false }
            if used + wordWidth <= available {
                used += wordWidth
            } else {
                for letter in scalars[wordStart..<index] {
                    let glyph = pixels(letter)
                    if used > 0 && used + glyph > available {
                        lines += 1
                        used = 0
                    }
                    used += glyph
                }
            }
            wordIndex += 1
            wordWidth = 0
            if scalar == "\n" {
                // A paragraph ends.
                count += lines
                lines = 1
                used = 0
                afterBreak = false
                wordIndex = 0
                if atEnd { break }
            }
            index = scalars.index(after: index)
            wordStart = index
        }
        return max(1, count)
    }

    private static func merge(
        _ sheet: Worksheet, _ row: Int, _ columns: ClosedRange<Int>, _ text: String, _ style: CellStyle
    ) throws {
        try sheet.merge(
            CellRange(firstRow: row, firstColumn: columns.lowerBound, lastRow: row, lastColumn: columns.upperBound),
            text: text, style: style)
    }
}

/// The cells of one column of a table that may run over several sheets, as a formula's argument list:
/// `D11:D40` on its own sheet, `D11:D900,'Danh sách chi (2)'!D2:D40` from a formula on the last one.
struct TableCells {
    struct Part {
        var sheet: String
        var first: Int
        var last: Int
    }

    let column: String
    let parts: [Part]

    /// The argument list as written in a formula on `sheet`: ranges of another sheet named, quoted.
    func reference(on sheet: Worksheet) -> String {
        reference(onSheetNamed: sheet.name)
    }

    /// The argument list as written in a formula on the sheet named `name`; `absolute` writes `$D$11:$D$40`.
    func reference(onSheetNamed name: String, absolute: Bool = false) -> String {
        parts.map { range($0, on: name, absolute: absolute) }.joined(separator: ",")
    }

    /// The same rows in another column.
    func column(_ letter: String) -> TableCells { TableCells(column: letter, parts: parts) }

    /// `SUM` over every part: `SUM(H11:H40)`, `SUM(H11:H900,'Cây (2)'!H2:H40)` once the table went on.
    func sum(onSheetNamed name: String, absolute: Bool = false) -> String {
        "SUM(\(reference(onSheetNamed: name, absolute: absolute)))"
    }

    /// `SUMIF` of this column where `criteria`'s column of the same rows matches `criterion`, one per sheet the
    /// table is on, added: SUMIF takes a single range, so a table that went on to new sheets is the sum of its
    /// sheets' subtotals (`SUMIF(C11:C900,1,H11:H900)+SUMIF('Cây (2)'!C2:C40,1,'Cây (2)'!H2:H40)`).
    func sumIf(criteria: String, _ criterion: String, onSheetNamed name: String, absolute: Bool = false) -> String {
        parts.map { part in
            "SUMIF(\(range(part, column: criteria, on: name, absolute: absolute)),\(criterion),\(range(part, on: name, absolute: absolute)))"
        }.joined(separator: "+")
    }

    private func range(_ part: Part, column: String? = nil, on name: String, absolute: Bool) -> String {
        let letter = column ?? self.column
        let range = absolute
            ? "$\(letter)$\(part.first + 1):$\(letter)$\(part.last + 1)"
            : "\(letter)\(part.first + 1):\(letter)\(part.last + 1)"
        guard part.sheet != name else { return range }
        return "'" + part.sheet.replacingOccurrences(of: "'", with: "''") + "'!" + range
    }
}
