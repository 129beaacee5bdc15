import Foundation
import OutreachCore
import OutreachStore
import Testing
import TestSupport

@Suite("outreach access: sign-ins for the server")
struct AccessCLITests {
    private func run(_ arguments: [String], _ folder: URL, _ db: String) throws -> ProcessResult {
        try CLIRunner.run(arguments + ["--db", db], in: folder)
    }

    @Test("grant prints the link and the code once; the database keeps only its SHA-256; list never shows it; revoke refuses it")
    func grantListRevoke() throws {
        let folder = try Fixture.temporaryDirectory()
        let db = folder.appendingPathComponent("o.sqlite").path
        _ = try Fixture.miniDatabase(path: db)

        let grant = try run(["access", "grant", "pgd-batxat", "--expires", "2099-12-31", "--json",
                             "--url", "https://tap-huan.example.vn/"], folder, db)
        #expect(grant.status == 0, "\(grant.stderr)")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(grant.stdout.utf8)) as? [String: String])
        let token = try #require(body["token"])
        #expect(Set(body.keys) == ["unit", "token", "link", "expires"])
        #expect(body["unit"] == "PGD-BATXAT")
        #expect(body["expires"] == "2099-12-31")
        #expect(body["link"] == "https://tap-huan.example.vn/dang-nhap?ma=" + token)
        #expect(token.count == 43)
        #expect(token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })

        let files = [db, db + "-wal"].compactMap { try? Data(contentsOf: URL(fileURLWithPath: $0)) }
        #expect(!files.contains { $0.range(of: Data(token.utf8)) != nil })
        let database = try AppDatabase.open(path: db)
        guard case .valid(let account) = try database.checkAccess(token: token) else {
            Issue.record("the granted code is not valid")
            return
        }
        #expect(account.unit.rawValue == "PGD-BATXAT")

        let text = try run(["access", "grant", "THPT-CHUYEN"], folder, db)
        #expect(text.stdout.contains("Liên kết đăng nhập: http://127.0.0.1:8080/dang-nhap?ma="))
        #expect(text.stdout.contains("Mã chỉ in ra một lần này"))

        let list = try run(["access", "list", "--json"], folder, db)
        #expect(list.status == 0)
        #expect(!list.stdout.contains(token))
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["unit"] as? String } == ["PGD-BATXAT", "THPT-CHUYEN"])
        #expect(entries.map { $0["state"] as? String } == ["active", "active"])

        let revoke = try run(["access", "revoke", "PGD-BATXAT"], folder, db)
        #expect(revoke.status == 0)
        #expect(revoke.stdout.contains("Đã thu hồi 1 quyền truy cập của PGD-BATXAT"))
        #expect(try database.checkAccess(token: token) == .revoked)
        let after = try run(["access", "list"], folder, db)
        #expect(after.stdout.contains("đã thu hồi"))
        #expect(try database.auditLog().filter { $0.entity == "access" }.count == 3)
    }

    @Test("A past expiry, an unknown unit, a malformed date: refused with the exit status of the contract, nothing granted")
    func badGrants() throws {
        let folder = try Fixture.temporaryDirectory()
        let db = folder.appendingPathComponent("o.sqlite").path
        _ = try Fixture.miniDatabase(path: db)
        let past = try run(["access", "grant", "PGD-BATXAT", "--expires", "2000-01-01"], folder, db)
        #expect(past.status == 1)
        #expect(past.stderr.contains("--expires “2000-01-01”: đã qua"))
        let unknown = try run(["access", "grant", "PGD-KHONGCO"], folder, db)
        #expect(unknown.status == 3)
        let malformed = try run(["access", "grant", "PGD-BATXAT", "--expires", "31/12/2099"], folder, db)
        #expect(malformed.status == 2)
        let list = try run(["access", "list", "--json"], folder, db)
        #expect(list.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]" || list.stdout.contains("[]"))
    }
}
