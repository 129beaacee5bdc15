import Foundation
import OutreachCore
@testable import OutreachExport
import OutreachStore
import Testing
import TestSupport
import XLSX

/// The payment list and the reminders' sheet to print go on to new sheets, as the sign-in sheet does, before a
/// sheet passes the page breaks it may hold (`OfficialSheet.breaksPerSheet`, Excel's 1023 less room for the
/// closing blocks): the same columns and print rules, numbering on, and the payment list's totals summing the
/// amounts on every sheet. The reminders are also written at the real limit, past 1023 page breaks.
@Suite("Payment lists and reminders continue on new sheets")
final class ContinuedExportsTests {
    let folder = try! Fixture.temporaryDirectory()

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    static let breaks = 3

    /// The sheets of the continued list named `name`, in order, checked for their names, page breaks and headings.
    func continued(
        _ path: String, _ name: String, headings: [String], breaks: Int = breaks, sheetsAtLeast: Int = 3
    ) throws -> [SheetContent] {
        let document = try XLSXReader.read(url: URL(fileURLWithPath: path))
        let sheets = document.sheets.filter { $0.name == name || $0.name.hasPrefix(name + " (") }
        #expect(sheets.count >= sheetsAtLeast, "\(document.sheets.map(\.name))")
        #expect(sheets.map(\.name) == [name] + (1..<max(1, sheets.count)).map { "\(name) (\($0 + 1))" })
        for sheet in sheets { #expect(sheet.rowBreaks.count <= breaks + 1, "\(sheet.name): \(sheet.rowBreaks.count)") }
        for sheet in sheets.dropLast() { #expect(sheet.rowBreaks.count == breaks, "\(sheet.name) is not full") }
        let total = sheets.reduce(0) { $0 + $1.rowBreaks.count + 1 }
        var first = 1
        for sheet in sheets {
            #expect((sheet.pageSetup.firstPageNumber ?? 1) == first, "\(sheet.name)")
            #expect(sheet.footer?.contains("Trang &P/\(total)") == true, "\(sheet.name)")
            first += sheet.rowBreaks.count + 1
        }
        for sheet in sheets.dropFirst() {
            #expect((0..<headings.count).map { sheet.text(at: CellReference(row: 0, column: $0)) } == headings)
            #expect(sheet.printTitleRows == 0...0 && sheet.frozen == CellReference(row: 1, column: 0))
        }
        return sheets
    }

    @Test func aLongPaymentListGoesOnAndItsTotalsSumEverySheet() throws {
        let database = try AppDatabase.inMemory()
        let units = try TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "mini-units.yaml")
        _ = try database.importUnits(units, source: "mini-units.yaml", context: Fixture.operatorContext())
        let yaml = try Fixture.text("mini-session.yaml").replacingOccurrences(of: "days: 1\n", with: "days: 2\n")
        _ = try database.createSession(yaml: yaml, file: "mini-session.yaml", context: Fixture.context())
        let mai = try database.addNominee(Fixture.request("Sùng Thị Mai", role: "cbql", unit: "THPT-CHUYEN"), context: Fixture.context())
        _ = try database.confirm(session: Fixture.session, nominees: ["\(mai.nomination.id)"], context: Fixture.context())
        var list = try database.nomineeList(session: Fixture.session, includeEmptyGroups: true)
        let model = try #require(list.groups.flatMap(\.rows).first)
        let index = try #require(list.groups.firstIndex { !$0.rows.isEmpty })
        list.groups[index].rows = (1...400).map { number in
            var copy = model
            copy.person.fullName = "\(model.person.fullName) \(number)"
            copy.person.id = Int64(number)
            return copy
        }
        let rates = try TemplateLoader.rateBook(folder: Fixture.template("rates"))
        let estimate = try BudgetEstimate(list: list, rates: rates, today: Fixture.afterDeadline)
        let payments = try PaymentListSheet(list: list, estimate: estimate, line: Slug(rawValue: "phu-cap-luu-tru")!, attendees: nil)
        #expect(payments.payments.count == 400 && payments.perDay)
        let path = folder.appendingPathComponent("chi.xlsx").path
        try OfficialSheet.$breaksPerSheet.withValue(Self.breaks) { try payments.write(to: path) }
        let sheets = try continued(path, "Danh sách chi", headings: PaymentListSheet.perDayHeadings)
        // Numbered on, every person once, each amount a formula of its own row.
        let numbers = LongListSheetsTests.numbers(sheets)
        #expect(numbers == Array(1...400))
        // The totals: days and amounts summed over the rows of every sheet the list went over.
        let last = try #require(sheets.last)
        let totals = last.cells.filter { $0.value.formula?.hasPrefix("SUM(") == true }
        #expect(totals.count == 2)
        for (reference, cell) in totals {
            let formula = try #require(cell.formula)
            for sheet in sheets.dropLast() { #expect(formula.contains("'\(sheet.name)'!"), "\(formula)") }
            // Summing the ranges as written gives the cached value: every row counted once.
            let letter = reference.column == 3 ? "D" : "F"
            var sum = 0.0
            for part in formula.dropFirst(4).dropLast().split(separator: ",") {
                let name = part.contains("!") ? String(part.split(separator: "!")[0].dropFirst().dropLast()) : last.name
                let bounds = part.split(separator: "!").last!.split(separator: ":").map { Int($0.dropFirst())! - 1 }
                let sheet = try #require(sheets.first { $0.name == name })
                #expect(part.split(separator: "!").last!.hasPrefix(letter))
                for row in bounds[0]...bounds[1] {
                    if case .number(let value) = sheet.cells[CellReference(row: row, column: reference.column)]?.value { sum += value }
                }
            }
            #expect(.number(sum) == cell.value, "\(formula)")
        }
        #expect(totals.values.contains { $0.value == .number(Double(payments.total)) })
    }

    func reminderSheet(_ count: Int) -> ReminderSheet {
        let reminders = (0..<count).map { index in
            CascadeReminder(
                duty: Int64(index + 1), level: 1, session: "LCI-2022-TDKT", unit: "PGD-\(index)", unitName: "Trường số \(index + 1)",
                owedTo: "SGDDT-LCI", owedToName: "Sở Giáo dục và Đào tạo tỉnh Lào Cai", due: try! CalendarDate(iso: "2022-06-09"),
                status: .overdue, daysLate: 36, phone: "0214 3 840 123", email: "pgd@laocai.edu.vn", address: "Thị trấn Si Ma Cai",
                dutyTitle: "Tổ chức tuyên truyền lại và báo cáo kết quả (đợt LCI-2022-TDKT)")
        }
        var sheet = ReminderSheet(session: Fixture.session, today: try! CalendarDate(iso: "2022-07-15"), reminders: reminders)
        sheet.place = "Lào Cai"
        return sheet
    }

    /// The office numbers in column A of the sheets, in order.
    static func blockNumbers(_ sheets: [SheetContent]) -> [Int] {
        LongListSheetsTests.numbers(sheets)
    }

    @Test func manyRemindersGoOnToNewPrintSheets() throws {
        let path = folder.appendingPathComponent("nhac.xlsx").path
        // One row per office: 120 offices take about 15 pages, 4 sheets of 4 pages at most.
        try OfficialSheet.$breaksPerSheet.withValue(Self.breaks) { try reminderSheet(120).write(to: path) }
        let sheets = try continued(path, ReminderSheet.printSheet, headings: ReminderSheet.printHeadings)
        #expect(Self.blockNumbers(sheets) == Array(1...120))
        // A block that goes over a sheet's last break repeats its office, "(tiếp theo)".
        for sheet in sheets.dropFirst() {
            let second = sheet.text(at: CellReference(row: 1, column: 1)) + sheet.text(at: CellReference(row: 1, column: 0))
            #expect(second.hasSuffix("(tiếp theo)") || Int(sheet.text(at: CellReference(row: 1, column: 0))) != nil, "\(sheet.name)")
        }
    }

    /// At the real limit: 12,000 offices owing a report, a row each, need more pages than the 1023 breaks a sheet
    /// holds.
    @Test func twelveThousandRemindersPassExcelsLimitOnNewSheets() throws {
        let path = folder.appendingPathComponent("nhac-12000.xlsx").path
        try reminderSheet(12_000).write(to: path)
        let sheets = try continued(path, ReminderSheet.printSheet, headings: ReminderSheet.printHeadings,
                                   breaks: OfficialSheet.breaksPerSheet, sheetsAtLeast: 2)
        #expect(sheets.allSatisfy { $0.rowBreaks.count <= 1023 })
        #expect(Self.blockNumbers(sheets) == Array(1...12_000))
    }
}
