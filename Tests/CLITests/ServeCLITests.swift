import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport

@Suite("outreach serve through the real binaries")
struct ServeCLITests {
    /// A port nobody listens on now (the kernel's choice for a socket bound to port 0).
    private func freePort() -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private func get(_ url: String, token: String? = nil) async -> (Int, String)? {
        var request = URLRequest(url: URL(string: url)!)
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        guard let (data, response) = try? await URLSession.shared.data(for: request) else { return nil }
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test("outreach serve answers /healthz and the API for a granted code while outreach commands write the same file")
    func serveWhileTheCommandLineWrites() async throws {
        let folder = try Fixture.temporaryDirectory()
        let db = folder.appendingPathComponent("o.sqlite").path
        _ = try Fixture.miniDatabase(path: db)
        let grant = try CLIRunner.run(["access", "grant", "PGD-BATXAT", "--json", "--db", db], in: folder)
        let token = try #require(try JSONSerialization.jsonObject(with: Data(grant.stdout.utf8)) as? [String: String])["token"]
        let port = freePort()
        let server = try CLIRunner.start(["serve", "--db", db, "--port", "\(port)", "--today", "2022-05-01"], in: folder)
        defer { server.kill() }
        var health: (Int, String)?
        for _ in 0..<300 where health == nil {
            health = await get("http://127.0.0.1:\(port)/healthz")
            if health == nil { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(health?.0 == 200)
        #expect(health?.1 == #"{"status":"ok"}"#)

        // The command line writes to the file the server holds open.
        let added = try CLIRunner.run([
            "nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "--name", "Lò Văn Páo", "--role", "lanh-dao",
            "--db", db, "--today", "2022-05-01"], in: folder)
        #expect(added.status == 0, "\(added.stderr)")
        let quota = await get("http://127.0.0.1:\(port)/api/v1/sessions/LCI-2022-TDKT/quota", token: token)
        #expect(quota?.0 == 200)
        #expect(quota?.1.contains(#""nominated":1"#) == true)
        let refused = await get("http://127.0.0.1:\(port)/api/v1/sessions/LCI-2022-TDKT/quota", token: "x")
        #expect(refused?.0 == 401)
    }

    /// An office on its own machine: `outreach --server URL --token CODE` runs `session quota` and `nominee
    /// confirm` against the server, with the output and exit statuses of the local commands.
    @Test func theCommandLineAgainstAServer() async throws {
        let folder = try Fixture.temporaryDirectory()
        let db = folder.appendingPathComponent("o.sqlite").path
        _ = try Fixture.miniDatabase(path: db)
        let added = try CLIRunner.run([
            "nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "--name", "Lò Văn Páo", "--role", "lanh-dao",
            "--db", db, "--today", "2022-05-01"], in: folder)
        #expect(added.status == 0, "\(added.stderr)")
        let grant = try CLIRunner.run(["access", "grant", "PGD-BATXAT", "--json", "--db", db], in: folder)
        let token = try #require(
            (try JSONSerialization.jsonObject(with: Data(grant.stdout.utf8)) as? [String: String])?["token"])
        let port = freePort()
        let server = try CLIRunner.start(["serve", "--db", db, "--port", "\(port)", "--today", "2022-05-01"], in: folder)
        defer { server.kill() }
        for _ in 0..<300 where await get("http://127.0.0.1:\(port)/healthz") == nil {
            try await Task.sleep(for: .milliseconds(100))
        }
        // Another folder, no database: everything comes from the server.
        let elsewhere = try Fixture.temporaryDirectory()
        let remote = ["--server", "http://127.0.0.1:\(port)", "--token", token]
        let quota = try CLIRunner.run(remote + ["session", "quota", "LCI-2022-TDKT", "--json"], in: elsewhere)
        #expect(quota.status == 0, "\(quota.stderr)")
        #expect(quota.stdout.contains(#""unit" : "PGD-BATXAT""#), "\(quota.stdout)")
        #expect(!quota.stdout.contains(#""unit" : "PGD-SAPA""#), "another office's figures: \(quota.stdout)")
        let confirmed = try CLIRunner.run(remote + ["nominee", "confirm", "LCI-2022-TDKT", "#1"], in: elsewhere)
        #expect(confirmed.status == 0, "\(confirmed.stderr)")
        #expect(confirmed.stdout == "Đã xác nhận #1 Lò Văn Páo\n", "\(confirmed.stdout)")
        let local = try CLIRunner.run(["nominee", "list", "LCI-2022-TDKT", "--json", "--db", db], in: folder)
        #expect(local.stdout.contains(#""status" : "confirmed""#), "\(local.stdout)")
        // The server's refusals keep their exit statuses: an unknown number, a wrong code, a command it cannot run.
        let unknown = try CLIRunner.run(remote + ["nominee", "confirm", "LCI-2022-TDKT", "#99"], in: elsewhere)
        #expect(unknown.status == 3, "\(unknown.stderr)")
        let wrong = try CLIRunner.run(
            ["--server", "http://127.0.0.1:\(port)", "--token", "x", "session", "quota", "LCI-2022-TDKT"], in: elsewhere)
        #expect(wrong.status == 6, "\(wrong.stderr)")
        let unsupported = try CLIRunner.run(remote + ["nominee", "withdraw", "LCI-2022-TDKT", "#1", "--reason", "ốm"], in: elsewhere)
        #expect(unsupported.status == 2 && unsupported.stderr.contains("qua máy chủ"), "\(unsupported.stderr)")
    }
}
