import Foundation
import Testing
import TestSupport

/// `nominee import` of hostile workbooks through the real binary: refused as invalid input (exit 1) with one line
/// naming the part of the file, Vietnamese by default and English with `--lang en`, the database untouched.
/// How long each refusal takes and how much memory it needs is measured by `Benchmarks/hostile.sh`.
@Suite("Import of hostile workbooks from the command line")
struct HostileImportCLITests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let vi: String
        let en: String
        var testDescription: String { name }

        func workbook(at url: URL) throws {
            switch name {
            case "one cell of 2 MB":
                try HostileWorkbook.longCell("Nguyễn Văn A ", bytes: 2_000_000).write(to: url)
            case "a zip bomb":
                try HostileWorkbook.bomb(bytes: 70_000_000).write(to: url)
            default:
                try HostileWorkbook.bomb(bytes: 70_000_000).write(to: url)
                try HostileWorkbook.falsifySize(of: HostileWorkbook.sheetPart, in: url, to: 1_000)
            }
        }
    }

    static let cases = [
        Case(name: "one cell of 2 MB",
             vi: "lỗi: hostile.xlsx: tệp quá lớn, không nhập: ô A2 trong xl/worksheets/sheet1.xml dài hơn 32.767 ký tự, "
                + "giới hạn một ô của Excel; cơ sở dữ liệu không thay đổi",
             en: "cell A2 in xl/worksheets/sheet1.xml holds more than 32767 characters, Excel's limit for a cell"),
        Case(name: "a zip bomb",
             vi: "lỗi: hostile.xlsx: tệp quá lớn, không nhập: xl/worksheets/sheet1.xml giải nén ra hơn 64 MiB từ tệp ",
             en: "xl/worksheets/sheet1.xml decompresses to more than 64 MiB from a file of "),
        Case(name: "a zip bomb declaring 1,000 bytes",
             vi: "lỗi: hostile.xlsx: tệp quá lớn, không nhập: xl/worksheets/sheet1.xml giải nén ra hơn 64 MiB từ tệp ",
             en: "xl/worksheets/sheet1.xml decompresses to more than 64 MiB from a file of "),
    ]

    @Test(arguments: cases)
    func refusedWithItsPartNamedAndNothingChanged(_ c: Case) throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("hostile.xlsx")
        try c.workbook(at: file)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let vi = try DemoRun.run(["nominee", "import", file.path, "--session", "LCI-2022-TDKT"], db: db)
        #expect(vi.status == 1, "\(vi.stderr)")
        #expect(vi.stderr.hasPrefix(c.vi), "\(vi.stderr)")
        #expect(vi.stderr.split(separator: "\n").count == 1, "\(vi.stderr)")
        let en = try DemoRun.run(["nominee", "import", file.path, "--session", "LCI-2022-TDKT", "--lang", "en"], db: db)
        #expect(en.status == 1)
        #expect(en.stderr.contains(c.en) && en.stderr.contains("the database is unchanged"), "\(en.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before, "the database changed")
    }
}
