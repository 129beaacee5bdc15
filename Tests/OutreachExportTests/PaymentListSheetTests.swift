import Foundation
import OutreachCore
import OutreachExport
import OutreachStore
import Testing
import TestSupport
import XLSX

@Suite("Payment lists: a forecast before attendance, then the people who came, each for the days they came")
struct PaymentListSheetTests {
    let database: AppDatabase
    let rates = try! TemplateLoader.rateBook(folder: Fixture.template("rates"))
    static let day1 = try! CalendarDate(iso: "2022-05-10")
    static let day2 = try! CalendarDate(iso: "2022-05-11")

    /// The mini session over two days, paying lodging to the offices of Bát Xát.
    init() throws {
        database = try AppDatabase.inMemory()
        let units = try TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "mini-units.yaml")
        _ = try database.importUnits(units, source: "mini-units.yaml", context: Fixture.operatorContext())
        let yaml = try Fixture.text("mini-session.yaml")
            .replacingOccurrences(of: "days: 1\n", with: "days: 2\n")
            .replacingOccurrences(of: "budget:\n", with: "budget:\n  lodging: {districts: [BATXAT]}\n")
        _ = try database.createSession(yaml: yaml, file: "mini-session.yaml", context: Fixture.context())
    }

    func line(_ code: String) -> Slug { Slug(rawValue: code)! }

    /// Giàng A Páo and Lò Văn Hùng of Bát Xát (lodged), Sùng Thị Mai of the Chuyên school, all confirmed.
    func nominate() throws -> (pao: Int64, mai: Int64, hung: Int64) {
        let context = Fixture.context()
        let pao = try database.addNominee(Fixture.request("Giàng A Páo", role: "lanh-dao", unit: "PGD-BATXAT"), context: context)
        let mai = try database.addNominee(Fixture.request("Sùng Thị Mai", role: "cbql", unit: "THPT-CHUYEN"), context: context)
        let hung = try database.addNominee(Fixture.request("Lò Văn Hùng", role: "can-bo-tdkt", unit: "PGD-BATXAT"), context: context)
        let ids = [pao, mai, hung].map(\.nomination.id)
        _ = try database.confirm(session: Fixture.session, nominees: ids.map { "\($0)" }, context: context)
        return (ids[0], ids[1], ids[2])
    }

    func sheet(_ code: String) throws -> PaymentListSheet {
        let list = try database.nomineeList(session: Fixture.session, includeEmptyGroups: true)
        return try PaymentListSheet(
            list: list, estimate: try BudgetEstimate(list: list, rates: rates, today: Fixture.afterDeadline), line: line(code),
            attendees: try database.attendees(session: Fixture.session))
    }

    func mark(_ id: Int64, _ status: AttendanceStatus, _ date: CalendarDate, _ half: SessionPart.Half) throws {
        _ = try database.markAttendance(
            session: Fixture.session, nominee: "\(id)", status: status, part: SessionPart(date: date, half: half),
            note: nil, context: Fixture.context("attendance mark", today: Self.day2))
    }

    func texts(_ sheet: SheetContent) -> [String] {
        sheet.cells.values.compactMap { if case .text(let t) = $0.value { t } else { nil } }
    }

    @Test func beforeAttendanceItIsTheEstimatesListTitledAsAForecast() throws {
        _ = try nominate()
        let perDiem = try sheet("phu-cap-luu-tru")
        #expect(perDiem.isForecast)
        #expect(perDiem.people.map(\.person.fullName) == ["Lò Văn Hùng", "Giàng A Páo", "Sùng Thị Mai"])
        // Bát Xát lodges the night before: its people leave the day before, a third day of per diem.
        #expect(perDiem.payments.map(\.quantity) == [3, 3, 2])
        #expect(perDiem.total == (3 + 3 + 2) * 200_000)
        // Lodging goes to Bát Xát only, by the session's rule.
        let lodging = try sheet("luu-tru")
        #expect(lodging.people.map(\.person.fullName) == ["Lò Văn Hùng", "Giàng A Páo"])
        #expect(lodging.total == 2 * 2 * 350_000)

        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("chi.xlsx")
        try perDiem.write(to: path.path)
        let read = try #require(try XLSXReader.read(url: path).sheets.first)
        #expect(texts(read).contains("DANH SÁCH CHI TIỀN (DỰ KIẾN)"))
        #expect(texts(read).contains { $0.hasPrefix("Danh sách dự kiến theo các đại biểu được cử, chưa có điểm danh: 3 người") })
    }

    @Test func onceAttendanceIsRecordedItPaysWhoCameForTheDaysTheyCame() throws {
        let (pao, mai, hung) = try nominate()
        // Páo both days (late on the second), Mai the first morning only, Hùng excused; a walk-in of Bát Xát
        // on the second day.
        try mark(pao, .present, Self.day1, .morning)
        try mark(pao, .present, Self.day1, .afternoon)
        try mark(pao, .late, Self.day2, .morning)
        try mark(mai, .present, Self.day1, .morning)
        try mark(hung, .excused, Self.day1, .morning)
        try mark(hung, .absent, Self.day2, .morning)
        var request = Fixture.request("Vàng Thị Dua", role: "giao-vien", unit: "PGD-BATXAT", worksAt: "TH-BATXAT-KIMDONG")
        request.note = nil
        let walkIn = try database.recordWalkIn(
            request, replacing: nil, status: .present, part: SessionPart(date: Self.day2, half: .morning),
            context: Fixture.context("attendance walk-in", today: Self.day2))

        let perDiem = try sheet("phu-cap-luu-tru")
        #expect(!perDiem.isForecast)
        // By office, then given name: Dua before Páo.
        #expect(perDiem.people.map(\.person.fullName) == ["Vàng Thị Dua", "Giàng A Páo", "Sùng Thị Mai"])
        #expect(perDiem.people.map(\.nomination.id) == [walkIn.nomination.id, pao, mai])
        // Dua and Páo of Bát Xát (lodged the night before) are paid the day they left too (Điều 5 TT 40/2017).
        #expect(perDiem.payments.map(\.quantity) == [2, 3, 1])
        #expect(perDiem.payments.map(\.amount) == [400_000, 600_000, 200_000])
        #expect(perDiem.total == 1_200_000)
        // The settlement counts the same days: the list and the statement agree office by office.
        let statement = try database.budgetStatement(session: Fixture.session, rates: rates, today: Self.day2)
        let settled = statement.offices.compactMap { $0.rows.first { $0.item.line.code == line("phu-cap-luu-tru") }?.actual?.amount }
        #expect(settled.reduce(0, +) == perDiem.total)
        // Lodging: only Bát Xát's people who came.
        let lodging = try sheet("luu-tru")
        #expect(lodging.people.map(\.person.fullName) == ["Vàng Thị Dua", "Giàng A Páo"])
        #expect(lodging.total == 3 * 350_000)
        // A per-person line pays each person once, whatever their days.
        let documents = try sheet("tai-lieu")
        #expect(documents.payments.map(\.amount) == [25_000, 25_000, 25_000])

        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("chi.xlsx")
        try perDiem.write(to: path.path)
        let read = try #require(try XLSXReader.read(url: path).sheets.first)
        let words = texts(read)
        #expect(words.contains("DANH SÁCH CHI TIỀN"))
        #expect(!words.contains { $0.contains("DỰ KIẾN") })
        #expect(words.contains("Theo số người thực tế tham dự (điểm danh): 3 người, 6 ngày-người"))
        #expect(words.contains("Bằng chữ: Một triệu hai trăm nghìn đồng"))
        for text in PaymentListSheet.perDayHeadings + ["NGƯỜI LẬP BIỂU", "KẾ TOÁN", "THỦ TRƯỞNG ĐƠN VỊ"] {
            #expect(words.contains(text), "\(text)")
        }
        let first = try #require(read.cells.first { $0.value.value == .text("Vàng Thị Dua") }?.key.row)
        for (offset, (days, amount)) in [(2.0, 400_000.0), (3, 600_000), (1, 200_000)].enumerated() {
            let row = first + offset
            #expect(read.cells[CellReference(row: row, column: 3)]?.value == .number(days))
            #expect(read.cells[CellReference(row: row, column: 4)]?.value == .number(200_000))
            let cell = try #require(read.cells[CellReference(row: row, column: 5)])
            #expect(cell.formula == "D\(row + 1)*E\(row + 1)")
            #expect(cell.value == .number(amount))
            #expect(cell.style?.numberFormat == VietnameseNumber.excelThousandsFormat)
        }
        let total = try #require(read.cells[CellReference(row: first + 3, column: 5)])
        #expect(total.formula == "SUM(F\(first + 1):F\(first + 3))")
        #expect(total.value == .number(1_200_000))
        #expect(read.cells[CellReference(row: first + 3, column: 3)]?.formula == "SUM(D\(first + 1):D\(first + 3))")
        #expect(read.cells[CellReference(row: first + 3, column: 3)]?.value == .number(6))
    }

    @Test func aNomineeReplacedAfterComingIsStillPaidForTheDayTheyCame() throws {
        let (pao, _, _) = try nominate()
        try mark(pao, .present, Self.day1, .morning)
        // Páo is called back after the first day; Sử comes in his place on the second.
        let su = try database.recordWalkIn(
            Fixture.request("Vàng A Sử", role: "lanh-dao", unit: "PGD-BATXAT"), replacing: "\(pao)", status: .present,
            part: SessionPart(date: Self.day2, half: .morning), context: Fixture.context("attendance walk-in", today: Self.day2))
        let perDiem = try sheet("phu-cap-luu-tru")
        #expect(perDiem.people.map(\.nomination.id) == [pao, su.nomination.id])
        // Both of Bát Xát, lodged the night before: the day of departure and the day they came.
        #expect(perDiem.payments.map(\.quantity) == [2, 2])
        #expect(perDiem.total == 800_000)
    }

    @Test func aListNobodyIsPaidOnSumsToZeroOverARealRange() throws {
        let (_, mai, _) = try nominate()
        try mark(mai, .present, Self.day1, .morning)
        // Only the Chuyên school came, which is not lodged.
        let lodging = try sheet("luu-tru")
        #expect(lodging.payments.isEmpty && lodging.total == 0)
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("phong.xlsx")
        try lodging.write(to: path.path)
        let read = try #require(try XLSXReader.read(url: path).sheets.first)
        #expect(texts(read).contains("Không có người nào được chi khoản này"))
        let total = try #require(read.cells.values.first { $0.formula?.hasPrefix("SUM(F") == true })
        let range = try #require(total.formula?.dropFirst(4).dropLast().split(separator: ":").map { Int($0.dropFirst())! })
        #expect(range[0] <= range[1])
        #expect(total.value == .number(0))
        #expect(texts(read).contains("Bằng chữ: Không đồng"))
    }
}
