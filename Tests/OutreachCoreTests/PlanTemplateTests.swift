import Foundation
import OutreachCore
import Testing
import TestSupport

@Suite("Plan files: the seed 003 plan as data, checked field by field")
struct PlanTemplateTests {
    let tree = UnitTree(try! TemplateLoader.units(
        yaml: String(contentsOfFile: Fixture.template("units/lai-chau-ldld-2022.yaml"), encoding: .utf8),
        file: "lai-chau-ldld-2022.yaml").units)
    let seedPlan = try! String(contentsOfFile: Fixture.template("plans/lai-chau-2022-tdkt.yaml"), encoding: .utf8)

    func planError(_ yaml: String) -> (location: OutreachCore.SourceLocation, reason: LocalizedText)? {
        let error = #expect(throws: OutreachError.self) {
            try TemplateLoader.plan(yaml: yaml, file: "p.yaml", units: tree)
        }
        guard case let .invalidTemplate(location, reason)? = error else {
            Issue.record("not a template error: \(String(describing: error))")
            return nil
        }
        return (location, reason)
    }

    /// The seed plan with one line replaced, to test one fault at a time.
    func seed(replacing old: String, with new: String) -> String {
        #expect(seedPlan.contains(old), "the seed plan no longer contains \(old)")
        return seedPlan.replacingOccurrences(of: old, with: new)
    }

    @Test func theSeedPlanHasItsActivitiesByQuarterAsPrinted() throws {
        let plan = try TemplateLoader.plan(yaml: seedPlan, file: "p.yaml", units: tree)
        let activities = plan.template.activities
        #expect(activities.count == 30)
        #expect(activities.map(\.number) == Array(1...27) + [31, 32, 33])
        #expect((1...4).map { quarter in activities.count { $0.quarter == quarter } } == [9, 7, 6, 8])
        #expect(activities[4].content.hasSuffix("các công đoàn ngành, công đoàn viên chức"))
        #expect(activities[0].responsible == "LĐLD tỉnh, Các đơn vị, các khối thi đua thuộc LĐLD tỉnh")
        #expect(plan.template.document?.number == "298/KH-LĐLĐ")
        #expect(plan.template.document?.date?.iso == "2022-01-06")
        #expect(plan.resolvedOn.iso == "2022-01-06")
        // Item 1 is the federation and its eleven member bodies; item 6 leaves out the public-servants' union.
        #expect(plan.assigned[0].count == 12)
        #expect(plan.assigned[0].first?.rawValue == "LDLD-LCU")
        #expect(plan.assigned[5].count == 11)
        #expect(!plan.assigned[5].contains(UnitCode(rawValue: "CDVC-LCU")!))
    }

    @Test func theThreeDutiesAreOwedByTheElevenMemberBodies() throws {
        let plan = try TemplateLoader.plan(yaml: seedPlan, file: "p.yaml", units: tree)
        let duties = plan.template.duties
        // What the unions owe (part IV.2 and the launch); the provincial federation's own upward duties
        // (items 6, 12, 32) are in PlanRecipientsTests.
        let ofUnions = duties.indices.filter { plan.owing[$0] != [UnitCode(rawValue: "LDLD-LCU")!] }
        #expect(ofUnions.map { duties[$0].code.rawValue } == ["dang-ky-thi-dua", "phat-dong-thi-dua", "bao-cao-6-thang", "bao-cao-tong-ket"])
        #expect(ofUnions.map { duties[$0].due.iso } == ["2022-01-30", "2022-03-31", "2022-06-10", "2022-12-10"])
        #expect(ofUnions.map { duties[$0].kind } == [.registration, .launch, .periodicReport, .periodicReport])
        #expect(duties.filter(\.printed).map(\.code.rawValue) == ["dang-ky-thi-dua", "bao-cao-6-thang", "bao-cao-tong-ket"])
        for owing in ofUnions.map({ plan.owing[$0] }) {
            #expect(owing.count == 11)
            #expect(owing.first?.rawValue == "LDLD-TPLAICHAU")
            #expect(owing.last?.rawValue == "CDVC-LCU")
            #expect(!owing.contains(UnitCode(rawValue: "LDLD-LCU")!))
        }
        // "Lưu ý": registering and launching, as written (done at all), not by the due date.
        #expect(plan.template.awardRule?.requires.map(\.rawValue) == ["dang-ky-thi-dua", "phat-dong-thi-dua"])
        #expect(plan.template.awardRule?.reading == .asWritten)
    }

    @Test func blocsHaveTheirMembersChairsAndAHundredPointScale() throws {
        let plan = try TemplateLoader.plan(yaml: seedPlan, file: "p.yaml", units: tree)
        // One bloc, as items 5, 15 and 31 name it: the eleven member bodies.
        #expect(plan.template.blocs.map(\.name) == ["Khối thi đua LĐLĐ huyện, CĐN, CĐ Viên chức"])
        #expect(plan.blocMembers.map(\.count) == [11])
        #expect(plan.template.blocs[0].chair.rawValue == "LDLD-TPLAICHAU")
        #expect(plan.template.criteria.map(\.points).reduce(0, +) == 100)
        #expect(plan.template.tieBreak.map(\.rawValue) == ["nhiem-vu", "bao-cao"])
    }

    @Test func aMissingOwedByFallsBackToTheMembers() throws {
        let yaml = seed(replacing: "    owed_by: *members\n    report_to: LDLD-LCU\n  # \"phát động thi đua\"",
                        with: "    report_to: LDLD-LCU\n  # \"phát động thi đua\"")
        let plan = try TemplateLoader.plan(yaml: yaml, file: "p.yaml", units: tree)
        #expect(plan.template.duties[0].owedBy == nil)
        #expect(plan.owing[0].count == 11)
    }

    @Test func faultsAreNamedWithTheirLineAndField() throws {
        let cases: [(old: String, new: String, field: String, message: String)] = [
            ("    quarter: 3\n    content: Kiểm tra hoạt động", "    quarter: 5\n    content: Kiểm tra hoạt động",
             "activities[17].quarter", "quarter must be 1 to 4, not 5"),
            ("  - number: 27\n", "  - number: 26\n", "activities[26].number", "number 26 is used twice"),
            ("  requires: [dang-ky-thi-dua, phat-dong-thi-dua]", "  requires: [dang-ky]", "award_rule.requires[0]",
             "no duty “dang-ky” under duties"),
            ("    due: 2022-06-10", "    due: 2023-06-10", "duties[3].due", "not in the plan's year 2022"),
            ("    due: 2022-06-10", "    due: 2022-06-31", "duties[3].due", "2022-06-31"),
            ("    chair: LDLD-TPLAICHAU", "    chair: TLD-VN", "blocs[0].chair", "TLD-VN is not a member of bloc"),
            ("    deputy: LDLD-TANUYEN", "    deputy: LDLD-TPLAICHAU", "blocs[0].deputy", "the deputy is the chair"),
            ("tie_break: [nhiem-vu, bao-cao]", "tie_break: [nhiem-vu, diem]", "tie_break[1]", "no criterion “diem”"),
            ("issuer: LDLD-LCU", "issuer: LDLD-LAICHAU", "issuer", "LDLD-LAICHAU is not among the imported units"),
            ("blocs:\n", "blocs:\n  - {code: KHOI-X, name: X, chair: LDLD-SINHO, members: {units: [LDLD-SINHO]}}\n",
             "blocs[1].members", "LDLD-SINHO already belongs to bloc KHOI-X"),
            ("    assigned: {units: [LDLD-LCU]}\n  - number: 3", "    assigned: {units: [LDLD-LCU], kinds: [xa]}\n  - number: 3",
             "", ""),
            ("    assigned: {units: [LDLD-LCU]}\n  - number: 3", "    assigned: {kinds: [xa]}\n  - number: 3",
             "activities[1].assigned", "selects no unit"),
            ("    assigned: {units: [LDLD-LCU]}\n  - number: 3", "    assigned: {except: [LDLD-LCU]}\n  - number: 3",
             "activities[1].assigned", "give units or kinds"),
            ("    points: 40", "    points: 0", "criteria[0].points", "between 1 and 1000"),
            ("    kind: registration", "    kind: dang-ky", "duties[0].kind", "choose one of: registration"),
            ("  on_time: false", "  ontime: false", "award_rule.ontime", "unknown key “ontime”"),
        ]
        for fault in cases {
            let yaml = seed(replacing: fault.old, with: fault.new)
            if fault.field.isEmpty {
                // A kind nobody has adds nothing but is not an error when units are listed too.
                #expect(throws: Never.self) { try TemplateLoader.plan(yaml: yaml, file: "p.yaml", units: tree) }
                continue
            }
            guard let error = planError(yaml) else { continue }
            #expect(error.location.file == "p.yaml")
            #expect(error.location.field == fault.field, Comment(rawValue: fault.new))
            #expect(error.location.line != nil, Comment(rawValue: fault.new))
            #expect(error.reason.en.contains(fault.message), Comment(rawValue: error.reason.en))
            #expect(!error.reason.vi.isEmpty)
        }
    }

    @Test func theFaultLineIsTheLineOfTheField() throws {
        let yaml = seed(replacing: "    quarter: 3\n    content: Kiểm tra hoạt động", with: "    quarter: 0\n    content: Kiểm tra hoạt động")
        let line = yaml.components(separatedBy: "\n").firstIndex { $0 == "    quarter: 0" }.map { $0 + 1 }
        #expect(planError(yaml)?.location.line == line)
    }
}
