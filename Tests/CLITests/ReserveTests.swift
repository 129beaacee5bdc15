import Foundation
import Testing
import TestSupport
import XLSX

@Suite("Reserves (dự bị), confirming, replacing with history, and the audit trail at the command line")
struct ReserveTests {
    /// A mini database in a fresh folder, and a runner on it as the operator (or `--as` an office).
    struct Setup {
        let folder: URL
        let database: String
        var env: [String: String] { ["OUTREACH_DB": database, "OUTREACH_TODAY": "2022-05-01"] }

        init() throws {
            folder = try Fixture.temporaryDirectory()
            database = folder.appendingPathComponent("t.sqlite").path
            for arguments in [["init"], ["units", "import", Fixture.path("mini-units.yaml")],
                              ["session", "create", "--template", Fixture.path("mini-session.yaml")]] {
                let result = try run(arguments)
                guard result.status == 0 else { throw CLIFailure(message: result.stderr) }
            }
        }

        func run(_ arguments: [String]) throws -> ProcessResult {
            try CLIRunner.run(arguments, in: folder, environment: env)
        }

        func json(_ arguments: [String]) throws -> Any {
            let result = try run(arguments + ["--json"])
            guard result.status == 0 else { throw CLIFailure(message: result.stderr) }
            return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        }

        func bytes() throws -> Data {
            try Data(contentsOf: URL(fileURLWithPath: database))
        }

        func remove() {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    struct CLIFailure: Error {
        var message: String
    }

    static let session = "LCI-2022-TDKT"

    /// PGD-BATXAT's one lanh-dao place held by #1, with reserves #2 and #3 (listed by the office itself).
    func withReserves() throws -> Setup {
        let setup = try Setup()
        let add = ["nominee", "add", Self.session, "--unit", "PGD-BATXAT", "--role", "lanh-dao", "--as", "PGD-BATXAT"]
        for (name, reserve) in [("Giàng A Páo", false), ("Lò Thị Hoa", true), ("Sùng Thị Mai", true)] {
            let result = try setup.run(add + ["--name", name] + (reserve ? ["--reserve"] : []))
            #expect(result.status == 0, "\(result.stderr)")
        }
        return setup
    }

    @Test func reservesWaitOutsideTheQuotaAndAreListedInOrder() throws {
        let setup = try withReserves()
        defer { setup.remove() }
        let added = try setup.run(["nominee", "add", Self.session, "--unit", "PGD-BATXAT", "--role", "lanh-dao",
                                   "--name", "Vàng A Dế", "--reserve"])
        #expect(added.stdout.contains("Đã ghi dự bị #4 Vàng A Dế (lanh-dao) cho PGD-BATXAT."))
        // The place is taken, yet reserves were listed: they count for nothing in the quota.
        let quota = try #require(try setup.json(["session", "quota", Self.session]) as? [String: Any])
        let office = try #require((quota["offices"] as? [[String: Any]])?.first { $0["unit"] as? String == "PGD-BATXAT" })
        #expect(office["nominated"] as? Int == 1)
        let full = try setup.run(["nominee", "add", Self.session, "--unit", "PGD-BATXAT", "--role", "lanh-dao",
                                  "--name", "Hầu Thị Chi"])
        #expect(full.status == 4)
        let list = try setup.run(["nominee", "list", Self.session, "--unit", "PGD-BATXAT"])
        let lines = list.stdout.split(separator: "\n").map(String.init)
        #expect(lines.firstIndex { $0.contains("#1") }! < lines.firstIndex { $0.contains("#2") }!)
        #expect(lines.filter { $0.hasSuffix("Dự bị") }.count == 3)
        #expect(list.stdout.contains("4 người"))
        let rows = try #require(try setup.json(["nominee", "list", Self.session]) as? [[String: Any]])
        #expect(rows.compactMap { $0["status"] as? String } == ["proposed", "reserve", "reserve", "reserve"])
        // --all adds the withdrawn and replaced only; reserves are not listed twice.
        #expect(try setup.run(["nominee", "list", Self.session, "--all"]).stdout.contains("4 người"))
    }

    @Test func confirmAllAndPerPersonLeaveReservesWaiting() throws {
        let setup = try withReserves()
        defer { setup.remove() }
        let all = try setup.run(["nominee", "confirm", Self.session, "--unit", "PGD-BATXAT", "--all"])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout == "Đã xác nhận #1 Giàng A Páo\n")
        #expect(try setup.run(["nominee", "confirm", Self.session, "--unit", "PGD-BATXAT", "--all"]).stdout
            == "Không có ai cần xác nhận.\n")
        #expect(try setup.run(["nominee", "confirm", Self.session, "#1"]).status == 0)
        let before = try setup.bytes()
        let reserve = try setup.run(["nominee", "confirm", Self.session, "Hoa"])
        #expect(reserve.status == 4)
        #expect(reserve.stderr == "lỗi: #2 đang ở trạng thái “Dự bị”, không chuyển sang “Đã xác nhận” được\n")
        #expect(try setup.bytes() == before)
    }

    @Test func aWithdrawalProposesTheFirstReserveAndPromoteTakesItUp() throws {
        let setup = try withReserves()
        defer { setup.remove() }
        #expect(try setup.run(["nominee", "confirm", Self.session, "#1"]).status == 0)
        let withdrawn = try setup.run(["nominee", "withdraw", Self.session, "Páo", "--reason", "ốm", "--as", "PGD-BATXAT"])
        #expect(withdrawn.status == 0, "\(withdrawn.stderr)")
        #expect(withdrawn.stdout.contains("Đã rút #1 Giàng A Páo"))
        #expect(withdrawn.stdout.contains(
            "Người dự bị thay thế: #2 Lò Thị Hoa (lanh-dao); nhận chỗ bằng: outreach nominee promote LCI-2022-TDKT 1"))
        let promoted = try setup.run(["nominee", "promote", Self.session, "1", "--confirm", "--as", "PGD-BATXAT"])
        #expect(promoted.status == 0, "\(promoted.stderr)")
        #expect(promoted.stdout == "#2 Lò Thị Hoa (dự bị) thay #1: đã xác nhận\n")
        // The place is held again, by one person, and the next reserve still waits.
        let rows = try #require(try setup.json(["nominee", "list", Self.session, "--all"]) as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as! Int, $0) })
        #expect(byID[1]?["status"] as? String == "withdrawn")
        #expect(byID[2]?["status"] as? String == "confirmed")
        #expect(byID[2]?["replaces"] as? Int == 1)
        #expect(byID[3]?["status"] as? String == "reserve")
        // The place cannot be taken twice.
        let before = try setup.bytes()
        let again = try setup.run(["nominee", "promote", Self.session, "1"])
        #expect(again.status == 4)
        #expect(again.stderr == "lỗi: chỗ của #1 đã có #2 Lò Thị Hoa thay\n")
        #expect(try setup.bytes() == before)
    }

    @Test func aWithdrawnReserveLeavesNoPlaceToFill() throws {
        let setup = try withReserves()
        defer { setup.remove() }
        #expect(try setup.run(["nominee", "withdraw", Self.session, "Hoa", "--reason", "bận"]).status == 0)
        let before = try setup.bytes()
        let refused = try setup.run(["nominee", "promote", Self.session, "#2"])
        #expect(refused.status == 4, "\(refused.stderr)")
        #expect(refused.stderr == "lỗi: #2 đang ở trạng thái “Dự bị”, không chuyển sang “Đã thay” được\n")
        #expect(try setup.bytes() == before)
    }

    @Test func promotingOverANomineeStillInPlaceReplacesThemInOneStep() throws {
        let setup = try withReserves()
        defer { setup.remove() }
        let json = try #require(try setup.json(
            ["nominee", "promote", Self.session, "Páo", "--reserve", "Mai"]) as? [String: Any])
        #expect(json["id"] as? Int == 3)
        #expect(json["status"] as? String == "proposed")
        #expect(json["replaces"] as? Int == 1)
        let history = try #require(try setup.json(["nominee", "show", Self.session, "#3"]) as? [String: Any])
        let chain = try #require(history["chain"] as? [[String: Any]])
        #expect(chain.compactMap { $0["id"] as? Int } == [1, 3])
        #expect(chain.compactMap { $0["status"] as? String } == ["replaced", "proposed"])
        let audit = try #require(history["audit"] as? [[String: Any]])
        #expect(audit.compactMap { $0["command"] as? String } == ["nominee add", "nominee add", "nominee promote", "nominee promote"])
        let shown = try setup.run(["nominee", "show", Self.session, "Páo"])
        #expect(shown.stdout.contains("  #1 Giàng A Páo (PGD-BATXAT, lanh-dao) – Đã thay\n→ #3 Sùng Thị Mai (PGD-BATXAT, lanh-dao) – Đã đăng ký, thay #1"))
        #expect(shown.stdout.contains("trạng thái: Dự bị → Đã đăng ký"))
    }

    @Test func replaceKeepsWhoReplacedWhomWhenAndByWhom() throws {
        let setup = try withReserves()
        defer { setup.remove() }
        let replaced = try setup.run(["nominee", "replace", Self.session, "Páo", "--name", "Thào A Dính",
                                      "--role", "lanh-dao", "--as", "PGD-BATXAT"])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        let history = try #require(try setup.json(["nominee", "show", Self.session, "Dính"]) as? [String: Any])
        #expect((history["chain"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Giàng A Páo", "Thào A Dính"])
        let audit = try #require(history["audit"] as? [[String: Any]])
        let replace = try #require(audit.last)
        #expect(replace["actor"] as? String == "PGD-BATXAT")
        #expect(replace["command"] as? String == "nominee replace")
        #expect(replace["today"] as? String == "2022-05-01")
        #expect(replace["at"] as? String != nil)
        let changes = try #require(replace["changes"] as? [[String: String]])
        #expect(changes.contains(["field": "replacedBy", "after": "4"]))
        #expect(changes.contains(["field": "status", "before": "proposed", "after": "replaced"]))
    }

    @Test func aReserveCanLeaveTheQueueWithoutProposingAnyone() throws {
        let setup = try withReserves()
        defer { setup.remove() }
        let left = try setup.run(["nominee", "withdraw", Self.session, "Hoa", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(left.stdout.utf8)) as? [String: Any])
        #expect(json["status"] as? String == "withdrawn")
        #expect(json["proposedReserve"] == nil)
        let out = try setup.run(["nominee", "withdraw", Self.session, "Páo", "--json"])
        let proposal = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(proposal["proposedReserve"] as? Int == 3)
    }

    @Test func auditListShowsTheTrailFilteredBySessionUnitAndDay() throws {
        let setup = try withReserves()
        defer { setup.remove() }
        #expect(try setup.run(["nominee", "add", Self.session, "--unit", "THPT-CHUYEN", "--role", "cbql",
                               "--name", "Hầu Thị Chi", "--today", "2022-05-03"]).status == 0)
        #expect(try setup.run(["nominee", "withdraw", Self.session, "Páo", "--reason", "ốm", "--as", "PGD-BATXAT",
                               "--today", "2022-05-04"]).status == 0)
        let all = try #require(try setup.json(["audit", "list"]) as? [[String: Any]])
        let session = try #require(try setup.json(["audit", "list", "--session", Self.session]) as? [[String: Any]])
        // Units imported and people are not about the session; everything else here is.
        #expect(all.count > session.count)
        #expect(session.first?["entity"] as? String == "session")
        let office = try #require(try setup.json(["audit", "list", "--unit", "PGD-BATXAT"]) as? [[String: Any]])
        #expect(office.compactMap { $0["key"] as? String }.filter { $0 == "1" }.count == 2)
        #expect(!office.contains { $0["key"] as? String == "4" })
        let since = try #require(try setup.json(
            ["audit", "list", "--session", Self.session, "--unit", "PGD-BATXAT", "--since", "2022-05-04"]) as? [[String: Any]])
        #expect(since.count == 1)
        #expect(since.first?["reason"] as? String == "ốm")
        let text = try setup.run(["audit", "list", "--since", "2022-05-04"])
        #expect(text.stdout.contains("PGD-BATXAT  nominee withdraw  đại biểu #1  trạng thái: Đã đăng ký → Đã rút  ốm"))
        #expect(text.stdout.hasPrefix("Lúc"))
        #expect(text.stdout.contains("1 dòng"))
    }

    @Test func theNomineeListExportHasTheReservesApart() throws {
        let setup = try withReserves()
        defer { setup.remove() }
        let exported = try setup.run(["export", "nominees", Self.session])
        #expect(exported.status == 0, "\(exported.stderr)")
        let document = try XLSXReader.read(
            url: setup.folder.appendingPathComponent("exports/\(Self.session)/danh-sach-dai-bieu.xlsx"))
        let sheet = try #require(document.sheet(named: "Danh sách"))
        let texts = sheet.rows.map { row in row.cells.keys.sorted().map { row.cells[$0]!.displayText } }
        let heading = try #require(texts.firstIndex { $0.first == "III. DANH SÁCH DỰ BỊ" })
        #expect(texts[heading + 1].first == "1. Phòng Giáo dục và Đào tạo huyện Bát Xát – dự bị 2")
        #expect(Array(texts[heading + 2].prefix(2)) == ["1", "Lò Thị Hoa"])
        #expect(texts[heading + 2].contains("Dự bị"))
        #expect(Array(texts[heading + 3].prefix(2)) == ["2", "Sùng Thị Mai"])
        // The main list keeps only the one who holds the place; the summary counts one nominated.
        #expect(texts.prefix(heading).filter { $0.contains("Lò Thị Hoa") }.isEmpty)
        #expect(texts.prefix(heading).contains { $0.contains("Giàng A Páo") })
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var status: Int32
        var message: String
        var testDescription: String { name }
    }

    static let badCases: [BadCase] = [
        BadCase(name: "promote with no reserve waiting", arguments: ["nominee", "promote", session, "#4"], status: 3,
                message: "lỗi: không có người dự bị cho chỗ của #4 (thêm bằng: outreach nominee add LCI-2022-TDKT … --reserve)"),
        BadCase(name: "promote a reserve's own place", arguments: ["nominee", "promote", session, "Hoa"], status: 4,
                message: "lỗi: #2 đang ở trạng thái “Dự bị”, không chuyển sang “Đã thay” được"),
        BadCase(name: "--reserve that is not a reserve", arguments: ["nominee", "promote", session, "Páo", "--reserve", "#4"],
                status: 1, message: "lỗi: --reserve “#4”: #4 không phải người dự bị"),
        BadCase(name: "--reserve of another office",
                arguments: ["nominee", "promote", session, "#4", "--reserve", "Hoa"], status: 1,
                message: "lỗi: --reserve “Hoa”: là dự bị của PGD-BATXAT, không phải của THPT-CHUYEN"),
        BadCase(name: "promote by an office that does not send the place",
                arguments: ["nominee", "promote", session, "Páo", "--as", "THPT-CHUYEN"], status: 6,
                message: "lỗi: THPT-CHUYEN không có quyền tìm đại biểu “Páo”"),
        BadCase(name: "promote after the deadline without --late",
                arguments: ["nominee", "promote", session, "Páo", "--today", "2022-05-09"], status: 4,
                message: "đã quá hạn đăng ký của đợt LCI-2022-TDKT"),
        BadCase(name: "the same person as a reserve twice",
                arguments: ["nominee", "add", session, "--unit", "PGD-BATXAT", "--role", "lanh-dao", "--name", "Lò Thị Hoa",
                            "--reserve"], status: 4,
                message: "lỗi: Lò Thị Hoa đã có trong danh sách đợt LCI-2022-TDKT (do PGD-BATXAT cử)"),
        BadCase(name: "a reserve for a role the office has no place for",
                arguments: ["nominee", "add", session, "--unit", "THPT-CHUYEN", "--role", "lanh-dao", "--name", "Lò Văn Sính",
                            "--reserve"], status: 1, message: "định mức của THPT-CHUYEN không nhận vai trò “lanh-dao”"),
        BadCase(name: "promote an unknown nominee", arguments: ["nominee", "promote", session, "#99"], status: 3,
                message: "không tìm thấy đại biểu “#99”"),
        BadCase(name: "audit list --since an impossible day", arguments: ["audit", "list", "--since", "2022-02-30"],
                status: 2, message: "lỗi: --since phải là một ngày có thật, viết DD/MM/YYYY hoặc YYYY-MM-DD, không phải “2022-02-30”"),
        BadCase(name: "audit list of an unknown session", arguments: ["audit", "list", "--session", "LCI-2099-X"],
                status: 3, message: "không có đợt tập huấn mã “LCI-2099-X”"),
        BadCase(name: "audit list of an unknown unit", arguments: ["audit", "list", "--unit", "PGD-KHONGCO"],
                status: 3, message: "không có đơn vị mã “PGD-KHONGCO”"),
        BadCase(name: "show an unknown nominee", arguments: ["nominee", "show", session, "Không Có Ai"], status: 3,
                message: "không tìm thấy đại biểu “Không Có Ai”"),
    ]

    /// Each refusal: its message, its exit status, one line, nothing on stdout, the database file unchanged.
    @Test(arguments: badCases)
    func refusedWithoutChange(_ c: BadCase) throws {
        let setup = try withReserves()
        defer { setup.remove() }
        #expect(try setup.run(["nominee", "add", Self.session, "--unit", "THPT-CHUYEN", "--role", "cbql",
                               "--name", "Hầu Thị Chi"]).status == 0)
        let before = try setup.bytes()
        let result = try setup.run(c.arguments)
        #expect(result.status == c.status, "\(result.stderr)")
        #expect(result.stderr.contains(c.message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)
        #expect(try setup.bytes() == before, "the database changed")
    }
}
