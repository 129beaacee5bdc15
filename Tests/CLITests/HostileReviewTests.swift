import Foundation
import Testing
import TestSupport

/// What a hostile review of rights and identity found, through the real binary on the demo database: each
/// would have let a wrong unit change data or made two people of one (or one of two).
@Suite("Rights and identity: what a hostile review found")
struct HostileReviewTests {
    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func names(_ db: String) throws -> [String] {
        let result = try DemoRun.run(["nominee", "list", "LCI-2022-TDKT", "--json"], db: db)
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        return rows.compactMap { $0["name"] as? String }
    }

    /// A list whose every row the acting unit may not change is a refusal of rights (exit 6), not bad input.
    @Test func aListOfRowsTheUnitMayNotChangeIsRefusedAsRights() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.write("""
            Họ và tên,Chức vụ,Nơi công tác,Điện thoại,Vai trò,Giới tính,Năm sinh
            Phạm Thị Thu Hà,Phó Hiệu trưởng,THPT-SO1-LAOCAI,0915 246 810,Cán bộ quản lý,Nữ,1979
            Đỗ Văn Khải,Giáo viên,THPT-SO1-LAOCAI,0987654321,Giáo viên,Nam,1990

            """, "thpt.csv", in: folder)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        for extra in [[], ["--partial"]] {
            let result = try DemoRun.run(
                ["nominee", "import", file, "--session", "LCI-2022-TDKT", "--as", "THPT-SO2-LAOCAI"] + extra, db: db)
            #expect(result.status == 6, "\(extra): \(result.stderr)")
            #expect(result.stderr.contains("2 dòng không có quyền thay đổi"), "\(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    /// Soft hyphens pasted into a UTF-8 list are invisible characters, not TCVN3's "ư": the names come in as
    /// they read, and the known person with the same phone is found.
    @Test func softHyphensInAUnicodeListDoNotTurnItIntoTCVN3() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.write("""
            Họ và tên,Vai trò,Nơi công tác,Đơn vị cử,Điện thoại
            H\u{AD}à T\u{AD}ú Anh,Cán bộ quản lý,TH-SIMACAI-THITRAN,PGD-SIMACAI,0933000999

            """, "ds.csv", in: folder)
        let result = try DemoRun.run(["nominee", "import", file, "--session", "LCI-2022-TDKT"], db: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("TCVN3"), "\(result.stderr)")
        let names = try Self.names(db)
        #expect(names.contains("Hà Tú Anh"), "\(names)")
        #expect(!names.contains { $0.contains("\u{AD}") || $0.contains("Tỳ") })
    }

    /// Two rows of one name and birth year with two phones are two people (`PersonIdentity`: a phone decides),
    /// in a file as in the database: not "the same person as row 2".
    @Test func twoPhonesInOneFileAreTwoPeople() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.write("""
            Họ và tên,Vai trò,Nơi công tác,Đơn vị cử,Điện thoại,Năm sinh
            Lù Văn Sáu,Cán bộ quản lý,TH-SIMACAI-THITRAN,PGD-SIMACAI,0933444555,1980
            Lù Văn Sáu,Cán bộ quản lý,TH-SIMACAI-THITRAN,PGD-SIMACAI,0933444666,1980
            Lù Văn Bảy,Cán bộ quản lý,TH-SIMACAI-THITRAN,PGD-SIMACAI,,1981
            Lù Văn Bảy,Cán bộ quản lý,TH-SIMACAI-THITRAN,PGD-SIMACAI,,1981

            """, "ds.csv", in: folder)
        let result = try DemoRun.run(["nominee", "import", file, "--session", "LCI-2022-TDKT", "--dry-run"], db: db)
        let output = result.stdout + result.stderr
        #expect(!output.contains("dòng 2 (cùng họ tên và năm sinh)"), "\(output)")
        // Without phones, the same name and birth year is one person written twice.
        #expect(output.contains("trùng người ở dòng 4 (cùng họ tên và năm sinh)"), "\(output)")
    }

    /// A unit never moves itself: a school of Bát Xát that puts itself under Bảo Thắng's office is refused, and
    /// so Bảo Thắng never gains a say over Bát Xát's nominees.
    @Test func aSchoolDoesNotMoveItself() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let units = try String(contentsOf: Fixture.root.appendingPathComponent("Templates/units/lao-cai-2022.yaml"), encoding: .utf8)
        let block = try #require(units.range(of: "  - code: TH-BATXAT-KIMDONG\n"))
        let parent = try #require(units.range(of: "    parent: PGD-BATXAT\n", range: block.upperBound..<units.endIndex))
        let moved = units.replacingCharacters(in: parent, with: "    parent: PGD-BAOTHANG\n")
        let file = try Self.write(moved, "u.yaml", in: folder)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let result = try DemoRun.run(["units", "import", file, "--as", "TH-BATXAT-KIMDONG"], db: db)
        #expect(result.status == 6, "\(result.stderr)")
        #expect(result.stderr.contains("chỉ cấp trên mới đổi đơn vị chủ quản"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    /// A namesake with another phone is added as someone else, with the warning an import gives, by `nominee add`
    /// as by a walk-in.
    @Test func aNamesakeIsKeptApartWithAWarningOnEveryPath() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let added = try DemoRun.run([
            "nominee", "add", "LCI-2022-TDKT", "--works-at", "TH-SIMACAI-THITRAN", "--name", "Cao Thanh An",
            "--role", "cbql", "--phone", "0933000222"], db: db)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stderr.contains("cảnh báo: trùng họ tên với người #"), "\(added.stderr)")
        #expect(added.stderr.contains("không gộp"), "\(added.stderr)")
        let walkIn = try DemoRun.run([
            "attendance", "walk-in", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "--name", "Cao  thanh an",
            "--role", "lanh-dao", "--phone", "0933000333", "--replaces", "Hà Thị Oanh"], db: db, today: "2022-05-10")
        #expect(walkIn.status == 0, "\(walkIn.stderr)")
        #expect(walkIn.stderr.contains("trùng họ tên với người #"), "\(walkIn.stderr)")
    }

    /// Another office's quota asked for by name is a refusal of rights (exit 6), not "not invited".
    @Test func anotherOfficesQuotaIsRefusedNotUninvited() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DemoRun.run(
            ["session", "quota", "LCI-2022-TDKT", "--unit", "PGD-SIMACAI", "--as", "PGD-BATXAT"], db: db)
        #expect(result.status == 6, "\(result.stderr)")
        #expect(result.stderr.contains("không có quyền"), "\(result.stderr)")
        let own = try DemoRun.run(
            ["session", "quota", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "--as", "PGD-BATXAT"], db: db)
        #expect(own.status == 0, "\(own.stderr)")
    }
}
