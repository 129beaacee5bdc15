/// The print settings of a sheet as stored (pageSetup, sheetPr/pageSetUpPr, printOptions).
public struct ReadPageSetup: Sendable, Equatable {
    /// Excel paper code (9 = A4, 1 = Letter), nil when not set.
    public var paperSize: Int?
    /// "portrait" or "landscape", nil when not set.
    public var orientation: String?
    /// Pages wide when fitting (absent means 1).
    public var fitToWidth: Int?
    /// Pages tall when fitting (0 = as many as needed; absent means 1).
    public var fitToHeight: Int?
    /// Whether fit-to-pages is on.
    public var fitToPage = false
    /// Print scale in percent.
    public var scale: Int?
    /// Centred horizontally on the page.
    public var centerHorizontally = false
    /// Centred vertically on the page.
    public var centerVertically = false
    /// Gridlines printed.
    public var printGridlines = false
    /// The first page's number when the sheet sets one (useFirstPageNumber).
    public var firstPageNumber: Int?
}

/// Page margins in inches, as stored.
public struct ReadMargins: Sendable, Equatable {
    /// Left margin.
    public var left: Double
    /// Right margin.
    public var right: Double
    /// Top margin.
    public var top: Double
    /// Bottom margin.
    public var bottom: Double
    /// Header distance from the top edge.
    public var header: Double
    /// Footer distance from the bottom edge.
    public var footer: Double
}
