import Hummingbird
import HummingbirdAuth
import OutreachCore
import OutreachStore

/// The API's sign-in: `Authorization: Bearer CODE` (the scheme's name in any case, RFC 7235), required on every
/// route it guards. A valid code is always let in; a wrong, revoked or expired one is refused (401), past the
/// limit 429 (`Outreach.wrongCode`).
struct BearerAccount: AuthenticatorMiddleware {
    typealias Context = WebRequestContext
    let outreach: Outreach

    func authenticate(request: Request, context: WebRequestContext) async throws -> AccessAccount? {
        guard let token = Self.bearer(request) else { throw WebError.signInNeeded }
        let now = outreach.clock()
        let check = try await outreach.run { try $0.checkAccess(token: token, now: now) }
        do {
            let account = try outreach.account(for: check)
            await outreach.used(account, at: now)
            return account
        } catch {
            // Counts of their own, apart from the sign-in page's: a client sending a stale code does not hold the
            // browsers of its address off the page.
            if await outreach.wrongCode(token, from: outreach.address(request, context), door: "api") {
                throw WebError.tooManyCodes
            }
            throw error
        }
    }

    /// The code of an `Authorization: Bearer CODE` header, the scheme's name in any case.
    static func bearer(_ request: Request) -> String? {
        guard let value = request.headers[.authorization] else { return nil }
        let parts = value.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
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
            session.flash = WebError.from(error, maxBody: outreach.settings.maxBody).message.text(request.language)
            _ = context.sessions.updateSession(session)
            return nil
        }
    }
}
