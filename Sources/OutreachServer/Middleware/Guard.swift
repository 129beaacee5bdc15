import Foundation
import Hummingbird
import HTTPTypes
import OutreachCore
import OutreachStore

/// The outermost responder: every error becomes a refusal in the caller's language (JSON under `/api` and for
/// `/healthz`, a page otherwise; never a stack trace), and every response carries the security headers.
struct Guard<Inner: HTTPResponder>: HTTPResponder where Inner.Context == WebRequestContext {
    let inner: Inner
    let tls: Bool
    /// The settings' largest body, as a refusal of a larger one says.
    let maxBody: Int
    /// The seconds a client held off by the sign-in limit waits at most (`Retry-After` of a 429): the limit's window.
    var retryAfter: Int = 15 * 60
    /// The methods each route answers, for a 405 that names them.
    let methods: MethodTable
    /// Every unit's name by code, for the 403 page (names are no office's own data).
    let unitNames: @Sendable () async -> [String: String]
    /// The names nearest to an unknown unit, session or role, among those the signed-in account may see.
    let suggest: @Sendable (OutreachError, AccessAccount?) async -> [String]

    func respond(to request: Request, context: WebRequestContext) async throws -> Response {
        var response: Response
        do {
            response = try await inner.respond(to: request, context: context)
        } catch let OutreachError.notAllowed(actor, _) where !request.isAPI {
            // A page's refusal names what was asked, never the store's reason: that names the office a nominee
            // belongs to, which is another office's data.
            response = Self.forbidden(
                actor: actor, request, names: await unitNames(), signedIn: context.signedIn.account,
                csrf: context.sessions.session?.csrf)
        } catch {
            var refusal = WebError.from(error, maxBody: maxBody)
            if let detail = refusal.detail { refusal.suggestions = await suggest(detail, context.signedIn.account) }
            if refusal.status.code >= 500 { context.logger.error("\(request.method) \(request.uri.path): \(error)") }
            response = Self.render(refusal, request)
        }
        // The router answers an unknown path or method itself, with an empty body: given words here.
        if response.status.code >= 400, response.headers[.contentType] == nil {
            response = Self.render(WebError.from(HTTPError(response.status), maxBody: maxBody), request)
        }
        // A path that only other methods answer: 405 naming them, not "no such page".
        if response.status == .notFound {
            let allowed = methods.allowed(request.uri.path)
            if !allowed.isEmpty, !allowed.contains(request.method) {
                let names = allowed.map(\.rawValue).joined(separator: ", ")
                response = Self.render(WebError(
                    .methodNotAllowed, code: "method_not_allowed",
                    { $0.thisAddressDoesNotTake(request.method.rawValue, names) }), request)
                response.headers[.allow] = names
            }
        }
        var headers = response.headers
        // A page asked for in a language keeps it for the next pages.
        if !request.isAPI, let asked = request.askedLanguage {
            headers[values: .setCookie].append(
                Cookie(name: "outreach_lang", value: asked.rawValue, maxAge: 365 * 86_400, path: "/", secure: tls, sameSite: .strict)
                    .description)
        }
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        headers[.init("X-Frame-Options")!] = "DENY"
        headers[.init("Referrer-Policy")!] = "same-origin"
        headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        if headers[.cacheControl] == nil { headers[.cacheControl] = "no-store" }
        if response.status == .tooManyRequests, headers[.retryAfter] == nil { headers[.retryAfter] = "\(retryAfter)" }
        if tls { headers[.strictTransportSecurity] = "max-age=31536000" }
        response.headers = headers
        return response
    }

    static func render(_ refusal: WebError, _ request: Request) -> Response {
        let lang = request.language
        let message = request.isAPI ? refusal.message.text(lang) : refusal.pageMessage(lang)
        if request.isAPI {
            return Respond.json(
                ErrorBody(
                    error: message + Self.didYouMean(refusal.suggestions, lang), code: refusal.code, field: refusal.field,
                    detail: refusal.detail, suggestions: refusal.suggestions.isEmpty ? nil : refusal.suggestions),
                status: refusal.status)
        }
        // A page says the nearest names too (those the signed-in unit may see), as the API and the command line do.
        // Signed out (a session ended while a form was open): a way to sign in again that comes back to the page.
        let again = refusal.status == .unauthorized
            ? ReturnPage.signIn(returningTo: Respond.referer(request)) : nil
        let body = Pages.error(message + Self.didYouMean(refusal.suggestions, lang), status: Int(refusal.status.code),
                               back: Respond.referer(request)?.path, signIn: again, lang: lang)
        return Respond.html(HTML.page(title: lang.text { $0.couldNotBeDone }, lang: lang, body: body,
                                      languageLink: Respond.languageLink(request)), status: refusal.status)
    }

    static func didYouMean(_ names: [String], _ lang: Language) -> String {
        guard !names.isEmpty else { return "" }
        return lang.text { $0.didYouMeanNames(names.joined(separator: ", ")) }
    }

    /// The 403 page of a refused read or write: what was asked (from the request's own path) and who asked, units
    /// by their names; the header names the unit signed in and offers to sign out (to sign in with another code).
    static func forbidden(
        actor: String, _ request: Request, names: [String: String], signedIn: AccessAccount? = nil, csrf: String? = nil
    ) -> Response {
        let lang = request.language
        let asked = Pages.describe(method: request.method.rawValue, path: request.uri.path, lang: lang) { names[$0] }
        let body = Pages.forbidden(actor: names[actor] ?? actor, asked: asked, back: Respond.referer(request)?.path, lang: lang)
        // Signing out from here (another office's link opened on a shared computer) comes back to the page asked for.
        let back = ReturnPage(asked: request)
        return Respond.html(HTML.page(title: lang.text { $0.notAllowed }, lang: lang, body: body, signedIn: signedIn,
                                      unitName: signedIn.flatMap { names[$0.unit.rawValue] }, csrf: csrf,
                                      languageLink: Respond.languageLink(request), signOutTo: back), status: .forbidden)
    }
}

/// Every route's path (`/api/v1/sessions/{code}/quota`) and the methods it answers.
struct MethodTable: Sendable {
    private var routes: [(parts: [Substring], methods: [HTTPRequest.Method])] = []

    init(_ routes: [(path: String, method: HTTPRequest.Method)]) {
        var byPath: [String: [HTTPRequest.Method]] = [:]
        for (path, method) in routes { byPath[path, default: []].append(method) }
        self.routes = byPath.sorted { $0.key < $1.key }.map { (Self.parts($0.key), $0.value) }
    }

    /// The methods of the routes whose path matches `path` (a `{name}` or `*` part matches any one part).
    func allowed(_ path: String) -> [HTTPRequest.Method] {
        let given = Self.parts(path)
        var methods: [HTTPRequest.Method] = []
        for route in routes where route.parts.count == given.count {
            let matches = zip(route.parts, given).allSatisfy { pattern, part in
                pattern == part || pattern == "*" || (pattern.hasPrefix("{") && pattern.hasSuffix("}"))
            }
            if matches { methods += route.methods.filter { !methods.contains($0) } }
        }
        return methods.sorted { $0.rawValue < $1.rawValue }
    }

    private static func parts(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }
}

/// The error body of every API refusal: `{"error", "code", "field"}`, with the store's error as `detail` (its
/// facts, for the command line to word) and `suggestions` after an unknown name when there are any.
struct ErrorBody: Encodable {
    var error: String
    var code: String
    var field: String?
    var detail: OutreachError?
    var suggestions: [String]?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(error, forKey: .error)
        try container.encode(code, forKey: .code)
        // Always present, null when no field is at fault, so clients read one shape.
        try container.encode(field, forKey: .field)
        try container.encodeIfPresent(detail, forKey: .detail)
        try container.encodeIfPresent(suggestions, forKey: .suggestions)
    }

    enum CodingKeys: String, CodingKey { case error, code, field, detail, suggestions }
}

/// Building responses.
enum Respond {
    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: .init(bytes: data)))
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: .init(string: text)))
    }

    /// The page a request came from (`Referer`), as a path on this site other than the request's own; nil otherwise.
    /// Checked as a page to come back to (`ReturnPage`): a Referer is the sender's word, and a decoded `%5C` or tab
    /// would make `/\evil.example` of it, another site to a browser.
    static func referer(_ request: Request) -> ReturnPage? {
        guard let referer = request.headers[.referer], let url = URL(string: referer),
              let page = ReturnPage(url.path), page.path != request.uri.path
        else { return nil }
        return page
    }

    /// Where the page's language link leads: the same page for a page read with GET (the query is replaced); for a
    /// page answering a form (a refusal shown again), the page the form was on, since the form's address takes no
    /// GET.
    static func languageLink(_ request: Request) -> String {
        request.method == .get ? "" : (referer(request)?.path ?? "/")
    }

    static func seeOther(_ path: String) -> Response {
        .redirect(to: path, type: .normal)
    }

    /// The sign-in page for a visitor not signed in, who comes back to the page asked for once signed in (a
    /// printed invitation's link, a bookmark). Only a page read with GET is come back to: a form's target is no
    /// page to land on.
    static func signIn(returningTo request: Request) -> Response {
        seeOther(ReturnPage.signIn(returningTo: ReturnPage(asked: request).flatMap { $0.path == "/" ? nil : $0 }))
    }
}

/// A page of this server to go to after signing in: a path of its own, never another site's address (a link
/// `/dang-nhap?tiep=https://…` sent by someone else must not send an office away after it signs in).
struct ReturnPage {
    let path: String

    init?(_ text: String?) {
        guard let text, text.utf8.count <= 2_000, text.hasPrefix("/"), !text.hasPrefix("//"), !text.hasPrefix("/\\"),
              !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == " " }),
              !text.hasPrefix("/dang-nhap"), !text.hasPrefix("/dang-xuat")
        else { return nil }
        path = text
    }

    /// The sign-in page, coming back to `page` once signed in when there is one.
    static func signIn(returningTo page: ReturnPage?) -> String {
        "/dang-nhap" + (page.map { "?tiep=" + HTML.url($0.path) } ?? "")
    }

    /// The page `request` asks for, path and query, when it is one to come back to: only a page read with GET.
    init?(asked request: Request) {
        guard request.method == .get else { return nil }
        self.init(request.uri.path + (request.uri.query.map { "?" + $0 } ?? ""))
    }
}
