import Foundation
import OutreachCore
import OutreachStore
import Testing
import TestSupport

/// What a new user found in session 4: who may confirm after the deadline, what "not found" comes before,
/// replacing someone with themselves or in a place of another role, and withdrawing after the session.
@Suite("Nominations: confirming after the deadline, replacing, withdrawing after the session")
struct NominationReviewTests {
    let database = try! Fixture.miniDatabase()
    var session: SessionCode { Fixture.session }
    static let afterDeadline = try! CalendarDate(iso: "2022-05-08")
    static let sessionDay = try! CalendarDate(iso: "2022-05-10")

    private func context(_ actor: String?, today: CalendarDate = Fixture.beforeDeadline) -> CommandContext {
        CommandContext(actor: actor.flatMap(UnitCode.init(rawValue:)), command: "test", today: today)
    }

    private func nominate(
        _ name: String, role: String = "lanh-dao", unit: String = "PGD-BATXAT", phone: String? = nil
    ) throws -> Nominee {
        try database.addNominee(Fixture.request(name, role: role, unit: unit, phone: phone), context: Fixture.context())
    }

    @Test func theOrganiserConfirmsAfterTheDeadlineAnOfficeIsLate() throws {
        let first = try nominate("Giàng A Páo")
        let second = try nominate("Lò Thị Mai", role: "can-bo-tdkt")
        // The organiser, the division running the session and the operator (no --as) confirm as routine.
        for (actor, nominee) in [("SGDDT-LCI", first), ("PHONG-VANPHONG", second)] {
            let confirmed = try database.confirm(
                session: session, nominees: ["#\(nominee.nomination.id)"], context: context(actor, today: Self.afterDeadline))
            #expect(confirmed.map(\.nomination.status) == [.confirmed])
        }
        let third = try nominate("Vàng Seo Lử", role: "cbql", unit: "THPT-CHUYEN")
        let all = try database.confirmAll(session: session, unit: UnitCode(rawValue: "THPT-CHUYEN")!,
                                          context: context(nil, today: Self.afterDeadline))
        #expect(all.map(\.nomination.id) == [third.nomination.id])
        // The office confirming its own people after the deadline is late, as for nominating.
        _ = try nominate("Sùng Thị Dua", role: "giao-vien", unit: "THPT-CHUYEN")
        let error = #expect(throws: OutreachError.self) {
            try database.confirmAll(session: session, unit: UnitCode(rawValue: "THPT-CHUYEN")!,
                                    context: context("THPT-CHUYEN", today: Self.afterDeadline))
        }
        guard case .deadlinePassed? = error else { Issue.record("\(String(describing: error))"); return }
    }

    @Test func anUnknownNomineeIsNotFoundWhateverTheDay() throws {
        let error = #expect(throws: OutreachError.self) {
            try database.confirm(session: session, nominees: ["Không Có Ai"], context: context("PGD-BATXAT", today: Self.afterDeadline))
        }
        #expect(error?.exitStatus == .notFound)
    }

    @Test func replacingSomeoneWithThemselvesChangesNothing() throws {
        let nominee = try nominate("Giàng A Páo", phone: "0912345111")
        let audit = try database.auditLog().count
        var request = Fixture.request("Giàng  A  Páo", role: "lanh-dao", phone: "0912 345 111")
        request.worksAt = nominee.person.unit
        let same = try database.replace(
            session: session, nominee: "#\(nominee.nomination.id)", with: request, context: Fixture.context())
        #expect(same.nomination.id == nominee.nomination.id && same.nomination.status == .proposed)
        #expect(try database.nominees(session: session, includeInactive: true).count == 1)
        #expect(try database.auditLog().count == audit)
    }

    @Test func aReplacementInAPlaceOfAnotherRoleIsToldAboutThatPlace() throws {
        let nominee = try nominate("Vàng Seo Lử", role: "cbql", unit: "THPT-CHUYEN")
        let error = #expect(throws: OutreachError.self) {
            try database.replace(
                session: session, nominee: "#\(nominee.nomination.id)",
                with: Fixture.request("Lò Văn Cảnh", role: "giao-vien", unit: "THPT-CHUYEN"), context: Fixture.context())
        }
        let message = error?.message(.vi) ?? ""
        #expect(message.contains("chỗ của #\(nominee.nomination.id)") && message.contains("chỉ nhận: cbql"), "\(message)")
        #expect(error?.exitStatus == .invalid)
    }

    @Test func nobodyIsWithdrawnOnceTheSessionIsOver() throws {
        let came = try nominate("Giàng A Páo")
        let stayed = try nominate("Lò Thị Mai", role: "can-bo-tdkt")
        let day = context("SGDDT-LCI", today: Self.sessionDay)
        _ = try database.markAttendance(
            session: session, nominee: "#\(came.nomination.id)", status: .present, part: nil, note: nil, context: day)
        let after = CommandContext(
            actor: UnitCode(rawValue: "SGDDT-LCI"), command: "test", today: try CalendarDate(iso: "2022-05-11"),
            lateReason: "nhầm")
        let audit = try database.auditLog().count
        for nominee in [came, stayed] {
            let error = #expect(throws: OutreachError.self) {
                try database.withdraw(session: session, nominee: "#\(nominee.nomination.id)", reason: "nhầm", context: after)
            }
            #expect(error?.exitStatus == .conflict)
            #expect(error?.message(.vi).hasPrefix("đợt LCI-2022-TDKT đã kết thúc ngày 10/05/2022: không rút đại biểu") == true)
        }
        #expect(try database.auditLog().count == audit)
        // On the day itself a nominee can still be withdrawn (who came is paid by the attendance).
        let late = CommandContext(actor: UnitCode(rawValue: "SGDDT-LCI"), command: "test", today: Self.sessionDay, lateReason: "ốm")
        #expect(try database.withdraw(session: session, nominee: "#\(stayed.nomination.id)", reason: "ốm", context: late)
            .nomination.status == .withdrawn)
    }
}
