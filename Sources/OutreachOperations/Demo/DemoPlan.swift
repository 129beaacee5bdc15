import OutreachCore
import OutreachStore

/// The second part of the demo: the Lai Châu trade-union plan of seed 003 (a separate units file).
public struct DemoPlanInput: Sendable {
    public var units: UnitListTemplate
    public var unitsFile: String
    public var planYAML: String
    public var planFile: String
    /// Seed 000, the federation's 2024 six-month review (244/LĐLĐ), played after the 2022 plan when given.
    public var reviewYAML: String?
    public var reviewFile: String?
    /// Seed 001, the federation's dispatch of 2021 on Resolution 07 (628/LĐLĐ) with its recurring reports, when given.
    public var recurringYAML: String?
    public var recurringFile: String?

    public init(units: UnitListTemplate, unitsFile: String, planYAML: String, planFile: String, reviewYAML: String? = nil,
                reviewFile: String? = nil, recurringYAML: String? = nil, recurringFile: String? = nil) {
        self.recurringYAML = recurringYAML
        self.recurringFile = recurringFile
        self.units = units
        self.unitsFile = unitsFile
        self.planYAML = planYAML
        self.planFile = planFile
        self.reviewYAML = reviewYAML
        self.reviewFile = reviewFile
    }
}

extension DemoScenario {
    /// The day the demo's plan workbooks are judged on: the annual reports are due 10/12, some still owed.
    public static let demoPlanDay = try! CalendarDate(iso: "2022-12-20")

    /// Loads the Lai Châu units and plan and plays the year: registrations by 30/01 (Mường Tè late on 02/02,
    /// which the rule as written still counts; Nậm Nhùn never, so it may not be considered for awards; Sìn Hồ
    /// corrects its registration), launches in quarter I (Phong Thổ late, Y tế never, so it may not be
    /// considered either), six-month
    /// reports by 10/06 (two late), annual reports by 10/12 (one late, two still owed on the demo day), and the
    /// bloc's scores with a tie broken on `nhiem-vu` and a tie that stays.
    func recordDemoPlan(_ input: DemoPlanInput) throws(OutreachError) {
        func on(_ iso: String, as actor: String? = nil) -> CommandContext {
            CommandContext(actor: actor.flatMap(UnitCode.init(rawValue:)), command: "demo", today: try! CalendarDate(iso: iso))
        }
        _ = try database.importUnits(input.units, source: input.unitsFile, context: on("2022-01-05"))
        let (plan, _) = try database.importPlan(yaml: input.planYAML, file: input.planFile, context: on("2022-01-06", as: "LDLD-LCU"))
        let code = plan.template.code
        func report(_ unit: String, _ duty: String, _ day: String, note: String? = nil, recorded: String? = nil) throws(OutreachError) {
            _ = try database.reportPlanDuty(
                PlanDutyReportRequest(unit: UnitCode(rawValue: unit)!, target: .plan(code, Slug(rawValue: duty)!),
                                      on: try! CalendarDate(iso: day), note: note),
                context: on(recorded ?? day, as: unit))
        }
        let registrations: [(String, String)] = [
            ("LDLD-TPLAICHAU", "2022-01-18"), ("LDLD-TAMDUONG", "2022-01-24"), ("LDLD-PHONGTHO", "2022-01-27"),
            ("LDLD-SINHO", "2022-01-28"), ("LDLD-MUONGTE", "2022-02-02"), ("LDLD-THANUYEN", "2022-01-30"),
            ("LDLD-TANUYEN", "2022-01-21"), ("CDN-GIAODUC-LCU", "2022-01-14"), ("CDN-YTE-LCU", "2022-01-26"),
            ("CDVC-LCU", "2022-01-25"),
        ]
        for (unit, day) in registrations { try report(unit, "dang-ky-thi-dua", day) }
        try report("LDLD-SINHO", "dang-ky-thi-dua", "2022-01-28", note: "Bổ sung bản đăng ký có chữ ký, đóng dấu",
                   recorded: "2022-01-29")
        // Launching emulation (phát động), which the award rule names beside registering: Phong Thổ launches
        // after the quarter (late, still counted as written); Y tế never does, so it may not be considered.
        let launches: [(String, String)] = [
            ("LDLD-TPLAICHAU", "2022-02-15"), ("LDLD-TAMDUONG", "2022-02-22"), ("LDLD-PHONGTHO", "2022-04-05"),
            ("LDLD-SINHO", "2022-03-10"), ("LDLD-MUONGTE", "2022-03-01"), ("LDLD-THANUYEN", "2022-02-25"),
            ("LDLD-TANUYEN", "2022-02-18"), ("CDN-GIAODUC-LCU", "2022-02-11"), ("CDVC-LCU", "2022-03-04"),
        ]
        for (unit, day) in launches { try report(unit, "phat-dong-thi-dua", day) }
        let sixMonths: [(String, String)] = [
            ("LDLD-TPLAICHAU", "2022-06-06"), ("LDLD-TAMDUONG", "2022-06-09"), ("LDLD-PHONGTHO", "2022-06-14"),
            ("LDLD-SINHO", "2022-06-10"), ("LDLD-MUONGTE", "2022-06-08"), ("LDLD-THANUYEN", "2022-06-07"),
            ("LDLD-TANUYEN", "2022-06-10"), ("CDN-GIAODUC-LCU", "2022-06-03"), ("CDN-YTE-LCU", "2022-06-17"),
            ("CDVC-LCU", "2022-06-09"),
        ]
        for (unit, day) in sixMonths { try report(unit, "bao-cao-6-thang", day) }
        let annual: [(String, String)] = [
            ("LDLD-TPLAICHAU", "2022-12-05"), ("LDLD-TAMDUONG", "2022-12-09"), ("LDLD-PHONGTHO", "2022-12-12"),
            ("LDLD-SINHO", "2022-12-08"), ("LDLD-THANUYEN", "2022-12-10"), ("LDLD-TANUYEN", "2022-12-07"),
            ("CDN-GIAODUC-LCU", "2022-12-02"), ("CDVC-LCU", "2022-12-09"),
        ]
        for (unit, day) in annual { try report(unit, "bao-cao-tong-ket", day) }
        // What the provincial federation owes upward (items 6 and 12): its targets registered with the council,
        // the national federation, the cluster and the bloc in March; the six-month report sent in July (late).
        try report("LDLD-LCU", "dang-ky-chi-tieu-cap-tren", "2022-03-15")
        try report("LDLD-LCU", "bao-cao-6-thang-cap-tren", "2022-07-05")
        // The chair scores the members; the deputy scores the chair.
        let district: [(String, [Int])] = [
            ("LDLD-TPLAICHAU", [38, 18, 17, 9, 9]), ("LDLD-TAMDUONG", [36, 17, 18, 8, 8]),
            ("LDLD-PHONGTHO", [35, 18, 18, 8, 8]), ("LDLD-SINHO", [37, 17, 17, 9, 10]),
            ("LDLD-MUONGTE", [34, 16, 16, 8, 6]), ("LDLD-THANUYEN", [35, 16, 17, 8, 9]),
            ("LDLD-TANUYEN", [35, 17, 16, 8, 9]), ("LDLD-NAMNHUN", [30, 14, 15, 6, 4]),
        ]
        let sector: [(String, [Int])] = [
            ("CDN-GIAODUC-LCU", [38, 19, 18, 9, 10]), ("CDN-YTE-LCU", [36, 18, 17, 8, 6]), ("CDVC-LCU", [37, 18, 18, 9, 9]),
        ]
        // Seed 003 has one bloc of the district federations, the sector unions and the public servants' union.
        let criteria = plan.template.criteria.map(\.code)
        for (bloc, chair, deputy, scores) in [("KHOI-LDLD-CDN-CDVC", "LDLD-TPLAICHAU", "LDLD-TANUYEN", district + sector)] {
            for (unit, points) in scores {
                let scorer = unit == chair ? deputy : chair
                for (criterion, value) in zip(criteria, points) {
                    _ = try database.scoreBloc(UnitCode(rawValue: bloc)!, unit: UnitCode(rawValue: unit)!, criterion: criterion,
                                      points: value, context: on("2022-12-15", as: scorer))
                }
            }
        }
        // The federation follows its own plan: activities marked done by the issuer (item 8 after its quarter,
        // item 12 in July); the others not yet on the demo day.
        let activities: [(Int, String)] = [
            (1, "2022-02-18"), (2, "2022-03-10"), (3, "2022-01-25"), (4, "2022-03-02"), (5, "2022-02-28"), (6, "2022-03-15"),
            (7, "2022-03-30"), (8, "2022-04-12"), (10, "2022-05-20"), (11, "2022-06-15"), (12, "2022-07-05"),
            (13, "2022-06-20"), (15, "2022-06-28"), (17, "2022-08-10"), (20, "2022-07-28"), (26, "2022-12-15"),
        ]
        for (number, day) in activities {
            _ = try database.markActivityDone(ActivityDoneRequest(plan: code, number: number, on: try! CalendarDate(iso: day)),
                                              context: on(day, as: "LDLD-LCU"))
        }
        if let yaml = input.reviewYAML, let file = input.reviewFile { try recordDemoReview(yaml: yaml, file: file, on: on) }
        if let yaml = input.recurringYAML, let file = input.recurringFile { try recordDemoRecurring(yaml: yaml, file: file, on: on) }
    }

    /// The day the demo's recurring reports of seed 001 are judged on: the first half of 2022 is due 15/07.
    public static let demoRecurringDay = try! CalendarDate(iso: "2022-07-31")

    /// Seed 001 (628/LĐLĐ, 26/02/2021): the six-month and yearly reports on Resolution 07, each period its own duty.
    /// The first half of 2021: ten unions on time or late (Mường Tè on 20/07), Nậm Nhùn never. The federation moves
    /// the 2021 annual report's day to 10/01/2022; the second half and the year of 2021 come in January (Phong Thổ's
    /// annual report late), the yearly evaluation by 31/12 from some; the first half of 2022 from eight by the
    /// demo day 31/07/2022.
    private func recordDemoRecurring(
        yaml: String, file: String, on: (String, String?) -> CommandContext
    ) throws(OutreachError) {
        let (plan, _) = try database.importPlan(yaml: yaml, file: file, context: on("2021-02-26", "LDLD-LCU"))
        let code = plan.template.code
        func report(_ unit: String, _ duty: String, _ period: String, _ day: String) throws(OutreachError) {
            _ = try database.reportPlanDuty(
                PlanDutyReportRequest(unit: UnitCode(rawValue: unit)!,
                                      target: .plan(code, Slug(rawValue: duty)!, period: DutyPeriod(code: period)!),
                                      on: try! CalendarDate(iso: day)),
                context: on(day, unit))
        }
        let firstHalf2021: [(String, String)] = [
            ("LDLD-TPLAICHAU", "2021-07-08"), ("LDLD-TAMDUONG", "2021-07-12"), ("LDLD-PHONGTHO", "2021-07-14"),
            ("LDLD-SINHO", "2021-07-13"), ("LDLD-MUONGTE", "2021-07-20"), ("LDLD-THANUYEN", "2021-07-15"),
            ("LDLD-TANUYEN", "2021-07-09"), ("CDN-GIAODUC-LCU", "2021-07-06"), ("CDN-YTE-LCU", "2021-07-15"),
            ("CDVC-LCU", "2021-07-12"),
        ]
        for (unit, day) in firstHalf2021 { try report(unit, "bao-cao-6-thang", "2021-H1", day) }
        _ = try database.setPlanDutyDue(plan: code, duty: Slug(rawValue: "bao-cao-nam")!, period: DutyPeriod(code: "2021")!,
                                        due: try! CalendarDate(iso: "2022-01-10"), context: on("2021-11-15", "LDLD-LCU"))
        let evaluations = ["LDLD-TPLAICHAU", "LDLD-TAMDUONG", "LDLD-SINHO", "CDN-GIAODUC-LCU", "CDVC-LCU"]
        for unit in evaluations { try report(unit, "danh-gia-nam", "2021", "2021-12-28") }
        let january: [(String, String)] = [
            ("LDLD-TPLAICHAU", "2022-01-07"), ("LDLD-TAMDUONG", "2022-01-10"), ("LDLD-PHONGTHO", "2022-01-13"),
            ("LDLD-SINHO", "2022-01-10"), ("LDLD-THANUYEN", "2022-01-06"), ("LDLD-TANUYEN", "2022-01-09"),
            ("CDN-GIAODUC-LCU", "2022-01-05"), ("CDN-YTE-LCU", "2022-01-10"), ("CDVC-LCU", "2022-01-08"),
        ]
        for (unit, day) in january {
            try report(unit, "bao-cao-6-thang", "2021-H2", day)
            try report(unit, "bao-cao-nam", "2021", day)
        }
        let firstHalf2022: [(String, String)] = [
            ("LDLD-TPLAICHAU", "2022-07-11"), ("LDLD-TAMDUONG", "2022-07-14"), ("LDLD-PHONGTHO", "2022-07-19"),
            ("LDLD-SINHO", "2022-07-12"), ("LDLD-TANUYEN", "2022-07-08"), ("CDN-GIAODUC-LCU", "2022-07-07"),
            ("CDN-YTE-LCU", "2022-07-15"), ("CDVC-LCU", "2022-07-13"),
        ]
        for (unit, day) in firstHalf2022 { try report(unit, "bao-cao-6-thang", "2022-H1", day) }
    }

    /// Seed 000 (244/LĐLĐ, 13/05/2024): the unions' six-month reviews before 30/06/2024 sent to the federation's policy
    /// department (Mường Tè late, Nậm Nhùn and Y tế still owing on 15/07), and the bloc's own review, which its chair
    /// reports for the bloc.
    private func recordDemoReview(
        yaml: String, file: String, on: (String, String?) -> CommandContext
    ) throws(OutreachError) {
        let (plan, _) = try database.importPlan(yaml: yaml, file: file, context: on("2024-05-13", "LDLD-LCU"))
        let code = plan.template.code
        let reviews: [(String, String, String)] = [
            ("LDLD-TPLAICHAU", "so-ket-6-thang", "2024-06-24"), ("LDLD-TAMDUONG", "so-ket-6-thang", "2024-06-26"),
            ("LDLD-PHONGTHO", "so-ket-6-thang", "2024-06-28"), ("LDLD-SINHO", "so-ket-6-thang", "2024-06-27"),
            ("LDLD-MUONGTE", "so-ket-6-thang", "2024-07-03"), ("LDLD-THANUYEN", "so-ket-6-thang", "2024-06-25"),
            ("LDLD-TANUYEN", "so-ket-6-thang", "2024-06-29"), ("CDN-GIAODUC-LCU", "so-ket-6-thang", "2024-06-21"),
            ("CDVC-LCU", "so-ket-6-thang", "2024-06-28"), ("LDLD-TPLAICHAU", "so-ket-6-thang-khoi", "2024-06-29"),
        ]
        for (unit, duty, day) in reviews {
            _ = try database.reportPlanDuty(
                PlanDutyReportRequest(unit: UnitCode(rawValue: unit)!, target: .plan(code, Slug(rawValue: duty)!),
                                      on: try! CalendarDate(iso: day)),
                context: on(day, unit))
        }
    }
}
