import Hummingbird
import HummingbirdAuth
import OutreachCore
import OutreachStore

/// The API's sign-in: `Authorization: Bearer CODE`, required on every route it guards. A wrong, revoked or expired
/// code is refused (401) and counts against the address's sign-in limit.
struct BearerAccount: AuthenticatorMiddleware {
    typealias Context = WebRequestContext
    let outreach: Outreach

    func authenticate(request: Request, context: WebRequestContext) async throws -> AccessAccount? {
        guard let bearer = request.headers.bearer else { throw WebError.signInNeeded }
        let address = outreach.address(request, context)
        guard await outreach.limiter.allows(address) else { throw WebError.tooManyAttempts }
        let token = bearer.token.trimmingCharacters(in: .whitespaces)
        let now = outreach.clock()
        let check = try await outreach.run { try $0.checkAccess(token: token, now: now) }
        do {
            return try outreach.account(for: check)
        } catch {
            await outreach.limiter.failed(address)
            throw error
        }
    }
}

/// The pages' sign-in: the account a browser session holds, checked again on every request so a revoked or
/// expired code ends the session at the next click.
struct SessionAccount: AuthenticatorMiddleware {
    typealias Context = WebRequestContext
    let outreach: Outreach

    func authenticate(request: Request, context: WebRequestContext) async throws -> AccessAccount? {
        guard var session = context.sessions.session, let id = session.account else { return nil }
        let now = outreach.clock()
        let check = try await outreach.run { try $0.checkAccess(account: id, now: now) }
        do {
            return try outreach.account(for: check)
        } catch {
            session.account = nil
            session.flash = WebError.from(error).message.text(request.language)
            _ = context.sessions.updateSession(session)
            return nil
        }
    }
}
