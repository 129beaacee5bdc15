import Foundation
import Hummingbird
import HummingbirdAuth
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOSSL
import OutreachCore
import OutreachStore

/// The server's application: routes, middleware and the listening socket, ready to run or to test.
public func buildApplication(
    database: AppDatabase, settings: ServerSettings, logger: Logger? = nil,
    clock: @escaping @Sendable () -> Date = { Date() }, onServerRunning: @escaping @Sendable () async -> Void = {}
) throws(OutreachError) -> some ApplicationProtocol {
    let outreach = Outreach(
        database: database, settings: settings,
        limiter: SignInLimiter(attempts: settings.signInAttempts, window: settings.signInWindow, clock: clock),
        imports: PendingImports(clock: clock), clock: clock)
    let server: HTTPServerBuilder
    if let certificate = settings.tlsCertificate, let key = settings.tlsKey {
        server = try tlsServer(certificate: certificate, key: key)
    } else {
        server = .http1()
    }
    // Sessions live in this process's memory: a restart signs every browser out (the codes stay valid).
    let sessions = MemoryPersistDriver()
    let router = buildRouter(outreach, sessions: sessions)
    return Application(
        responder: Guard(
            inner: router.buildResponder(), tls: settings.usesTLS, maxBody: settings.maxBody,
            retryAfter: Int(settings.signInWindow.rounded(.up)),
            methods: MethodTable(router.routes.map { ($0.path.description, $0.method) }),
            unitNames: {
                let units = (try? await outreach.run { try $0.units() }) ?? []
                return Dictionary(units.map { ($0.code.rawValue, $0.displayName) }, uniquingKeysWith: { first, _ in first })
            },
            suggest: { error, account in
                // Read only for an error that quotes a name: among every unit (codes and names, no office's own
                // data) and the sessions the asker may see (`sessions(visibleTo:)`: another district's follow-up
                // is not named to it), none before sign-in.
                switch error {
                case .unknownUnit, .unknownSession, .unknownRole: break
                default: return []
                }
                return (try? await outreach.run { database in
                    Suggestions.after(
                        error, units: { (try? database.units()) ?? [] },
                        sessions: {
                            guard let account else { return [] }
                            return ((try? database.sessions(visibleTo: account.principal)) ?? []).map(\.code.rawValue)
                        })
                }) ?? []
            }),
        server: server,
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: nil),
        services: [sessions],
        onServerRunning: { _ in await onServerRunning() },
        logger: logger ?? Logger(label: "outreach-server"))
}

/// Routes by who may call them: public (health, stylesheet, API description), the pages (a session cookie) and
/// the API (a bearer token).
func buildRouter(_ outreach: Outreach, sessions: some PersistDriver) -> Router<WebRequestContext> {
    let router = Router(context: WebRequestContext.self)
    PublicController(outreach: outreach).addRoutes(to: router)

    let api = router.group("api/v1").add(middleware: BearerAccount(outreach: outreach)).add(middleware: RememberSignedIn())
    APIController(outreach: outreach).addRoutes(to: api)

    let cookie = SessionCookieParameters(
        name: "outreach_phien", path: "/", secure: outreach.settings.secureCookies, sameSite: .strict)
    let pages = router.group()
        .add(middleware: SessionMiddleware<WebRequestContext>(
            storage: sessions,
            configuration: .init(sessionCookieParameters: cookie, defaultSessionExpiration: .seconds(8 * 3600))))
        .add(middleware: SessionAccount(outreach: outreach))
        .add(middleware: RememberSignedIn())
    SignInController(outreach: outreach).addRoutes(to: pages)
    PageController(outreach: outreach).addRoutes(to: pages)
    return router
}

/// HTTPS from PEM files; an unreadable file is a clear error before the server starts.
private func tlsServer(certificate: String, key: String) throws(OutreachError) -> HTTPServerBuilder {
    func unreadable(_ path: String, _ what: LocalizedText) -> OutreachError {
        guard FileManager.default.fileExists(atPath: path) else { return .fileNotFound(path) }
        return .file(path: path, reason: LocalizedText { $0.cannotReadThe(what) })
    }
    let chain: [NIOSSLCertificateSource]
    do {
        chain = try NIOSSLCertificate.fromPEMFile(certificate).map { NIOSSLCertificateSource.certificate($0) }
    } catch {
        throw unreadable(certificate, LocalizedText { $0.tlsCertificate })
    }
    let privateKey: NIOSSLPrivateKey
    do {
        privateKey = try NIOSSLPrivateKey(file: key, format: .pem)
    } catch {
        throw unreadable(key, LocalizedText { $0.tlsPrivateKey })
    }
    do {
        let tls = TLSConfiguration.makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(privateKey))
        return try .tls(.http1(), tlsConfiguration: tls)
    } catch {
        throw OutreachError.file(path: "\(certificate), \(key)", reason: LocalizedText { $0.theTLSCertificateAndKey })
    }
}
