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
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            // A streamed (chunked) body stops with NIO's own error: the same refusal.
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
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw WebError.tooLarge(limit)
        }
    }

    /// A JSON object of type `T`; with `optional`, an empty body is `nil` (whatever its type).
    func json<T: Decodable>(_ type: T.Type, _ request: Request, optional: Bool = false) async throws -> T? {
        let buffer = try await body(request)
        if buffer.readableBytes == 0 {
            if optional { return nil }
            throw WebError.emptyBody
        }
        guard Self.mediaType(request) == "application/json" else {
            throw WebError.unsupportedMediaType(expected: "application/json")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch let DecodingError.keyNotFound(key, context) {
            throw WebError.missing(Self.field(context.codingPath + [key]))
        } catch let DecodingError.typeMismatch(_, context) where context.codingPath.isEmpty {
            throw WebError.notAnObject
        } catch let DecodingError.typeMismatch(_, context) {
            let field = Self.field(context.codingPath)
            throw WebError.invalid(field, { $0.theFieldHasThe(field) })
        } catch let DecodingError.valueNotFound(_, context) where context.codingPath.isEmpty {
            throw WebError.notAnObject
        } catch let DecodingError.valueNotFound(_, context) {
            throw WebError.missing(Self.field(context.codingPath))
        } catch {
            throw WebError.malformedJSON(at: Self.place(in: Data(buffer.readableBytesView)))
        }
    }

    /// A coding path as a client writes it: `nominees[0]`, `person.name`.
    static func field(_ path: [any CodingKey]) -> String {
        path.reduce(into: "") { text, key in
            if let index = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == "\(index)" {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
    }

    /// Where the JSON text stops being JSON (line and column, from 1), when a parser says: the decoder's
    /// message does not, so the text is parsed again on this error path only.
    static func place(in data: Data) -> (line: Int, column: Int)? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let text = "\(error) \((error as NSError).userInfo)"
            if let line = text.range(of: #"line \d+"#, options: .regularExpression),
               let column = text.range(of: #"column \d+"#, options: .regularExpression),
               let l = Int(text[line].dropFirst(5)), let c = Int(text[column].dropFirst(7)) {
                return (l, c)
            }
            guard let found = text.range(of: #"character \d+"#, options: .regularExpression),
                  let offset = Int(text[found].dropFirst(10)) else { return nil }
            // The offset counts bytes from 0; the column counts characters of its line.
            let before = data.prefix(max(0, min(offset, data.count)))
            let lines = before.split(separator: 0x0A, omittingEmptySubsequences: false)
            let last = lines.last.map { String(decoding: $0, as: UTF8.self).count } ?? 0
            return (lines.count, last + 1)
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
