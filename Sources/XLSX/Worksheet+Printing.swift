import CXlsxWriter

extension Worksheet {
    /// Applies paper, orientation, margins, scaling, centring, gridlines, header and footer; once per sheet,
    /// because libxlsxwriter cannot undo some of these settings.
    public func pageSetup(_ setup: PageSetup) throws {
        _ = try openWorkbook()
        guard !hasPageSetup else {
            throw XLSXError.invalidValue(sheet: name, what: "page setup", reason: "already applied; build one PageSetup")
        }
        try setup.validate(sheet: name)
        let header = try renderedHeaderFooter(setup.header)
        let footer = try renderedHeaderFooter(setup.footer)

        worksheet_set_paper(handle, UInt8(setup.paper.rawValue))
        switch setup.orientation {
        case .portrait: worksheet_set_portrait(handle)
        case .landscape: worksheet_set_landscape(handle)
        }
        let margins = setup.margins
        worksheet_set_margins(handle, PageSetup.Margins.inches(margins.left), PageSetup.Margins.inches(margins.right),
                              PageSetup.Margins.inches(margins.top), PageSetup.Margins.inches(margins.bottom))
        // The only other setter for these is the header/footer option struct, which needs a header.
        handle.pointee.margin_header = PageSetup.Margins.inches(margins.header)
        handle.pointee.margin_footer = PageSetup.Margins.inches(margins.footer)
        if setup.fits {
            worksheet_fit_to_pages(handle, UInt16(setup.fitToWidth ?? 0), UInt16(setup.fitToHeight ?? 0))
        }
        if let scale = setup.scale { worksheet_set_print_scale(handle, UInt16(scale)) }
        if let first = setup.firstPageNumber { worksheet_set_start_page(handle, UInt16(first)) }
        if setup.centerHorizontally { worksheet_center_horizontally(handle) }
        if setup.centerVertically { worksheet_center_vertically(handle) }
        printGridlines = setup.printGridlines
        applyGridlines()
        if let header { try lxwCall("worksheet_set_header") { worksheet_set_header(handle, header) } }
        if let footer { try lxwCall("worksheet_set_footer") { worksheet_set_footer(handle, footer) } }
        if setup.differentFirstPage {
            guard header != nil || footer != nil else {
                throw XLSXError.invalidValue(sheet: name, what: "different first page",
                                             reason: "needs a header or footer for the other pages")
            }
            firstPage = FirstPageHeaderFooter(
                header: try renderedHeaderFooter(setup.firstHeader), footer: try renderedHeaderFooter(setup.firstFooter))
        }
        hasPageSetup = true
    }

    /// Repeats these rows at the top of every printed page (print titles).
    public func repeatRows(_ rows: ClosedRange<Int>) throws {
        _ = try openWorkbook()
        try checkRow(rows.lowerBound)
        try checkRow(rows.upperBound)
        try lxwCall("worksheet_repeat_rows") {
            worksheet_repeat_rows(handle, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound))
        }
    }

    /// Prints only this range.
    public func printArea(_ range: CellRange) throws {
        _ = try openWorkbook()
        try checkInside(range.first)
        try checkInside(range.last)
        try lxwCall("worksheet_print_area") {
            worksheet_print_area(handle, lxw_row_t(range.first.row), lxw_col_t(range.first.column),
                                 lxw_row_t(range.last.row), lxw_col_t(range.last.column))
        }
    }

    /// Starts a new printed page above each of these rows (1...1_048_575, at most 1023); once per sheet.
    public func horizontalPageBreaks(_ rows: [Int]) throws {
        _ = try openWorkbook()
        guard !hasPageBreaks else {
            // A second call would leak the first array in 1.1.4.
            throw XLSXError.invalidValue(sheet: name, what: "page breaks", reason: "already set; pass all rows at once")
        }
        let breaks = Array(Set(rows)).sorted()
        // The C array is 0-terminated, so row 0 cannot be a break; beyond 1023 it truncates silently.
        if let bad = breaks.first(where: { !(1..<Limits.rows).contains($0) }) {
            throw XLSXError.invalidValue(sheet: name, what: "page break at row \(bad)", reason: "must be 1...\(Limits.rows - 1)")
        }
        guard breaks.count <= 1023 else {
            throw XLSXError.invalidValue(sheet: name, what: "\(breaks.count) page breaks", reason: "Excel allows 1023")
        }
        guard !breaks.isEmpty else { return }
        var terminated = breaks.map { lxw_row_t($0) } + [0]
        try lxwCall("worksheet_set_h_pagebreaks") { worksheet_set_h_pagebreaks(handle, &terminated) }
        hasPageBreaks = true
    }

    private func renderedHeaderFooter(_ headerFooter: HeaderFooter?) throws -> String? {
        guard let headerFooter else { return nil }
        do {
            return try headerFooter.rendered()
        } catch XLSXError.invalidHeaderFooter(_, let reason) {
            throw XLSXError.invalidHeaderFooter(sheet: name, reason: reason)
        }
    }
}
