import CXlsxWriter

extension Worksheet {
    /// Sets the width (in characters of the default font, 0...255) of a run of columns, with an optional
    /// style for their empty cells. A run may be set again, but may not partly overlap another run.
    public func setColumnWidth(_ columns: ClosedRange<Int>, width: Double, style: CellStyle? = nil,
                               hidden: Bool = false) throws {
        let workbook = try openWorkbook()
        try checkColumn(columns.lowerBound)
        try checkColumn(columns.upperBound)
        guard width.isFinite, (0...255).contains(width) else {
            throw XLSXError.invalidValue(sheet: name, what: "column width \(width)", reason: "must be 0...255")
        }
        // libxlsxwriter would write overlapping <col> elements, which Excel repairs.
        if let other = columnRanges.first(where: { $0 != columns && $0.overlaps(columns) }) {
            throw XLSXError.invalidValue(
                sheet: name, what: "columns \(Self.columnSpan(columns))",
                reason: "partly overlap columns \(Self.columnSpan(other)) set earlier; set each run once")
        }
        let format = try workbook.format(for: style)
        var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: 0, collapsed: 0)
        try lxwCall("worksheet_set_column_opt") {
            worksheet_set_column_opt(handle, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound),
                                     width, format, &options)
        }
        if !columnRanges.contains(columns) { columnRanges.append(columns) }
    }

    /// Sets a row's height in points (0...409; 0 hides it), with an optional style for its empty cells, and
    /// its outline level (0...7): consecutive rows of a higher level form a group Excel can collapse.
    public func setRowHeight(
        _ row: Int, height: Double, style: CellStyle? = nil, hidden: Bool = false, outlineLevel: Int = 0,
        collapsed: Bool = false
    ) throws {
        let workbook = try openWorkbook()
        try checkRow(row)
        guard height.isFinite, (0...409).contains(height) else {
            throw XLSXError.invalidValue(sheet: name, what: "row height \(height)", reason: "must be 0...409 points")
        }
        // libxlsxwriter clamps a higher level to 7 without a word; a wrong tree would follow silently.
        guard (0...7).contains(outlineLevel) else {
            throw XLSXError.invalidValue(sheet: name, what: "outline level \(outlineLevel) of row \(row + 1)", reason: "must be 0...7")
        }
        let format = try workbook.format(for: style)
        try claimRows(row...row, in: workbook)
        var options = lxw_row_col_options(
            hidden: hidden ? 1 : 0, level: UInt8(outlineLevel), collapsed: collapsed ? 1 : 0)
        try lxwCall("worksheet_set_row_opt") {
            worksheet_set_row_opt(handle, lxw_row_t(row), height, format, &options)
        }
    }

    /// Where the outline's +/- buttons go: `summaryAbove` puts them on the row above each group (a tree whose
    /// parent rows come first), rather than Excel's default of the row below.
    public func outlineSettings(summaryAbove: Bool, visible: Bool = true) throws {
        _ = try openWorkbook()
        worksheet_outline_settings(handle, visible ? 1 : 0, summaryAbove ? 0 : 1, 1, 0)
    }

    /// Freezes the rows above `row` and the columns left of `column`; (1, 0) freezes the top row.
    public func freezePanes(row: Int, column: Int) throws {
        _ = try openWorkbook()
        try checkInside(CellReference(row: row, column: column))
        // libxlsxwriter would write a frozen pane of size zero.
        guard row > 0 || column > 0 else {
            throw XLSXError.invalidValue(sheet: name, what: "frozen panes at A1", reason: "nothing to freeze")
        }
        NumericLocale.withC { worksheet_freeze_panes(handle, lxw_row_t(row), lxw_col_t(column)) }
    }

    /// Sets the on-screen zoom in percent (10...400).
    public func setZoom(_ percent: Int) throws {
        _ = try openWorkbook()
        guard (10...400).contains(percent) else {
            throw XLSXError.invalidValue(sheet: name, what: "zoom \(percent)%", reason: "must be 10...400")
        }
        worksheet_set_zoom(handle, UInt16(percent))
    }

    /// Hides the cell gridlines on screen (printing is set in `PageSetup.printGridlines`).
    public func hideGridlines() throws {
        _ = try openWorkbook()
        screenGridlines = false
        applyGridlines()
    }

    /// Makes this the sheet shown when the file opens (and shows it if hidden).
    public func activate() throws {
        let workbook = try openWorkbook()
        if let previous = workbook.worksheets.first(where: { $0.index == workbook.activeSheetIndex }),
           previous !== self {
            // worksheet_activate selects without deselecting, which would group the two tabs.
            previous.handle.pointee.selected = 0
        }
        worksheet_activate(handle)
        workbook.activeSheetIndex = index
        isHidden = false
    }

    /// Hides the sheet tab; refuses to hide the last visible sheet, and moves the active sheet if needed.
    public func hide() throws {
        let workbook = try openWorkbook()
        guard !isHidden else { return }
        guard let other = workbook.worksheets.first(where: { $0 !== self && !$0.isHidden }) else {
            throw XLSXError.invalidValue(sheet: name, what: "hide", reason: "a workbook needs at least one visible sheet")
        }
        // Otherwise libxlsxwriter un-hides the first sheet at close when the active one is hidden.
        if workbook.activeSheetIndex == index { try other.activate() }
        worksheet_hide(handle)
        isHidden = true
    }

    /// worksheet_gridlines cannot clear one flag alone, so both are reset and set together.
    func applyGridlines() {
        worksheet_gridlines(handle, UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue))
        let option: lxw_gridlines
        switch (screenGridlines, printGridlines) {
        case (true, true): option = LXW_SHOW_ALL_GRIDLINES
        case (true, false): option = LXW_SHOW_SCREEN_GRIDLINES
        case (false, true): option = LXW_SHOW_PRINT_GRIDLINES
        case (false, false): return
        }
        worksheet_gridlines(handle, UInt8(option.rawValue))
    }

    static func columnSpan(_ columns: ClosedRange<Int>) -> String {
        CellReference.columnLetters(columns.lowerBound) + ":" + CellReference.columnLetters(columns.upperBound)
    }
}
