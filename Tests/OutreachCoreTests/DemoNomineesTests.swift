import Foundation
import OutreachCore
import Testing
import TestSupport

@Suite("The demo's invented nominees: a title from the people file, never from a dictionary's order")
struct DemoNomineesTests {
    static func generator() throws -> DemoNominees {
        let peopleFile = Fixture.template("demo/people.yaml")
        let unitsFile = Fixture.template("units/lao-cai-2022.yaml")
        let people = try TemplateLoader.demoPeople(yaml: try TemplateLoader.readText(path: peopleFile), file: peopleFile)
        let units = try TemplateLoader.units(yaml: try TemplateLoader.readText(path: unitsFile), file: unitsFile)
        return DemoNominees(people: people, units: UnitTree(units.units))
    }

    @Test("A workplace of a kind the people file does not list takes the titles of the nearest unit above it")
    func unlistedKindTakesItsParentsTitles() throws {
        let generator = try Self.generator()
        let unitsFile = Fixture.template("units/lao-cai-2022.yaml")
        let tree = UnitTree(try TemplateLoader.units(yaml: try TemplateLoader.readText(path: unitsFile), file: unitsFile).units)
        // A school's subject group (tổ khối): its kind has no titles of its own in people.yaml, its school's has.
        let group = try #require(tree[UnitCode(rawValue: "TH-BATXAT-KIMDONG-TO23")!])
        let school = try #require(tree[UnitCode(rawValue: "TH-BATXAT-KIMDONG")!])
        let cbql = RoleCode(rawValue: "cbql")!
        #expect(generator.positions(cbql, at: group) == generator.positions(cbql, at: school))
        #expect(generator.positions(cbql, at: school) == ["Hiệu trưởng", "Phó Hiệu trưởng", "Phó Hiệu trưởng"])
        // A role with no titles at all is a plain "Cán bộ".
        #expect(generator.positions(RoleCode(rawValue: "khong-co")!, at: school) == ["Cán bộ"])
    }
}
