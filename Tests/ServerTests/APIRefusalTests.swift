import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OutreachCore
import OutreachServer
import OutreachStore
import Testing
import TestSupport

/// The API's refusals as a tester found them (issue 17): each a clear 4xx in the caller's language, in one shape.
@Suite("API refusals")
struct APIRefusalTests {
    let quota = "/api/v1/sessions/LCI-2022-TDKT/quota"

    @Test("A garbage upload is a 422 naming the sender's file, in Vietnamese (English when asked), never a server path")
    func garbageUpload() async throws {
        let harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        let before = try harness.snapshot()
        let garbage = (0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }
        try await harness.app().test(.router) { client in
            for (lang, words) in [("vi", "không phải tệp .xlsx"), ("en", "is not an .xlsx file")] {
                var headers = HTTPFields.bearer(token)
                headers[.contentType] = "application/octet-stream"
                headers[.acceptLanguage] = lang
                let response = try await client.execute(
                    uri: "/api/v1/imports/nominees?file=ds.xlsx&session=LCI-2022-TDKT&unit=PGD-BATXAT&dryRun=true",
                    method: .post, headers: headers, body: ByteBuffer(bytes: garbage))
                #expect(response.status == .unprocessableContent, "\(response.text)")
                let body = try response.json()
                let error = try #require(body["error"] as? String)
                #expect(error.contains("ds.xlsx") && error.contains(words), "\(error)")
                #expect(!error.contains("/tmp") && !error.contains("outreach-web"), "\(error)")
                #expect(body["code"] as? String == "file")
                #expect(body["field"] as? String == "file")
            }
        }
        #expect(try harness.snapshot() == before)
    }

    @Test("`?unit=` on the quota: an office's own, another's refused (403), one not invited (422)")
    func quotaOfOneOffice() async throws {
        let harness = try ServerHarness()
        let own = try harness.token("PGD-BATXAT")
        let organiser = try harness.token("SGDDT-LCI")
        try await harness.app().test(.router) { client in
            let mine = try await client.execute(uri: quota + "?unit=PGD-BATXAT", method: .get, headers: .bearer(own))
            #expect(mine.status == .ok)
            #expect((try mine.json()["offices"] as? [[String: Any]])?.map { $0["unit"] as? String } == ["PGD-BATXAT"])
            let other = try await client.execute(uri: quota + "?unit=PGD-SAPA", method: .get, headers: .bearer(own))
            #expect(other.status == .forbidden, "\(other.text)")
            #expect(try other.json()["code"] as? String == "not_allowed")
            let school = try await client.execute(uri: quota + "?unit=TH-BATXAT-KIMDONG", method: .get, headers: .bearer(organiser))
            #expect(school.status == .unprocessableContent, "\(school.text)")
            #expect(try school.json()["code"] as? String == "not_invited")
        }
    }

    @Test("Wrong codes from one address never lock a valid code out; past ten, the wrong ones get 429")
    func validCodeNeverLockedOut() async throws {
        let harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            for index in 0..<12 {
                let wrong = String(format: "%02d", index) + String(repeating: "A", count: 41)
                let refused = try await client.execute(uri: quota, method: .get, headers: .bearer(wrong))
                #expect(refused.status == (index < 10 ? .unauthorized : .tooManyRequests), "\(index)")
            }
            let valid = try await client.execute(uri: quota, method: .get, headers: .bearer(token))
            #expect(valid.status == .ok)
            // The scheme's name in any case (RFC 7235).
            let lower = try await client.execute(uri: quota, method: .get, headers: [.authorization: "bearer \(token)"])
            #expect(lower.status == .ok)
        }
    }

    @Test("Bodies: a path as sent (nominees[0]), an array, a syntax error said where, a chunked body too large, a GET on a POST route")
    func bodies() async throws {
        let harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            func post(_ uri: String, _ body: String, lang: String = "vi") async throws -> TestResponse {
                var headers = HTTPFields.bearer(token)
                headers[.contentType] = "application/json"
                headers[.acceptLanguage] = lang
                return try await client.execute(uri: "/api/v1" + uri, method: .post, headers: headers, body: ByteBuffer(string: body))
            }
            let s = "/sessions/LCI-2022-TDKT"
            let number = try await post(s + "/confirm", #"{"nominees": [999]}"#)
            #expect(number.status == .unprocessableContent)
            #expect(try number.json()["field"] as? String == "nominees[0]", "\(number.text)")
            #expect((try number.json()["error"] as? String)?.contains("“nominees[0]”") == true, "\(number.text)")
            let array = try await post(s + "/confirm", ##"["#1"]"##)
            #expect(array.status == .badRequest)
            #expect(try array.json()["code"] as? String == "malformed_json")
            #expect((try array.json()["error"] as? String)?.contains("đối tượng") == true, "\(array.text)")
            let broken = try await post(s + "/confirm", "{\"nominees\": [\"#1\"],\n x}", lang: "vi")
            #expect(broken.status == .badRequest)
            let words = try #require(try broken.json()["error"] as? String)
            #expect(words.contains("dòng 2") && !words.contains("The given data"), "\(words)")
            let english = try await post(s + "/confirm", "{\"nominees\": [\"#1\"],\n x}", lang: "en")
            #expect((try english.json()["error"] as? String)?.contains("line 2") == true, "\(english.text)")

            // A body without a Content-Length (as a chunked one comes) over the limit: the same code as one that
            // says its length.
            var headers = HTTPFields.bearer(token)
            headers[.contentType] = "application/json"
            let chunked = ByteBuffer(string: String(repeating: " ", count: 8 * 1024))
            let large = try await client.execute(uri: "/api/v1" + s + "/confirm", method: .post, headers: headers, body: chunked)
            #expect(large.status == .contentTooLarge)
            #expect(try large.json()["code"] as? String == "body_too_large", "\(large.text)")

            let get = try await client.execute(uri: "/api/v1" + s + "/nominees/1/confirm", method: .get, headers: .bearer(token))
            #expect(get.status == .methodNotAllowed)
            #expect(get.headers[.allow] == "POST")
            #expect(try get.json()["code"] as? String == "method_not_allowed")
        }
    }

    @Test("An unknown session's refusal carries its facts and the nearest names, for the command line to word")
    func detailAndSuggestions() async throws {
        let harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            let unknown = try await client.execute(
                uri: "/api/v1/sessions/LCI-2022-TDKY/quota", method: .get, headers: .bearer(token))
            #expect(unknown.status == .notFound)
            let body = try unknown.json()
            #expect(body["code"] as? String == "unknown_session")
            #expect(body["suggestions"] as? [String] == ["LCI-2022-TDKT"], "\(body)")
            #expect((body["error"] as? String)?.contains("có phải: LCI-2022-TDKT?") == true, "\(body)")
            let detail = try JSONSerialization.data(withJSONObject: try #require(body["detail"]))
            #expect(try JSONDecoder().decode(OutreachError.self, from: detail) == .unknownSession("LCI-2022-TDKY"))
        }
    }

    @Test("An API client's use shows in access list's last sign-in, written at most once a minute")
    func lastUse() async throws {
        var harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        let start = Date()
        let offset = Offset()
        harness.clock = { start.addingTimeInterval(offset.seconds) }
        let database = harness.database
        @Sendable func lastUsed() throws -> Date? {
            try database.accessList(context: Fixture.operatorContext()).first { $0.unit == "PGD-BATXAT" }?.lastUsedAt
        }
        #expect(try lastUsed() == nil)
        try await harness.app().test(.router) { client in
            _ = try await client.execute(uri: quota, method: .get, headers: .bearer(token))
            let first = try #require(try lastUsed())
            #expect(abs(first.timeIntervalSince(start)) < 1)
            offset.seconds = 30
            _ = try await client.execute(uri: quota, method: .get, headers: .bearer(token))
            #expect(try lastUsed() == first)
            offset.seconds = 61
            _ = try await client.execute(uri: quota, method: .get, headers: .bearer(token))
            #expect(abs((try lastUsed() ?? first).timeIntervalSince(start) - 61) < 1)
        }
    }
}

/// A clock offset the test moves.
private final class Offset: @unchecked Sendable {
    private let lock = NSLock()
    private var value: TimeInterval = 0
    var seconds: TimeInterval {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
