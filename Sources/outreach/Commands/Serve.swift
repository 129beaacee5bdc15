import ArgumentParser
import Foundation

/// `outreach serve`: runs the web server, the sibling program `outreach-server` built from the same package.
///
/// The server (Hummingbird, SwiftNIO) lives in its own executable so the command line stays small and quick to
/// start: this command only finds it and replaces itself with it, passing every argument through.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Help.text(
            vi: "Chạy máy chủ web: các trang và API JSON cho các đơn vị (chạy chương trình outreach-server).",
            en: "Serve the web pages and the JSON API for offices (runs outreach-server)."),
        discussion: """
            Options (see outreach serve --help for all): --db FILE, --host 127.0.0.1, --port
            8080, --tls-cert FILE --tls-key FILE, --today YYYY-MM-DD, --behind-proxy,
            --exports DIR, --templates DIR.
            Example: outreach serve --db outreach.sqlite --port 8080
            """)

    @Argument(parsing: .captureForPassthrough, help: .text(
        vi: "Các tùy chọn của outreach-server.", en: "Options of outreach-server."))
    var arguments: [String] = []

    func run() throws {
        let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var candidates = [own.deletingLastPathComponent().appendingPathComponent("outreach-server").path]
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            candidates.append(String(folder) + "/outreach-server")
        }
        guard let server = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            FileHandle.standardError.write(Data(usageLine(
                vi: "lỗi: không tìm thấy chương trình outreach-server cạnh outreach; hãy chạy swift build",
                en: "error: outreach-server not found next to outreach; run swift build").utf8))
            throw ExitCode(5)
        }
        let argv = [server] + arguments
        let cArgs = argv.map { strdup($0) } + [nil]
        execv(server, cArgs)
        FileHandle.standardError.write(Data(usageLine(
            vi: "lỗi: không chạy được \(server): \(String(cString: strerror(errno)))",
            en: "error: cannot run \(server): \(String(cString: strerror(errno)))").utf8))
        throw ExitCode(5)
    }

    private func usageLine(vi: String, en: String) -> String {
        (UsageMessage.language() == .vi ? vi : en) + "\n"
    }
}
