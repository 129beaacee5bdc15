import Foundation
import Hummingbird
import OutreachStore

/// A `multipart/form-data` body (an upload form): its fields by name, and the file parts with their names and bytes.
/// Only what a browser sends for `<form enctype="multipart/form-data">` is read; anything else is refused as a
/// bad request rather than guessed at.
struct MultipartForm: Sendable {
    struct FilePart: Sendable {
        var field: String
        var filename: String
        var bytes: [UInt8]
    }

    private(set) var fields: [String: String] = [:]
    private(set) var files: [FilePart] = []

    subscript(_ name: String) -> String? {
        let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines)
        return value?.isEmpty == false ? value : nil
    }

    /// The boundary of a `multipart/form-data` content type, nil for any other type.
    static func boundary(contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    init(bytes: [UInt8], boundary: String) throws {
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n\r\n".utf8)
        var position = 0
        guard let first = Self.find(delimiter, in: bytes, from: 0) else { throw Self.malformed }
        position = first + delimiter.count
        while true {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            if bytes.count >= position + 2, bytes[position] == 45, bytes[position + 1] == 45 { return }
            guard bytes.count >= position + 2, bytes[position] == 13, bytes[position + 1] == 10 else { throw Self.malformed }
            position += 2
            guard let headerEnd = Self.find(separator, in: bytes, from: position) else { throw Self.malformed }
            let headers = String(decoding: bytes[position..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + separator.count
            guard let next = Self.find(Array("\r\n".utf8) + delimiter, in: bytes, from: contentStart) else { throw Self.malformed }
            let content = Array(bytes[contentStart..<next])
            position = next + 2 + delimiter.count
            guard let disposition = headers.split(separator: "\r\n").first(where: {
                $0.lowercased().hasPrefix("content-disposition:")
            }) else { throw Self.malformed }
            let parameters = Self.parameters(String(disposition))
            guard let name = parameters["name"] else { throw Self.malformed }
            if let filename = parameters["filename"] {
                files.append(FilePart(field: name, filename: filename, bytes: content))
            } else if fields[name] == nil {
                fields[name] = String(decoding: content, as: UTF8.self)
            }
        }
    }

    static let malformed = WebError(
        .badRequest, code: "malformed_multipart",
        { $0.theUploadCannotBeRead })

    /// `name="…"` and `filename="…"` of a Content-Disposition line (quoted values may hold `;`).
    private static func parameters(_ line: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(line)
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].split(separator: ";").last?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            var value = rest[rest.index(after: equals)...]
            var parsed = ""
            if value.first == "\"" {
                value = value.dropFirst()
                var escaped = false
                var end = value.endIndex
                for index in value.indices {
                    let character = value[index]
                    if escaped { parsed.append(character); escaped = false; continue }
                    if character == "\\" { escaped = true; continue }
                    if character == "\"" { end = index; break }
                    parsed.append(character)
                }
                rest = end < value.endIndex ? value[value.index(after: end)...] : ""
            } else {
                let end = value.firstIndex(of: ";") ?? value.endIndex
                parsed = value[..<end].trimmingCharacters(in: .whitespaces)
                rest = value[end...]
            }
            if !key.isEmpty, result[key] == nil { result[key] = parsed }
        }
        return result
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        let first = needle[0]
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}

extension Outreach {
    /// An upload form: multipart only, at most `settings.maxUpload` bytes, its CSRF token matching the session's.
    func upload(_ request: Request, session: WebSession?) async throws -> MultipartForm {
        guard let boundary = MultipartForm.boundary(contentType: request.headers[.contentType] ?? "") else {
            throw WebError.unsupportedMediaType(expected: "multipart/form-data")
        }
        var request = request
        let limit = settings.maxUpload
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { throw WebError.tooLarge(limit) }
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw WebError.tooLarge(limit)
        }
        let form = try MultipartForm(bytes: Array(buffer.readableBytesView), boundary: boundary)
        guard let session, let sent = form["csrf"], AppDatabase.constantTimeEqual(sent, session.csrf) else {
            throw WebError.csrf
        }
        return form
    }
}
