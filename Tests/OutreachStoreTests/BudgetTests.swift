import OutreachCore
import OutreachStore
import Testing
import TestSupport

@Suite("Budget: the estimate follows the session's facts; actuals are whole đồng, audited, by the organiser or funder")
struct BudgetTests {
    let database = try! Fixture.miniDatabase()
    let rates = try! TemplateLoader.rateBook(folder: Fixture.template("rates"))

    func acting(_ unit: String?) -> CommandContext {
        var context = Fixture.context("budget actual")
        context.actor = unit.flatMap(UnitCode.init(rawValue:))
        return context
    }

    func line(_ code: String) -> Slug { Slug(rawValue: code)! }

    func amounts(_ items: [BudgetEstimate.Item]) -> [String: Int64] {
        Dictionary(uniqueKeysWithValues: items.map { ($0.line.code.rawValue, $0.amount) })
    }

    @Test func theMiniEstimateCountsTheQuotaBeforeAnyoneIsConfirmed() throws {
        let estimate = try database.budgetStatement(session: Fixture.session, rates: rates).estimate
        #expect(estimate.basis == .quota)
        #expect(estimate.participants == 10)
        #expect(amounts(estimate.organiserItems) == [
            "hoi-truong": 2_000_000, "tai-lieu": 250_000, "nuoc-uong": 400_000, "bao-cao-vien": 3_600_000,
        ])
        // Lodging is not paid unless the budget says so.
        #expect(amounts(estimate.sendingUnitItems) == ["phu-cap-luu-tru": 2_000_000, "di-lai": 300_000])
        #expect(estimate.offices.map(\.unit.code.rawValue) == ["PGD-BATXAT", "PGD-SAPA", "THPT-CHUYEN"])
        #expect(estimate.offices.map(\.total) == [900_000, 900_000, 500_000])
        #expect(estimate.organiserTotal == 6_250_000)
        #expect(estimate.sendingUnitTotal == 2_300_000)
        #expect(estimate.total == 8_550_000)
        #expect(BudgetEstimate.words(estimate.total) == "Tám triệu năm trăm năm mươi nghìn đồng")
        let water = try #require(estimate.organiserItems.first { $0.line.code == line("nuoc-uong") })
        #expect(water.quantity == 10 && water.unitPrice == 40_000 && water.confidence == .unconfirmed)
    }

    @Test func onceSomeoneIsConfirmedOnlyConfirmedNomineesCount() throws {
        let context = Fixture.context()
        let first = try database.addNominee(Fixture.request("Giàng A Páo", role: "lanh-dao", unit: "PGD-BATXAT"), context: context)
        _ = try database.addNominee(Fixture.request("Sùng Thị Mai", role: "cbql", unit: "THPT-CHUYEN"), context: context)
        _ = try database.confirm(session: Fixture.session, nominees: ["\(first.nomination.id)"], context: context)
        let estimate = try database.budgetStatement(session: Fixture.session, rates: rates).estimate
        #expect(estimate.basis == .confirmed)
        #expect(estimate.participants == 1)
        #expect(estimate.offices.map(\.unit.code.rawValue) == ["PGD-BATXAT"])
        #expect(estimate.sendingUnitTotal == 300_000)
        #expect(estimate.organiserTotal == 2_000_000 + 25_000 + 40_000 + 3_600_000)
    }

    @Test func theLaoCaiTemplateEstimatesFromItsQuotaOf223() throws {
        let database = try AppDatabase.inMemory()
        let unitsFile = Fixture.template("units/lao-cai-2022.yaml")
        let sessionFile = Fixture.template("sessions/lao-cai-2022-tdkt.yaml")
        let units = try TemplateLoader.units(yaml: TemplateLoader.readText(path: unitsFile), file: unitsFile)
        _ = try database.importUnits(units, source: unitsFile, context: Fixture.context())
        _ = try database.createSession(yaml: TemplateLoader.readText(path: sessionFile), file: sessionFile, context: Fixture.context())
        let estimate = try database.budgetStatement(session: Fixture.session, rates: rates).estimate
        #expect(estimate.participants == 223)
        #expect(amounts(estimate.organiserItems) == [
            "hoi-truong": 5_000_000, "tai-lieu": 6_690_000, "nuoc-uong": 8_920_000, "bao-cao-vien": 3_600_000,
            "phong-khanh-tiet": 1_500_000,
        ])
        #expect(estimate.offices.count == 61)
        #expect(amounts(estimate.sendingUnitItems) == ["phu-cap-luu-tru": 44_600_000, "di-lai": 18_300_000])
        #expect(estimate.total == 88_610_000)
    }

    @Test func actualsAreComparedPerLineAndInTotal() throws {
        _ = try database.recordActual(
            session: Fixture.session, line: line("hoi-truong"), amount: 1_800_000, note: "Hóa đơn 12", context: acting(nil))
        _ = try database.recordActual(
            session: Fixture.session, line: line("tai-lieu"), amount: 300_000, note: nil, context: acting("SGDDT-LCI"))
        let statement = try database.budgetStatement(session: Fixture.session, rates: rates)
        #expect(statement.rows.first { $0.item.line.code == line("hoi-truong") }?.difference == -200_000)
        #expect(statement.rows.first { $0.item.line.code == line("tai-lieu") }?.difference == 50_000)
        #expect(statement.actualTotal == 2_100_000)
        #expect(statement.difference == -150_000)
        #expect(try database.auditLog().contains { $0.entity == "budgetActual" && $0.key == "LCI-2022-TDKT/hoi-truong" })
    }

    @Test func negativeTooLargeAndUnknownLinesAreRefused() throws {
        for amount: Int64 in [-1, MoneyInWords.maximum + 1, .max] {
            let error = #expect(throws: OutreachError.self) {
                try database.recordActual(session: Fixture.session, line: line("hoi-truong"), amount: amount, note: nil, context: acting(nil))
            }
            #expect(error?.exitStatus == .invalid)
        }
        let unknown = #expect(throws: OutreachError.self) {
            try database.recordActual(session: Fixture.session, line: line("khong-co"), amount: 1, note: nil, context: acting(nil))
        }
        #expect(unknown?.message(.en).contains("hoi-truong") == true)
        #expect(try database.budgetActuals(session: Fixture.session).isEmpty)
    }

    @Test func onlyTheOrganiserOrFunderRecordsActuals() throws {
        // The mini session names no funding division; its managing division is not one.
        for unit in ["PHONG-VANPHONG", "PGD-BATXAT"] {
            let error = #expect(throws: OutreachError.self) {
                try database.recordActual(session: Fixture.session, line: line("hoi-truong"), amount: 1, note: nil, context: acting(unit))
            }
            #expect(error?.exitStatus == .notAllowed)
        }
        #expect(try database.budgetActuals(session: Fixture.session).isEmpty)
    }

    @Test func overflowingQuantitiesAreAnErrorNotAWrongFigure() throws {
        #expect(throws: OutreachError.self) { try MoneyMath.product(Int64.max / 2, 3, line: line("x")) }
        #expect(throws: OutreachError.self) { try MoneyMath.sum([MoneyInWords.maximum, 1], what: "x") }
        #expect(try MoneyMath.product(223, 200_000, line: line("x")) == 44_600_000)
    }
}
