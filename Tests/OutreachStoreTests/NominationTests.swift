import Foundation
import OutreachCore
import OutreachStore
import Testing
import TestSupport

@Suite("Nominations against quotas, in the store")
struct NominationTests {
    let database = try! Fixture.miniDatabase()
    let context = Fixture.context()
    var session: SessionCode { Fixture.session }

    @Test func aSchoolTeacherFillsTheDistrictOfficesSchoolSlot() throws {
        let nominee = try database.addNominee(
            Fixture.request("Sùng Thị Mai", role: "giao-vien", worksAt: "TH-BATXAT-KIMDONG", phone: "0912 345 678"),
            context: context)
        #expect(nominee.nomination.sender.rawValue == "PGD-BATXAT")
        #expect(nominee.nomination.status == .proposed)
        #expect(nominee.person.phone == "0912345678")
        #expect(nominee.workplace == "Trường Tiểu học Kim Đồng")
        let status = try #require(try database.quotaStatus(session: session).first { $0.unit == "PGD-BATXAT" })
        #expect(status.required == 4 && status.nominated == 1 && status.confirmed == 0 && status.missing == 3)
        #expect(status.slots.map(\.nominated) == [0, 0, 1])
    }

    @Test func neverOverfillsAndLeavesTheDatabaseUnchanged() throws {
        for name in ["Lý Seo Chảo", "Tẩn Láo Lở"] {
            _ = try database.addNominee(Fixture.request(name, role: "cbql", worksAt: "THCS-BATXAT-YTY"), context: context)
        }
        let before = try database.nominees(session: session, includeInactive: true).count
        let auditBefore = try database.auditLog().count
        let error = #expect(throws: OutreachError.self) {
            try database.addNominee(Fixture.request("Vàng Thị Dung", role: "giao-vien", worksAt: "TH-BATXAT-KIMDONG"), context: context)
        }
        #expect(error == .quotaFull(unit: "PGD-BATXAT", roles: "cbql/giao-vien", count: 2))
        #expect(try database.nominees(session: session, includeInactive: true).count == before)
        #expect(try database.auditLog().count == auditBefore)
        // The refused person was not left behind either: the same name can be nominated elsewhere later.
        #expect(try database.nominees(session: session).allSatisfy { $0.person.fullName != "Vàng Thị Dung" })
    }

    @Test func aPersonIsNominatedAtMostOncePerSession() throws {
        let request = Fixture.request("Giàng A Páo", role: "lanh-dao", unit: "PGD-BATXAT", phone: "0987654321")
        _ = try database.addNominee(request, context: context)
        var again = request
        again.fullName = "Giàng  A  Páo"
        let error = #expect(throws: OutreachError.self) { try database.addNominee(again, context: context) }
        #expect(error == .duplicateNominee(name: "Giàng A Páo", session: "LCI-2022-TDKT", sender: "PGD-BATXAT"))
    }

    @Test func unknownUnitsRolesAndSessionsAreNamed() throws {
        #expect(throws: OutreachError.unknownUnit("TH-NOWHERE")) {
            try database.addNominee(Fixture.request("A B", role: "cbql", worksAt: "TH-NOWHERE"), context: context)
        }
        #expect(throws: OutreachError.unknownRole(
            role: "hieu-truong", session: "LCI-2022-TDKT", known: ["lanh-dao", "can-bo-tdkt", "cbql", "giao-vien"])) {
            try database.addNominee(Fixture.request("A B", role: "hieu-truong", unit: "PGD-BATXAT"), context: context)
        }
        var request = Fixture.request("A B", role: "cbql", unit: "PGD-BATXAT")
        request.session = SessionCode(rawValue: "NOPE")!
        #expect(throws: OutreachError.unknownSession("NOPE")) { try database.addNominee(request, context: context) }
        #expect(throws: OutreachError.notInvited(unit: "PHONG-VANPHONG", session: "LCI-2022-TDKT")) {
            try database.addNominee(Fixture.request("A B", role: "cbql", unit: "PHONG-VANPHONG"), context: context)
        }
    }

    @Test func afterTheDeadlineChangesNeedALateReasonWhichIsAudited() throws {
        let late = Fixture.context(today: try CalendarDate(iso: "2022-05-06"))
        let request = Fixture.request("Nguyễn Văn An", role: "cbql", unit: "THPT-CHUYEN")
        let error = #expect(throws: OutreachError.self) { try database.addNominee(request, context: late) }
        #expect(error?.exitStatus == .conflict)
        #expect(try database.nominees(session: session).isEmpty)
        // The deadline day itself is still open.
        _ = try database.addNominee(
            Fixture.request("Trần Thị Bình", role: "giao-vien", unit: "THPT-CHUYEN"),
            context: Fixture.context(today: try CalendarDate(iso: "2022-05-05")))
        let allowed = Fixture.context(today: try CalendarDate(iso: "2022-05-06"), late: "Giám đốc Sở đồng ý")
        let added = try database.addNominee(request, context: allowed)
        let audit = try database.auditLog(key: "\(added.nomination.id)")
        #expect(audit.last?.reason == "Giám đốc Sở đồng ý")
        #expect(audit.last?.actor == "SGDDT-LCI")
    }

    @Test func confirmWithdrawAndReplaceKeepThePlace() throws {
        let first = try database.addNominee(
            Fixture.request("Lò Văn Sính", role: "cbql", worksAt: "THCS-BATXAT-YTY", phone: "0911111111"), context: context)
        let confirmed = try database.confirm(session: session, nominees: ["0911 111 111"], context: context)
        #expect(confirmed.map(\.nomination.status) == [.confirmed])
        // Confirming twice changes nothing.
        _ = try database.confirm(session: session, nominees: ["#\(first.nomination.id)"], context: context)
        let replacement = try database.replace(
            session: session, nominee: "sính",
            with: Fixture.request("Hầu Thị Chi", role: "giao-vien", worksAt: "THCS-BATXAT-YTY"), context: context)
        #expect(replacement.nomination.slotID == first.nomination.slotID)
        #expect(replacement.nomination.replaces == first.nomination.id)
        #expect(try database.findNominee(session: session, key: "\(first.nomination.id)").nomination.status == .replaced)
        let withdrawn = try database.withdraw(session: session, nominee: "Hầu Thị Chi", reason: "ốm", context: context)
        #expect(withdrawn.nomination.status == .withdrawn)
        #expect(try database.quotaStatus(session: session)[0].nominated == 0)
        #expect(throws: OutreachError.self) {
            try database.withdraw(session: session, nominee: "Hầu Thị Chi", reason: nil, context: context)
        }
    }

    @Test func ambiguousNamesListTheCandidates() throws {
        _ = try database.addNominee(Fixture.request("Nguyễn Thị Hoa", role: "cbql", unit: "THPT-CHUYEN"), context: context)
        _ = try database.addNominee(Fixture.request("Nguyễn Thị Hòa", role: "giao-vien", unit: "THPT-CHUYEN"), context: context)
        let error = #expect(throws: OutreachError.self) {
            try database.confirm(session: session, nominees: ["Nguyễn Thị"], context: context)
        }
        guard case let .ambiguousNominee(_, candidates)? = error else { Issue.record("not ambiguous"); return }
        #expect(candidates.count == 2)
        // An exact name (old or new tone placement) is not ambiguous.
        #expect(try database.confirm(session: session, nominees: ["Nguyễn Thị Hoà"], context: context).count == 1)
    }

    @Test func loweringAQuotaBelowItsPeopleNeedsForce() throws {
        for name in ["Lý Seo Chảo", "Tẩn Láo Lở"] {
            _ = try database.addNominee(Fixture.request(name, role: "cbql", worksAt: "THCS-BATXAT-YTY"), context: context)
        }
        let office = UnitCode(rawValue: "PGD-BATXAT")!
        let role = RoleCode(rawValue: "giao-vien")!
        let error = #expect(throws: OutreachError.self) {
            try database.setQuota(session: session, unit: office, role: role, count: 1, force: false, context: context)
        }
        guard case let .quotaBelowActive(_, _, requested, active, beyond)? = error else { Issue.record("no error"); return }
        #expect(requested == 1 && active == 2 && beyond.count == 1 && beyond[0].contains("Tẩn Láo Lở"))
        #expect(try database.quotaStatus(session: session)[0].required == 4)
        let change = try database.setQuota(session: session, unit: office, role: role, count: 1, force: true, context: context)
        #expect(change.from == 2 && change.to == 1 && change.beyond.count == 1)
        #expect(try database.quotaStatus(session: session)[0].required == 3)
    }
}
