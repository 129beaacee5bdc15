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
        let estimate = try database.budgetStatement(session: Fixture.session, rates: rates, today: Fixture.beforeDeadline).estimate
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

    @Test func onceTheDeadlineHasPassedOnlyConfirmedNomineesCount() throws {
        let context = Fixture.context()
        let first = try database.addNominee(Fixture.request("Giàng A Páo", role: "lanh-dao", unit: "PGD-BATXAT"), context: context)
        _ = try database.addNominee(Fixture.request("Sùng Thị Mai", role: "cbql", unit: "THPT-CHUYEN"), context: context)
        _ = try database.confirm(session: Fixture.session, nominees: ["\(first.nomination.id)"], context: context)
        // One early confirmation does not shrink the plan: up to the deadline (05/05, included) it is the quota.
        for day in [Fixture.beforeDeadline, try CalendarDate(iso: "2022-05-05")] {
            let open = try database.budgetEstimate(session: Fixture.session, rates: rates, today: day)
            #expect(open.basis == .quota)
            #expect(open.participants == 10)
            #expect(open.basis.label(.vi) == "theo định mức, chưa hết hạn đăng ký")
        }
        let estimate = try database.budgetStatement(session: Fixture.session, rates: rates, today: Fixture.afterDeadline).estimate
        #expect(estimate.basis == .confirmed)
        #expect(estimate.participants == 1)
        #expect(estimate.offices.map(\.unit.code.rawValue) == ["PGD-BATXAT"])
        #expect(estimate.sendingUnitTotal == 300_000)
        #expect(estimate.organiserTotal == 2_000_000 + 25_000 + 40_000 + 3_600_000)
    }

    static let laoCaiUnits = Fixture.template("units/lao-cai-2022.yaml")

    /// A database with the Lào Cai units and the seed session, from the templates; and the units as read.
    static func laoCai() throws -> (AppDatabase, UnitListTemplate) {
        let database = try AppDatabase.inMemory()
        let sessionFile = Fixture.template("sessions/lao-cai-2022-tdkt.yaml")
        let units = try TemplateLoader.units(yaml: TemplateLoader.readText(path: laoCaiUnits), file: laoCaiUnits)
        _ = try database.importUnits(units, source: laoCaiUnits, context: Fixture.operatorContext())
        _ = try database.createSession(yaml: TemplateLoader.readText(path: sessionFile), file: sessionFile, context: Fixture.context())
        return (database, units)
    }

    @Test func theLaoCaiTemplateEstimatesFromItsQuotaOf224() throws {
        let (database, _) = try Self.laoCai()
        let estimate = try database.budgetStatement(session: Fixture.session, rates: rates, today: Fixture.beforeDeadline).estimate
        #expect(estimate.participants == 224)
        #expect(amounts(estimate.organiserItems) == [
            "hoi-truong": 5_000_000, "tai-lieu": 6_720_000, "nuoc-uong": 8_960_000, "bao-cao-vien": 3_600_000,
            "phong-khanh-tiet": 1_500_000,
        ])
        // 61 invited offices; the Sở's 7 divisions (in the city, no seal of their own) pay no share of their own.
        #expect(estimate.offices.count == 54)
        // Lodging the night before for the offices 60 km or more from TP Lào Cai: the district offices, schools
        // and centres of Bảo Yên, Bắc Hà, Si Ma Cai and Văn Bàn.
        let lodging = estimate.offices.filter(\.lodges)
        #expect(Set(lodging.compactMap(\.unit.district)) == ["BAOYEN", "BACHA", "SIMACAI", "VANBAN"])
        #expect(lodging.allSatisfy { ($0.unit.distanceKm ?? 0) >= 60 })
        #expect(estimate.offices.filter { !$0.lodges }.allSatisfy { ($0.unit.distanceKm ?? 0) < 60 })
        let people = lodging.reduce(Int64(0)) { $0 + $1.participants }
        // Per diem (`per_diem: {from_km: 10}`) for the offices 10 km or more away: none for the offices of TP Lào
        // Cai itself (0 km): its district office (15), its schools, the provincial centre and the divisions.
        let stayHome = estimate.offices.filter { !$0.paysPerDiem }
        #expect(Set(stayHome.compactMap(\.unit.district)) == ["LAOCAI"])
        #expect(stayHome.allSatisfy { $0.unit.distanceKm == 0 })
        #expect(stayHome.allSatisfy { !$0.items.contains { $0.line.code == line("phu-cap-luu-tru") } })
        #expect(estimate.offices.filter(\.paysPerDiem).allSatisfy { ($0.unit.distanceKm ?? 0) >= 10 })
        let perDiemPeople = estimate.offices.filter(\.paysPerDiem).reduce(Int64(0)) { $0 + $1.participants }
        #expect(perDiemPeople == 188)  // 224 − 36: PGD-LAOCAI 15, the city's six schools 12, the centre 2, divisions 7
        #expect(amounts(estimate.sendingUnitItems) == [
            // Per diem: 188 people one day, and the 94 who lodge the night before a second day (Điều 5 TT 40/2017);
            // the travel lump sum: 54 offices, not the Sở's 7 divisions.
            "phu-cap-luu-tru": (188 + 94) * 200_000, "luu-tru": people * 350_000, "di-lai": 16_200_000,
        ])
        let bacHa = try #require(estimate.offices.first { $0.unit.code.rawValue == "PGD-BACHA" })
        #expect(bacHa.items.map(\.line.code.rawValue) == ["phu-cap-luu-tru", "luu-tru", "di-lai"])
        #expect(bacHa.total == 15 * 2 * 200_000 + 15 * 350_000 + 300_000)
        let batXat = try #require(estimate.offices.first { $0.unit.code.rawValue == "PGD-BATXAT" })
        #expect(batXat.items.map(\.line.code.rawValue) == ["phu-cap-luu-tru", "di-lai"])
        let laoCai = try #require(estimate.offices.first { $0.unit.code.rawValue == "PGD-LAOCAI" })
        #expect(laoCai.items.map(\.line.code.rawValue) == ["di-lai"] && laoCai.total == 300_000)
        // Every figure adds up: the offices' totals make the sending-unit total, and the whole total.
        #expect(estimate.offices.reduce(Int64(0)) { $0 + $1.total } == estimate.sendingUnitTotal)
        #expect(estimate.sendingUnitTotal == 56_400_000 + people * 350_000 + 16_200_000)
        // 131.280.000 with lodging for the 94 people of the far offices (the provincial centre's second place,
        // seed 004, adds its documents and water: 30.000 + 40.000).
        #expect(people == 94)
        #expect(estimate.total == 98_380_000 + people * 350_000)
        #expect(BudgetEstimate.words(estimate.total) == "Một trăm ba mươi mốt triệu hai trăm tám mươi nghìn đồng")
        // The Sở's divisions (in the city, no seal of their own) have no share and no settlement sheet.
        #expect(!estimate.offices.contains { $0.unit.kind.rawValue == "phong-thuoc-so" })
    }

    @Test func aSessionKeepsTheDistancesItWasCreatedWith() throws {
        let (database, read) = try Self.laoCai()
        var units = read
        let unitsFile = Self.laoCaiUnits
        let before = try database.budgetStatement(session: Fixture.session, rates: rates, today: Fixture.beforeDeadline).estimate
        // Later the units file says Bắc Hà is near (0 km) and Bát Xát far (80 km): the session's money stays.
        for index in units.units.indices {
            switch units.units[index].code.rawValue {
            case "PGD-BACHA": units.units[index].distanceKm = 0
            case "PGD-BATXAT": units.units[index].distanceKm = 80
            default: break
            }
        }
        _ = try database.importUnits(units, source: unitsFile, context: Fixture.operatorContext())
        #expect(try database.units().first { $0.code.rawValue == "PGD-BACHA" }?.distanceKm == 0)
        let after = try database.budgetStatement(session: Fixture.session, rates: rates, today: Fixture.beforeDeadline).estimate
        #expect(after.total == before.total)
        let bacHa = try #require(after.offices.first { $0.unit.code.rawValue == "PGD-BACHA" })
        let bacHaBefore = try #require(before.offices.first { $0.unit.code.rawValue == "PGD-BACHA" })
        #expect(bacHa.lodges && bacHa.unit.distanceKm == bacHaBefore.unit.distanceKm)
        #expect((bacHa.unit.distanceKm ?? 0) >= 60)
        let batXat = try #require(after.offices.first { $0.unit.code.rawValue == "PGD-BATXAT" })
        #expect(!batXat.lodges)
        // Lodging recorded for Bát Xát is still refused: it was near when the session was made.
        #expect(throws: OutreachError.self) { () throws -> Void in
            _ = try database.recordActual(
                session: Fixture.session, line: line("luu-tru"), unit: UnitCode(rawValue: "PGD-BATXAT")!,
                amount: 1_000_000, note: nil, context: acting(nil))
        }
    }

    @Test func perDiemGoesOnlyToTheOfficesItsRuleNamesAndOldTemplatesPayEveryone() throws {
        let database = try AppDatabase.inMemory()
        let units = try TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "u.yaml")
        _ = try database.importUnits(units, source: "u.yaml", context: Fixture.operatorContext())
        let yaml = try Fixture.text("mini-session.yaml")
            .replacingOccurrences(of: "budget:\n", with: "budget:\n  per_diem: {districts: [BATXAT]}\n")
        _ = try database.createSession(yaml: yaml, file: "s.yaml", context: Fixture.context())
        let estimate = try database.budgetStatement(session: Fixture.session, rates: rates, today: Fixture.beforeDeadline).estimate
        let lines = Dictionary(uniqueKeysWithValues: estimate.offices.map {
            ($0.unit.code.rawValue, $0.items.map(\.line.code.rawValue))
        })
        #expect(lines["PGD-BATXAT"] == ["phu-cap-luu-tru", "di-lai"])
        #expect(lines["PGD-SAPA"] == ["di-lai"])
        #expect(lines["THPT-CHUYEN"] == ["di-lai"])
        #expect(estimate.offices.map(\.paysPerDiem) == [true, false, false])
        // Bát Xát's 4 people for 1 day; the mini estimate without the rule paid all 10 (2.000.000).
        #expect(amounts(estimate.sendingUnitItems) == ["phu-cap-luu-tru": 800_000, "di-lai": 300_000])
        #expect(estimate.offices.map(\.total) == [900_000, 100_000, 100_000])
        #expect(estimate.total == 6_250_000 + 1_100_000)
        // An office recording per diem it is not paid is refused, and nothing is written.
        let error = #expect(throws: OutreachError.self) {
            _ = try database.recordActual(
                session: Fixture.session, line: line("phu-cap-luu-tru"), unit: UnitCode(rawValue: "PGD-SAPA"),
                amount: 200_000, note: nil, context: acting(nil))
        }
        #expect(error?.message(.vi).contains("không được chi phụ cấp lưu trú") == true, "\(String(describing: error))")
        #expect(try database.budgetActuals(session: Fixture.session).isEmpty)
    }

    @Test func aDistanceRuleStillPaysPerDiemToAnOfficeOfUnknownDistance() throws {
        let budget = SessionBudget(perDiemRule: LodgingRule(fromKm: 10, districts: []), lines: [])
        func unit(_ district: String?, _ km: Int?) -> OrgUnit {
            OrgUnit(code: UnitCode(rawValue: "X")!, name: "X", kind: UnitKind(rawValue: "phong-gddt")!, district: district, distanceKm: km)
        }
        #expect(!budget.paysPerDiem(unit("LAOCAI", 0)))
        #expect(!budget.paysPerDiem(unit("LAOCAI", 9)))
        #expect(budget.paysPerDiem(unit("BATXAT", 10)))
        #expect(budget.paysPerDiem(unit(nil, nil)))
        #expect(SessionBudget(lines: []).paysPerDiem(unit("LAOCAI", 0)))
        // Lodging under the same rule is paid only on a known distance.
        #expect(!SessionBudget(lodgingRule: LodgingRule(fromKm: 10, districts: []), lines: []).lodges(unit(nil, nil)))
    }

    @Test func officeActualsSettleEachOfficeAndAddUpInTheSummary() throws {
        let recorded = try database.recordActual(
            session: Fixture.session, line: line("di-lai"), unit: UnitCode(rawValue: "PGD-BATXAT"), amount: 250_000,
            note: "Vé xe", context: acting("PGD-BATXAT"))
        #expect(recorded.unit?.rawValue == "PGD-BATXAT")
        _ = try database.recordActual(
            session: Fixture.session, line: line("phu-cap-luu-tru"), unit: UnitCode(rawValue: "PGD-SAPA"), amount: 600_000,
            note: nil, context: acting(nil))
        let statement = try database.budgetStatement(session: Fixture.session, rates: rates, today: Fixture.beforeDeadline)
        let batXat = try #require(statement.offices.first { $0.office.unit.code.rawValue == "PGD-BATXAT" })
        #expect(batXat.attendance == nil)
        // Its per diem is not settled yet: counted as nothing spent so far, so the difference is on its whole estimate.
        #expect(batXat.actualTotal == 250_000 && batXat.difference == 250_000 - batXat.office.total)
        #expect(batXat.office.total > 100_000 && batXat.unsettledLines == 1)
        #expect(batXat.rows.first { $0.item.line.code == line("phu-cap-luu-tru") }?.actual == nil)
        let summary = statement.rows.filter { $0.item.line.payer == .sendingUnit }
        #expect(summary.map { $0.actual?.amount } == [600_000, 250_000])
        // The offices that settled (Sa Pa's per diem, Bát Xát's travel) against the whole line's estimate: the other
        // offices have spent nothing so far.
        #expect(summary.map(\.difference) == [600_000 - summary[0].item.amount, 250_000 - summary[1].item.amount])
        #expect(summary[0].item.amount > 800_000 && summary[1].item.amount > 100_000)
        #expect(statement.actualTotal == 850_000)
        #expect(statement.difference == 850_000 - statement.estimatedTotal)
        // An office with nothing settled: 0 spent so far, its whole estimate short.
        let laoCai = try #require(statement.offices.first { !["PGD-BATXAT", "PGD-SAPA"].contains($0.office.unit.code.rawValue) })
        #expect(laoCai.office.total > 0)
        #expect(laoCai.actualTotal == 0 && laoCai.difference == -laoCai.office.total)
        #expect(statement.inProgress)
        #expect(try database.auditLog().contains { $0.entity == "budgetOfficeActual" && $0.key == "LCI-2022-TDKT/di-lai/PGD-BATXAT" })
    }

    @Test func anOfficesPerPersonLinesAreSettledFromWhoCame() throws {
        let context = Fixture.context()
        let first = try database.addNominee(Fixture.request("Giàng A Páo", role: "lanh-dao", unit: "PGD-BATXAT"), context: context)
        let second = try database.addNominee(Fixture.request("Sùng Thị Mai", role: "can-bo-tdkt", unit: "PGD-BATXAT"), context: context)
        _ = try database.confirm(session: Fixture.session, nominees: ["\(first.nomination.id)", "\(second.nomination.id)"], context: context)
        var onTheDay = Fixture.context("attendance mark")
        onTheDay.today = try CalendarDate(iso: "2022-05-10")
        _ = try database.markAttendance(
            session: Fixture.session, nominee: "\(first.nomination.id)", status: .present, part: nil, note: nil, context: onTheDay)
        _ = try database.markAttendance(
            session: Fixture.session, nominee: "\(second.nomination.id)", status: .absent, part: nil, note: nil, context: onTheDay)
        let statement = try database.budgetStatement(session: Fixture.session, rates: rates, today: onTheDay.today)
        let batXat = try #require(statement.offices.first { $0.office.unit.code.rawValue == "PGD-BATXAT" })
        #expect(batXat.office.participants == 2)
        #expect(batXat.attendance == OfficeAttendance(people: 1, personDays: 1))
        let perDiem = try #require(batXat.rows.first { $0.item.line.code == line("phu-cap-luu-tru") })
        #expect(perDiem.item.amount == 400_000)
        #expect(perDiem.actual?.amount == 200_000 && perDiem.difference == -200_000)
        #expect(perDiem.actual?.note == BudgetStatement.attendanceNote)
        // A lump sum per office is not counted in people: it waits for the office's figure.
        #expect(batXat.rows.first { $0.item.line.code == line("di-lai") }?.actual == nil)
        // A figure the office records wins over the attendance count.
        _ = try database.recordActual(
            session: Fixture.session, line: line("phu-cap-luu-tru"), unit: UnitCode(rawValue: "PGD-BATXAT"),
            amount: 300_000, note: "Bảng kê", context: acting(nil))
        let again = try database.budgetStatement(session: Fixture.session, rates: rates, today: onTheDay.today)
        #expect(again.offices.first?.rows.first?.actual?.amount == 300_000)
    }

    @Test func officeActualsNeedASendingUnitLineAndAnInvitedOffice() throws {
        let cases: [(String, String?, String?, OutreachCore.ExitStatus)] = [
            ("di-lai", nil, nil, .invalid),
            ("hoi-truong", "PGD-BATXAT", nil, .invalid),
            ("di-lai", "TH-BATXAT-KIMDONG", nil, .invalid),
            ("di-lai", "PGD-KHONGCO", nil, .notFound),
            ("di-lai", "PGD-BATXAT", "PGD-SAPA", .notAllowed),
        ]
        for (code, unit, actor, status) in cases {
            let error = #expect(throws: OutreachError.self) {
                try database.recordActual(
                    session: Fixture.session, line: line(code), unit: unit.flatMap(UnitCode.init(rawValue:)), amount: 1,
                    note: nil, context: acting(actor))
            }
            #expect(error?.exitStatus == status, "\(code) \(unit ?? "-") \(actor ?? "-")")
        }
        #expect(try database.budgetActuals(session: Fixture.session).isEmpty)
    }

    @Test func actualsAreComparedPerLineAndInTotal() throws {
        _ = try database.recordActual(
            session: Fixture.session, line: line("hoi-truong"), amount: 1_800_000, note: "Hóa đơn 12", context: acting(nil))
        _ = try database.recordActual(
            session: Fixture.session, line: line("tai-lieu"), amount: 300_000, note: nil, context: acting("SGDDT-LCI"))
        let statement = try database.budgetStatement(session: Fixture.session, rates: rates, today: Fixture.beforeDeadline)
        #expect(statement.rows.first { $0.item.line.code == line("hoi-truong") }?.difference == -200_000)
        #expect(statement.rows.first { $0.item.line.code == line("tai-lieu") }?.difference == 50_000)
        #expect(statement.actualTotal == 2_100_000)
        // Thực chi − Dự toán of the whole session: the lines not settled yet count as nothing spent so far.
        #expect(statement.difference == 2_100_000 - statement.estimatedTotal)
        #expect(statement.estimatedTotal > 2_250_000)
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

    @Test func farAndNearOfficesPayTheirOwnTravelAndOnlyFarOnesLodge() throws {
        let database = try AppDatabase.inMemory()
        let units = try TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "u.yaml")
        _ = try database.importUnits(units, source: "u.yaml", context: Fixture.operatorContext())
        let far = "    - {code: di-lai-xa, name: Đi lại (xa), category: di-lai, payer: sending-unit, unit: đơn vị, quantity: fixed 1, amount: 500.000, offices: far}\n"
        let near = "    - {code: di-lai-gan, name: Đi lại (gần), category: di-lai, payer: sending-unit, unit: đơn vị, quantity: fixed 1, amount: 150.000, offices: near}\n"
        let yaml = try Fixture.text("mini-session.yaml")
            .replacingOccurrences(of: "budget:\n", with: "budget:\n  lodging: {districts: [BATXAT]}\n") + far + near
        _ = try database.createSession(yaml: yaml, file: "s.yaml", context: Fixture.context())
        let estimate = try database.budgetStatement(session: Fixture.session, rates: rates, today: Fixture.beforeDeadline).estimate
        let lines = Dictionary(uniqueKeysWithValues: estimate.offices.map {
            ($0.unit.code.rawValue, $0.items.map(\.line.code.rawValue))
        })
        #expect(lines["PGD-BATXAT"] == ["phu-cap-luu-tru", "luu-tru", "di-lai", "di-lai-xa"])
        #expect(lines["PGD-SAPA"] == ["phu-cap-luu-tru", "di-lai", "di-lai-gan"])
        #expect(lines["THPT-CHUYEN"] == ["phu-cap-luu-tru", "di-lai", "di-lai-gan"])
        #expect(amounts(estimate.sendingUnitItems)["di-lai-xa"] == 500_000)
        #expect(amounts(estimate.sendingUnitItems)["di-lai-gan"] == 300_000)
        #expect(amounts(estimate.sendingUnitItems)["luu-tru"] == 1_400_000)  // Bát Xát's 4 people
    }

    @Test func aHalfDaySessionPaysOneSpeakerHalfDayAndOneDayOfPerDiem() throws {
        let database = try AppDatabase.inMemory()
        let units = try TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "u.yaml")
        _ = try database.importUnits(units, source: "u.yaml", context: Fixture.operatorContext())
        let yaml = try Fixture.text("mini-session.yaml")
            .replacingOccurrences(of: "days: 1\n", with: "days: 1\nschedule:\n  - {part: pm, time: \"13:30–17:00\"}\n")
        _ = try database.createSession(yaml: yaml, file: "s.yaml", context: Fixture.context())
        let estimate = try database.budgetStatement(session: Fixture.session, rates: rates, today: Fixture.beforeDeadline).estimate
        #expect(estimate.session.parts.map(\.code) == ["2022-05-10:pm"])
        let items = Dictionary(uniqueKeysWithValues: estimate.items.map { ($0.line.code.rawValue, $0) })
        // One afternoon: the speaker is paid one buổi; per diem and water count the day once.
        #expect(items["bao-cao-vien"]?.quantity == 1 && items["bao-cao-vien"]?.amount == 1_800_000)
        #expect(items["phu-cap-luu-tru"]?.quantity == 10 && items["phu-cap-luu-tru"]?.amount == 2_000_000)
        #expect(items["nuoc-uong"]?.quantity == 10)
        #expect(items["hoi-truong"]?.quantity == 1)
    }

    @Test func overflowingQuantitiesAreAnErrorNotAWrongFigure() throws {
        #expect(throws: OutreachError.self) { try MoneyMath.product(Int64.max / 2, 3, line: line("x")) }
        #expect(throws: OutreachError.self) { try MoneyMath.sum([MoneyInWords.maximum, 1], what: "x") }
        #expect(try MoneyMath.product(223, 200_000, line: line("x")) == 44_600_000)
    }
}
