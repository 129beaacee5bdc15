import Foundation
import OutreachCore
import Testing
import TestSupport

/// Duties owed upward and by blocs: seed 003 items 6, 12, 32 (the provincial federation owes bodies outside its
/// unit tree) and seed 000 (the blocs' standing members owe a six-month review to a department of the federation).
@Suite("Plan files: duties owed to outside bodies and departments, and by blocs")
struct PlanRecipientsTests {
    let tree = UnitTree(try! TemplateLoader.units(
        yaml: String(contentsOfFile: Fixture.template("units/lai-chau-ldld-2022.yaml"), encoding: .utf8),
        file: "lai-chau-ldld-2022.yaml").units)
    let seed003 = try! String(contentsOfFile: Fixture.template("plans/lai-chau-2022-tdkt.yaml"), encoding: .utf8)
    let seed000 = try! String(contentsOfFile: Fixture.template("plans/lai-chau-2024-so-ket-6-thang.yaml"), encoding: .utf8)

    func names(_ plan: ResolvedPlan, _ code: String) -> [String] {
        let duty = plan.template.duties.first { $0.code.rawValue == code }!
        return duty.sendTo.map { $0.name(units: { tree[$0]?.displayName }, plan: plan.template) }
    }

    @Test func seed003ItemsSixTwelveAndThirtyTwoAreOwedUpward() throws {
        let plan = try TemplateLoader.plan(yaml: seed003, file: "p.yaml", units: tree)
        #expect(plan.template.bodies.map(\.code.rawValue)
                == ["HDTDKT-LCU", "BAN-TDKT-LCU", "UBND-LCU", "CUM-7-TINH-BG", "KHOI-DOAN-THE-LCU"])
        #expect(names(plan, "dang-ky-chi-tieu-cap-tren") == [
            "Hội đồng Thi đua - Khen thưởng tỉnh Lai Châu", "Tổng Liên đoàn", "Cụm thi đua 7 tỉnh biên giới phía Bắc",
            "Khối thi đua MTTQ và các đoàn thể tỉnh",
        ])
        #expect(names(plan, "bao-cao-6-thang-cap-tren").contains("Ban Thi đua - Khen thưởng, Tổng Liên đoàn"))
        let index = try #require(plan.template.duties.firstIndex { $0.code.rawValue == "bao-cao-tong-ket-cap-tren" })
        #expect(plan.owing[index].map(\.rawValue) == ["LDLD-LCU"])
    }

    @Test func seed000IsOwedByTheUnitsAndByTheBlocToTheFederationsDepartment() throws {
        let plan = try TemplateLoader.plan(yaml: seed000, file: "p.yaml", units: tree)
        #expect(plan.template.duties.map(\.due.iso) == ["2024-06-29", "2024-06-29", "2024-12-31"])
        #expect(plan.owing.map(\.count) == [11, 0, 10])
        #expect(plan.template.duties[1].owedByBlocs.map(\.rawValue) == ["KHOI-LDLD-CDN-CDVC-2024"])
        #expect(names(plan, "so-ket-6-thang-khoi") == ["Ban Chính sách pháp luật và Quan hệ lao động, LĐLĐ tỉnh Lai Châu"])
    }

    @Test func faultsAreNamed() throws {
        let cases: [(old: String, new: String, field: String, message: String)] = [
            ("{body: HDTDKT-LCU}, {unit: TLD-VN}", "{body: HDTDKT-X}, {unit: TLD-VN}", "duties[2].send_to[0].body",
             "no body HDTDKT-X under bodies"),
            ("{body: HDTDKT-LCU}, {unit: TLD-VN}", "{body: HDTDKT-LCU}, {unit: TLD-X}", "duties[2].send_to[1].unit",
             "TLD-X is not among the imported units"),
            ("{body: HDTDKT-LCU}, {unit: TLD-VN}", "{body: HDTDKT-LCU, department: Ban A}, {unit: TLD-VN}",
             "duties[2].send_to[0].department", "a department belongs to a unit"),
            ("  - {code: UBND-LCU,", "  - {code: LDLD-LCU, name: X}\n  - {code: UBND-LCU,", "bodies[2].code",
             "LDLD-LCU is an imported unit"),
            ("  - {code: UBND-LCU,", "  - {code: HDTDKT-LCU, name: X}\n  - {code: UBND-LCU,", "bodies[2].code",
             "body code HDTDKT-LCU is used twice"),
        ]
        for fault in cases {
            #expect(seed003.contains(fault.old), "the seed plan no longer contains \(fault.old)")
            let yaml = seed003.replacingOccurrences(of: fault.old, with: fault.new)
            let error = #expect(throws: OutreachError.self) { try TemplateLoader.plan(yaml: yaml, file: "p.yaml", units: tree) }
            guard case let .invalidTemplate(location, reason)? = error else {
                Issue.record("not a template error: \(String(describing: error))")
                continue
            }
            #expect(location.field == fault.field, Comment(rawValue: fault.new))
            #expect(reason.en.contains(fault.message), Comment(rawValue: reason.en))
        }
        let blocFault = seed000.replacingOccurrences(of: "owed_by_blocs: [KHOI-LDLD-CDN-CDVC-2024]", with: "owed_by_blocs: [KHOI-X]")
        let error = #expect(throws: OutreachError.self) { try TemplateLoader.plan(yaml: blocFault, file: "p.yaml", units: tree) }
        guard case let .invalidTemplate(location, reason)? = error else {
            Issue.record("not a template error: \(String(describing: error))")
            return
        }
        #expect(location.field == "duties[1].owed_by_blocs[0]" && reason.en.contains("no bloc KHOI-X under blocs"))
    }
}
