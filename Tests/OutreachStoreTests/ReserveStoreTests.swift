import Foundation
import OutreachCore
import OutreachStore
import Testing
import TestSupport

@Suite("Reserves (dự bị) and promotion, in the store")
struct ReserveStoreTests {
    let database = try! Fixture.miniDatabase()
    let context = Fixture.context()
    var session: SessionCode { Fixture.session }

    func reserve(_ name: String, role: String = "cbql", worksAt: String = "THCS-BATXAT-YTY") throws -> Nominee {
        var request = Fixture.request(name, role: role, worksAt: worksAt)
        request.reserve = true
        return try database.addNominee(request, context: context)
    }

    @Test func aReserveWaitsInItsSlotWithoutTakingAPlace() throws {
        let waiting = try reserve("Lý Seo Chảo")
        #expect(waiting.nomination.status == .reserve)
        let status = try #require(try database.quotaStatus(session: session).first { $0.unit == "PGD-BATXAT" })
        #expect(status.nominated == 0)
        #expect(try database.nominees(session: session).isEmpty)
        let list = try database.nomineeList(session: session, includeEmptyGroups: true)
        #expect(list.reserves.map(\.person.fullName) == ["Lý Seo Chảo"])
        #expect(list.allRows.isEmpty)
    }

    @Test func theFirstReserveOfTheSameRoleIsProposedAndPromotedIntoTheFreedPlace() throws {
        let first = try database.addNominee(
            Fixture.request("Tẩn Láo Lở", role: "giao-vien", worksAt: "TH-BATXAT-KIMDONG"), context: context)
        _ = try database.addNominee(
            Fixture.request("Vàng Thị Dung", role: "cbql", worksAt: "TH-BATXAT-KIMDONG"), context: context)
        let cbql = try reserve("Lý Seo Chảo")
        let teacher = try reserve("Hầu Thị Chi", role: "giao-vien")
        let (withdrawn, proposal) = try database.withdrawProposingReserve(
            session: session, nominee: "#\(first.nomination.id)", reason: "ốm", context: context)
        #expect(withdrawn.nomination.status == .withdrawn)
        #expect(proposal?.nomination.id == teacher.nomination.id, "same role first, before the earlier cbql reserve")
        let promoted = try database.promote(
            session: session, place: "#\(first.nomination.id)", reserve: nil, confirm: false, context: context)
        #expect(promoted.nomination.id == teacher.nomination.id)
        #expect(promoted.nomination.status == .proposed)
        #expect(promoted.nomination.replaces == first.nomination.id)
        #expect(promoted.nomination.slotID == first.nomination.slotID)
        let history = try database.history(session: session, nominee: "Chi")
        #expect(history.chain.map(\.nomination.id) == [first.nomination.id, teacher.nomination.id])
        // The slot is full again: the other reserve still waits, and cannot be pushed in.
        #expect(throws: OutreachError.placeTaken(
            nominee: "#\(first.nomination.id)", by: "#\(teacher.nomination.id) Hầu Thị Chi")) {
            try database.promote(
                session: session, place: "#\(first.nomination.id)", reserve: "#\(cbql.nomination.id)", confirm: true,
                context: context)
        }
        #expect(try database.findNominee(session: session, key: "Chảo").nomination.status == .reserve)
    }

    @Test func auditLogFiltersBySessionUnitAndDay() throws {
        _ = try reserve("Lý Seo Chảo")
        let later = Fixture.context(today: try CalendarDate(iso: "2022-05-03"))
        _ = try database.addNominee(Fixture.request("Giàng A Páo", role: "cbql", unit: "THPT-CHUYEN"), context: later)
        let bySession = try database.auditLog(session: session, unit: nil, since: nil)
        #expect(bySession.map(\.entity) == ["session", "nomination", "nomination"])
        let byUnit = try database.auditLog(session: session, unit: UnitCode(rawValue: "THPT-CHUYEN"), since: nil)
        #expect(byUnit.count == 1)
        let since = try database.auditLog(session: nil, unit: nil, since: try CalendarDate(iso: "2022-05-02"))
        #expect(since.count == 1)
        #expect(since[0].changes.contains { $0.field == "person" && $0.after == "Giàng A Páo" })
    }
}
