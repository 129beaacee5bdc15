import Foundation
import GRDB
import OutreachCore
import OutreachImport
import OutreachOperations
import OutreachStore
import Testing
import TestSupport
import XLSX

/// `ImportNominees.run(path:…)` reads a plain workbook as a stream, its rows checked and written as they are
/// read, and falls back to reading it whole where the sheet's end changes rows already written: whatever the
/// file, the rows written, the problems and their order, the notes, the report and the refusals must be those of
/// the whole-file reading (`streaming: false`).
@Suite("Import: a workbook read as a stream imports as when read whole")
struct StreamedImportTests {
    typealias Result = ChunkedImportTests.Result

    /// Imports `paths` one after the other into a fresh mini database with a large session (room for hundreds).
    /// `readings`: how each file was read (`ImportNominees.Reading`); `rollback` checks the database each time a
    /// stream was abandoned.
    static func imports(
        _ paths: [String], streaming: Bool, chunk: Int = 4_096, office: String? = "PGD-BATXAT", partial: Bool = false,
        dryRun: Bool = false, readings: inout [ImportNominees.Reading], rollback: ((_ before: [String], _ now: [String]) -> Void)? = nil
    ) throws -> [Result] {
        let directory = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("db.sqlite").path
        let database = try Fixture.miniDatabase(path: path)
        let yaml = try Fixture.text("mini-session.yaml")
            .replacingOccurrences(of: "code: LCI-2022-TDKT", with: "code: \(ChunkedImportTests.large.rawValue)")
            .replacingOccurrences(of: "count: 2, from: subordinate", with: "count: 500, from: subordinate")
        _ = try database.createSession(yaml: yaml, file: "large.yaml", context: Fixture.context())
        var results: [Result] = []
        var seen: [ImportNominees.Reading] = []
        for file in paths {
            var result = Result()
            let before = try ChunkedImportTests.contents(path)
            do {
                let imported = try ImportNominees.run(
                    path: file, session: ChunkedImportTests.large, office: office.flatMap(UnitCode.init(rawValue:)),
                    partial: partial, dryRun: dryRun, database: database, context: Fixture.context(), chunk: chunk,
                    streaming: streaming,
                    reading: { how in
                        seen.append(how)
                        guard how == .abandoned else { return }
                        // Rolled back before the file is read whole: nothing of the rows given is left.
                        rollback?(before, (try? ChunkedImportTests.contents(path)) ?? [])
                    })
                result.rows = imported.outcome.rows.map { row in
                    "\(row.sheet ?? "")|\(row.row)|\(row.change)|\(row.nomination)|\(row.fullName)|\(row.sender)|\(row.role)"
                }
                result.problems = imported.problems
                result.committed = imported.outcome.committed
                if let refusal = ImportNominees.refusal(imported, partial: partial) { result.error = refusal }
            } catch {
                result.error = error
            }
            result.database = try ChunkedImportTests.contents(path)
            results.append(result)
        }
        readings = seen
        return results
    }

    /// What a generated workbook holds.
    struct Shape {
        var rows = 150
        /// Rows with a role the session does not have: every 13th, or only the last one.
        var errors: Errors = .none
        var headerRow = 3
        var titleMerged = true
        var blankRowsEvery: Int?
        var signatureBlock = false
        /// A merged title in the signature block (over rows held back only).
        var signatureMerged = false
        var secondSheet = false
        var hiddenSheet = false
        var ignoredColumn = false
        var vniColumn = false
        /// A workplace merged over two data rows near the top.
        var mergedWorkplace = false
        /// A name of 3,000 letters on the sixth row.
        var longName = false

        enum Errors { case none, every13th, lastRow }
    }

    static let schools = ["Trường Tiểu học Kim Đồng", "Trường PTDTBT THCS Y Tý", "THCS-BATXAT-YTY"]

    /// A workbook written by the project's own writer (libxlsxwriter: `<dimension>`, shared strings, merges).
    static func workbook(_ shape: Shape, name: String) throws -> String {
        let directory = try Fixture.temporaryDirectory()
        let path = directory.appendingPathComponent(name + ".xlsx").path
        let book = try Workbook(path: path)
        var headers = ["STT", "Họ và tên", "Nơi công tác", "Điện thoại", "Vai trò", "Năm sinh"]
        if shape.vniColumn { headers.append("Chức vụ") }
        if shape.ignoredColumn { headers.append("Cột phụ") }
        func fill(_ sheet: Worksheet, rows count: Int, offset: Int) throws {
            let top = shape.headerRow - 1
            if shape.titleMerged {
                try sheet.merge(CellRange(a1: "A1:F1")!, text: "DANH SÁCH ĐĂNG KÝ")
            } else {
                try sheet.write(row: 0, column: 0, text: "DANH SÁCH ĐĂNG KÝ")
            }
            for (column, header) in headers.enumerated() { try sheet.write(row: top, column: column, text: header) }
            var row = top + 1
            for index in offset..<(offset + count) {
                if let every = shape.blankRowsEvery, index % every == every - 1 { row += 2 }
                var phone = String(format: "0912%06d", index)
                if index >= 64 && index % 5 == 0 { phone = String(format: "0912%06d", index - 64) }
                if index % 4 == 1 { phone = "" }
                var role = ["Giáo viên", "Cán bộ quản lý"][index % 2]
                switch shape.errors {
                case .none: break
                case .every13th: if index % 13 == 12 { role = "Hiệu phó" }
                case .lastRow: if index == offset + count - 1 { role = "Hiệu phó" }
                }
                let name = shape.longName && index == offset + 5 ? String(repeating: "A", count: 3_000) : ChunkedImportTests.name(index)
                let values: [String] = ["\(index + 1)", name, schools[index % 3], phone, role,
                                        "\(1970 + (index % 64) % 30)"]
                try sheet.write(row: row, column: 0, number: Double(index + 1))
                for column in 1..<values.count where !values[column].isEmpty {
                    try sheet.write(row: row, column: column, text: values[column])
                }
                var extra = values.count
                if shape.vniColumn {
                    // "Giáo viên" typed with a VNI font.
                    try sheet.write(row: row, column: extra, text: "Giaùo vieân")
                    extra += 1
                }
                if shape.ignoredColumn { try sheet.write(row: row, column: extra, text: "x") }
                row += 1
            }
            if shape.mergedWorkplace {
                try sheet.merge(CellRange(a1: "C\(top + 3):C\(top + 4)")!, text: schools[0])
            }
            if shape.signatureBlock {
                row += 1
                try sheet.write(row: row, column: 4, text: "Bát Xát, ngày 03 tháng 5 năm 2022")
                row += 1
                if shape.signatureMerged {
                    try sheet.merge(CellRange(CellReference(row: row, column: 0), CellReference(row: row, column: 2)),
                                    text: "NGƯỜI LẬP BIỂU")
                } else {
                    try sheet.write(row: row, column: 1, text: "NGƯỜI LẬP BIỂU")
                }
                try sheet.write(row: row, column: 4, text: "TRƯỞNG PHÒNG")
                row += 1
                try sheet.write(row: row, column: 1, text: "(Ký, ghi rõ họ tên)")
                row += 3
                try sheet.write(row: row, column: 1, text: "Lò Văn Lập")
                try sheet.write(row: row, column: 4, text: "Vàng Thị Phòng")
            }
        }
        try fill(try book.addWorksheet(named: "Danh sách"), rows: shape.rows, offset: 0)
        if shape.hiddenSheet {
            let hidden = try book.addWorksheet(named: "Ẩn")
            try fill(hidden, rows: 5, offset: 500)
            try hidden.hide()
        }
        if shape.secondSheet {
            try fill(try book.addWorksheet(named: "Sa Pa"), rows: 40, offset: 1_000)
        }
        try book.close()
        return path
    }

    /// The whole-file import of `paths` and the streamed one, in chunks of `chunks`: the same, each file read as
    /// `read` says (streamed; streamed then abandoned and read whole; or read whole from the start).
    static func compare(
        _ paths: [String], read: Read, chunks: [Int] = [1, 2, 3, 4_096], office: String? = "PGD-BATXAT",
        partial: Bool = false, dryRun: Bool = false, _ label: String
    ) throws {
        var readings: [ImportNominees.Reading] = []
        let whole = try imports(paths, streaming: false, office: office, partial: partial, dryRun: dryRun, readings: &readings)
        #expect(readings == paths.map { _ in .whole })
        for chunk in chunks {
            let streamed = try imports(
                paths, streaming: true, chunk: chunk, office: office, partial: partial, dryRun: dryRun,
                readings: &readings)
            #expect(streamed == whole, "\(label), chunk \(chunk), partial \(partial), dry run \(dryRun)")
            #expect(readings == paths.flatMap { _ in read.readings }, "\(label), chunk \(chunk): \(readings)")
        }
    }

    enum Read {
        case streamed, abandoned, whole

        var readings: [ImportNominees.Reading] {
            switch self {
            case .streamed: [.streamed]
            case .abandoned: [.abandoned, .whole]
            case .whole: [.whole]
            }
        }
    }

    @Test(arguments: [false, true])
    func plainWorkbooksImportTheSameWithoutReadingThemTwice(partial: Bool) throws {
        let shapes: [(String, Shape)] = [
            ("plain, title merged, header on row 3", Shape()),
            ("header on row 1", Shape(headerRow: 1, titleMerged: false)),
            ("errors every 13th row", Shape(errors: .every13th)),
            ("an error in the last chunk", Shape(rows: 300, errors: .lastRow)),
            ("blank rows in the middle", Shape(blankRowsEvery: 17)),
            ("signature block with names under it", Shape(signatureBlock: true)),
            ("signature block with a merged title", Shape(signatureBlock: true, signatureMerged: true)),
            ("two visible sheets and a hidden one", Shape(signatureBlock: true, secondSheet: true, hiddenSheet: true)),
            ("an ignored column", Shape(ignoredColumn: true)),
        ]
        for (label, shape) in shapes {
            let path = try Self.workbook(shape, name: label.replacingOccurrences(of: " ", with: "-"))
            // Alone, and twice into one database (the second time every person is known).
            try Self.compare([path], read: .streamed, partial: partial, label)
            try Self.compare([path, path], read: .streamed, chunks: [3, 4_096], partial: partial, label + ", twice")
        }
    }

    @Test func dryRunsAndNoOfficeImportTheSame() throws {
        let path = try Self.workbook(Shape(errors: .every13th, signatureBlock: true, secondSheet: true), name: "dry")
        for partial in [false, true] {
            try Self.compare([path], read: .streamed, chunks: [1, 4_096], partial: partial, dryRun: true, "dry run")
        }
        let plain = try Self.workbook(Shape(), name: "no-office")
        try Self.compare([plain], read: .streamed, chunks: [2, 4_096], office: nil, "no office given")
    }

    @Test(arguments: [false, true])
    func whatTheSheetsEndChangesIsReadAgainWhole(partial: Bool) throws {
        let shapes: [(String, Shape)] = [
            ("a workplace merged over two rows", Shape(mergedWorkplace: true)),
            ("a VNI column", Shape(vniColumn: true)),
            ("a cell longer than any list has", Shape(longName: true)),
        ]
        for (label, shape) in shapes {
            let path = try Self.workbook(shape, name: label.replacingOccurrences(of: " ", with: "-"))
            try Self.compare([path], read: .abandoned, partial: partial, label)
        }
    }

    @Test func theFixturesImportTheSame() throws {
        // Merged workplaces (list-messy), TCVN3 text: read again whole; the others stream; a CSV, an empty
        // workbook and a PDF named .xlsx are read whole from the start, refused as before.
        let streamed = ["list-errors.xlsx", "list-over-quota.xlsx", "list-signature-block.xlsx"]
        let abandoned = ["list-messy.xlsx", "list-tcvn3.xlsx"]
        let whole = ["list-utf8.csv", "empty.xlsx", "not-a-workbook.xlsx"]
        for partial in [false, true] {
            for office in [nil, "PGD-BATXAT"] {
                for file in streamed {
                    try Self.compare([Fixture.path("import/\(file)")], read: .streamed, chunks: [1, 2, 4_096],
                                     office: office, partial: partial, file)
                }
                for file in abandoned {
                    try Self.compare([Fixture.path("import/\(file)")], read: .abandoned, chunks: [1, 4_096],
                                     office: office, partial: partial, file)
                }
                for file in whole {
                    try Self.compare([Fixture.path("import/\(file)")], read: .whole, chunks: [1, 4_096],
                                     office: office, partial: partial, file)
                }
            }
        }
    }

    @Test func aWorkbookRefusedHalfWayIsRefusedAsWhenReadWhole() throws {
        // Rows handed on and written, then a cell too long to read: the whole reading's refusal, nothing kept,
        // and the file not read a second time.
        let row = #"<row><c t="inlineStr"><is><t>Lò Văn An</t></is></c><c t="inlineStr"><is><t>Giáo viên</t></is></c></row>"#
        let workbook = HostileWorkbook(sheet: .init(
            HostileWorkbook.sheetStart + String(repeating: row, count: 40) + #"<row r="60"><c r="A60" t="inlineStr"><is><t>"#,
            filler: "x", fillerBytes: 3_000_000, "</t></is></c></row>" + HostileWorkbook.sheetEnd))
        let path = try Fixture.temporaryDirectory().appendingPathComponent("hostile.xlsx")
        try workbook.write(to: path)
        var readings: [ImportNominees.Reading] = []
        let whole = try Self.imports([path.path], streaming: false, readings: &readings)
        #expect(whole[0].error != nil && !whole[0].database.contains { $0.contains("|nomination|") })
        for chunk in [1, 4_096] {
            #expect(try Self.imports([path.path], streaming: true, chunk: chunk, readings: &readings) == whole)
            #expect(readings == [.streamed])
        }
    }

    @Test func anAbandonedStreamLeavesTheDatabaseAsItWas() throws {
        // Rows written before the sheet's end shows a merged range over them: rolled back, then read whole.
        let path = try Self.workbook(Shape(rows: 300, mergedWorkplace: true), name: "rollback")
        let other = try Self.workbook(Shape(rows: 20), name: "first")
        var readings: [ImportNominees.Reading] = []
        var checked = 0
        let results = try Self.imports([other, path], streaming: true, chunk: 1, partial: true, readings: &readings) {
            before, now in
            checked += 1
            #expect(now == before)
            // The first file's rows are there (so the database was not merely empty).
            #expect(before.contains { $0.contains("|nomination|") })
        }
        #expect(readings == [.streamed, .abandoned, .whole] && checked == 1)
        #expect(results[1].committed && results[1].rows.count > 200)
        #expect(try Self.imports([other, path], streaming: false, partial: true, readings: &readings) == results)
    }
}
