import Testing
@testable import OutreachCore

/// Seed 003, "Lưu ý": "Đơn vị không đăng ký các danh hiệu thi đua, phát động thi đua; Hội đồng thi đua, khen
/// thưởng LĐLĐ tỉnh không xem xét khen thưởng cho đơn vị đó." One row per situation and reading.
@Suite("The award rule as written (done at all) and its stricter reading (on time)")
struct AwardRuleTests {
    func day(_ iso: String) -> CalendarDate { try! CalendarDate(iso: iso) }

    func line(_ id: Int64, unit: String, code: String, kind: DutyKind, due: String, done: String?, today: String) -> PlanDutyLine {
        let duty = Duty(id: id, kind: kind, scope: "LCU-2022-TDKT-CD", session: nil, unit: UnitCode(rawValue: unit)!,
                        owedTo: UnitCode(rawValue: "LDLD-LCU")!, due: day(due), closes: day(due).adding(days: 30),
                        audience: .subordinateUnits, audienceUnits: 0, audiencePeople: 0, createdOn: day("2022-01-06"))
        let reports = done.map {
            [PlanReport(report: DutyReport(id: id, duty: id, done: day($0), reported: day($0), reachedUnits: 0, reachedPeople: 0,
                                           source: "typed"))]
        } ?? []
        return PlanDutyLine.judge(duty, code: Slug(rawValue: code)!, title: code, unitName: unit, reports: reports,
                                  today: day(today))
    }

    static let rows: [(registered: String?, launched: String?, today: String, reading: AwardReading, eligible: Bool,
                       reasons: [String])] = [
        // Both done on time: eligible under either reading.
        ("2022-01-20", "2022-03-01", "2022-12-20", .asWritten, true, []),
        ("2022-01-20", "2022-03-01", "2022-12-20", .onTime, true, []),
        // Registered late: the rule as written counts it, the stricter reading does not.
        ("2022-02-02", "2022-03-01", "2022-12-20", .asWritten, true, []),
        ("2022-02-02", "2022-03-01", "2022-12-20", .onTime, false, ["đăng ký muộn ngày 02/02/2022 (hạn 30/01/2022)"]),
        // Launched late, after the quarter.
        ("2022-01-20", "2022-04-05", "2022-12-20", .asWritten, true, []),
        ("2022-01-20", "2022-04-05", "2022-12-20", .onTime, false, ["phát động thi đua muộn ngày 05/04/2022 (hạn 31/03/2022)"]),
        // Registered but never launched: left out under either reading (launching is half of the rule).
        ("2022-01-20", nil, "2022-12-20", .asWritten, false,
         ["chưa phát động thi đua tính đến ngày 20/12/2022 (hạn 31/03/2022)"]),
        ("2022-01-20", nil, "2022-12-20", .onTime, false, ["chưa phát động thi đua trước 31/03/2022"]),
        // Did neither: both named.
        (nil, nil, "2022-12-20", .asWritten, false,
         ["chưa đăng ký thi đua tính đến ngày 20/12/2022 (hạn 30/01/2022)",
          "chưa phát động thi đua tính đến ngày 20/12/2022 (hạn 31/03/2022)"]),
        // Before the due dates nothing is done yet: not yet eligible, with the days left.
        (nil, nil, "2022-01-25", .asWritten, false,
         ["chưa đăng ký thi đua (hạn 30/01/2022, còn 5 ngày)", "chưa phát động thi đua (hạn 31/03/2022, còn 65 ngày)"]),
    ]

    @Test func eachSituationUnderEachReading() {
        for (index, row) in Self.rows.enumerated() {
            let lines = [
                line(1, unit: "LDLD-SINHO", code: "dang-ky-thi-dua", kind: .registration, due: "2022-01-30", done: row.registered,
                     today: row.today),
                line(2, unit: "LDLD-SINHO", code: "phat-dong-thi-dua", kind: .launch, due: "2022-03-31", done: row.launched,
                     today: row.today),
            ]
            let rule = AwardRule(requires: [Slug(rawValue: "dang-ky-thi-dua")!, Slug(rawValue: "phat-dong-thi-dua")!],
                                 onTime: row.reading == .onTime)
            let result = AwardEligibility.evaluate(rule: rule, lines: lines, today: day(row.today))
            #expect(result.count == 1, "row \(index)")
            #expect(result.first?.eligible == row.eligible, "row \(index)")
            #expect(result.first?.reasons.map(\.vi) == row.reasons, "row \(index)")
            // Every required duty is named, passed or not, with the day it was done.
            #expect(result.first?.checks.map(\.duty.rawValue) == ["dang-ky-thi-dua", "phat-dong-thi-dua"], "row \(index)")
            #expect(result.first?.checks.map { $0.done?.iso } == [row.registered, row.launched], "row \(index)")
        }
    }

    @Test func groundsNameTheDayAndTheReading() {
        let lines = [line(1, unit: "LDLD-MUONGTE", code: "dang-ky-thi-dua", kind: .registration, due: "2022-01-30",
                          done: "2022-02-02", today: "2022-12-20")]
        let rule = AwardRule(requires: [Slug(rawValue: "dang-ky-thi-dua")!])
        #expect(rule.reading == .asWritten, "the rule as written is the default")
        let check = AwardEligibility.evaluate(rule: rule, lines: lines, today: day("2022-12-20"))[0].checks[0]
        #expect(check.passes && check.status == .late)
        #expect(check.text.vi == "đã đăng ký thi đua ngày 02/02/2022, sau hạn 30/01/2022: theo văn bản vẫn được xét")
        #expect(AwardRule(requires: rule.requires, onTime: true).reading == .onTime)
        #expect(AwardReading.onTime.label.vi == "đọc chặt: phải làm đúng hạn")
    }
}
