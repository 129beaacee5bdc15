import OutreachCore
import OutreachStore
import Testing
import TestSupport

@Suite("Follow-up cascades: duties fixed when opened, plans to any depth, reports, acceptance, roll-up")
struct CascadeTests {
    static let followUp = """

        follow_up:
          due_days_after: 30
          missing_after_days: 10
          audience: subordinate-units
          note: Tuyên truyền lại cho các đơn vị trực thuộc
        """

    /// The mini units and session, the session requiring a follow-up due 09/06/2022 (missing after 19/06).
    static func database() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        let units = try TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "mini-units.yaml")
        _ = try database.importUnits(units, source: "mini-units.yaml", context: Fixture.operatorContext())
        _ = try database.createSession(
            yaml: try Fixture.text("mini-session.yaml") + followUp, file: "mini-session.yaml", context: Fixture.context())
        return database
    }

    static func day(_ iso: String) -> CalendarDate { try! CalendarDate(iso: iso) }
    static func on(_ iso: String, as actor: String? = "SGDDT-LCI") -> CommandContext {
        CommandContext(actor: actor.flatMap(UnitCode.init(rawValue:)), command: "test", today: day(iso))
    }
    static let batxat = UnitCode(rawValue: "PGD-BATXAT")!
    static let kimdong = UnitCode(rawValue: "TH-BATXAT-KIMDONG")!

    @Test func openingFixesOneDutyPerOfficeWithItsAudience() throws {
        let database = try Self.database()
        let duties = try database.openCascade(session: Fixture.session, invited: true, context: Self.on("2022-05-11"))
        #expect(Set(duties.map(\.unit.rawValue)) == ["PGD-BATXAT", "PGD-SAPA", "THPT-CHUYEN"])
        let batxat = try #require(duties.first { $0.unit == Self.batxat })
        #expect(batxat.due == Self.day("2022-06-09") && batxat.closes == Self.day("2022-06-19"))
        #expect(batxat.audienceUnits == 2 && batxat.owedTo.rawValue == "SGDDT-LCI")
        #expect(try database.session(Fixture.session).status == .held)
        // A school opened later changes no past figure.
        var more = try TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "mini-units.yaml")
        more.units.append(OrgUnit(code: UnitCode(rawValue: "TH-BATXAT-MOI")!, name: "Trường Tiểu học Mới", kind: UnitKind(rawValue: "truong")!, parent: Self.batxat, sortOrder: 99))
        _ = try database.importUnits(more, source: "more.yaml", context: Self.on("2022-05-20", as: nil))
        let tree = try database.cascadeTree(session: Fixture.session, today: Self.day("2022-05-20"))
        #expect(tree.nodes.first { $0.duty.unit == Self.batxat }?.duty.audienceUnits == 2)
        // Opened once: a second opening is refused and changes nothing.
        #expect(throws: OutreachError.self) {
            try database.openCascade(session: Fixture.session, invited: true, context: Self.on("2022-05-21"))
        }
        #expect(try database.cascadeTree(session: Fixture.session, today: Self.day("2022-05-21")).nodes.count == 3)
    }

    @Test func openingNeedsAHeldSessionWithAttendanceOrInvited() throws {
        let database = try Self.database()
        do {
            _ = try database.openCascade(session: Fixture.session, invited: true, context: Self.on("2022-05-09"))
            Issue.record("opened before the session")
        } catch {
            #expect(error.exitStatus == .conflict && error.message(.en).contains("has not ended yet"))
        }
        do {
            _ = try database.openCascade(session: Fixture.session, context: Self.on("2022-05-11"))
            Issue.record("opened without attendance")
        } catch {
            #expect(error.exitStatus == .conflict && error.message(.en).contains("oblige every invited office"))
        }
        do {
            _ = try database.openCascade(session: Fixture.session, invited: true, context: Self.on("2022-05-11", as: "PGD-BATXAT"))
            Issue.record("an office opened the organiser's cascade")
        } catch {
            #expect(error.exitStatus == .notAllowed)
        }
        #expect(try database.cascadeOpened(session: Fixture.session) == false)
        #expect(try database.session(Fixture.session).status == .planned)
    }

    @Test func onlyAttendingOfficesOwe() throws {
        let database = try Self.database()
        let context = Fixture.context()
        _ = try database.addNominee(Fixture.request("Giàng A Páo", role: "lanh-dao", unit: "PGD-BATXAT"), context: context)
        _ = try database.addNominee(Fixture.request("Lý Seo Chảo", role: "cbql", unit: "THPT-CHUYEN"), context: context)
        let onTheDay = Self.on("2022-05-10")
        _ = try database.markAttendance(session: Fixture.session, nominee: "Páo", status: .late, part: nil, note: nil, context: onTheDay)
        _ = try database.markAttendance(session: Fixture.session, nominee: "Chảo", status: .absent, part: nil, note: nil, context: onTheDay)
        let duties = try database.openCascade(session: Fixture.session, context: Self.on("2022-05-11"))
        #expect(duties.map(\.unit) == [Self.batxat])
    }

    @Test func reportsCorrectionsAcceptanceAndLock() throws {
        let database = try Self.database()
        _ = try database.openCascade(session: Fixture.session, invited: true, context: Self.on("2022-05-11"))
        let target = DutyTarget.session(Fixture.session, unit: Self.batxat)
        let first = try database.reportDuty(
            CascadeReportRequest(target: target, held: Self.day("2022-06-09"), reachedUnits: 2, reachedPeople: 30),
            context: Self.on("2022-06-10", as: "PGD-BATXAT"))
        #expect(first.previous == nil)
        let second = try database.reportDuty(
            CascadeReportRequest(target: target, held: Self.day("2022-06-10"), reachedUnits: 2, reachedPeople: 28, note: "sửa số người"),
            context: Self.on("2022-06-11", as: "PGD-BATXAT"))
        #expect(second.previous?.reachedPeople == 30)
        let history = try database.dutyReports(target)
        #expect(history.reports.map(\.reachedPeople) == [30, 28])
        let audit = try database.auditLog(key: "\(history.duty.id)").filter { $0.entity == "duty-report" }
        #expect(audit.count == 2 && audit[1].before?.contains("\"people\":\"30\"") == true)
        // The correction moved the day past the due date: late now, counted once.
        var tree = try database.cascadeTree(session: Fixture.session, today: Self.day("2022-06-12"))
        #expect(tree.nodes.first { $0.duty.unit == Self.batxat }?.status == .late)
        #expect(tree.total.reported == 1 && tree.total.owed == 3)
        // The office itself may not accept its own report.
        #expect(throws: OutreachError.self) { try database.acceptDuty(target, context: Self.on("2022-06-12", as: "PGD-BATXAT")) }
        let accepted = try database.acceptDuty(target, context: Self.on("2022-06-12"))
        #expect(accepted.acceptedOn == Self.day("2022-06-12") && accepted.acceptedBy?.rawValue == "SGDDT-LCI")
        do {
            _ = try database.reportDuty(
                CascadeReportRequest(target: target, held: Self.day("2022-06-01"), reachedUnits: 2, reachedPeople: 28),
                context: Self.on("2022-06-13", as: "PGD-BATXAT"))
            Issue.record("corrected an accepted report")
        } catch {
            #expect(error.exitStatus == .conflict && error.message(.vi).contains("cần mở lại"))
        }
        #expect(try database.dutyReports(target).reports.count == 2)
        #expect(throws: OutreachError.self) { try database.reopenDuty(target, reason: "  ", context: Self.on("2022-06-13")) }
        _ = try database.reopenDuty(target, reason: "ngày tổ chức ghi nhầm", context: Self.on("2022-06-13"))
        #expect(try database.auditLog(key: "\(history.duty.id)").last?.reason == "ngày tổ chức ghi nhầm")
        _ = try database.reportDuty(
            CascadeReportRequest(target: target, held: Self.day("2022-06-01"), reachedUnits: 2, reachedPeople: 28),
            context: Self.on("2022-06-13", as: "PGD-BATXAT"))
        tree = try database.cascadeTree(session: Fixture.session, today: Self.day("2022-06-13"))
        #expect(tree.nodes.first { $0.duty.unit == Self.batxat }?.status == .onTime)
    }

    @Test func badReportsChangeNothing() throws {
        let database = try Self.database()
        _ = try database.openCascade(session: Fixture.session, invited: true, context: Self.on("2022-05-11"))
        let target = DutyTarget.session(Fixture.session, unit: Self.batxat)
        let cases: [(CascadeReportRequest, CommandContext, OutreachCore.ExitStatus, String)] = [
            (CascadeReportRequest(target: target, held: Self.day("2022-06-02"), reachedUnits: 1, reachedPeople: 1),
             Self.on("2022-06-01"), .invalid, "is after today"),
            (CascadeReportRequest(target: target, held: Self.day("2022-05-09"), reachedUnits: 1, reachedPeople: 1),
             Self.on("2022-06-01"), .invalid, "is before session"),
            (CascadeReportRequest(target: target, held: Self.day("2022-05-20"), reachedUnits: -1, reachedPeople: 1),
             Self.on("2022-06-01"), .invalid, "“units reached” “-1”"),
            (CascadeReportRequest(target: target, held: Self.day("2022-05-20"), reachedUnits: 1, reachedPeople: 1),
             Self.on("2022-06-01", as: "PGD-SAPA"), .notAllowed, "may not"),
            (CascadeReportRequest(target: .session(Fixture.session, unit: UnitCode(rawValue: "PHONG-VANPHONG")!), held: Self.day("2022-05-20"), reachedUnits: 1, reachedPeople: 1),
             Self.on("2022-06-01"), .notFound, "owes no follow-up"),
            (CascadeReportRequest(target: .id(999), held: Self.day("2022-05-20"), reachedUnits: 1, reachedPeople: 1),
             Self.on("2022-06-01"), .notFound, "no duty number 999"),
            (CascadeReportRequest(target: target, fromAttendance: true),
             Self.on("2022-06-01"), .conflict, "no follow-up session"),
        ]
        for (request, context, status, message) in cases {
            do {
                _ = try database.reportDuty(request, context: context)
                Issue.record("accepted \(request)")
            } catch {
                #expect(error.exitStatus == status)
                #expect(error.message(.en).contains(message), "\(error.message(.en))")
            }
        }
        #expect(try database.dutyReports(target).reports.isEmpty)
    }

    @Test func plansCascadeToDepthThreeAndRollsUp() throws {
        let database = try Self.database()
        // Two subject groups (tổ chuyên môn) under Kim Đồng school re-train its teachers: a third level.
        var more = try TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "mini-units.yaml")
        for (index, code) in ["TO-KIMDONG-TOAN", "TO-KIMDONG-VAN"].enumerated() {
            more.units.append(OrgUnit(code: UnitCode(rawValue: code)!, name: "Tổ chuyên môn \(index + 1)", kind: UnitKind(rawValue: "to-chuyen-mon")!, parent: Self.kimdong, sortOrder: 100 + index))
        }
        _ = try database.importUnits(more, source: "more.yaml", context: Fixture.operatorContext())
        _ = try database.openCascade(session: Fixture.session, invited: true, context: Self.on("2022-05-11"))
        // Level 1 → 2: the district office re-trains its schools, which must re-train their groups.
        let (child, duty, invited) = try database.planCascade(
            CascadePlanRequest(
                parent: Fixture.session, unit: Self.batxat, date: Self.day("2022-05-20"), venue: "Hội trường Phòng",
                perUnit: 2, roles: [RoleCode(rawValue: "cbql")!],
                followUp: FollowUpRule(dueDaysAfter: 10, missingAfterDays: 5)),
            context: Self.on("2022-05-12", as: "PGD-BATXAT"))
        #expect(child.code.rawValue == "LCI-2022-TDKT-PGD-BATXAT" && child.parent == Fixture.session)
        let parent = try database.session(Fixture.session)
        #expect(child.organiser == Self.batxat && child.topic == parent.topic && child.content == parent.content)
        #expect(invited == 2 && duty.childSession == child.code)
        #expect(try database.quotas(session: child.code).map(\.unit.rawValue).sorted() == ["TH-BATXAT-KIMDONG", "THCS-BATXAT-YTY"])
        // A second plan for the same duty is refused.
        #expect(throws: OutreachError.self) {
            try database.planCascade(
                CascadePlanRequest(parent: Fixture.session, unit: Self.batxat, date: Self.day("2022-05-21"), venue: "X"),
                context: Self.on("2022-05-12"))
        }
        _ = try database.openCascade(session: child.code, invited: true, context: Self.on("2022-05-21"))
        // Level 2 → 3: Kim Đồng plans its own session for its groups, due 10 days after.
        let (grandchild, _, groups) = try database.planCascade(
            CascadePlanRequest(
                parent: child.code, unit: Self.kimdong, date: Self.day("2022-05-25"), venue: "Phòng họp trường",
                followUp: FollowUpRule(dueDaysAfter: 7, audience: "people")),
            context: Self.on("2022-05-22", as: "TH-BATXAT-KIMDONG"))
        #expect(groups == 2)
        _ = try database.openCascade(session: grandchild.code, invited: true, context: Self.on("2022-05-26"))
        let report = { (target: DutyTarget, held: String, today: String) in
            _ = try database.reportDuty(
                CascadeReportRequest(target: target, held: Self.day(held), reachedUnits: 1, reachedPeople: 12),
                context: Self.on(today))
        }
        try report(.session(child.code, unit: nil), "2022-05-20", "2022-05-21")                       // Bát Xát, on time
        try report(.session(grandchild.code, unit: nil), "2022-05-25", "2022-05-26")                  // Kim Đồng, on time
        try report(.session(grandchild.code, unit: UnitCode(rawValue: "TO-KIMDONG-TOAN")!), "2022-06-03", "2022-06-03") // late
        let tree = try database.cascadeTree(session: Fixture.session, today: Self.day("2022-06-10"))
        #expect(tree.levels.count == 3)
        #expect(tree.levels.map(\.owed) == [3, 2, 2])
        #expect(tree.levels.map(\.reported) == [1, 1, 1])
        let batxat = try #require(tree.nodes.first { $0.duty.unit == Self.batxat })
        #expect(batxat.subtree.owed == 5 && batxat.subtree.reported == 3 && batxat.subtree.late == 1)
        // Ý Tý (level 2, due 30/05, closes 04/06) never reported: missing; the Văn group (due 01/06, closing
        // 30 days later by default) is only overdue.
        #expect(tree.nodes.first { $0.duty.unit.rawValue == "THCS-BATXAT-YTY" }?.status == .missing)
        #expect(tree.nodes.first { $0.duty.unit.rawValue == "TO-KIMDONG-VAN" }?.status == .overdue)
        #expect(tree.nodes.map(\.level) == [1, 2, 3, 3, 2, 1, 1])
        // Reminders list who still owes, with contacts, level by level.
        let reminders = try database.cascadeReminders(session: Fixture.session, today: Self.day("2022-06-10"))
        #expect(Set(reminders.map(\.unit)) == ["THCS-BATXAT-YTY", "TO-KIMDONG-VAN", "PGD-SAPA", "THPT-CHUYEN"])
        #expect(try database.cascadeReminders(session: Fixture.session, today: Self.day("2022-06-10"), level: 1).count == 2)
    }

    @Test func aReportCanBeCountedFromTheChildSessionsAttendance() throws {
        let database = try Self.database()
        _ = try database.openCascade(session: Fixture.session, invited: true, context: Self.on("2022-05-11"))
        let (child, _, _) = try database.planCascade(
            CascadePlanRequest(parent: Fixture.session, unit: Self.batxat, date: Self.day("2022-05-20"), venue: "Hội trường",
                               perUnit: 2, roles: [RoleCode(rawValue: "cbql")!]),
            context: Self.on("2022-05-12", as: "PGD-BATXAT"))
        let office = Self.on("2022-05-15", as: "PGD-BATXAT")
        for (name, school) in [("Giàng A Páo", "TH-BATXAT-KIMDONG"), ("Sùng Thị Mai", "TH-BATXAT-KIMDONG"), ("Lý Seo Chảo", "THCS-BATXAT-YTY")] {
            _ = try database.addNominee(NomineeRequest(
                session: child.code, sender: UnitCode(rawValue: school), worksAt: UnitCode(rawValue: school), fullName: name,
                role: RoleCode(rawValue: "cbql")!), context: office)
        }
        let onTheDay = Self.on("2022-05-20", as: "PGD-BATXAT")
        _ = try database.markAttendance(session: child.code, nominee: "Páo", status: .present, part: nil, note: nil, context: onTheDay)
        _ = try database.markAttendance(session: child.code, nominee: "Mai", status: .late, part: nil, note: nil, context: onTheDay)
        _ = try database.markAttendance(session: child.code, nominee: "Chảo", status: .absent, part: nil, note: nil, context: onTheDay)
        let (_, report, _) = try database.reportDuty(
            CascadeReportRequest(target: .session(child.code, unit: nil), fromAttendance: true),
            context: Self.on("2022-05-21", as: "PGD-BATXAT"))
        // Two people came, both from Kim Đồng: one unit, two people, held on the child session's day.
        #expect(report.reachedUnits == 1 && report.reachedPeople == 2)
        #expect(report.done == Self.day("2022-05-20") && report.source == "attendance")
    }

    @Test func anOfficeCannotOpenTheOrganisersDutiesByPlanning() throws {
        let database = try Self.database()
        _ = try database.addNominee(Fixture.request("Giàng A Páo", role: "lanh-dao", unit: "PGD-BATXAT"), context: Fixture.context())
        _ = try database.markAttendance(session: Fixture.session, nominee: "Páo", status: .present, part: nil, note: nil,
                                        context: Self.on("2022-05-10"))
        let request = CascadePlanRequest(parent: Fixture.session, unit: Self.batxat, date: Self.day("2022-05-20"), venue: "Phòng họp")
        do {
            _ = try database.planCascade(request, context: Self.on("2022-05-12", as: "PGD-BATXAT"))
            Issue.record("an office fixed who owes a follow-up")
        } catch {
            #expect(error.exitStatus == .notAllowed && error.message(.vi).contains("giao nhiệm vụ tuyên truyền lại của đợt LCI-2022-TDKT"))
        }
        #expect(try database.cascadeOpened(session: Fixture.session) == false)
        #expect(try database.session(Fixture.session).status == .planned)
        // The organiser's own first plan opens them; the child's date line names the district, not its code.
        let (child, _, _) = try database.planCascade(request, context: Self.on("2022-05-12"))
        #expect(try database.cascadeOpened(session: Fixture.session))
        #expect(child.place != "BATXAT")
    }

    @Test func aFollowUpDueBeforeTheChildEndsAndCountingNoAttendanceAreRefused() throws {
        let database = try Self.database()
        _ = try database.openCascade(session: Fixture.session, invited: true, context: Self.on("2022-05-11"))
        do {
            _ = try database.planCascade(
                CascadePlanRequest(parent: Fixture.session, unit: Self.batxat, date: Self.day("2022-05-20"), venue: "X",
                                   followUp: FollowUpRule(dueDate: Self.day("2022-05-19"))),
                context: Self.on("2022-05-12"))
            Issue.record("a follow-up due before its session")
        } catch {
            #expect(error.exitStatus == .invalid && error.field == .followUpDue, "\(error)")
        }
        _ = try database.planCascade(
            CascadePlanRequest(parent: Fixture.session, unit: Self.batxat, date: Self.day("2022-05-20"), venue: "X"),
            context: Self.on("2022-05-12"))
        do {
            _ = try database.reportDuty(
                CascadeReportRequest(target: .session(Fixture.session, unit: Self.batxat), fromAttendance: true),
                context: Self.on("2022-05-25", as: "PGD-BATXAT"))
            Issue.record("counted attendance that was never taken")
        } catch {
            #expect(error.exitStatus == .conflict && error.message(.en).contains("no attendance to count"))
        }
        let tree = try database.cascadeTree(session: Fixture.session, today: Self.day("2022-05-25"))
        #expect(tree.total.reported == 0)
    }

    @Test func anEarlierDaySeesNeitherLaterDutiesNorLaterAcceptances() throws {
        let database = try Self.database()
        _ = try database.openCascade(session: Fixture.session, invited: true, context: Self.on("2022-05-11"))
        let target = DutyTarget.session(Fixture.session, unit: Self.batxat)
        _ = try database.reportDuty(
            CascadeReportRequest(target: target, held: Self.day("2022-05-20"), reachedUnits: 2, reachedPeople: 30),
            context: Self.on("2022-05-22", as: "PGD-BATXAT"))
        _ = try database.acceptDuty(target, context: Self.on("2022-05-25"))
        let before = try database.cascadeTree(session: Fixture.session, today: Self.day("2022-05-23"))
        #expect(before.nodes.first { $0.duty.unit == Self.batxat }?.duty.acceptedOn == nil)
        let after = try database.cascadeTree(session: Fixture.session, today: Self.day("2022-05-25"))
        #expect(after.nodes.first { $0.duty.unit == Self.batxat }?.duty.acceptedOn == Self.day("2022-05-25"))
        #expect(try database.cascadeTree(session: Fixture.session, today: Self.day("2022-05-10")).nodes.isEmpty)
        // The trail of the session and of the office shows the duties, the report and its acceptance.
        let bySession = try database.auditLog(session: Fixture.session, unit: nil, since: nil).map(\.entity)
        #expect(bySession.filter { $0 == "duty-report" }.count == 1 && bySession.contains("duty"))
        let byOffice = try database.auditLog(session: nil, unit: Self.batxat, since: nil).map(\.entity)
        #expect(byOffice.contains("duty-report") && byOffice.contains("duty"))
        let bySchool = try database.auditLog(session: nil, unit: Self.kimdong, since: nil).map(\.entity)
        #expect(!bySchool.contains("duty-report"))
    }
}
