import Foundation
import GRDB
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
            "lỗi: diem-danh.csv, dòng 3: Không Có Ai không có trong danh sách đợt này; người đến không đăng ký trước thì ghi là người đến không đăng ký",
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
        // A morning and an afternoon: a sheet each, named after its part, which its heading names too.
        let document = try XLSXReader.read(url: sheet)
        #expect(document.sheets.map(\.name) == ["Sáng 10-05", "Chiều 10-05"])
        #expect(document.sheets.map { $0.text(at: "A8") } == ["Buổi: Sáng 10/05/2022", "Buổi: Chiều 10/05/2022"])
        let read = try #require(document.sheets.first)
        #expect(read.text(at: "B13") == "Sùng Thị Dung" && read.text(at: "B16") == "Giàng A Páo", "the layout the fill assumes")
        // The morning: three signed (one written "Đến muộn"), Giàng A Páo left blank: absent. The afternoon's
        // sheet is not typed in yet: skipped, so nobody is marked absent for it.
        try FormFiller.fill(sheet, cells: ["F13": .text("x"), "F14": .text("Đến muộn"), "F15": .text("Mai")])
        let result = try Self.run(["attendance", "import", sheet.path, "--session", "LCI-2022-TDKT"], db: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "cảnh báo: ky-ten.xlsx, sheet Chiều 10-05, dòng 10: không ai ký ở buổi này: bỏ qua cả trang (chưa nhập buổi này)\n", "\(result.stderr)")
        #expect(result.stdout.contains("điểm danh 4, không đổi 0"), "\(result.stdout)")
        let report = try Self.report(db)
        #expect(report.contains("\"absent\" : 1"), "the morning only: \(report)")
        #expect(report.contains("\"late\" : 1"), "\(report)")
        #expect(report.contains("\"present\" : 2"), "\(report)")
        #expect(try Self.afternoon(db).isEmpty, "nothing marked for the afternoon")
    }

    /// The marks of the afternoon by name: status and note.
    static func afternoon(_ db: String) throws -> [String: String] {
        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        return try queue.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT person.fullName AS name, attendance.status AS status, attendance.note AS note
                FROM attendance JOIN nomination ON nomination.id = attendance.nominationId
                JOIN person ON person.id = nomination.personId WHERE attendance.part = '2022-05-10:pm'
                """)
            return Dictionary(uniqueKeysWithValues: rows.map { row in
                (row["name"] as String, (row["status"] as String) + ((row["note"] as String?).map { " (\($0))" } ?? ""))
            })
        }
    }

    @Test func anEmptySignatureKeepsAMarkAndASignatureDropsAnExcuse() throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (who, status, note) in [("Sùng Thị Dung", "present", nil), ("Giàng A Páo", "excused", "Có giấy xin phép"),
                                    ("Nguyễn Văn Hòa", "late", "8h20")] as [(String, String, String?)] {
            let mark = try Self.run(["attendance", "mark", "LCI-2022-TDKT", who, status, "--part", "2022-05-10:pm"]
                                    + (note.map { ["--note", $0] } ?? []), db: db)
            #expect(mark.status == 0, "\(mark.stderr)")
        }
        let sheet = folder.appendingPathComponent("ky-ten.xlsx")
        let export = try Self.run(["export", "signin", "LCI-2022-TDKT", "-o", sheet.path], db: db)
        #expect(export.status == 0, "\(export.stderr)")
        let read = try #require(try XLSXReader.read(url: sheet).sheet(named: "Chiều 10-05"))
        #expect(read.text(at: "B13") == "Sùng Thị Dung" && read.text(at: "B14") == "Nguyễn Văn Hoà"
                && read.text(at: "B16") == "Giàng A Páo", "the layout the fill assumes")
        // Dung present at the door but did not sign; Hòa (late) signed; Páo (excused) came after all and signed.
        // The afternoon's sheet is the workbook's second: the import knows its part from it, without --part.
        try FormFiller.fill(sheet, sheetPart: "xl/worksheets/sheet2.xml", cells: ["F14": .text("Hòa"), "F16": .text("x")])
        let result = try Self.run(["attendance", "import", sheet.path, "--session", "LCI-2022-TDKT"], db: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == """
            cảnh báo: ky-ten.xlsx, sheet Sáng 10-05, dòng 10: không ai ký ở buổi này: bỏ qua cả trang (chưa nhập buổi này)
            cảnh báo: 1 người có ô Ký tên trống nhưng đã được điểm danh: giữ nguyên điểm danh đã có

            """, "\(result.stderr)")
        #expect(result.stdout.contains("điểm danh 2, không đổi 2"), "\(result.stdout)")
        let marks = try Self.afternoon(db)
        #expect(marks == ["Sùng Thị Dung": "present", "Nguyễn Văn Hoà": "late (8h20)", "Giàng A Páo": "present",
                          "Lò Thị Mai": "absent"], "\(marks)")
        #expect(try Self.report(db).contains("\"absent\" : 1"), "the morning untouched")
    }
}
