/// What a workbook holds before any sheet is read: the sheets in tab order and the defined names.
public struct XLSXOutline: Sendable {
    /// One sheet's tab.
    public struct Sheet: Sendable, Equatable {
        /// The tab's name.
        public var name: String
        /// Visible or hidden.
        public var state: SheetContent.State
    }

    /// The sheets, in tab order.
    public var sheets: [Sheet]
    /// All defined names, including Excel's built-in ones.
    public var definedNames: [XLSXDocument.DefinedName]
}
