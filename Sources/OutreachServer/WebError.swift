import Hummingbird
import HTTPTypes
import OutreachCore

/// A refusal with its HTTP status, a stable code for programs, the field at fault and the words for people.
struct WebError: Error, Sendable {
    var status: HTTPResponse.Status
    var code: String
    var field: String?
    var message: LocalizedText
    /// The store's error behind the refusal, sent as the API error's `detail` so the command line words it as it
    /// does locally (its options, its commands).
    var detail: OutreachError?
    /// The names nearest to an unknown unit, session or role ("có phải: …?").
    var suggestions: [String] = []
    /// The words on a page, where a control character is shown as its symbol ("␛"), not as `\u{1B}`.
    var onPage: LocalizedText?

    func pageMessage(_ lang: Language) -> String { (onPage ?? message).text(lang) }

    init(_ status: HTTPResponse.Status, code: String, field: String? = nil, _ words: Words) {
        self.init(status, code: code, field: field, text: LocalizedText(words))
    }

    init(_ status: HTTPResponse.Status, code: String, field: String? = nil, text: LocalizedText) {
        self.status = status
        self.code = code
        self.field = field
        self.message = text
    }

    static let signInNeeded = WebError(
        .unauthorized, code: "unauthenticated",
        { $0.signInNeededSendThe })
    static let unknownToken = WebError(
        .unauthorized, code: "token_unknown",
        { $0.theAccessCodeIsNot })
    static let revokedToken = WebError(
        .unauthorized, code: "token_revoked",
        { $0.theAccessCodeHasBeen })
    static func expiredToken(_ day: CalendarDate) -> WebError {
        WebError(
            .unauthorized, code: "token_expired",
            { $0.theAccessCodeExpiredAfter(VietnameseDate.numeric(day)) })
    }
    static let tooManyAttempts = WebError(
        .tooManyRequests, code: "rate_limited",
        { $0.tooManyFailedSignIns })
    static let tooManyCodes = WebError(
        .tooManyRequests, code: "rate_limited",
        { $0.tooManyWrongAccessCodes })
    static let csrf = WebError(
        .forbidden, code: "csrf",
        { $0.theFormIsStaleOr })
    static func unsupportedMediaType(expected: String) -> WebError {
        WebError(
            .unsupportedMediaType, code: "unsupported_media_type",
            { $0.theBodyMustBeOf(expected) })
    }
    static func malformedJSON(at place: (line: Int, column: Int)?) -> WebError {
        WebError(
            .badRequest, code: "malformed_json",
            { $0.theJSONBodyCannotBe(place) })
    }
    static let emptyBody = WebError(
        .badRequest, code: "malformed_json", { $0.theJSONBodyIsMissing })
    static let notAnObject = WebError(
        .badRequest, code: "malformed_json",
        { $0.theJSONBodyMustBe })
    static func tooLarge(_ limit: Int) -> WebError {
        WebError(
            .contentTooLarge, code: "body_too_large",
            { $0.theBodyIsTooLarge(limit / 1024) })
    }
    static func missing(_ field: String) -> WebError {
        WebError(.unprocessableContent, code: "missing_field", field: field,
                 { $0.theFieldIsMissing(field) })
    }
    static func invalid(_ field: String, _ words: Words) -> WebError {
        invalid(field, LocalizedText(words))
    }

    static func invalid(_ field: String, _ text: LocalizedText) -> WebError {
        WebError(.unprocessableContent, code: "invalid_field", field: field, text: text)
    }
    static let notFound = WebError(
        .notFound, code: "not_found", { $0.noSuchPage })
    static let sessionNotVisible = WebError(
        .forbidden, code: "not_allowed",
        { $0.yourUnitNeitherTakesPart })

    /// Any error thrown while answering, as a refusal: the store's own errors keep their words and gain a status.
    static func from(_ error: any Error, maxBody: Int) -> WebError {
        switch error {
        case let error as WebError:
            return error
        case let error as OutreachError:
            return WebError(error)
        case let error as any HTTPResponseError where error.status == .contentTooLarge:
            return tooLarge(maxBody)
        case let error as HTTPError where error.status == .notFound:
            return notFound
        case let error as any HTTPResponseError where error.status.code < 500:
            return WebError(error.status, code: "bad_request", { $0.badRequestInWebError })
        default:
            return WebError(
                .internalServerError, code: "internal",
                { $0.serverErrorNothingWasChanged })
        }
    }

    /// The store's error with the status its exit code stands for.
    init(_ error: OutreachError) {
        let status: HTTPResponse.Status = switch error.exitStatus {
        case .ok, .invalid: .unprocessableContent
        case .usage: .badRequest
        case .notFound: .notFound
        case .conflict: .conflict
        case .notAllowed: .forbidden
        case .io: .serviceUnavailable
        }
        // The case's name in the API's one naming scheme (`quota_full`, `deadline_passed`…) is the stable code a
        // program checks.
        let name = String(describing: error).prefix { $0 != "(" }.reduce(into: "") { code, character in
            if character.isUppercase { code += "_" + character.lowercased() } else { code.append(character) }
        }
        var field: String?
        switch error {
        case .invalidValue(let name, _, _), .unknownValue(let name, _, _): field = name
        case .unknownRole: field = InputField.role.key
        default: field = error.field?.key
        }
        self.status = status
        self.code = String(name)
        self.field = field
        self.message = LocalizedText(each: { error.message($0) })
        self.detail = error
        self.onPage = LocalizedText(each: { error.message($0, pictures: true) })
    }
}

extension Request {
    /// The one language choice of pages and API: `?lang=` first; then the language chosen before (a cookie set by
    /// `?lang=`: many office PCs run an English browser for Vietnamese users); then `Accept-Language`; else
    /// Vietnamese.
    var language: Language {
        if let asked = askedLanguage { return asked }
        if let chosen = cookies["outreach_lang"].flatMap({ Language(rawValue: $0.value) }) { return chosen }
        return Self.preferred(acceptLanguage: headers[.acceptLanguage])
    }

    /// The first of Vietnamese and English in an `Accept-Language` list, by its weight (`en-GB;q=0.8, vi;q=0.9`
    /// is Vietnamese); Vietnamese when it names neither.
    static func preferred(acceptLanguage: String?) -> Language {
        var best: (Language, Double)?
        for item in (acceptLanguage ?? "").split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let tag = parts.first else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard let language = Language(rawValue: primary) else { continue }
            let weight = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if weight > 0, weight > best?.1 ?? 0 { best = (language, weight) }
        }
        return best?.0 ?? .vi
    }

    /// The language of `?lang=`, when it names one.
    var askedLanguage: Language? {
        uri.queryParameters["lang"].flatMap { Language(rawValue: String($0)) }
    }

    /// The JSON routes (errors as `{"error", "code", "field"}`), as opposed to the pages.
    var isAPI: Bool { uri.path.hasPrefix("/api/") || uri.path == "/healthz" }
}
