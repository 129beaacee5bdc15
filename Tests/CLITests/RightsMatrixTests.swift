import Foundation
import Testing
import TestSupport

/// Every writing command of the demo's Lào Cai session run as each kind of principal, through the real binary:
/// the operator (no `--as`), the organiser (Sở GD&ĐT), the division that runs the session (Văn phòng), the office
/// concerned (Phòng GD&ĐT Bát Xát), another office (Phòng GD&ĐT Sa Pa), a unit below the office (a school of
/// Bát Xát that is not the person's workplace) and a unit above it (UBND huyện Bát Xát). An allowed principal
/// gets the command's usual result; a refused one exit 6 and the database file byte for byte as it was.
@Suite("Rights on every write: command × principal")
struct RightsMatrixTests {
    enum Who: String, CaseIterable, CustomStringConvertible {
        case databaseOperator, organiser, division, office, otherOffice, unitBelow, unitAbove
        var actingUnit: String? {
            switch self {
            case .databaseOperator: nil
            case .organiser: "SGDDT-LCI"
            case .division: "PHONG-VANPHONG"
            case .office: "PGD-BATXAT"
            case .otherOffice: "PGD-SAPA"
            case .unitBelow: "THCS-BATXAT-BANVUOC"
            case .unitAbove: "UBND-BATXAT"
            }
        }
        var description: String { rawValue }
    }

    struct Command: Sendable, CustomStringConvertible {
        var name: String
        var arguments: [String]
        var allowed: Set<Who>
        /// The day the rules are judged on.
        var today = "2022-05-01"
        /// A file the command reads, written into the database's folder first.
        var file: (name: String, text: String)?
        /// Commands the operator runs first, so that there is something to act on (a reserve, a new session).
        var setup: [[String]] = []
        var description: String { name }
    }

    static let session = "LCI-2022-TDKT"
    static let nominations: Set<Who> = [.databaseOperator, .organiser, .division, .office, .unitAbove]
    static let organisers: Set<Who> = [.databaseOperator, .organiser, .division]

    static let commands: [Command] = [
        Command(name: "session quota", arguments: ["session", "quota", session, "--unit", "PGD-BATXAT", "--role", "lanh-dao",
                                                   "--count", "3"], allowed: organisers),
        Command(name: "nominee add (reserve at the office)", arguments: [
            "nominee", "add", session, "--unit", "PGD-BATXAT", "--name", "Lò Thị Hoa", "--role", "lanh-dao", "--reserve"],
                allowed: nominations),
        // Cao Thanh An (proposed) works at TH-BATXAT-KIMDONG-TO23; the unit below is another school of Bát Xát.
        Command(name: "nominee confirm", arguments: ["nominee", "confirm", session, "Cao Thanh An"], allowed: nominations),
        Command(name: "nominee confirm --all", arguments: ["nominee", "confirm", session, "--unit", "PGD-BATXAT", "--all"],
                allowed: nominations),
        // Hà Thị Oanh, Bát Xát's leader, works at Phòng GD&ĐT Bát Xát itself.
        Command(name: "nominee withdraw", arguments: ["nominee", "withdraw", session, "Hà Thị Oanh", "--reason", "ốm"],
                allowed: nominations),
        Command(name: "nominee replace", arguments: [
            "nominee", "replace", session, "Hà Thị Oanh", "--name", "Sùng Thị Mai", "--role", "lanh-dao", "--phone", "0987654321"],
                allowed: nominations),
        // The demo has no reserve: Bát Xát adds one and withdraws its leader, whose place the reserve then takes.
        Command(name: "nominee promote", arguments: ["nominee", "promote", session, "Hà Thị Oanh"],
                allowed: nominations, setup: [
                    ["nominee", "add", session, "--unit", "PGD-BATXAT", "--name", "Lò Thị Hoa", "--role", "lanh-dao", "--reserve"],
                    ["nominee", "withdraw", session, "Hà Thị Oanh", "--reason", "ốm"],
                ]),
        Command(name: "nominee import (the office's list, unchanged rows)", arguments: [
            "nominee", "import", "ds.csv", "--session", session, "--unit", "PGD-BATXAT"],
                allowed: nominations.union([.unitBelow]),
                file: ("ds.csv", "Họ và tên,Vai trò,Nơi công tác,Điện thoại\nThào Mỷ Lụa,giao-vien,TH-BATXAT-QUANGKIM,0817052720\n")),
        Command(name: "attendance mark", arguments: ["attendance", "mark", session, "Hà Thị Oanh", "absent"],
                allowed: organisers, today: "2022-05-10"),
        Command(name: "attendance import", arguments: ["attendance", "import", "dd.csv", "--session", session],
                allowed: organisers, today: "2022-05-10",
                file: ("dd.csv", "Họ và tên,Trạng thái\nHà Thị Oanh,Vắng\n")),
        Command(name: "attendance walk-in", arguments: [
            "attendance", "walk-in", session, "--unit", "PGD-BATXAT", "--name", "Hoàng Văn Mới", "--role", "lanh-dao",
            "--replaces", "Hà Thị Oanh"], allowed: organisers, today: "2022-05-10"),
        Command(name: "budget actual (organiser's line)", arguments: ["budget", "actual", session, "hoi-truong", "1000000"],
                allowed: [.databaseOperator, .organiser], today: "2022-05-10"),
        // Bát Xát's report was accepted by the Sở in the demo: reopening it is for the office it is owed to and
        // the organisers, never for Bát Xát itself.
        Command(name: "cascade reopen", arguments: [
            "cascade", "reopen", session, "--unit", "PGD-BATXAT", "--reason", "sai số người"],
                allowed: organisers, today: "2022-06-10"),
        // Every follow-up of the demo is open already: a copy of the seed session, held and not yet followed up.
        Command(name: "cascade open", arguments: ["cascade", "open", "LCI-2022-MOI", "--invited"],
                allowed: organisers, today: "2022-05-11",
                file: ("s.yaml", (try? String(contentsOf: Fixture.root.appendingPathComponent("Templates/sessions/lao-cai-2022-tdkt.yaml"), encoding: .utf8))?
                    .replacingOccurrences(of: "\ncode: LCI-2022-TDKT\n", with: "\ncode: LCI-2022-MOI\n") ?? ""),
                setup: [["session", "create", "--template", "s.yaml"]]),
        // MN Quang Kim reports to Bát Xát's office (its follow-up): the office it is owed to and the organisers of
        // the cascade accept it; not the district above Bát Xát's office, which does not receive the report.
        Command(name: "cascade accept (a school's report owed to Bát Xát)", arguments: [
            "cascade", "accept", "LCI-2022-TDKT-PGD-BATXAT", "--unit", "MN-BATXAT-QUANGKIM"],
                allowed: [.databaseOperator, .organiser, .division, .office], today: "2022-06-20"),
        Command(name: "session create (organised by the Sở, run by Văn phòng)", arguments: ["session", "create", "--template", "s.yaml"],
                allowed: organisers,
                file: ("s.yaml", (try? Fixture.text("mini-session.yaml"))?
                    .replacingOccurrences(of: "code: LCI-2022-TDKT", with: "code: LCI-2022-MOI") ?? "")),
        Command(name: "units import (a school of the Sở renamed)", arguments: ["units", "import", "u.yaml"],
                allowed: [.databaseOperator, .organiser],
                file: ("u.yaml", (try? String(contentsOf: Fixture.root.appendingPathComponent("Templates/units/lao-cai-2022.yaml"), encoding: .utf8))?
                    .replacingOccurrences(of: "name: Trường THPT số 1 Bát Xát\n", with: "name: Trường THPT số 1 huyện Bát Xát\n") ?? "")),
        // A sign-in to the server: the operator, the unit itself or a unit above it, and the organisers of a session
        // that invites the unit, who hand out the codes (issue 17: "the organiser gives each office access").
        Command(name: "access grant", arguments: ["access", "grant", "PGD-BATXAT"],
                allowed: [.databaseOperator, .organiser, .division, .office, .unitAbove]),
        Command(name: "access revoke", arguments: ["access", "revoke", "PGD-BATXAT"],
                allowed: [.databaseOperator, .organiser, .division, .office, .unitAbove]),
        // A unit never changes its own place in the tree: moving Bát Xát's office under the Sở is refused to
        // the office itself, to the district above it (which would lose it) and to the Sở (not above it).
        Command(name: "units import (Bát Xát's office moved under the Sở)", arguments: ["units", "import", "u.yaml"],
                allowed: [.databaseOperator],
                file: ("u.yaml", (try? String(contentsOf: Fixture.root.appendingPathComponent("Templates/units/lao-cai-2022.yaml"), encoding: .utf8))?
                    .replacingOccurrences(of: "kind: phong-gddt\n    staff: 12\n    parent: UBND-BATXAT\n",
                                          with: "kind: phong-gddt\n    staff: 12\n    parent: SGDDT-LCI\n") ?? "")),
        // A file naming Bát Xát's office the organiser of a session that invites Sa Pa gives it nothing.
        Command(name: "session create (Bát Xát's office naming itself organiser of Sa Pa)",
                arguments: ["session", "create", "--template", "s.yaml"], allowed: [.databaseOperator],
                file: ("s.yaml", (try? Fixture.text("mini-session.yaml"))?
                    .replacingOccurrences(of: "code: LCI-2022-TDKT", with: "code: LCI-2022-GIA")
                    .replacingOccurrences(of: "organiser: SGDDT-LCI\nmanaged_by: PHONG-VANPHONG\n", with: "organiser: PGD-BATXAT\n") ?? "")),
        // A plan issued by Bát Xát's office that makes the Sở and every district office report to it.
        Command(name: "plan import (Bát Xát's office making the Sở owe it a report)", arguments: ["plan", "import", "p.yaml"],
                allowed: [.databaseOperator], today: "2022-05-20",
                file: ("p.yaml", """
                    code: GIA-2022
                    title: Kế hoạch giả
                    year: 2022
                    issuer: PGD-BATXAT
                    place: Bát Xát
                    duties:
                      - code: bao-cao-gia
                        kind: periodic-report
                        title: Báo cáo cho Phòng GD&ĐT Bát Xát
                        due: 2022-06-30
                        owed_by: {kinds: [so, phong-gddt]}
                        report_to: PGD-BATXAT
                    """)),
        // Đỗ Thị Hồng Thơm works at Si Ma Cai's office: Bát Xát's office, organiser of its own follow-up, cannot
        // move her into its tree by naming her with a Bát Xát workplace; the Sở, which convenes Si Ma Cai, can.
        Command(name: "nominee add (another district's person moved into the follow-up)", arguments: [
            "nominee", "add", "LCI-2022-TDKT-PGD-BATXAT", "--name", "Đỗ Thị Hồng Thơm", "--phone", "0359468366",
            "--unit", "TH-BATXAT-KIMDONG", "--works-at", "TH-BATXAT-KIMDONG", "--role", "cbql"],
                allowed: [.databaseOperator, .organiser]),
        Command(name: "demo (rebuilding the database)", arguments: [
            "demo", "--force", "--templates", Fixture.root.appendingPathComponent("Templates").path, "--exports", "exports"],
                allowed: [.databaseOperator]),
        // The demo's Lai Châu plan is followed by its issuer (LĐLĐ tỉnh), none of the Lào Cai principals.
        Command(name: "plan done", arguments: ["plan", "done", "LCU-2022-TDKT-CD", "2", "--on", "2022-03-20"],
                allowed: [.databaseOperator], today: "2022-05-01"),
        // The blocs of the demo's plans (Lai Châu, seed 003; Việt Yên, seed 002) are their chairs', deputies' and
        // members' and their plans' issuers': none of the Lào Cai principals.
        Command(name: "bloc score", arguments: ["bloc", "score", "KHOI-LDLD-CDN-CDVC", "LDLD-SINHO", "nhiem-vu", "30"],
                allowed: [.databaseOperator], today: "2022-12-20"),
        Command(name: "bloc criteria", arguments: ["bloc", "criteria", "KHOI-CO-QUAN-VY", "tc.yaml"],
                allowed: [.databaseOperator], today: "2024-12-20",
                file: ("tc.yaml", "criteria:\n  - {code: nhiem-vu, name: Nhiệm vụ, points: 100}\n")),
        Command(name: "bloc self-score", arguments: ["bloc", "self-score", "KHOI-CO-QUAN-VY", "VP-VIETYEN", "nhiem-vu=50",
                                                     "phong-trao=20", "bao-cao=10"],
                allowed: [.databaseOperator], today: "2024-12-20"),
        Command(name: "bloc check", arguments: ["bloc", "check", "KHOI-CO-QUAN-VY", "PNV-VIETYEN", "--by", "PGD-VIETYEN",
                                                "nhiem-vu=50", "phong-trao=20", "bao-cao=10"],
                allowed: [.databaseOperator], today: "2024-12-20"),
        Command(name: "bloc vote", arguments: ["bloc", "vote", "KHOI-XA-PHUONG-VY", "UBND-NENH", "UBND-NENH"],
                allowed: [.databaseOperator], today: "2024-12-20"),
        Command(name: "bloc meeting", arguments: ["bloc", "meeting", "KHOI-XA-PHUONG-VY", "quarterly", "--on", "2024-12-19",
                                                  "--present", "UBND-NENH"],
                allowed: [.databaseOperator], today: "2024-12-20"),
        // Bát Xát's own line of the budget (lodging, paid by the sending office): the organiser itself, Bát Xát and
        // the units above it; not the division that runs the session (spending is the finance office's).
        Command(name: "budget actual (Bát Xát's line)", arguments: [
            "budget", "actual", session, "phu-cap-luu-tru", "500000", "--unit", "PGD-BATXAT"],
                allowed: [.databaseOperator, .organiser, .office, .unitAbove], today: "2022-05-10"),
        // Si Ma Cai's follow-up: planned and reported by Si Ma Cai or the organisers; Bát Xát, Sa Pa, a school of
        // Bát Xát and Bát Xát's district are not above Si Ma Cai.
        Command(name: "cascade plan (Si Ma Cai's follow-up)", arguments: [
            "cascade", "plan", session, "--unit", "PGD-SIMACAI", "--date", "2022-05-25", "--venue", "Hội trường Phòng GD&ĐT Si Ma Cai",
            "--per-unit", "2", "--follow-up-days", "20", "--audience", "people"], allowed: organisers, today: "2022-05-20"),
        Command(name: "cascade report (Si Ma Cai's follow-up)", arguments: [
            "cascade", "report", session, "--unit", "PGD-SIMACAI", "--held", "2022-06-14", "--reached-units", "10",
            "--reached-people", "41"], allowed: organisers, today: "2022-06-14"),
        // Seed 003's duties and blocs are Lai Châu's (LĐLĐ tỉnh's plan): none of the Lào Cai principals.
        Command(name: "duty report (a Lai Châu union's registration)", arguments: [
            "duty", "report", "LDLD-SINHO", "dang-ky-thi-dua", "--plan", "LCU-2022-TDKT-CD", "--on", "2022-01-25"],
                allowed: [.databaseOperator], today: "2022-01-25"),
        Command(name: "bloc create", arguments: [
            "bloc", "create", "KHOI-MOI", "--plan", "LCU-2022-TDKT-CD", "--name", "Khối mới", "--chair", "CDCS-TAMDUONG-UBND",
            "--member", "CDCS-PHONGTHO-UBND"], allowed: [.databaseOperator]),
        Command(name: "bloc add", arguments: ["bloc", "add", "KHOI-LDLD-CDN-CDVC", "CDCS-PHONGTHO-UBND"],
                allowed: [.databaseOperator]),
        // Seed 001's recurring reports: one period's day is set by the plan's issuer (LĐLĐ tỉnh) only.
        Command(name: "duty set-due", arguments: ["duty", "set-due", "LCU-2021-628", "bao-cao-nam", "--period", "2022",
                                                  "--due", "2023-01-12"],
                allowed: [.databaseOperator], today: "2022-05-01"),
    ]

    /// An office naming another office's quota for its own staff is refused as a matter of rights (exit 6,
    /// `notAllowed`), not told that its people do not fit that quota (exit 1): the workplace speaks for its
    /// person only in its own sender's quota.
    @Test(arguments: [("PGD-BATXAT", "PGD-BATXAT", "lanh-dao"), ("TH-BATXAT-QUANGKIM", "PGD-BATXAT", "giao-vien"),
                      ("TH-BATXAT-QUANGKIM", "TH-BATXAT-QUANGKIM", "giao-vien")])
    func anOfficesStaffInAnotherOfficesQuota(_ worksAt: String, _ actingUnit: String, _ role: String) throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = Self.fingerprint(db)
        let result = try DemoRun.run([
            "nominee", "add", Self.session, "--unit", "PGD-SAPA", "--works-at", worksAt, "--name", "Lò Văn Xá",
            "--role", role, "--as", actingUnit], db: db)
        #expect(result.status == 6, "\(result.status) \(result.stderr)")
        #expect(result.stderr.contains("không có quyền") && result.stderr.contains("PGD-SAPA"), "\(result.stderr)")
        #expect(Self.fingerprint(db) == before)
    }

    /// The allowed side of the rows only the operator passes among the Lào Cai principals: the plan's issuer,
    /// a bloc's chair, the unit that owes a duty and a bloc member act on what is theirs.
    @Test(arguments: [
        ("LDLD-SINHO", ["duty", "report", "LDLD-SINHO", "dang-ky-thi-dua", "--plan", "LCU-2022-TDKT-CD", "--on", "2022-01-25"], "2022-01-25"),
        ("LDLD-LCU", ["bloc", "create", "KHOI-MOI", "--plan", "LCU-2022-TDKT-CD", "--name", "Khối mới", "--chair",
                      "CDCS-TAMDUONG-UBND", "--member", "CDCS-PHONGTHO-UBND"], "2022-05-01"),
        ("LDLD-TPLAICHAU", ["bloc", "add", "KHOI-LDLD-CDN-CDVC", "CDCS-PHONGTHO-UBND"], "2022-05-01"),
        ("LDLD-LCU", ["duty", "set-due", "LCU-2021-628", "bao-cao-nam", "--period", "2022", "--due", "2023-01-12"], "2022-05-01"),
    ])
    func theOwnerOfAPlanOrBlocMayAct(_ unit: String, _ arguments: [String], _ today: String) throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DemoRun.run(arguments + ["--as", unit], db: db, today: today)
        #expect(result.status == 0, "\(arguments) as \(unit): \(result.stderr)")
    }

    /// The database file and its WAL, as bytes to compare.
    private static func fingerprint(_ path: String) -> [Data] {
        [path, path + "-wal"].map { (try? Data(contentsOf: URL(fileURLWithPath: $0))) ?? Data() }
    }

    @Test(arguments: commands)
    func commandAsEveryPrincipal(_ command: Command) throws {
        for who in Who.allCases {
            let (folder, db) = try DemoRun.shared.copyOfDatabase()
            defer { try? FileManager.default.removeItem(at: folder) }
            var arguments = command.arguments
            if let file = command.file {
                let path = folder.appendingPathComponent(file.name).path
                try file.text.write(toFile: path, atomically: true, encoding: .utf8)
                arguments = arguments.map { $0 == file.name ? path : $0 }
            }
            for step in command.setup {
                let steps = step.map { $0 == command.file?.name ? folder.appendingPathComponent($0).path : $0 }
                let result = try DemoRun.run(steps, db: db, today: command.today)
                #expect(result.status == 0, "\(command): setting up with \(step): \(result.stderr)")
            }
            if let unit = who.actingUnit { arguments += ["--as", unit] }
            let before = Self.fingerprint(db)
            let result = try DemoRun.run(arguments, db: db, today: command.today)
            if command.allowed.contains(who) {
                #expect(result.status == 0, "\(command) as \(who): \(result.stderr)")
            } else {
                #expect(result.status == 6, "\(command) as \(who) should be refused: \(result.status) \(result.stderr)")
                #expect(result.stderr.contains("không có quyền"), "\(command) as \(who): \(result.stderr)")
                #expect(Self.fingerprint(db) == before, "\(command) as \(who) changed the database")
            }
        }
    }
}
