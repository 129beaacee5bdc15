import Foundation
import Testing
@testable import XLSX

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A decimal-comma locale installed on this machine, if any (`localedef -i de_DE -f UTF-8 de_DE.UTF-8` adds one).
private let decimalCommaLocale: String? = ["de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "vi_VN.UTF-8"].first { name in
    guard let locale = newlocale(Int32(LC_NUMERIC_MASK), name, nil) else { return false }
    freelocale(locale)
    return true
}

@Suite("Numbers are written with a dot whatever the process locale")
struct LocaleTests {
    @Test(.enabled(if: decimalCommaLocale != nil, "no decimal-comma locale installed (generate de_DE.UTF-8 to run it)"))
    func decimalCommaLocaleDoesNotLeakIntoTheFile() throws {
        let localeName = try #require(decimalCommaLocale)
        // This thread only: a process-wide setlocale would leak into suites running in parallel.
        let commaLocale = try #require(newlocale(Int32(LC_NUMERIC_MASK), localeName, nil))
        let previous = uselocale(commaLocale)
        defer {
            uselocale(previous)
            freelocale(commaLocale)
        }
        // The switch really happened: C formatting now uses a comma.
        #expect(formatLikeLibxlsxwriter(1234.5) == "1234,5")

        for constantMemory in [false, true] {
            let directory = try TemporaryDirectory()
            let path = directory.path("x.xlsx")
            let workbook = try Workbook(path: path, options: .init(constantMemory: constantMemory))
            let sheet = try workbook.addWorksheet(named: "Data")
            try sheet.write(row: 0, column: 0, number: 1234.5)
            try sheet.write(row: 1, column: 0, formula: "A1/2", cachedNumber: 617.25)
            try sheet.setColumnWidth(0...0, width: 12.57)
            try sheet.setRowHeight(2, height: 20.5)
            try sheet.write(row: 2, column: 0, number: 0.1)
            try workbook.close()

            let xml = try rawPart(path, "xl/worksheets/sheet1.xml")
            #expect(xml.contains("<v>1234.5</v>"), "constantMemory: \(constantMemory)")
            #expect(xml.contains("<v>617.25</v>"))
            #expect(xml.contains("width=\"13.28515625\""))
            #expect(xml.contains("ht=\"20.5\""))
            #expect(!xml.contains("1234,5"))
            let read = try XLSXReader.read(url: URL(fileURLWithPath: path)).sheets[0]
            #expect(read["A1"]?.value == .number(1234.5))
            #expect(read["A3"]?.value == .number(0.1))
        }
        // The caller's locale is back once the workbook calls return.
        #expect(formatLikeLibxlsxwriter(1234.5) == "1234,5")
    }

    /// snprintf("%.16G"), as libxlsxwriter formats numbers.
    private func formatLikeLibxlsxwriter(_ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 32)
        _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.16G", $0) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
