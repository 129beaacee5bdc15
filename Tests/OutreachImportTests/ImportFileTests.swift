import Foundation
import OutreachCore
import OutreachImport
import Testing
import TestSupport

@Suite("Reading lists: every encoding and real-world cell, made by other tools")
struct ImportFileTests {
    static let names = ["Nguyễn Văn Hoà", "Lò Thị Mai", "Giàng A Páo", "Sùng Thị Dung"]

    static func path(_ name: String) -> String { Fixture.path("import/\(name)") }

    /// The text of a field in every data row of the file's tables.
    static func column(_ file: ImportFile, _ field: ImportField) -> [String] {
        file.tables.flatMap { table in
            table.rows.compactMap { row -> String? in
                guard let column = table.columns.columns[field] else { return nil }
                let text = VietnameseText.normalized(row[column].text)
                return text.isEmpty ? nil : text
            }
        }
    }

    @Test(arguments: [
        ("list-utf8.csv", "UTF-8", nil), ("list-utf8-bom-semicolon.csv", "UTF-8 (BOM)", nil),
        ("list-utf16le-tab.csv", "UTF-16LE", nil), ("list-utf16be.csv", "UTF-16BE", nil),
        ("list-nfd.csv", "UTF-8", nil), ("list-cp1258.csv", "Windows-1258", nil),
        ("list-vni.csv", "Windows-1258", "VNI-Windows"), ("list-tcvn3.csv", "Windows-1258", "TCVN3"),
        ("list-tcvn3.xlsx", nil, "TCVN3"),
    ] as [(String, String?, String?)])
    func everyEncodingReadsTheSameNames(file name: String, encoding: String?, legacy: String?) throws {
        let file = try ImportFile.read(path: Self.path(name))
        #expect(file.encoding == encoding)
        let names = Self.column(file, .name)
        #expect(names == Self.names)
        #expect(names.allSatisfy { $0 == $0.precomposedStringWithCanonicalMapping })
        #expect(Self.column(file, .role) == ["Lãnh đạo", "Cán bộ TĐKT", "Cán bộ quản lý", "Giáo viên"])
        #expect(Self.column(file, .workplace).contains("Trường PTDTBT THCS Y Tý"))
        let converted = file.notes.filter { $0.reason.vi.contains("bảng mã") }
        if let legacy {
            #expect(converted.contains { $0.column == "Họ và tên" && $0.reason.vi.contains(legacy) })
        } else {
            #expect(converted.isEmpty)
        }
    }

    @Test func realWorldWorkbookCells() throws {
        let file = try ImportFile.read(path: Self.path("list-messy.xlsx"))
        #expect(file.tables.map(\.sheet) == ["Bát Xát", "Sa Pa"], "the instruction sheet has no header")
        let batxat = try #require(file.tables.first)
        #expect(batxat.columns.headerRow == 4, "below the title block")
        let rows = Dictionary(uniqueKeysWithValues: batxat.rows.map { ($0.number, $0) })
        let phone = try #require(batxat.columns.columns[.phone])
        let workplace = try #require(batxat.columns.columns[.workplace])
        let birth = try #require(batxat.columns.columns[.birth])
        #expect(rows[5]?[phone] == .number(912_345_001), "a phone typed as a number")
        #expect(rows[9]?[phone] == .text("0912345004"), "a formula's cached value")
        #expect(rows[9]?[workplace] == .text("Trường Tiểu học Kim Đồng"), "a merged cell fills every row it covers")
        #expect(rows[6]?[birth] == .date(try CalendarDate(iso: "1988-04-30")), "a date cell")
        #expect(rows[5]?[birth] == .number(1975))
        #expect(Self.column(file, .name).first == "nguyễn văn hoà", "spaces trimmed, case tidied later")
    }

    @Test func aFileWithoutHeaderIsRefused() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("x.csv").path
        try "a,b,c\n1,2,3\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: OutreachError.self) { try ImportFile.read(path: file) }
        do {
            _ = try ImportFile.read(path: file)
        } catch {
            #expect(error.exitStatus == .invalid, "a file read fine that holds no table is invalid input")
            #expect(error.message(.vi).contains("không tìm thấy dòng tiêu đề"))
        }
    }
}

@Suite("Checking rows before anything is written")
struct NomineeRowCheckerTests {
    @Test func everyBadRowIsReportedWithRowColumnAndWhatToDo() throws {
        let database = try Fixture.miniDatabase()
        let file = try ImportFile.read(path: Fixture.path("import/list-errors.xlsx"))
        let checker = NomineeRowChecker(
            file: file.name, session: try database.session(Fixture.session), units: try database.units(), sender: nil)
        let (rows, problems) = checker.check(file.tables)
        let messages = problems.map { $0.message(.vi) }
        let expected = [
            "list-errors.xlsx, sheet DS, dòng 2, cột Điện thoại: 912345678 thiếu số 0 đầu (sửa thành 0912345678)",
            "list-errors.xlsx, sheet DS, dòng 3, cột Vai trò: Hiệu trưởng không phải vai trò của đợt này",
            "list-errors.xlsx, sheet DS, dòng 4, cột Năm sinh: 2015 năm sinh phải từ 1940 đến 2004",
            "list-errors.xlsx, sheet DS, dòng 5, cột Giới tính: X ghi Nam hoặc Nữ",
            "list-errors.xlsx, sheet DS, dòng 6, cột Họ và tên: thiếu họ và tên",
            "list-errors.xlsx, sheet DS, dòng 7, cột Nơi công tác: Trường Không Có không có đơn vị này",
            "list-errors.xlsx, sheet DS, dòng 9: Vũ Thị Hòa trùng người ở sheet DS, dòng 8",
        ]
        for line in expected {
            #expect(messages.contains { $0.hasPrefix(line) }, "missing: \(line)\n\(messages.joined(separator: "\n"))")
        }
        #expect(problems.count == expected.count, "\(messages.joined(separator: "\n"))")
        #expect(rows.map(\.row) == [8], "only the first Vũ Thị Hoà passes")
        #expect(problems[0].message(.en).contains("row 2, column Điện thoại: 912345678 missing the leading 0"))
    }
}
