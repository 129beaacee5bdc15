import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NIOCore
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
    @Option(help: "Language of messages: vi or en (default: $OUTREACH_LANG, else vi).")
    var lang: String?

    /// The language of the messages: `--lang`, else `OUTREACH_LANG`, else Vietnamese (read from the raw arguments
    /// when parsing them is what failed).
    static func language(_ arguments: [String] = CommandLine.arguments) -> Language {
        var asked: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { asked = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { asked = String(argument.dropFirst("--lang=".count)) }
        }
        let raw = asked ?? ProcessInfo.processInfo.environment["OUTREACH_LANG"]
        return raw.flatMap(Language.init(rawValue:)) ?? .vi
    }

    /// Parses and runs; a usage error is exit 2 in the user's language (as `outreach` gives), not ArgumentParser's
    /// 64 in English.
    static func main() async {
        let lang = language()
        do {
            var command = try parseAsRoot()
            if let command = command as? OutreachServerCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            exit(withError: code)
        } catch {
            let status = exitCode(for: error)
            if status == .success { exit(withError: error) }
            if status == .validationFailure {
                let message = fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? ""
                let text = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
                FileHandle.standardError.write(Data("\(lang.text { $0.errorInOutreachServerCommand }): \(text)\n".utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    func validate() throws {
        let lang = Self.language()
        func refuse(_ words: Words) -> ValidationError { ValidationError(lang.text(words)) }
        if (tlsCert == nil) != (tlsKey == nil) {
            throw refuse { $0.tlsCertAndTlsKey }
        }
        if let day = today ?? env("OUTREACH_TODAY"), (try? CalendarDate(iso: day)) == nil {
            throw refuse { $0.todayMustBeADate(day) }
        }
        guard (1...65535).contains(port) else {
            throw refuse { $0.portMustBeNotPort(port) }
        }
        guard (1...10_240).contains(maxBodyKib) else { throw refuse { $0.maxBodyKibMustBe } }
        guard (1...102_400).contains(maxUploadKib) else {
            throw refuse { $0.maxUploadKibMustBe }
        }
    }

    func run() async throws {
        AppDatabase.configureProcess()
        let lang = Self.language()
        func fail(_ error: OutreachError) -> ExitCode {
            FileHandle.standardError.write(Data("\(lang.text { $0.errorInOutreachServerCommand }): \(error.message(lang))\n".utf8))
            return ExitCode(error.exitStatus.rawValue)
        }
        let path = db ?? env("OUTREACH_DB") ?? "outreach.sqlite"
        let folder: String?
        do {
            // A folder given must exist; without one, the budget downloads say what is missing when asked for.
            folder = templates != nil
                ? try TemplatesFolder.resolve(templates, relative: "Templates", option: "--templates")
                : try? TemplatesFolder.resolve(nil, relative: "Templates", option: "--templates")
        } catch {
            throw fail(error)
        }
        let settings = ServerSettings(
            host: host, port: port, tlsCertificate: tlsCert, tlsKey: tlsKey, behindProxy: behindProxy,
            fixedToday: (today ?? env("OUTREACH_TODAY")).flatMap { try? CalendarDate(iso: $0) },
            maxBody: maxBodyKib * 1024, maxUpload: maxUploadKib * 1024, exports: exports, templates: folder)
        let scheme = settings.tlsCertificate == nil ? "http" : "https"
        let serving = lang.text { $0.outreachServingPathAtScheme(path, scheme, host, port) }
        do {
            let database = try AppDatabase.open(path: path)
            var logger = Logger(label: "outreach-server")
            logger.logLevel = env("LOG_LEVEL").flatMap(Logger.Level.init(rawValue:)) ?? .info
            // The line is printed once the socket listens, never before a refusal to.
            let app = try buildApplication(database: database, settings: settings, logger: logger, onServerRunning: {
                FileHandle.standardOutput.write(Data(serving.utf8))
            })
            try await app.runService()
        } catch let error as OutreachError {
            throw fail(error)
        } catch let error as IOError {
            // Binding the socket: the port taken, or not ours to take.
            let reason: LocalizedText = switch error.errnoCode {
            case EADDRINUSE: LocalizedText { $0.portIsInUse(port) }
            case EACCES: LocalizedText { $0.notAllowedToOpenPort(port) }
            case EADDRNOTAVAIL: LocalizedText { $0.thisMachineHasNoAddress(host) }
            default: LocalizedText { $0.cannotOpenThePortError(error.description) }
            }
            throw fail(.server(message: reason.text(lang), status: .io))
        } catch let error as ExitCode {
            throw error
        } catch {
            // Any other failure to start (a host name that does not resolve): said once, exit 5.
            throw fail(.server(message: lang.text { $0.cannotServeAtHostPort(host, port, "\(error)") }, status: .io))
        }
    }

    private func env(_ name: String) -> String? {
        ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }
}
