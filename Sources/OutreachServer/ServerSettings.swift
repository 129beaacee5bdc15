import Foundation
import OutreachCore

/// Everything the server is started with, from flags and the environment, in one place (never a secret).
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// PEM files for HTTPS; both or neither.
    public var tlsCertificate: String?
    public var tlsKey: String?
    /// Behind a reverse proxy that terminates TLS: the client's address is the last `X-Forwarded-For` entry and
    /// cookies are `Secure`.
    public var behindProxy: Bool
    /// The day rules are judged on (`--today`), else today in Vietnam at each request.
    public var fixedToday: CalendarDate?
    /// The largest request body read, in bytes; a larger one is refused with 413.
    public var maxBody: Int
    /// The largest uploaded form or list (multipart), in bytes; a larger one is refused with 413.
    public var maxUpload: Int
    /// The exports folder (`--exports`, as the command line's): workbooks made for download are written under it,
    /// and a download names a file inside it, never outside.
    public var exports: String
    /// The `Templates` folder (`--templates`, found as the command line finds it): the rate tables under `rates/`
    /// that the budget and payment workbooks need. Nil when none was found: those downloads are then refused.
    public var templates: String?
    /// Failed sign-ins from one address before it waits, and for how long.
    public var signInAttempts: Int
    public var signInWindow: TimeInterval

    public init(
        host: String = "127.0.0.1", port: Int = 8080, tlsCertificate: String? = nil, tlsKey: String? = nil,
        behindProxy: Bool = false, fixedToday: CalendarDate? = nil, maxBody: Int = 64 * 1024,
        maxUpload: Int = 4 * 1024 * 1024, exports: String = "exports", templates: String? = nil,
        signInAttempts: Int = 10, signInWindow: TimeInterval = 15 * 60
    ) {
        self.templates = templates
        self.host = host
        self.port = port
        self.tlsCertificate = tlsCertificate
        self.tlsKey = tlsKey
        self.behindProxy = behindProxy
        self.fixedToday = fixedToday
        self.maxBody = maxBody
        self.maxUpload = maxUpload
        self.exports = exports
        self.signInAttempts = signInAttempts
        self.signInWindow = signInWindow
    }

    var usesTLS: Bool { tlsCertificate != nil }
    /// Cookies are sent only over HTTPS when the browser reaches us over HTTPS.
    var secureCookies: Bool { usesTLS || behindProxy }

    /// The day a request's rules are judged on.
    var today: CalendarDate { fixedToday ?? CalendarDate.today() }
}
