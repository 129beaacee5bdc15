import Foundation
import GRDB
@testable import OutreachCore
@testable import OutreachStore
import Testing
import TestSupport

/// The import checks its rows against state loaded once and writes them with prepared statements; these
/// tests hold it to the rules and the writes of `nominee add`.
@Suite("Import: the rules and writes of nominee add")
struct ImportRulesTests {
    let context = Fixture.context()
    var session: SessionCode { Fixture.session }

    private func row(
        _ number: Int, _ name: String, role: String, worksAt: String, phone: String? = nil, year: Int? = nil
    ) -> NomineeImportRow {
        var row = NomineeImportRow(
            file: "t.xlsx", sheet: "DS", row: number, fullName: try! NameInput.tidied(name), role: RoleCode(rawValue: role)!, sender: nil,
            slotID: nil, nominationID: nil)
        row.worksAt = UnitCode(rawValue: worksAt)
        row.phone = phone
        row.birthYear = year
        return row
    }

    /// What a database holds, ids and times aside.
    private func contents(_ database: AppDatabase, _ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT p.fullName || '|' || p.matchKey || '|' || ifnull(p.unitCode, '') || '|' || ifnull(p.phone, '')
                       || '|' || ifnull(p.birthYear, '') || '|' || n.senderCode || '|' || n.slotId || '|' || n.role
                       || '|' || n.status || '|' || ifnull(n.nominatedOn, '')
                FROM nomination n JOIN person p ON p.id = n.personId ORDER BY n.id
                """)
            + String.fetchAll(db, sql: """
                SELECT entity || '|' || ifnull(actor, '') || '|' || command || '|' || today || '|' || todaySet
                       || '|' || ifnull(before, '') || '|' || ifnull(after, '') || '|' || ifnull(reason, '')
                FROM audit WHERE entity IN ('nomination', 'person') ORDER BY id
                """)
        }
    }

    @Test func importWritesWhatNomineeAddWrites() throws {
        let directory = try Fixture.temporaryDirectory()
        let added = directory.appendingPathComponent("added.sqlite").path
        let imported = directory.appendingPathComponent("imported.sqlite").path
        let viaAdd = try Fixture.miniDatabase(path: added)
        let viaImport = try Fixture.miniDatabase(path: imported)
        let people = [
            ("Sùng Thị Mai", "giao-vien", "TH-BATXAT-KIMDONG", "0912345678"),
            ("Lý Seo Chảo", "cbql", "THCS-BATXAT-YTY", nil),
            ("Nguyễn Văn \"Hoà\" / Bình", "lanh-dao", "PGD-BATXAT", "0987654321"),
        ]
        for (name, role, worksAt, phone) in people {
            _ = try viaAdd.addNominee(Fixture.request(name, role: role, worksAt: worksAt, phone: phone), context: context)
        }
        let rows = people.enumerated().map { index, person in
            row(index + 2, person.0, role: person.1, worksAt: person.2, phone: person.3)
        }
        let outcome = try viaImport.importNominees(rows, session: session, partial: false, dryRun: false, context: context)
        #expect(outcome.committed && outcome.count(.added) == 3 && outcome.problems.isEmpty)
        #expect(try contents(viaImport, imported) == contents(viaAdd, added))
    }

    @Test func quotaAndTwinsAreExactWithinTheFile() throws {
        let database = try Fixture.miniDatabase()
        // Already nominated without a phone: the same name at the same school is the same person (a twin).
        _ = try database.addNominee(
            Fixture.request("Tẩn Láo Lở", role: "cbql", worksAt: "THCS-BATXAT-YTY"), context: context)
        let rows = [
            row(2, "Tẩn Láo Lở", role: "giao-vien", worksAt: "THCS-BATXAT-YTY", phone: "0911111111"),
            row(3, "Vàng Thị Dung", role: "giao-vien", worksAt: "TH-BATXAT-KIMDONG"),
            // The district office's two school places are now taken: this row is over the quota.
            row(4, "Giàng Seo Phử", role: "giao-vien", worksAt: "TH-BATXAT-KIMDONG"),
        ]
        let outcome = try database.importNominees(rows, session: session, partial: true, dryRun: false, context: context)
        let errors = outcome.problems.filter { $0.severity == .error }
        #expect(errors.map(\.row) == [2, 4])
        #expect(errors.first?.message(.en).contains("already") == true || errors.first?.message(.en).contains("Tẩn Láo Lở") == true)
        #expect(errors.last?.message(.vi).contains("đã cử đủ 2 người") == true, "\(errors.last?.message(.vi) ?? "")")
        #expect(outcome.count(.added) == 1)
        #expect(try database.nominees(session: session).map(\.person.fullName) == ["Tẩn Láo Lở", "Vàng Thị Dung"])
    }

    @Test func auditJSONIsTheEncodersJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for values in [
            ["person": "Nguyễn Văn Hoà", "sender": "PGD-BATXAT", "role": "giao-vien", "status": "proposed"],
            ["birthYear": "1985", "gender": "Nữ"], ["unit": "", "position": "Tổ trưởng / Khối 5"],
            ["note": "say \"hi\"\\n", "tab": "a\tb"], [:],
        ] {
            #expect(try AuditJSON.encode(values) == String(decoding: try encoder.encode(values), as: UTF8.self))
        }
        // Pairs in key order, as an import writes them; out of order or not plain, they go the long way.
        let line: KeyValuePairs = ["person": "Nguyễn Văn Hoà", "role": "giao-vien", "sender": "PGD-BATXAT", "status": "proposed"]
        let unsorted: KeyValuePairs = ["status": "proposed", "person": "Lê \"Tí\"", "role": "gv"]
        for pairs in [line, unsorted] {
            let values = Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })
            #expect(try AuditJSON.encode(sorted: pairs) == String(decoding: try encoder.encode(values), as: UTF8.self))
        }
    }
}
