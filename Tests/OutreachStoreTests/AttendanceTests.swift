import OutreachCore
import OutreachStore
import Testing
import TestSupport

@Suite("Attendance per half-day: marks, rates, and people nominated late")
struct AttendanceTests {
    let database = try! Fixture.miniDatabase()
    let morning = SessionPart(code: "2022-05-10:am")!
    let afternoon = SessionPart(code: "2022-05-10:pm")!

    func day(_ iso: String) -> CommandContext { Fixture.context(today: try! CalendarDate(iso: iso), late: "tại hội trường") }

    @Test func aOneDaySessionHasTwoHalfDays() throws {
        #expect(try database.session(Fixture.session).parts == [morning, afternoon])
        #expect(morning.label(.vi) == "Sáng 10/05/2022")
    }

    @Test func marksCountAgainstQuotaAndConfirmed() throws {
        let context = Fixture.context()
        let leader = try database.addNominee(Fixture.request("Giàng A Páo", role: "lanh-dao", unit: "PGD-BATXAT"), context: context)
        _ = try database.addNominee(Fixture.request("Sùng Thị Mai", role: "cbql", worksAt: "TH-BATXAT-KIMDONG"), context: context)
        _ = try database.confirm(session: Fixture.session, nominees: ["\(leader.nomination.id)"], context: context)
        let onTheDay = day("2022-05-10")
        #expect(try database.markAttendance(
            session: Fixture.session, nominee: "Páo", status: .present, part: nil, note: nil, context: onTheDay).count == 2)
        _ = try database.markAttendance(
            session: Fixture.session, nominee: "Mai", status: .late, part: morning, note: "8h20", context: onTheDay)
        _ = try database.markAttendance(
            session: Fixture.session, nominee: "Mai", status: .excused, part: afternoon, note: nil, context: onTheDay)
        let report = try database.attendanceReport(session: Fixture.session)
        let office = try #require(report.offices.first { $0.key == "PGD-BATXAT" })
        #expect(office.required == 4 && office.confirmed == 1)
        #expect(office.present == 2 && office.late == 1 && office.excused == 1 && office.absent == 0 && office.unmarked == 0)
        #expect(office.rateAgainstQuota == 37.5)       // 3 of 4 people × 2 half-days
        #expect(office.rateAgainstConfirmed == 100)    // the confirmed leader came to both
        #expect(report.total.required == 10)
        #expect(report.roles.map(\.key) == ["lanh-dao", "cbql"])
        // Marking again replaces, and is audited.
        _ = try database.markAttendance(
            session: Fixture.session, nominee: "Mai", status: .present, part: afternoon, note: nil, context: onTheDay)
        #expect(try database.attendanceReport(session: Fixture.session).offices[0].excused == 0)
    }

    @Test func someoneNominatedAfterAHalfDayIsNotExpectedAtIt() throws {
        // A two-day session: a nominee added on the second day was never expected on the first.
        let database = try AppDatabase.inMemory()
        let units = try TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "mini-units.yaml")
        _ = try database.importUnits(units, source: "mini-units.yaml", context: Fixture.operatorContext())
        _ = try database.createSession(
            yaml: try Fixture.text("mini-session.yaml").replacingOccurrences(of: "days: 1\n", with: "days: 2\n"),
            file: "mini-session.yaml", context: Fixture.context())
        _ = try database.addNominee(
            Fixture.request("Vàng Thị Dung", role: "cbql", unit: "THPT-CHUYEN"), context: day("2022-05-11"))
        let report = try database.attendanceReport(session: Fixture.session)
        let school = try #require(report.offices.first { $0.key == "THPT-CHUYEN" })
        #expect(school.absent == 0)
        let error = #expect(throws: OutreachError.self) {
            try database.markAttendance(
                session: Fixture.session, nominee: "Dung", status: .absent, part: morning, note: nil, context: day("2022-05-11"))
        }
        #expect(error?.exitStatus == .invalid)
        // Once the session is over nobody is nominated any more, even with --late: walk-ins record who came.
        let over = #expect(throws: OutreachError.self) {
            try database.addNominee(
                Fixture.request("Hầu Thị Chi", role: "cbql", unit: "THPT-CHUYEN"), context: day("2022-05-12"))
        }
        #expect(over?.exitStatus == .conflict)
    }

    @Test func aPartNotYetHeldCannotBeMarked() throws {
        _ = try database.addNominee(Fixture.request("Hầu Thị Chi", role: "cbql", unit: "THPT-CHUYEN"), context: Fixture.context())
        let error = #expect(throws: OutreachError.self) {
            try database.markAttendance(
                session: Fixture.session, nominee: "Chi", status: .present, part: morning, note: nil, context: day("2022-05-09"))
        }
        #expect(error?.message(.vi).contains("chưa diễn ra") == true)
        // Without a part, only the parts already held are marked; with none held yet that is said, not a silent
        // success that records nothing.
        let early = #expect(throws: OutreachError.self) {
            try database.markAttendance(
                session: Fixture.session, nominee: "Chi", status: .present, part: nil, note: nil, context: day("2022-05-09"))
        }
        #expect(early?.exitStatus == .conflict)
        #expect(early?.message(.vi).contains("chưa có buổi nào diễn ra") == true)
    }

    @Test func aWalkInTakesAFreePlaceOrTheOneOfSomeoneWhoDidNotCome() throws {
        let onTheDay = day("2022-05-10")
        let walkIn = try database.recordWalkIn(
            Fixture.request("Hầu Thị Chi", role: "cbql", unit: "THPT-CHUYEN"), replacing: nil, status: .late,
            part: nil, context: onTheDay)
        #expect(walkIn.nomination.note == "Đến không đăng ký trước")
        var report = try database.attendanceReport(session: Fixture.session)
        #expect(report.offices.first { $0.key == "THPT-CHUYEN" }?.late == 2)
        // The school's cbql place is now taken: a second walk-in must replace someone.
        _ = try database.addNominee(
            Fixture.request("Lò Văn Sính", role: "giao-vien", unit: "THPT-CHUYEN"), context: Fixture.context())
        #expect(throws: OutreachError.self) {
            try database.recordWalkIn(
                Fixture.request("Thào A Dính", role: "giao-vien", unit: "THPT-CHUYEN"), replacing: nil, status: .present,
                part: nil, context: onTheDay)
        }
        let replacement = try database.recordWalkIn(
            Fixture.request("Thào A Dính", role: "giao-vien", unit: "THPT-CHUYEN"), replacing: "Sính", status: .present,
            part: morning, context: onTheDay)
        #expect(replacement.nomination.replaces != nil)
        report = try database.attendanceReport(session: Fixture.session)
        #expect(report.offices.first { $0.key == "THPT-CHUYEN" }?.present == 1)
        #expect(throws: OutreachError.self) {
            try database.recordWalkIn(
                Fixture.request("Vàng Thị Dung", role: "cbql", unit: "PGD-BATXAT"), replacing: nil, status: .absent,
                part: nil, context: onTheDay)
        }
    }

    @Test func unknownPartsAndWithdrawnNomineesAreRefused() throws {
        _ = try database.addNominee(Fixture.request("Lò Văn Sính", role: "cbql", unit: "THPT-CHUYEN"), context: Fixture.context())
        #expect(throws: OutreachError.self) {
            try database.markAttendance(
                session: Fixture.session, nominee: "Sính", status: .present, part: SessionPart(code: "2022-05-11:am"),
                note: nil, context: day("2022-05-10"))
        }
        _ = try database.withdraw(session: Fixture.session, nominee: "Sính", reason: nil, context: Fixture.context())
        #expect(throws: OutreachError.self) {
            try database.markAttendance(
                session: Fixture.session, nominee: "Sính", status: .present, part: nil, note: nil, context: day("2022-05-10"))
        }
    }
}
