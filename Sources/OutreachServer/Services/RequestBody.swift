import Foundation
import Hummingbird
import NIOCore
import OutreachStore

/// Reading a request's body: its type checked first, its size capped, its text decoded with errors a user can act on.
extension Outreach {
    /// The body as bytes, refused over the settings' limit (413) before it is all read.
    func body(_ request: Request) async throws -> ByteBuffer {
        var request = request
        if let length = request.headers[.contentLength].flatMap(Int.init), length > settings.maxBody {
            throw WebError.tooLarge(settings.maxBody)
        }
        do {
            return try await request.collectBody(upTo: settings.maxBody)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw WebError.tooLarge(settings.maxBody)
        }
    }

    /// An uploaded file sent as the body itself (`nominee import --server`), refused over the upload limit (413).
    func fileBody(_ request: Request) async throws -> [UInt8] {
        var request = request
        let limit = settings.maxUpload
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { throw WebError.tooLarge(limit) }
        do {
            let buffer = try await request.collectBody(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw WebError.tooLarge(limit)
        }
    }

    /// A JSON object of type `T`; with `optional`, an empty body is `nil` (whatever its type).
    func json<T: Decodable>(_ type: T.Type, _ request: Request, optional: Bool = false) async throws -> T? {
        let buffer = try await body(request)
        if buffer.readableBytes == 0 {
            if optional { return nil }
            throw WebError.malformedJSON("empty body")
        }
        guard Self.mediaType(request) == "application/json" else {
            throw WebError.unsupportedMediaType(expected: "application/json")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch let DecodingError.keyNotFound(key, _) {
            throw WebError.missing(key.stringValue)
        } catch let DecodingError.typeMismatch(_, context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw WebError.invalid(field, vi: "trường “\(field)” sai kiểu", en: "the field “\(field)” has the wrong type")
        } catch let DecodingError.valueNotFound(_, context) {
            throw WebError.missing(context.codingPath.map(\.stringValue).joined(separator: "."))
        } catch {
            throw WebError.malformedJSON(Self.describe(error))
        }
    }

    /// A submitted HTML form, once its CSRF token matches the session's.
    func form(_ request: Request, session: WebSession?) async throws -> Form {
        guard Self.mediaType(request) == "application/x-www-form-urlencoded" else {
            throw WebError.unsupportedMediaType(expected: "application/x-www-form-urlencoded")
        }
        let buffer = try await body(request)
        let form = Form(String(decoding: buffer.readableBytesView, as: UTF8.self))
        guard let session, let sent = form["csrf"], AppDatabase.constantTimeEqual(sent, session.csrf) else {
            throw WebError.csrf
        }
        return form
    }

    static func mediaType(_ request: Request) -> String {
        let value = request.headers[.contentType] ?? ""
        return value.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            return (context.underlyingError.map { (error: any Error) -> String in "\(error)" } ?? context.debugDescription)
                .replacingOccurrences(of: "\n", with: " ").prefix(200).description
        }
        return "\(error)".prefix(200).description
    }
}

/// An `application/x-www-form-urlencoded` body; a field given twice keeps its first value.
struct Form: Sendable {
    private var values: [String: String] = [:]

    init(_ text: String) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first.flatMap({ Self.decode($0) }) else { continue }
            let value = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
            if values[name] == nil { values[name] = value }
        }
    }

    /// The trimmed value, nil when absent or blank.
    subscript(_ name: String) -> String? {
        let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines)
        return value?.isEmpty == false ? value : nil
    }

    /// The value as sent (a refused form is shown again as it was typed), nil when absent.
    func raw(_ name: String) -> String? { values[name] }

    private static func decode(_ part: Substring) -> String? {
        part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
