import Foundation

/// The server's address as offices reach it, printed in every sign-in link (`BASE/dang-nhap?ma=…`) and invitation
/// (`BASE/dang-ky/…`): http or https, a host, a port in 1–65535 if any, no query, fragment or user name (the links
/// add their own), and nothing a printer or a mail client would break (a space, a control character, a broken
/// %-escape). A path prefix (`https://host/tap-huan`) is kept, without its trailing slash.
public struct PublicAddress: Sendable, Equatable {
    /// The address links are made from, without a trailing slash.
    public let base: String

    /// `raw` as given by `source` (the flag or the variable that gave it, for the message); refused with a usage
    /// error (exit 2) before anything is written.
    public init(_ raw: String, source: String) throws(OutreachError) {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        let refuse = { (reason: @escaping Words) -> OutreachError in
            .usage(LocalizedText { $0.serverAddressRefused(source, TerminalText.printable(raw), LocalizedText(reason)) })
        }
        guard !trimmed.unicodeScalars.contains(where: {
            $0.properties.isWhitespace || $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
        }), trimmed.removingPercentEncoding != nil
        else {
            throw refuse { $0.addressHasSpacesOrControl }
        }
        guard let components = URLComponents(string: trimmed),
              let scheme = components.scheme?.lowercased(), ["http", "https"].contains(scheme) else {
            throw refuse { $0.addressMustBeHTTP }
        }
        guard let host = components.host, !host.isEmpty else {
            throw refuse { $0.addressHasNoHost }
        }
        guard components.query == nil, components.fragment == nil, components.user == nil, components.password == nil else {
            throw refuse { $0.addressMustHaveNoQuery }
        }
        if let port = components.port, !(1...65_535).contains(port) {
            throw refuse { $0.addressHasABadPort }
        }
        var base = trimmed
        while base.hasSuffix("/") { base.removeLast() }
        self.base = base
    }

    /// `given` (named `option`), else the first of `variables` set (not empty) in `environment`; nil when neither is.
    public static func from(
        _ given: String?, option: String, variables: [String],
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(OutreachError) -> PublicAddress? {
        if let given { return try PublicAddress(given, source: option) }
        for variable in variables {
            if let value = environment[variable], !value.isEmpty { return try PublicAddress(value, source: variable) }
        }
        return nil
    }
}
