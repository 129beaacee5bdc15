import OutreachCore
import Testing
import TestSupport

@Suite("Quota rules: which slot a nominee takes")
struct QuotaRulesTests {
    let tree = UnitTree(try! TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "u").units)
    let office = UnitCode(rawValue: "PGD-BATXAT")!
    let school = UnitCode(rawValue: "TH-BATXAT-KIMDONG")!

    var quota: UnitQuota {
        UnitQuota(unit: office, groupLabel: "Phòng", groupIndex: 0, slots: [
            QuotaSlot(id: 1, index: 0, rule: SlotRule(roles: [role("lanh-dao")], count: 1)),
            QuotaSlot(id: 2, index: 1, rule: SlotRule(roles: [role("cbql"), role("giao-vien")], count: 2, source: .subordinate)),
        ])
    }

    func role(_ code: String) -> RoleCode { RoleCode(rawValue: code)! }

    /// One rule for a quota's size, wherever it is set: a template's slot, `session quota`, a follow-up's places.
    @Test(arguments: [
        (0, false, false), (0, true, true), (1, false, true), (10_000, false, true), (10_000, true, true),
        (10_001, false, false), (10_001, true, false), (-1, true, false), (987_654_321, false, false),
    ] as [(Int, Bool, Bool)])
    func aQuotaHoldsOneToTenThousandPlaces(count: Int, emptyAllowed: Bool, accepted: Bool) {
        #expect(QuotaRules.isQuotaSize(count, emptyAllowed: emptyAllowed) == accepted)
    }

    @Test func aSchoolCountsForItsDistrictOffice() {
        let invited: Set<UnitCode> = [office, UnitCode(rawValue: "THPT-CHUYEN")!]
        #expect(QuotaRules.sender(forWorkplace: school, invited: invited, units: tree) == office)
        #expect(QuotaRules.sender(forWorkplace: office, invited: invited, units: tree) == office)
        #expect(QuotaRules.sender(forWorkplace: UnitCode(rawValue: "PHONG-VANPHONG")!, invited: invited, units: tree) == nil)
    }

    @Test func eitherRoleOfAnAlternativeSlotIsAccepted() throws {
        let first = try QuotaRules.slot(for: role("giao-vien"), worksAt: school, personName: "A", in: quota, units: tree, active: [:])
        let second = try QuotaRules.slot(for: role("cbql"), worksAt: school, personName: "B", in: quota, units: tree, active: [2: 1])
        #expect(first.id == 2 && second.id == 2)
    }

    @Test func aFullSlotIsRefusedNamingOfficeRolesAndCount() {
        let error = #expect(throws: OutreachError.self) {
            try QuotaRules.slot(for: role("cbql"), worksAt: school, personName: "C", in: quota, units: tree, active: [2: 2])
        }
        #expect(error == .quotaFull(unit: "PGD-BATXAT", roles: "cbql/giao-vien", count: 2))
        #expect(error?.exitStatus == .conflict)
    }

    @Test func aRoleOutsideTheQuotaIsRefused() {
        let error = #expect(throws: OutreachError.self) {
            try QuotaRules.slot(for: role("chuyen-vien"), worksAt: office, personName: "D", in: quota, units: tree, active: [:])
        }
        #expect(error == .roleNotAllowed(unit: "PGD-BATXAT", role: "chuyen-vien", allowed: ["cbql", "giao-vien", "lanh-dao"]))
    }

    @Test func schoolStaffCannotFillTheOfficesOwnSlotAndViceVersa() {
        #expect(throws: OutreachError.self) {
            try QuotaRules.slot(for: role("lanh-dao"), worksAt: school, personName: "E", in: quota, units: tree, active: [:])
        }
        #expect(throws: OutreachError.self) {
            try QuotaRules.slot(for: role("cbql"), worksAt: office, personName: "F", in: quota, units: tree, active: [:])
        }
    }
}
