import Foundation
import Testing
import TestSupport
import XLSX

@Suite("outreach attendance import: sign-in sheets and lists back in, every row checked")
struct AttendanceImportCLITests {
    /// A mini database with the four Bát Xát nominees of the import fixtures.
    static func setUp() throws -> (folder: URL, db: String) {
        let (folder, db) = try NomineeImportCLITests.setUp()
        let result = try NomineeImportCLITests.run(
            ["nominee", "import", NomineeImportCLITests.fixture("list-utf8.csv"), "--session", "LCI-2022-TDKT"], db: db)
        #expect(result.status == 0, "\(result.stderr)")
        return (folder, db)
    }

    static func run(_ arguments: [String], db: String) throws -> ProcessResult {
        try DemoRun.run(arguments, db: db, today: "2022-05-10")
    }

    static func report(_ db: String) throws -> String {
        try run(["attendance", "report", "LCI-2022-TDKT", "--json"], db: db).stdout
    }

    @Test func aListWithStatusesPartsAndNotes() throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = folder.appendingPathComponent("diem-danh.csv")
        try """
            Họ và tên,Trạng thái,Buổi,Ghi chú
            Nguyễn Văn Hòa,Có mặt,,
            0912345002,đến muộn,Sáng 10/05/2022,8h20
            giàng a páo,Vắng có phép,,ốm
            Sùng Thị Dung,vang,,

            """.write(to: list, atomically: true, encoding: .utf8)
        let result = try Self.run(["attendance", "import", list.path, "--session", "LCI-2022-TDKT"], db: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("điểm danh 4, không đổi 0"), "\(result.stdout)")
        let marks = try Self.run(["attendance", "report", "LCI-2022-TDKT"], db: db)
        #expect(marks.status == 0)
        let before = try NomineeImportCLITests.bytes(db)
        let again = try Self.run(["attendance", "import", list.path, "--session", "LCI-2022-TDKT"], db: db)
        #expect(again.stdout.contains("điểm danh 0, không đổi 4"), "\(again.stdout)")
        #expect(try NomineeImportCLITests.bytes(db) == before, "the same list again changes nothing")
    }

    @Test func badRowsMarkNobody() throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = folder.appendingPathComponent("diem-danh.csv")
        try "Họ và tên,Trạng thái,Buổi\nNguyễn Văn Hòa,Có mặt,\nKhông Có Ai,Có mặt,\nLò Thị Mai,ở nhà,\nGiàng A Páo,Có mặt,Chiều 11/05/2022\n"
            .write(to: list, atomically: true, encoding: .utf8)
        let before = try NomineeImportCLITests.bytes(db)
        let result = try Self.run(["attendance", "import", list.path, "--session", "LCI-2022-TDKT"], db: db)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "lỗi: diem-danh.csv, dòng 3: Không Có Ai không có trong danh sách đợt này; người đến không đăng ký thì dùng outreach attendance walk-in",
            "lỗi: diem-danh.csv, dòng 4, cột Trạng thái: ở nhà ghi Có mặt, Đến muộn, Vắng có phép hoặc Vắng",
            "lỗi: diem-danh.csv, dòng 5, cột Buổi: Chiều 11/05/2022 không phải buổi của đợt này; các buổi: Sáng 10/05/2022, Chiều 10/05/2022",
            "lỗi: diem-danh.csv: 3 lỗi, không nhập gì; sửa các dòng nêu trên rồi nhập lại, hoặc thêm --partial để chỉ nhập các dòng đúng",
        ], "\(result.stderr)")
        #expect(try NomineeImportCLITests.bytes(db) == before)
        let partial = try Self.run(["attendance", "import", list.path, "--session", "LCI-2022-TDKT", "--partial"], db: db)
        #expect(partial.status == 0)
        #expect(partial.stdout.contains("điểm danh 1"), "\(partial.stdout)")
    }

    @Test func aTypedBackSignInSheet() throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = folder.appendingPathComponent("ky-ten.xlsx")
        let export = try Self.run(["export", "signin", "LCI-2022-TDKT", "-o", sheet.path], db: db)
        #expect(export.status == 0, "\(export.stderr)")
        let read = try #require(try XLSXReader.read(url: sheet).sheets.first)
        #expect(read.text(at: "B12") == "Sùng Thị Dung" && read.text(at: "B15") == "Giàng A Páo", "the layout the fill assumes")
        // Three signed (one written "Đến muộn"), Giàng A Páo left blank: absent.
        try FormFiller.fill(sheet, cells: ["F12": .text("x"), "F13": .text("Đến muộn"), "F14": .text("Mai")])
        let result = try Self.run(["attendance", "import", sheet.path, "--session", "LCI-2022-TDKT"], db: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("điểm danh 4, không đổi 0"), "\(result.stdout)")
        let report = try Self.report(db)
        #expect(report.contains("\"absent\" : 2"), "two half-days: \(report)")
        #expect(report.contains("\"late\" : 2"), "\(report)")
        #expect(report.contains("\"present\" : 4"), "\(report)")
    }
}
