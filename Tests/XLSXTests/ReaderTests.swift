import Foundation
import Testing
@testable import XLSX

@Suite("Reading .xlsx files")
struct ReaderTests {
    @Test func rejectsAFileThatIsNotAZip() throws {
        let directory = try TemporaryDirectory()
        let url = directory.fileURL("renamed.xlsx")
        try Data("%PDF-1.4\n%âãÏÓ\n1 0 obj\n".utf8).write(to: url)
        #expect(throws: XLSXReadError.notAZip(path: url.path)) { try XLSXReader.read(url: url) }
        try Data().write(to: url)
        #expect(throws: XLSXReadError.notAZip(path: url.path)) { try XLSXReader.read(url: url) }
        let missing = directory.fileURL("missing.xlsx")
        #expect(throws: XLSXReadError.cannotOpen(path: missing.path, reason: "no such file")) {
            try XLSXReader.read(url: missing)
        }
    }

    @Test func rejectsATruncatedFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("full.xlsx")
        let workbook = try Workbook(path: path)
        try workbook.addWorksheet(named: "Data").write(row: 0, column: 0, text: "x")
        try workbook.close()
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let truncated = directory.fileURL("truncated.xlsx")
        try data.prefix(data.count / 2).write(to: truncated)
        let error = #expect(throws: XLSXReadError.self) { try XLSXReader.read(url: truncated) }
        guard case .damagedZip(truncated.path, _)? = error else {
            Issue.record("expected damagedZip, got \(String(describing: error))")
            return
        }
        #expect(error?.description.contains("truncated") == true)
    }

    @Test func rejectsAZipThatIsNotAWorkbook() throws {
        let directory = try TemporaryDirectory()
        let url = directory.fileURL("other.xlsx")
        var zip = ZipBuilder()
        zip.add("readme.txt", "hello")
        try zip.build().write(to: url)
        #expect(throws: XLSXReadError.notAnXLSX(path: url.path, reason: "no [Content_Types].xml")) {
            try XLSXReader.read(url: url)
        }
    }

    @Test("malformed XML is reported with its part", arguments: [
        "<worksheet><sheetData><row r=\"1\"></sheetData>", "<worksheet><sheetData>", "", "not xml",
        "<worksheet a='1' a='2'/>",
    ])
    func reportsMalformedXMLWithItsPart(xml: String) throws {
        let directory = try TemporaryDirectory()
        let url = directory.fileURL("bad.xlsx")
        try ZipBuilder.workbook(sheetXML: xml).build().write(to: url)
        let error = #expect(throws: XLSXReadError.self) { try XLSXReader.read(url: url) }
        guard case .malformedXML(part: "xl/worksheets/sheet1.xml", _, _)? = error else {
            Issue.record("expected malformedXML, got \(String(describing: error))")
            return
        }
    }

    @Test func refusesPartsOverTheSizeLimit() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("x.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "Data")
        for row in 0..<200 { try sheet.write(row: row, column: 0, number: Double(row)) }
        try workbook.close()
        #expect(throws: XLSXReadError.partTooLarge(part: "xl/worksheets/sheet1.xml", limit: 4_096)) {
            try XLSXReader.read(url: URL(fileURLWithPath: path), maxPartSize: 4_096)
        }
        // A zip whose headers understate the size is stopped while decompressing.
        let url = directory.fileURL("bomb.xlsx")
        var zip = ZipBuilder.workbook(sheetXML: "<worksheet/>")
        zip.entries[4] = .init(name: "xl/worksheets/sheet1.xml",
                               data: Data(("<worksheet>" + String(repeating: " ", count: 100_000) + "</worksheet>").utf8),
                               declaredSize: 100, deflate: true)
        try zip.build().write(to: url)
        #expect(throws: XLSXReadError.partTooLarge(part: "xl/worksheets/sheet1.xml", limit: 4_096)) {
            try XLSXReader.read(url: url, maxPartSize: 4_096)
        }
    }

    @Test func readsRichTextSharedStringsBooleansAndErrors() throws {
        let sheetXML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>\
            <x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2" t="s"><x:v>1</x:v></x:c>\
            <x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c>\
            <x:c t="inlineStr"><x:is><x:t xml:space="preserve"> Lào Cai </x:t></x:is></x:c>\
            <x:c><x:f>1/0</x:f><x:v>3.5E+2</x:v></x:c></x:row>\
            <x:row><x:c t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab_x000D_</x:v></x:c></x:row>\
            </x:sheetData></x:worksheet>
            """
        let sharedStrings = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">\
            <si><r><rPr><b/></rPr><t>Nguyễn </t></r><r><t xml:space="preserve">Thị Ánh Tuyết</t></r>\
            <rPh sb="0" eb="1"><t>ignored</t></rPh></si>\
            <si><t>dòng 1_x000A_dòng 2 &amp; &lt;3</t></si></sst>
            """
        let directory = try TemporaryDirectory()
        let url = directory.fileURL("hand.xlsx")
        try ZipBuilder.workbook(sheetXML: sheetXML, sharedStrings: sharedStrings).build().write(to: url)
        let sheet = try #require(try XLSXReader.read(url: url).sheet(named: "Hand"))
        #expect(sheet["A2"]?.value == .text("Nguyễn Thị Ánh Tuyết"))
        #expect(sheet["B2"]?.value == .text("dòng 1\ndòng 2 & <3"))
        #expect(sheet["C2"]?.value == .bool(true))
        #expect(sheet["D2"]?.value == .error("#DIV/0!"))
        #expect(sheet["E2"]?.value == .text(" Lào Cai "))
        #expect(sheet["F2"] == CellData(value: .number(350), formula: "1/0"))
        #expect(sheet.text(at: "F2") == "350")
        #expect(sheet["A3"] == CellData(value: .text("ab\r"), formula: "\"a\"&\"b\""))
        #expect(sheet.rows.map(\.index) == [1, 2])
    }

    @Test func streamsRowsInOrder() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("rows.xlsx")
        let workbook = try Workbook(path: path, options: .init(constantMemory: true))
        _ = try workbook.addWorksheet(named: "First")
        let sheet = try workbook.addWorksheet(named: "Người")
        for index in 0..<500 {
            try sheet.appendRow([Cell(.text("Đại biểu \(index)")), Cell(.integer(Int64(index)))])
        }
        try workbook.close()

        var seen: [Int] = []
        var last: [Int: CellData] = [:]
        try XLSXReader.forEachRow(url: URL(fileURLWithPath: path), sheet: "người") { row, cells in
            seen.append(row)
            last = cells
        }
        #expect(seen == Array(0..<500))
        #expect(last[0]?.value == .text("Đại biểu 499"))
        #expect(last[1]?.value == .number(499))

        var firstSheetRows = 0
        try XLSXReader.forEachRow(url: URL(fileURLWithPath: path)) { _, _ in firstSheetRows += 1 }
        #expect(firstSheetRows == 0)
        #expect(throws: XLSXReadError.sheetNotFound(name: "Nope")) {
            try XLSXReader.forEachRow(url: URL(fileURLWithPath: path), sheet: "Nope") { _, _ in }
        }
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try XLSXReader.forEachRow(url: URL(fileURLWithPath: path), sheet: "Người") { row, _ in
                if row == 3 { throw Stop() }
            }
        }
    }

    @Test func resolvesBuiltInNumberFormats() throws {
        let sheet = try roundTripSheet { sheet in
            try sheet.write(row: 0, column: 0, number: 1, style: CellStyle(numberFormat: "0.00"))
            try sheet.write(row: 0, column: 1, number: 1, style: CellStyle(numberFormat: "#,##0 \"đ\""))
            try sheet.write(row: 0, column: 2, number: 1, style: CellStyle(bold: true))
        }
        #expect(sheet["A1"]?.style?.numberFormat == "0.00")
        #expect(sheet["B1"]?.style?.numberFormat == "#,##0 \"đ\"")
        #expect(sheet["C1"]?.style?.numberFormat == "General")
        #expect(sheet["C1"]?.style?.numberFormatID == 0)
    }
}
