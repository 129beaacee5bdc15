import OutreachCore
import Testing
import TestSupport

@Suite("Lodging by distance: units carry their distance, the session's budget says from how far lodging is paid")
struct LodgingRuleTests {
    let units = try! Fixture.text("mini-units.yaml")
    let session = try! Fixture.text("mini-session.yaml")

    func tree() throws -> UnitTree { UnitTree(try TemplateLoader.units(yaml: units, file: "u.yaml").units) }

    func budget(_ lodging: String) throws -> SessionBudget? {
        let yaml = session.replacingOccurrences(of: "budget:\n", with: "budget:\n  lodging: \(lodging)\n")
        return try TemplateLoader.session(yaml: yaml, file: "s.yaml", units: try tree()).template.session.budget
    }

    func sessionError(_ lodging: String) -> String? {
        let error = #expect(throws: OutreachError.self) { try budget(lodging) }
        return error?.message(.vi)
    }

    func unitsError(_ yaml: String) -> String? {
        let error = #expect(throws: OutreachError.self) { try TemplateLoader.units(yaml: yaml, file: "u.yaml") }
        return error?.message(.vi)
    }

    @Test func unitsInheritTheirDistrictsDistanceUnlessTheyGiveTheirOwn() throws {
        let yaml = """
            name: x
            district_distances_km: {BATXAT: 12, SIMACAI: 95}
            units:
              - {code: PGD-BATXAT, name: A, kind: phong-gddt, district: BATXAT}
              - {code: PTDTBT-BATXAT-YTY, name: B, kind: truong, district: BATXAT, distance_km: 98}
              - {code: PGD-SIMACAI, name: C, kind: phong-gddt, district: SIMACAI}
              - {code: PGD-SAPA, name: D, kind: phong-gddt, district: SAPA}
            """
        let list = try TemplateLoader.units(yaml: yaml, file: "u.yaml")
        #expect(list.units.map(\.distanceKm) == [12, 98, 95, nil])
    }

    @Test func theLaoCaiUnitsAllHaveADistance() throws {
        let file = Fixture.template("units/lao-cai-2022.yaml")
        let list = try TemplateLoader.units(yaml: TemplateLoader.readText(path: file), file: file)
        #expect(list.units.allSatisfy { $0.district == nil || $0.distanceKm != nil })
        #expect(list.units.first { $0.code.rawValue == "PGD-VANBAN" }?.distanceKm == 100)
    }

    @Test(arguments: [
        ("name: x\nunits:\n  - {code: A, name: A, kind: truong, distance_km: -1}\n",
         "u.yaml:3 (units[0].distance_km): phải từ 0 đến 2000 km, không phải -1"),
        ("name: x\nunits:\n  - {code: A, name: A, kind: truong, distance_km: xa}\n", "u.yaml:3 (units[0].distance_km)"),
        ("name: x\ndistrict_distances_km: {BATXAT: 3000}\nunits:\n  - {code: A, name: A, kind: truong}\n",
         "u.yaml:2 (district_distances_km.BATXAT): phải từ 0 đến 2000 km, không phải 3000"),
    ])
    func badDistancesAreLocatedErrors(yaml: String, message: String) throws {
        let text = try #require(unitsError(yaml))
        #expect(text.contains(message), "\(text)")
    }

    @Test func theRuleNamesTheOfficesThatLodge() throws {
        let rule = try #require(try budget("{from_km: 60, districts: [SAPA]}")?.lodgingRule)
        #expect(rule == LodgingRule(fromKm: 60, districts: ["SAPA"]))
        func unit(_ district: String?, _ km: Int?) -> OrgUnit {
            OrgUnit(code: UnitCode(rawValue: "X")!, name: "X", kind: UnitKind(rawValue: "phong-gddt")!, district: district, distanceKm: km)
        }
        #expect(rule.applies(to: unit("VANBAN", 100)))
        #expect(rule.applies(to: unit("BACHA", 60)))
        #expect(!rule.applies(to: unit("BAOTHANG", 59)))
        #expect(rule.applies(to: unit("SAPA", 35)))
        #expect(!rule.applies(to: unit(nil, nil)))
        #expect(try budget("true")?.lodges(unit(nil, nil)) == true)
        #expect(try budget("false")?.lodges(unit("VANBAN", 100)) == false)
        #expect(try budget("false")?.paysLodging == false)
    }

    func lineError(_ line: String) -> String? {
        let yaml = session + line
        let tree = UnitTree((try? TemplateLoader.units(yaml: units, file: "u.yaml"))?.units ?? [])
        let error = #expect(throws: OutreachError.self) { try TemplateLoader.session(yaml: yaml, file: "s.yaml", units: tree) }
        return error?.message(.vi)
    }

    @Test func officesFarOrNearIsOnlyForSendingUnitLines() throws {
        let organiser = try #require(lineError(
            "    - {code: xe, name: Xe, category: di-lai, payer: organiser, unit: chuyến, quantity: fixed 1, amount: 1, offices: far}\n"))
        #expect(organiser.contains("(budget.lines[7].offices): chỉ dùng cho dòng do đơn vị cử người chi (payer: sending-unit)"), "\(organiser)")
        let unknown = try #require(lineError(
            "    - {code: xe, name: Xe, category: di-lai, payer: sending-unit, unit: chuyến, quantity: fixed 1, amount: 1, offices: xa}\n"))
        #expect(unknown.contains("(budget.lines[7].offices): “xa” không hợp lệ; chọn một trong: far, near"), "\(unknown)")
    }

    @Test(arguments: [
        ("{from_km: 0}", "s.yaml:", "(budget.lodging.from_km): phải từ 1 đến 2000 km, không phải 0"),
        ("{}", "s.yaml:", "(budget.lodging): cần from_km hoặc districts (hoặc cả hai)"),
        ("{from_km: 60, tu_km: 5}", "s.yaml:", "khóa “tu_km” không hợp lệ"),
        ("co", "s.yaml:", "(budget.lodging): phải là true, false hoặc một quy tắc {from_km: N, districts: [...]}"),
    ])
    func badLodgingRulesAreLocatedErrors(lodging: String, file: String, message: String) throws {
        let text = try #require(sessionError(lodging))
        #expect(text.contains(file) && text.contains(message), "\(text)")
    }

    func perDiemBudget(_ rule: String) throws -> SessionBudget? {
        let yaml = session.replacingOccurrences(of: "budget:\n", with: "budget:\n  per_diem: \(rule)\n")
        return try TemplateLoader.session(yaml: yaml, file: "s.yaml", units: try tree()).template.session.budget
    }

    @Test func perDiemTakesTheSameRuleAndAnOldTemplateHasNone() throws {
        #expect(try budget("false")?.perDiemRule == nil)
        #expect(try perDiemBudget("{from_km: 10}")?.perDiemRule == LodgingRule(fromKm: 10, districts: []))
        #expect(try perDiemBudget("{districts: [BATXAT]}")?.perDiemRule == LodgingRule(fromKm: nil, districts: ["BATXAT"]))
        let unitsFile = Fixture.template("units/lao-cai-2022.yaml")
        let units = try TemplateLoader.units(yaml: TemplateLoader.readText(path: unitsFile), file: unitsFile)
        let file = Fixture.template("sessions/lao-cai-2022-tdkt.yaml")
        let laoCai = try TemplateLoader.session(
            yaml: TemplateLoader.readText(path: file), file: file, units: UnitTree(units.units))
        #expect(laoCai.template.session.budget?.perDiemRule == LodgingRule(fromKm: 10, districts: []))
    }

    @Test(arguments: [
        ("{from_km: 0}", "(budget.per_diem.from_km): phải từ 1 đến 2000 km, không phải 0"),
        ("{}", "(budget.per_diem): cần from_km hoặc districts (hoặc cả hai)"),
        ("{from_km: 10, den_km: 5}", "khóa “den_km” không hợp lệ"),
        ("true", "(budget.per_diem): phải là một quy tắc {from_km: N, districts: [...]}"),
    ])
    func badPerDiemRulesAreLocatedErrors(rule: String, message: String) throws {
        let error = #expect(throws: OutreachError.self) { try perDiemBudget(rule) }
        let text = try #require(error?.message(.vi))
        #expect(text.contains("s.yaml:") && text.contains(message), "\(text)")
    }
}
