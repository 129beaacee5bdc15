import Foundation
import Hummingbird
import HummingbirdTesting
import OutreachCore
import OutreachServer
import OutreachStore
import Testing
import TestSupport

@Suite("JSON API under /api/v1")
struct APIRouteTests {
    let quota = "/api/v1/sessions/LCI-2022-TDKT/quota"

    @Test("GET /healthz answers 200 when the database is reachable")
    func health() async throws {
        let harness = try ServerHarness()
        try await harness.app().test(.router) { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            #expect(try response.json()["status"] as? String == "ok")
        }
    }

    @Test("A session is sent in the shape `session list --json` prints, with the days left to its deadline")
    func sessionsHaveTheCommandLinesShape() async throws {
        let harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        let session = try harness.database.session(Fixture.session)
        try await harness.app().test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/sessions", method: .get, headers: .bearer(token))
            #expect(response.status == .ok)
            let sessions = try JSONDecoder().decode([SessionJSON].self, from: Data(buffer: response.body))
            var expected = SessionJSON(session)
            expected.daysLeft = Fixture.beforeDeadline.days(to: try #require(session.nominationDeadline))
            #expect(sessions == [expected])
            #expect(try #require(expected.daysLeft) > 0)
        }
    }

    @Test("An office sees only its own quota; the organiser and the division running the session see every office")
    func quotaIsLimitedToWhatTheCallerMaySee() async throws {
        let harness = try ServerHarness()
        let office = try harness.token("PGD-BATXAT")
        let organiser = try harness.token("SGDDT-LCI")
        let division = try harness.token("PHONG-VANPHONG")
        try await harness.app().test(.router) { client in
            let own = try await client.execute(uri: quota, method: .get, headers: .bearer(office))
            #expect(own.status == .ok)
            let offices = try own.json()["offices"] as? [[String: Any]] ?? []
            #expect(offices.map { $0["unit"] as? String } == ["PGD-BATXAT"])
            #expect(offices.first?["required"] as? Int == 4)
            for token in [organiser, division] {
                let all = try await client.execute(uri: quota, method: .get, headers: .bearer(token))
                let units = (try all.json()["offices"] as? [[String: Any]] ?? []).compactMap { $0["unit"] as? String }
                #expect(Set(units) == ["PGD-BATXAT", "PGD-SAPA", "THPT-CHUYEN"])
            }
        }
    }

    @Test("An office confirms its nominee; its quota shows it; the audit names the account and the address")
    func confirm() async throws {
        let harness = try ServerHarness()
        let nominee = try harness.nominate("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT")
        let token = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            let response = try await client.execute(
                uri: "/api/v1/sessions/LCI-2022-TDKT/nominees/\(nominee.nomination.id)/confirm", method: .post,
                headers: .bearer(token))
            #expect(response.status == .ok)
            #expect(try response.json()["status"] as? String == "confirmed")
            let after = try await client.execute(uri: quota, method: .get, headers: .bearer(token))
            let office = (try after.json()["offices"] as? [[String: Any]])?.first
            #expect(office?["confirmed"] as? Int == 1)
        }
        let line = try #require(try harness.database.auditLog(key: "\(nominee.nomination.id)").last)
        #expect(line.actor == "PGD-BATXAT")
        #expect(line.command.hasPrefix("web nominee confirm [access "))
        #expect(line.command.hasSuffix(" from local]"))
    }

    @Test("A nominee's history: an office sees who changed what and when, not the account and address used; the organiser sees all")
    func historyAsSeenByAnOffice() async throws {
        let harness = try ServerHarness()
        let nominee = try harness.nominate("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT")
        let office = try harness.token("PGD-BATXAT")
        let organiser = try harness.token("SGDDT-LCI")
        try await harness.app().test(.router) { client in
            let confirmed = try await client.execute(
                uri: "/api/v1/sessions/LCI-2022-TDKT/nominees/\(nominee.nomination.id)/confirm", method: .post,
                headers: .bearer(office))
            #expect(confirmed.status == .ok)
            let history = "/api/v1/sessions/LCI-2022-TDKT/history?nominee=\(nominee.nomination.id)"
            func commands(_ token: String) async throws -> [String] {
                let response = try await client.execute(uri: history, method: .get, headers: .bearer(token))
                #expect(response.status == .ok)
                return (try response.json()["audit"] as? [[String: Any]] ?? []).compactMap { $0["command"] as? String }
            }
            let seenByOffice = try await commands(office)
            #expect(seenByOffice.contains("web nominee confirm"), "\(seenByOffice)")
            #expect(!seenByOffice.contains { $0.contains("[access") || $0.contains(" from ") }, "\(seenByOffice)")
            let seenByOrganiser = try await commands(organiser)
            #expect(seenByOrganiser.contains { $0.hasPrefix("web nominee confirm [access ") && $0.hasSuffix(" from local]") },
                    "\(seenByOrganiser)")
        }
    }

    @Test("Another office's nominee or session: 403 in Vietnamese (English when asked), nothing changed")
    func anotherOffice() async throws {
        let harness = try ServerHarness()
        let nominee = try harness.nominate("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT")
        let sapa = try harness.token("PGD-SAPA")
        let school = try harness.token("TH-BATXAT-KIMDONG")
        let before = try harness.snapshot()
        try await harness.app().test(.router) { client in
            let confirm = "/api/v1/sessions/LCI-2022-TDKT/nominees/\(nominee.nomination.id)/confirm"
            let refused = try await client.execute(uri: confirm, method: .post, headers: .bearer(sapa))
            #expect(refused.status == .forbidden)
            #expect(try refused.json()["code"] as? String == "not_allowed")
            #expect((try refused.json()["error"] as? String)?.contains("chỉ đơn vị tổ chức") == true)
            let english = try await client.execute(uri: confirm + "?lang=en", method: .post, headers: .bearer(sapa))
            #expect((try english.json()["error"] as? String)?.contains("only the organiser") == true)

            let list = try await client.execute(
                uri: "/api/v1/sessions/LCI-2022-TDKT/offices/PGD-BATXAT/nominees", method: .get, headers: .bearer(sapa))
            #expect(list.status == .forbidden)
            // A school below Bát Xát is invited to nothing itself and sees no office above it.
            let notInvited = try await client.execute(uri: quota, method: .get, headers: .bearer(school))
            #expect(notInvited.status == .forbidden)
            #expect(try notInvited.json()["code"] as? String == "not_allowed")
        }
        #expect(try harness.snapshot() == before)
    }

    @Test("No token, a wrong one, a revoked one, an expired one: 401 with a message that says which")
    func tokens() async throws {
        var harness = try ServerHarness()
        let revoked = try harness.token("PGD-BATXAT")
        try harness.database.revokeAccess(unit: UnitCode(rawValue: "PGD-BATXAT")!, context: Fixture.operatorContext())
        let expiring = try harness.token("PGD-SAPA", expires: CalendarDate.today())
        // Three days on: the code that expired today is refused.
        harness.clock = { Date().addingTimeInterval(3 * 86_400) }
        try await harness.app().test(.router) { client in
            let cases: [(HTTPFields, String, String)] = [
                ([:], "unauthenticated", "cần đăng nhập"),
                (.bearer(String(repeating: "A", count: 43)), "token_unknown", "không đúng"),
                (.bearer(revoked), "token_revoked", "đã bị thu hồi"),
                (.bearer(expiring), "token_expired", "đã hết hạn"),
            ]
            for (headers, code, words) in cases {
                let response = try await client.execute(uri: quota, method: .get, headers: headers)
                #expect(response.status == .unauthorized, "\(code)")
                let body = try response.json()
                #expect(body["code"] as? String == code)
                #expect((body["error"] as? String)?.contains(words) == true, "\(body)")
                #expect(body.keys.contains("field"))
            }
        }
    }

    @Test("Malformed JSON, a wrong content type, a body over the limit, a missing field, a bad number: 4xx, nothing changed")
    func badInput() async throws {
        let harness = try ServerHarness()
        let nominee = try harness.nominate("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT")
        let token = try harness.token("PGD-BATXAT")
        let before = try harness.snapshot()
        let add = "/api/v1/sessions/LCI-2022-TDKT/nominees"
        try await harness.app().test(.router) { client in
            func post(_ uri: String, _ body: String, type: String = "application/json") async throws -> TestResponse {
                var headers = HTTPFields.bearer(token)
                headers[.contentType] = type
                return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
            }
            let cases: [(TestResponse, HTTPResponse.Status, String, String?)] = [
                (try await post(add, "{\"name\": \"Vàng A Dế\", "), .badRequest, "malformed_json", nil),
                (try await post(add, "name=Vàng", type: "text/plain"), .unsupportedMediaType, "unsupported_media_type", nil),
                (try await post(add, "{\"name\": \"" + String(repeating: "a", count: 5000) + "\"}"), .contentTooLarge, "body_too_large", nil),
                (try await post(add, "{\"name\": \"Vàng A Dế\"}"), .unprocessableContent, "missing_field", "role"),
                (try await post(add, "{\"name\": 12, \"role\": \"cbql\"}"), .unprocessableContent, "invalid_field", "name"),
                (try await post(add, "{\"office\": \"PGD-BATXAT\", \"name\": \"Vàng A Dế\", \"role\": \"can-bo-tdkt\", \"phone\": \"12\"}"),
                 .unprocessableContent, "invalid_input", "phone"),
                (try await post("/api/v1/sessions/LCI-2022-TDKT/nominees/abc/confirm", ""), .unprocessableContent, "invalid_field", "number"),
                (try await post("/api/v1/sessions/LCI-2022-TDKT/nominees/\(nominee.nomination.id)/confirm", "{}", type: "text/plain"),
                 .unsupportedMediaType, "unsupported_media_type", nil),
                (try await post("/api/v1/sessions/NO-SUCH/nominees/1/confirm", ""), .notFound, "unknown_session", nil),
                (try await post("/api/v1/sessions/LCI-2022-TDKT/nominees/99999/confirm", ""), .notFound, "unknown_nominee", nil),
            ]
            for (response, status, code, field) in cases {
                let body = try response.json()
                #expect(response.status == status, "\(code): \(body)")
                #expect(body["code"] as? String == code)
                if let field { #expect(body["field"] as? String == field) }
                #expect((body["error"] as? String)?.isEmpty == false)
            }
        }
        #expect(try harness.snapshot() == before)
    }

    @Test("The command line's routes: nominees by name or phone, another office's 403, a bad field 422 naming it, nothing changed")
    func commandLineRoutes() async throws {
        let harness = try ServerHarness()
        let nominee = try harness.nominate("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT", phone: "0912345678")
        let own = try harness.token("PGD-BATXAT")
        let sapa = try harness.token("PGD-SAPA")
        let before = try harness.snapshot()
        try await harness.app().test(.router) { client in
            func post(_ uri: String, _ body: String, token: String) async throws -> TestResponse {
                var headers = HTTPFields.bearer(token)
                headers[.contentType] = "application/json"
                return try await client.execute(
                    uri: "/api/v1" + uri, method: .post, headers: headers, body: ByteBuffer(string: body))
            }
            let s = "/sessions/LCI-2022-TDKT"
            let cases: [(TestResponse, HTTPResponse.Status, String, String?)] = [
                (try await post(s + "/confirm", #"{"nominees": ["Páo"]}"#, token: sapa), .forbidden, "not_allowed", nil),
                (try await post(s + "/withdraw", #"{"nominee": "0912345678", "reason": "ốm"}"#, token: sapa), .forbidden, "not_allowed", nil),
                (try await post(s + "/confirm", #"{}"#, token: own), .unprocessableContent, "missing_field", "nominees"),
                (try await post(s + "/confirm", #"{"nominees": ["Páo"], "late": true}"#, token: own), .unprocessableContent, "late_needs_reason", nil),
                (try await post(s + "/withdraw", #"{"reason": "ốm"}"#, token: own), .unprocessableContent, "missing_field", "nominee"),
                (try await post(s + "/replace", #"{"nominee": "Páo", "name": "Vàng A Dế", "role": "không có"}"#, token: own),
                 .unprocessableContent, "unknown_role", "role"),
                (try await post(s + "/attendance", #"{"nominee": "Páo", "status": "maybe"}"#, token: own),
                 .unprocessableContent, "invalid_field", "status"),
                (try await post(s + "/attendance", #"{"nominee": "Páo", "status": "present"}"#, token: own), .forbidden, "not_allowed", nil),
                (try await post("/cascade/report", #"{"held": "2022-06-01"}"#, token: own), .unprocessableContent, "missing_field", "session"),
                (try await post("/cascade/report", #"{"session": "LCI-2022-TDKT", "unit": "PGD-BATXAT", "held": "mai"}"#, token: own),
                 .unprocessableContent, "invalid_field", "held"),
            ]
            for (response, status, code, field) in cases {
                let body = try response.json()
                #expect(response.status == status, "\(code): \(body)")
                #expect(body["code"] as? String == code, "\(body)")
                if let field { #expect(body["field"] as? String == field, "\(body)") }
            }
            let list = try await client.execute(uri: "/api/v1" + s + "/nominees?unit=PGD-BATXAT", method: .get, headers: .bearer(sapa))
            #expect(list.status == .forbidden)
            let others = try await client.execute(uri: "/api/v1" + s + "/nominees", method: .get, headers: .bearer(sapa))
            #expect(try others.jsonArray().isEmpty)
        }
        #expect(try harness.snapshot() == before)
        // By name, as `nominee confirm LCI-2022-TDKT Páo`: the one nominee it finds, confirmed.
        try await harness.app().test(.router) { client in
            var headers = HTTPFields.bearer(own)
            headers[.contentType] = "application/json"
            let confirmed = try await client.execute(
                uri: "/api/v1/sessions/LCI-2022-TDKT/confirm", method: .post, headers: headers,
                body: ByteBuffer(string: #"{"nominees": ["páo"]}"#))
            #expect(confirmed.status == .ok)
            let answer = try confirmed.json()
            #expect((answer["confirmed"] as? [[String: Any]])?.first?["id"] as? Int == Int(nominee.nomination.id))
            #expect((answer["already"] as? [Any])?.isEmpty == true)
        }
        #expect(try harness.status(nominee.nomination.id) == .confirmed)
    }

    @Test("A full quota is a 409 with the store's own message; the last place is never over-filled")
    func quotaFull() async throws {
        let harness = try ServerHarness()
        let first = try harness.nominate("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT")
        let token = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            var headers = HTTPFields.bearer(token)
            headers[.contentType] = "application/json"
            let body = #"{"office": "PGD-BATXAT", "name": "Vàng A Dế", "role": "lanh-dao", "phone": "0912345678"}"#
            let refused = try await client.execute(
                uri: "/api/v1/sessions/LCI-2022-TDKT/nominees", method: .post, headers: headers, body: ByteBuffer(string: body))
            #expect(refused.status == .conflict)
            #expect(try refused.json()["code"] as? String == "quota_full")
            #expect(try harness.status(first.nomination.id) == .proposed)
        }
    }

    @Test("An office nominates through the API: 201 and the nominee in its list")
    func nominate() async throws {
        let harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            var headers = HTTPFields.bearer(token)
            headers[.contentType] = "application/json; charset=utf-8"
            let body = #"{"office": "PGD-BATXAT", "worksAt": "TH-BATXAT-KIMDONG", "name": "giàng a páo", "role": "cbql", "phone": "0912 345 678"}"#
            let created = try await client.execute(
                uri: "/api/v1/sessions/LCI-2022-TDKT/nominees", method: .post, headers: headers, body: ByteBuffer(string: body))
            #expect(created.status == .created)
            #expect(try created.json()["name"] as? String == "Giàng A Páo")
            let list = try await client.execute(
                uri: "/api/v1/sessions/LCI-2022-TDKT/offices/PGD-BATXAT/nominees", method: .get, headers: .bearer(token))
            #expect(try list.jsonArray().map { $0["name"] as? String } == ["Giàng A Páo"])
        }
    }

    @Test("The OpenAPI document is JSON and describes every route the API answers")
    func openAPI() async throws {
        let harness = try ServerHarness()
        try await harness.app().test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
            #expect(response.status == .ok)
            let paths = try #require(try response.json()["paths"] as? [String: Any])
            #expect(Set(paths.keys) == [
                "/sessions", "/sessions/{code}/quota", "/sessions/{code}/offices/{unit}/nominees", "/sessions/{code}/nominees",
                "/sessions/{code}/nominees/{number}/confirm", "/sessions/{code}/nominees/{number}/withdraw",
                "/sessions/{code}/confirm", "/sessions/{code}/withdraw", "/sessions/{code}/replace", "/sessions/{code}/promote",
                "/sessions/{code}/attendance", "/sessions/{code}/cascade", "/cascade/report", "/sessions/{code}/history",
                "/sessions/{code}/walk-ins", "/imports/nominees", "/units/lookup",
                "/sessions/{code}/exports/{name}", "/sessions/{code}/exports/forms/{unit}", "/plans", "/plans/{plan}/exports/{name}",
                "/blocs", "/blocs/{bloc}/exports/{name}",
            ])
        }
    }

    @Test("An unknown API path is a JSON 404 once signed in")
    func unknownPath() async throws {
        let harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/nothing", method: .get, headers: .bearer(token))
            #expect(response.status == .notFound)
            #expect(try response.json()["code"] as? String == "not_found")
        }
    }
}
