import OutreachCore
import Testing
import TestSupport

@Suite("Rate tables are read strictly, with the file, line and field of every problem")
struct RateTableTests {
    /// A small valid table; tests replace one line of it to break it.
    static let table = """
        code: national
        name: Định mức thử
        document: Thông tư 40/2017/TT-BTC
        rates:
          - code: phu-cap-luu-tru
            name: Phụ cấp lưu trú
            amount: 200000
            unit: nguoi-ngay
            basis: Khoản 1 Điều 5 Thông tư 40/2017/TT-BTC
            effective_from: 2017-07-01
            effective_to: 2025-05-03
            confidence: verified
          - code: phu-cap-luu-tru
            name: Phụ cấp lưu trú
            amount: 300000
            unit: nguoi-ngay
            effective_from: 2025-05-04
            confidence: verified

        """

    func tableError(_ yaml: String) -> (OutreachCore.SourceLocation, LocalizedText)? {
        let error = #expect(throws: OutreachError.self) { try TemplateLoader.rateTable(yaml: yaml, file: "r.yaml") }
        guard case let .invalidTemplate(location, reason)? = error else {
            Issue.record("not a template error: \(String(describing: error))")
            return nil
        }
        #expect(location.file == "r.yaml")
        #expect(location.line != nil)
        return (location, reason)
    }

    @Test func readsAGoodTableWithTheTableDefaults() throws {
        let table = try TemplateLoader.rateTable(yaml: Self.table, file: "r.yaml")
        #expect(table.code.rawValue == "national")
        #expect(table.file == "r.yaml")
        #expect(table.rates.map(\.amount) == [200_000, 300_000])
        #expect(table.rates[1].basis == "Thông tư 40/2017/TT-BTC", "the document is the default basis")
        #expect(table.rates[1].effectiveTo == nil)
        #expect(table.rates[0].unit == .nguoiNgay)
    }

    @Test func readsTheShippedTables() throws {
        for name in ["rates/national.yaml", "rates/example-province-speakers.yaml"] {
            let path = Fixture.template(name)
            let table = try TemplateLoader.rateTable(yaml: try TemplateLoader.readText(path: path), file: path)
            #expect(!table.rates.isEmpty)
            #expect(table.rates.allSatisfy { $0.confidence == .verified || $0.note != nil })
        }
    }

    @Test func theShippedNationalTableMarksWhatIsUncertain() throws {
        let path = Fixture.template("rates/national.yaml")
        let table = try TemplateLoader.rateTable(yaml: try TemplateLoader.readText(path: path), file: path)
        let water = try #require(table.rates.first { $0.code.rawValue == "nuoc-uong" })
        #expect(water.amount == 40_000)
        #expect(water.confidence == .unconfirmed)
        let from2025 = table.rates.filter { $0.effectiveFrom.iso == "2025-05-04" }
        let placeholders = Set(from2025.filter { $0.confidence == .placeholder }.map(\.code.rawValue))
        #expect(placeholders == [
            "luu-tru-khoan-do-thi-loai-1", "luu-tru-khoan-tp-thuoc-tinh", "luu-tru-khoan-khac", "luu-tru-lanh-dao",
            "ho-tro-tien-an-noi-thanh", "ho-tro-tien-an-tinh-huyen", "ho-tro-tien-an-xa",
        ])
        #expect(table.rates.allSatisfy { !$0.basis.isEmpty })
    }

    @Test func readsVietnameseGroupedAmounts() throws {
        let yaml = Self.table.replacingOccurrences(of: "amount: 200000", with: "amount: 1.500.000")
        #expect(try TemplateLoader.rateTable(yaml: yaml, file: "r.yaml").rates[0].amount == 1_500_000)
    }

    @Test func unknownKeyIsNamedWithItsLine() throws {
        let yaml = Self.table.replacingOccurrences(of: "    unit: nguoi-ngay\n    basis:", with: "    unit: nguoi-ngay\n    mức: 1\n    basis:")
        guard let (location, reason) = tableError(yaml) else { return }
        #expect(location.line == 9)
        #expect(location.field == "rates[0].mức")
        #expect(reason.vi.contains("khóa “mức” không hợp lệ"))
    }

    @Test func overlappingPeriodsNameBothEntries() throws {
        let yaml = Self.table.replacingOccurrences(of: "effective_from: 2025-05-04", with: "effective_from: 2025-05-01")
        guard let (location, reason) = tableError(yaml) else { return }
        #expect(location.field == "rates[1].effective_from")
        #expect(location.line == 17)
        #expect(reason.vi.contains("rates[1] (phu-cap-luu-tru, từ 01/05/2025)"))
        #expect(reason.vi.contains("rates[0] (phu-cap-luu-tru, 01/07/2017 – 03/05/2025)"))
        #expect(reason.en.contains("overlaps"))
    }

    @Test func theSameCodeInAnotherRegionDoesNotOverlap() throws {
        let yaml = Self.table.replacingOccurrences(
            of: "effective_from: 2025-05-04", with: "effective_from: 2020-01-01\n    region: bien-dao")
        let table = try TemplateLoader.rateTable(yaml: yaml, file: "r.yaml")
        #expect(table.rates[1].region?.rawValue == "bien-dao")
    }

    @Test(arguments: [
        ("amount: 200000", "amount: -200000", "rates[0].amount", "không được âm"),
        ("amount: 200000", "amount: 200000.5", "rates[0].amount", "nguyên đồng"),
        ("amount: 200000", "amount: 5000000000", "rates[0].amount", "tối đa 1.000.000.000"),
        ("amount: 200000", "amount: hai trăm nghìn", "rates[0].amount", "nguyên đồng"),
        ("effective_from: 2017-07-01", "effective_from: 2017-02-30", "rates[0].effective_from", "ngày có thật"),
        ("effective_to: 2025-05-03", "effective_to: 2017-06-30", "rates[0].effective_to", "trước ngày có hiệu lực"),
        ("unit: nguoi-ngay\n    basis", "unit: ngay-nguoi\n    basis", "rates[0].unit", "nguoi-ngay, dai-bieu-ngay, buoi"),
        ("confidence: verified\n  - code", "confidence: sure\n  - code", "rates[0].confidence", "verified, unconfirmed, placeholder"),
        ("confidence: verified\n  - code", "confidence: placeholder\n  - code", "rates[0].note", "cần note"),
        ("    effective_from: 2025-05-04\n", "", "rates[1].effective_from", "thiếu effective_from"),
        ("code: phu-cap-luu-tru\n    name: Phụ cấp lưu trú\n    amount: 300000",
         "code: Phu-Cap\n    name: Phụ cấp lưu trú\n    amount: 300000", "rates[1].code", "không phải mã"),
    ])
    func badEntriesAreLocated(original: String, replacement: String, field: String, reason: String) throws {
        #expect(Self.table.contains(original))
        guard let (location, text) = tableError(Self.table.replacingOccurrences(of: original, with: replacement)) else {
            return
        }
        #expect(location.field == field)
        #expect(text.vi.contains(reason), "\(text.vi)")
    }

    @Test func anEmptyTableIsRefused() throws {
        guard let (location, _) = tableError("code: x\nname: y\nrates: []\n") else { return }
        #expect(location.field == "rates")
    }
}
