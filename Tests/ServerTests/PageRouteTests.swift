import Foundation
import Hummingbird
import HummingbirdTesting
import OutreachCore
import OutreachServer
import OutreachStore
import Testing
import TestSupport

@Suite("Pages: sign-in, an office's session, forms with CSRF")
struct PageRouteTests {
    let office = "/dot/LCI-2022-TDKT/don-vi/PGD-BATXAT"

    @Test("Signed out, every page leads to the sign-in page; the link fills the code, the button signs in")
    func signIn() async throws {
        let harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            let home = try await browser.get(client, "/")
            #expect(home.status == .seeOther)
            #expect(home.headers[.location] == "/dang-nhap")

            let form = try await browser.get(client, "/dang-nhap?ma=\(token)")
            #expect(form.status == .ok)
            #expect(form.text.contains("<html lang=\"vi\">"))
            #expect(form.text.contains("value=\"\(token)\""))
            let cookie = try #require(form.headers[values: .setCookie].first { $0.hasPrefix("outreach_phien=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(!cookie.contains("Secure"))
            #expect(form.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)

            // The whole link pasted into the box signs in as its code does (checked on a browser of its own).
            var pasted = Browser()
            _ = try await pasted.get(client, "/dang-nhap")
            let byLink = try await pasted.post(client, "/dang-nhap", ["ma": " https://tap-huan.example.vn/dang-nhap?ma=\(token) "])
            #expect(byLink.status == .seeOther, "\(byLink.text)")

            let before = browser.cookie
            let signedIn = try await browser.post(client, "/dang-nhap", ["ma": token])
            #expect(signedIn.status == .seeOther)
            #expect(signedIn.headers[.location] == "/")
            // A new session id at sign-in.
            #expect(browser.cookie != before)

            let sessions = try await browser.get(client, "/")
            #expect(sessions.status == .ok)
            #expect(sessions.text.contains("LCI-2022-TDKT"))
            #expect(sessions.text.contains("còn 4 ngày đến hạn đăng ký (05/05/2022)"))
        }
    }

    @Test("An invitation's link (/dang-ky/SESSION/UNIT) leads through the sign-in page to the office's page")
    func invitationLinkComesBackAfterSignIn() async throws {
        let harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            // The link as `doc invitation --server` prints it (lower case typed by hand works too).
            let link = try await browser.get(client, "/dang-ky/lci-2022-tdkt/PGD-BATXAT")
            #expect(link.status == .seeOther && link.headers[.location] == office)
            let page0 = try await browser.get(client, office)
            #expect(page0.status == .seeOther)
            let signInPage = try #require(page0.headers[.location])
            #expect(signInPage == "/dang-nhap?tiep=%2Fdot%2FLCI-2022-TDKT%2Fdon-vi%2FPGD-BATXAT")
            let form = try await browser.get(client, signInPage)
            #expect(form.status == .ok)
            #expect(form.text.contains("name=\"tiep\" value=\"\(office)\""))
            let signedIn = try await browser.post(client, "/dang-nhap", ["ma": token, "tiep": office])
            #expect(signedIn.status == .seeOther)
            #expect(signedIn.headers[.location] == office)
            let page = try await browser.get(client, office)
            #expect(page.status == .ok)
            // Signed in already, the link goes straight to the page.
            let again = try await browser.get(client, "/dang-ky/LCI-2022-TDKT/PGD-BATXAT")
            #expect(again.headers[.location] == office)
            // Another office's link: refused, the header saying who is signed in, with the way to sign out.
            let other = try await browser.get(client, "/dot/LCI-2022-TDKT/don-vi/PGD-SAPA")
            #expect(other.status == .forbidden)
            #expect(other.text.contains("<form method=\"post\" action=\"/dang-xuat\" class=\"signout\"><span>"), "\(other.text)")
            // A session that does not exist ends on the page's own refusal; a code no session can have is refused
            // at once.
            let unknown = try await browser.get(client, "/dang-ky/KHONG-CO/PGD-BATXAT")
            let unknownPage = try await browser.get(client, try #require(unknown.headers[.location]))
            #expect(unknownPage.status == .notFound)
            let malformed = try await browser.get(client, "/dang-ky/%3Cb%3E/PGD-BATXAT")
            #expect(malformed.status == .notFound)
            // Signing out from there comes back to that page once signed in with its office's code.
            let sapa = "/dot/LCI-2022-TDKT/don-vi/PGD-SAPA"
            #expect(other.text.contains("<input type=\"hidden\" name=\"tiep\" value=\"\(sapa)\">"), "\(other.text)")
            let out = try await browser.post(client, "/dang-xuat", ["tiep": sapa])
            #expect(out.headers[.location] == "/dang-nhap?tiep=" + Browser.encode(sapa))
            // The sign-in page in the other language keeps where to come back to.
            let english = try await browser.get(client, "/dang-nhap?tiep=" + Browser.encode(sapa))
            #expect(english.text.contains("<a class=\"lang\" href=\"/dang-nhap?tiep=\(Browser.encode(sapa))&amp;lang=en\""), "\(english.text)")
        }
    }

    @Test("Any page asked for signed out is come back to after sign-in, with its query; never another site")
    func signInReturnsOnlyToThisServersPages() async throws {
        let harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            let search = try await browser.get(client, office + "?tim=An")
            #expect(search.headers[.location] == "/dang-nhap?tiep=" + Browser.encode(office + "?tim=An"))
            // A form sent signed out (its session expired) is no page to come back to: 401, no redirect to it.
            let posted = try await browser.post(client, office + "/de-cu", ["ho-ten": "Lê Văn A"], csrf: false)
            #expect(posted.status == .unauthorized)
            #expect(posted.headers[.location] == nil)
            // Another site's address, a scheme-relative one or a backslash trick leads home after sign-in.
            for hostile in ["https://example.com/", "//example.com/x", "/\\example.com", "javascript:alert(1)", "/dang-nhap?tiep=/x"] {
                var other = Browser()
                let form = try await other.get(client, "/dang-nhap?tiep=" + Browser.encode(hostile))
                #expect(!form.text.contains("name=\"tiep\""), "\(hostile)")
                let signedIn = try await other.post(client, "/dang-nhap", ["ma": token, "tiep": hostile])
                #expect(signedIn.status == .seeOther)
                #expect(signedIn.headers[.location] == "/", "\(hostile)")
            }
        }
    }

    @Test("A form sent after the session ended offers to sign in again, back to its page; a refused form's language link leads to a page")
    func signedOutFormAndLanguageLink() async throws {
        let harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            var headers = HTTPFields()
            headers[.contentType] = "application/x-www-form-urlencoded"
            headers[.referer] = "http://127.0.0.1:8080" + office
            let expired = try await client.execute(uri: office + "/de-cu", method: .post, headers: headers,
                                                   body: ByteBuffer(string: "ho-ten=A"))
            #expect(expired.status == .unauthorized)
            #expect(expired.text.contains("id=\"dang-nhap-lai\" href=\"/dang-nhap?tiep=\(Browser.encode(office))\""), "\(expired.text)")
            // A refused form is shown at the form's address, which takes no GET: the language link goes to the
            // page the form was on.
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            _ = try await browser.get(client, office)
            var posted = HTTPFields()
            posted[.contentType] = "application/x-www-form-urlencoded"
            posted[.referer] = "http://127.0.0.1:8080" + office
            posted[.cookie] = try #require(browser.cookie)
            let body = "csrf=\(try #require(browser.csrf))&ho-ten=&vai-tro=cbql"
            let refused = try await client.execute(uri: office + "/de-cu", method: .post, headers: posted, body: ByteBuffer(string: body))
            #expect(refused.status.code >= 400 && refused.status.code < 500)
            #expect(refused.text.contains("<a class=\"lang\" href=\"\(office)?lang=en\""), "\(refused.text)")
            let page = try await browser.get(client, office)
            #expect(page.text.contains("<a class=\"lang\" href=\"?lang=en\""))
            // A Referer is the sender's word: one that decodes to another site ("/\evil", a tab) gives no link to it.
            for hostile in ["https://evil.example/%5Cevil.example/x", "https://evil.example/%09/evil.example/x",
                            "https://evil.example//evil.example/x"] {
                var forged = HTTPFields()
                forged[.contentType] = "application/x-www-form-urlencoded"
                forged[.referer] = hostile
                let answer = try await client.execute(uri: office + "/de-cu", method: .post, headers: forged,
                                                      body: ByteBuffer(string: "ho-ten=A"))
                #expect(answer.status == .unauthorized)
                #expect(!answer.text.contains("evil.example"), "\(hostile): \(answer.text)")
                #expect(answer.text.contains("<a class=\"lang\" href=\"/?lang=en\""), "\(hostile)")
            }
        }
    }

    @Test("A wrong code is refused on the page (401); after ten from one address the wrong ones wait (429), a right code still signs in")
    func signInIsRateLimited() async throws {
        let harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        let other = try harness.token("PGD-SAPA")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.get(client, "/dang-nhap")
            for attempt in 0..<10 {
                let wrong = try await browser.post(client, "/dang-nhap", ["ma": "sai-ma-\(attempt)"])
                #expect(wrong.status == .unauthorized)
                #expect(wrong.text.contains("mã truy cập không đúng"))
            }
            let waiting = try await browser.post(client, "/dang-nhap", ["ma": "sai-ma-11"])
            #expect(waiting.status == .tooManyRequests)
            #expect(waiting.text.contains("quá nhiều lần"))
            #expect(waiting.headers[.retryAfter] == "900", "the limit's window, 15 minutes")
            // The offices behind one NAT share an address: one office's typing never locks another out.
            var neighbour = Browser()
            _ = try await neighbour.get(client, "/dang-nhap")
            let signedIn = try await neighbour.post(client, "/dang-nhap", ["ma": other])
            #expect(signedIn.status == .seeOther)
            #expect(signedIn.headers[.location] == "/")
            let right = try await browser.post(client, "/dang-nhap", ["ma": token])
            #expect(right.status == .seeOther)
            // The API's bearer codes have counts of their own, and a valid code is never refused for others'
            // failures (the offices behind one NAT share an address).
            let api = try await client.execute(uri: "/api/v1/sessions", method: .get, headers: .bearer(token))
            #expect(api.status == .ok)
        }
    }

    @Test("An office nominates and confirms from its page; the quota it sees changes")
    func nominateAndConfirm() async throws {
        let harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            let page = try await browser.get(client, office)
            #expect(page.status == .ok)
            #expect(page.text.contains("Chưa có đại biểu."))
            // The total's figures carry their labels, shown before them on a phone (the table becomes cards).
            #expect(page.text.contains("<td data-label=\"Còn thiếu\" class=\"n\" id=\"con-thieu\">4</td>"), "\(page.text)")

            let added = try await browser.post(client, office + "/de-cu", [
                "ho-ten": "lò văn páo", "vai-tro": "lanh-dao", "chuc-vu": "Trưởng phòng", "dien-thoai": "0912 345 678",
            ])
            #expect(added.status == .seeOther)
            #expect(added.headers[.location] == office)
            let nominee = try #require(try harness.database.nominees(session: Fixture.session).first)
            #expect(nominee.person.fullName == "Lò Văn Páo")

            let shown = try await browser.get(client, office)
            #expect(shown.text.contains("Đã đề cử #\(nominee.nomination.id) Lò Văn Páo"))
            #expect(shown.text.contains("<td data-label=\"Còn thiếu\" class=\"n\" id=\"con-thieu\">3</td>"))
            #expect(shown.text.contains("<td data-label=\"Họ và tên\">Lò Văn Páo</td>"))
            #expect(shown.text.contains("<td data-label=\"Trạng thái\" class=\"status\">Đã đăng ký</td>"))

            let confirmed = try await browser.post(client, "/dot/LCI-2022-TDKT/dai-bieu/\(nominee.nomination.id)/xac-nhan", [:])
            #expect(confirmed.status == .seeOther)
            #expect(try harness.status(nominee.nomination.id) == .confirmed)
            let after = try await browser.get(client, office)
            #expect(after.text.contains("Đã xác nhận #\(nominee.nomination.id) Lò Văn Páo"))
            #expect(after.text.contains("<td data-label=\"Trạng thái\" class=\"status\">Đã xác nhận</td>"))
        }
    }

    @Test("A form without its CSRF token, or with another session's, is refused (403) and changes nothing")
    func csrf() async throws {
        let harness = try ServerHarness()
        let nominee = try harness.nominate("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT")
        let token = try harness.token("PGD-BATXAT")
        let before = try harness.snapshot()
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            _ = try await browser.get(client, office)
            let confirm = "/dot/LCI-2022-TDKT/dai-bieu/\(nominee.nomination.id)/xac-nhan"
            let missing = try await browser.post(client, confirm, [:], csrf: false)
            #expect(missing.status == .forbidden)
            #expect(missing.text.contains("thiếu mã CSRF"))
            var other = Browser()
            _ = try await other.get(client, "/dang-nhap")
            let foreign = try await browser.post(client, confirm, ["csrf": other.csrf ?? "x"], csrf: false)
            #expect(foreign.status == .forbidden)
            // A form posted as JSON is not a form.
            var headers = HTTPFields()
            headers[.cookie] = browser.cookie
            headers[.contentType] = "application/json"
            let json = try await client.execute(uri: confirm, method: .post, headers: headers, body: ByteBuffer(string: "{}"))
            #expect(json.status == .unsupportedMediaType)
        }
        #expect(try harness.snapshot() == before)
    }

    @Test("Another office's page or nominee, by changing the URL: 403, nothing shown, nothing changed")
    func anotherOffice() async throws {
        let harness = try ServerHarness()
        let nominee = try harness.nominate("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT", phone: "0912345678")
        let token = try harness.token("PGD-SAPA")
        let before = try harness.snapshot()
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            _ = try await browser.get(client, "/dot/LCI-2022-TDKT/don-vi/PGD-SAPA")
            let page = try await browser.get(client, office)
            #expect(page.status == .forbidden)
            #expect(!page.text.contains("Lò Văn Páo"))
            let replace = try await browser.get(client, "/dot/LCI-2022-TDKT/dai-bieu/\(nominee.nomination.id)/thay")
            #expect(replace.status == .forbidden)
            #expect(!replace.text.contains("Lò Văn Páo"))
            for action in ["xac-nhan", "rut"] {
                let refused = try await browser.post(client, "/dot/LCI-2022-TDKT/dai-bieu/\(nominee.nomination.id)/\(action)", [:])
                #expect(refused.status == .forbidden, "\(action)")
                #expect(refused.text.contains("Không có gì bị thay đổi."))
            }
            let nominated = try await browser.post(client, office + "/de-cu", ["ho-ten": "Vàng A Dế", "vai-tro": "can-bo-tdkt"])
            #expect(nominated.status == .forbidden)
            // The organiser's overview shows every office; an office's shows its own.
            let overview = try await browser.get(client, "/dot/LCI-2022-TDKT")
            #expect(overview.text.contains("PGD-SAPA"))
            #expect(!overview.text.contains("PGD-BATXAT"))
        }
        #expect(try harness.snapshot() == before)
    }

    @Test("The organiser's page shows every office's fill and what each still lacks")
    func organiserOverview() async throws {
        let harness = try ServerHarness()
        try harness.nominate("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT")
        let token = try harness.token("SGDDT-LCI")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            let page = try await browser.get(client, "/dot/LCI-2022-TDKT")
            #expect(page.status == .ok)
            for unit in ["PGD-BATXAT", "PGD-SAPA", "THPT-CHUYEN"] { #expect(page.text.contains("/don-vi/\(unit)")) }
            #expect(page.text.contains("Tổng: định mức 10, đã cử 1, đã xác nhận 0, còn thiếu 9; 0/3 đơn vị đủ."))
            #expect(page.text.contains("Cán bộ TĐKT: 1; Cán bộ quản lý / Giáo viên: 2"))
            #expect(page.text.contains(">Phòng GD&amp;ĐT Sa Pa</a></td>"))
            let english = try await browser.get(client, "/dot/LCI-2022-TDKT?lang=en")
            #expect(english.text.contains("Total: required 10, nominated 1"))
            // The choice is kept for the next page (a cookie) and wins over the browser's language; without one,
            // an English browser gets English (the same choice as the API's).
            let language = try #require(english.headers[values: .setCookie].first { $0.hasPrefix("outreach_lang=en") })
            var headers = HTTPFields()
            headers[.cookie] = (browser.cookie ?? "") + "; " + String(language.prefix { $0 != ";" })
            let next = try await client.execute(uri: "/", method: .get, headers: headers)
            #expect(next.text.contains("<html lang=\"en\">"))
            headers[.cookie] = browser.cookie
            headers[.acceptLanguage] = "en-US,en;q=0.9"
            let browserLanguage = try await client.execute(uri: "/", method: .get, headers: headers)
            #expect(browserLanguage.text.contains("<html lang=\"en\">"))
            headers[.acceptLanguage] = "en-GB;q=0.8, vi;q=0.9"
            #expect(try await client.execute(uri: "/", method: .get, headers: headers).text.contains("<html lang=\"vi\">"))
            headers[.cookie] = (browser.cookie ?? "") + "; outreach_lang=vi"
            headers[.acceptLanguage] = "en"
            #expect(try await client.execute(uri: "/", method: .get, headers: headers).text.contains("<html lang=\"vi\">"))
            let signIn = try await client.execute(uri: "/dang-nhap", method: .get, headers: [.acceptLanguage: "en"])
            #expect(signIn.text.contains("<html lang=\"en\">"))
        }
    }

    @Test("A revoked code ends the browser's session at the next click")
    func revokedSession() async throws {
        let harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            #expect(try await browser.get(client, office).status == .ok)
            try harness.database.revokeAccess(unit: UnitCode(rawValue: "PGD-BATXAT")!, context: Fixture.operatorContext())
            let after = try await browser.get(client, office)
            #expect(after.status == .seeOther)
            let signIn = try await browser.get(client, "/dang-nhap")
            #expect(signIn.text.contains("đã bị thu hồi"))
        }
    }

    @Test("Replace and withdraw from the page keep the CLI's rules and messages")
    func replaceAndWithdraw() async throws {
        let harness = try ServerHarness()
        let nominee = try harness.nominate("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT")
        let token = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            let form = try await browser.get(client, "/dot/LCI-2022-TDKT/dai-bieu/\(nominee.nomination.id)/thay")
            #expect(form.status == .ok)
            let replaced = try await browser.post(client, "/dot/LCI-2022-TDKT/dai-bieu/\(nominee.nomination.id)/thay", [
                "ho-ten": "Sùng Thị Mai", "vai-tro": "lanh-dao", "dien-thoai": "0987654321",
            ])
            #expect(replaced.status == .seeOther)
            #expect(try harness.status(nominee.nomination.id) == .replaced)
            let new = try #require(try harness.database.nominees(session: Fixture.session).first)
            let bad = try await browser.post(client, "/dot/LCI-2022-TDKT/dai-bieu/\(new.nomination.id)/thay", [
                "ho-ten": "Vàng A Dế", "vai-tro": "lanh-dao", "dien-thoai": "12",
            ])
            #expect(bad.status == .unprocessableContent)
            let withdrawn = try await browser.post(client, "/dot/LCI-2022-TDKT/dai-bieu/\(new.nomination.id)/rut", ["ly-do": "bận công tác"])
            #expect(withdrawn.status == .seeOther)
            #expect(try harness.status(new.nomination.id) == .withdrawn)
            let again = try await browser.post(client, "/dot/LCI-2022-TDKT/dai-bieu/\(new.nomination.id)/rut", [:])
            #expect(again.status == .conflict)
        }
    }

    @Test("An unknown page is a Vietnamese 404 page")
    func unknownPage() async throws {
        let harness = try ServerHarness()
        try await harness.app().test(.router) { client in
            let response = try await client.execute(uri: "/khong-co", method: .get)
            #expect(response.status == .notFound)
            #expect(response.text.contains("không có trang này"))
        }
    }
}
