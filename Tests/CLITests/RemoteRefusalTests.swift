import Foundation
import Testing
import TestSupport

/// The remote command line, `outreach serve` and `outreach access` as a tester found them (issue 17).
extension ServeCLITests {
    /// The same refusals locally (`--as`) and through the server: the same line on stderr, the same exit status.
    @Test func refusalsReadTheSameThroughAServer() async throws {
        let twins = try Twins(today: "2022-05-01", units: ["PGD-SIMACAI"], port: freePort())
        defer { twins.server.kill() }
        try await waitForHealth(twins.url)
        let s = "LCI-2022-TDKT"
        func sameRefusal(_ arguments: [String], status: Int32, _ words: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let here = try CLIRunner.run(arguments + ["--db", twins.local, "--as", "PGD-SIMACAI", "--today", twins.today], in: twins.folder)
            let there = try CLIRunner.run(
                ["--server", twins.url, "--token", twins.tokens["PGD-SIMACAI"] ?? ""] + arguments, in: twins.elsewhere)
            let command = arguments.joined(separator: " ")
            #expect(here.status == status, "\(command) locally: \(here.stderr)", sourceLocation: sourceLocation)
            #expect(there.status == here.status, "\(command) remotely: \(there.stderr)", sourceLocation: sourceLocation)
            #expect(there.stderr == here.stderr, "\(command)", sourceLocation: sourceLocation)
            #expect(here.stderr.contains(words), "\(command): \(here.stderr)", sourceLocation: sourceLocation)
        }
        // Another office's quota is a refusal of rights (6), not "not invited".
        try sameRefusal(["session", "quota", s, "--unit", "PGD-BATXAT"], status: 6, "PGD-SIMACAI")
        // A bad phone named by its option, not by its label.
        try sameRefusal([
            "nominee", "add", s, "--works-at", "TH-SIMACAI-THITRAN", "--name", "Giàng A Páo", "--role", "cbql", "--phone", "123",
        ], status: 1, "--phone “123”")
        // Unknown names keep their hints: what to look at, and the nearest name.
        try sameRefusal(["nominee", "show", s, "#99999"], status: 3, "(xem: outreach nominee list \(s))")
        try sameRefusal(["nominee", "confirm", "LCI-2022-TDKY", "#46"], status: 3, "có phải: LCI-2022-TDKT?")
        try sameRefusal(["nominee", "list", s, "--unit", "PGD-SIMACAJ"], status: 3, "có phải: PGD-SIMACAI")
        // A next step in the command line's words.
        try sameRefusal(["nominee", "promote", s, "#46"], status: 3, "outreach nominee add \(s)")
        // An import's row problems and its refusal, worded here as locally.
        let bad = "Họ và tên,Vai trò,Nơi công tác,Điện thoại\nLý Văn Chư,Giáo viên,TH-SIMACAI-THITRAN,12\n"
        for folder in [twins.folder, twins.elsewhere] {
            try bad.write(to: folder.appendingPathComponent("loi.csv"), atomically: true, encoding: .utf8)
        }
        try sameRefusal(["nominee", "import", "loi.csv", "--session", s, "--unit", "PGD-SIMACAI"], status: 1, "--partial")
    }

    @Test func anUnreachableServerIsNamedAsAServer() throws {
        let folder = try Fixture.temporaryDirectory()
        let url = "http://127.0.0.1:\(freePort())"
        let result = try CLIRunner.run(["--server", url, "--token", "x", "session", "quota", "LCI-2022-TDKT"], in: folder)
        #expect(result.status == 5)
        #expect(result.stderr == "lỗi: không kết nối được máy chủ \(url): máy chủ từ chối kết nối (chưa chạy, hoặc sai cổng)\n",
                "\(result.stderr)")
        let english = try CLIRunner.run(
            ["--server", url, "--token", "x", "session", "quota", "LCI-2022-TDKT", "--lang", "en"], in: folder)
        #expect(english.stderr.contains("cannot reach the server \(url): the connection was refused"), "\(english.stderr)")
    }

    @Test func accessGrantChecksTheAddressBeforeWriting() throws {
        let folder = try Fixture.temporaryDirectory()
        let db = folder.appendingPathComponent("o.sqlite").path
        _ = try Fixture.miniDatabase(path: db)
        for url in ["javascript:alert(1)", "http://x/y?z=1", "https://x/#a", "ftp://x", "http://"] {
            let refused = try CLIRunner.run(["access", "grant", "PGD-BATXAT", "--url", url, "--db", db], in: folder)
            #expect(refused.status == 2, "\(url): \(refused.stderr)")
            #expect(refused.stderr.contains("--url “\(url)”"), "\(refused.stderr)")
            #expect(refused.stdout.isEmpty)
        }
        let none = try CLIRunner.run(["access", "list", "--json", "--db", db], in: folder)
        let stored = try JSONSerialization.jsonObject(with: Data(none.stdout.utf8)) as? [Any]
        #expect(stored?.isEmpty == true, "nothing was stored: \(none.stdout)")
        let granted = try CLIRunner.run(
            ["access", "grant", "PGD-BATXAT", "--url", "https://tap-huan.example.vn/lao-cai/", "--json", "--db", db], in: folder)
        #expect(granted.status == 0, "\(granted.stderr)")
        #expect(granted.stdout.contains("\"link\" : \"https://tap-huan.example.vn/lao-cai/dang-nhap?ma="), "\(granted.stdout)")
        // The table: days day first; --json keeps ISO.
        let table = try CLIRunner.run(["access", "list", "--db", db], in: folder)
        #expect(table.stdout.range(of: #"\d\d/\d\d/\d{4}"#, options: .regularExpression) != nil, "\(table.stdout)")
        #expect(!table.stdout.contains("T00:") && !table.stdout.contains("Z "), "\(table.stdout)")
    }

    @Test func serveRefusesInTheUsersLanguageWithTheDocumentedStatuses() async throws {
        let folder = try Fixture.temporaryDirectory()
        let db = folder.appendingPathComponent("o.sqlite").path
        _ = try Fixture.miniDatabase(path: db)
        let noKey = try CLIRunner.run(["serve", "--db", db, "--tls-cert", "c.pem"], in: folder)
        #expect(noKey.status == 2)
        #expect(noKey.stderr.contains("--tls-cert và --tls-key phải đi cùng nhau") && !noKey.stderr.contains("Error"), "\(noKey.stderr)")
        let port = try CLIRunner.run(["serve", "--db", db, "--port", "99999", "--lang", "en"], in: folder)
        #expect(port.status == 2)
        #expect(port.stderr.contains("--port must be 1–65535"), "\(port.stderr)")
        // A certificate that is not one: said in words, exit 5.
        try "not a certificate".write(to: folder.appendingPathComponent("c.pem"), atomically: true, encoding: .utf8)
        try "not a key".write(to: folder.appendingPathComponent("k.pem"), atomically: true, encoding: .utf8)
        let cert = try CLIRunner.run(
            ["serve", "--db", db, "--port", "\(freePort())", "--tls-cert", "c.pem", "--tls-key", "k.pem"], in: folder)
        #expect(cert.status == 5)
        #expect(cert.stderr.contains("không đọc được chứng chỉ TLS") && !cert.stderr.contains("failedToLoad"), "\(cert.stderr)")
        // A port in use: one line, exit 5, and no "serving at" line before it.
        let taken = freePort()
        let first = try CLIRunner.start(["serve", "--db", db, "--port", "\(taken)"], in: folder)
        defer { first.kill() }
        try await waitForHealth("http://127.0.0.1:\(taken)")
        let second = try CLIRunner.run(["serve", "--db", db, "--port", "\(taken)"], in: folder)
        #expect(second.status == 5)
        #expect(second.stderr == "lỗi: cổng \(taken) đang được chương trình khác dùng; chọn --port khác hoặc dừng chương trình kia\n",
                "\(second.stderr)")
        #expect(!second.stdout.contains("phục vụ"), "\(second.stdout)")
        // Help in both languages, as every command's; `help …` takes --lang.
        let help = try CLIRunner.run(["serve", "--help"], in: folder)
        #expect(help.status == 0)
        #expect(help.stdout.contains("Cổng lắng nghe") && help.stdout.contains("CÁCH DÙNG"), "\(help.stdout)")
        let english = try CLIRunner.run(["help", "nominee", "confirm", "--lang", "en"], in: folder)
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.contains("USAGE"), "\(english.stdout)")
    }
}
