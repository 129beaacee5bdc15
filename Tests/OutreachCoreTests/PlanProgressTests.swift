import Foundation
import OutreachCore
import Testing
import TestSupport

@Suite("A plan's activities done, per quarter")
struct PlanProgressTests {
    let plan = try! TemplateLoader.plan(
        yaml: String(contentsOfFile: Fixture.template("plans/lai-chau-2022-tdkt.yaml"), encoding: .utf8), file: "p.yaml",
        units: UnitTree(try! TemplateLoader.units(
            yaml: String(contentsOfFile: Fixture.template("units/lai-chau-ldld-2022.yaml"), encoding: .utf8),
            file: "u.yaml").units)).template

    func day(_ iso: String) -> CalendarDate { try! CalendarDate(iso: iso) }

    func mark(_ id: Int64, _ number: Int, _ done: String, recorded: String? = nil) -> ActivityMark {
        ActivityMark(id: id, number: number, done: day(done), recorded: day(recorded ?? done))
    }

    @Test func countsPerQuarterOnADay() {
        let marks = [
            mark(1, 1, "2022-02-10"), mark(2, 2, "2022-03-20"),
            mark(3, 8, "2022-04-12"),                           // a quarter-I activity done in April: late
            mark(4, 10, "2022-05-02"),
            mark(5, 9, "2022-03-25", recorded: "2022-07-01"),   // recorded later: not seen before 01/07
            mark(6, 2, "2022-03-18", recorded: "2022-03-21"),   // a correction of activity 2
        ]
        // On 31/03, quarter I is not over: nothing is overdue; the April mark is not seen yet.
        let march = QuarterProgress.of(plan, marks: marks, today: day("2022-03-31"))
        #expect(march.map(\.quarter) == [1, 2, 3, 4])
        #expect(march.map(\.total) == [9, 7, 6, 8])
        #expect(march[0].done == 2 && march[0].overdue == 0 && march[0].doneLate == 0)
        #expect(march[0].activities.first { $0.number == 2 }?.mark?.done.iso == "2022-03-18")
        // On 30/06: quarter I is over, 8 done late, 3 to 7 and 9 not done; quarter II has 10.
        let june = QuarterProgress.of(plan, marks: marks, today: day("2022-06-30"))
        #expect(june[0].done == 3 && june[0].doneLate == 1 && june[0].overdue == 6)
        #expect(june[1].done == 1 && june[1].overdue == 0)
        // From 01/07 the late-recorded mark of 9 counts; quarter II's six others are overdue.
        let july = QuarterProgress.of(plan, marks: marks, today: day("2022-07-01"))
        #expect(july[0].done == 4 && july[0].overdue == 5 && july[1].overdue == 6)
        #expect(QuarterProgress.lastDay(of: 3, year: 2022).iso == "2022-09-30")
    }
}
