import OutreachCore
import OutreachStore
import Testing
import TestSupport

@Suite("Who may change what: the organiser anything, an office only its own places and people")
struct AuthorityTests {
    let database = try! Fixture.miniDatabase()

    func acting(_ unit: String) -> CommandContext {
        var context = Fixture.context()
        context.actor = UnitCode(rawValue: unit)
        return context
    }

    @Test func anOfficeNominatesForItsOwnQuotaOnly() throws {
        _ = try database.addNominee(
            Fixture.request("Giàng A Páo", role: "lanh-dao", unit: "PGD-BATXAT"), context: acting("PGD-BATXAT"))
        let error = #expect(throws: OutreachError.self) {
            try database.addNominee(
                Fixture.request("Sùng Thị Mai", role: "cbql", unit: "THPT-CHUYEN"), context: acting("PGD-BATXAT"))
        }
        #expect(error?.exitStatus == .notAllowed)
        #expect(try database.nominees(session: Fixture.session).count == 1)
    }

    @Test func aSchoolPutsItsOwnStaffIntoItsDistrictOfficesQuota() throws {
        let added = try database.addNominee(
            Fixture.request("Lý Seo Chảo", role: "giao-vien", worksAt: "TH-BATXAT-KIMDONG"), context: acting("TH-BATXAT-KIMDONG"))
        #expect(added.nomination.sender.rawValue == "PGD-BATXAT")
        // …but not another school's staff.
        #expect(throws: OutreachError.self) {
            try database.addNominee(
                Fixture.request("Tẩn Láo Lở", role: "giao-vien", worksAt: "THCS-BATXAT-YTY"), context: acting("TH-BATXAT-KIMDONG"))
        }
    }

    @Test func anotherOfficeCannotConfirmWithdrawOrReplace() throws {
        _ = try database.addNominee(
            Fixture.request("Vàng Thị Dung", role: "cbql", worksAt: "TH-BATXAT-KIMDONG"), context: Fixture.context())
        let stranger = acting("PGD-SAPA")
        #expect(throws: OutreachError.self) {
            try database.confirm(session: Fixture.session, nominees: ["Dung"], context: stranger)
        }
        #expect(throws: OutreachError.self) {
            try database.confirmAll(session: Fixture.session, unit: UnitCode(rawValue: "PGD-BATXAT")!, context: stranger)
        }
        #expect(throws: OutreachError.self) {
            try database.withdraw(session: Fixture.session, nominee: "Dung", reason: nil, context: stranger)
        }
        #expect(throws: OutreachError.self) {
            try database.replace(
                session: Fixture.session, nominee: "Dung",
                with: Fixture.request("Hầu Thị Chi", role: "cbql", worksAt: "TH-BATXAT-KIMDONG"), context: stranger)
        }
        #expect(try database.nominees(session: Fixture.session).map(\.nomination.status) == [.proposed])
        // The office itself, the body above it and the organiser's divisions may.
        _ = try database.confirm(session: Fixture.session, nominees: ["Dung"], context: acting("PGD-BATXAT"))
        _ = try database.withdraw(session: Fixture.session, nominee: "Dung", reason: nil, context: acting("UBND-BATXAT"))
    }

    @Test func onlyTheOrganiserChangesQuotas() throws {
        let office = UnitCode(rawValue: "PGD-BATXAT")!
        let role = RoleCode(rawValue: "lanh-dao")!
        let error = #expect(throws: OutreachError.self) {
            try database.setQuota(session: Fixture.session, unit: office, role: role, count: 2, force: false, context: acting("PGD-BATXAT"))
        }
        #expect(error?.message(.vi).contains("PGD-BATXAT không có quyền thay đổi định mức") == true)
        _ = try database.setQuota(session: Fixture.session, unit: office, role: role, count: 2, force: false, context: acting("PHONG-VANPHONG"))
        _ = try database.setQuota(session: Fixture.session, unit: office, role: role, count: 3, force: false, context: acting("SGDDT-LCI"))
    }

    /// The quota figures an office's account sees are its own (and those of units below it); the organiser's all.
    @Test func anOfficeSeesOnlyItsOwnQuota() throws {
        let all = try database.quotaStatus(session: Fixture.session)
        #expect(all.count > 2)
        let batxat = try database.quotaStatus(session: Fixture.session, visibleTo: .unit(UnitCode(rawValue: "PGD-BATXAT")!))
        #expect(batxat.map(\.unit) == ["PGD-BATXAT"])
        let above = try database.quotaStatus(session: Fixture.session, visibleTo: .unit(UnitCode(rawValue: "UBND-BATXAT")!))
        #expect(above.map(\.unit) == ["PGD-BATXAT"])
        let division = try database.quotaStatus(session: Fixture.session, visibleTo: .unit(UnitCode(rawValue: "PHONG-VANPHONG")!))
        #expect(division.map(\.unit) == all.map(\.unit))
        #expect(try database.quotaStatus(session: Fixture.session, visibleTo: .unit(UnitCode(rawValue: "TH-BATXAT-KIMDONG")!)).isEmpty)
    }
}
