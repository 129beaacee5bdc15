import Foundation
import Testing

@testable import OutreachCore

@Suite struct CalendarDateTests {
    @Test(arguments: [
        (2022, 5, 10), (2024, 2, 29), (2000, 2, 29), (2022, 12, 31), (1, 1, 1), (9999, 12, 31),
    ])
    func acceptsRealDates(year: Int, month: Int, day: Int) throws {
        let date = try CalendarDate(year: year, month: month, day: day)
        #expect(try CalendarDate(iso: date.iso) == date)
    }

    @Test(arguments: [
        (2022, 2, 31, "31/02/2022 is not a date: February 2022 has 28 days"),
        (2023, 2, 29, "29/02/2023 is not a date: February 2023 has 28 days"),
        (1900, 2, 29, "29/02/1900 is not a date: February 1900 has 28 days"),
        (2022, 4, 31, "31/04/2022 is not a date: April 2022 has 30 days"),
        (2022, 13, 1, "01/13/2022 is not a date: there is no month 13"),
        (2022, 0, 10, "10/00/2022 is not a date: there is no month 0"),
        (2022, 5, 0, "00/05/2022 is not a date: May 2022 has 31 days"),
        (0, 5, 10, "10/05/0000 is not a date: year 0 is outside 1–9999"),
    ])
    func rejectsImpossibleDates(year: Int, month: Int, day: Int, message: String) {
        #expect {
            try CalendarDate(year: year, month: month, day: day)
        } throws: { error in
            (error as? DateError)?.description == message
        }
    }

    @Test(arguments: [
        ("10/5/2022", "2022-05-10"), ("10/05/2022", "2022-05-10"), ("5/1/2022", "2022-01-05"),
        (" 28/02/2022 ", "2022-02-28"), ("10-5-2022", "2022-05-10"), ("10.05.2022", "2022-05-10"),
    ])
    func parsesVietnameseDayFirstDates(text: String, iso: String) throws {
        #expect(try CalendarDate(vietnamese: text).iso == iso)
    }

    @Test(arguments: ["2022-05-10", "10/5/22", "5/10", "10/5/2022/1", "1o/5/2022", "+1/5/2022", "", "100/5/2022"])
    func rejectsMalformedVietnameseDates(text: String) {
        #expect(throws: DateError.self) { try CalendarDate(vietnamese: text) }
    }

    @Test(arguments: ["2022-5-10", "10/05/2022", "2022-05-10T08:00", "22-05-10", "2022-02-30"])
    func rejectsMalformedISODates(text: String) {
        #expect(throws: DateError.self) { try CalendarDate(iso: text) }
    }

    @Test func vietnameseParseErrorNamesTheProblem() {
        #expect {
            try CalendarDate(vietnamese: "31/2/2022")
        } throws: { error in
            (error as? DateError)?.description == "31/2/2022 is not a date: February 2022 has 28 days"
        }
    }

    @Test(arguments: [
        ("2022-05-10", 1, "2022-05-11"), ("2022-02-28", 1, "2022-03-01"), ("2024-02-28", 1, "2024-02-29"),
        ("2022-12-31", 1, "2023-01-01"), ("2022-05-10", -10, "2022-04-30"), ("2022-05-10", 365, "2023-05-10"),
        ("2000-03-01", -1, "2000-02-29"), ("1970-01-01", -1, "1969-12-31"),
    ])
    func addsDays(start: String, days: Int, expected: String) throws {
        let from = try CalendarDate(iso: start)
        let to = from.adding(days: days)
        #expect(to.iso == expected)
        #expect(from.days(to: to) == days)
    }

    @Test(arguments: [
        ("2022-05-10", Weekday.tuesday), ("1970-01-01", .thursday), ("2022-01-30", .sunday),
        ("2025-07-01", .tuesday), ("1969-12-31", .wednesday), ("2000-02-29", .tuesday),
    ])
    func weekday(iso: String, expected: Weekday) throws {
        #expect(try CalendarDate(iso: iso).weekday == expected)
    }

    @Test func ordersDatesInTime() throws {
        let dates = try ["2022-12-10", "2022-01-30", "2021-12-31", "2022-06-10"].map { try CalendarDate(iso: $0) }
        #expect(dates.sorted().map(\.iso) == ["2021-12-31", "2022-01-30", "2022-06-10", "2022-12-10"])
    }

    @Test func todayUsesVietnamTime() throws {
        // 2022-05-09 18:30 UTC is already 10 May 01:30 in Vietnam.
        let instant = Date(timeIntervalSince1970: 1_652_121_000)
        #expect(CalendarDate.today(in: VietnameseDate.timeZone, now: instant).iso == "2022-05-10")
        #expect(CalendarDate.today(in: try #require(TimeZone(identifier: "UTC")), now: instant).iso == "2022-05-09")
    }

    @Test func codesAsISOString() throws {
        let date = try CalendarDate(year: 2022, month: 5, day: 10)
        let json = try JSONEncoder().encode([date])
        #expect(String(decoding: json, as: UTF8.self) == #"["2022-05-10"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: json) == [date])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2022-02-30"]"#.utf8))
        }
        #expect(date.description == "2022-05-10")
    }
}
