import OutreachCore
import Testing
import TestSupport

@Suite("The rate in force for a code on a day: national, then provincial tables from their dates")
struct RateBookTests {
    static let shipped: RateBook = {
        do {
            return try TemplateLoader.rateBook(folder: Fixture.template("rates"))
        } catch {
            fatalError("the shipped rates do not load: \(error)")
        }
    }()

    static let province = """
        code: lao-cai
        name: Mức chi của tỉnh (thử)
        document: Nghị quyết số 01/2023/NQ-HĐND
        overrides: national
        effective_from: 2023-07-01
        confidence: verified
        rates:
          - code: phu-cap-luu-tru
            name: Phụ cấp lưu trú
            amount: 180000
            unit: nguoi-ngay
            effective_to: 2025-05-03
          - code: thu-lao-bao-cao-vien-muc-1
            name: Thù lao báo cáo viên, mức 1
            amount: 2000000
            unit: buoi

        """

    func date(_ iso: String) -> CalendarDate { try! CalendarDate(iso: iso) }
    func code(_ raw: String) -> Slug { Slug(rawValue: raw)! }

    func book(_ files: [(String, String)]) throws -> RateBook {
        try TemplateLoader.rateBook(files: files.map { (file: $0.0, yaml: $0.1) })
    }

    func nationalYAML() throws -> String {
        try TemplateLoader.readText(path: Fixture.template("rates/national.yaml"))
    }

    @Test(arguments: [
        ("2022-05-10", 200_000), ("2025-05-03", 200_000), ("2025-05-04", 300_000), ("2025-06-15", 300_000),
        ("2017-07-01", 200_000),
    ])
    func perDiemFollowsCircular12Of2025(day: String, amount: Int64) throws {
        let applied = try #require(Self.shipped.rate(code("phu-cap-luu-tru"), on: date(day)))
        #expect(applied.rate.amount == amount)
        #expect(applied.table.rawValue == "national")
        #expect(applied.file.hasSuffix("national.yaml"))
    }

    @Test func nothingIsInForceBeforeCircular40() {
        #expect(Self.shipped.rate(code("phu-cap-luu-tru"), on: date("2017-06-30")) == nil)
        #expect(Self.shipped.rate(code("khong-co"), on: date("2022-05-10")) == nil)
    }

    @Test func theSeedSessionGetsTheLaoCaiFigures() throws {
        let day = date("2022-05-10")
        #expect(Self.shipped.rate(code("luu-tru-khoan-tp-thuoc-tinh"), on: day)?.rate.amount == 350_000)
        #expect(Self.shipped.rate(code("ho-tro-tien-an-tinh-huyen"), on: day)?.rate.amount == 150_000)
        #expect(Self.shipped.rate(code("nuoc-uong"), on: day)?.rate.confidence == .unconfirmed)
        #expect(Self.shipped.rate(code("thu-lao-bao-cao-vien-muc-4"), on: day)?.rate.amount == 1_300_000)
    }

    @Test func theExampleProvinceOverridesWaterOnlyFromItsDate() throws {
        let before = try #require(Self.shipped.rate(code("nuoc-uong"), on: date("2022-12-31")))
        #expect(before.rate.amount == 40_000)
        #expect(before.table.rawValue == "national")
        let after = try #require(Self.shipped.rate(code("nuoc-uong"), on: date("2023-01-01")))
        #expect(after.rate.amount == 30_000)
        #expect(after.table.rawValue == "vi-du-tinh")
        #expect(after.rate.confidence == .placeholder)
    }

    @Test func aProvinceOverridesFromItsEffectiveDateAndTheNationalRateAppliesBefore() throws {
        let book = try book([("tinh.yaml", Self.province), ("national.yaml", try nationalYAML())])
        #expect(book.tables.map(\.code.rawValue) == ["national", "lao-cai"], "the overriding table comes last")
        let perDiem = code("phu-cap-luu-tru")
        #expect(book.rate(perDiem, on: date("2023-06-30"))?.rate.amount == 200_000)
        let overridden = try #require(book.rate(perDiem, on: date("2023-07-01")))
        #expect(overridden.rate.amount == 180_000)
        #expect(overridden.file == "tinh.yaml")
        #expect(overridden.rate.basis == "Nghị quyết số 01/2023/NQ-HĐND")
        #expect(book.rate(perDiem, on: date("2025-05-04"))?.rate.amount == 300_000, "after the province's end")
        #expect(book.rate(code("thu-lao-bao-cao-vien-muc-1"), on: date("2023-06-30")) == nil)
        #expect(book.rate(code("thu-lao-bao-cao-vien-muc-1"), on: date("2024-01-01"))?.rate.amount == 2_000_000)
    }

    @Test func aRegionGetsItsOwnRateAndFallsBackToTheGeneralOne() throws {
        let atSea = code("bien-dao")
        let perDiem = code("phu-cap-luu-tru")
        #expect(Self.shipped.rate(perDiem, on: date("2022-05-10"), region: atSea)?.rate.amount == 250_000)
        #expect(Self.shipped.rate(perDiem, on: date("2025-06-15"), region: atSea)?.rate.amount == 400_000)
        #expect(Self.shipped.rate(code("nuoc-uong"), on: date("2022-05-10"), region: atSea)?.rate.amount == 40_000)
    }

    @Test func aListingHasOneLinePerCodeAndRegionInForce() throws {
        let listed = Self.shipped.rates(on: date("2022-05-10"))
        let keys = listed.map { "\($0.rate.code)\($0.rate.region.map { "@\($0)" } ?? "")" }
        #expect(keys.count == Set(keys).count)
        #expect(keys.prefix(2) == ["phu-cap-luu-tru", "phu-cap-luu-tru@bien-dao"])
        #expect(keys.contains("thu-lao-bao-cao-vien-muc-1"))
        #expect(listed.allSatisfy { $0.rate.isEffective(on: date("2022-05-10")) })
        let atSea = Self.shipped.rates(on: date("2022-05-10"), region: code("bien-dao"))
        #expect(atSea.filter { $0.rate.code.rawValue == "phu-cap-luu-tru" }.map(\.rate.amount) == [250_000])
    }

    @Test(arguments: [
        ("overrides: national", "overrides: quoc-gia", "overrides", "không có bảng “quoc-gia”"),
        ("code: lao-cai", "code: national", "code", "đã có trong national.yaml"),
        ("overrides: national", "overrides: lao-cai", "overrides", "vòng"),
        ("    amount: 180000\n    unit: nguoi-ngay", "    amount: 180000\n    unit: ngay", "rates[0].unit",
         "phu-cap-luu-tru tính theo nguoi-ngay trong national.yaml"),
    ])
    func problemsBetweenTablesAreLocatedInTheirFile(original: String, replacement: String, field: String, reason: String) throws {
        #expect(Self.province.contains(original))
        let broken = Self.province.replacingOccurrences(of: original, with: replacement)
        let error = #expect(throws: OutreachError.self) {
            try book([("national.yaml", try nationalYAML()), ("tinh.yaml", broken)])
        }
        guard case let .invalidTemplate(location, text)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(location.file == "tinh.yaml")
        #expect(location.field == field)
        #expect(location.line != nil)
        #expect(text.vi.contains(reason), "\(text.vi)")
    }

    @Test func tablesAlreadyReadAreOrderedAndCheckedToo() throws {
        let province = try TemplateLoader.rateTable(yaml: Self.province, file: "tinh.yaml")
        let national = try TemplateLoader.rateTable(yaml: try nationalYAML(), file: "national.yaml")
        let book = try RateBook([province, national])
        #expect(book.rate(code("phu-cap-luu-tru"), on: date("2024-01-01"))?.rate.amount == 180_000)
        #expect(throws: OutreachError.invalidTemplate(
            OutreachCore.SourceLocation(file: "tinh.yaml", field: "overrides"),
            LocalizedText(
                vi: "không có bảng “national” để ghi đè; các bảng đã đọc: lao-cai",
                en: "there is no table “national” to override; tables read: lao-cai"))) {
            try RateBook([province])
        }
    }

    @Test func aMissingFolderIsNotFound() {
        #expect(throws: OutreachError.fileNotFound("/khong/co")) { try TemplateLoader.rateBook(folder: "/khong/co") }
    }
}
