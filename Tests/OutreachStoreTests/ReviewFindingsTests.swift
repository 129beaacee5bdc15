import Foundation
import OutreachCore
import OutreachStore
import Testing
import TestSupport

@Suite("Rules found by review: people who move, look-alikes, foreign files, one transaction per command")
struct ReviewFindingsTests {
    let database = try! Fixture.miniDatabase()
    let context = Fixture.context()

    @Test func aKnownPersonFollowsTheWorkplaceGivenNow() throws {
        _ = try database.addNominee(
            Fixture.request("Giàng A Páo", role: "cbql", worksAt: "TH-BATXAT-KIMDONG", phone: "0912345678"), context: context)
        _ = try database.withdraw(session: Fixture.session, nominee: "Giàng A Páo", reason: nil, context: context)
        var moved = Fixture.request("Giàng A Páo", role: "cbql", worksAt: "THPT-CHUYEN", phone: "0912345678")
        moved.position = "Phó Hiệu trưởng"
        let again = try database.addNominee(moved, context: context)
        #expect(again.nomination.sender.rawValue == "THPT-CHUYEN")
        #expect(again.person.unit?.rawValue == "THPT-CHUYEN")
        #expect(again.person.position == "Phó Hiệu trưởng")
    }

    @Test func theSameNameAtTheSameSchoolWithoutAPhoneIsADuplicate() throws {
        _ = try database.addNominee(Fixture.request("Sùng Thị Mai", role: "cbql", worksAt: "TH-BATXAT-KIMDONG"), context: context)
        let error = #expect(throws: OutreachError.self) {
            try database.addNominee(Fixture.request("sùng thị mai", role: "giao-vien", worksAt: "TH-BATXAT-KIMDONG"), context: context)
        }
        #expect(error?.exitStatus == .conflict)
        // Two phones tell two people of the same name apart.
        _ = try database.addNominee(
            Fixture.request("Lò Văn Sính", role: "cbql", worksAt: "THPT-CHUYEN", phone: "0911111111"), context: context)
        _ = try database.addNominee(
            Fixture.request("Lò Văn Sính", role: "giao-vien", worksAt: "THPT-CHUYEN", phone: "0922222222"), context: context)
    }

    @Test func confirmAllChecksSessionUnitAndInvitationInOneGo() throws {
        #expect(throws: OutreachError.unknownSession("NOPE-1")) {
            try database.confirmAll(session: SessionCode(rawValue: "NOPE-1")!, unit: UnitCode(rawValue: "PGD-BATXAT")!, context: context)
        }
        #expect(throws: OutreachError.unknownUnit("PGD-XYZ")) {
            try database.confirmAll(session: Fixture.session, unit: UnitCode(rawValue: "PGD-XYZ")!, context: context)
        }
        #expect(throws: OutreachError.notInvited(unit: "PHONG-VANPHONG", session: "LCI-2022-TDKT")) {
            try database.confirmAll(session: Fixture.session, unit: UnitCode(rawValue: "PHONG-VANPHONG")!, context: context)
        }
    }

    @Test func freeTextIsCheckedAndNormalised() throws {
        var request = Fixture.request("Vàng Thị Dung", role: "cbql", unit: "THPT-CHUYEN")
        request.note = String(repeating: "x", count: 501)
        let error = #expect(throws: OutreachError.self) { try database.addNominee(request, context: context) }
        #expect(error?.exitStatus == .invalid)
        request.note = "  đi   muộn  "
        #expect(try database.addNominee(request, context: context).nomination.note == "đi muộn")
        let reason = "o\u{0302}\u{0301}m"  // "ốm" decomposed
        _ = try database.withdraw(session: Fixture.session, nominee: "Dung", reason: reason, context: context)
        #expect(try database.auditLog().last?.reason == "ốm".precomposedStringWithCanonicalMapping)
    }

    @Test func theAuditKeepsTheDayRulesWereJudgedOn() throws {
        let added = try database.addNominee(Fixture.request("Thào A Dính", role: "cbql", unit: "THPT-CHUYEN"), context: context)
        let entry = try #require(try database.auditLog(key: "\(added.nomination.id)").last)
        #expect(entry.today == "2022-05-01" && entry.todaySet)
    }

    @Test func aUnitsFileMayAddTheUnitThatImportsIt() throws {
        let yaml = try Fixture.text("mini-units.yaml")
            + "  - {code: PHONG-MOI, name: Phòng mới, kind: phong-thuoc-so, parent: SGDDT-LCI}\n"
        var acting = context
        acting.actor = UnitCode(rawValue: "PHONG-MOI")
        let summary = try database.importUnits(
            try TemplateLoader.units(yaml: yaml, file: "u.yaml"), source: "u.yaml", context: acting)
        #expect(summary.inserted == 1 && summary.updated == 0)
    }

    /// A unit's account maintains the units at and below it only: renaming a unit beside it, or moving one
    /// under itself to gain reach over it, is refused and changes nothing.
    @Test func aUnitsFileReachesOnlyBelowItsSender() throws {
        var acting = context
        acting.actor = UnitCode(rawValue: "PGD-SAPA")
        for (find, replace) in [
            ("name: Văn phòng Sở,", "name: Văn phòng Sở GD&ĐT,"),
            ("code: THPT-CHUYEN, name: Trường THPT Chuyên Lào Cai, kind: truc-thuoc-so, parent: SGDDT-LCI",
             "code: THPT-CHUYEN, name: Trường THPT Chuyên Lào Cai, kind: truc-thuoc-so, parent: PGD-SAPA"),
        ] {
            let yaml = try Fixture.text("mini-units.yaml").replacingOccurrences(of: find, with: replace)
            #expect(yaml != (try Fixture.text("mini-units.yaml")))
            let error = #expect(throws: OutreachError.self) {
                try database.importUnits(try TemplateLoader.units(yaml: yaml, file: "u.yaml"), source: "u.yaml", context: acting)
            }
            #expect(error?.exitStatus == .notAllowed)
        }
        #expect(try database.unit(UnitCode(rawValue: "THPT-CHUYEN")!).parent?.rawValue == "SGDDT-LCI")
        #expect(try database.unit(UnitCode(rawValue: "PHONG-VANPHONG")!).name == "Văn phòng Sở")
    }

    @Test func aForeignSQLiteFileIsRefusedAndLeftAlone() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("other.sqlite").path
        _ = try AppDatabase.open(path: path, create: true)
        try SQLiteShell.execute(path, "DROP TABLE grdb_migrations")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: OutreachError.self) { try AppDatabase.open(path: path) }
        #expect(error?.exitStatus == .io)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func concurrentFirstOpensAllSucceed() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let failures = Failures()
        for round in 0..<10 {
            let path = folder.appendingPathComponent("new-\(round).sqlite").path
            DispatchQueue.concurrentPerform(iterations: 6) { _ in
                do { _ = try AppDatabase.open(path: path, create: true) } catch { failures.add("\(error)") }
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
    }
}

/// Errors collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ text: String) { lock.withLock { items.append(text) } }
    var all: [String] { lock.withLock { items } }
}
