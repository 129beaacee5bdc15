import Foundation
import Testing
@testable import XLSX

/// The streaming reader behind imports (`XLSXReader.forEachRow`): its own XML scanner must read what
/// `XMLParser` read and refuse what a hostile or broken file holds.
@Suite("Streaming rows through the XML scanner")
struct SheetScannerTests {
    private func rows(_ sheetXML: String, sharedStrings: String? = nil) throws -> (rows: [Int: [Int: CellData]], layout: SheetContent) {
        let directory = try TemporaryDirectory()
        let url = directory.fileURL("hand.xlsx")
        try ZipBuilder.workbook(sheetXML: sheetXML, sharedStrings: sharedStrings).build().write(to: url)
        var rows: [Int: [Int: CellData]] = [:]
        let layout = try XLSXReader.forEachRow(url: url) { row, cells in rows[row] = cells }
        return (rows, layout)
    }

    @Test func readsValuesEntitiesInlineAndSharedStrings() throws {
        let (rows, layout) = try rows("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!-- a comment -->
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
            <x:row r="2" hidden="1"><x:c r="A2" t="inlineStr"><x:is><x:t>Lò &amp; Vàng &lt;A&gt; &#7889;&#x1EC7;</x:t></x:is></x:c>\
            <x:c r="C2" t="s"><x:v>1</x:v></x:c><x:c r='D2'><x:v>1985</x:v></x:c>\
            <x:c r="E2" t="b"><x:v>1</x:v></x:c><x:c r="F2" t="e"><x:v>#N/A</x:v></x:c>\
            <x:c r="G2" t="str"><x:f>A2&amp;"x"</x:f><x:v>ok</x:v></x:c></x:row>
            <x:row><x:c t="inlineStr"><x:is><x:r><x:t>Hà </x:t></x:r><x:r><x:t xml:space="preserve">Nội</x:t></x:r>\
            <x:rPh><x:t>phonetic</x:t></x:rPh></x:is></x:c><x:c><x:v><![CDATA[12]]></x:v></x:c><x:c/></x:row>
            </x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A2:B3"/></x:mergeCells></x:worksheet>
            """, sharedStrings: """
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>zero</t></si>\
            <si><r><t>Nguyễn </t></r><r><t>Văn A</t></r><rPh sb="0" eb="1"><t>hint</t></rPh></si></sst>
            """)
        #expect(rows[1]?[0]?.value == .text("Lò & Vàng <A> ốệ"))
        #expect(rows[1]?[2]?.value == .text("Nguyễn Văn A"))
        #expect(rows[1]?[3]?.value == .number(1985))
        #expect(rows[1]?[4]?.value == .bool(true))
        #expect(rows[1]?[5]?.value == .error("#N/A"))
        #expect(rows[1]?[6]?.value == .text("ok"))
        #expect(rows[1]?[6]?.formula == "A2&\"x\"")
        #expect(rows[2]?[0]?.value == .text("Hà Nội"))
        #expect(rows[2]?[1]?.value == .number(12))
        #expect(rows[2]?[2]?.value == .empty)
        #expect(layout.merges == [CellRange(a1: "A2:B3")!])
        #expect(layout.hiddenRows == [1])
    }

    @Test("broken and hostile sheets are refused with their part", arguments: [
        "<worksheet><sheetData><row r=\"1\"></sheetData>", "<worksheet><sheetData>", "", "not xml",
        "<worksheet a='1' a='2'/>", "<worksheet a=1/>", "<worksheet a='1/>", "<worksheet/><worksheet/>",
        "<!DOCTYPE lol [<!ENTITY a \"aaaa\">]><worksheet>&a;</worksheet>", "<worksheet>&unknown;</worksheet>",
        "<worksheet>&#0;</worksheet>", "<worksheet></sheet>", "<worksheet><c", "text<worksheet/>",
    ])
    func refusesBrokenXML(xml: String) throws {
        let error = #expect(throws: XLSXReadError.self) { try rows(xml) }
        guard case .malformedXML(part: "xl/worksheets/sheet1.xml", _, _)? = error else {
            Issue.record("expected malformedXML, got \(String(describing: error))")
            return
        }
    }

    @Test func aSharedStringOutOfRangeIsRefused() throws {
        #expect(throws: XLSXReadError.self) {
            try rows("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row></sheetData></worksheet>")
        }
    }

    /// Decompressed chunks cut tags, entities and text anywhere: fed a byte at a time, the scanner sees
    /// the same events as fed at once.
    @Test func chunkBoundariesChangeNothing() throws {
        let xml = Array("""
            <?xml version="1.0"?><a x="1 > 2" y='&quot;'><!-- c --><b>t&amp;u<![CDATA[<raw>]]></b><c/>tail</a>
            """.utf8)
        func events(chunk: Int) throws -> [String] {
            var scanner = XMLScanner(part: "p")
            var seen: [String] = []
            let record = { (event: XMLScanner.Event) in
                switch event {
                case let .start(name, attributes, _):
                    seen.append("S:" + String(decoding: name, as: UTF8.self) + String(decoding: attributes, as: UTF8.self))
                case let .end(name): seen.append("E:" + String(decoding: name, as: UTF8.self))
                case let .text(bytes): seen.append("T:" + String(decoding: bytes, as: UTF8.self))
                }
            }
            for start in stride(from: 0, to: xml.count, by: chunk) {
                try scanner.push(xml[start..<min(start + chunk, xml.count)], record)
            }
            try scanner.finish(record)
            return seen
        }
        let whole = try events(chunk: xml.count)
        #expect(whole == [
            "S:a x=\"1 > 2\" y='&quot;'", "S:b", "T:t&u", "T:<raw>", "E:b", "S:c", "E:c", "T:tail", "E:a",
        ])
        for chunk in [1, 2, 3, 7] { #expect(try events(chunk: chunk) == whole) }
    }
}
