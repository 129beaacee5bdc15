import Foundation
import Testing
@testable import XLSX

@Suite("Page setup, print titles, headers and footers")
struct PrintingTests {
    @Test func pageSetupRoundTrip() throws {
        let setup = PageSetup(
            paper: .a4, orientation: .landscape,
            margins: .init(left: 30, right: 15, top: 20, bottom: 20, header: 10, footer: 8),
            fitToWidth: 1, fitToHeight: 0, centerHorizontally: true, printGridlines: true,
            header: HeaderFooter(left: [.text("SỞ GD&ĐT")], right: [.date]),
            footer: .pageOfPages())
        let sheet = try roundTripSheet { sheet in
            try sheet.pageSetup(setup)
            try sheet.write(row: 0, column: 0, text: "x")
        }
        #expect(sheet.pageSetup.paperSize == 9)
        #expect(sheet.pageSetup.orientation == "landscape")
        #expect(sheet.pageSetup.fitToPage)
        #expect((sheet.pageSetup.fitToWidth ?? 1) == 1)
        #expect(sheet.pageSetup.fitToHeight == 0)
        #expect(sheet.pageSetup.centerHorizontally)
        #expect(sheet.pageSetup.printGridlines)
        let margins = try #require(sheet.margins)
        #expect(abs(margins.left - 30 / 25.4) < 1e-9)
        #expect(abs(margins.right - 15 / 25.4) < 1e-9)
        #expect(abs(margins.top - 20 / 25.4) < 1e-9)
        #expect(abs(margins.header - 10 / 25.4) < 1e-9)
        #expect(abs(margins.footer - 8 / 25.4) < 1e-9)
        #expect(sheet.header == "&LSỞ GD&&ĐT&R&D")
        #expect(sheet.footer == "&CTrang &P/&N")
    }

    @Test func defaultsArePortraitA4WithExcelMargins() throws {
        let sheet = try roundTripSheet { try $0.pageSetup(PageSetup(scale: 90)) }
        #expect(sheet.pageSetup.paperSize == 9)
        #expect(sheet.pageSetup.orientation == "portrait")
        #expect(sheet.pageSetup.scale == 90)
        #expect(!sheet.pageSetup.fitToPage)
        #expect(abs((sheet.margins?.left ?? 0) - 0.7) < 1e-9)
        #expect(abs((sheet.margins?.bottom ?? 0) - 0.75) < 1e-9)
        #expect(sheet.header == nil)
    }

    @Test func printTitlesAndPrintArea() throws {
        let document = try roundTrip { workbook, sheet in
            try sheet.repeatRows(3...4)
            try sheet.printArea(try #require(CellRange(a1: "A1:G40")))
            let other = try workbook.addWorksheet(named: "Tổng hợp 'Q1' năm")
            try other.repeatRows(0...0)
        }
        #expect(document.sheets[0].printTitleRows == 3...4)
        #expect(document.sheets[0].printArea == CellRange(a1: "A1:G40"))
        #expect(document.sheets[1].printTitleRows == 0...0)
        #expect(document.sheets[1].printArea == nil)
    }

    @Test func headerFooterRendering() throws {
        #expect(try HeaderFooter.pageOfPages().rendered() == "&CTrang &P/&N")
        #expect(try HeaderFooter.pageOfPages(prefix: "Page ", separator: " of ").rendered() == "&CPage &P of &N")
        let styled = HeaderFooter(
            left: .init([.sheetName], fontName: "Times New Roman", fontSize: 12, bold: true),
            center: .init([.text("2024")], fontSize: 10),
            right: [.fileName, .text(" & "), .pageCount])
        #expect(try styled.rendered() == "&L&12&\"Times New Roman,Bold\"&A&C&10&\"-,Regular\"2024&R&F && &N")
        #expect(try HeaderFooter().rendered() == "")
    }

    @Test("headers libxlsxwriter 1.1.4 would double-free are refused", arguments: [
        "R&G", "R&&G", "Báo cáo &[Picture]", "A&Good",
    ])
    func pictureCodesAreRefused(text: String) throws {
        let header = HeaderFooter(center: [.text(text)])
        #expect(throws: XLSXError.self) { try header.rendered() }
        let split = HeaderFooter(center: [.text("x&"), .text("G")])
        #expect(throws: XLSXError.self) { try split.rendered() }

        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        #expect(throws: XLSXError.self) { try sheet.pageSetup(PageSetup(header: header)) }
        #expect(throws: XLSXError.self) { try sheet.pageSetup(PageSetup(footer: header)) }
        // Nothing was applied, so a valid setup still goes through and the file closes cleanly.
        try sheet.pageSetup(PageSetup(header: HeaderFooter(center: [.text("R & D")])))
        try workbook.close()
        let read = try XLSXReader.read(url: directory.fileURL("x.xlsx"))
        #expect(read.sheets[0].header == "&CR && D")
    }

    @Test func headerLengthLimit() throws {
        let fits = HeaderFooter(center: [.text(String(repeating: "ạ", count: 253))])
        #expect(try fits.rendered().unicodeScalars.count == 255)
        let tooLong = HeaderFooter(center: [.text(String(repeating: "ạ", count: 254))])
        #expect(throws: XLSXError.invalidHeaderFooter(sheet: nil, reason: "256 characters including codes, limit is 255")) {
            try tooLong.rendered()
        }
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        #expect(throws: XLSXError.invalidHeaderFooter(sheet: "Data", reason: "256 characters including codes, limit is 255")) {
            try sheet.pageSetup(PageSetup(footer: tooLong))
        }
        try workbook.close()
    }

    @Test func invalidPageSetupsAreRefused() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        let bad = [
            PageSetup(margins: .init(left: -1)), PageSetup(margins: .init(top: .nan)),
            PageSetup(fitToWidth: -1), PageSetup(fitToHeight: 40_000), PageSetup(scale: 5),
            PageSetup(fitToWidth: 1, scale: 80),
            PageSetup(header: HeaderFooter(left: .init([.text("x")], fontName: "A,B"))),
            PageSetup(header: HeaderFooter(left: .init([.text("x")], fontSize: 0))),
        ]
        for setup in bad {
            #expect(throws: XLSXError.self) { try sheet.pageSetup(setup) }
        }
        try sheet.pageSetup(PageSetup())
        #expect(throws: XLSXError.self) { try sheet.pageSetup(PageSetup()) }
        try workbook.close()
    }

    @Test func horizontalPageBreaks() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("x.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "Data")
        #expect(throws: XLSXError.self) { try sheet.horizontalPageBreaks([0, 20]) }
        #expect(throws: XLSXError.self) { try sheet.horizontalPageBreaks(Array(1...1024)) }
        try sheet.horizontalPageBreaks([40, 20, 20])
        #expect(throws: XLSXError.self) { try sheet.horizontalPageBreaks([60]) }
        try workbook.close()
        let xml = try rawPart(path, "xl/worksheets/sheet1.xml")
        #expect(xml.contains("<rowBreaks count=\"2\" manualBreakCount=\"2\"><brk id=\"20\""))
    }

    /// Decree 30's page numbers: none on the first page, the number at the top centre of the others. libxlsxwriter
    /// cannot write a first page of its own; the workbook adds it to the sheet's XML before the file appears.
    @Test func aFirstPageWithoutTheOthersHeader() throws {
        let document = try roundTrip { workbook, sheet in
            var setup = PageSetup(header: HeaderFooter(center: HeaderFooter.Section([.pageNumber], fontName: "Times New Roman", fontSize: 13)))
            setup.differentFirstPage = true
            try sheet.pageSetup(setup)
            try sheet.write(row: 0, column: 0, text: "Trang một")
            try sheet.horizontalPageBreaks([40])
            let other = try workbook.addWorksheet(named: "Khác")
            var second = PageSetup(footer: .pageOfPages())
            second.differentFirstPage = true
            second.firstFooter = HeaderFooter(right: [.text("A&B <1>")])
            try other.pageSetup(second)
            let plain = try workbook.addWorksheet(named: "Thường")
            try plain.pageSetup(PageSetup(footer: .pageOfPages()))
        }
        let sheet = document.sheets[0]
        #expect(sheet.differentFirstPage)
        #expect(sheet.header == #"&C&13&"Times New Roman,Regular"&P"#)
        #expect(sheet.firstHeader == nil && sheet.firstFooter == nil && sheet.footer == nil)
        #expect(sheet.cells[CellReference(row: 0, column: 0)]?.value == .text("Trang một"))
        #expect(sheet.rowBreaks == [40])
        #expect(document.sheets[1].differentFirstPage && document.sheets[1].footer == "&CTrang &P/&N")
        #expect(document.sheets[1].firstFooter == "&RA&&B <1>")
        #expect(!document.sheets[2].differentFirstPage && document.sheets[2].footer == "&CTrang &P/&N")
        #expect(document.sheets.map(\.name) == ["Data", "Khác", "Thường"])
    }

    @Test func aDifferentFirstPageNeedsTheOthersHeaderOrFooter() throws {
        #expect(throws: XLSXError.self) {
            _ = try roundTripSheet { sheet in
                var setup = PageSetup()
                setup.differentFirstPage = true
                try sheet.pageSetup(setup)
            }
        }
    }
}
