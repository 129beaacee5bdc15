import Foundation
import GRDB
import OutreachCore
@testable import OutreachStore
import Testing
import TestSupport

/// `e001-duty-period-and-owner`: a duty owed by a bloc was stored under the scope "PLAN/BLOC"; it now names its
/// plan as its scope and the bloc as its owner, and the duty table's unique key takes the plan duty, the bloc and
/// the period, so two duties of one unit falling due the same day (a six-month and an annual report) both exist.
@Suite("Duties owed by blocs and recurring duties: the stored shape")
struct DutyOwnerMigrationTests {
    @Test func aBlocsScopeBecomesItsOwnerAndReportsStay() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        let old = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(old, upTo: "plan-activity-done")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO meta(key, value) VALUES ('kind', 'demo');
                INSERT INTO unit(code, name, kind, parentCode, sortOrder, source) VALUES ('LDLD-A', 'LĐLĐ A', 'ldld-tinh', NULL, 0, 'u');
                INSERT INTO plan(code, title, year, issuerCode, yaml, resolution, source, createdAt)
                    VALUES ('P', 'Kế hoạch', 2024, 'LDLD-A', 'x', '{}', 'p.yaml', '2024-05-13 08:00:00.000');
                INSERT INTO bloc(code, name, planCode, chairCode, deputyCode, createdAt)
                    VALUES ('KHOI-A', 'Khối A', 'P', 'LDLD-A', NULL, '2024-05-13 08:00:00.000');
                INSERT INTO duty(kind, scope, unitCode, owedTo, dueDate, closesOn, audience, audienceUnits, audiencePeople,
                    createdOn, createdAt, planCode, planDutyCode)
                    VALUES ('periodic-report', 'P', 'LDLD-A', 'LDLD-A', '2024-06-30', '2024-07-30', 'subordinate-units', 0, 0,
                        '2024-05-13', '2024-05-13 08:00:00.000', 'P', 'so-ket'),
                    ('periodic-report', 'P/KHOI-A', 'LDLD-A', 'LDLD-A', '2024-06-30', '2024-07-30', 'subordinate-units', 0, 0,
                        '2024-05-13', '2024-05-13 08:00:00.000', 'P', 'so-ket-khoi');
                INSERT INTO dutyReport(dutyId, doneOn, reportedOn, reachedUnits, reachedPeople, source, recordedAt)
                    VALUES (2, '2024-06-29', '2024-06-29', 0, 0, 'typed', '2024-06-29 08:00:00.000');
                """)
        }
        try old.close()
        let database = try AppDatabase.open(path: path)
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, scope, blocCode, period, planDutyCode FROM duty ORDER BY id")
            #expect(rows.map { $0["scope"] as String } == ["P", "P"])
            #expect(rows.map { $0["blocCode"] as String? } == [nil, "KHOI-A"])
            #expect(rows.map { $0["period"] as String? } == [nil, nil])
            #expect(try Int.fetchOne(db, sql: "SELECT dutyId FROM dutyReport") == 2)
            #expect(try Array(db.foreignKeyViolations()).isEmpty)
        }
        try database.write { db in
            // One unit's six-month and annual reports due the same day, and two periods of one duty: all allowed.
            let insert = """
                INSERT INTO duty(kind, scope, unitCode, owedTo, dueDate, closesOn, audience, audienceUnits, audiencePeople,
                    createdOn, createdAt, planCode, planDutyCode, period)
                VALUES ('periodic-report', 'P', 'LDLD-A', 'LDLD-A', '2025-01-15', '2025-02-14', 'subordinate-units', 0, 0,
                    '2024-05-13', '2024-05-13 08:00:00.000', 'P', ?, ?)
                """
            try db.execute(sql: insert, arguments: ["bao-cao-6-thang", "2024-H2"])
            try db.execute(sql: insert, arguments: ["bao-cao-nam", "2024"])
            #expect(throws: DatabaseError.self) { try db.execute(sql: insert, arguments: ["bao-cao-nam", "2024"]) }
        }
    }
}
