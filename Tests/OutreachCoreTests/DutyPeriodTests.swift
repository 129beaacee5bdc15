import Foundation
import Testing
import TestSupport
@testable import OutreachCore

@Suite("Recurring duties: periods, their words and their due dates")
struct DutyPeriodTests {
    func day(_ iso: String) -> CalendarDate { try! CalendarDate(iso: iso) }
    func period(_ code: String) -> DutyPeriod { DutyPeriod(code: code)! }

    @Test(arguments: [
        // code, start, end, Vietnamese words, the code it prints back
        ("2022", "2022-01-01", "2022-12-31", "năm 2022", "2022"),
        ("2022-H1", "2022-01-01", "2022-06-30", "6 tháng đầu năm 2022", "2022-H1"),
        ("2022-h2", "2022-07-01", "2022-12-31", "6 tháng cuối năm 2022", "2022-H2"),
        ("2024-Q1", "2024-01-01", "2024-03-31", "quý I năm 2024", "2024-Q1"),
        ("2022-Q3", "2022-07-01", "2022-09-30", "quý III năm 2022", "2022-Q3"),
        ("2022-Q4", "2022-10-01", "2022-12-31", "quý IV năm 2022", "2022-Q4"),
        ("2024-M02", "2024-02-01", "2024-02-29", "tháng 2 năm 2024", "2024-M02"),
        ("2023-M2", "2023-02-01", "2023-02-28", "tháng 2 năm 2023", "2023-M02"),
        ("2022-M12", "2022-12-01", "2022-12-31", "tháng 12 năm 2022", "2022-M12"),
    ])
    func periodsReadBoundedAndWorded(_ row: (String, String, String, String, String)) {
        let (code, start, end, words, printed) = row
        let period = DutyPeriod(code: code)
        #expect(period?.start == day(start))
        #expect(period?.end == day(end))
        #expect(period?.name(.vi) == words)
        #expect(period?.code == printed)
    }

    @Test(arguments: ["", "22", "2022-H3", "2022-H0", "2022-Q5", "2022-M13", "2022-M00", "2022-X1", "2022-H", "2022-H1-1",
                      "1999", "2101-H1", "2022-M123", "abcd-H1"])
    func notPeriods(_ code: String) {
        #expect(DutyPeriod(code: code) == nil)
    }

    @Test func nextCrossesTheYear() {
        #expect(period("2022-H2").next == period("2023-H1"))
        #expect(period("2022-Q4").next == period("2023-Q1"))
        #expect(period("2022-M12").next == period("2023-M01"))
        #expect(period("2022").next == period("2023"))
        #expect(period("2022-H1") < period("2022-H2") && period("2022-H2") < period("2023-H1"))
    }

    @Test(arguments: [
        // every, from, until, only, days after the end, the issuer's days → periods and their due days
        (Recurrence.halfYear, "2021-H1", "2022-H2", [Int](), 15, [String: String](),
         ["2021-H1": "2021-07-15", "2021-H2": "2022-01-15", "2022-H1": "2022-07-15", "2022-H2": "2023-01-15"]),
        (.halfYear, "2021-H1", "2022-H2", [1], 15, [:], ["2021-H1": "2021-07-15", "2022-H1": "2022-07-15"]),
        (.year, "2021", "2022", [], 15, ["2021": "2022-01-10"], ["2021": "2022-01-10", "2022": "2023-01-15"]),
        (.year, "2021", "2022", [], 0, [:], ["2021": "2021-12-31", "2022": "2022-12-31"]),
        (.quarter, "2022-Q3", "2023-Q1", [], 10, ["2022-Q4": "2022-12-20"],
         ["2022-Q3": "2022-10-10", "2022-Q4": "2022-12-20", "2023-Q1": "2023-04-10"]),
        (.month, "2022-M11", "2023-M02", [], -5, [:],
         ["2022-M11": "2022-11-25", "2022-M12": "2022-12-26", "2023-M01": "2023-01-26", "2023-M02": "2023-02-23"]),
    ])
    func schedules(_ row: (Recurrence, String, String, [Int], Int, [String: String], [String: String])) {
        let (every, from, until, only, days, dueOn, expected) = row
        let rule = RecurrenceRule(
            every: every, first: period(from), last: period(until), only: only, dueDaysAfterEnd: days,
            dueOn: Dictionary(uniqueKeysWithValues: dueOn.map { (period($0.key), day($0.value)) }))
        #expect(rule.problems.isEmpty)
        let schedule = rule.schedule
        #expect(schedule.map(\.period.code) == expected.keys.sorted { period($0) < period($1) })
        for (period, due) in schedule {
            #expect(due?.iso == expected[period.code], "\(period.code)")
        }
    }

    @Test func problemsAreNamed() {
        let half = RecurrenceRule(every: .halfYear, first: period("2022-H1"), last: period("2022-H2"))
        #expect(half.problems.map(\.en) == ["period 2022-H1 has no due date (give due_days_after_end or due_on)",
                                            "period 2022-H2 has no due date (give due_days_after_end or due_on)"])
        let mixed = RecurrenceRule(every: .year, first: period("2022-H1"), last: period("2021"), dueDaysAfterEnd: 15)
        #expect(mixed.problems.first?.en == "from: period 2022-H1 is not a year period")
        #expect(mixed.periods.isEmpty)
        let backwards = RecurrenceRule(every: .year, first: period("2023"), last: period("2021"), dueDaysAfterEnd: 15)
        #expect(backwards.problems.map(\.en) == ["the last period 2021 is before the first 2023"])
        let early = RecurrenceRule(every: .year, first: period("2022"), last: period("2022"), dueDaysAfterEnd: 15,
                                   dueOn: [period("2022"): day("2021-12-01"), period("2024"): day("2025-01-10")])
        #expect(early.problems.map(\.en) == ["due_on: period 2024 is not one of the duty's periods",
                                             "due date 2021-12-01 of period 2022 is before the period begins"])
        let only = RecurrenceRule(every: .quarter, first: period("2022-Q1"), last: period("2022-Q4"), only: [5], dueDaysAfterEnd: 1)
        #expect(only.problems.map(\.en) == ["only: there is no period 5 (1–4)"])
    }

    @Test func planFileRecursAndRefusesWhatDoesNotFit() throws {
        let units = UnitTree(try TemplateLoader.units(
            yaml: String(contentsOfFile: Fixture.template("units/lai-chau-ldld-2022.yaml"), encoding: .utf8),
            file: "lai-chau-ldld-2022.yaml").units)
        let text = try String(contentsOfFile: Fixture.template("plans/lai-chau-2021-doi-moi-tdkt.yaml"), encoding: .utf8)
        let plan = try TemplateLoader.plan(yaml: text, file: "628.yaml", units: units)
        let sixMonths = try #require(plan.template.duties.first { $0.code.rawValue == "bao-cao-6-thang" })
        #expect(sixMonths.recurs?.schedule.map { "\($0.period.code) \($0.due?.iso ?? "")" }
            == ["2021-H1 2021-07-15", "2021-H2 2022-01-15", "2022-H1 2022-07-15", "2022-H2 2023-01-15"])
        #expect(sixMonths.due.iso == "2021-07-15")
        #expect(plan.owing[1].count == 11)
        func fault(_ old: String, _ new: String) -> (field: String, reason: String)? {
            #expect(text.contains(old), "the seed plan no longer contains \(old)")
            do {
                _ = try TemplateLoader.plan(yaml: text.replacingOccurrences(of: old, with: new), file: "628.yaml", units: units)
                return nil
            } catch let OutreachError.invalidTemplate(location, reason) {
                return (location.field ?? "", reason.en)
            } catch { return nil }
        }
        #expect(fault("from: 2021-H1", "from: 2021-H3")?.field == "duties[1].recurs.from")
        #expect(fault("      until: 2022-H2\n", "      until: 2022\n")?.field == "duties[1].recurs")
        #expect(fault("from: 2021-H1", "from: 2022-H1")?.field == "duties[1].recurs.from")
        #expect(fault("      due_days_after_end: 15\n    send_to", "    send_to")?.field == "duties[1].recurs")
        #expect(fault("every: half-year", "every: fortnight")?.field == "duties[1].recurs.every")
        #expect(fault("      due_days_after_end: 0\n", "      due_days_after_end: 0\n    due: 2021-12-31\n")?.field
            == "duties[0].due")
    }
}
