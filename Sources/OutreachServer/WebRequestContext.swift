import Foundation
import Hummingbird
import HummingbirdAuth
import NIOCore
import OutreachStore

/// What a browser session holds, in the server's memory only (a restart signs everyone out): the CSRF token of
/// its forms, the account once signed in, and one message to show after a redirect.
public struct WebSession: Codable, Sendable {
    var csrf: String
    var account: Int64?
    var flash: String?
}

/// The request context of every route: the signed-in account (from a bearer token or a session cookie), the
/// browser session, and the address the request came from (for the audit log and the sign-in limit).
public struct WebRequestContext: AuthRequestContext, SessionRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: AccessAccount?
    public let sessions: SessionContext<WebSession>
    /// The peer's IP address as the socket sees it; nil in in-process tests.
    public let socketAddress: String?
    /// The account the request was signed in with, for the outermost responder (`Guard`), which holds the context
    /// as it was before any middleware ran: shared by every copy of the context.
    let signedIn = SignedIn()

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.identity = nil
        self.sessions = .init()
        self.socketAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Bodies are small forms and JSON objects; the limit is the settings' (checked when a body is read).
    public var maxUploadSize: Int { 64 * 1024 }
}

/// Who a request was signed in as, once an authenticator found out (`RememberSignedIn`).
final class SignedIn: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: AccessAccount?

    var account: AccessAccount? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

/// Placed after an authenticator: tells `Guard` who is asking, so that a refusal suggests only names the asker
/// may see.
struct RememberSignedIn: RouterMiddleware {
    typealias Context = WebRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        context.signedIn.account = context.identity
        return try await next(request, context)
    }
}
