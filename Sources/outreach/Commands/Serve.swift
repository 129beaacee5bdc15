import ArgumentParser
import Foundation
import OutreachCore

/// `outreach serve`: runs the web server, the sibling program `outreach-server` built from the same package.
///
/// The server (Hummingbird, SwiftNIO) lives in its own executable so the command line stays small and quick to
/// start: this command reads and checks the options (help and usage errors in the user's language, exit 2), then
/// finds the server and replaces itself with it, passing them on with the language.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Help.text { $0.serveTheWebPagesAnd },
        discussion: Help.text { $0.whileItServesTheServer })

    @Option(help: .text { $0.databaseFileDefaultOUTREACHDB })
    var db: String?
    @Option(help: .text { $0.addressToListenOn })
    var host = "127.0.0.1"
    @Option(help: .text { $0.portToListenOn })
    var port = 8080
    @Option(help: .text { $0.tlsCertificateChainPEMNeeds })
    var tlsCert: String?
    @Option(help: .text { $0.tlsPrivateKeyPEMNeeds })
    var tlsKey: String?
    @Flag(help: .text { $0.behindAReverseProxyThat })
    var behindProxy = false
    @Option(help: .text { $0.theDateRulesAreJudged })
    var today: String?
    @Option(help: .text { $0.largestRequestBodyInKiB })
    var maxBodyKib = 64
    @Option(help: .text { $0.largestUploadedNominationFormOr })
    var maxUploadKib = 4096
    @Option(help: .text { $0.theExportsFolderWorkbooksMade })
    var exports = "exports"
    @Option(help: .text { $0.theTemplatesFolderRateTables })
    var templates: String?
    @Option(help: .text { $0.languageOfMessagesViOr })
    var lang: Language?

    func validate() throws {
        if (tlsCert == nil) != (tlsKey == nil) {
            throw usageError { $0.tlsCertAndTlsKey }
        }
        if let day = today ?? env("OUTREACH_TODAY"), (try? CalendarDate(iso: day)) == nil {
            throw usageError { $0.todayMustBeADate(day) }
        }
        guard (1...65535).contains(port) else {
            throw usageError { $0.portMustBeNotPort(port) }
        }
        guard (1...10_240).contains(maxBodyKib) else {
            throw usageError { $0.maxBodyKibMustBe }
        }
        guard (1...102_400).contains(maxUploadKib) else {
            throw usageError { $0.maxUploadKibMustBe }
        }
    }

    /// The options as `outreach-server` takes them, with the language of the messages.
    var serverArguments: [String] {
        var arguments = ["--host", host, "--port", "\(port)", "--max-body-kib", "\(maxBodyKib)",
                         "--max-upload-kib", "\(maxUploadKib)", "--exports", exports, "--lang", language.rawValue]
        if let db { arguments += ["--db", db] }
        if let tlsCert, let tlsKey { arguments += ["--tls-cert", tlsCert, "--tls-key", tlsKey] }
        if behindProxy { arguments.append("--behind-proxy") }
        if let today { arguments += ["--today", today] }
        if let templates { arguments += ["--templates", templates] }
        return arguments
    }

    var language: Language { lang ?? env("OUTREACH_LANG").flatMap(Language.init(rawValue:)) ?? .vi }

    func run() throws {
        let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var candidates = [own.deletingLastPathComponent().appendingPathComponent("outreach-server").path]
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            candidates.append(String(folder) + "/outreach-server")
        }
        guard let server = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            FileHandle.standardError.write(Data(usageLine { $0.errorOutreachServerNotFound }.utf8))
            throw ExitCode(5)
        }
        let argv = [server] + serverArguments
        let cArgs = argv.map { strdup($0) } + [nil]
        execv(server, cArgs)
        FileHandle.standardError.write(Data(usageLine { $0.errorCannotRunServerValue(server, String(cString: strerror(errno))) }.utf8))
        throw ExitCode(5)
    }

    private func usageLine(_ words: Words) -> String {
        language.text(words) + "\n"
    }

    private func env(_ name: String) -> String? {
        ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }
}
