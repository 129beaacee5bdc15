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
            try TemplateLoader.units(yaml: yaml, file: "hostile.yaml"), source: "hostile.yaml", context: Fixture.context())
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
        let sheet = try #require(document.sheet(named: "Danh sách ký tên"))
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
        let statement = try database.budgetStatement(session: Fixture.session, rates: rates)
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
        guard case let .invalidValue(field, _, reason)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(field == "--name" && reason.en == "must start with a letter")
        #expect(try database.nominees(session: Fixture.session).isEmpty)
    }
}
