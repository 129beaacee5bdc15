import Foundation
import OutreachCore
import Testing
import TestSupport

@Suite("Suggestions, typed dates, units found by name, the units' official order")
struct ClerkCoreTests {
    @Test(arguments: [
        ("nomine", ["nominee"]), ("LCI-2022-TDTK", ["LCI-2022-TDKT"]), ("giaovien", ["giao-vien"]),
        ("PGD-BATXT", ["PGD-BATXAT"]), ("xyz", []),
    ])
    func nearestNames(typed: String, expected: [String]) {
        let candidates = ["nominee", "session", "LCI-2022-TDKT", "giao-vien", "cbql", "PGD-BATXAT", "PGD-BACHA"]
        #expect(Suggestions.nearest(typed, among: candidates) == expected)
    }

    @Test func datesAreTypedDayFirstOrISO() throws {
        let day = try CalendarDate(iso: "2022-05-10")
        #expect(CalendarDate(typed: "10/05/2022") == day)
        #expect(CalendarDate(typed: "10/5/2022") == day)
        #expect(CalendarDate(typed: " 2022-05-10 ") == day)
        #expect(CalendarDate(typed: "30/02/2022") == nil)
        #expect(CalendarDate(typed: "05-10-2022") == nil, "day-first only with slashes: 05-10 is ambiguous")
        #expect(SessionPart(code: "10/05/2022:pm")?.code == "2022-05-10:pm")
    }

    @Test func unitsAreFoundByCodeOrNameAsImportsFindThem() throws {
        let list = try TemplateLoader.units(yaml: String(contentsOfFile: Fixture.template("units/lao-cai-2022.yaml"), encoding: .utf8), file: "u")
        for text in ["PGD-BATXAT", "pgd-batxat", "Phòng GD&ĐT Bát Xát", "phong gd dt bat xat",
                     "Phòng Giáo dục và Đào tạo huyện Bát Xát"] {
            #expect(UnitLookup.matching(text, in: list.units).map(\.code.rawValue) == ["PGD-BATXAT"], "\(text)")
        }
    }

    @Test func districtOfficesFollowTheStatisticalCodes() throws {
        let list = try TemplateLoader.units(yaml: String(contentsOfFile: Fixture.template("units/lao-cai-2022.yaml"), encoding: .utf8), file: "u")
        // 080 TP Lào Cai, 082 Bát Xát, 083 Mường Khương, 084 Si Ma Cai, 085 Bắc Hà, 086 Bảo Thắng, 087 Bảo Yên,
        // 088 TX Sa Pa, 089 Văn Bàn, as the units file lists them.
        let order = ["LAOCAI", "BATXAT", "MUONGKHUONG", "SIMACAI", "BACHA", "BAOTHANG", "BAOYEN", "SAPA", "VANBAN"]
        #expect(list.districts.map(\.code) == order)
        let offices = list.units.filter { $0.kind.rawValue == "phong-gddt" }.sorted { $0.sortOrder < $1.sortOrder }
        #expect(offices.map(\.code.rawValue) == order.map { "PGD-\($0)" })
        let committees = list.units.filter { $0.kind.rawValue == "ubnd-huyen" }.sorted { $0.sortOrder < $1.sortOrder }
        #expect(committees.map(\.code.rawValue) == order.map { "UBND-\($0)" })
        // The list itself stays in file order, so a problem names the right entry.
        #expect(list.units.first?.code.rawValue == "UBND-LCI")
        let laiChau = try TemplateLoader.units(yaml: String(contentsOfFile: Fixture.template("units/lai-chau-ldld-2022.yaml"), encoding: .utf8), file: "u")
        let federations = laiChau.units.filter { $0.kind.rawValue == "ldld-huyen" }.sorted { $0.sortOrder < $1.sortOrder }
        #expect(federations.map(\.code.rawValue) == ["LDLD-TPLAICHAU", "LDLD-TAMDUONG", "LDLD-MUONGTE", "LDLD-SINHO",
                                                    "LDLD-PHONGTHO", "LDLD-THANUYEN", "LDLD-TANUYEN", "LDLD-NAMNHUN"])
    }

    @Test func aDistrictNotInTheListIsRefused() throws {
        let yaml = """
            name: t
            districts:
              - {code: A, stat_code: "080", name: A}
            units:
              - {code: X, name: X, kind: so, district: A}
              - {code: Y, name: Y, kind: so, district: B}
            """
        let error = #expect(throws: OutreachError.self) { try TemplateLoader.units(yaml: yaml, file: "u.yaml") }
        #expect(error?.message(.vi).contains("huyện B không có trong danh sách districts") == true, "\(String(describing: error))")
    }
}
