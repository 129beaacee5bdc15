import Foundation
import OutreachCore
import OutreachImport
import Testing
import TestSupport
import XLSX

/// Hostile sizes are refused while the file streams in, by the reader's limits, and the import says so as invalid
/// input naming the part and the cell. Times and memory are measured by `Benchmarks/hostile.sh`, not here.
@Suite("Reading limits: hostile cells, shared strings and zip bombs are refused early")
struct ReadLimitsTests {
    static let sheet = HostileWorkbook.sheetPart
    static let strings = HostileWorkbook.sharedStringsPart

    /// Writes `workbook` into a fresh folder and hands its path to `body`.
    static func with<T>(_ workbook: HostileWorkbook, _ body: (URL) throws -> T) throws -> T {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("hostile.xlsx")
        try workbook.write(to: url)
        return try body(url)
    }

    /// The texts of the first sheet's cells, row by row, as the import reads them.
    static func texts(_ url: URL, budget: XLSXReadBudget = XLSXReadBudget()) throws -> [String] {
        var texts: [String] = []
        try XLSXReader.scanRows(url: url, budget: budget) { row in
            for cell in row.cells { if case .text(let text) = cell.value { texts.append(text) } }
        }
        return texts
    }

    static func refusal(_ url: URL, budget: XLSXReadBudget = XLSXReadBudget()) -> XLSXReadError? {
        do {
            _ = try texts(url, budget: budget)
            return nil
        } catch {
            return error as? XLSXReadError
        }
    }

    @Test func aCellUpToExcelsLimitIsReadAndOneCharacterMoreIsRefusedAtItsCell() throws {
        // "Ừ" is 3 bytes in UTF-8 and one UTF-16 unit: 32,767 of them are 98 KB, read in pieces.
        let full = try Self.with(.longCell("Ừ", bytes: 32_767 * 3)) { try Self.texts($0) }
        #expect(full.count == 3 && full[2] == String(repeating: "Ừ", count: 32_767))
        let over = try Self.with(.longCell("Ừ", bytes: 32_768 * 3)) { Self.refusal($0) }
        #expect(over == .sizeLimit(part: Self.sheet, cell: "A2", limit: .cellCharacters(32_767)))
        // Excel's limit counts UTF-16 units: 16,384 emoji (2 units each) are one unit too many.
        let emoji = try Self.with(.longCell("😀", bytes: 16_384 * 4)) { Self.refusal($0) }
        #expect(emoji == .sizeLimit(part: Self.sheet, cell: "A2", limit: .cellCharacters(32_767)))
    }

    @Test func aHugeCellIsRefusedAfterItsFirstBytesNotHeldWhole() throws {
        // 40 MB of text in one cell: refused once 32,767 × 7 bytes have come in, long before the end.
        let budget = XLSXReadBudget()
        let error = try Self.with(.longCell("Nguyễn Văn A ", bytes: 40_000_000)) { Self.refusal($0, budget: budget) }
        #expect(error == .sizeLimit(part: Self.sheet, cell: "A2", limit: .cellCharacters(32_767)))
        #expect(budget.inflatedBytes < 2_000_000, "inflated \(budget.inflatedBytes) bytes before refusing")
    }

    @Test func sharedStringsAreLimitedInNumberSizeAndLength() throws {
        var limits = XLSXReadLimits()
        limits.sharedStrings = 1_000
        limits.sharedStringBytes = 10_000
        limits.cellCharacters = 50
        // Counted as they stream in, with no count declared, and refused at once when one is declared.
        let many = try Self.with(.sharedStrings(item: "<si><t>x</t></si>", count: 1_001)) {
            Self.refusal($0, budget: XLSXReadBudget(limits: limits))
        }
        #expect(many == .sizeLimit(part: Self.strings, cell: nil, limit: .sharedStrings(1_000)))
        let declared = try Self.with(.sharedStrings(item: "<si><t>x</t></si>", count: 10, uniqueCount: 5_000)) {
            Self.refusal($0, budget: XLSXReadBudget(limits: limits))
        }
        #expect(declared == .sizeLimit(part: Self.strings, cell: nil, limit: .sharedStrings(1_000)))
        let large = try Self.with(.sharedStrings(item: "<si><t>\(String(repeating: "ê", count: 40))</t></si>", count: 200)) {
            Self.refusal($0, budget: XLSXReadBudget(limits: limits))
        }
        #expect(large == .sizeLimit(part: Self.strings, cell: nil, limit: .sharedStringBytes(10_000)))
        let long = try Self.with(.sharedStrings(item: "<si><r><t>\(String(repeating: "a", count: 30))</t></r>"
                                                    + "<r><t>\(String(repeating: "b", count: 30))</t></r></si>", count: 1)) {
            Self.refusal($0, budget: XLSXReadBudget(limits: limits))
        }
        #expect(long == .sizeLimit(part: Self.strings, cell: nil, limit: .cellCharacters(50)))
        // Within every limit, the same table reads.
        let fine = try Self.with(.sharedStrings(item: "<si><t>x</t></si>", count: 1_000)) {
            Self.refusal($0, budget: XLSXReadBudget(limits: limits))
        }
        #expect(fine == nil)
    }

    @Test func aSheetNamingOneLongSharedStringAtEveryCellIsLimitedByTheTextItHandsOut() throws {
        var limits = XLSXReadLimits()
        limits.sheetTextBytes = 1_000_000
        let row = #"<row><c t="s"><v>0</v></c></row>"#
        let workbook = HostileWorkbook(
            sheet: .init(HostileWorkbook.sheetStart, filler: row, fillerBytes: row.utf8.count * 200, HostileWorkbook.sheetEnd),
            sharedStrings: .init(#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
                                     + "<si><t>\(String(repeating: "x", count: 30_000))</t></si></sst>"))
        let error = try Self.with(workbook) { Self.refusal($0, budget: XLSXReadBudget(limits: limits)) }
        // 34 rows of 30,000 bytes pass 1,000,000: refused at the 34th shared-string cell, row 35.
        #expect(error == .sizeLimit(part: Self.sheet, cell: "A35", limit: .sheetTextBytes(1_000_000)))
    }

    @Test func aZipBombIsRefusedByTheSizeItDeclaresBeforeInflatingIt() throws {
        let budget = XLSXReadBudget()
        let error = try Self.with(.bomb(bytes: 70_000_000)) { url -> XLSXReadError? in
            let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)
            #expect(size.intValue < 200_000, "the bomb is \(size) bytes on disk")
            return Self.refusal(url, budget: budget)
        }
        guard case let .sizeLimit(part, nil, .expansion(allowance, _, 100))? = error else {
            Issue.record("not refused for its expansion: \(String(describing: error))")
            return
        }
        #expect(part == Self.sheet && allowance == 64 * 1_048_576)
        // Only the small parts were inflated: the sheet was refused from its header.
        #expect(budget.inflatedBytes < 10_000)
    }

    @Test func aZipBombLyingAboutItsSizeIsStoppedWhileInflating() throws {
        let budget = XLSXReadBudget()
        let error = try Self.with(.bomb(bytes: 70_000_000)) { url -> XLSXReadError? in
            try HostileWorkbook.falsifySize(of: Self.sheet, in: url, to: 1_000)
            return Self.refusal(url, budget: budget)
        }
        guard case let .sizeLimit(part, nil, .expansion(allowance, _, _))? = error else {
            Issue.record("not refused for its expansion: \(String(describing: error))")
            return
        }
        #expect(part == Self.sheet)
        // Stopped at the allowance, within one chunk of it: never the 70 MB the sheet holds.
        #expect(budget.inflatedBytes > allowance && budget.inflatedBytes <= allowance + 1_048_576)
    }

    @Test func theImportRefusesAHostileCellAsInvalidInputNamingThePartAndCell() throws {
        try Self.with(.longCell("Nguyễn Văn A ", bytes: 1_000_000)) { url in
            do {
                _ = try ImportFile.read(path: url.path)
                Issue.record("a cell of 1 MB was imported")
            } catch let error as OutreachError {
                #expect(error.exitStatus == .invalid)
                #expect(error.message(.vi) == "hostile.xlsx: tệp quá lớn, không nhập: ô A2 trong \(Self.sheet) dài hơn "
                        + "32.767 ký tự, giới hạn một ô của Excel; cơ sở dữ liệu không thay đổi")
                #expect(error.message(.en) == "hostile.xlsx: file too large, not imported: cell A2 in \(Self.sheet) holds "
                        + "more than 32767 characters, Excel's limit for a cell; the database is unchanged")
            } catch {
                Issue.record("not an OutreachError: \(error)")
            }
        }
    }
}
