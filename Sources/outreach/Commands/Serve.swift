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
        abstract: Help.text(
            vi: "Chạy máy chủ web: các trang và API JSON cho các đơn vị (chạy chương trình outreach-server).",
            en: "Serve the web pages and the JSON API for offices (runs outreach-server)."),
        discussion: Help.text(
            vi: """
                Trong khi chạy, máy chủ là nơi ghi vào cơ sở dữ liệu; các lệnh outreach
                trên cùng máy vẫn làm việc trên cùng tệp. Phiên trình duyệt giữ trong bộ nhớ:
                chạy lại máy chủ thì mọi trình duyệt phải đăng nhập lại, mã truy cập vẫn dùng
                được.
                Mã thoát: 2 sai cách dùng lệnh, 5 không mở được cơ sở dữ liệu, cổng, chứng
                chỉ hoặc khóa TLS.
                Ví dụ:
                  outreach serve --db outreach.sqlite --port 8080
                  outreach serve --db outreach.sqlite --host 0.0.0.0 --port 8443 \\
                    --tls-cert cert.pem --tls-key key.pem
                  outreach serve --db outreach.sqlite --behind-proxy
                """,
            en: """
                While it serves, the server is the database's writer; outreach commands on
                the same machine keep working on the same file. Browser sessions are kept in
                memory: restarting signs every browser out, the access codes stay valid.
                Exit codes: 2 usage, 5 the database, the port, the TLS certificate or key
                cannot be opened.
                Examples:
                  outreach serve --db outreach.sqlite --port 8080
                  outreach serve --db outreach.sqlite --host 0.0.0.0 --port 8443 \\
                    --tls-cert cert.pem --tls-key key.pem
                  outreach serve --db outreach.sqlite --behind-proxy
                """))

    @Option(help: .text(
        vi: "Tệp cơ sở dữ liệu (mặc định: $OUTREACH_DB, nếu không có thì ./outreach.sqlite).",
        en: "Database file (default: $OUTREACH_DB, else ./outreach.sqlite)."))
    var db: String?
    @Option(help: .text(vi: "Địa chỉ lắng nghe.", en: "Address to listen on."))
    var host = "127.0.0.1"
    @Option(help: .text(vi: "Cổng lắng nghe (1–65535).", en: "Port to listen on (1–65535)."))
    var port = 8080
    @Option(help: .text(
        vi: "Chuỗi chứng chỉ TLS (tệp PEM); cần kèm --tls-key.", en: "TLS certificate chain (PEM); needs --tls-key."))
    var tlsCert: String?
    @Option(help: .text(vi: "Khóa riêng TLS (tệp PEM); cần kèm --tls-cert.", en: "TLS private key (PEM); needs --tls-cert."))
    var tlsKey: String?
    @Flag(help: .text(
        vi: "Chạy sau một reverse proxy lo phần TLS: địa chỉ người dùng lấy từ X-Forwarded-For, cookie Secure.",
        en: "Behind a reverse proxy that terminates TLS: client address from X-Forwarded-For, Secure cookies."))
    var behindProxy = false
    @Option(help: .text(
        vi: "Ngày dùng để xét các quy định, YYYY-MM-DD (mặc định: $OUTREACH_TODAY, nếu không có thì hôm nay theo giờ Việt Nam).",
        en: "The date rules are judged on, YYYY-MM-DD (default: $OUTREACH_TODAY, else today in Vietnam)."))
    var today: String?
    @Option(help: .text(vi: "Kích thước lớn nhất của một yêu cầu, KiB (1–10240).", en: "Largest request body in KiB (1–10240)."))
    var maxBodyKib = 64
    @Option(help: .text(
        vi: "Kích thước lớn nhất của phiếu đăng ký hoặc danh sách tải lên, KiB (1–102400).",
        en: "Largest uploaded nomination form or list in KiB (1–102400)."))
    var maxUploadKib = 4096
    @Option(help: .text(
        vi: "Thư mục xuất: các bảng tính tạo để tải về nằm trong đó, và chỉ tải về từ đó.",
        en: "The exports folder: workbooks made for download go under it, downloads come only from it."))
    var exports = "exports"
    @Option(help: .text(
        vi: "Thư mục Templates (bảng định mức chi trong rates/) cho dự toán và danh sách chi (mặc định: Templates trong thư mục hiện tại, nếu không có thì của dự án).",
        en: "The Templates folder (rate tables in rates/) for the budget and payment workbooks (default: Templates in the current folder, else the project's)."))
    var templates: String?
    @Option(help: .text(
        vi: "Ngôn ngữ của thông báo (mặc định: $OUTREACH_LANG, không có thì vi).",
        en: "Language of messages: vi or en (default: $OUTREACH_LANG, else vi)."))
    var lang: Language?

    func validate() throws {
        if (tlsCert == nil) != (tlsKey == nil) {
            throw usageError(vi: "--tls-cert và --tls-key phải đi cùng nhau", en: "--tls-cert and --tls-key go together")
        }
        if let day = today ?? env("OUTREACH_TODAY"), (try? CalendarDate(iso: day)) == nil {
            throw usageError(
                vi: "--today phải là một ngày viết YYYY-MM-DD, không phải “\(day)”",
                en: "--today must be a date written YYYY-MM-DD, not “\(day)”")
        }
        guard (1...65535).contains(port) else {
            throw usageError(vi: "--port phải từ 1 đến 65535, không phải \(port)", en: "--port must be 1–65535, not \(port)")
        }
        guard (1...10_240).contains(maxBodyKib) else {
            throw usageError(vi: "--max-body-kib phải từ 1 đến 10240", en: "--max-body-kib must be 1–10240")
        }
        guard (1...102_400).contains(maxUploadKib) else {
            throw usageError(vi: "--max-upload-kib phải từ 1 đến 102400", en: "--max-upload-kib must be 1–102400")
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
            FileHandle.standardError.write(Data(usageLine(
                vi: "lỗi: không tìm thấy chương trình outreach-server cạnh outreach; hãy chạy swift build",
                en: "error: outreach-server not found next to outreach; run swift build").utf8))
            throw ExitCode(5)
        }
        let argv = [server] + serverArguments
        let cArgs = argv.map { strdup($0) } + [nil]
        execv(server, cArgs)
        FileHandle.standardError.write(Data(usageLine(
            vi: "lỗi: không chạy được \(server): \(String(cString: strerror(errno)))",
            en: "error: cannot run \(server): \(String(cString: strerror(errno)))").utf8))
        throw ExitCode(5)
    }

    private func usageLine(vi: String, en: String) -> String {
        language.pick(vi, en) + "\n"
    }

    private func env(_ name: String) -> String? {
        ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }
}
