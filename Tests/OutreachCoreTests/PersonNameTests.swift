import Foundation
import Testing
import TestSupport

@testable import OutreachCore

@Suite struct PersonNameTests {
    @Test func fixtureSortsIntoTheOfficialOrder() throws {
        let names = try Fixture.lines("vi-names")
        #expect(names.count == 400)
        try expectOfficialOrder(names)
    }

    @Test func fixtureOrderSurvivesDecomposedInput() throws {
        try expectOfficialOrder(try Fixture.lines("vi-names").map { $0.decomposedStringWithCanonicalMapping })
    }

    /// Sorts the names and compares with the ICU-made order, naming the first lines that differ.
    private func expectOfficialOrder(_ names: [String]) throws {
        let expected = try Fixture.lines("vi-names-sorted")
        #expect(names != expected)
        let sorted = names.map(PersonName.init).sorted { $0.sortKey() < $1.sortKey() }.map(\.fullName)
        #expect(sorted.count == expected.count)
        let differences = zip(sorted, expected).enumerated().filter { $0.element.0 != $0.element.1 }
            .map { "line \($0.offset + 1): got \($0.element.0), expected \($0.element.1)" }
        #expect(differences.isEmpty, "\(differences.count) lines differ: \(differences.prefix(3))")
    }

    @Test(arguments: [
        ("Nguyễn Văn An", "Nguyễn", "Văn", "An"),
        ("Tẩn Láo Lở", "Tẩn", "Láo", "Lở"),
        ("Trần Thị Thu Hà", "Trần", "Thị Thu", "Hà"),
        ("Lý Seo Chảo", "Lý", "Seo", "Chảo"),
        ("  Vàng   Dung ", "Vàng", "", "Dung"),
        ("Páo", "", "", "Páo"),
        ("", "", "", ""),
    ])
    func parts(fullName: String, family: String, middle: String, given: String) {
        let name = PersonName(fullName)
        #expect(name.family == family)
        #expect(name.middle == middle)
        #expect(name.given == given)
    }

    /// Each list is in official order (given name, then the name from the start); checked with ICU's `vi` collator.
    @Test(arguments: [
        ["Trần Văn Dương", "Nguyễn Văn Đào"],  // Đ after D whatever the family name
        ["Lê Thị An", "Ông Văn Ăn", "Bùi Thị Ân"],  // Ă and Â after A
        ["Võ Thị Em", "Lê Văn Ê"],
        ["Vũ Văn Oanh", "Ma Thị Ôn", "Đỗ Văn Ơn"],
        ["Lò Văn Uy", "Hà Thị Ưng"],
        ["Lê Ma", "Lê Mà", "Lê Mả", "Lê Mã", "Lê Má", "Lê Mạ"],
        ["Lý Seo Chảo", "Thào A Dính", "Vàng Thị Dung", "Tẩn Láo Lở", "Sùng Thị Mai", "Giàng A Páo"],
        ["Hoàng Văn Bình", "Lê Thị Bình", "Nguyễn Văn Bình", "Phạm Bình"],
        ["Dương Văn Hà", "Đặng Thị Hà"],
        ["An", "Nguyễn An", "Lê Thị Ánh"],
        ["Ông Ánh Ảnh", "Huỳnh Thu Ánh"],  // the given name's tone outranks the family name's letters
        ["Lê An", "Lê Văn An"],
    ] as [[String]])
    func sortsTrickyNames(expected: [String]) {
        let sorted = expected.reversed().map(PersonName.init).sorted { $0.sortKey() < $1.sortKey() }
        #expect(sorted.map(\.fullName) == expected)
    }

    @Test func identicalNamesGetEqualKeys() {
        let first = PersonName("Nguyễn Văn An")
        let second = PersonName(" Nguye\u{0302}\u{0303}n  Văn An")
        #expect(first == second)
        #expect(first.sortKey() == second.sortKey())
        #expect(first.sortKey(tieBreak: .givenThenMiddle) == second.sortKey(tieBreak: .givenThenMiddle))
    }

    @Test func tieBreakChoosesFamilyOrMiddleName() {
        let names = ["Trần Văn An", "Lê Xuân An", "Phạm Anh An"].map(PersonName.init)
        let byFamily = names.sorted { $0.sortKey() < $1.sortKey() }.map(\.fullName)
        #expect(byFamily == ["Lê Xuân An", "Phạm Anh An", "Trần Văn An"])
        let byMiddle = names.sorted { $0.sortKey(tieBreak: .givenThenMiddle) < $1.sortKey(tieBreak: .givenThenMiddle) }
        #expect(byMiddle.map(\.fullName) == ["Phạm Anh An", "Trần Văn An", "Lê Xuân An"])
    }

    @Test func matchKeyFindsTheSamePerson() {
        #expect(PersonName("Nguyễn Thị Thuý").matchKey == PersonName("nguyễn thị thúy").matchKey)
        #expect(PersonName("Nguyễn Thị Thuý").matchKey != PersonName("Nguyễn Thị Thủy").matchKey)
    }

    @Test(arguments: NameOrder.allCases)
    func nameOrderRoundTripsThroughItsRawValue(order: NameOrder) {
        #expect(NameOrder(rawValue: order.rawValue) == order)
    }
}
