import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import OutreachCore

/// `--server URL --token CODE`: a command an office runs on its own machine against the organiser's server. It
/// sends the request the web API takes (`/api/v1`, the office's access code as a bearer token), so the server's
/// rules decide, and prints the answer as the command prints it locally, with the same exit status.
struct RemoteServer {
    let base: URL
    let token: String
    let lang: Language

    init?(server: String?, token: String?, lang: Language) throws(OutreachError) {
        guard let server else { return nil }
        guard let url = URL(string: server.hasSuffix("/") ? String(server.dropLast()) : server),
              let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
            throw .usage(LocalizedText { $0.serverMustBeAnHttp(server) })
        }
        guard let token, !token.isEmpty else {
            throw .usage(LocalizedText { $0.serverNeedsTokenTheAccess })
        }
        base = url
        self.token = token
        self.lang = lang
    }

    /// `GET /api/v1…` and the answer read as `T`; query items without a value are left out.
    func get<T: Decodable>(_ path: String, query: [(String, String?)] = []) throws(OutreachError) -> T {
        let (status, data) = try exchange("GET", path, query: query)
        try check(status, data)
        return try decode(data)
    }

    /// `POST /api/v1…` with `body` as JSON, and the answer read as `T`.
    func post<T: Decodable>(_ path: String, _ body: some Encodable) throws(OutreachError) -> T {
        guard let data = try? JSONEncoder().encode(body) else {
            throw .server(message: lang.text { $0.cannotWriteTheRequest }, status: .io)
        }
        return try decode(try send("POST", path, body: data))
    }

    private func decode<T: Decodable>(_ data: Data) throws(OutreachError) -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let value = try? decoder.decode(T.self, from: data) else {
            throw .server(message: lang.text { $0.theServersAnswerIsMalformed }, status: .io)
        }
        return value
    }

    /// Sends one request and returns the body of a 2xx answer; any other answer is the server's own message with
    /// the exit status its HTTP status stands for.
    func send(_ method: String, _ path: String, body: Data? = nil) throws(OutreachError) -> Data {
        let (status, data) = try exchange(method, path, body: body)
        try check(status, data)
        return data
    }

    /// A non-2xx answer as the error the command ends with: the server's own message, with the exit status its
    /// HTTP status stands for.
    func check(_ status: Int, _ body: Data) throws(OutreachError) {
        if (200..<300).contains(status) { return }
        let answer = try? JSONDecoder().decode(ErrorBody.self, from: body)
        // The store's error itself when the server sends it: worded here as the local command words it.
        if let detail = answer?.detail {
            Self.suggested = answer?.suggestions ?? []
            throw detail
        }
        let message = answer?.error ?? lang.text { $0.theServerAnsweredStatus(status) }
        throw .server(message: message, status: Self.exitStatus(http: status))
    }

    /// The names the server suggested after the last unknown name it refused, for `CLI.hint` (one command per
    /// process, so one refusal).
    nonisolated(unsafe) static var suggested: [String]?

    /// Sends one request and returns the answer's status and body, whatever the status; only an unreachable
    /// server is an error. `query` items without a value are left out; a body other than JSON names its type.
    func exchange(
        _ method: String, _ path: String, query: [(String, String?)] = [], body: Data? = nil,
        contentType: String = "application/json"
    ) throws(OutreachError) -> (Int, Data) {
        // Every character but the unreserved ones escaped: a unit's name may hold `&`, `+` or `=`.
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let items = query.compactMap { name, value in
            value.map { name + "=" + ($0.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "") }
        }
        let suffix = items.isEmpty ? "" : "?" + items.joined(separator: "&")
        guard let url = URL(string: base.absoluteString + path + suffix) else {
            throw .usage(LocalizedText { $0.invalidPath(path) })
        }
        var request = URLRequest(url: url, timeoutInterval: 120)
        request.httpMethod = method
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue(lang.rawValue, forHTTPHeaderField: "Accept-Language")
        if method == "POST" {
            request.setValue(contentType, forHTTPHeaderField: "Content-Type")
            request.httpBody = body ?? Data("{}".utf8)
        }
        let answer = Answer()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, error in
            answer.set(data, (response as? HTTPURLResponse)?.statusCode, error)
            done.signal()
        }.resume()
        done.wait()
        let (data, status, failure) = answer.get()
        guard let status else { throw unreachable(failure) }
        return (status, data ?? Data())
    }

    /// A server that gave no answer: its address and, where it is a known one, the reason in the user's language
    /// (the system's words otherwise, which are English).
    func unreachable(_ failure: (any Error)?) -> OutreachError {
        let reason: LocalizedText
        switch (failure as? URLError)?.code {
        case .cannotConnectToHost?:
            reason = LocalizedText { $0.theConnectionWasRefusedNot }
        case .timedOut?:
            reason = LocalizedText { $0.itDidNotAnswerIn }
        case .cannotFindHost?, .dnsLookupFailed?:
            reason = LocalizedText { $0.theHostNameWasNot }
        case .notConnectedToInternet?:
            reason = LocalizedText { $0.thisMachineIsNotConnected }
        case .networkConnectionLost?:
            reason = LocalizedText { $0.theConnectionWasLost }
        case .secureConnectionFailed?, .serverCertificateUntrusted?, .serverCertificateHasBadDate?,
             .serverCertificateNotYetValid?, .serverCertificateHasUnknownRoot?:
            reason = LocalizedText { $0.theTLSConnectionFailedThe }
        default:
            let detail = failure?.localizedDescription ?? lang.text { $0.noAnswer }
            reason = LocalizedText(verbatim: detail)
        }
        return .server(
            message: lang.text { $0.cannotReachTheServerAbsoluteString(base.absoluteString, reason) },
            status: .io)
    }

    /// `--server URL` and `--token CODE` before the command (`outreach --server URL --token CODE nominee confirm …`)
    /// become `OUTREACH_SERVER` and `OUTREACH_TOKEN` for it: ArgumentParser takes options only after a command's name.
    static func takeArguments(_ arguments: [String]) -> [String] {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            var matched = false
            for (flag, variable) in [("--server", "OUTREACH_SERVER"), ("--token", "OUTREACH_TOKEN")] {
                if argument == flag, index + 1 < arguments.endIndex {
                    setenv(variable, arguments[index + 1], 1)
                    index += 2
                    matched = true
                } else if argument.hasPrefix(flag + "=") {
                    setenv(variable, String(argument.dropFirst(flag.count + 1)), 1)
                    index += 1
                    matched = true
                }
                if matched { break }
            }
            if !matched {
                // Only before the command's name: after it, `--server` may be a command's own option (`doc
                // invitation --server URL` prints the sign-in link).
                return Array(arguments[index...])
            }
        }
        return []
    }

    /// The exit status a command would give locally for the server's HTTP status.
    static func exitStatus(http status: Int) -> ExitStatus {
        switch status {
        case 401, 403: .notAllowed
        case 400: .usage
        case 404: .notFound
        case 409, 429: .conflict
        case 400..<500: .invalid
        default: .io
        }
    }

    /// A unit named for the server: a code as it is, a name (`--unit "Phòng GD&ĐT Bát Xát"`) found by the
    /// server's lookup, the same as a local command's, with the same refusals.
    func unitCode(_ raw: String, field: InputField = .unit) throws(OutreachError) -> UnitCode {
        if let code = UnitCode(rawValue: raw.uppercased()) { return code }
        let found: UnitLookupJSON = try get("/api/v1/units/lookup", query: [("name", raw), ("field", field.key)])
        guard let code = UnitCode(rawValue: found.code) else {
            throw .server(message: lang.text { $0.theServersAnswerIsMalformed }, status: .io)
        }
        return code
    }

    private struct ErrorBody: Decodable {
        var error: String
        var detail: OutreachError?
        var suggestions: [String]?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            error = try container.decode(String.self, forKey: .error)
            // A detail this program cannot read (a newer server's) leaves the server's own words.
            detail = try? container.decodeIfPresent(OutreachError.self, forKey: .detail)
            suggestions = try? container.decodeIfPresent([String].self, forKey: .suggestions)
        }

        enum CodingKeys: String, CodingKey { case error, detail, suggestions }
    }

    /// The answer of the data task, handed from its queue to the waiting command.
    private final class Answer: @unchecked Sendable {
        private let lock = NSLock()
        private var value: (Data?, Int?, (any Error)?) = (nil, nil, nil)
        func set(_ data: Data?, _ status: Int?, _ error: (any Error)?) { lock.withLock { value = (data, status, error) } }
        func get() -> (Data?, Int?, (any Error)?) { lock.withLock { value } }
    }
}
