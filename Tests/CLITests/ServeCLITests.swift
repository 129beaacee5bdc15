import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport

@Suite("outreach serve through the real binaries")
struct ServeCLITests {
    /// A port nobody listens on now (the kernel's choice for a socket bound to port 0).
    func freePort() -> Int {
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

    private func post(_ url: String, token: String) async -> (Int, String)? {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = "POST"
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        guard let (data, response) = try? await URLSession.shared.data(for: request) else { return nil }
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// The server keeps the unit tree and checked codes in memory: a unit moved and a code revoked by the command
    /// line on the same file count from the very next request.
    @Test func aUnitMovedAndACodeRevokedByTheCommandLineCountAtTheNextRequest() async throws {
        let (folder, db, token, port, server) = try await servedMini(
            adding: ["--unit", "THPT-CHUYEN", "--name", "Đỗ Thị Lan", "--role", "cbql"])
        defer { server.kill() }
        let confirm = "http://127.0.0.1:\(port)/api/v1/sessions/LCI-2022-TDKT/nominees/1/confirm"
        // THPT-CHUYEN is the department's school, not Bát Xát's: refused, and the tree is now in the server's memory.
        let refused = await post(confirm, token: token)
        #expect(refused?.0 == 403, "\(refused?.1 ?? "no answer")")

        // The command line moves THPT-CHUYEN under PGD-BATXAT while the server runs.
        let units = try Fixture.text("mini-units.yaml")
        let moved = units.replacingOccurrences(
            of: "kind: truc-thuoc-so, parent: SGDDT-LCI", with: "kind: truc-thuoc-so, parent: PGD-BATXAT")
        #expect(moved != units)
        let file = folder.appendingPathComponent("moved.yaml")
        try moved.write(to: file, atomically: true, encoding: .utf8)
        let imported = try CLIRunner.run(["units", "import", file.path, "--db", db], in: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
        let allowed = await post(confirm, token: token)
        #expect(allowed?.0 == 200, "\(allowed?.1 ?? "no answer")")
        #expect(allowed?.1.contains(#""status":"confirmed""#) == true, "\(allowed?.1 ?? "")")

        // The code has just been checked (and is kept); revoked by the command line, the next request is refused.
        let quota = "http://127.0.0.1:\(port)/api/v1/sessions/LCI-2022-TDKT/quota"
        #expect(await get(quota, token: token)?.0 == 200)
        let revoked = try CLIRunner.run(["access", "revoke", "PGD-BATXAT", "--db", db], in: folder)
        #expect(revoked.status == 0, "\(revoked.stderr)")
        let after = await get(quota, token: token)
        #expect(after?.0 == 401, "\(after?.1 ?? "no answer")")
    }

    /// An office on its own machine: `outreach --server URL --token CODE` runs `session quota` and `nominee
    /// confirm` against the server, with the output and exit statuses of the local commands.
    @Test func theCommandLineAgainstAServer() async throws {
        let (folder, db, token, port, server) = try await servedMini(
            adding: ["--unit", "PGD-BATXAT", "--name", "Lò Văn Páo", "--role", "lanh-dao"])
        defer { server.kill() }
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
        let unsupported = try CLIRunner.run(remote + ["budget", "show", "LCI-2022-TDKT"], in: elsewhere)
        #expect(unsupported.status == 2 && unsupported.stderr.contains("qua máy chủ"), "\(unsupported.stderr)")
        #expect(unsupported.stdout.isEmpty)
        // The access code's unit acts: `--as` is refused rather than ignored.
        let acting = try CLIRunner.run(remote + ["nominee", "list", "LCI-2022-TDKT", "--as", "SGDDT-LCI"], in: elsewhere)
        #expect(acting.status == 2 && acting.stderr.contains("--as"), "\(acting.stderr)")
        // And on the server's day: `--today` is refused rather than ignored.
        let day = try CLIRunner.run(remote + ["nominee", "list", "LCI-2022-TDKT", "--today", "2022-07-01"], in: elsewhere)
        #expect(day.status == 2 && day.stderr.contains("--today") && day.stdout.isEmpty, "\(day.stderr)")
    }

    /// Two copies of the demo database: one the command line works on with `--as UNIT`, the other served, where
    /// each unit has an access code. The same command runs both ways, one after the other, so both copies go
    /// through the same changes.
    struct Twins {
        let folder: URL
        let elsewhere: URL
        let local: String
        let url: String
        let today: String
        let server: RunningProcess
        var tokens: [String: String] = [:]

        init(today: String, units: [String], port: Int) throws {
            folder = try Fixture.temporaryDirectory()
            elsewhere = try Fixture.temporaryDirectory()
            #expect(DemoRun.shared.result.status == 0, "\(DemoRun.shared.result.stderr)")
            local = folder.appendingPathComponent("local.sqlite").path
            let served = folder.appendingPathComponent("served.sqlite").path
            try FileManager.default.copyItem(atPath: DemoRun.shared.database, toPath: local)
            try FileManager.default.copyItem(atPath: DemoRun.shared.database, toPath: served)
            for unit in units {
                let grant = try CLIRunner.run(["access", "grant", unit, "--json", "--db", served], in: folder)
                tokens[unit] = (try JSONSerialization.jsonObject(with: Data(grant.stdout.utf8)) as? [String: String])?["token"]
            }
            self.today = today
            url = "http://127.0.0.1:\(port)"
            server = try CLIRunner.start(["serve", "--db", served, "--port", "\(port)", "--today", today], in: folder)
        }

        /// Runs `arguments` as `unit` locally and through the server; both must print the same and exit `status`.
        @discardableResult
        func same(
            _ unit: String, _ arguments: [String], status: Int32 = 0, sourceLocation: SourceLocation = #_sourceLocation
        ) throws -> ProcessResult {
            let here = try CLIRunner.run(arguments + ["--db", local, "--as", unit, "--today", today], in: folder)
            let there = try CLIRunner.run(
                ["--server", url, "--token", tokens[unit] ?? "none"] + arguments, in: elsewhere)
            let command = arguments.joined(separator: " ")
            #expect(here.status == status, "\(command) locally: \(here.stderr)", sourceLocation: sourceLocation)
            #expect(there.status == here.status, "\(command) remotely: \(there.stderr)", sourceLocation: sourceLocation)
            #expect(there.stdout == here.stdout, "\(command)", sourceLocation: sourceLocation)
            return there
        }
    }

    /// A mini database with one nominee added by the command line, a sign-in code for Bát Xát's office, and
    /// `outreach serve` on it, answering its health check.
    private func servedMini(adding nominee: [String]) async throws -> (folder: URL, db: String, token: String, port: Int, server: RunningProcess) {
        let folder = try Fixture.temporaryDirectory()
        let db = folder.appendingPathComponent("o.sqlite").path
        _ = try Fixture.miniDatabase(path: db)
        let added = try CLIRunner.run(
            ["nominee", "add", "LCI-2022-TDKT"] + nominee + ["--db", db, "--today", "2022-05-01"], in: folder)
        #expect(added.status == 0, "\(added.stderr)")
        let grant = try CLIRunner.run(["access", "grant", "PGD-BATXAT", "--json", "--db", db], in: folder)
        let token = try #require(
            (try JSONSerialization.jsonObject(with: Data(grant.stdout.utf8)) as? [String: String])?["token"])
        let port = freePort()
        let server = try CLIRunner.start(["serve", "--db", db, "--port", "\(port)", "--today", "2022-05-01"], in: folder)
        try await waitForHealth("http://127.0.0.1:\(port)")
        return (folder, db, token, port, server)
    }

    func waitForHealth(_ url: String) async throws {
        for _ in 0..<300 where await get(url + "/healthz") == nil {
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// Before the deadline, offices nominate, replace, withdraw, list reserves, promote and confirm through the
    /// server exactly as with `--as` on the organiser's machine, and are refused the same way.
    @Test func nomineeCommandsPrintTheSameThroughAServer() async throws {
        let twins = try Twins(today: "2022-05-01", units: ["PGD-SIMACAI", "PGD-BATXAT", "SGDDT-LCI"], port: freePort())
        defer { twins.server.kill() }
        try await waitForHealth(twins.url)
        let s = "LCI-2022-TDKT"
        try twins.same("PGD-SIMACAI", ["nominee", "list", s])
        try twins.same("PGD-SIMACAI", ["nominee", "list", s, "--json", "--all"])
        // A nominee's history, and another office's refused the same way (with `--as` locally too).
        try twins.same("PGD-SIMACAI", ["nominee", "show", s, "#46"])
        try twins.same("PGD-SIMACAI", ["nominee", "show", s, "Đỗ Thị Hồng Thơm", "--json"])
        try twins.same("SGDDT-LCI", ["nominee", "show", s, "#16"])
        try twins.same("PGD-SIMACAI", ["nominee", "show", s, "#16"], status: 6)
        try twins.same("PGD-SIMACAI", ["nominee", "show", s, "#99999"], status: 3)
        // Units by their names, as locally: found by the server's lookup; an unknown name is not found (3).
        try twins.same("PGD-SIMACAI", ["session", "quota", s, "--unit", "Phòng GD&ĐT Si Ma Cai"])
        try twins.same("SGDDT-LCI", ["nominee", "list", s, "--unit", "phong gd&dt bat xat"])
        try twins.same("PGD-SIMACAI", ["session", "quota", s, "--unit", "Phòng Không Có"], status: 3)
        try twins.same("SGDDT-LCI", ["nominee", "list", s, "--unit", "PGD-BATXAT"])
        try twins.same("PGD-SIMACAI", ["session", "quota", s, "--unit", "PGD-SIMACAI"])
        let added = try twins.same("PGD-SIMACAI", [
            "nominee", "add", s, "--works-at", "TH-SIMACAI-THITRAN", "--name", "giàng a páo", "--role", "cbql",
            "--position", "Hiệu trưởng", "--phone", "0912 345 678"])
        #expect(added.stdout.hasPrefix("Đã đăng ký #"), "\(added.stdout)")
        try twins.same("PGD-SIMACAI", [
            "nominee", "replace", s, "Giàng A Páo", "--name", "Sùng Thị Mai", "--role", "Giáo viên", "--phone", "0987654321"])
        try twins.same("PGD-SIMACAI", ["nominee", "withdraw", s, "Sùng Thị Mai", "--reason", "bận công tác"])
        // An import: a dry run, then applied, then a file with a bad row refused (1) with nothing written.
        let list = "Họ và tên,Vai trò,Nơi công tác,Điện thoại\nLầu Thị Pà,Giáo viên,TH-SIMACAI-THITRAN,0911 222 333\n"
        let bad = "Họ và tên,Vai trò,Nơi công tác,Điện thoại\nLý Văn Chư,Giáo viên,TH-SIMACAI-THITRAN,12\n"
        for folder in [twins.folder, twins.elsewhere] {
            try list.write(to: folder.appendingPathComponent("ds.csv"), atomically: true, encoding: .utf8)
            try bad.write(to: folder.appendingPathComponent("loi.csv"), atomically: true, encoding: .utf8)
        }
        let dry = try twins.same("PGD-SIMACAI", ["nominee", "import", "ds.csv", "--session", s, "--unit", "PGD-SIMACAI", "--dry-run"])
        #expect(dry.stdout.contains("Lầu Thị Pà") && dry.stdout.contains("Chạy thử"), "\(dry.stdout)")
        try twins.same("PGD-SIMACAI", ["nominee", "import", "ds.csv", "--session", s, "--unit", "Phòng GD&ĐT Si Ma Cai", "--dry-run", "--json"])
        let applied = try twins.same("PGD-SIMACAI", ["nominee", "import", "ds.csv", "--session", s, "--unit", "PGD-SIMACAI"])
        #expect(applied.stdout.contains("Đã nhập ds.csv"), "\(applied.stdout)")
        let refused = try twins.same("PGD-SIMACAI", ["nominee", "import", "loi.csv", "--session", s, "--unit", "PGD-SIMACAI"], status: 1)
        #expect(refused.stderr.contains("loi.csv"), "the row problem names the file: \(refused.stderr)")
        try twins.same("PGD-SIMACAI", ["nominee", "import", "ds.csv", "--session", s, "--unit", "PGD-BATXAT", "--dry-run"], status: 6)
        // The same phone as a nominee of the session: warned of through the server too.
        let sharing = try twins.same("PGD-SIMACAI", [
            "nominee", "add", s, "--unit", "PGD-SIMACAI", "--works-at", "TH-SIMACAI-THITRAN", "--name", "Vàng Thị Mỷ",
            "--role", "giao-vien", "--phone", "0359468366", "--reserve"])
        #expect(sharing.stderr.contains("0359468366") && sharing.stderr.contains("#46 Đỗ Thị Hồng Thơm"), "\(sharing.stderr)")
        try twins.same("PGD-SIMACAI", ["nominee", "confirm", s, "--unit", "PGD-SIMACAI", "--all", "--json"])
        try twins.same("PGD-SIMACAI", ["nominee", "list", s, "--unit", "PGD-SIMACAI", "--all"])
        // Reserves: listed, proposed when a place frees up, promoted into it.
        try twins.same("PGD-BATXAT", ["nominee", "add", s, "--unit", "PGD-BATXAT", "--name", "Lò Thị Hoa", "--role", "lanh-dao", "--reserve"])
        let withdrawn = try twins.same("PGD-BATXAT", ["nominee", "withdraw", s, "#16", "--reason", "ốm"])
        #expect(withdrawn.stdout.contains("Lò Thị Hoa"), "\(withdrawn.stdout)")
        try twins.same("PGD-BATXAT", ["nominee", "promote", s, "16", "--confirm"])
        try twins.same("SGDDT-LCI", ["nominee", "confirm", s, "Lò Thị Hoa", "#16"], status: 4)
        // Refusals keep their exit statuses: another office's nominee or list (6), an unknown one (3), a bad phone
        // (1), a full quota (4), `--late` without a reason (1).
        try twins.same("PGD-SIMACAI", ["nominee", "confirm", s, "Lò Thị Hoa"], status: 6)
        try twins.same("PGD-SIMACAI", ["nominee", "list", s, "--unit", "PGD-BATXAT"], status: 6)
        try twins.same("PGD-SIMACAI", ["nominee", "withdraw", s, "#9999"], status: 3)
        try twins.same("PGD-SIMACAI", ["nominee", "add", s, "--unit", "PGD-SIMACAI", "--name", "Vàng A Dế", "--role", "cbql", "--phone", "12"], status: 1)
        try twins.same("PGD-BATXAT", [
            "nominee", "add", s, "--unit", "PGD-BATXAT", "--works-at", "TH-BATXAT-KIMDONG", "--name", "Lò Văn Sính", "--role", "giao-vien"],
            status: 4)
        try twins.same("PGD-BATXAT", ["nominee", "confirm", s, "#16", "--late"], status: 1)
        try twins.same("SGDDT-LCI", ["nominee", "list", s, "--json"])
        try twins.same("SGDDT-LCI", ["session", "quota", s, "--json"])
    }

    /// On the day: someone who came without being nominated, recorded by the organiser in a free place or in a
    /// nominee's, through the server as locally; an office may not record one.
    @Test func walkInsPrintTheSameThroughAServer() async throws {
        let twins = try Twins(today: "2022-05-10", units: ["PGD-BATXAT", "SGDDT-LCI"], port: freePort())
        defer { twins.server.kill() }
        try await waitForHealth(twins.url)
        let s = "LCI-2022-TDKT"
        try twins.same("SGDDT-LCI", [
            "attendance", "walk-in", s, "--works-at", "TH-SIMACAI-THITRAN", "--name", "Lù Văn Sáng", "--role", "giao-vien",
            "--part", "2022-05-10:am", "--status", "late"])
        try twins.same("SGDDT-LCI", [
            "attendance", "walk-in", s, "--unit", "Phòng GD&ĐT Bát Xát", "--works-at", "TH-BATXAT-KIMDONG", "--name", "Lý Thị Dua",
            "--role", "giao-vien", "--replaces", "#26", "--json"])
        try twins.same("SGDDT-LCI", [
            "attendance", "walk-in", s, "--unit", "PGD-BATXAT", "--name", "Lý Thị Dua", "--role", "giao-vien"], status: 1)
        try twins.same("PGD-BATXAT", [
            "attendance", "walk-in", s, "--unit", "PGD-BATXAT", "--works-at", "TH-BATXAT-KIMDONG", "--name", "Lò Văn Chiến",
            "--role", "giao-vien"], status: 6)
        try twins.same("SGDDT-LCI", ["attendance", "report", s])
        try twins.same("SGDDT-LCI", ["nominee", "list", s, "--unit", "PGD-BATXAT", "--all"])
    }

    /// After the session: the organiser marks attendance, offices report their follow-up, and the reports and the
    /// cascade's tree read the same through the server, each unit seeing what it may.
    @Test func attendanceAndCascadeCommandsPrintTheSameThroughAServer() async throws {
        let twins = try Twins(today: "2022-07-16", units: ["PGD-SIMACAI", "PGD-BATXAT", "SGDDT-LCI"], port: freePort())
        defer { twins.server.kill() }
        try await waitForHealth(twins.url)
        let s = "LCI-2022-TDKT"
        try twins.same("SGDDT-LCI", ["attendance", "mark", s, "Triệu Thị Chi", "late", "--part", "2022-05-10:am", "--note", "đến 8h20"])
        try twins.same("SGDDT-LCI", ["attendance", "mark", s, "Triệu Thị Chi", "present", "--json"])
        try twins.same("PGD-BATXAT", ["attendance", "mark", s, "Triệu Thị Chi", "absent"], status: 6)
        try twins.same("SGDDT-LCI", ["attendance", "mark", s, "Triệu Thị Chi", "absent", "--part", "2022-06-01:am"], status: 1)
        // Weeks after the day, a walk-in is refused the same way (nominated after the part it would count for).
        try twins.same("SGDDT-LCI", [
            "attendance", "walk-in", s, "--works-at", "TH-SIMACAI-THITRAN", "--name", "Lù Văn Sáng", "--role", "giao-vien",
            "--part", "2022-05-10:am", "--status", "late"], status: 1)
        try twins.same("SGDDT-LCI", ["attendance", "report", s])
        try twins.same("PGD-BATXAT", ["attendance", "report", s, "--json"])
        try twins.same("SGDDT-LCI", ["cascade", "status", s])
        try twins.same("SGDDT-LCI", ["cascade", "status", s, "--level", "1", "--json"])
        let own = try twins.same("PGD-BATXAT", ["cascade", "status", s])
        #expect(own.stdout.contains("PGD-BATXAT") || own.stdout.contains("Bát Xát"), "\(own.stdout)")
        #expect(!own.stdout.contains("Si Ma Cai"), "another office's duty: \(own.stdout)")
        try twins.same("PGD-SIMACAI", [
            "cascade", "report", s, "--unit", "PGD-SIMACAI", "--held", "2022-07-12", "--reached-units", "9", "--reached-people", "30"])
        try twins.same("PGD-SIMACAI", [
            "cascade", "report", s, "--unit", "PGD-SIMACAI", "--held", "2022-07-13", "--reached-units", "9", "--reached-people", "31",
            "--json"])
        try twins.same("PGD-BATXAT", [
            "cascade", "report", s, "--unit", "PGD-SIMACAI", "--held", "2022-07-12", "--reached-units", "9", "--reached-people", "30"],
            status: 6)
        try twins.same("PGD-SIMACAI", [
            "cascade", "report", s, "--unit", "PGD-SIMACAI", "--held", "2022-07-12", "--reached-units", "9", "--reached-people", "20000000"],
            status: 1)
        try twins.same("SGDDT-LCI", ["cascade", "status", s, "--level", "1"])
    }
}
