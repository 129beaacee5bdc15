/// A whole workbook as read by `XLSXReader.read(url:)`.
public struct XLSXDocument: Sendable {
    /// A defined name from workbook.xml.
    public struct DefinedName: Sendable, Equatable {
        /// The name, e.g. "Rate" or "_xlnm.Print_Titles".
        public var name: String
        /// The formula it stands for, without "=".
        public var formula: String
        /// Zero-based index of the sheet it is local to; nil for a workbook-wide name.
        public var localSheetIndex: Int?
        /// Hidden from Excel's name manager.
        public var hidden: Bool
    }

    /// The sheets, in tab order.
    public var sheets: [SheetContent]
    /// All defined names, including Excel's built-in ones.
    public var definedNames: [DefinedName]
    /// Document properties: core.xml fields under their qualified names ("dc:title", "dc:creator",
    /// "cp:keywords", "dcterms:created"…) and app.xml fields under their element names ("Company", "Manager"…).
    public var properties: [String: String]

    /// The sheet with this name (exact match first, then ignoring case).
    public func sheet(named name: String) -> SheetContent? {
        sheets.first { $0.name == name }
            ?? sheets.first { $0.name.lowercased() == name.lowercased() }
    }
}
