import Foundation
import Testing
import TestSupport
import XLSX

/// What each principal reads with `--as`, through the real binary on the demo's database: the same `Authority`
/// rules as the server's pages. A list shows only the offices the unit may see (its own, those below it; the
/// organisers see every office); a paper that is the whole session's (sign-in sheet, attendance, budget) is the
/// organisers' and refused to anyone else with exit 6; nothing changes the database. The principals are those of
/// `RightsMatrixTests`.
@Suite("Rights on reads: command × principal")
struct ReadRightsTests {
    typealias Who = RightsMatrixTests.Who

    /// What a principal gets: everything (both Bát Xát's and Sa Pa's offices), a part (`shows` and never
    /// `hides`), or a refusal (exit 6).
    enum Sees: Sendable {
        case all
        case part(shows: String, hides: String)
        case refused
    }

    struct Read: Sendable, CustomStringConvertible {
        var name: String
        var arguments: [String]
        /// The file the command writes (read back), if any.
        var output: String?
        var today = "2022-05-10"
        /// What shows Bát Xát's and Sa Pa's offices in what the command gives.
        var marks = ReadRightsTests.names
        var sees: [Who: Sees]
        var description: String { name }
    }

    static let session = RightsMatrixTests.session
    /// How Bát Xát's and Sa Pa's offices show in a workbook (their names) and in JSON (their codes).
    static let names = (batXat: "Bát Xát", saPa: "Sa Pa"), codes = (batXat: "PGD-BATXAT", saPa: "PGD-SAPA")
    static let organisers: [Who: Sees] = [.databaseOperator: .all, .organiser: .all, .division: .all]
    /// Bát Xát's office and the district above it see Bát Xát's part, Sa Pa's office its own.
    static func offices(_ marks: (batXat: String, saPa: String)) -> [Who: Sees] {
        organisers.merging([
            .office: .part(shows: marks.batXat, hides: marks.saPa), .unitAbove: .part(shows: marks.batXat, hides: marks.saPa),
            .otherOffice: .part(shows: marks.saPa, hides: marks.batXat),
        ]) { $1 }
    }

    static let reads: [Read] = [
        Read(name: "export signin", arguments: ["export", "signin", session, "-o", "ky-ten.xlsx"], output: "ky-ten.xlsx",
             sees: organisers),
        Read(name: "export attendance", arguments: ["export", "attendance", session, "-o", "diem-danh.xlsx"],
             output: "diem-danh.xlsx", sees: organisers),
        Read(name: "export budget", arguments: ["export", "budget", session, "-o", "du-toan.xlsx"], output: "du-toan.xlsx",
             sees: organisers),
        Read(name: "export nominees", arguments: ["export", "nominees", session, "-o", "dai-bieu.xlsx"],
             output: "dai-bieu.xlsx", sees: offices(names)),
        Read(name: "export form (every office it may see)", arguments: ["export", "form", session, "-o", "./", "--json"],
             marks: (batXat: "PGD-BATXAT.xlsx", saPa: "PGD-SAPA.xlsx"), sees: organisers.merging([
                .office: .part(shows: "PGD-BATXAT.xlsx", hides: "PGD-SAPA.xlsx"),
                .unitAbove: .part(shows: "PGD-BATXAT.xlsx", hides: "PGD-SAPA.xlsx"),
                .otherOffice: .part(shows: "PGD-SAPA.xlsx", hides: "PGD-BATXAT.xlsx"),
             ]) { $1 }),
        Read(name: "export form of Sa Pa", arguments: ["export", "form", session, "--unit", "PGD-SAPA", "-o", "sapa.xlsx"],
             output: "sapa.xlsx",
             sees: [Who.databaseOperator, .organiser, .division, .otherOffice].reduce(into: [:]) {
                $0[$1] = .part(shows: names.saPa, hides: names.batXat)
             }),
        Read(name: "nominee list", arguments: ["nominee", "list", session, "--json"], marks: codes, sees: offices(codes)),
        Read(name: "nominee list of Sa Pa", arguments: ["nominee", "list", session, "--unit", "PGD-SAPA", "--json"],
             marks: codes, sees: [Who.databaseOperator, .organiser, .division, .otherOffice].reduce(into: [:]) {
                $0[$1] = .part(shows: codes.saPa, hides: codes.batXat)
             }),
        Read(name: "session quota", arguments: ["session", "quota", session, "--json"], marks: codes, sees: offices(codes)),
        Read(name: "attendance report", arguments: ["attendance", "report", session, "--json"], marks: codes,
             sees: offices(codes)),
        Read(name: "export payment", arguments: ["export", "payment", session, "--line", "phu-cap-luu-tru", "-o", "chi.xlsx"],
             output: "chi.xlsx", sees: organisers),
    ]

    /// The text of every cell of every sheet of a workbook.
    static func texts(_ url: URL) throws -> String {
        try XLSXReader.read(url: url).sheets.flatMap { sheet in
            sheet.cells.values.compactMap { if case .text(let text) = $0.value { text } else { nil } }
        }.joined(separator: "\n")
    }

    @Test(arguments: reads)
    func readAsEveryPrincipal(_ read: Read) throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fingerprint = { [path = db] in [path, path + "-wal"].map { (try? Data(contentsOf: URL(fileURLWithPath: $0))) ?? Data() } }
        let before = fingerprint()
        for who in Who.allCases {
            if let output = read.output { try? FileManager.default.removeItem(at: folder.appendingPathComponent(output)) }
            let arguments = read.arguments + (who.actingUnit.map { ["--as", $0] } ?? [])
            let result = try DemoRun.run(arguments, db: db, today: read.today)
            let expected = read.sees[who] ?? .refused
            if case .refused = expected {
                #expect(result.status == 6, "\(read) as \(who) should be refused: \(result.status) \(result.stderr)")
                #expect(result.stderr.contains("không có quyền"), "\(read) as \(who): \(result.stderr)")
                if let output = read.output {
                    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(output).path),
                            "\(read) as \(who) wrote its file")
                }
                continue
            }
            #expect(result.status == 0, "\(read) as \(who): \(result.stderr)")
            let seen = try read.output.map { try Self.texts(folder.appendingPathComponent($0)) } ?? result.stdout
            switch expected {
            case .all:
                #expect(seen.contains(read.marks.batXat) && seen.contains(read.marks.saPa),
                        "\(read) as \(who) should see every office")
            case .part(let shows, let hides):
                #expect(seen.contains(shows), "\(read) as \(who) should show \(shows)")
                #expect(!seen.contains(hides), "\(read) as \(who) should not show \(hides)")
            case .refused:
                break
            }
        }
        #expect(fingerprint() == before, "\(read) changed the database")
    }
}

/// What a cold review of issue 16 found a unit could read: a plan's duties (the whole plan for its issuer and the
/// units above it; a unit that owes duties sees its own; a unit outside the plan none, and the tracker workbook
/// is refused to both), a follow-up without duties of its own, the whole database by a backup.
@Suite struct UnitReadRightsTests {
    static let plan = "LCU-2022-TDKT-CD"

    @Test func aUnitSeesItsOwnDutiesOnlyAndNotTheTracker() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let issuer = try DemoRun.run(["plan", "duties", Self.plan, "--json", "--as", "LDLD-LCU"], db: db, today: "2022-06-01")
        #expect(issuer.status == 0 && issuer.stdout.contains("LDLD-NAMNHUN") && issuer.stdout.contains("LDLD-TAMDUONG"))
        let own = try DemoRun.run(["plan", "duties", Self.plan, "--json", "--as", "LDLD-NAMNHUN"], db: db, today: "2022-06-01")
        #expect(own.status == 0 && own.stdout.contains("LDLD-NAMNHUN"), "\(own.stderr)")
        #expect(!own.stdout.contains("LDLD-TAMDUONG"), "another union's duties")
        let outside = try DemoRun.run(["plan", "duties", Self.plan, "--json", "--as", "PGD-SAPA"], db: db, today: "2022-06-01")
        #expect(outside.status == 0 && !outside.stdout.contains("LDLD-"), "\(outside.stdout)")
        let all = try DemoRun.run(["duty", "remind", Self.plan], db: db, today: "2022-06-01")
        #expect(all.stdout.contains("CDN-YTE-LCU"), "the operator's reminders name another union")
        let remind = try DemoRun.run(["duty", "remind", Self.plan, "--as", "LDLD-NAMNHUN"], db: db, today: "2022-06-01")
        #expect(remind.status == 0 && remind.stdout.contains("LDLD-NAMNHUN") && !remind.stdout.contains("CDN-YTE-LCU"),
                "\(remind.stdout)")
        for who in ["LDLD-NAMNHUN", "PGD-SAPA"] {
            let export = try DemoRun.run(["export", "duties", Self.plan, "-o", folder.appendingPathComponent("\(who).xlsx").path,
                                          "--as", who], db: db, today: "2022-06-01")
            #expect(export.status == 6, "\(who): \(export.status) \(export.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(who).xlsx").path))
        }
    }

    /// A unit with no follow-up duty of its own or below it is told so, not that no duty was opened (they were).
    @Test func aUnitWithoutDutiesIsNotToldNoneWereOpened() throws {
        let school = try DemoRun.run(["cascade", "status", "LCI-2022-TDKT", "--as", "THCS-BATXAT-BANVUOC"],
                                     db: DemoRun.shared.database, today: "2022-06-20")
        #expect(school.status == 0 && school.stdout.contains("mà THCS-BATXAT-BANVUOC được xem"), "\(school.stdout)")
        #expect(!school.stdout.contains("cascade open"), "\(school.stdout)")
    }

    /// A session's facts for the units taking part in it or organising it, as the server's pages show them:
    /// another district's follow-up is refused, not printed.
    @Test func anotherDistrictsFollowUpSessionIsRefused() throws {
        let child = "LCI-2022-TDKT-PGD-SAPA"
        let other = try DemoRun.run(["session", "show", child, "--as", "PGD-BACHA"], db: DemoRun.shared.database)
        #expect(other.status == 6 && other.stdout.isEmpty, "\(other.stdout)")
        #expect(other.stderr.contains("PGD-BACHA không có quyền xem đợt \(child)"), "\(other.stderr)")
        for who in ["PGD-SAPA", "SGDDT-LCI"] {
            let seen = try DemoRun.run(["session", "show", child, "--as", who], db: DemoRun.shared.database)
            #expect(seen.status == 0 && seen.stdout.hasPrefix(child), "\(who): \(seen.stderr)")
        }
    }

    /// A backup holds every office's people and phones: the operator's alone.
    @Test func onlyTheOperatorCopiesTheDatabase() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for who in ["PGD-BATXAT", "SGDDT-LCI"] {
            let copy = folder.appendingPathComponent("\(who).sqlite").path
            let refused = try DemoRun.run(["db", "backup", copy, "--as", who], db: DemoRun.shared.database)
            #expect(refused.status == 6 && refused.stderr.contains("không có quyền"), "\(who): \(refused.stderr)")
            #expect(!FileManager.default.fileExists(atPath: copy))
        }
        let copy = folder.appendingPathComponent("operator.sqlite").path
        #expect(try DemoRun.run(["db", "backup", copy], db: DemoRun.shared.database).status == 0)
        #expect(FileManager.default.fileExists(atPath: copy))
    }
}
