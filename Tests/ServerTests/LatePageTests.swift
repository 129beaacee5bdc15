import Foundation
import Hummingbird
import HummingbirdTesting
import OutreachCore
import OutreachServer
import OutreachStore
import Testing
import TestSupport

/// After the nomination deadline the command line takes `--late --reason "…"` and the API `"late": true` with its
/// reason; the pages ask for the reason beside each change, as the same rule (`NominationDeadlines`) wants it.
@Suite("Pages: a change after the deadline with its reason, kept in the audit log; without one, nothing changes")
struct LatePageTests {
    let office = "/dot/LCI-2022-TDKT/don-vi/PGD-BATXAT"

    /// The reasons the audit log keeps, in order.
    static func reasons(_ harness: ServerHarness) throws -> [String] {
        try harness.database.auditLog().compactMap(\.reason)
    }

    @Test("Before the deadline the page asks no reason; after it, every form does and the page says why")
    func theFieldShowsOnlyAfterTheDeadline() async throws {
        var harness = try ServerHarness()
        let held = try harness.nominate("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT", phone: "0912345678")
        let token = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            let before = try await browser.get(client, office)
            #expect(!before.text.contains("name=\"ly-do-tre\""))
            #expect(!before.text.contains("id=\"sau-han\""))
            #expect(before.text.contains("name=\"ly-do\""), "the withdrawal's own reason, optional")
        }
        harness.settings.fixedToday = Fixture.afterDeadline
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            let page = try await browser.get(client, office)
            let text = page.text
            #expect(text.contains("<p class=\"notice\" id=\"sau-han\">Mỗi thay đổi sau hạn cần ghi lý do; lý do được lưu trong nhật ký."))
            // The nomination form's field is required; each row's withdrawal asks its reason (required), the
            // confirmation too (optional: an organiser confirms after the deadline as routine).
            #expect(text.contains("<label for=\"ly-do-tre\">Lý do thay đổi sau hạn</label>"))
            #expect(text.contains("<input id=\"ly-do-tre\" name=\"ly-do-tre\" value=\"\" maxlength=\"500\" required>"))
            #expect(text.contains("dai-bieu/\(held.nomination.id)/rut\" class=\"inline\"><input type=\"hidden\" name=\"csrf\""))
            #expect(text.contains("placeholder=\"Lý do (sau hạn)\" aria-label=\"Lý do (sau hạn)\" maxlength=\"500\" required>"))
            #expect(!text.contains("name=\"ly-do\""))
            let replace = try await browser.get(client, "/dot/LCI-2022-TDKT/dai-bieu/\(held.nomination.id)/thay")
            #expect(replace.text.contains("name=\"ly-do-tre\""))
            let upload = try await browser.get(client, office + "/nhap")
            #expect(upload.text.contains("name=\"ly-do-tre\""))
        }
        // Once the session is over nothing may change, late or not: the page says so and offers no change.
        harness.settings.fixedToday = try CalendarDate(iso: "2022-05-12")
        let organiserToken = try harness.token("SGDDT-LCI")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            let page = try await browser.get(client, office)
            let text = page.text
            #expect(text.contains("<p class=\"notice\" id=\"da-ket-thuc\">Đợt đã kết thúc ngày 10/05/2022: danh sách đã chốt"), "\(text)")
            for form in ["name=\"ly-do-tre\"", "id=\"de-cu\"", "/xac-nhan\"", "/rut\"", "/thay\"", "id=\"nhan-cho\"", "id=\"nhap-tep\""] {
                #expect(!text.contains(form), "\(form) is offered once the session is over")
            }
            #expect(text.contains("id=\"dai-bieu-\(held.nomination.id)\""), "the list is still shown")
            // Nor the replacement's or the upload's page (a bookmark, the Back button).
            let replacePage = try await browser.get(client, "/dot/LCI-2022-TDKT/dai-bieu/\(held.nomination.id)/thay")
            #expect(replacePage.text.contains("id=\"da-ket-thuc\"") && !replacePage.text.contains("<form method=\"post\" action=\"/dot"), "\(replacePage.text)")
            let uploadPage = try await browser.get(client, office + "/nhap")
            #expect(uploadPage.text.contains("id=\"da-ket-thuc\"") && !uploadPage.text.contains("id=\"tai-len\""), "\(uploadPage.text)")
            // An office's confirmation is refused once the session is over, even with a reason.
            let late = try await browser.post(
                client, "/dot/LCI-2022-TDKT/dai-bieu/\(held.nomination.id)/xac-nhan", ["ly-do-tre": "muộn"])
            #expect(late.status == .conflict)
            #expect(late.text.contains("đã kết thúc ngày 10/05/2022: không xác nhận đại biểu được nữa"), "\(late.text)")
            // The organiser still confirms (the rule does not close its list), and its page says so.
            var organiser = Browser()
            _ = try await organiser.signIn(client, token: organiserToken)
            let organiserPage = try await organiser.get(client, office)
            #expect(organiserPage.text.contains("đơn vị tổ chức vẫn xác nhận được"), "\(organiserPage.text)")
            #expect(organiserPage.text.contains("dai-bieu/\(held.nomination.id)/xac-nhan"))
            #expect(!organiserPage.text.contains("/rut\"") && !organiserPage.text.contains("id=\"de-cu\""))
            let confirmed = try await organiser.post(client, "/dot/LCI-2022-TDKT/dai-bieu/\(held.nomination.id)/xac-nhan", [:])
            #expect(confirmed.status == .seeOther, "\(confirmed.text)")
        }
    }

    @Test("Nominate, confirm, withdraw and replace after the deadline: refused without a reason (the form kept, nothing changed), done with one")
    func changesAfterTheDeadline() async throws {
        var setup = try ServerHarness()
        setup.settings.fixedToday = Fixture.afterDeadline
        let harness = setup
        let held = try harness.nominate("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT", phone: "0912345678")
        let other = try harness.nominate("Hoàng Văn Nam", role: "cbql", unit: "PGD-BATXAT", worksAt: "TH-BATXAT-KIMDONG", phone: "0912345600")
        let token = try harness.token("PGD-BATXAT")
        let start = try harness.snapshot()
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            _ = try await browser.get(client, office)
            let person = ["ho-ten": "Vàng Thị Dua", "vai-tro": "cbql", "dien-thoai": "0912345679",
                          "noi-cong-tac": "TH-BATXAT-KIMDONG"]

            // Without a reason: 4xx, the form as typed with the refusal beside the reason's field.
            let refused = try await browser.post(client, office + "/de-cu", person)
            #expect(refused.status.code >= 400 && refused.status.code < 500)
            #expect(refused.text.contains("id=\"ly-do-tre-loi\""), "\(refused.text)")
            #expect(refused.text.contains("hạn đăng ký"))
            #expect(refused.text.contains("value=\"Vàng Thị Dua\""))
            // A reason with a control character is refused as the reason's fault.
            let control = try await browser.post(client, office + "/de-cu", person.merging(["ly-do-tre": "Bổ sung\u{1B}[31m"]) { $1 })
            #expect(control.status == .unprocessableContent)
            #expect(control.text.contains("id=\"ly-do-tre-loi\""), "\(control.text)")
            // A row's button without a reason: the office's page again, the refusal in that row and at the top.
            let unconfirmed = try await browser.post(client, "/dot/LCI-2022-TDKT/dai-bieu/\(held.nomination.id)/xac-nhan", [:])
            #expect(unconfirmed.status == .conflict)
            #expect(unconfirmed.text.contains("id=\"loi-dai-bieu-\(held.nomination.id)\">đã quá hạn đăng ký"), "\(unconfirmed.text)")
            #expect(unconfirmed.text.contains("<a href=\"#dai-bieu-\(held.nomination.id)\">"), "\(unconfirmed.text)")
            let kept = try await browser.post(client, "/dot/LCI-2022-TDKT/dai-bieu/\(held.nomination.id)/rut", ["ly-do-tre": "   "])
            #expect(kept.status == .conflict)
            #expect(kept.text.contains("id=\"loi-dai-bieu-\(held.nomination.id)\""), "\(kept.text)")
            #expect(try harness.snapshot() == start, "nothing changed")

            let added = try await browser.post(client, office + "/de-cu", person.merging(["ly-do-tre": "Trường báo bổ sung muộn"]) { $1 })
            #expect(added.status == .seeOther, "\(added.text)")
            let confirmed = try await browser.post(
                client, "/dot/LCI-2022-TDKT/dai-bieu/\(held.nomination.id)/xac-nhan", ["ly-do-tre": "Xác nhận muộn do đi công tác"])
            #expect(confirmed.status == .seeOther, "\(confirmed.text)")
            #expect(try harness.status(held.nomination.id) == .confirmed)
            let withdrawn = try await browser.post(
                client, "/dot/LCI-2022-TDKT/dai-bieu/\(held.nomination.id)/rut", ["ly-do-tre": "Ốm đột xuất"])
            #expect(withdrawn.status == .seeOther, "\(withdrawn.text)")
            #expect(try harness.status(held.nomination.id) == .withdrawn)
            // The same form sent twice: refused, its pointer leads to the list (the row is gone from it).
            let twice = try await browser.post(
                client, "/dot/LCI-2022-TDKT/dai-bieu/\(held.nomination.id)/rut", ["ly-do-tre": "Ốm đột xuất"])
            #expect(twice.status.code >= 400 && twice.status.code < 500, "\(twice.text)")
            #expect(twice.text.contains("<a href=\"#dai-bieu\">"), "\(twice.text)")
            let replacement = ["ho-ten": "Sùng A Lử", "vai-tro": "cbql", "dien-thoai": "0912345601",
                               "noi-cong-tac": "TH-BATXAT-KIMDONG"]
            let unreplaced = try await browser.post(client, "/dot/LCI-2022-TDKT/dai-bieu/\(other.nomination.id)/thay", replacement)
            #expect(unreplaced.status.code >= 400 && unreplaced.status.code < 500)
            #expect(unreplaced.text.contains("id=\"ly-do-tre-loi\""), "\(unreplaced.text)")
            let replaced = try await browser.post(
                client, "/dot/LCI-2022-TDKT/dai-bieu/\(other.nomination.id)/thay",
                replacement.merging(["ly-do-tre": "Thầy Nam chuyển trường"]) { $1 })
            #expect(replaced.status == .seeOther, "\(replaced.text)")
            #expect(try harness.status(other.nomination.id) == .replaced)
            // The reserve form: a reserve listed late, then given the freed place; without a reason the refusal stands
            // in that form.
            let reserve = try await browser.post(client, office + "/de-cu", [
                "ho-ten": "Lý Thị Mai", "vai-tro": "lanh-dao", "dien-thoai": "0912345602", "du-bi": "1",
                "ly-do-tre": "Dự phòng người thay",
            ])
            #expect(reserve.status == .seeOther, "\(reserve.text)")
            let unpromoted = try await browser.post(client, office + "/nhan-cho", ["cho": "\(held.nomination.id)"])
            #expect(unpromoted.status == .conflict)
            #expect(unpromoted.text.contains("id=\"loi-nhan-cho\">đã quá hạn đăng ký"), "\(unpromoted.text)")
            #expect(unpromoted.text.contains("<a href=\"#nhan-cho\">"), "\(unpromoted.text)")
            let promoted = try await browser.post(
                client, office + "/nhan-cho", ["cho": "\(held.nomination.id)", "ly-do-tre": "Người dự bị thay người ốm"])
            #expect(promoted.status == .seeOther, "\(promoted.text)")
            let reasons = try Self.reasons(harness)
            for reason in ["Trường báo bổ sung muộn", "Xác nhận muộn do đi công tác", "Ốm đột xuất", "Thầy Nam chuyển trường",
                           "Dự phòng người thay", "Người dự bị thay người ốm"] {
                #expect(reasons.contains(reason), "\(reasons)")
            }
        }
    }

    @Test("An import after the deadline: the reason typed with the upload goes with the confirmation, into the log")
    func importAfterTheDeadline() async throws {
        var setup = try ServerHarness()
        setup.settings.fixedToday = Fixture.afterDeadline
        let harness = setup
        let token = try harness.token("PGD-BATXAT")
        let start = try harness.snapshot()
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            _ = try await browser.get(client, office + "/nhap")
            let refused = try await PageFlowTests.upload(&browser, client, office + "/nhap", file: ("ds.csv", PageFlowTests.goodList))
            #expect(refused.status == .conflict, "without a reason the check refuses the file")
            // The upload form again, the refusal beside the reason's field.
            #expect(refused.text.contains("id=\"tai-len\""), "\(refused.text)")
            #expect(refused.text.contains("id=\"ly-do-tre-loi\""), "\(refused.text)")
            #expect(refused.text.contains("hạn đăng ký"), "\(refused.text)")
            let checked = try await PageFlowTests.upload(
                &browser, client, office + "/nhap", file: ("ds.csv", PageFlowTests.goodList),
                fields: ["ly-do-tre": "Danh sách gửi muộn"])
            #expect(checked.status == .ok, "\(checked.text)")
            #expect(PageFlowTests.hidden("ly-do-tre", in: checked.text) == "Danh sách gửi muộn")
            #expect(try harness.snapshot() == start, "the check wrote nothing")
            let id = try #require(PageFlowTests.hidden("tai-len", in: checked.text))
            let sha = try #require(PageFlowTests.hidden("sha256", in: checked.text))
            // A confirmation refused as a whole (its reason removed) keeps the checked file: the confirmation again,
            // the refusal beside the reason's field.
            let stripped = try await browser.post(client, office + "/nhap/xac-nhan", ["tai-len": id, "sha256": sha])
            #expect(stripped.status == .conflict, "\(stripped.text)")
            #expect(stripped.text.contains("id=\"xac-nhan-nhap\""), "\(stripped.text)")
            #expect(stripped.text.contains("id=\"ly-do-tre-loi\""), "\(stripped.text)")
            #expect(PageFlowTests.hidden("tai-len", in: stripped.text) == id)
            #expect(try harness.snapshot() == start)
            let confirmed = try await browser.post(
                client, office + "/nhap/xac-nhan", ["tai-len": id, "sha256": sha, "ly-do-tre": "Danh sách gửi muộn"])
            #expect(confirmed.status == .seeOther, "\(confirmed.text)")
            #expect(try harness.database.nominees(session: Fixture.session).count == 2)
            #expect(try Self.reasons(harness).filter { $0 == "Danh sách gửi muộn" }.count >= 2)
        }
    }
}
