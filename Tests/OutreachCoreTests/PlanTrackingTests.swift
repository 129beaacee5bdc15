import Testing
@testable import OutreachCore

@Suite("Plan duties judged on a day, the award rule, bloc ranking with ties, SHA-256")
struct PlanTrackingTests {
    static let plan = UnitCode(rawValue: "LCU-2022-TDKT-CD")!

    func day(_ iso: String) -> CalendarDate { try! CalendarDate(iso: iso) }

    func duty(_ id: Int64, unit: String, kind: DutyKind = .registration, due: String = "2022-01-30") -> Duty {
        Duty(id: id, kind: kind, scope: Self.plan.rawValue, session: nil, unit: UnitCode(rawValue: unit)!,
             owedTo: UnitCode(rawValue: "LDLD-LCU")!, due: day(due), closes: day(due).adding(days: 30),
             audience: .subordinateUnits, audienceUnits: 0, audiencePeople: 0, createdOn: day("2022-01-06"))
    }

    func report(_ id: Int64, duty: Int64, on: String, recorded: String? = nil) -> PlanReport {
        PlanReport(report: DutyReport(id: id, duty: duty, done: day(on), reported: day(recorded ?? on), reachedUnits: 0,
                                      reachedPeople: 0, source: "typed"))
    }

    func line(_ duty: Duty, _ reports: [PlanReport], today: String) -> PlanDutyLine {
        PlanDutyLine.judge(duty, code: Slug(rawValue: "dang-ky-thi-dua")!, title: "Đăng ký các danh hiệu thi đua năm 2022",
                           unitName: duty.unit.rawValue, reports: reports, today: day(today))
    }

    @Test func deadlineBoundaries() {
        let owed = duty(1, unit: "LDLD-SINHO")
        // Received on the due date: on time; the day after: late.
        #expect(line(owed, [report(1, duty: 1, on: "2022-01-30")], today: "2022-02-10").status == .onTime)
        #expect(line(owed, [report(1, duty: 1, on: "2022-01-31")], today: "2022-02-10").status == .late)
        // Not received: due up to the due date, overdue the day after up to 30 days, then missing.
        #expect(line(owed, [], today: "2022-01-30").status == .due)
        #expect(line(owed, [], today: "2022-01-31").status == .overdue)
        #expect(line(owed, [], today: "2022-03-01").status == .overdue)
        #expect(line(owed, [], today: "2022-03-02").status == .missing)
        #expect(line(owed, [], today: "2022-03-02").daysLate(today: day("2022-03-02")) == 31)
    }

    @Test func theLastReportSeenIsInForce() {
        let owed = duty(1, unit: "LDLD-MUONGTE")
        let late = report(1, duty: 1, on: "2022-02-02")
        let corrected = report(2, duty: 1, on: "2022-01-30", recorded: "2022-02-03")
        let before = line(owed, [late, corrected], today: "2022-02-02")
        #expect(before.status == .late && before.reportCount == 1, "the correction is recorded after the day looked at")
        let after = line(owed, [late, corrected], today: "2022-02-03")
        #expect(after.status == .onTime && after.reportCount == 2 && after.report?.report.id == 2)
    }

    @Test func awardRuleNamesWhyAUnitIsLeftOut() {
        let rule = AwardRule(requires: [Slug(rawValue: "dang-ky-thi-dua")!], onTime: true)
        let lines = [
            line(duty(1, unit: "LDLD-SINHO"), [report(1, duty: 1, on: "2022-01-30")], today: "2022-12-20"),
            line(duty(2, unit: "LDLD-MUONGTE"), [report(2, duty: 2, on: "2022-02-02")], today: "2022-12-20"),
            line(duty(3, unit: "LDLD-NAMNHUN"), [], today: "2022-12-20"),
        ]
        let result = AwardEligibility.evaluate(rule: rule, lines: lines, today: day("2022-12-20"))
        #expect(result.map(\.eligible) == [true, false, false])
        #expect(result[1].reasons.map(\.vi) == ["đăng ký muộn ngày 02/02/2022 (hạn 30/01/2022)"])
        #expect(result[2].reasons.map(\.vi) == ["chưa đăng ký thi đua trước 30/01/2022"])
        // A rule that accepts late reports lets the late unit in, never the one that did not register.
        let lenient = AwardEligibility.evaluate(rule: AwardRule(requires: rule.requires, onTime: false), lines: lines,
                                                today: day("2022-12-20"))
        #expect(lenient.map(\.eligible) == [true, true, false])
        // Before the due date an unregistered unit is not yet eligible, with the days left.
        let early = AwardEligibility.evaluate(
            rule: rule, lines: [line(duty(3, unit: "LDLD-NAMNHUN"), [], today: "2022-01-25")], today: day("2022-01-25"))
        #expect(early[0].reasons.map(\.vi) == ["chưa đăng ký thi đua (hạn 30/01/2022, còn 5 ngày)"])
    }

    @Test func rankingBreaksTiesInTurnAndSharesWhatStaysEqual() {
        func unit(_ code: String) -> UnitCode { UnitCode(rawValue: code)! }
        let members = ["A", "B", "C", "D", "E", "F"].map { (unit: unit("U-\($0)"), name: "Đơn vị \($0)") }
        let points: [UnitCode: [String: Int]] = [
            unit("U-A"): ["nhiem-vu": 35, "bao-cao": 8, "phong-trao": 44],   // 87, loses on nhiem-vu
            unit("U-B"): ["nhiem-vu": 38, "bao-cao": 5, "phong-trao": 44],   // 87, wins on nhiem-vu
            unit("U-C"): ["nhiem-vu": 30, "bao-cao": 9, "phong-trao": 46],   // 85, equal to D on nhiem-vu, wins on bao-cao
            unit("U-D"): ["nhiem-vu": 30, "bao-cao": 7, "phong-trao": 48],   // 85
            unit("U-E"): ["nhiem-vu": 30, "bao-cao": 7, "phong-trao": 43],   // 80, equal to F on everything
            unit("U-F"): ["nhiem-vu": 30, "bao-cao": 7, "phong-trao": 43],   // 80
        ]
        let standings = BlocStanding.rank(members: members, points: points,
                                          tieBreak: [Slug(rawValue: "nhiem-vu")!, Slug(rawValue: "bao-cao")!])
        #expect(standings.map(\.unit.rawValue) == ["U-B", "U-A", "U-C", "U-D", "U-E", "U-F"])
        #expect(standings.map(\.rank) == [1, 2, 3, 4, 5, 5])
        #expect(standings.map(\.total) == [87, 87, 85, 85, 80, 80])
        #expect(standings[0].tie?.vi == "bằng điểm tổng 87 với Đơn vị A; xếp trên nhờ tiêu chí nhiem-vu 38 > 35")
        #expect(standings[1].tie?.vi == "bằng điểm tổng 87 với Đơn vị B; xếp dưới vì tiêu chí nhiem-vu 35 < 38")
        #expect(standings[2].tie?.vi == "bằng điểm tổng 85 với Đơn vị D; xếp trên nhờ tiêu chí bao-cao 9 > 7")
        #expect(standings[4].tie?.vi == "bằng điểm tổng 80 với Đơn vị F và các tiêu chí nhiem-vu, bao-cao: cùng hạng")
        // Members nobody has scored yet share the last rank without a tie to explain.
        let unscored = BlocStanding.rank(members: members, points: [:], tieBreak: [])
        #expect(unscored.map(\.rank) == [1, 1, 1, 1, 1, 1] && unscored.allSatisfy { $0.tie == nil })
    }

    @Test func sha256KnownDigests() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // Two blocks of padding (56 bytes and more).
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
