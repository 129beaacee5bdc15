import OutreachCore
import XLSX

/// The parts every printed list shares: the two-column header block, the title lines, the column headings,
/// the signature block and the A4 page setup. Keeps the documents consistent and written once.
struct OfficialSheet {
    let sheet: Worksheet
    let style: DocumentStyle
    /// The number of columns the table spans.
    let columns: Int
    /// The next row to write.
    private(set) var row = 0

    init(sheet: Worksheet, style: DocumentStyle, columns: Int) {
        self.sheet = sheet
        self.style = style
        self.columns = columns
    }

    /// Sets the column widths (in character units) of the table.
    func widths(_ widths: [Double]) throws {
        for (column, width) in widths.enumerated() {
            try sheet.setColumnWidth(column...column, width: width)
        }
    }

    /// The header block: parent body and issuing body on the left, the national motto on the right.
    mutating func header(parentBody: String?, issuingBody: String, leftColumns: Int) throws {
        let left = 0...(leftColumns - 1)
        let right = leftColumns...(columns - 1)
        let size = style.headerSize - 1
        try merge(row, left, parentBody ?? "", style.text(size: size, horizontal: .center, wrap: false))
        try merge(row, right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                  style.text(size: size, bold: true, horizontal: .center, wrap: false))
        row += 1
        try merge(row, left, issuingBody, style.text(size: size, bold: true, horizontal: .center, wrap: false))
        try merge(row, right, "Độc lập - Tự do - Hạnh phúc",
                  style.text(size: style.headerSize, bold: true, underline: .single, horizontal: .center, wrap: false))
        row += 1
        // The short rule under the issuing body, as Decree 30 draws it.
        try merge(row, left, "────────", style.text(size: 8, horizontal: .center, wrap: false))
        row += 2
    }

    /// A centred bold title and the lines under it; long lines get taller rows so they wrap on paper.
    mutating func title(_ title: String, lines: [(text: String, bold: Bool, italic: Bool)]) throws {
        try merge(row, 0...(columns - 1), title, style.text(size: style.headerSize + 1, bold: true, horizontal: .center))
        try sheet.setRowHeight(row, height: 21)
        row += 1
        for line in lines {
            try merge(row, 0...(columns - 1), line.text,
                      style.text(size: style.headerSize, bold: line.bold, italic: line.italic, horizontal: .center))
            let rowsNeeded = max(1, (line.text.count + 89) / 90)
            try sheet.setRowHeight(row, height: Double(rowsNeeded) * 18)
            row += 1
        }
        row += 1
    }

    /// The column headings, repeated on every printed page and frozen on screen.
    mutating func columnHeadings(_ headings: [String]) throws {
        for (column, heading) in headings.enumerated() {
            try sheet.write(row: row, column: column, text: heading, style: style.columnHeading)
        }
        try sheet.setRowHeight(row, height: 32)
        try sheet.repeatRows(row...row)
        try sheet.freezePanes(row: row + 1, column: 0)
        row += 1
    }

    /// A heading row across the table, such as an office's name before its people.
    mutating func groupHeading(_ text: String) throws {
        try merge(row, 0...(columns - 1), text, style.cell(bold: true))
        try sheet.setRowHeight(row, height: 20)
        row += 1
    }

    /// A lighter heading inside a group, such as one office within a block of offices.
    mutating func subgroupHeading(_ text: String) throws {
        try merge(row, 0...(columns - 1), text, style.cell(bold: true, italic: true))
        try sheet.setRowHeight(row, height: 18)
        row += 1
    }

    /// Moves to the next row after the caller wrote one.
    mutating func advance() {
        row += 1
    }

    /// The signature block: a date line and two signers side by side, under the table.
    mutating func signatures(
        place: String, date: CalendarDate, left: (title: String, note: String), right: (title: String, note: String),
        leftColumns: Int
    ) throws {
        row += 1
        let leftRange = 0...(leftColumns - 1)
        let rightRange = leftColumns...(columns - 1)
        try merge(row, rightRange, VietnameseDate.placeAndDate(place: place, date: date),
                  style.text(size: style.headerSize, italic: true, horizontal: .center, wrap: false))
        row += 1
        try merge(row, leftRange, left.title, style.text(size: style.headerSize, bold: true, horizontal: .center))
        try merge(row, rightRange, right.title, style.text(size: style.headerSize, bold: true, horizontal: .center))
        row += 1
        try merge(row, leftRange, left.note, style.text(italic: true, horizontal: .center))
        try merge(row, rightRange, right.note, style.text(italic: true, horizontal: .center))
        row += 5
    }

    /// A4 with Decree 30 margins, the footer "Trang N/M", fitted to the page width.
    func pageSetup(landscape: Bool) throws {
        var setup = PageSetup()
        setup.paper = .a4
        setup.orientation = landscape ? .landscape : .portrait
        setup.margins = PageSetup.Margins(left: 30, right: 15, top: 20, bottom: 20, header: 8, footer: 8)
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        setup.centerHorizontally = true
        setup.footer = HeaderFooter.pageOfPages(prefix: "Trang ", separator: "/")
        try sheet.pageSetup(setup)
    }

    private func merge(_ row: Int, _ columns: ClosedRange<Int>, _ text: String, _ style: CellStyle) throws {
        try sheet.merge(
            CellRange(firstRow: row, firstColumn: columns.lowerBound, lastRow: row, lastColumn: columns.upperBound),
            text: text, style: style)
    }
}
