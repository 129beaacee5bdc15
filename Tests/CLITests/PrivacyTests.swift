import Foundation
import Testing
import TestSupport

/// What an office may learn about another office's people: nothing beyond what it typed itself. A name
/// fragment, a phone, a person's number or a refusal never says whose someone is (`Act.viewPerson`,
/// `Authority.mayView`), locally with `--as` as through the server, which calls the same store.
@Suite("Privacy: no office learns whose another office's people are")
struct PrivacyTests {
    static let session = "LCI-2022-TDKT"

    /// "Thị" matches people of many offices; Sa Pa is told only of its own.
    @Test func anAmbiguousNameListsOnlyTheCallersOwnNominees() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DemoRun.run(["nominee", "confirm", Self.session, "Thị", "--as", "PGD-SAPA"], db: db)
        #expect(result.status != 0)
        #expect(result.stderr.contains("khớp nhiều đại biểu"), "\(result.stderr)")
        #expect(result.stderr.contains("(PGD-SAPA)"), "\(result.stderr)")
        for other in ["PGD-BATXAT", "PGD-LAOCAI", "PGD-SIMACAI", "Hà Thị Oanh"] {
            #expect(!result.stderr.contains(other), "\(other) in: \(result.stderr)")
        }
        // The organiser, who sees every office, is shown them all.
        let organiser = try DemoRun.run(["nominee", "confirm", Self.session, "Thị", "--as", "SGDDT-LCI"], db: db)
        #expect(organiser.stderr.contains("PGD-BATXAT"), "\(organiser.stderr)")
    }

    /// Another office's nominee, asked for by phone or name, is a refusal of rights (exit 6, as the rights matrix
    /// wants) that names neither the person nor the office; the office's own is found.
    @Test func anotherOfficesPhoneOrNameIsRefusedNamingNobody() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        // #19 Cao Thanh An, sent by Bát Xát.
        for key in ["0946302155", "Cao Thanh An"] {
            let other = try DemoRun.run(["nominee", "show", Self.session, key, "--as", "PGD-SAPA"], db: db)
            #expect(other.status == 6, "\(other.stderr)")
            #expect(!other.stderr.contains("PGD-BATXAT") && !other.stderr.contains("#19"), "\(other.stderr)")
            #expect(try DemoRun.run(["nominee", "show", Self.session, key, "--as", "PGD-BATXAT"], db: db).status == 0)
        }
    }

    /// A person's number from outside the office's reach is "no such person", as a number nobody has; a
    /// nominee's number is refused (exit 6) without naming the office that sent them.
    @Test func numbersNameNobodyOutsideTheCallersReach() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let add = ["nominee", "add", Self.session, "--role", "giao-vien", "--reserve", "--unit", "PGD-SAPA", "--as", "PGD-SAPA"]
        let elsewhere = try DemoRun.run(add + ["--person", "1"], db: db)
        let nobody = try DemoRun.run(add + ["--person", "999999"], db: db)
        #expect(elsewhere.status == 3, "\(elsewhere.stderr)")
        #expect(elsewhere.stderr == nobody.stderr.replacingOccurrences(of: "999999", with: "1"), "\(elsewhere.stderr)")
        let show = try DemoRun.run(["nominee", "show", Self.session, "19", "--as", "PGD-SAPA"], db: db)
        #expect(show.status == 6, "\(show.stderr)")
        #expect(!show.stderr.contains("PGD-BATXAT") && !show.stderr.contains("Cao Thanh An"), "\(show.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    /// A person typed with another office's nominee's name and phone: the refusal says "another office", never
    /// which, and never where the person works now.
    @Test func refusalsAboutSomeoneElsewhereNameNoOffice() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sapa.csv").path
        try """
            Họ và tên,Vai trò,Nơi công tác,Điện thoại
            Cao Thanh An,Cán bộ quản lý,PGD-SAPA,0946302155

            """.write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try DemoRun.run(
            ["nominee", "import", file, "--session", Self.session, "--unit", "PGD-SAPA", "--as", "PGD-SAPA"], db: db)
        #expect(imported.status != 0)
        #expect(imported.stderr.contains("do một đơn vị khác cử"), "\(imported.stderr)")
        let added = try DemoRun.run([
            "nominee", "add", Self.session, "--name", "Cao Thanh An", "--phone", "0946302155", "--works-at", "PGD-SAPA",
            "--role", "giao-vien", "--unit", "PGD-SAPA", "--as", "PGD-SAPA",
        ], db: db)
        #expect(added.status == 6, "\(added.stderr)")
        for both in [imported.stderr, added.stderr] {
            #expect(!both.contains("BATXAT") && !both.contains("Bát Xát") && !both.contains("TH-"), "\(both)")
        }
    }
}
