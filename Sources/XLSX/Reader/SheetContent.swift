/// Everything read from one worksheet: cells and the layout and print settings around them.
public struct SheetContent: Sendable {
    /// Whether the tab is shown.
    public enum State: String, Sendable {
        /// Shown.
        case visible
        /// Hidden, can be unhidden from Excel's menu.
        case hidden
        /// Hidden, only unhidden by macros.
        case veryHidden
    }

    /// One row of cells, keyed by zero-based column.
    public struct Row: Sendable {
        /// Zero-based row index.
        public var index: Int
        /// Cells by zero-based column.
        public var cells: [Int: CellData]
    }

    /// The sheet's name.
    public var name: String
    /// Visible or hidden.
    public var state: State = .visible
    /// All cells present in the file.
    public var cells: [CellReference: CellData] = [:]
    /// Merged ranges.
    public var merges: [CellRange] = []
    /// Column widths by zero-based column, as stored in `<col>`: Excel (and libxlsxwriter) add cell
    /// padding, so a width set to 20 reads back as 20.7109375.
    public var columnWidths: [Int: Double] = [:]
    /// Hidden columns.
    public var hiddenColumns: Set<Int> = []
    /// Custom row heights by zero-based row.
    public var rowHeights: [Int: Double] = [:]
    /// Hidden rows.
    public var hiddenRows: Set<Int> = []
    /// Outline (group) levels of rows above 0, by zero-based row.
    public var rowOutlineLevels: [Int: Int] = [:]
    /// Rows marked as the collapsed end of a group.
    public var collapsedRows: Set<Int> = []
    /// Whether group buttons sit below each group (Excel's default) rather than above it.
    public var outlineSummaryBelow = true
    /// The top-left cell of the scrolling pane when panes are frozen.
    public var frozen: CellReference?
    /// On-screen zoom in percent, when set.
    public var zoom: Int?
    /// Paper, orientation and scaling.
    public var pageSetup = ReadPageSetup()
    /// Margins in inches, when stored.
    public var margins: ReadMargins?
    /// The odd-page header codes as stored, e.g. "&CTrang &P/&N".
    public var header: String?
    /// The odd-page footer codes as stored.
    public var footer: String?
    /// Whether the first printed page has its own header and footer (`headerFooter differentFirst`).
    public var differentFirstPage = false
    /// The first page's header codes as stored, when it has its own.
    public var firstHeader: String?
    /// The first page's footer codes as stored, when it has its own.
    public var firstFooter: String?
    /// Rows repeated on each printed page, from the _xlnm.Print_Titles name.
    public var printTitleRows: ClosedRange<Int>?
    /// The printed range, from the _xlnm.Print_Area name.
    public var printArea: CellRange?
    /// Manual page breaks: the zero-based rows that start a new printed page.
    public var rowBreaks: [Int] = []
    /// Data validations, in file order.
    public var dataValidations: [ReadDataValidation] = []
    /// Conditional-format rules, in file order.
    public var conditionalFormats: [ReadConditionalFormat] = []
    /// Sheet protection, when the sheet has any.
    public var protection: ReadProtection?
    /// Charts drawn on the sheet, in drawing order.
    public var charts: [ReadChart] = []

    /// A sheet with no content yet.
    public init(name: String) {
        self.name = name
    }

    /// The cell at "B3", if present.
    public subscript(a1: String) -> CellData? {
        CellReference(a1: a1).flatMap { cells[$0] }
    }

    /// The displayed text of the cell at "B3" (empty when the cell is absent).
    public func text(at a1: String) -> String {
        self[a1]?.displayText ?? ""
    }

    /// The displayed text of the cell at a zero-based position (empty when the cell is absent).
    public func text(at cell: CellReference) -> String {
        cells[cell]?.displayText ?? ""
    }

    /// The rows that have cells, in order.
    public var rows: [Row] {
        Dictionary(grouping: cells, by: \.key.row)
            .map { row, entries in
                Row(index: row, cells: Dictionary(uniqueKeysWithValues: entries.map { ($0.key.column, $0.value) }))
            }
            .sorted { $0.index < $1.index }
    }
}
