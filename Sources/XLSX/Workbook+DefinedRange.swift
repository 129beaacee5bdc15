extension Workbook {
    /// Defines a name for a range of a sheet, e.g. `defineName("Units", range: A1:A5, sheet: "Tổng hợp")`
    /// for `'Tổng hợp'!$A$1:$A$5`: the reference is absolute and the sheet name quoted as Excel needs.
    /// The name may be sheet-local ("Data!Units"), as in `defineName(_:formula:)`.
    public func defineName(_ name: String, range: CellRange, sheet: String) throws {
        _ = try openHandle()
        guard let target = worksheet(named: sheet) else {
            throw XLSXError.invalidDefinedName(name: name, reason: "there is no sheet '\(sheet)'")
        }
        guard range.first.isInsideSheet, range.last.isInsideSheet else {
            throw XLSXError.invalidDefinedName(name: name, reason: "range \(range.a1) lies outside the sheet")
        }
        try defineName(name, formula: "=" + SheetName.quoted(target.name) + "!" + range.absolute)
    }
}
