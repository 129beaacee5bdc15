import Foundation
import OutreachCore
import OutreachExport
import OutreachStore
import Testing
import TestSupport
import XLSX

@Suite("User text that starts like a formula is written to every export as text")
final class HostileCellTests {
    let folder = try! Fixture.temporaryDirectory()
    let database = try! Fixture.miniDatabase()

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A school whose name, from a units file, starts like a formula.
    static let hostileSchool = "=HYPERLINK(\"http://x\",\"Trường Tiểu học\")"

    /// Name, role, sender or workplace, position, note: each position and note starts with = + - or @.
    static let people: [(name: String, role: String, unit: String?, worksAt: String?, position: String, note: String)] = [
        ("Đỗ Văn Đạt", "lanh-dao", "PGD-BATXAT", nil, "=HYPERLINK(\"http://x\")", "+1"),
        ("Vàng Thị Dung", "can-bo-tdkt", "PGD-BATXAT", nil, "-2", "@SUM(A1)"),
        ("Giàng A Páo", "cbql", nil, "TH-BATXAT-HIEM", "@SUM(A1)", "=1+1"),
        ("Nguyễn Thị Ánh", "cbql", "THPT-CHUYEN", nil, "+1", "-2"),
        ("Lý Seo Chảo", "lanh-dao", "PGD-SAPA", nil, "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\")"),
    ]

    func nominateEveryone() throws {
        // The mini units file with one more school: units files are read whole, parents included.
        let yaml = try Fixture.text("mini-units.yaml")
            + "  - {code: TH-BATXAT-HIEM, name: '\(Self.hostileSchool)', kind: truong, parent: PGD-BATXAT}\n"
        _ = try database.importUnits(
            try TemplateLoader.units(yaml: yaml, file: "hostile.yaml"), source: "hostile.yaml", context: Fixture.operatorContext())
        for person in Self.people {
            var request = Fixture.request(person.name, role: person.role, unit: person.unit, worksAt: person.worksAt)
            request.position = person.position
            request.note = person.note
            _ = try database.addNominee(request, context: Fixture.context())
        }
    }

    /// Every cell holding `text` is a text cell without a formula, and there is at least one.
    func expectText(_ text: String, in sheet: SheetContent, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let cells = sheet.cells.values.filter { $0.displayText == text }
        #expect(!cells.isEmpty, "“\(text)” is on \(sheet.name)", sourceLocation: sourceLocation)
        for cell in cells {
            #expect(cell.value == .text(text) && cell.formula == nil, "“\(text)” on \(sheet.name)", sourceLocation: sourceLocation)
        }
    }

    @Test func theSignInSheetHoldsThemAsText() throws {
        try nominateEveryone()
        let path = folder.appendingPathComponent("signin.xlsx").path
        try SignInSheet(list: try database.nomineeList(session: Fixture.session)).write(to: path)
        let document = try XLSXReader.read(url: URL(fileURLWithPath: path))
        for sheet in document.sheets {
            #expect(sheet.cells.values.allSatisfy { $0.formula == nil }, "no formula at all on \(sheet.name)")
        }
        let sheet = try #require(document.sheet(named: "Sáng 10-05"))
        for text in Self.people.map(\.position) + [Self.hostileSchool] {
            expectText(text, in: sheet)
        }
    }

    @Test func theNomineeListHoldsThemAsText() throws {
        try nominateEveryone()
        let path = folder.appendingPathComponent("list.xlsx").path
        try NomineeListSheet(list: try database.nomineeList(session: Fixture.session, includeEmptyGroups: true))
            .write(to: path)
        let document = try XLSXReader.read(url: URL(fileURLWithPath: path))
        // The only formulas are the list's own totals.
        let formulas = document.sheets.flatMap { $0.cells.values.compactMap(\.formula) }
        #expect(!formulas.isEmpty && formulas.allSatisfy { $0.hasPrefix("SUM(") }, "\(formulas)")
        let sheet = try #require(document.sheet(named: "Danh sách"))
        for text in Self.people.map(\.position) + Self.people.map(\.note) + [Self.hostileSchool] {
            expectText(text, in: sheet)
        }
    }

    @Test func theFormAttendanceAndPaymentWorkbooksHoldThemAsText() throws {
        // The form shows the positions, the attendance detail the notes; neither turns one into a formula.
        try nominateEveryone()
        let onTheDay = Fixture.context(today: try CalendarDate(iso: "2022-05-10"), late: "tại hội trường")
        for person in Self.people {
            _ = try database.markAttendance(
                session: Fixture.session, nominee: person.name, status: .late, part: nil, note: person.note, context: onTheDay)
        }
        let list = try database.nomineeList(session: Fixture.session, includeEmptyGroups: true)
        var written: [String] = []
        // The office form, prefilled with the hostile positions and notes.
        let quota = try #require(try database.quotas(session: Fixture.session).first { $0.unit.rawValue == "PGD-BATXAT" })
        let form = folder.appendingPathComponent("form.xlsx").path
        try NominationForm(list: list, quota: quota).write(to: form)
        written.append(form)
        // The attendance workbook, whose detail sheet carries the notes.
        let attendance = folder.appendingPathComponent("attendance.xlsx").path
        try AttendanceSheet(
            report: try database.attendanceReport(session: Fixture.session), list: list,
            marks: try database.attendanceMarks(session: Fixture.session)
        ).write(to: attendance)
        written.append(attendance)
        // The payment list, with the hostile workplace.
        let rates = try TemplateLoader.rateBook(folder: Fixture.template("rates"))
        let statement = try database.budgetStatement(session: Fixture.session, rates: rates, today: Fixture.afterDeadline)
        let payment = folder.appendingPathComponent("payment.xlsx").path
        try PaymentListSheet(
            list: try database.nomineeList(session: Fixture.session), estimate: statement.estimate,
            line: try #require(Slug(rawValue: "phu-cap-luu-tru"))
        ).write(to: payment)
        // The payment list shows names and sending offices as text: its formulas are the amounts and the totals.
        let paid = try XLSXReader.read(url: URL(fileURLWithPath: payment)).sheets.flatMap { $0.cells.values.compactMap(\.formula) }
        #expect(paid.allSatisfy { $0.hasPrefix("SUM(") || $0.wholeMatch(of: /D[0-9]+\*E[0-9]+/) != nil }, "\(paid)")
        for path in written {
            let document = try XLSXReader.read(url: URL(fileURLWithPath: path))
            let texts = Set(Self.people.map(\.position) + Self.people.map(\.note) + [Self.hostileSchool])
            var found = 0
            for sheet in document.sheets {
                for cell in sheet.cells.values where texts.contains(cell.displayText) {
                    found += 1
                    #expect(cell.value == .text(cell.displayText) && cell.formula == nil, "\(path): \(cell.displayText)")
                }
            }
            #expect(found > 0, "\(path) shows some of the hostile texts")
        }
    }

    @Test(arguments: ["=Nguyễn Văn An", "+Nguyễn Văn An", "-Nguyễn Văn An", "@SUM(A1) An", "=HYPERLINK(\"http://x\") An"])
    func aNameCannotStartLikeAFormula(name: String) throws {
        let error = #expect(throws: OutreachError.self) {
            try database.addNominee(Fixture.request(name, role: "cbql", unit: "THPT-CHUYEN"), context: Fixture.context())
        }
        guard case let .invalidInput(field, _, reason)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(field == .name && reason.en == "must start with a letter")
        #expect(try database.nominees(session: Fixture.session).isEmpty)
    }

    @Test func theCascadeWorkbookAndRemindersHoldThemAsText() throws {
        // A session that requires a follow-up, over the mini units with the hostile school.
        let database = try AppDatabase.inMemory()
        let yaml = try Fixture.text("mini-units.yaml")
            + "  - {code: TH-BATXAT-HIEM, name: '\(Self.hostileSchool)', kind: truong, parent: PGD-BATXAT}\n"
        _ = try database.importUnits(
            try TemplateLoader.units(yaml: yaml, file: "hostile.yaml"), source: "hostile.yaml", context: Fixture.operatorContext())
        _ = try database.createSession(
            yaml: try Fixture.text("mini-session.yaml") + "\nfollow_up:\n  due_days_after: 30\n",
            file: "mini-session.yaml", context: Fixture.context())
        let context = { (day: String, actor: String?) in
            CommandContext(actor: actor.flatMap(UnitCode.init(rawValue:)), command: "test", today: try! CalendarDate(iso: day))
        }
        _ = try database.openCascade(session: Fixture.session, invited: true, context: context("2022-05-11", nil))
        // Bát Xát re-trains its schools, the hostile one among them, which then owe their own follow-up.
        let batxat = try #require(UnitCode(rawValue: "PGD-BATXAT"))
        let (child, _, _) = try database.planCascade(
            CascadePlanRequest(parent: Fixture.session, unit: batxat, date: try CalendarDate(iso: "2022-05-20"),
                               venue: "=HYPERLINK(\"http://x\")", followUp: FollowUpRule(dueDaysAfter: 10)),
            context: context("2022-05-12", nil))
        _ = try database.openCascade(session: child.code, invited: true, context: context("2022-05-21", nil))
        let today = try CalendarDate(iso: "2022-07-15")
        let tree = try database.cascadeTree(session: Fixture.session, today: today)
        let units = try database.units()
        let organiser = try #require(units.first { $0.code.rawValue == "SGDDT-LCI" })
        let path = folder.appendingPathComponent("cascade.xlsx").path
        try CascadeSheet(tree: tree, session: try database.session(Fixture.session), organiser: organiser,
                         parentBody: nil, units: units).write(to: path)
        let reminders = folder.appendingPathComponent("nhac.xlsx").path
        let sheet = ReminderSheet(session: Fixture.session, today: today,
                                  reminders: try database.cascadeReminders(session: Fixture.session, today: today))
        try sheet.write(to: reminders)
        for written in [path, reminders] {
            let document = try XLSXReader.read(url: URL(fileURLWithPath: written))
            let cells = document.sheets.flatMap { $0.cells.values }
            let hostile = cells.filter { $0.displayText.contains(Self.hostileSchool) }
            #expect(!hostile.isEmpty, "\(written) names the hostile school")
            #expect(hostile.allSatisfy { $0.formula == nil }, "\(written) keeps it as text")
        }
        // The CSV for a mail merge cannot start a cell with a formula either.
        #expect(!sheet.csv().split(whereSeparator: \.isNewline).contains { $0.contains(",=HYPERLINK") || $0.hasPrefix("=") })
    }

    @Test func thePlanAndItsDutiesHoldThemAsText() throws {
        let unitsYAML = try String(contentsOfFile: Fixture.template("units/lai-chau-ldld-2022.yaml"), encoding: .utf8)
        _ = try database.importUnits(
            try TemplateLoader.units(yaml: unitsYAML, file: "lai-chau.yaml"), source: "lai-chau.yaml", context: Fixture.operatorContext())
        let planYAML = try String(contentsOfFile: Fixture.template("plans/lai-chau-2022-tdkt.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "    content: Ban hành Hướng dẫn nhân rộng mô hình",
                                  with: "    content: \"=HYPERLINK(\\\"http://x\\\")\"")
            .replacingOccurrences(of: "    title: Đăng ký các danh hiệu thi đua năm 2022", with: "    title: \"+1 đăng ký\"")
        let (plan, _) = try database.importPlan(
            yaml: planYAML, file: "hostile-plan.yaml",
            context: CommandContext(actor: nil, command: "test", today: try CalendarDate(iso: "2022-01-10")))
        let tree = UnitTree(try database.units())
        let issuer = try #require(tree[plan.template.issuer])
        let path = folder.appendingPathComponent("plan.xlsx").path
        try PlanSheet(plan: plan, issuer: issuer, parentBody: nil, units: tree).write(to: path)
        let cells = try XLSXReader.read(url: URL(fileURLWithPath: path)).sheets.flatMap { $0.cells.values }
        for text in ["=HYPERLINK(\"http://x\")", "+1 đăng ký"] {
            let found = cells.filter { $0.displayText == text }
            #expect(!found.isEmpty, "the plan shows \(text)")
            #expect(found.allSatisfy { $0.value == .text(text) && $0.formula == nil })
        }
        // The report-back tracker and the bloc's score sheet show the duty's title and the units as text too.
        let today = try CalendarDate(iso: "2022-02-15")
        let (_, lines) = try database.planDuties(plan.template.code, today: today)
        let trackerPath = folder.appendingPathComponent("tracker.xlsx").path
        try DutyTrackerSheet(plan: plan, lines: lines, today: today, issuer: issuer, parentBody: nil, blocOf: [:],
                             blocs: []).write(to: trackerPath)
        let tracker = try XLSXReader.read(url: URL(fileURLWithPath: trackerPath)).sheets.flatMap { $0.cells.values }
        let titles = tracker.filter { $0.displayText.contains("+1 đăng ký") }
        #expect(!titles.isEmpty && titles.allSatisfy { $0.formula == nil })
        let bloc = try database.bloc(try #require(UnitCode(rawValue: "KHOI-LDLD-CDN-CDVC")))
        let blocPath = folder.appendingPathComponent("bloc.xlsx").path
        try BlocSheet(bloc: bloc, issuer: issuer, parentBody: nil, chair: tree[bloc.chair], today: today).write(to: blocPath)
        let scores = try XLSXReader.read(url: URL(fileURLWithPath: blocPath)).sheets.flatMap { $0.cells.values }
        #expect(scores.contains { $0.displayText.contains("LĐLĐ huyện Tam Đường") && $0.formula == nil })
    }
}
