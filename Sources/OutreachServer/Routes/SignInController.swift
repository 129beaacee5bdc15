import Hummingbird
import OutreachCore
import OutreachStore

/// Signing in and out of the pages. The sign-in link only fills the form (a link preview or a mail scanner that
/// follows it signs nobody in); the office presses the button, which also keeps the strict session cookie.
struct SignInController {
    let outreach: Outreach

    func addRoutes(to router: RouterGroup<WebRequestContext>) {
        router.get("dang-nhap", use: page)
        router.post("dang-nhap", use: signIn)
        router.post("dang-xuat", use: signOut)
    }

    /// The session of a browser before sign-in: only a CSRF token for its forms.
    static func ensureSession(_ context: WebRequestContext) -> WebSession {
        if let session = context.sessions.session { return session }
        let session = WebSession(csrf: AppDatabase.newToken())
        context.sessions.createSession(session)
        return session
    }

    @Sendable func page(_ request: Request, context: WebRequestContext) async throws -> Response {
        let next = ReturnPage(request.uri.queryParameters["tiep"].map(String.init))
        if context.identity != nil, request.uri.queryParameters["ma"] == nil { return Respond.seeOther(next?.path ?? "/") }
        let session = Self.ensureSession(context)
        var flash = session.flash
        if flash != nil {
            var cleared = session
            cleared.flash = nil
            _ = context.sessions.updateSession(cleared)
            if flash == "" { flash = nil }
        }
        return render(request, csrf: session.csrf, code: request.uri.queryParameters["ma"].map(String.init), next: next, error: flash)
    }

    @Sendable func signIn(_ request: Request, context: WebRequestContext) async throws -> Response {
        let form = try await outreach.form(request, session: context.sessions.session)
        let session = Self.ensureSession(context)
        let address = outreach.address(request, context)
        let next = ReturnPage(form["tiep"])
        let code = Self.code(typed: form["ma"] ?? "")
        let now = outreach.clock()
        let check = try await outreach.run { try $0.checkAccess(token: code, now: now, markUsed: true) }
        do {
            let account = try outreach.account(for: check)
            // A new session id at sign-in: an id planted before it is worth nothing after.
            context.sessions.createSession(WebSession(csrf: AppDatabase.newToken(), account: account.id))
            return Respond.seeOther(next?.path ?? "/")
        } catch {
            // A right code always signs in, whatever others typed from the same address; wrong ones past the limit
            // wait (429), as the API's do.
            if await outreach.wrongCode(code, from: address, door: "page") {
                return render(request, csrf: session.csrf, code: nil, next: next, error: WebError.tooManyAttempts, status: .tooManyRequests)
            }
            return render(request, csrf: session.csrf, code: nil, next: next, error: WebError.from(error, maxBody: outreach.settings.maxBody), status: .unauthorized)
        }
    }

    /// The code as typed in the box: a whole sign-in link pasted there (`…/dang-nhap?ma=CODE`) gives its code.
    static func code(typed: String) -> String {
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.contains("/dang-nhap"), let start = text.range(of: "ma=") else { return text }
        return String(text[start.upperBound...].prefix { $0 != "&" && $0 != "#" })
    }

    @Sendable func signOut(_ request: Request, context: WebRequestContext) async throws -> Response {
        let form = try await outreach.form(request, session: context.sessions.session)
        context.sessions.clearSession()
        // From a refusal of another office's page: signing in with that office's code comes back to it.
        return Respond.seeOther(ReturnPage.signIn(returningTo: ReturnPage(form["tiep"])))
    }

    private func render(
        _ request: Request, csrf: String, code: String?, next: ReturnPage?, error: WebError, status: HTTPResponse.Status
    ) -> Response {
        let lang = request.language
        let body = Pages.signIn(lang: lang, csrf: csrf, code: code, next: next, error: error.message.text(lang))
        return Respond.html(HTML.page(title: lang.text { $0.signIn }, lang: lang, body: body,
                                      languageLink: Self.languageLink(next)), status: status)
    }

    private func render(_ request: Request, csrf: String, code: String?, next: ReturnPage?, error: String?) -> Response {
        let lang = request.language
        let body = Pages.signIn(lang: lang, csrf: csrf, code: code, next: next, error: error)
        return Respond.html(HTML.page(title: lang.text { $0.signIn }, lang: lang, body: body, languageLink: Self.languageLink(next)))
    }

    /// The sign-in page in the other language keeps the page to come back to.
    private static func languageLink(_ next: ReturnPage?) -> String {
        next.map { ReturnPage.signIn(returningTo: $0) } ?? ""
    }
}
