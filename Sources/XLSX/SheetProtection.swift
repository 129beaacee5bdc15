import CXlsxWriter

/// What users may still do on a protected sheet; by default they may select cells and nothing more.
/// Cells meant for input stay editable when written with `CellStyle(locked: false)`.
public struct ProtectionOptions: Hashable, Sendable {
    /// Select cells that are locked.
    public var selectLockedCells: Bool
    /// Select cells that are unlocked (the input cells).
    public var selectUnlockedCells: Bool
    /// Change cell formats.
    public var formatCells: Bool
    /// Change column widths and hide columns.
    public var formatColumns: Bool
    /// Change row heights and hide rows.
    public var formatRows: Bool
    /// Insert rows.
    public var insertRows: Bool
    /// Delete rows.
    public var deleteRows: Bool
    /// Sort ranges (of unlocked cells only, as Excel allows).
    public var sort: Bool
    /// Use existing autofilters.
    public var autofilter: Bool

    /// Options; every argument defaults to Excel's own defaults for a protected sheet.
    public init(selectLockedCells: Bool = true, selectUnlockedCells: Bool = true, formatCells: Bool = false,
                formatColumns: Bool = false, formatRows: Bool = false, insertRows: Bool = false,
                deleteRows: Bool = false, sort: Bool = false, autofilter: Bool = false) {
        self.selectLockedCells = selectLockedCells
        self.selectUnlockedCells = selectUnlockedCells
        self.formatCells = formatCells
        self.formatColumns = formatColumns
        self.formatRows = formatRows
        self.insertRows = insertRows
        self.deleteRows = deleteRows
        self.sort = sort
        self.autofilter = autofilter
    }
}

extension Worksheet {
    /// Protects the sheet so only unlocked cells can be edited, allowing the chosen actions; a later
    /// call replaces the options.
    ///
    /// There is deliberately no password: the file format stores only a 16-bit legacy hash, which
    /// protects nothing, and libxlsxwriter 1.1.4 computes it wrongly for passwords of 24 or more
    /// characters (fixed in 1.1.6), so a password could lock users out for good. Protection here is
    /// a guard against accidental edits, not a security measure.
    public func protect(allowing options: ProtectionOptions = .init()) throws {
        _ = try openWorkbook()
        var c = lxw_protection()
        // The two selection fields are "no_" flags: set, they forbid.
        c.no_select_locked_cells = options.selectLockedCells ? 0 : 1
        c.no_select_unlocked_cells = options.selectUnlockedCells ? 0 : 1
        c.format_cells = options.formatCells ? 1 : 0
        c.format_columns = options.formatColumns ? 1 : 0
        c.format_rows = options.formatRows ? 1 : 0
        c.insert_rows = options.insertRows ? 1 : 0
        c.delete_rows = options.deleteRows ? 1 : 0
        c.sort = options.sort ? 1 : 0
        c.autofilter = options.autofilter ? 1 : 0
        // Returns void; libxlsxwriter copies the options and reports nothing.
        worksheet_protect(handle, nil, &c)
        isProtected = true
    }
}
