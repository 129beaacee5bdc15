import ArgumentParser
import Foundation
import Hummingbird
import Logging
import OutreachCore
import OutreachServer
import OutreachStore

/// `outreach-server` (started by `outreach serve`): the web pages and JSON API over one database file.
@main
struct OutreachServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outreach serve",
        abstract: "Serve the offices' web pages and the JSON API over one database.",
        discussion: """
            The process is the database's writer while it serves; outreach commands on the same machine keep
            working on the same file (WAL, one transaction per change). Browser sessions are kept in memory:
            restarting signs every browser out, the access codes stay valid.
            Examples:
              outreach serve --db outreach.sqlite
              outreach serve --db outreach.sqlite --host 0.0.0.0 --port 8443 --tls-cert cert.pem --tls-key key.pem
              outreach serve --db outreach.sqlite --behind-proxy      # nginx or Caddy terminates TLS in front
            """)

    @Option(help: "Database file (default: $OUTREACH_DB, else ./outreach.sqlite).")
    var db: String?
    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"
    @Option(help: "Port to listen on.")
    var port = 8080
    @Option(help: "TLS certificate chain (PEM); needs --tls-key.")
    var tlsCert: String?
    @Option(help: "TLS private key (PEM); needs --tls-cert.")
    var tlsKey: String?
    @Flag(help: "Behind a reverse proxy that terminates TLS: client address from X-Forwarded-For, Secure cookies.")
    var behindProxy = false
    @Option(help: "The date rules are judged on, YYYY-MM-DD (default: $OUTREACH_TODAY, else today in Vietnam).")
    var today: String?
    @Option(help: "Largest request body in KiB.")
    var maxBodyKib = 64
    @Option(help: "Largest uploaded nomination form or list in KiB.")
    var maxUploadKib = 4096
    @Option(help: "The exports folder: workbooks made for download go under it, downloads come only from it.")
    var exports = "exports"
    @Option(help: "The Templates folder (rate tables in rates/) for the budget and payment workbooks (default: Templates in the current folder, else the project's, as outreach finds it).")
    var templates: String?

    func validate() throws {
        if (tlsCert == nil) != (tlsKey == nil) {
            throw ValidationError("--tls-cert và --tls-key phải đi cùng nhau / --tls-cert and --tls-key go together")
        }
        if let day = today ?? env("OUTREACH_TODAY"), (try? CalendarDate(iso: day)) == nil {
            throw ValidationError("--today phải là ngày YYYY-MM-DD / --today must be a date YYYY-MM-DD: \(day)")
        }
        guard (1...65535).contains(port) else { throw ValidationError("--port: 1–65535") }
        guard (1...10_240).contains(maxBodyKib) else { throw ValidationError("--max-body-kib: 1–10240") }
        guard (1...102_400).contains(maxUploadKib) else { throw ValidationError("--max-upload-kib: 1–102400") }
    }

    func run() async throws {
        AppDatabase.configureProcess()
        let path = db ?? env("OUTREACH_DB") ?? "outreach.sqlite"
        let folder: String?
        do {
            // A folder given must exist; without one, the budget downloads say what is missing when asked for.
            folder = templates != nil
                ? try TemplatesFolder.resolve(templates, relative: "Templates", option: "--templates")
                : try? TemplatesFolder.resolve(nil, relative: "Templates", option: "--templates")
        } catch {
            FileHandle.standardError.write(Data("lỗi: \(error.message(.vi))\n".utf8))
            throw ExitCode(error.exitStatus.rawValue)
        }
        let settings = ServerSettings(
            host: host, port: port, tlsCertificate: tlsCert, tlsKey: tlsKey, behindProxy: behindProxy,
            fixedToday: (today ?? env("OUTREACH_TODAY")).flatMap { try? CalendarDate(iso: $0) },
            maxBody: maxBodyKib * 1024, maxUpload: maxUploadKib * 1024, exports: exports, templates: folder)
        do {
            let database = try AppDatabase.open(path: path)
            var logger = Logger(label: "outreach-server")
            logger.logLevel = env("LOG_LEVEL").flatMap(Logger.Level.init(rawValue:)) ?? .info
            let app = try buildApplication(database: database, settings: settings, logger: logger)
            let scheme = settings.tlsCertificate == nil ? "http" : "https"
            FileHandle.standardOutput.write(Data("outreach: phục vụ \(path) tại \(scheme)://\(host):\(port) (Ctrl-C để dừng)\n".utf8))
            try await app.runService()
        } catch let error as OutreachError {
            FileHandle.standardError.write(Data("lỗi: \(error.message(.vi))\n".utf8))
            throw ExitCode(error.exitStatus.rawValue)
        }
    }

    private func env(_ name: String) -> String? {
        ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }
}
