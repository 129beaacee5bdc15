import Foundation
import Hummingbird
import HummingbirdTesting
import OutreachCore
import OutreachServer
import OutreachStore
import Testing
import TestSupport

@Suite("Pages: an office's reserves, the search of its people, workplaces by name, refused forms kept, wording, visibility")
struct OfficePageTests {
    let office = "/dot/LCI-2022-TDKT/don-vi/PGD-BATXAT"

    @Test("An office lists a reserve and gives it a withdrawn nominee's place, confirmed at once, as `nominee promote`")
    func reserveAndPromote() async throws {
        let harness = try ServerHarness()
        let held = try harness.nominate("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT", phone: "0912345678")
        let token = try harness.token("PGD-BATXAT")
        let sapa = try harness.token("PGD-SAPA")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            let page = try await browser.get(client, office)
            #expect(page.text.contains("id=\"nut-du-bi\""))
            #expect(!page.text.contains("id=\"nhan-cho\""), "no reserve yet, nothing to give")

            let listed = try await browser.post(client, office + "/de-cu", [
                "ho-ten": "Vàng Thị Dua", "vai-tro": "lanh-dao", "dien-thoai": "0912345679", "du-bi": "1",
            ])
            #expect(listed.status == .seeOther, "\(listed.text)")
            let reserve = try harness.database.findNominee(session: Fixture.session, key: "Vàng Thị Dua")
            #expect(reserve.nomination.status == .reserve)
            let shown = try await browser.get(client, office)
            #expect(shown.text.contains("Đã ghi người dự bị #\(reserve.nomination.id) Vàng Thị Dua"))
            #expect(shown.text.contains("<td data-label=\"Trạng thái\" class=\"status\">Dự bị</td>"))
            // A reserve takes no place: still 3 missing of 4.
            #expect(shown.text.contains("id=\"con-thieu\">3</td>"))
            #expect(shown.text.contains("<form method=\"post\" action=\"\(office)/nhan-cho\" class=\"stack\" id=\"nhan-cho\">"))
            // A place its holder still has says so, and is never chosen by default.
            #expect(shown.text.contains("<select id=\"cho\" name=\"cho\" required><option value=\"\" selected disabled>— chọn chỗ —</option>"), "\(shown.text)")
            #expect(shown.text.contains("<option value=\"\(held.nomination.id)\">#\(held.nomination.id) Lò Văn Páo (đang giữ chỗ: người này sẽ được thay)</option>"))
            let unchosen = try await browser.post(client, office + "/nhan-cho", ["cho": ""])
            #expect(unchosen.status.code >= 400 && unchosen.status.code < 500)
            #expect(try harness.status(held.nomination.id) == .proposed)

            _ = try await browser.post(client, "/dot/LCI-2022-TDKT/dai-bieu/\(held.nomination.id)/rut", ["ly-do": "ốm"])
            let before = try harness.snapshot()
            // Without the CSRF token, and from another office: refused, nothing changed.
            let forged = try await browser.post(client, office + "/nhan-cho", ["cho": "\(held.nomination.id)"], csrf: false)
            #expect(forged.status == .forbidden)
            var other = Browser()
            _ = try await other.signIn(client, token: sapa)
            _ = try await other.get(client, "/dot/LCI-2022-TDKT/don-vi/PGD-SAPA")
            let foreign = try await other.post(client, office + "/nhan-cho", ["cho": "\(held.nomination.id)"])
            #expect(foreign.status == .forbidden)
            #expect(!foreign.text.contains("Vàng Thị Dua"))
            let bad = try await browser.post(client, office + "/nhan-cho", ["cho": "abc"])
            #expect(bad.status == .unprocessableContent)
            #expect(try harness.snapshot() == before)

            let withdrawnPage = try await browser.get(client, office)
            #expect(withdrawnPage.text.contains("<select id=\"cho\" name=\"cho\" required><option value=\"\(held.nomination.id)\">#\(held.nomination.id) Lò Văn Páo (đã rút)</option>"), "\(withdrawnPage.text)")
            let promoted = try await browser.post(client, office + "/nhan-cho", [
                "cho": "\(held.nomination.id)", "du-bi": "\(reserve.nomination.id)", "xac-nhan": "1",
            ])
            #expect(promoted.status == .seeOther, "\(promoted.text)")
            #expect(promoted.headers[.location] == office)
            #expect(try harness.status(reserve.nomination.id) == .confirmed)
            let after = try await browser.get(client, office)
            #expect(after.text.contains("#\(reserve.nomination.id) Vàng Thị Dua (dự bị) nhận chỗ của #\(held.nomination.id): đã xác nhận"), "\(after.text)")
            #expect(after.text.contains("id=\"con-thieu\">3</td>"))
            #expect(try harness.database.auditLog().contains { $0.command.hasPrefix("web nominee promote [access ") })
            // The place is taken: the same form again is the store's refusal, shown on the page.
            let again = try await browser.post(client, office + "/nhan-cho", ["cho": "\(held.nomination.id)"])
            #expect(again.status.code >= 400 && again.status.code < 500)
        }
    }

    @Test("The search finds the office's own people by name, workplace or phone (never another office's); its link fills the form")
    func searchPeople() async throws {
        let harness = try ServerHarness()
        try harness.nominate("Giàng A Páo", role: "cbql", unit: "PGD-BATXAT", worksAt: "TH-BATXAT-KIMDONG", phone: "0912000111")
        try harness.nominate("Lý Thị Mai", role: "lanh-dao", unit: "PGD-SAPA", phone: "0912000222")
        let token = try harness.token("PGD-BATXAT")
        let sapa = try harness.token("PGD-SAPA")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            let page = try await browser.get(client, office)
            #expect(page.text.contains("<form method=\"get\" action=\"\(office)#tim-nguoi\""))
            // As a browser's GET form sends it: a space as "+".
            for query in ["giang", "Kim+%C4%90%E1%BB%93ng", "gi%C3%A0ng+a+p%C3%A1o", "000111"] {
                let found = try await browser.get(client, office + "?tim=\(query)")
                #expect(found.status == .ok)
                #expect(found.text.contains("<table id=\"ket-qua-tim\">"), "\(query)")
                #expect(found.text.contains("<td data-label=\"Họ và tên\">Giàng A Páo</td>"), "\(query)")
                #expect(found.text.contains("Đề cử người này"))
            }
            let none = try await browser.get(client, office + "?tim=Mai")
            #expect(none.text.contains("Không thấy ai khớp với “Mai”."))
            #expect(!none.text.contains("Lý Thị Mai"))
            let phoneElsewhere = try await browser.get(client, office + "?tim=000222")
            #expect(!phoneElsewhere.text.contains("Lý Thị Mai"))

            // The link carries the person into the form, without JavaScript.
            let link = office + "?ho-ten=Gi%C3%A0ng%20A%20P%C3%A1o&dien-thoai=0912000111&noi-cong-tac=Tr%C6%B0%E1%BB%9Dng%20Ti%E1%BB%83u%20h%E1%BB%8Dc%20Kim%20%C4%90%E1%BB%93ng#de-cu"
            let found = try await browser.get(client, office + "?tim=giang")
            #expect(found.text.contains(link.replacingOccurrences(of: "&", with: "&amp;")), "\(found.text)")
            let filled = try await browser.get(client, link)
            #expect(filled.text.contains("name=\"ho-ten\" required autocomplete=\"off\" value=\"Giàng A Páo\""))
            #expect(filled.text.contains("value=\"Trường Tiểu học Kim Đồng\""))

            var other = Browser()
            _ = try await other.signIn(client, token: sapa)
            let foreign = try await other.get(client, office + "?tim=giang")
            #expect(foreign.status == .forbidden)
            #expect(!foreign.text.contains("Giàng A Páo"))
        }
    }

    @Test("The workplace is picked from the office's units or typed as a name, as `--works-at` takes it")
    func workplaceByName() async throws {
        let harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            let page = try await browser.get(client, office)
            #expect(page.text.contains("<input id=\"noi-cong-tac\" name=\"noi-cong-tac\" list=\"don-vi-truc-thuoc\""))
            #expect(page.text.contains("<option value=\"Trường Tiểu học Kim Đồng\">TH-BATXAT-KIMDONG</option>"))
            #expect(!page.text.contains("THPT-CHUYEN</option>"), "only the office's own units are offered")
            for (name, typed) in [("Giàng A Páo", "Trường Tiểu học Kim Đồng"), ("Sùng A Lử", "truong ptdtbt thcs y ty")] {
                let added = try await browser.post(client, office + "/de-cu", ["ho-ten": name, "vai-tro": "cbql", "noi-cong-tac": typed])
                #expect(added.status == .seeOther, "\(typed): \(added.text)")
            }
            let nominees = try harness.database.nominees(session: Fixture.session)
            #expect(nominees.first { $0.person.fullName == "Giàng A Páo" }?.person.unit?.rawValue == "TH-BATXAT-KIMDONG")
            #expect(nominees.first { $0.person.fullName == "Sùng A Lử" }?.person.unit?.rawValue == "THCS-BATXAT-YTY")
        }
    }

    @Test("A refused form comes back with what was typed and the message beside its field (422), nothing changed")
    func refusedFormKeepsValues() async throws {
        let harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        let before = try harness.snapshot()
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            _ = try await browser.get(client, office)
            let unknown = try await browser.post(client, office + "/de-cu", [
                "ho-ten": "Vàng A Dế", "vai-tro": "cbql", "chuc-vu": "Giáo viên", "dien-thoai": "0912345678",
                "noi-cong-tac": "Trường Không Có",
            ])
            #expect(unknown.status == .unprocessableContent)
            let text = unknown.text
            #expect(text.contains("value=\"Vàng A Dế\""))
            #expect(text.contains("value=\"Giáo viên\""))
            #expect(text.contains("value=\"0912345678\""))
            #expect(text.contains("<option value=\"cbql\" selected>"))
            #expect(text.contains("<p class=\"error field\" id=\"noi-cong-tac-loi\" role=\"alert\">không có đơn vị nào tên “Trường Không Có”"), "\(text)")
            #expect(text.contains("value=\"Trường Không Có\" aria-invalid=\"true\""))
            #expect(text.contains("<p class=\"error\" id=\"chua-ghi\">Chưa ghi được: không có đơn vị nào tên “Trường Không Có”"), "said at the top too")

            let phone = try await browser.post(client, office + "/de-cu", [
                "ho-ten": "Vàng A Dế", "vai-tro": "cbql", "dien-thoai": "12", "noi-cong-tac": "TH-BATXAT-KIMDONG",
            ])
            #expect(phone.status == .unprocessableContent)
            #expect(phone.text.contains("id=\"dien-thoai-loi\""), "\(phone.text)")
            #expect(phone.text.contains("value=\"TH-BATXAT-KIMDONG\""))
            #expect(!phone.text.contains("Không thực hiện được"), "the form, not an error page")
        }
        #expect(try harness.snapshot() == before)
    }

    @Test("Wording: a status in words, a control character shown as its symbol, 'Đã đủ', dates as dd/MM/yyyy")
    func wording() async throws {
        let harness = try OrganiserPageTests.cascadeHarness()
        let token = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            _ = try await browser.get(client, office)
            let early = try await browser.post(client, office + "/tuyen-truyen-lai/ke-hoach", ["ngay": "01/05/2022", "dia-diem": "Hội trường"])
            #expect(early.status == .unprocessableContent)
            #expect(early.text.contains("“01/05/2022”"), "\(early.text)")
            #expect(!early.text.contains("2022-05-01"))
        }
        let full = try ServerHarness()
        for (name, role, worksAt) in [("Lò Văn Páo", "lanh-dao", nil), ("Vàng A Dế", "can-bo-tdkt", nil),
                                      ("Giàng A Páo", "cbql", "TH-BATXAT-KIMDONG"), ("Sùng A Lử", "giao-vien", "TH-BATXAT-KIMDONG")] {
            try full.nominate(name, role: role, unit: "PGD-BATXAT", worksAt: worksAt)
        }
        let organiser = try full.token("SGDDT-LCI")
        let own = try full.token("PGD-SAPA")
        try await full.app().test(.router) { client in
            var office = Browser()
            _ = try await office.signIn(client, token: own)
            _ = try await office.get(client, "/dot/LCI-2022-TDKT/don-vi/PGD-SAPA")
            let bad = try await office.post(client, "/dot/LCI-2022-TDKT/dai-bieu/abc/xac-nhan", [:])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("<p class=\"code\">Dữ liệu chưa hợp lệ</p>"), "\(bad.text)")
            #expect(!bad.text.contains("HTTP 422"))
            let control = try await office.post(client, "/dot/LCI-2022-TDKT/don-vi/PGD-SAPA/de-cu", ["ho-ten": "a\u{1B}[31mred", "vai-tro": "lanh-dao"])
            #expect(control.status == .unprocessableContent)
            #expect(control.text.contains("a\u{241B}[31mred"), "\(control.text)")
            #expect(!control.text.contains("\\u{1B}"))

            var browser = Browser()
            _ = try await browser.signIn(client, token: organiser)
            let page = try await browser.get(client, "/dot/LCI-2022-TDKT")
            #expect(page.text.contains("<td data-label=\"Còn thiếu\">Đã đủ</td>"), "\(page.text)")
            #expect(!page.text.contains(">đủ<"))
        }
    }

    /// The cascade's harness once PGD-BATXAT planned its follow-up from its page: a session of its own
    /// (`LCI-2022-TDKT-PGD-BATXAT`), which PGD-SAPA does not take part in.
    func withBatXatFollowUp() async throws -> ServerHarness {
        let harness = try OrganiserPageTests.cascadeHarness()
        let batxat = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: batxat)
            _ = try await browser.get(client, office)
            let planned = try await browser.post(client, office + "/tuyen-truyen-lai/ke-hoach", [
                "ngay": "20/05/2022", "dia-diem": "Hội trường Phòng", "so-nguoi": "2",
            ])
            #expect(planned.status == .seeOther, "\(planned.text)")
        }
        return harness
    }

    @Test("A mistyped session code suggests only sessions the asker may see, on the API and on the pages")
    func suggestionsOnlyVisible() async throws {
        let harness = try await withBatXatFollowUp()
        let batxat = try harness.token("PGD-BATXAT")
        let sapa = try harness.token("PGD-SAPA")
        let child = "LCI-2022-TDKT-PGD-BATXAT"
        #expect(try harness.database.session(SessionCode(rawValue: child)!).code.rawValue == child)
        let typo = "/api/v1/sessions/LCI-2022-TDKT-PGD-BATXAX/quota"
        try await harness.app().test(.router) { client in
            let own = try await client.execute(uri: typo, method: .get, headers: .bearer(batxat))
            #expect(own.status == .notFound)
            #expect((try own.json()["suggestions"] as? [String])?.contains(child) == true, "\(own.text)")
            let other = try await client.execute(uri: typo, method: .get, headers: .bearer(sapa))
            #expect(other.status == .notFound)
            #expect(!other.text.contains(child), "\(other.text)")
            var browser = Browser()
            _ = try await browser.signIn(client, token: sapa)
            let page = try await browser.get(client, "/dot/LCI-2022-TDKT-PGD-BATXAX")
            #expect(page.status == .notFound)
            #expect(!page.text.contains(child), "\(page.text)")
            var owner = Browser()
            _ = try await owner.signIn(client, token: batxat)
            let ownPage = try await owner.get(client, "/dot/LCI-2022-TDKT-PGD-BATXAX")
            #expect(ownPage.text.contains(child), "\(ownPage.text)")
        }
    }

    @Test("An office sees only the sessions it takes part in or organises: another district's follow-up is refused everywhere")
    func visibility() async throws {
        var harness = try await withBatXatFollowUp()
        let batxat = try harness.token("PGD-BATXAT")
        let sapa = try harness.token("PGD-SAPA")
        let child = "LCI-2022-TDKT-PGD-BATXAT"
        #expect(try harness.database.sessions(visibleTo: .unit(UnitCode(rawValue: "PGD-SAPA")!)).map(\.code.rawValue) == ["LCI-2022-TDKT"])
        #expect(try harness.database.sessions(visibleTo: .unit(UnitCode(rawValue: "PGD-BATXAT")!)).map(\.code.rawValue).contains(child))
        // On the server's day (01/05, before the session), the session the cascade marked held is still open.
        harness.settings.fixedToday = Fixture.beforeDeadline
        let database = harness.database
        try await harness.app().test(.router) { client in
            for path in ["quota", "nominees", "cascade", "attendance"] {
                let refused = try await client.execute(uri: "/api/v1/sessions/\(child)/\(path)", method: .get, headers: .bearer(sapa))
                #expect(refused.status == .forbidden, "\(path): \(refused.text)")
            }
            let own = try await client.execute(uri: "/api/v1/sessions/\(child)/cascade", method: .get, headers: .bearer(batxat))
            #expect(own.status == .ok)
            var browser = Browser()
            _ = try await browser.signIn(client, token: sapa)
            let home = try await browser.get(client, "/")
            #expect(!home.text.contains(child))
            #expect(try await browser.get(client, "/dot/\(child)").status == .forbidden)

            let sessions = try await client.execute(uri: "/api/v1/sessions", method: .get, headers: .bearer(sapa))
            let root = try #require(try sessions.jsonArray().first { $0["code"] as? String == "LCI-2022-TDKT" })
            #expect(try database.session(Fixture.session).status == .held)
            #expect(root["status"] as? String == "open")
        }
    }
}
