import CXlsxWriter

/// One sheet of a `Workbook`; every method checks its input before libxlsxwriter sees it, and throws
/// `.workbookClosed` once the workbook is closed or gone.
public final class Worksheet {
    /// The sheet's name, as given.
    public let name: String
    /// Zero-based position among the workbook's sheets.
    public let index: Int
    /// The row `appendRow` writes next: one past the last row that received content or a merge.
    public internal(set) var nextRow = 0
    /// Merged ranges, in the order they were added.
    public private(set) var merges: [CellRange] = []
    /// Whether the sheet tab is hidden.
    public internal(set) var isHidden = false
    /// Whether `protect(allowing:)` has been called.
    public internal(set) var isProtected = false
    /// The buffer `appendRow` prepares a row in, kept between rows so a large export allocates it once.
    private var preparedRow: [PreparedWrite] = []

    /// Weak: the workbook owns its sheets, and a sheet must not keep a discarded workbook alive.
    weak var workbook: Workbook?

    /// The workbook the sheet belongs to (nil once it is gone), to add the sheets a long document continues on.
    public var owner: Workbook? { workbook }
    /// Valid only while `workbook` is open; libxlsxwriter frees it at close.
    let handle: UnsafeMutablePointer<lxw_worksheet>
    /// Constant-memory mode: the row libxlsxwriter holds in memory; earlier rows are on disk.
    var currentRow = 0
    var columnRanges: [ClosedRange<Int>] = []
    var hasPageSetup = false
    var hasPageBreaks = false
    var screenGridlines = true
    var printGridlines = false
    /// The first page's own header and footer, added to the sheet's XML after libxlsxwriter wrote it.
    var firstPage: FirstPageHeaderFooter?

    init(workbook: Workbook, handle: UnsafeMutablePointer<lxw_worksheet>, name: String, index: Int) {
        self.workbook = workbook
        self.handle = handle
        self.name = name
        self.index = index
    }

    // MARK: Writing cells

    /// Writes any content to a cell.
    public func write(_ content: CellContent, row: Int, column: Int, style: CellStyle? = nil) throws {
        let workbook = try openWorkbook()
        let write = try prepare(content, at: CellReference(row: row, column: column), style: style, in: workbook)
        try claimRows(row...row, in: workbook)
        try perform(write)
    }

    /// Writes text; it stays text even when it starts with "=", "+", "-" or "@".
    public func write(row: Int, column: Int, text: String, style: CellStyle? = nil) throws {
        try write(.text(text), row: row, column: column, style: style)
    }

    /// Writes a finite number.
    public func write(row: Int, column: Int, number: Double, style: CellStyle? = nil) throws {
        try write(.number(number), row: row, column: column, style: style)
    }

    /// Writes an integer (±2^53 at most, so it is stored exactly).
    public func write(row: Int, column: Int, integer: Int64, style: CellStyle? = nil) throws {
        try write(.integer(integer), row: row, column: column, style: style)
    }

    /// Writes TRUE or FALSE.
    public func write(row: Int, column: Int, bool: Bool, style: CellStyle? = nil) throws {
        try write(.bool(bool), row: row, column: column, style: style)
    }

    /// Writes a formula with the number shown until Excel recalculates.
    public func write(row: Int, column: Int, formula: String, cachedNumber: Double, style: CellStyle? = nil) throws {
        try write(.formula(formula, cached: cachedNumber), row: row, column: column, style: style)
    }

    /// Writes a formula with the text shown until Excel recalculates.
    public func write(row: Int, column: Int, formula: String, cachedText: String, style: CellStyle? = nil) throws {
        try write(.formulaText(formula, cached: cachedText), row: row, column: column, style: style)
    }

    /// Writes a date, "dd/mm/yyyy" unless the style has a number format.
    public func write(row: Int, column: Int, date: ExcelDate, style: CellStyle? = nil) throws {
        try write(.date(date), row: row, column: column, style: style)
    }

    /// Writes a formatted empty cell; without a style nothing is written.
    public func writeBlank(row: Int, column: Int, style: CellStyle? = nil) throws {
        try write(.blank, row: row, column: column, style: style)
    }

    /// Writes a row at `nextRow` and advances it; the row is validated as a whole before anything is written.
    @discardableResult
    public func appendRow(_ cells: [Cell], height: Double? = nil, style: CellStyle? = nil,
                          startColumn: Int = 0) throws -> Int {
        let workbook = try openWorkbook()
        let row = nextRow
        // The row's own style is resolved once; a cell with its own style gets its own format.
        let rowFormat = try workbook.format(for: style)
        var writes = preparedRow
        preparedRow = []
        defer {
            writes.removeAll(keepingCapacity: true)
            preparedRow = writes
        }
        for (offset, cell) in cells.enumerated() {
            let reference = CellReference(row: row, column: startColumn + offset)
            if let own = cell.style {
                writes.append(try prepare(cell.content, at: reference, style: own, in: workbook))
            } else {
                writes.append(try prepare(cell.content, at: reference, style: style, format: rowFormat, in: workbook))
            }
        }
        if let height {
            try setRowHeight(row, height: height)
        }
        try claimRows(row...row, in: workbook)
        try NumericLocale.withC {
            for write in writes {
                let status = write.call(handle)
                guard status == LXW_NO_ERROR else {
                    throw XLSXError.library(function: write.function, message: lxwMessage(status))
                }
            }
        }
        nextRow = row + 1
        return row
    }

    // MARK: Merging

    /// Merges a range and puts `content` in its top-left cell; a single cell is simply written.
    public func merge(_ range: CellRange, _ content: CellContent, style: CellStyle? = nil) throws {
        if range.isSingleCell {
            return try write(content, row: range.first.row, column: range.first.column, style: style)
        }
        let workbook = try openWorkbook()
        try checkInside(range.first)
        try checkInside(range.last)
        if let existing = merges.first(where: { $0.intersects(range) }) {
            throw XLSXError.invalidMerge(sheet: name, range: range.a1, reason: "it overlaps the earlier merge \(existing.a1)")
        }
        // libxlsxwriter fills every cell of the range, so a runaway range would exhaust memory.
        guard range.rowCount * range.columnCount <= 1_000_000 else {
            throw XLSXError.invalidMerge(sheet: name, range: range.a1, reason: "more than 1,000,000 cells")
        }
        let first = try prepare(content, at: range.first, style: style, in: workbook)
        let fill = first.format
        try claimRows(range.first.row...range.last.row, in: workbook)
        try perform(first)
        // Cells are written here, row by row, and the merge registered last with an empty string and no
        // format (which libxlsxwriter writes nowhere): in constant-memory mode this keeps the rows in order
        // and lets the first cell hold a number.
        if let fill {
            for row in range.first.row...range.last.row {
                for column in range.first.column...range.last.column where (row, column) != (range.first.row, range.first.column) {
                    try lxwCall("worksheet_write_blank") {
                        worksheet_write_blank(handle, lxw_row_t(row), lxw_col_t(column), fill)
                    }
                }
            }
        }
        try lxwCall("worksheet_merge_range") {
            worksheet_merge_range(handle, lxw_row_t(range.first.row), lxw_col_t(range.first.column),
                                  lxw_row_t(range.last.row), lxw_col_t(range.last.column), "", nil)
        }
        merges.append(range)
        nextRow = max(nextRow, range.last.row + 1)
    }

    /// Merges a range around a text, e.g. a centred title.
    public func merge(_ range: CellRange, text: String, style: CellStyle? = nil) throws {
        try merge(range, .text(text), style: style)
    }

    /// Merges a range around a number.
    public func merge(_ range: CellRange, number: Double, style: CellStyle? = nil) throws {
        try merge(range, .number(number), style: style)
    }

    // MARK: Shared checks

    func openWorkbook() throws -> Workbook {
        guard let workbook, workbook.isOpen else { throw XLSXError.workbookClosed }
        return workbook
    }

    func checkInside(_ cell: CellReference) throws {
        guard cell.isInsideSheet else {
            throw XLSXError.cellOutOfRange(sheet: name, row: cell.row, column: cell.column)
        }
    }

    func checkRow(_ row: Int) throws {
        try checkInside(CellReference(row: row, column: 0))
    }

    func checkColumn(_ column: Int) throws {
        try checkInside(CellReference(row: 0, column: column))
    }

    /// In constant-memory mode, refuses rows libxlsxwriter has already flushed (it would return an
    /// error, or for a merge silently lose its first cell) and records the row it now holds.
    func claimRows(_ rows: ClosedRange<Int>, in workbook: Workbook) throws {
        guard workbook.options.constantMemory else { return }
        guard rows.lowerBound >= currentRow else {
            throw XLSXError.rowAlreadyWritten(sheet: name, row: rows.lowerBound, currentRow: currentRow)
        }
        currentRow = rows.upperBound
    }
}
