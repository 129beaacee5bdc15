/// How a sheet prints: paper, orientation, margins, scaling, header and footer.
public struct PageSetup: Hashable, Sendable {
    /// Paper size, as Excel's paper codes.
    public enum Paper: Int, Hashable, Sendable {
        case printerDefault = 0, letter = 1, legal = 5, a3 = 8, a4 = 9, a5 = 11
    }

    /// Page orientation.
    public enum Orientation: Hashable, Sendable {
        case portrait, landscape
    }

    /// Page margins in millimetres (converted to Excel's inches when written).
    public struct Margins: Hashable, Sendable {
        /// Left margin, mm.
        public var left: Double
        /// Right margin, mm.
        public var right: Double
        /// Top margin, mm.
        public var top: Double
        /// Bottom margin, mm.
        public var bottom: Double
        /// Distance from the top edge to the header, mm.
        public var header: Double
        /// Distance from the bottom edge to the footer, mm.
        public var footer: Double

        /// Margins in millimetres; the defaults are Excel's (0.7", 0.7", 0.75", 0.75", 0.3", 0.3").
        public init(left: Double = 17.78, right: Double = 17.78, top: Double = 19.05, bottom: Double = 19.05,
                    header: Double = 7.62, footer: Double = 7.62) {
            self.left = left
            self.right = right
            self.top = top
            self.bottom = bottom
            self.header = header
            self.footer = footer
        }

        func validate(sheet: String) throws {
            let all = [("left", left), ("right", right), ("top", top), ("bottom", bottom),
                       ("header", header), ("footer", footer)]
            for (edge, value) in all where !(value.isFinite && (0..<500).contains(value)) {
                throw XLSXError.invalidValue(sheet: sheet, what: "\(edge) margin \(value) mm",
                                             reason: "must be 0...500 mm")
            }
        }

        static func inches(_ millimetres: Double) -> Double { millimetres / 25.4 }
    }

    /// Paper size; A4 by default.
    public var paper: Paper
    /// Orientation; portrait by default.
    public var orientation: Orientation
    /// Margins in millimetres.
    public var margins: Margins
    /// Fit the printout to this many pages wide (0 = as many as needed).
    public var fitToWidth: Int?
    /// Fit the printout to this many pages tall (0 = as many as needed).
    public var fitToHeight: Int?
    /// Print scale in percent (10...400); cannot be combined with fitting.
    public var scale: Int?
    /// Centre the printout horizontally on the page.
    public var centerHorizontally: Bool
    /// Centre the printout vertically on the page.
    public var centerVertically: Bool
    /// Print the cell gridlines.
    public var printGridlines: Bool
    /// Page header.
    public var header: HeaderFooter?
    /// Page footer.
    public var footer: HeaderFooter?
    /// The number of the sheet's first printed page (1...65535), for a document continued over several
    /// sheets; nil lets the printer number from 1.
    public var firstPageNumber: Int?
    /// Whether the first printed page has a header and footer of its own (`firstHeader`, `firstFooter`), as
    /// Decree 30 numbers pages from the second: none on the first page, the number at the top centre of the others.
    /// libxlsxwriter 1.1.4 cannot write this (its later releases neither): the workbook adds it to the sheet's XML
    /// (`headerFooter differentFirst="1"`) after libxlsxwriter wrote the file, before the file is renamed into place.
    public var differentFirstPage = false
    /// The first page's header when `differentFirstPage`; nil leaves that page without one.
    public var firstHeader: HeaderFooter?
    /// The first page's footer when `differentFirstPage`; nil leaves that page without one.
    public var firstFooter: HeaderFooter?

    /// A page setup; every argument defaults to A4 portrait with Excel's margins.
    public init(paper: Paper = .a4, orientation: Orientation = .portrait, margins: Margins = Margins(),
                fitToWidth: Int? = nil, fitToHeight: Int? = nil, scale: Int? = nil,
                centerHorizontally: Bool = false, centerVertically: Bool = false, printGridlines: Bool = false,
                header: HeaderFooter? = nil, footer: HeaderFooter? = nil) {
        self.paper = paper
        self.orientation = orientation
        self.margins = margins
        self.fitToWidth = fitToWidth
        self.fitToHeight = fitToHeight
        self.scale = scale
        self.centerHorizontally = centerHorizontally
        self.centerVertically = centerVertically
        self.printGridlines = printGridlines
        self.header = header
        self.footer = footer
    }

    /// Whether fit-to-pages is requested.
    var fits: Bool { fitToWidth != nil || fitToHeight != nil }

    func validate(sheet: String) throws {
        try margins.validate(sheet: sheet)
        for (what, pages) in [("fitToWidth", fitToWidth), ("fitToHeight", fitToHeight)] {
            if let pages, !(0...32_767).contains(pages) {
                throw XLSXError.invalidValue(sheet: sheet, what: "\(what) \(pages)", reason: "must be 0...32767")
            }
        }
        if let firstPageNumber, !(1...65_535).contains(firstPageNumber) {
            throw XLSXError.invalidValue(sheet: sheet, what: "first page number \(firstPageNumber)", reason: "must be 1...65535")
        }
        if let scale {
            guard (10...400).contains(scale) else {
                throw XLSXError.invalidValue(sheet: sheet, what: "print scale \(scale)", reason: "must be 10...400")
            }
            guard !fits else {
                throw XLSXError.invalidValue(sheet: sheet, what: "print scale",
                                             reason: "Excel ignores the scale when fitting to pages; use one or the other")
            }
        }
    }
}
