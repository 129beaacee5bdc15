import Hummingbird
import HTTPTypes
import OutreachCore

/// A refusal with its HTTP status, a stable code for programs, the field at fault and the words for people.
struct WebError: Error, Sendable {
    var status: HTTPResponse.Status
    var code: String
    var field: String?
    var message: LocalizedText
    /// The words on a page, where a control character is shown as its symbol ("␛"), not as `\u{1B}`.
    var onPage: LocalizedText?

    func pageMessage(_ lang: Language) -> String { (onPage ?? message).text(lang) }

    init(_ status: HTTPResponse.Status, code: String, field: String? = nil, vi: String, en: String) {
        self.status = status
        self.code = code
        self.field = field
        self.message = LocalizedText(vi: vi, en: en)
    }

    static let signInNeeded = WebError(
        .unauthorized, code: "unauthenticated",
        vi: "cần đăng nhập: gửi mã truy cập trong tiêu đề Authorization: Bearer MÃ",
        en: "sign-in needed: send the access code as Authorization: Bearer CODE")
    static let unknownToken = WebError(
        .unauthorized, code: "token_unknown",
        vi: "mã truy cập không đúng; hãy kiểm tra lại hoặc xin cấp mã mới",
        en: "the access code is not valid; check it or ask for a new one")
    static let revokedToken = WebError(
        .unauthorized, code: "token_revoked",
        vi: "mã truy cập đã bị thu hồi; hãy liên hệ đơn vị tổ chức để được cấp mã mới",
        en: "the access code has been revoked; ask the organiser for a new one")
    static func expiredToken(_ day: CalendarDate) -> WebError {
        WebError(
            .unauthorized, code: "token_expired",
            vi: "mã truy cập đã hết hạn sau ngày \(VietnameseDate.numeric(day)); hãy xin cấp mã mới",
            en: "the access code expired after \(VietnameseDate.numeric(day)); ask for a new one")
    }
    static let tooManyAttempts = WebError(
        .tooManyRequests, code: "rate_limited",
        vi: "đăng nhập sai quá nhiều lần từ địa chỉ này; hãy thử lại sau 15 phút",
        en: "too many failed sign-ins from this address; try again in 15 minutes")
    static let csrf = WebError(
        .forbidden, code: "csrf",
        vi: "biểu mẫu đã cũ hoặc không gửi từ trang này (thiếu mã CSRF); hãy tải lại trang rồi gửi lại",
        en: "the form is stale or was not sent from this site (CSRF token missing); reload the page and send it again")
    static func unsupportedMediaType(expected: String) -> WebError {
        WebError(
            .unsupportedMediaType, code: "unsupported_media_type",
            vi: "nội dung phải có kiểu \(expected)", en: "the body must be of type \(expected)")
    }
    static func malformedJSON(_ detail: String) -> WebError {
        WebError(
            .badRequest, code: "malformed_json",
            vi: "nội dung JSON không đọc được (sai cú pháp JSON)", en: "the JSON body cannot be read: \(detail)")
    }
    static func tooLarge(_ limit: Int) -> WebError {
        WebError(
            .contentTooLarge, code: "body_too_large",
            vi: "nội dung quá lớn (tối đa \(limit / 1024) KiB)", en: "the body is too large (at most \(limit / 1024) KiB)")
    }
    static func missing(_ field: String) -> WebError {
        WebError(.unprocessableContent, code: "missing_field", field: field,
                 vi: "thiếu trường “\(field)”", en: "the field “\(field)” is missing")
    }
    static func invalid(_ field: String, vi: String, en: String) -> WebError {
        WebError(.unprocessableContent, code: "invalid_field", field: field, vi: vi, en: en)
    }
    static let notFound = WebError(
        .notFound, code: "not_found", vi: "không có trang này", en: "no such page")
    static let sessionNotVisible = WebError(
        .forbidden, code: "not_allowed",
        vi: "đơn vị của bạn không tham gia và không tổ chức đợt này",
        en: "your unit neither takes part in nor organises this session")

    /// Any error thrown while answering, as a refusal: the store's own errors keep their words and gain a status.
    static func from(_ error: any Error) -> WebError {
        switch error {
        case let error as WebError:
            return error
        case let error as OutreachError:
            return WebError(error)
        case let error as HTTPError where error.status == .contentTooLarge:
            return tooLarge(64 * 1024)
        case let error as HTTPError where error.status == .notFound:
            return notFound
        case let error as any HTTPResponseError where error.status.code < 500:
            return WebError(error.status, code: "bad_request", vi: "yêu cầu không hợp lệ", en: "bad request")
        default:
            return WebError(
                .internalServerError, code: "internal",
                vi: "lỗi máy chủ; thao tác không được thực hiện, hãy thử lại",
                en: "server error; nothing was changed, try again")
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
        // The case's name (`quotaFull`, `deadlinePassed`…) is the stable code a program checks.
        let name = String(describing: error).prefix { $0 != "(" }
        var field: String?
        switch error {
        case .invalidValue(let name, _, _), .unknownValue(let name, _, _): field = name
        case .unknownRole: field = InputField.role.key
        default: field = error.field?.key
        }
        self.status = status
        self.code = String(name)
        self.field = field
        self.message = LocalizedText(vi: error.message(.vi), en: error.message(.en))
        self.onPage = LocalizedText(vi: error.message(.vi, pictures: true), en: error.message(.en, pictures: true))
    }
}

extension Request {
    /// Vietnamese unless asked otherwise: `?lang=en`; then for the pages the language chosen before (a cookie set
    /// by `?lang=`: many office PCs run an English browser for Vietnamese users), for the API an `Accept-Language`
    /// that starts with English.
    var language: Language {
        if let asked = askedLanguage { return asked }
        if isAPI {
            let accept = headers[.acceptLanguage]?.lowercased() ?? ""
            return accept.hasPrefix("en") ? .en : .vi
        }
        return cookies["outreach_lang"].flatMap { Language(rawValue: $0.value) } ?? .vi
    }

    /// The language of `?lang=`, when it names one.
    var askedLanguage: Language? {
        uri.queryParameters["lang"].flatMap { Language(rawValue: String($0)) }
    }

    /// The JSON routes (errors as `{"error", "code", "field"}`), as opposed to the pages.
    var isAPI: Bool { uri.path.hasPrefix("/api/") || uri.path == "/healthz" }
}
