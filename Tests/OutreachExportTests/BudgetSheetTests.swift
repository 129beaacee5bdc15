import Foundation
import OutreachCore
import OutreachExport
import OutreachStore
import Testing
import TestSupport
import XLSX

@Suite("The budget workbook: every office's spending settled, and a summary table of what each office pays")
struct BudgetSheetTests {
    let database = try! Fixture.miniDatabase()
    let rates = try! TemplateLoader.rateBook(folder: Fixture.template("rates"))
    static let day = try! CalendarDate(iso: "2022-05-10")

    func line(_ code: String) -> Slug { Slug(rawValue: code)! }

    /// Páo of Bát Xát confirmed and came; Sa Pa has nobody but bought tickets; a walk-in of the Chuyên school
    /// (nobody confirmed there) came.
    func settle() throws -> BudgetStatement {
        let context = Fixture.context()
        let pao = try database.addNominee(Fixture.request("Giàng A Páo", role: "lanh-dao", unit: "PGD-BATXAT"), context: context)
        _ = try database.confirm(session: Fixture.session, nominees: ["\(pao.nomination.id)"], context: context)
        _ = try database.recordActual(
            session: Fixture.session, line: line("di-lai"), unit: UnitCode(rawValue: "PGD-SAPA"), amount: 150_000,
            note: "Vé xe đã mua, đại biểu ốm không đi", context: context)
        let onTheDay = Fixture.context("attendance", today: Self.day)
        _ = try database.markAttendance(
            session: Fixture.session, nominee: "\(pao.nomination.id)", status: .present,
            part: SessionPart(date: Self.day, half: .morning), note: nil, context: onTheDay)
        _ = try database.recordWalkIn(
            Fixture.request("Sùng Thị Mai", role: "cbql", unit: "THPT-CHUYEN"), replacing: nil, status: .present,
            part: SessionPart(date: Self.day, half: .morning), context: onTheDay)
        return try database.budgetStatement(session: Fixture.session, rates: rates, today: Self.day)
    }

    @Test func spendingOfAnOfficeWithNobodyCountedIsSettledNotDropped() throws {
        let statement = try settle()
        #expect(statement.estimate.offices.map(\.unit.code.rawValue) == ["PGD-BATXAT"])
        #expect(statement.offices.map(\.office.unit.code.rawValue) == ["PGD-BATXAT", "PGD-SAPA", "THPT-CHUYEN"])
        let sapa = statement.offices[1]
        #expect(sapa.office.total == 0 && sapa.office.participants == 0)
        #expect(sapa.rows.map(\.item.line.code.rawValue) == ["di-lai"])
        #expect(sapa.actualTotal == 150_000 && sapa.difference == 150_000)
        // The walk-in's office is settled from who came: one day of per diem, no travel recorded.
        let chuyen = statement.offices[2]
        #expect(chuyen.rows.map(\.item.line.code.rawValue) == ["phu-cap-luu-tru"])
        #expect(chuyen.actualTotal == 200_000 && chuyen.difference == 200_000)
        let travel = try #require(statement.rows.first { $0.item.line.code == line("di-lai") })
        // Sa Pa's 150.000 against the line's whole estimate (Bát Xát's 100.000, not settled yet: 0 spent so far).
        #expect(travel.actual?.amount == 150_000 && travel.item.amount == 100_000 && travel.difference == 50_000)
        let perDiem = try #require(statement.rows.first { $0.item.line.code == line("phu-cap-luu-tru") })
        #expect(perDiem.actual?.amount == 400_000 && perDiem.difference == 200_000)
        #expect(statement.actualTotal == 550_000)
        // Thực chi − Dự toán: the lines nobody settled yet (the organiser's, Bát Xát's travel) count 0 spent so far.
        #expect(statement.difference == 550_000 - statement.estimatedTotal)
        let batXat = statement.offices[0]
        #expect(batXat.actualTotal == 200_000 && batXat.difference == 200_000 - 300_000)
    }

    /// Each office's sheet is named after its short name, as a clerk reads it: a long name cut at a word to 31
    /// characters, a name taken already (two long names cut alike) made unique with " (2)", Excel's forbidden
    /// characters replaced; the table of offices names each sheet and its formulas follow the names the sheets got.
    @Test func officeSheetsAreNamedAfterTheOfficesLongAndCollidingNamesIncluded() throws {
        let units = try Fixture.text("mini-units.yaml")
            .replacingOccurrences(of: "short_name: Phòng GD&ĐT Bát Xát", with: "short_name: Phòng Giáo dục và Đào tạo huyện Bát Xát")
            .replacingOccurrences(of: "short_name: Phòng GD&ĐT Sa Pa", with: "short_name: Phòng Giáo dục và Đào tạo huyện Sa Pa")
            .replacingOccurrences(
                of: "name: Trường THPT Chuyên Lào Cai,", with: "name: Trường THPT Chuyên Lào Cai, short_name: \"THPT Chuyên/Lào Cai: [số 1]\",")
        let database = try AppDatabase.inMemory()
        _ = try database.importUnits(try TemplateLoader.units(yaml: units, file: "u.yaml"), source: "u.yaml", context: Fixture.operatorContext())
        _ = try database.createSession(yaml: try Fixture.text("mini-session.yaml"), file: "s.yaml", context: Fixture.context())
        _ = try database.recordActual(
            session: Fixture.session, line: line("di-lai"), unit: UnitCode(rawValue: "PGD-SAPA"), amount: 150_000,
            note: nil, context: Fixture.context())
        let statement = try database.budgetStatement(session: Fixture.session, rates: rates, today: Fixture.beforeDeadline)
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("du-toan.xlsx")
        try BudgetSheet(list: try database.nomineeList(session: Fixture.session), statement: statement).write(to: path.path)
        let document = try XLSXReader.read(url: path)
        let expected = [
            ("PGD-BATXAT", "Phòng Giáo dục và Đào tạo huyện Bát Xát", "Phòng Giáo dục và Đào tạo huyện"),
            ("PGD-SAPA", "Phòng Giáo dục và Đào tạo huyện Sa Pa", "Phòng Giáo dục và Đào tạo (2)"),
            ("THPT-CHUYEN", "THPT Chuyên/Lào Cai: [số 1]", "THPT Chuyên-Lào Cai- -số 1-"),
        ]
        #expect(document.sheets.map(\.name) == ["Dự toán", BudgetSheet.officeTotalsSheet] + expected.map(\.2))
        #expect(!document.sheets.contains { $0.name.contains("PGD-") || $0.name.contains("THPT-") })
        let totals = try #require(document.sheet(named: BudgetSheet.officeTotalsSheet))
        let first = try #require(totals.cells.first { $0.value.value == .text("Trang chi tiết") }?.key.row) + 1
        for (offset, (code, name, sheetName)) in expected.enumerated() {
            let row = first + offset
            #expect(totals.text(at: CellReference(row: row, column: 1)) == name, "\(code)")
            #expect(totals.text(at: CellReference(row: row, column: 6)) == "trang “\(sheetName)”", "\(code)")
            let estimate = try #require(totals.cells[CellReference(row: row, column: 5)])
            let quoted = "'" + sheetName.replacingOccurrences(of: "'", with: "''") + "'!F"
            #expect(estimate.formula?.hasPrefix(quoted) == true, "\(estimate.formula ?? "")")
            let office = try #require(document.sheet(named: sheetName))
            let target = try #require(Int(estimate.formula?.split(separator: "!F").last ?? ""))
            #expect(office.cells[CellReference(row: target - 1, column: 5)]?.value == estimate.value, "\(code)")
            // The sheet is that office's own.
            let fullName = ["PGD-BATXAT": "Phòng Giáo dục và Đào tạo huyện Bát Xát", "PGD-SAPA": "Phòng Giáo dục và Đào tạo thị xã Sa Pa",
                            "THPT-CHUYEN": "Trường THPT Chuyên Lào Cai"][code] ?? ""
            #expect(office.cells.values.contains { $0.displayText.hasPrefix("Đơn vị: \(fullName) – ") }, "\(code)")
        }
        // The summary's actual of the travel line sums the offices' cells on the sheets as named.
        let summary = try #require(document.sheet(named: "Dự toán"))
        #expect(summary.cells.values.contains { $0.formula?.contains("'Phòng Giáo dục và Đào tạo (2)'!H") == true })
        try BudgetArithmetic.expectEveryRowAddsUp(document)
    }

    @Test func officeSheetNamesAreCutAtAWordAndMadeUnique() {
        func unit(_ code: String, _ name: String) -> OrgUnit {
            OrgUnit(code: UnitCode(rawValue: code)!, name: name, kind: UnitKind(rawValue: "phong-gddt")!)
        }
        let names = BudgetSheet.sheetNames(for: [
            unit("A", "Phòng GD&ĐT Bát Xát"), unit("B", "phòng gd&đt bát xát"), unit("C", "Phòng GD&ĐT Bát Xát"),
            unit("D", String(repeating: "X", count: 40)), unit("E", "'Dự toán'"), unit("F", "Trung tâm   KTTH-HNDN&GDTX tỉnh Lào Cai"),
        ], taken: ["Dự toán"])
        #expect(names == [
            "Phòng GD&ĐT Bát Xát", "phòng gd&đt bát xát (2)", "Phòng GD&ĐT Bát Xát (3)", String(repeating: "X", count: 31),
            "Dự toán (2)", "Trung tâm KTTH-HNDN&GDTX tỉnh",
        ])
        #expect(names.allSatisfy { $0.utf16.count <= 31 })
    }

    @Test func theSummaryTellsWhatEachOfficePaysFromTheOfficeSheets() throws {
        let statement = try settle()
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("qt.xlsx")
        try BudgetSheet(list: try database.nomineeList(session: Fixture.session), statement: statement).write(to: path.path)
        let document = try XLSXReader.read(url: path)
        let sapa = try #require(document.sheet(named: "Phòng GD&ĐT Sa Pa"))
        #expect(sapa.cells.values.contains { $0.value == .text(BudgetSheet.unestimatedNote) })
        #expect(document.sheets.map(\.name).prefix(2) == ["Dự toán", BudgetSheet.officeTotalsSheet])
        let summary = try #require(document.sheet(named: BudgetSheet.officeTotalsSheet))
        #expect(summary.cells.values.contains { $0.value == .text(BudgetSheet.officeTotalsTitle) })
        let headings = try #require(summary.cells.first { $0.value.value == .text("Trang chi tiết") }?.key.row)
        #expect(summary.printTitleRows == headings...headings)
        let expected: [(String, Double, Double, Double)] = [
            ("Phòng GD&ĐT Bát Xát", 300_000, 200_000, -100_000), ("Phòng GD&ĐT Sa Pa", 0, 150_000, 150_000),
            ("Trường THPT Chuyên Lào Cai", 0, 200_000, 200_000),
        ]
        let first = try #require(summary.cells.first { $0.value.formula?.hasPrefix("'Phòng GD&ĐT Bát Xát'!F") == true }?.key.row)
        for (offset, (code, estimate, actual, difference)) in expected.enumerated() {
            let row = first + offset
            let office = try #require(document.sheet(named: code))
            for (column, letter, value) in [(5, "F", estimate), (7, "H", actual), (8, "I", difference)] {
                let cell = try #require(summary.cells[CellReference(row: row, column: column)])
                let formula = try #require(cell.formula)
                #expect(formula.hasPrefix("'\(code)'!\(letter)"), "\(formula)")
                let target = try #require(Int(formula.split(separator: "!\(letter)").last ?? ""))
                // The office sheet's total row: its SUM (its difference H − F), with the same cached value.
                let expected = letter == "I" ? "H\(target)-F\(target)" : "SUM(\(letter)"
                #expect(office.cells[CellReference(row: target - 1, column: column)]?.formula?.hasPrefix(expected) == true)
                #expect(office.cells[CellReference(row: target - 1, column: column)]?.value == .number(value))
                #expect(cell.value == .number(value), "\(code) \(letter)")
                #expect(cell.style?.numberFormat == VietnameseNumber.excelThousandsFormat)
            }
        }
        let totals = first + expected.count
        for (column, letter, value) in [(5, "F", 300_000.0), (7, "H", 550_000), (8, "I", 250_000)] {
            let cell = try #require(summary.cells[CellReference(row: totals, column: column)])
            #expect(cell.formula == (letter == "I" ? "H\(totals + 1)-F\(totals + 1)" : "SUM(\(letter)\(first + 1):\(letter)\(totals))"))
            #expect(cell.value == .number(value))
        }
        #expect(summary.cells[CellReference(row: totals, column: 0)]?.value == .text("TỔNG CỘNG"))
        try BudgetArithmetic.expectEveryRowAddsUp(document)
        #expect(try #require(document.sheet(named: "Dự toán")).cells.values.contains { $0.value == .text(BudgetStatement.inProgressNote.vi) })
    }
}
