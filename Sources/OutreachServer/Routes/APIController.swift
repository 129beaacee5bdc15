import Hummingbird
import OutreachCore
import OutreachStore

/// `/api/v1`: the same operations as the pages, as JSON, for a bearer token. Documented in `OpenAPI.swift`.
struct APIController {
    let outreach: Outreach

    func addRoutes(to group: RouterGroup<WebRequestContext>) {
        group.get("sessions", use: sessions)
        group.get("sessions/:code/quota", use: quota)
        group.get("sessions/:code/offices/:unit/nominees", use: nominees)
        group.post("sessions/:code/nominees", use: nominate)
        group.post("sessions/:code/nominees/:number/confirm", use: confirm)
        group.post("sessions/:code/nominees/:number/withdraw", use: withdraw)
    }

    @Sendable func sessions(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let today = outreach.settings.today
        let sessions = try await outreach.run { try $0.sessions(visibleTo: account.principal) }
        return Respond.json(sessions.map { SessionSummary($0, today: today) })
    }

    /// The data of `outreach session quota CODE --json`, only the offices the caller may see.
    @Sendable func quota(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        let offices = try await outreach.run { try $0.quotaStatus(session: code, visibleTo: account.principal) }
        guard !offices.isEmpty else { throw WebError.sessionNotVisible }
        return Respond.json(QuotaReport(session: code.rawValue, offices: offices))
    }

    @Sendable func nominees(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        let unit = try PageController.unitCode(context)
        let nominees = try await outreach.run { try $0.nominees(session: code, office: unit, visibleTo: account.principal) }
        return Respond.json(nominees.map(NomineeJSON.init))
    }

    @Sendable func nominate(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        guard let body = try await outreach.json(NewNominee.self, request) else { throw WebError.malformedJSON("empty body") }
        let nominee = try body.request(session: code)
        let command = outreach.context("nominee add", account: account, address: outreach.address(request, context))
        let added = try await outreach.run { try $0.addNominee(nominee, context: command) }
        return Respond.json(NomineeJSON(added), status: .created)
    }

    @Sendable func confirm(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        let number = try PageController.number(context)
        // No body is needed; one that is sent must be JSON (an empty object).
        _ = try await outreach.json(Empty.self, request, optional: true)
        let command = outreach.context("nominee confirm", account: account, address: outreach.address(request, context))
        let confirmed = try await outreach.run { try $0.confirm(session: code, nominees: ["#\(number)"], context: command) }
        guard let nominee = confirmed.first else { throw WebError.notFound }
        return Respond.json(NomineeJSON(nominee))
    }

    @Sendable func withdraw(_ request: Request, context: WebRequestContext) async throws -> Response {
        let account = try context.requireAccount()
        let code = try PageController.sessionCode(context)
        let number = try PageController.number(context)
        let body = try await outreach.json(Withdrawal.self, request, optional: true)
        let command = outreach.context("nominee withdraw", account: account, address: outreach.address(request, context))
        let (withdrawn, reserve) = try await outreach.run {
            try $0.withdrawProposingReserve(session: code, nominee: "#\(number)", reason: body?.reason, context: command)
        }
        var result = NomineeJSON(withdrawn)
        result.proposedReserve = reserve?.nomination.id
        return Respond.json(result)
    }
}

extension WebRequestContext {
    func requireAccount() throws -> AccessAccount {
        guard let identity else { throw WebError.signInNeeded }
        return identity
    }
}

// MARK: - Bodies

struct Empty: Decodable {}

struct Withdrawal: Decodable {
    var reason: String?
}

/// A nominee put forward through the API: the office whose place it takes, and the person.
struct NewNominee: Decodable {
    var office: String?
    var worksAt: String?
    var name: String
    var role: String
    var position: String?
    var phone: String?
    var email: String?

    func request(session: SessionCode) throws -> NomineeRequest {
        guard let role = RoleCode(rawValue: role.lowercased()) else {
            throw WebError.invalid("role", vi: "vai trò “\(role)” không hợp lệ", en: "role “\(role)” is not valid")
        }
        func unit(_ raw: String?, _ field: String) throws -> UnitCode? {
            guard let raw, !raw.isEmpty else { return nil }
            guard let code = UnitCode(rawValue: raw.uppercased()) else {
                throw WebError.invalid(field, vi: "“\(raw)” không phải mã đơn vị", en: "“\(raw)” is not a unit code")
            }
            return code
        }
        return NomineeRequest(
            session: session, sender: try unit(office, "office"), worksAt: try unit(worksAt, "worksAt"), fullName: name,
            role: role, position: position, phone: phone, email: email)
    }
}

struct QuotaReport: Encodable {
    var session: String
    var offices: [QuotaStatus]
}

struct SessionSummary: Encodable {
    var code: String
    var title: String
    var starts: String
    var ends: String
    var deadline: String?
    /// Days from today to the nomination deadline (0 on the day, negative after it).
    var daysLeft: Int?

    init(_ session: Session, today: CalendarDate) {
        code = session.code.rawValue
        title = session.title
        starts = session.starts.iso
        ends = session.ends.iso
        deadline = session.nominationDeadline?.iso
        daysLeft = session.nominationDeadline.map { today.days(to: $0) }
    }
}

