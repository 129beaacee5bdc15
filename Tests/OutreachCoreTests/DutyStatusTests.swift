import OutreachCore
import Testing

@Suite("Duty status at the boundaries of the due and closing dates")
struct DutyStatusTests {
    static let due = try! CalendarDate(iso: "2022-06-09")
    static let closes = try! CalendarDate(iso: "2022-06-19")

    static func day(_ iso: String) -> CalendarDate { try! CalendarDate(iso: iso) }

    @Test(arguments: [
        ("2022-06-08", nil, DutyStatus.due),
        ("2022-06-09", nil, .due),             // the due date itself is still due, not overdue
        ("2022-06-10", nil, .overdue),         // the day after
        ("2022-06-19", nil, .overdue),         // the closing date is still overdue
        ("2022-06-20", nil, .missing),         // the day after closing
        ("2022-07-30", "2022-06-09", .onTime), // held on the due date: on time
        ("2022-06-09", "2022-05-20", .onTime),
        ("2022-07-30", "2022-06-10", .late),   // held the day after: late
        ("2022-07-30", "2022-06-25", .late),   // held after closing still counts, as late
    ] as [(String, String?, DutyStatus)])
    func statusOn(today: String, done: String?, expected: DutyStatus) {
        #expect(DutyStatus.of(due: Self.due, closes: Self.closes, done: done.map(Self.day), reported: done.map(Self.day),
                              today: Self.day(today)) == expected)
    }

    @Test(arguments: [
        ("2022-06-01", "2022-06-19", DutyStatus.onTime), // held in time, reported on the closing date
        ("2022-06-09", "2022-06-12", .onTime),           // held on the due date, reported within the grace
        ("2022-06-01", "2022-06-20", .late),             // reported the day after closing: late, not on time
        ("2022-06-01", "2022-09-30", .late),             // months later cannot turn "missing" into "on time"
    ] as [(String, String, DutyStatus)])
    func aReportAfterTheClosingDateIsLate(done: String, reported: String, expected: DutyStatus) {
        #expect(DutyStatus.of(due: Self.due, closes: Self.closes, done: Self.day(done), reported: Self.day(reported),
                              today: Self.day("2022-10-01")) == expected)
    }

    @Test func followUpRuleDueDate() {
        let ends = Self.day("2022-05-10")
        #expect(FollowUpRule(dueDaysAfter: 30).due(after: ends) == Self.day("2022-06-09"))
        #expect(FollowUpRule().due(after: ends) == Self.day("2022-06-09"))
        #expect(FollowUpRule(dueDate: Self.day("2022-06-01")).due(after: ends) == Self.day("2022-06-01"))
        #expect(FollowUpRule(audience: "people").audienceKind == .people)
        #expect(FollowUpRule().audienceKind == .subordinateUnits)
    }

    @Test func rollUpCountsAUnitOnceAndNeverOverAHundredPercent() throws {
        let root = SessionCode(rawValue: "S")!
        func duty(_ id: Int64, _ unit: String, session: String = "S", child: String? = nil) -> CascadeTree.Row {
            CascadeTree.Row(duty: Duty(
                id: id, kind: .followUp, scope: session, session: SessionCode(rawValue: session), unit: UnitCode(rawValue: unit)!,
                owedTo: UnitCode(rawValue: "SO")!, due: Self.due, closes: Self.closes, audience: .subordinateUnits,
                audienceUnits: 10, audiencePeople: 100, childSession: child.flatMap(SessionCode.init(rawValue:)),
                createdOn: Self.day("2022-05-11")), unitName: unit, sortKey: Int(id))
        }
        func report(_ id: Int64, duty: Int64, done: String, reported: String, units: Int) -> DutyReport {
            DutyReport(id: id, duty: duty, done: Self.day(done), reported: Self.day(reported), reachedUnits: units,
                       reachedPeople: units * 10, source: "typed")
        }
        let rows = [duty(1, "A", child: "S-A"), duty(2, "B"), duty(3, "A1", session: "S-A"), duty(4, "A2", session: "S-A")]
        let reports = [
            report(1, duty: 1, done: "2022-06-01", reported: "2022-06-02", units: 8),
            report(2, duty: 1, done: "2022-06-01", reported: "2022-06-05", units: 9),   // a correction: counts once
            report(3, duty: 3, done: "2022-06-12", reported: "2022-06-12", units: 1),
            report(4, duty: 4, done: "2022-06-20", reported: "2022-06-30", units: 1),   // not yet seen on 25/06
        ]
        let tree = CascadeTree(root: root, today: Self.day("2022-06-25"), rows: rows, reports: reports)
        #expect(tree.nodes.map(\.duty.unit.rawValue) == ["A", "A1", "A2", "B"])
        #expect(tree.nodes.map(\.level) == [1, 2, 2, 1])
        #expect(tree.nodes.map(\.status) == [.onTime, .late, .missing, .missing])
        let a = tree.nodes[0]
        #expect(a.reportCount == 2 && a.report?.reachedUnits == 9)
        #expect(a.subtree.owed == 3 && a.subtree.reported == 2 && a.subtree.onTime == 1 && a.subtree.late == 1)
        #expect(a.subtree.reachedUnits == 10 && a.subtree.audienceUnits == 30)
        #expect(tree.levels.map(\.owed) == [2, 2] && tree.levels.map(\.reported) == [1, 1])
        #expect(tree.total.owed == 4 && tree.total.reported == 2 && tree.total.completeness == 0.5)
        #expect(tree.total.timeliness == 0.5)
        #expect(tree.nodes(upTo: 1).count == 2)
        // Seen a week later, the last report counts too; completeness stays within 100 %.
        let later = CascadeTree(root: root, today: Self.day("2022-07-01"), rows: rows, reports: reports + [
            report(5, duty: 4, done: "2022-06-20", reported: "2022-07-01", units: 1),
        ])
        #expect(later.total.reported == 3 && (later.total.completeness ?? 2) <= 1)
    }
}
