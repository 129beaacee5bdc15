import Foundation
import Testing
@testable import XLSX

/// Long text is handed on in pieces as it streams in (so a hostile cell is never held whole nor scanned again
/// at every chunk); the pieces must join to exactly the text, however the chunks cut it: inside a UTF-8
/// sequence, inside an entity. Anything else that stays cut longer than the token limit is refused.
@Suite("The XML scanner streams long text in pieces")
struct ScannerPiecesTests {
    /// The sheet's cells read by pushing `xml` to a `SheetRowScanner` in chunks of `chunk` bytes.
    private func cells(_ xml: String, chunk: Int, limits: XLSXReadLimits = .standard) throws -> [CellValue] {
        var values: [CellValue] = []
        var scanner = SheetRowScanner(part: "sheet.xml", name: "S", sharedStrings: [], styles: nil, limits: limits) { row in
            values += row.cells.map(\.value)
        }
        let bytes = Array(xml.utf8)
        var start = 0
        while start < bytes.count {
            try scanner.push(bytes[start..<min(start + chunk, bytes.count)])
            start += chunk
        }
        try scanner.finish()
        return values
    }

    private func sheet(_ cells: [String]) -> String {
        "<worksheet><sheetData><row r=\"1\">"
            + cells.map { "<c t=\"inlineStr\"><is><t>\($0)</t></is></c>" }.joined()
            + "</row></sheetData></worksheet>"
    }

    @Test(arguments: [1_000, 4_093, 65_537, 300_000])
    func longTextWithMultibyteLettersAndEntitiesReadsWhole(chunk: Int) throws {
        // 96 KB (31,200 characters) per cell, past the 64 KiB at which pieces are handed on: "ễ" is 3 bytes,
        // entities 4 to 7.
        let unit = "Nguyễn &#7889;&#7889;&#7889;&amp;&lt; "
        let raw = String(repeating: unit, count: 2_400)
        let expected = String(repeating: "Nguyễn ốốố&< ", count: 2_400)
        #expect(raw.utf8.count > 65_536 && expected.utf16.count <= 32_767)
        let values = try cells(sheet([raw, "ngắn", raw]), chunk: chunk)
        #expect(values.count == 3)
        #expect(values[0] == .text(expected))
        #expect(values[1] == .text("ngắn"))
        #expect(values[2] == .text(expected))
    }

    @Test func aTagLongerThanTheTokenLimitIsRefused() throws {
        var limits = XLSXReadLimits()
        limits.tokenBytes = 10_000
        let attribute = String(repeating: "x", count: 20_000)
        #expect(throws: XLSXReadError.sizeLimit(part: "sheet.xml", cell: nil, limit: .tokenBytes(10_000))) {
            _ = try cells("<worksheet><sheetData><row r=\"1\" a=\"\(attribute)\"/></sheetData></worksheet>",
                          chunk: 4_096, limits: limits)
        }
        // Text is no token: 100 KB of it passes the same limit.
        let text = String(repeating: "y", count: 30_000)
        #expect(try cells(sheet([text]), chunk: 4_096, limits: limits) == [.text(text)])
    }
}
