import Foundation
import GRDB
import OutreachCore
import OutreachImport
import OutreachOperations
import OutreachStore
import Testing
import TestSupport

/// `ImportNominees.run` checks the rows on one thread, a chunk at a time, while another writes the rows checked
/// so far: whatever the chunk, the outcome, every problem, what is kept and the database's rows must be those of
/// one chunk holding the whole file (as when the rows were all checked before any was written).
@Suite("Import: the same results whatever the chunk the rows are checked and written in")
struct ChunkedImportTests {
    /// One import's results in comparable form (times and ids aside where they are not the file's).
    struct Result: Equatable, CustomStringConvertible {
        var rows: [String] = []
        var problems: [ImportProblem] = []
        var committed = false
        var error: OutreachError?
        var database: [String] = []

        var description: String {
            (rows + problems.map { $0.message(.vi) } + ["committed \(committed)", "error \(String(describing: error))"]
                + database).joined(separator: "\n")
        }
    }

    /// What a database holds, times aside.
    static func contents(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT n.id || '|' || p.id || '|' || p.fullName || '|' || p.matchKey || '|' || ifnull(p.unitCode, '')
                       || '|' || ifnull(p.phone, '') || '|' || ifnull(p.birthYear, '') || '|' || ifnull(p.gender, '')
                       || '|' || n.senderCode || '|' || n.slotId || '|' || n.role || '|' || n.status
                FROM nomination n JOIN person p ON p.id = n.personId ORDER BY n.id
                """)
            + String.fetchAll(db, sql: """
                SELECT id || '|' || entity || '|' || entityKey || '|' || command || '|' || ifnull(before, '') || '|'
                       || ifnull(after, '') FROM audit ORDER BY id
                """)
        }
    }

    /// The mini session with room for hundreds of nominees from the district's schools.
    static let large = SessionCode(rawValue: "LCI-2022-LON")!

    /// Imports `paths` one after the other into a fresh mini database, `chunk` rows at a time: into the mini
    /// session, or into `large` with `namesakes` people already in the database, named as the list's are.
    static func imports(
        _ paths: [String], chunk: Int, office: String? = nil, partial: Bool = false, dryRun: Bool = false,
        today: CalendarDate = Fixture.beforeDeadline, namesakes: Int? = nil
    ) throws -> [Result] {
        let directory = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("db.sqlite").path
        let database = try Fixture.miniDatabase(path: path)
        if let namesakes {
            let yaml = try Fixture.text("mini-session.yaml")
                .replacingOccurrences(of: "code: LCI-2022-TDKT", with: "code: \(large.rawValue)")
                .replacingOccurrences(of: "count: 2, from: subordinate", with: "count: 500, from: subordinate")
            _ = try database.createSession(yaml: yaml, file: "large.yaml", context: Fixture.context())
            // More people than the list has rows, so that the import looks its names up chunk by chunk.
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                for index in 0..<namesakes {
                    let name = name(index)
                    try db.execute(sql: """
                        INSERT INTO person (fullName, matchKey, unitCode, phone, createdAt, birthYear)
                        VALUES (?, ?, ?, ?, '2022-04-01 00:00:00.000', ?)
                        """, arguments: [name, VietnameseText.matchKey(name), ["TH-BATXAT-KIMDONG", "PGD-SAPA"][index % 2],
                                         index % 3 == 0 ? nil : String(format: "0913%06d", index), 1960 + index % 40])
                }
            }
        }
        var results: [Result] = []
        for file in paths {
            var result = Result()
            do {
                let imported = try ImportNominees.run(
                    ImportFile.read(path: file), session: namesakes == nil ? Fixture.session : large,
                    office: office.flatMap(UnitCode.init(rawValue:)),
                    partial: partial, dryRun: dryRun, database: database, context: Fixture.context(today: today),
                    chunk: chunk)
                result.rows = imported.outcome.rows.map { row in
                    "\(row.sheet ?? "")|\(row.row)|\(row.change)|\(row.nomination)|\(row.fullName)|\(row.sender)|\(row.role)"
                }
                result.problems = imported.problems
                result.committed = imported.outcome.committed
            } catch {
                result.error = error
            }
            result.database = try contents(path)
            results.append(result)
        }
        return results
    }

    /// The name of a list's row (64 names, then the same again).
    static func name(_ index: Int) -> String {
        let families = ["Nguyễn", "Lò", "Giàng", "Sùng", "Vàng", "Tẩn", "Lý", "Hoàng"]
        let given = ["Văn Hoà", "Thị Mai", "A Páo", "Thị Dung", "Seo Chảo", "Láo Lở", "Thị Lan", "Văn Bình"]
        return "\(families[index % 8]) \(given[(index / 8) % 8])"
    }

    /// A list of `count` people over the mini district's schools, with duplicates of earlier rows (the same name
    /// and phone, or the same name, no phone and the same year, 64 rows apart), namesakes told apart by their
    /// phones, and, with `errors`, rows with a role the session does not have; chunks of a few rows cut between
    /// a row and the row it repeats.
    static func list(count: Int, errors: Bool) throws -> String {
        let schools = ["Trường Tiểu học Kim Đồng", "Trường PTDTBT THCS Y Tý", "THCS-BATXAT-YTY"]
        var lines = ["STT,Họ và tên,Nơi công tác,Điện thoại,Vai trò,Năm sinh"]
        for index in 0..<count {
            var phone = String(format: "0912%06d", index)
            if index >= 64 && index % 5 == 0 { phone = String(format: "0912%06d", index - 64) }
            if index % 4 == 1 { phone = "" }
            let year = "\(1970 + (index % 64) % 30)"
            var role = ["Giáo viên", "Cán bộ quản lý"][index % 2]
            if errors && index % 13 == 12 { role = "Hiệu phó" }
            lines.append("\(index + 1),\(name(index)),\(schools[index % 3]),\(phone),\(role),\(year)")
        }
        let directory = try Fixture.temporaryDirectory()
        let path = directory.appendingPathComponent("list-\(count)-\(errors).csv").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let fixtures = [
        "list-utf8.csv", "list-errors.xlsx", "list-messy.xlsx", "list-over-quota.xlsx", "list-signature-block.xlsx",
        "list-tcvn3.xlsx",
    ].map { Fixture.path("import/\($0)") }

    @Test(arguments: [false, true])
    func theFixturesImportTheSameInChunksOfOneOrTwoRows(partial: Bool) throws {
        for office in [nil, "PGD-BATXAT"] {
            // Each file alone, and all in a row into one database (later files meet the people of earlier ones).
            for paths in Self.fixtures.map({ [$0] }) + [Self.fixtures, Self.fixtures] {
                let whole = try Self.imports(paths, chunk: .max, office: office, partial: partial)
                for chunk in [1, 2] {
                    let chunked = try Self.imports(paths, chunk: chunk, office: office, partial: partial)
                    #expect(chunked == whole, "chunk \(chunk), \(paths.map { URL(fileURLWithPath: $0).lastPathComponent })")
                }
            }
        }
    }

    @Test(arguments: [nil, 300])
    func aLongListWithDuplicatesAcrossChunksImportsTheSame(namesakes: Int?) throws {
        for errors in [false, true] {
            let path = try Self.list(count: 150, errors: errors)
            for partial in [false, true] {
                // Imported twice: the second time every person is known (the database is read whole or by name).
                let whole = try Self.imports([path, path], chunk: .max, office: "PGD-BATXAT", partial: partial, namesakes: namesakes)
                #expect(whole[0].problems.contains { $0.reason.vi.contains("trùng người") })
                if namesakes != nil {
                    // Room for every row: most are added, and found again by the second import.
                    #expect(whole[0].rows.filter { $0.contains("|added|") }.count > 100)
                    #expect(!whole[0].committed || whole[1].rows.filter { $0.contains("|unchanged|") }.count > 100)
                }
                for chunk in [1, 3, 64] {
                    let chunked = try Self.imports(
                        [path, path], chunk: chunk, office: "PGD-BATXAT", partial: partial, namesakes: namesakes)
                    #expect(chunked == whole, "chunk \(chunk), errors \(errors), partial \(partial)")
                }
            }
        }
    }

    @Test func aDryRunAndARefusedSessionAreTheSameInChunks() throws {
        let path = try Self.list(count: 40, errors: false)
        let dry = try Self.imports([path], chunk: .max, office: "PGD-BATXAT", dryRun: true)
        #expect(dry[0].committed == false && !dry[0].rows.isEmpty)
        #expect(!dry[0].database.contains { $0.contains("|nomination|") })
        #expect(try Self.imports([path], chunk: 1, office: "PGD-BATXAT", dryRun: true) == dry)
        // The writing refuses the whole file at once (the session is over): the checks stop, the same error.
        let late = try Self.imports([path], chunk: .max, office: "PGD-BATXAT", today: Fixture.afterDeadline)
        #expect(late[0].error != nil)
        #expect(try Self.imports([path], chunk: 1, office: "PGD-BATXAT", today: Fixture.afterDeadline) == late)
    }
}
