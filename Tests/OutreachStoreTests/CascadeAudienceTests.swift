import OutreachCore
import OutreachStore
import Testing
import TestSupport

@Suite("A follow-up that must reach people is measured against the units' staff figures")
struct CascadeAudienceTests {
    static let peopleFollowUp = """

        follow_up:
          due_days_after: 30
          audience: people
        """

    /// The mini units, with staff figures where `staff` says, and the mini session requiring a people follow-up.
    static func database(staff: [String: Int]) throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        var units = try TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "mini-units.yaml")
        for index in units.units.indices { units.units[index].staff = staff[units.units[index].code.rawValue] }
        _ = try database.importUnits(units, source: "mini-units.yaml", context: Fixture.operatorContext())
        _ = try database.createSession(
            yaml: try Fixture.text("mini-session.yaml") + peopleFollowUp, file: "mini-session.yaml", context: Fixture.context())
        return database
    }

    static let context = CommandContext(actor: nil, command: "test", today: try! CalendarDate(iso: "2022-05-11"))

    @Test func theAudienceIsTheSumOfTheStaffAtAndBelowTheOffice() throws {
        // Bát Xát's office 9 and Kim Đồng 31; Ý Tý has no figure and nobody known there, so it adds nothing.
        let database = try Self.database(staff: ["PGD-BATXAT": 9, "TH-BATXAT-KIMDONG": 31, "THPT-CHUYEN": 58])
        let duties = try database.openCascade(session: Fixture.session, invited: true, context: Self.context)
        let batxat = try #require(duties.first { $0.unit.rawValue == "PGD-BATXAT" })
        #expect(batxat.audience == .people && batxat.audiencePeople == 40 && batxat.audiencePeopleFrom == .staff)
        #expect(duties.first { $0.unit.rawValue == "THPT-CHUYEN" }?.audiencePeople == 58)
        // Sa Pa has no unit with a figure: only the people the database knows (none), and it says so.
        let sapa = try #require(duties.first { $0.unit.rawValue == "PGD-SAPA" })
        #expect(sapa.audiencePeople == 0 && sapa.audiencePeopleFrom == .knownPeople)
        // What the tree reads back is what was fixed.
        let tree = try database.cascadeTree(session: Fixture.session, today: Self.context.today)
        #expect(tree.nodes.first { $0.duty.unit.rawValue == "PGD-BATXAT" }?.duty.audiencePeopleFrom == .staff)
        #expect(tree.total.audiencePeople == 98)
    }

    @Test func staffFiguresChangedLaterChangeNoDuty() throws {
        let database = try Self.database(staff: ["THPT-CHUYEN": 58])
        _ = try database.openCascade(session: Fixture.session, invited: true, context: Self.context)
        var units = try TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "mini-units.yaml")
        for index in units.units.indices { units.units[index].staff = 70 }
        let summary = try database.importUnits(units, source: "again.yaml", context: Fixture.operatorContext())
        #expect(summary.updated == units.units.count)
        #expect(try database.unit(UnitCode(rawValue: "THPT-CHUYEN")!).staff == 70)
        let tree = try database.cascadeTree(session: Fixture.session, today: Self.context.today)
        #expect(tree.nodes.first { $0.duty.unit.rawValue == "THPT-CHUYEN" }?.duty.audiencePeople == 58)
    }
}
