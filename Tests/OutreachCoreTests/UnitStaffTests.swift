import OutreachCore
import Testing
import TestSupport

@Suite("Units files give each unit's staff figure, strictly")
struct UnitStaffTests {
    @Test func staffIsReadWhenGivenAndNilOtherwise() throws {
        let yaml = "name: x\nunits:\n  - {code: A, name: A, kind: truong, staff: 34}\n  - {code: B, name: B, kind: truong, parent: A}\n"
        let list = try TemplateLoader.units(yaml: yaml, file: "u.yaml")
        #expect(list.units.map(\.staff) == [34, nil])
    }

    @Test func theLaoCaiSchoolsHavePlausibleFigures() throws {
        let file = Fixture.template("units/lao-cai-2022.yaml")
        let list = try TemplateLoader.units(yaml: TemplateLoader.readText(path: file), file: file)
        let schools = list.units.filter { ["truong", "truc-thuoc-so"].contains($0.kind.rawValue) }
        #expect(schools.count > 100 && schools.allSatisfy { $0.staff != nil })
        // A school whose teachers sit in its groups counts only its board; the rest are 18–60 teachers.
        let tree = UnitTree(list.units)
        for school in schools {
            let total = (school.staff ?? 0) + tree.children(of: school.code).reduce(0) { $0 + ($1.staff ?? 0) }
            #expect((18...60).contains(total), "\(school.code): \(total)")
        }
    }

    @Test(arguments: [
        ("name: x\nunits:\n  - {code: A, name: A, kind: truong, staff: -3}\n",
         "u.yaml:3 (units[0].staff): số người phải từ 0 đến 100000, không phải -3"),
        ("name: x\nunits:\n  - {code: A, name: A, kind: truong, staff: 200000}\n",
         "u.yaml:3 (units[0].staff): số người phải từ 0 đến 100000, không phải 200000"),
        ("name: x\nunits:\n  - {code: A, name: A, kind: truong, staff: nhiều}\n", "u.yaml:3 (units[0].staff)"),
        ("name: x\nunits:\n  - {code: A, name: A, kind: truong, staff: 20.5}\n", "u.yaml:3 (units[0].staff)"),
        ("name: x\nunits:\n  - {code: A, name: A, kind: truong, staf: 20}\n", "u.yaml:3"),
    ])
    func badStaffFiguresAreLocatedErrors(yaml: String, message: String) throws {
        let error = #expect(throws: OutreachError.self) { try TemplateLoader.units(yaml: yaml, file: "u.yaml") }
        let text = try #require(error?.message(.vi))
        #expect(text.contains(message), "\(text)")
    }
}
