import Foundation
import Hummingbird
import HummingbirdTesting
import OutreachCore
import OutreachServer
import OutreachStore
import TestSupport

/// The mini database (SGDDT-LCI organises LCI-2022-TDKT; PGD-BATXAT with two schools, PGD-SAPA and THPT-CHUYEN
/// are invited) with a server over it, judged on 01/05/2022, before the 05/05 deadline.
struct ServerHarness {
    let database: AppDatabase
    var settings = ServerSettings(host: "127.0.0.1", port: 0, fixedToday: Fixture.beforeDeadline, maxBody: 4 * 1024)
    var clock: @Sendable () -> Date = { Date() }

    init(database: AppDatabase? = nil) throws {
        self.database = try database ?? Fixture.miniDatabase()
    }

    func app() throws -> some ApplicationProtocol {
        try buildApplication(database: database, settings: settings, clock: clock)
    }

    /// A sign-in code for `unit`, as `outreach access grant` makes it.
    func token(_ unit: String, expires: CalendarDate? = nil) throws -> String {
        try database.grantAccess(unit: UnitCode(rawValue: unit)!, expires: expires, context: Fixture.operatorContext()).token
    }

    /// A nominee put forward by the organiser, before any request.
    @discardableResult
    func nominate(_ name: String, role: String, unit: String, worksAt: String? = nil, phone: String? = nil) throws -> Nominee {
        try database.addNominee(Fixture.request(name, role: role, unit: unit, worksAt: worksAt, phone: phone), context: Fixture.context())
    }

    func status(_ number: Int64) throws -> NominationStatus {
        try database.findNominee(session: Fixture.session, key: "#\(number)").nomination.status
    }

    /// Everything a refused request could have changed: nominations and the audit log.
    func snapshot() throws -> [String] {
        try database.nominees(session: Fixture.session, includeInactive: true).map {
            "\($0.nomination.id) \($0.nomination.status) \($0.person.fullName)"
        } + [try "audit \(database.auditLog().count)"]
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }

    func jsonArray() throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] ?? []
    }

    /// The session cookie set by this response, as a `Cookie` header value.
    var sessionCookie: String? {
        headers[values: .setCookie].first { $0.hasPrefix("outreach_phien=") }.map { String($0.prefix { $0 != ";" }) }
    }
}

extension HTTPFields {
    static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }
}

/// A browser in a router test: it keeps the session cookie and reads the CSRF token from the last form.
struct Browser {
    var cookie: String?
    var csrf: String?

    mutating func get(_ client: some TestClientProtocol, _ uri: String) async throws -> TestResponse {
        let response = try await client.execute(uri: uri, method: .get, headers: headers())
        remember(response)
        return response
    }

    mutating func post(
        _ client: some TestClientProtocol, _ uri: String, _ fields: [String: String], csrf withToken: Bool = true
    ) async throws -> TestResponse {
        var fields = fields
        if withToken, let csrf { fields["csrf"] = csrf }
        let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        var headers = headers()
        headers[.contentType] = "application/x-www-form-urlencoded"
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    /// Opens the sign-in link and presses the button.
    mutating func signIn(_ client: some TestClientProtocol, token: String) async throws -> TestResponse {
        _ = try await get(client, "/dang-nhap?ma=\(token)")
        return try await post(client, "/dang-nhap", ["ma": token])
    }

    private func headers() -> HTTPFields {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = cookie }
        return headers
    }

    private mutating func remember(_ response: TestResponse) {
        if let cookie = response.sessionCookie { self.cookie = cookie }
        let text = response.text
        if let range = text.range(of: "name=\"csrf\" value=\"") {
            csrf = String(text[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    static func encode(_ text: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
