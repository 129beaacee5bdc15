import OutreachCore
import OutreachStore

/// The seed 002 part of the demo: Việt Yên town's 2024 blocs (1370/UBND-NV), a separate units file.
public struct DemoSeed002Input: Sendable {
    public var units: UnitListTemplate
    public var unitsFile: String
    public var planYAML: String
    public var planFile: String
    /// The wards' bloc's own criteria, issued by its chair with `bloc criteria`.
    public var scaleYAML: String
    public var scaleFile: String

    public init(units: UnitListTemplate, unitsFile: String, planYAML: String, planFile: String, scaleYAML: String,
                scaleFile: String) {
        self.units = units
        self.unitsFile = unitsFile
        self.planYAML = planYAML
        self.planFile = planFile
        self.scaleYAML = scaleYAML
        self.scaleFile = scaleFile
    }
}

extension DemoScenario {
    /// The day seed 002's workbooks are judged on: the wards' bloc has voted, its proposal went to the council.
    public static let demoSeed002Day = try! CalendarDate(iso: "2024-12-20")
    public static let seed002Plan = UnitCode(rawValue: "VYN-2024-PHAN-KHOI")!
    public static let seed002Bloc = UnitCode(rawValue: "KHOI-XA-PHUONG-VY")!

    /// Plays Việt Yên's 2024 as seed 002 asks: the wards' bloc's chair issues its criteria; members launch, sign
    /// the compact and register with the chair (Hồng Thái registers late); the bloc signs its compact and meets
    /// each quarter (Quang Châu misses the second quarter's); members send their self-scores (Quang Châu late),
    /// cross-check each other, the chair scores, the members vote and the chair proposes the result to the
    /// council through Phòng Nội vụ. The offices' bloc, on the scale of the plan file, is left half-way
    /// (self-scores sent, nothing checked) on the demo day.
    func recordDemoSeed002(_ input: DemoSeed002Input) throws(OutreachError) {
        func on(_ iso: String, as actor: String? = nil) -> CommandContext {
            CommandContext(actor: actor.flatMap(UnitCode.init(rawValue:)), command: "demo", today: try! CalendarDate(iso: iso))
        }
        func unit(_ code: String) -> UnitCode { UnitCode(rawValue: code)! }
        func points(_ values: [(String, Int)]) -> [Slug: Int] {
            Dictionary(uniqueKeysWithValues: values.map { (Slug(rawValue: $0.0)!, $0.1) })
        }
        _ = try database.importUnits(input.units, source: input.unitsFile, context: on("2024-04-17"))
        let (plan, _) = try database.importPlan(yaml: input.planYAML, file: input.planFile, context: on("2024-04-17", as: "UBND-VIETYEN"))
        let code = plan.template.code
        let bloc = Self.seed002Bloc, chair = "UBND-BICHDONG", deputy = "UBND-NENH"
        _ = try database.issueBlocScale(bloc, yaml: input.scaleYAML, file: input.scaleFile, context: on("2024-05-02", as: chair))
        func report(_ unit: String, _ duty: String, _ day: String) throws(OutreachError) {
            _ = try database.reportPlanDuty(
                PlanDutyReportRequest(unit: UnitCode(rawValue: unit)!, target: .plan(code, Slug(rawValue: duty)!),
                                      on: try! CalendarDate(iso: day)),
                context: on(day, as: unit))
        }
        let wards = ["UBND-BICHDONG", "UBND-NENH", "UBND-QUANGCHAU", "UBND-HONGTHAI"]
        let offices = ["PNV-VIETYEN", "PGD-VIETYEN", "VP-VIETYEN"]
        // Item 2: launch, compact and registration sent to the bloc's chair by 15/05 [M]; Hồng Thái registers late.
        for (index, member) in (wards + offices).enumerated() {
            let day = "2024-05-\(String(format: "%02d", 6 + index))"
            try report(member, "phat-dong-thi-dua", day)
            try report(member, "ky-giao-uoc", "2024-05-08")
            try report(member, "dang-ky-thi-dua", member == "UBND-HONGTHAI" ? "2024-05-20" : day)
        }
        for (member, day) in zip(wards + offices, ["2024-06-14", "2024-06-18", "2024-06-20", "2024-06-24", "2024-06-17", "2024-06-19", "2024-06-20"]) {
            try report(member, "bao-cao-so-ket-6-thang", day)
        }
        // Item 1: the bloc signs its compact, then meets each quarter and at six months; Quang Châu misses one.
        let meetings: [(BlocMeetingKind, String, [String])] = [
            (.compact, "2024-05-08", wards), (.quarterly, "2024-06-25", ["UBND-BICHDONG", "UBND-NENH", "UBND-HONGTHAI"]),
            (.sixMonth, "2024-07-10", wards), (.quarterly, "2024-09-26", wards),
        ]
        for (kind, day, present) in meetings {
            _ = try database.recordBlocMeeting(bloc, kind: kind, on: try! CalendarDate(iso: day), present: present.map(unit),
                                               note: nil, context: on(day, as: chair))
        }
        // Annual reports and self-scores, due 30/11 [M]: Quang Châu sends both on 02/12.
        let sheets: [(String, String, [(String, Int)])] = [
            ("UBND-BICHDONG", "2024-11-27", [("kinh-te-xa-hoi", 47), ("phong-trao", 19), ("quoc-phong-an-ninh", 19), ("bao-cao", 10)]),
            ("UBND-NENH", "2024-11-28", [("kinh-te-xa-hoi", 46), ("phong-trao", 18), ("quoc-phong-an-ninh", 19), ("bao-cao", 9)]),
            ("UBND-QUANGCHAU", "2024-12-02", [("kinh-te-xa-hoi", 45), ("phong-trao", 18), ("quoc-phong-an-ninh", 18), ("bao-cao", 7)]),
            ("UBND-HONGTHAI", "2024-11-29", [("kinh-te-xa-hoi", 44), ("phong-trao", 17), ("quoc-phong-an-ninh", 18), ("bao-cao", 9)]),
        ]
        for (member, day, values) in sheets {
            try report(member, "bao-cao-tong-ket-nam", day)
            _ = try database.selfScoreBloc(bloc, unit: unit(member), points: points(values), context: on(day, as: member))
        }
        // Cross-checks organised by the chair on 05/12: each ward checks the next one's evidence.
        let checks: [(String, String, [(String, Int)], String?)] = [
            ("UBND-NENH", "UBND-BICHDONG", [("kinh-te-xa-hoi", 45), ("phong-trao", 18), ("quoc-phong-an-ninh", 19), ("bao-cao", 9)],
             "Chỉ tiêu thu ngân sách chưa có xác nhận của Chi cục Thuế"),
            ("UBND-QUANGCHAU", "UBND-NENH", [("kinh-te-xa-hoi", 45), ("phong-trao", 18), ("quoc-phong-an-ninh", 18), ("bao-cao", 6)],
             "Báo cáo năm gửi muộn"),
            ("UBND-HONGTHAI", "UBND-QUANGCHAU", [("kinh-te-xa-hoi", 44), ("phong-trao", 17), ("quoc-phong-an-ninh", 18), ("bao-cao", 9)], nil),
            ("UBND-BICHDONG", "UBND-HONGTHAI", [("kinh-te-xa-hoi", 47), ("phong-trao", 19), ("quoc-phong-an-ninh", 19), ("bao-cao", 10)], nil),
        ]
        for (member, checker, values, remark) in checks {
            _ = try database.crossCheckBloc(bloc, unit: unit(member), checker: unit(checker), points: points(values), remark: remark,
                                            context: on("2024-12-05", as: chair))
        }
        // The chair's final scores on 09/12 (the deputy scores the chair); the year-end review and the vote on 18/12.
        let finals: [(String, [Int])] = [
            ("UBND-BICHDONG", [47, 19, 19, 10]), ("UBND-NENH", [45, 18, 19, 9]), ("UBND-QUANGCHAU", [44, 18, 18, 6]),
            ("UBND-HONGTHAI", [44, 17, 18, 9]),
        ]
        let criteria = try database.bloc(bloc, asOf: nil).criteria.map(\.code)
        for (member, values) in finals {
            for (criterion, value) in zip(criteria, values) {
                _ = try database.scoreBloc(bloc, unit: unit(member), criterion: criterion, points: value,
                                           context: on("2024-12-09", as: member == chair ? deputy : chair))
            }
        }
        try report(chair, "bao-cao-hoat-dong-khoi", "2024-12-10")
        _ = try database.recordBlocMeeting(bloc, kind: .yearEnd, on: try! CalendarDate(iso: "2024-12-18"), present: wards.map(unit),
                                           note: "Bình xét, suy tôn khen thưởng năm 2024", context: on("2024-12-18", as: chair))
        let ballots: [(String, [String])] = [
            ("UBND-BICHDONG", ["UBND-NENH"]), ("UBND-NENH", ["UBND-BICHDONG", "UBND-NENH"]),
            ("UBND-QUANGCHAU", ["UBND-BICHDONG"]), ("UBND-HONGTHAI", ["UBND-BICHDONG", "UBND-HONGTHAI"]),
        ]
        for (voter, proposes) in ballots {
            _ = try database.voteBloc(bloc, ballot: BlocBallotRequest(voter: unit(voter), proposes: proposes.map(unit)),
                                      context: on("2024-12-18", as: chair))
        }
        // The proposal goes to the council through Phòng Nội vụ (the bloc's duty, reported by its chair).
        try report(chair, "de-xuat-khen-thuong", "2024-12-19")
        // The offices' bloc, on the plan file's scale: self-scores sent, nothing checked yet.
        _ = try database.selfScoreBloc(UnitCode(rawValue: "KHOI-CO-QUAN-VY")!, unit: unit("PNV-VIETYEN"),
                                       points: points([("nhiem-vu", 55), ("phong-trao", 22), ("bao-cao", 14)]),
                                       context: on("2024-11-26", as: "PNV-VIETYEN"))
        _ = try database.selfScoreBloc(UnitCode(rawValue: "KHOI-CO-QUAN-VY")!, unit: unit("PGD-VIETYEN"),
                                       points: points([("nhiem-vu", 57), ("phong-trao", 23), ("bao-cao", 15)]),
                                       context: on("2024-11-29", as: "PGD-VIETYEN"))
    }
}
