import Foundation
import GRDB
import OutreachCore
@testable import OutreachStore
import Testing
import TestSupport

/// Issue 18, item 5 (the budget part): a figure replaced on a later day still shows in a document dated before.
@Suite("Budget history: a document as of a day shows the figure in force that day")
struct BudgetHistoryTests {
    let rates = try! TemplateLoader.rateBook(folder: Fixture.template("rates"))

    func line(_ code: String) -> Slug { Slug(rawValue: code)! }
    func day(_ iso: String) -> CalendarDate { try! CalendarDate(iso: iso) }

    /// Records the hall (organiser's line) and Bát Xát's travel (an office's line), each replaced later.
    func recordHistory(_ database: AppDatabase) throws {
        func record(_ code: String, _ unit: String?, _ amount: Int64, on iso: String, adding: Bool = false) throws {
            _ = try database.recordActual(
                session: Fixture.session, line: line(code), unit: unit.flatMap(UnitCode.init(rawValue:)), amount: amount,
                note: "ngày \(iso)", adding: adding, context: Fixture.context("budget actual", today: day(iso)))
        }
        try record("hoi-truong", nil, 1_000_000, on: "2022-05-10")
        try record("hoi-truong", nil, 1_200_000, on: "2022-05-12")
        try record("di-lai", "PGD-BATXAT", 250_000, on: "2022-05-10")
        try record("di-lai", "PGD-BATXAT", 50_000, on: "2022-05-11", adding: true)
        try record("di-lai", "PGD-BATXAT", 280_000, on: "2022-05-13")
    }

    func figures(_ database: AppDatabase, asOf iso: String?) throws -> [String: Int64] {
        Dictionary(uniqueKeysWithValues: try database.budgetActuals(session: Fixture.session, asOf: iso.map(day)).map {
            ("\($0.line)\($0.unit.map { "/\($0)" } ?? "")", $0.amount)
        })
    }

    /// What the history must give on each day.
    func expectHistory(_ database: AppDatabase) throws {
        #expect(try figures(database, asOf: "2022-05-09") == [:])
        #expect(try figures(database, asOf: "2022-05-10") == ["hoi-truong": 1_000_000, "di-lai/PGD-BATXAT": 250_000])
        #expect(try figures(database, asOf: "2022-05-11") == ["hoi-truong": 1_000_000, "di-lai/PGD-BATXAT": 300_000])
        #expect(try figures(database, asOf: "2022-05-12") == ["hoi-truong": 1_200_000, "di-lai/PGD-BATXAT": 300_000])
        #expect(try figures(database, asOf: "2022-05-13") == ["hoi-truong": 1_200_000, "di-lai/PGD-BATXAT": 280_000])
        #expect(try figures(database, asOf: nil) == ["hoi-truong": 1_200_000, "di-lai/PGD-BATXAT": 280_000])
        // The note in force that day comes with its figure.
        let onThe11th = try database.budgetActuals(session: Fixture.session, asOf: day("2022-05-11"))
        #expect(onThe11th.first { $0.unit != nil }?.note == "ngày 2022-05-10; ngày 2022-05-11")
    }

    @Test func aReplacedFigureStillShowsOnTheDaysBeforeItWasReplaced() throws {
        let database = try Fixture.miniDatabase()
        try recordHistory(database)
        try expectHistory(database)
        // The statement a workbook dated 11/05 is made from settles the hall at its figure of that day.
        let statement = try database.budgetStatement(session: Fixture.session, rates: rates, today: day("2022-05-11"))
        #expect(statement.rows.first { $0.item.line.code == line("hoi-truong") }?.actual?.amount == 1_000_000)
        let batXat = try #require(statement.offices.first { $0.office.unit.code.rawValue == "PGD-BATXAT" })
        #expect(batXat.actualTotal == 300_000)
    }

    @Test func aDatabaseFromBeforeTheHistoryGetsItBackFromTheAuditLog() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        let database = try Fixture.miniDatabase(path: path)
        try recordHistory(database)
        try database.close()
        // As an earlier version left it: the lines' last figures and the audit log, no history; then what the
        // migration `paper2-budget-history` does after creating its table.
        let old = try DatabaseQueue(path: path)
        try old.write { db in
            try db.execute(sql: "DELETE FROM budgetActualVersion")
            try Migrations.recoverBudgetHistory(db)
        }
        try old.close()
        let reopened = try AppDatabase.open(path: path)
        try expectHistory(reopened)
    }
}
