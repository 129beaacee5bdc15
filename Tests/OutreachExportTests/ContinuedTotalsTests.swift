import Foundation
import OutreachCore
@testable import OutreachExport
import OutreachStore
import Testing
import TestSupport
import XLSX

/// The exports whose tables are summed by formulas go on to new sheets too, as the sign-in sheet does, before a
/// sheet passes the page breaks it may hold (`OfficialSheet.breaksPerSheet`, lowered here so a few hundred rows
/// cross it): the cascade tree, the duty tracker, the attendance summary and the budget's table of offices.
/// Each is read back: its sheets, page breaks, headings and page numbers, and every total evaluated over the
/// ranges its formula names (on every sheet) gives the figure counted from the data.
@Suite("Summed tables continue on new sheets, their totals over every sheet")
final class ContinuedTotalsTests {
    let folder = try! Fixture.temporaryDirectory()

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    static let breaks = 3

    /// The sheets of the continued table named `name`, in order, checked as every continued document.
    func continued(_ document: XLSXDocument, _ name: String, headings: [String]) -> [SheetContent] {
        let sheets = document.sheets.filter { $0.name == name || $0.name.hasPrefix(name + " (") }
        #expect(sheets.count >= 3, "\(document.sheets.map(\.name))")
        #expect(sheets.map(\.name) == [name] + (1..<max(1, sheets.count)).map { "\(name) (\($0 + 1))" })
        // Never past the breaks a sheet holds (a closing block may add one), far below Excel's 1023.
        for sheet in sheets { #expect(sheet.rowBreaks.count <= Self.breaks + 1, "\(sheet.name): \(sheet.rowBreaks.count)") }
        for sheet in sheets.dropLast() { #expect(sheet.rowBreaks.count == Self.breaks, "\(sheet.name) is not full") }
        let total = sheets.reduce(0) { $0 + $1.rowBreaks.count + 1 }
        var first = 1
        for sheet in sheets {
            #expect((sheet.pageSetup.firstPageNumber ?? 1) == first, "\(sheet.name)")
            #expect(sheet.footer?.contains("Trang &P/\(total)") == true, "\(sheet.name)")
            first += sheet.rowBreaks.count + 1
        }
        for sheet in sheets.dropFirst() {
            #expect((0..<headings.count).map { sheet.text(at: CellReference(row: 0, column: $0)) } == headings, "\(sheet.name)")
            #expect(sheet.printTitleRows == 0...0 && sheet.frozen == CellReference(row: 1, column: 0), "\(sheet.name)")
        }
        return sheets
    }

    // MARK: - Evaluating the totals as written

    /// A range of a formula: `H11:H40`, `$H$11:$H$40`, `'Cây (2)'!H2:H40`, on the sheet it names or `sheet`.
    static func cells(_ text: Substring, on sheet: String, _ document: XLSXDocument) throws -> [CellData?] {
        var name = sheet
        var range = text
        if let bang = text.lastIndex(of: "!") {
            name = text[..<bang].dropFirst().dropLast().replacingOccurrences(of: "''", with: "'")
            range = text[text.index(after: bang)...]
        }
        let ends = range.replacingOccurrences(of: "$", with: "").split(separator: ":").map(String.init)
        let first = try #require(CellReference(a1: ends[0]))
        let last = try #require(CellReference(a1: ends.count > 1 ? ends[1] : ends[0]))
        let content = try #require(document.sheet(named: name), "no sheet \(name)")
        return (first.row...last.row).flatMap { row in
            (first.column...last.column).map { content.cells[CellReference(row: row, column: $0)] }
        }
    }

    static func number(_ cell: CellData?) -> Double {
        if case .number(let value)? = cell?.value { return value }
        return 0
    }

    /// The arguments of a call, split at its top-level commas (none of ours is quoted or nested).
    static func arguments(_ call: Substring) -> [Substring] {
        let open = call.firstIndex(of: "(")!
        return call[call.index(after: open)..<call.index(before: call.endIndex)].split(separator: ",")
    }

    /// The value of a total as Excel computes it: `SUM(range, …)` or `SUMIF(criteria, key, range)+SUMIF(…)`, each
    /// range on the sheet it names; a key is a number or a cell of `sheet`.
    static func evaluate(_ formula: String, on sheet: String, _ document: XLSXDocument) throws -> Double {
        var total = 0.0
        for term in formula.split(separator: "+") {
            if term.hasPrefix("SUMIF(") {
                let parts = arguments(term)
                try #require(parts.count == 3, "\(term)")
                let key: String
                if let value = Double(parts[1]) {
                    key = value == value.rounded() ? "\(Int(value))" : "\(value)"
                } else {
                    let reference = try #require(CellReference(a1: parts[1].replacingOccurrences(of: "$", with: "")))
                    key = try #require(document.sheet(named: sheet)).text(at: reference)
                }
                let criteria = try cells(parts[0], on: sheet, document)
                let values = try cells(parts[2], on: sheet, document)
                try #require(criteria.count == values.count)
                for (criterion, value) in zip(criteria, values) where criterion?.displayText == key { total += number(value) }
            } else {
                try #require(term.hasPrefix("SUM("), "\(term)")
                for part in arguments(term) { total += try cells(part, on: sheet, document).reduce(0) { $0 + number($1) } }
            }
        }
        return total
    }

    /// The formula in `column` of the row whose text in `labelColumn` is `label`, on `sheet`.
    static func formula(_ sheet: SheetContent, label: String, column: Int, labelColumn: Int = 0) throws -> String {
        let row = try #require(sheet.cells.first { $0.key.column == labelColumn && $0.value.displayText == label }?.key.row,
                               "\(label) on \(sheet.name)")
        return try #require(sheet.cells[CellReference(row: row, column: column)]?.formula, "\(label) column \(column)")
    }

    // MARK: - The cascade tree

    /// A real tree (the mini session re-trained by Bát Xát), its nodes repeated: three offices of level 1, each
    /// with `children` units below, every other one reported. Levels and totals are counted from the nodes.
    func longTree(children: Int) throws -> (CascadeTree, Session, [OrgUnit]) {
        let database = try AppDatabase.inMemory()
        _ = try database.importUnits(
            try TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "mini-units.yaml"),
            source: "mini-units.yaml", context: Fixture.operatorContext())
        _ = try database.createSession(
            yaml: try Fixture.text("mini-session.yaml") + "\nfollow_up:\n  due_days_after: 30\n",
            file: "mini-session.yaml", context: Fixture.context())
        let context = { (day: String) in CommandContext(actor: nil, command: "test", today: try! CalendarDate(iso: day)) }
        _ = try database.openCascade(session: Fixture.session, invited: true, context: context("2022-05-11"))
        let batxat = try #require(UnitCode(rawValue: "PGD-BATXAT"))
        let (child, _, _) = try database.planCascade(
            CascadePlanRequest(parent: Fixture.session, unit: batxat, date: try CalendarDate(iso: "2022-05-20"),
                               venue: "Hội trường", followUp: FollowUpRule(dueDaysAfter: 10)),
            context: context("2022-05-12"))
        _ = try database.openCascade(session: child.code, invited: true, context: context("2022-05-21"))
        var tree = try database.cascadeTree(session: Fixture.session, today: try CalendarDate(iso: "2022-07-15"))
        let top = try #require(tree.nodes.first { $0.level == 1 })
        let below = try #require(tree.nodes.first { $0.level == 2 })
        var nodes: [CascadeNode] = []
        var id: Int64 = 0
        for office in 1...3 {
            id += 1
            var node = top
            node.duty.id = id
            node.unitName = "Phòng Giáo dục số \(office)"
            node.status = .overdue
            let parent = id
            nodes.append(node)
            for school in 1...children {
                id += 1
                var node = below
                node.duty.id = id
                node.parent = parent
                node.unitName = "Trường số \(office).\(school)"
                node.status = school.isMultiple(of: 2) ? .onTime : .overdue
                nodes.append(node)
            }
        }
        tree.nodes = nodes
        tree.levels = [CascadeFigures(), CascadeFigures()]
        tree.total = CascadeFigures()
        for node in nodes {
            var own = CascadeFigures()
            own.owed = 1
            own.reported = node.status.isDone ? 1 : 0
            own.onTime = node.status == .onTime ? 1 : 0
            tree.levels[node.level - 1].add(own)
            tree.total.add(own)
        }
        return (tree, try database.session(Fixture.session), try database.units())
    }

    @Test func aLongCascadeTreeGoesOnAndItsFormulasReachEverySheet() throws {
        let children = 200
        let (tree, session, units) = try longTree(children: children)
        let path = folder.appendingPathComponent("cascade.xlsx").path
        try OfficialSheet.$breaksPerSheet.withValue(Self.breaks) {
            try CascadeSheet(tree: tree, session: session, units: units).write(to: path)
        }
        let document = try XLSXReader.read(url: URL(fileURLWithPath: path))
        let sheets = continued(document, CascadeSheet.treeSheet, headings: CascadeSheet.headings)
        // Every node once, in order, numbered on across the sheets.
        let numbers = sheets.flatMap { sheet in
            sheet.cells.filter { $0.key.column == 0 && $0.key.row > 0 && $0.value.displayText.first?.isNumber == true }
                .sorted { $0.key.row < $1.key.row }.map(\.value.displayText)
        }
        #expect(numbers.count == tree.nodes.count)
        #expect(numbers.first == "1" && numbers.last == "3.\(children)")
        let last = try #require(sheets.last)
        let done = Double(tree.total.reported)
        // The totals, per level and overall, sum the rows of every sheet.
        let expected: [(String, Int, Double)] = [
            ("Cộng cấp 1", 7, 3), ("Cộng cấp 2", 7, Double(3 * children)), ("Tổng cộng", 7, Double(tree.nodes.count)),
            ("Tổng cộng", 8, done),
        ]
        for (label, column, value) in expected {
            let formula = try Self.formula(last, label: label, column: column)
            for sheet in sheets.dropLast() { #expect(formula.contains("'\(sheet.name)'!"), "\(label): \(formula)") }
            #expect(try Self.evaluate(formula, on: last.name, document) == value, "\(label): \(formula)")
        }
        // The second office's branch starts on one sheet and ends on another: its completeness sums both.
        let second = try #require(sheets.first { $0.cells.values.contains { $0.displayText == "Phòng Giáo dục số 2" } })
        let formula = try Self.formula(second, label: "Phòng Giáo dục số 2", column: 14, labelColumn: 1)
        let owed = try #require(formula.firstMatch(of: /^IF\((SUM\(.+?\))=0,0,(SUM\(.+?\))\/SUM/))
        #expect(owed.1.contains("!"), "\(formula)")
        #expect(try Self.evaluate(String(owed.1), on: second.name, document) == Double(children + 1))
        #expect(try Self.evaluate(String(owed.2), on: second.name, document) == Double(children / 2))
        // Each sheet marks its own rows by status and folds its branches under the row above them.
        for sheet in sheets {
            #expect(!sheet.conditionalFormats.isEmpty && !sheet.outlineSummaryBelow, "\(sheet.name)")
        }
        // The district sheet sums the tree's rows on every sheet: its districts add up to every node.
        let districts = try #require(document.sheet(named: CascadeSheet.districtSheet))
        let owedCells = districts.cells.filter { $0.key.column == 2 && $0.value.formula?.hasPrefix("SUMIF(") == true }
        #expect(!owedCells.isEmpty)
        var sum = 0.0
        for cell in owedCells.values { sum += try Self.evaluate(try #require(cell.formula), on: districts.name, document) }
        #expect(sum == Double(tree.nodes.count))
    }

    // MARK: - The duty tracker

    @Test func aLongDutyTrackerGoesOnAndItsSummaryCountsEverySheet() throws {
        let database = try Fixture.miniDatabase()
        let unitsYAML = try String(contentsOfFile: Fixture.template("units/lai-chau-ldld-2022.yaml"), encoding: .utf8)
        _ = try database.importUnits(
            try TemplateLoader.units(yaml: unitsYAML, file: "lai-chau.yaml"), source: "lai-chau.yaml", context: Fixture.operatorContext())
        let planYAML = try String(contentsOfFile: Fixture.template("plans/lai-chau-2022-tdkt.yaml"), encoding: .utf8)
        let (plan, _) = try database.importPlan(
            yaml: planYAML, file: "plan.yaml", context: CommandContext(actor: nil, command: "test", today: try CalendarDate(iso: "2022-01-10")))
        let today = try CalendarDate(iso: "2022-02-15")
        let (_, real) = try database.planDuties(plan.template.code, today: today)
        let model = try #require(real.first)
        // 600 units owing the plan's first duty, every third one reported on time.
        let lines = (1...600).map { index in
            var line = model
            line.duty.id = Int64(index)
            line.unitName = "Công đoàn cơ sở số \(index)"
            line.status = index.isMultiple(of: 3) ? .onTime : .overdue
            return line
        }
        let tree = UnitTree(try database.units())
        let issuer = try #require(tree[plan.template.issuer])
        let path = folder.appendingPathComponent("tracker.xlsx").path
        try OfficialSheet.$breaksPerSheet.withValue(Self.breaks) {
            try DutyTrackerSheet(plan: plan, lines: lines, today: today, issuer: issuer, parentBody: nil, blocOf: [:], blocs: [])
                .write(to: path)
        }
        let document = try XLSXReader.read(url: URL(fileURLWithPath: path))
        let sheets = continued(document, DutyTrackerSheet.trackerSheet, headings: DutyTrackerSheet.headings)
        #expect(LongListSheetsTests.numbers(sheets) == Array(1...600))
        let last = try #require(sheets.last)
        for (column, value) in [(7, 600.0), (8, 200.0), (9, 200.0)] {
            let formula = try Self.formula(last, label: "Tổng cộng", column: column)
            for sheet in sheets.dropLast() { #expect(formula.contains("'\(sheet.name)'!"), "\(formula)") }
            #expect(try Self.evaluate(formula, on: last.name, document) == value, "\(formula)")
        }
        for sheet in sheets { #expect(!sheet.conditionalFormats.isEmpty, "\(sheet.name)") }
        // The summary's duty row and its bloc row count the lines of every sheet (a SUMIF per sheet, added).
        let summary = try #require(document.sheet(named: DutyTrackerSheet.summarySheet))
        let dutyRow = try #require(summary.cells.first { $0.key.column == 0 && $0.value.displayText == "1" }?.key.row)
        for (column, value) in [(3, 600.0), (4, 200.0), (5, 200.0)] {
            let formula = try #require(summary.cells[CellReference(row: dutyRow, column: column)]?.formula)
            #expect(formula.components(separatedBy: "SUMIF(").count - 1 == sheets.count, "\(formula)")
            #expect(try Self.evaluate(formula, on: summary.name, document) == value, "\(formula)")
        }
        let bloc = try #require(summary.cells.first { $0.key.column == 1 && $0.value.displayText == DutyTrackerSheet.noBloc }?.key.row)
        let blocOwed = try #require(summary.cells[CellReference(row: bloc, column: 3)]?.formula)
        #expect(try Self.evaluate(blocOwed, on: summary.name, document) == 600)
    }

    // MARK: - The attendance summary

    @Test func aLongAttendanceSummaryGoesOnAndItsTotalsSumEverySheet() throws {
        let database = try Fixture.miniDatabase()
        var report = try database.attendanceReport(session: Fixture.session)
        let model = try #require(report.offices.first)
        report.offices = (1...600).map { index in
            var office = model
            office.key = "DV-\(index)"
            office.name = "Đơn vị số \(index)"
            office.required = 2
            office.present = index % 3
            office.absent = 2 - index % 3
            return office
        }
        let list = try database.nomineeList(session: Fixture.session, includeEmptyGroups: true)
        let path = folder.appendingPathComponent("attendance.xlsx").path
        try OfficialSheet.$breaksPerSheet.withValue(Self.breaks) {
            try AttendanceSheet(report: report, list: list, marks: []).write(to: path)
        }
        let document = try XLSXReader.read(url: URL(fileURLWithPath: path))
        let sheets = continued(document, "Tổng hợp", headings: AttendanceSheet.summaryHeadings)
        #expect(LongListSheetsTests.numbers(sheets) == Array(1...600))
        let last = try #require(sheets.last)
        let present = Double(report.offices.reduce(0) { $0 + $1.present })
        for (column, value) in [(2, 1200.0), (3, present)] {
            let formula = try Self.formula(last, label: "Tổng cộng", column: column)
            for sheet in sheets.dropLast() { #expect(formula.contains("'\(sheet.name)'!"), "\(formula)") }
            #expect(try Self.evaluate(formula, on: last.name, document) == value, "\(formula)")
        }
        for sheet in sheets { #expect(sheet.conditionalFormats.count == 2, "\(sheet.name)") }
        // The charts (31 offices each) fill more pages than a sheet holds: they go on too.
        let charts = document.sheets.filter { $0.name == "Biểu đồ" || $0.name.hasPrefix("Biểu đồ (") }
        #expect(charts.count >= 2 && charts.allSatisfy { $0.rowBreaks.count <= Self.breaks + 1 }, "\(charts.map(\.name))")
        // Each chart takes its offices from one sheet of the summary, every sheet's offices charted.
        let charted = Set(charts.flatMap(\.charts).flatMap(\.series).compactMap(\.values).compactMap { $0.split(separator: "!").first })
        #expect(charted == Set(sheets.map { "'\($0.name)'" }), "\(charted)")
    }

    // MARK: - The budget's table of offices

    @Test func aLongTableOfOfficesGoesOnAndItsTotalsSumEverySheet() throws {
        let database = try Fixture.miniDatabase()
        let rates = try TemplateLoader.rateBook(folder: Fixture.template("rates"))
        var statement = try database.budgetStatement(session: Fixture.session, rates: rates, today: Fixture.beforeDeadline)
        let model = try #require(statement.offices.first)
        statement.offices = (1...300).map { index in
            var office = model
            office.office.unit.code = UnitCode(rawValue: "DV-\(index)")!
            office.office.unit.name = "Đơn vị số \(index)"
            office.office.participants = Int64(index % 4)
            return office
        }
        let path = folder.appendingPathComponent("du-toan.xlsx").path
        try OfficialSheet.$breaksPerSheet.withValue(Self.breaks) {
            try BudgetSheet(list: try database.nomineeList(session: Fixture.session), statement: statement).write(to: path)
        }
        let document = try XLSXReader.read(url: URL(fileURLWithPath: path))
        let sheets = continued(document, BudgetSheet.officeTotalsSheet, headings: BudgetSheet.officeTotalsHeadings)
        #expect(LongListSheetsTests.numbers(sheets) == Array(1...300))
        let last = try #require(sheets.last)
        let people = Double(statement.offices.reduce(0) { $0 + $1.office.participants })
        let amount = Double(statement.offices.reduce(0) { $0 + $1.office.total })
        for (column, value) in [(2, people), (5, amount)] {
            let formula = try Self.formula(last, label: "TỔNG CỘNG", column: column)
            for sheet in sheets.dropLast() { #expect(formula.contains("'\(sheet.name)'!"), "\(formula)") }
            #expect(try Self.evaluate(formula, on: last.name, document) == value, "\(formula)")
        }
    }
}
