import OutreachCore
import Testing
import TestSupport

@Suite("A session's schedule: which half-days are held, their times, and what a half-day session costs")
struct ScheduleTests {
    let units = try! Fixture.text("mini-units.yaml")
    let session = try! Fixture.text("mini-session.yaml")

    func withSchedule(_ schedule: String, days: Int = 1, by: String = "half-day") throws -> Session {
        let yaml = session
            .replacingOccurrences(of: "days: 1\n", with: "days: \(days)\nattendance_by: \(by)\nschedule:\n\(schedule)")
        let tree = UnitTree(try TemplateLoader.units(yaml: units, file: "u.yaml").units)
        return try TemplateLoader.session(yaml: yaml, file: "s.yaml", units: tree).template.session
    }

    func error(_ schedule: String, days: Int = 1, by: String = "half-day") -> String? {
        let error = #expect(throws: OutreachError.self) { try withSchedule(schedule, days: days, by: by) }
        return error?.message(.vi)
    }

    @Test func aMorningOnlySessionHasOneHalfDay() throws {
        let s = try withSchedule("  - {part: am, time: \"07:30–11:30\"}\n")
        #expect(s.parts.map(\.code) == ["2022-05-10:am"])
        #expect(s.halfDayCount == 1)
        let part = try #require(s.schedule(of: s.parts[0]))
        #expect(part.start.description == "07:30" && part.end.description == "11:30" && part.minutes == 240)
        // start_time stays as the template gave it; end_time follows the schedule.
        #expect(s.startTime?.description == "08:00")
        #expect(s.endTime?.description == "11:30")
    }

    @Test func aDateCanHaveItsOwnParts() throws {
        let s = try withSchedule("""
              - {part: am, time: "08:00-11:30"}
              - {part: pm, time: "13h30 - 17h00"}
              - {part: am, time: "08:00–11:00", date: 2022-05-11}

            """, days: 2)
        #expect(s.parts.map(\.code) == ["2022-05-10:am", "2022-05-10:pm", "2022-05-11:am"])
        #expect(s.halfDayCount == 3)
        #expect(s.schedule(of: s.parts[2])?.minutes == 180)
        #expect(VietnameseDuration.text(minutes: 210) == "3 giờ 30 phút")
        #expect(VietnameseDuration.text(minutes: 240) == "4 giờ")
        #expect(VietnameseDuration.text(minutes: 45) == "45 phút")
    }

    @Test func wholeDaysCountTwoHalfDaysEach() throws {
        let s = try withSchedule("  - {part: day, time: \"08:00–17:00\"}\n", days: 2, by: "day")
        #expect(s.halfDayCount == 4)
    }

    @Test(arguments: [
        ("  - {part: am, time: \"11:30–07:30\"}\n", "(schedule[0].time): “11:30–07:30” không hợp lệ; viết giờ bắt đầu–giờ kết thúc"),
        ("  - {part: am, time: \"8h\"}\n", "(schedule[0].time): “8h” không hợp lệ"),
        ("  - {part: am, time: \"25:00–26:00\"}\n", "(schedule[0].time)"),
        ("  - {part: noon, time: \"12:00–13:00\"}\n", "(schedule[0].part): “noon” không hợp lệ; chọn am (sáng), pm (chiều) hoặc day (cả ngày)"),
        ("  - {part: am, time: \"08:00–11:00\", room: 2}\n", "khóa “room” không hợp lệ"),
        ("  - {part: am, time: \"08:00–11:00\"}\n  - {part: am, time: \"08:30–11:00\"}\n", "(schedule[1].part): buổi am khai báo hai lần"),
        ("  - {part: am, time: \"08:00–11:00\", date: 2022-05-12}\n", "(schedule[0].date): ngày 2022-05-12 không thuộc đợt"),
        ("  - {part: day, time: \"08:00–17:00\"}\n", "(schedule[0].part): đợt điểm danh theo buổi: dùng part: am hoặc pm"),
        ("  - {part: am, time: \"08:00–12:00\"}\n  - {part: pm, time: \"11:00–17:00\"}\n",
         "(schedule[1].time): buổi chiều bắt đầu 11:00 trước khi buổi sáng kết thúc 12:00"),
        ("  []\n", "(schedule): cần ít nhất một buổi"),
    ])
    func badSchedulesAreLocatedErrors(schedule: String, message: String) throws {
        let text = try #require(error(schedule))
        #expect(text.hasPrefix("s.yaml:") && text.contains(message), "\(text)")
    }

    @Test func aDayWithoutAPartIsAnError() throws {
        let text = try #require(error("  - {part: am, time: \"08:00–11:00\", date: 2022-05-10}\n", days: 2))
        #expect(text.contains("ngày 2022-05-11 không có buổi nào"), "\(text)")
    }
}
