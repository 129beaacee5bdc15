/// One cell of a row streamed by `XLSXReader.scanRows`.
public struct StreamedCell: Sendable {
    /// Zero-based column.
    public var column: Int
    /// The value (for a formula, its cached result); a shared string is the workbook's one `String`.
    public var value: CellValue
    /// The formula without "=", if any.
    public var formula: String?
    /// The cell's `s` index into the workbook's cell styles, nil when the cell names none or an unknown one.
    public var styleIndex: Int?
    /// Whether the cell's number format shows a date (a number here is then an Excel serial date).
    public var isDateFormatted: Bool

    public init(column: Int, value: CellValue, formula: String? = nil, styleIndex: Int? = nil,
                isDateFormatted: Bool = false) {
        self.column = column
        self.value = value
        self.formula = formula
        self.styleIndex = styleIndex
        self.isDateFormatted = isDateFormatted
    }
}

/// One row streamed by `XLSXReader.scanRows`: its cells in the file's order (a column named twice keeps
/// both, the later one last). The row is lent to the caller's closure and its storage is reused for the
/// next row: take the values you need (keeping the row itself is safe, but costs a copy of its cells).
public struct StreamedRow {
    /// Zero-based row index.
    public internal(set) var index: Int
    /// The cells in the order the file holds them.
    public internal(set) var cells: [StreamedCell]
    /// The range the sheet declares it uses (`<dimension>`, written before the rows), if it declares one: a
    /// hint of how many rows will come, not a limit (the file may say anything).
    public internal(set) var dimension: CellRange?
    let styles: StylesParser?

    /// The resolved style of one of the row's cells.
    public func style(of cell: StreamedCell) -> ReadStyle? {
        cell.styleIndex.flatMap { styles?.style(at: $0) }
    }

    /// The cells by column, as `XLSXReader.forEachRow` hands them (the later of two cells in one column).
    public var cellsByColumn: [Int: CellData] {
        var byColumn: [Int: CellData] = [:]
        byColumn.reserveCapacity(cells.count)
        for cell in cells {
            byColumn[cell.column] = CellData(value: cell.value, formula: cell.formula, style: style(of: cell))
        }
        return byColumn
    }
}
