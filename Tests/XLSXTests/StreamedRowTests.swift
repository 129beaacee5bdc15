import Foundation
import Testing
@testable import XLSX

/// `XLSXReader.scanRows` and the byte-level parsers behind it: the same values as the `String`-based
/// parsers they replace, whatever the chunks, and shared strings handed out without copies.
@Suite("Streaming rows from bytes")
struct StreamedRowTests {
    @Test("numbers read from bytes equal Double(String)", arguments: [
        "1985", "-12.5", "0.1", "0", "-0", "00012", "3.14159265358979", "123456789012345", "1234567890123456",
        "0.0000000000000000000001", "45366.5", "1e5", "1E-3", "1.", ".5", "+3", "-", "", " 1", "1 ", "nan", "inf",
        "0x1p3", "1.2.3", "12a", "9007199254740993", "-999999999999999",
    ])
    func numbersMatchDouble(text: String) {
        let bytes = Array(text.utf8)
        let fast = bytes.withUnsafeBufferPointer { SheetBytes.double($0) }
        let slow = Double(text)
        #expect(fast?.bitPattern == slow?.bitPattern, "\(text): \(String(describing: fast)) vs \(String(describing: slow))")
    }

    @Test("integers read from bytes equal Int(String)", arguments: [
        "0", "7", "-1", "+3", "007", "123456789012345678", "1234567890123456789", "99999999999999999999", "-", "+",
        "", " 1", "1.0", "1e3",
    ])
    func integersMatchInt(text: String) {
        let fast = Array(text.utf8).withUnsafeBufferPointer { SheetBytes.plainInteger($0) }
        // plainInteger leaves what Int(_:) would reject to the caller; what it returns must agree.
        if let fast { #expect(fast == Int(text)) } else { #expect(Int(text) == nil || text.count > 18) }
    }

    @Test("references read from bytes equal CellReference(a1:)", arguments: [
        "A1", "B3", "$B$3", "b3", "XFD1048576", "XFE1", "A1048577", "A0", "AAAA1", "A", "1", "1A", "A-1", "A1.5",
        "$$A1", "A$$1", "Ä1", "A12345678", "ZZ99", "",
    ])
    func referencesMatchCellReference(text: String) throws {
        let fast = try Array(text.utf8).withUnsafeBufferPointer { try SheetBytes.reference($0, part: "p") }
        let slow = CellReference(a1: text)
        #expect(fast?.row == slow?.row && fast?.column == slow?.column, "\(text)")
    }

    /// Every cell kind, entities, CDATA, rich text, phonetic hints and "_xHHHH_" escapes, fed to the sheet
    /// scanner in chunks of every awkward size: the rows are those of one whole push.
    @Test func chunkBoundariesChangeNoCell() throws {
        let xml = Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="1" spans="1:4"><c r="A1" t="inlineStr"><is><t>Lò &amp; Vàng_x000D_</t></is></c><c r="B1" t="s"><v>1</v></c>\
            <c r="C1"><v>-12.5</v></c><c r="D1" t="str"><f>A1&amp;"x"</f><v>ok</v></c></row>
            <row><c t="inlineStr"><is><r><t>Hà </t></r><r><t xml:space="preserve">Nội</t></r><rPh><t>x</t></rPh></is></c>\
            <c><v><![CDATA[12]]></v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c/></row>
            </sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells></worksheet>
            """.utf8)
        func cells(chunk: Int) throws -> [String] {
            var seen: [String] = []
            var scanner = SheetRowScanner(part: "p", name: "s", sharedStrings: ["zero", "một"], styles: nil) { row in
                for cell in row.cells {
                    seen.append("\(row.index):\(cell.column)=\(cell.value) f=\(cell.formula ?? "-")")
                }
            }
            for start in stride(from: 0, to: xml.count, by: chunk) {
                try scanner.push(xml[start..<min(start + chunk, xml.count)])
            }
            try scanner.finish()
            #expect(scanner.sheet.merges == [CellRange(a1: "A1:B2")!])
            return seen
        }
        let whole = try cells(chunk: xml.count)
        #expect(whole == [
            "0:0=text(\"Lò & Vàng\\r\") f=-", "0:1=text(\"một\") f=-", "0:2=number(-12.5) f=-",
            "0:3=text(\"ok\") f=A1&\"x\"", "1:0=text(\"Hà Nội\") f=-", "1:1=number(12.0) f=-", "1:2=bool(true) f=-",
            "1:3=error(\"#N/A\") f=-", "1:4=empty f=-",
        ])
        for chunk in [1, 2, 3, 5, 13, 64] { #expect(try cells(chunk: chunk) == whole, "chunks of \(chunk)") }
    }

    /// The checksum is computed by the reader itself (zlib's), for stored and deflated parts alike.
    @Test("a part whose bytes do not match its checksum is refused", arguments: [false, true])
    func checksumMismatchIsRefused(deflate: Bool) throws {
        let directory = try TemporaryDirectory()
        let url = directory.fileURL("flipped.xlsx")
        var zip = ZipBuilder.workbook(sheetXML: """
            <worksheet><sheetData><row r="1"><c r="A1"><v>1985</v></c></row></sheetData></worksheet>
            """)
        for index in zip.entries.indices { zip.entries[index].deflate = deflate }
        var bytes = [UInt8](zip.build())
        let marker = Array("1985".utf8)
        let at = try #require((0...(bytes.count - marker.count)).first { Array(bytes[$0..<($0 + marker.count)]) == marker })
        bytes[at + 3] = UInt8(ascii: "6")
        try Data(bytes).write(to: url)
        let part = "xl/worksheets/sheet1.xml"
        #expect(throws: XLSXReadError.corruptPart(part: part, reason: "checksum mismatch")) {
            try XLSXReader.scanRows(url: url) { _ in }
        }
        #expect(throws: XLSXReadError.corruptPart(part: part, reason: "checksum mismatch")) {
            try XLSXReader.read(url: url)
        }
    }

    @Test func sharedStringCellsShareTheTablesString() throws {
        let directory = try TemporaryDirectory()
        let url = directory.fileURL("shared.xlsx")
        let name = "Nguyễn Thị Phương Thảo (Trường THCS Lê Lợi)"
        try ZipBuilder.workbook(sheetXML: """
            <worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>0</v></c></row>\
            </sheetData></worksheet>
            """, sharedStrings: "<sst><si><t>\(name)</t></si></sst>").build().write(to: url)
        var texts: [String] = []
        try XLSXReader.scanRows(url: url) { row in
            for cell in row.cells { if case .text(let text) = cell.value { texts.append(text) } }
        }
        #expect(texts == [name, name])
        func storage(_ text: String) -> UnsafeRawPointer? {
            var text = text
            return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
        }
        #expect(storage(texts[0]) == storage(texts[1]), "one String for both cells, not two copies")
    }

    @Test func cellsComeInFileOrderWithDateStylesFlagged() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("dates.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "Data")
        try sheet.write(row: 0, column: 2, date: ExcelDate(year: 2024, month: 3, day: 15))
        try sheet.write(row: 0, column: 0, number: 45_366)
        try workbook.close()
        var rows: [(Int, [StreamedCell], [ReadStyle?])] = []
        try XLSXReader.scanRows(url: URL(fileURLWithPath: path)) { row in
            rows.append((row.index, row.cells, row.cells.map { row.style(of: $0) }))
        }
        #expect(rows.count == 1)
        #expect(rows.first?.1.map(\.column) == [0, 2])
        #expect(rows.first?.1.map(\.value) == [.number(45_366), .number(45_366)])
        #expect(rows.first?.1.map(\.isDateFormatted) == [false, true])
        #expect(rows.first?.2.last??.numberFormat == "dd/mm/yyyy")
    }

    @Test("tags a workbook never holds are refused", arguments: [
        "<worksheet><c a=\"1\" a=\"2\"/></worksheet>", "<worksheet><c\"x=\"1\"/></worksheet>",
        "<worksheet><c / ></worksheet>", "<worksheet></worksheet x>",
        "<worksheet>" + "<c " + (0..<600).map { "a\($0)=\"1\"" }.joined(separator: " ") + "/></worksheet>",
        "<worksheet><" + String(repeating: "n", count: 70_000) + "></worksheet>",
    ])
    func refusesOddTags(xml: String) throws {
        var scanner = SheetRowScanner(part: "p", name: "s", sharedStrings: [], styles: nil) { _ in }
        #expect(throws: XLSXReadError.self) {
            try scanner.push(Array(xml.utf8))
            try scanner.finish()
        }
    }

    @Test func closingTagsMayEndWithSpaces() throws {
        var values: [CellValue] = []
        var scanner = SheetRowScanner(part: "p", name: "s", sharedStrings: [], styles: nil) { row in
            values += row.cells.map(\.value)
        }
        try scanner.push(Array("<worksheet ><sheetData\n><row r = '1' ><c r=\"A1\" ><v >7</v ></c\t></row></sheetData ></worksheet>".utf8))
        try scanner.finish()
        #expect(values == [.number(7)])
    }
}
