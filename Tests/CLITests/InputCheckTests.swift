import Foundation
import OutreachCore
import Testing
import TestSupport

@Suite("What the program prints of hostile input, and where it says the problem is")
struct InputCheckTests {
    /// A database changed behind the program's back (or an older version) holds an escape sequence: it is
    /// shown, never sent to the terminal as one.
    @Test func sessionShowPrintsNoControlCharacter() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = """
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1])
            c.execute("UPDATE session SET facts = json_set(facts, '$.content', json_array(char(27) || '[2Jxoá màn hình', 'Luật'))")
            c.commit()
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, db]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let shown = try DemoRun.run(["session", "show", "LCI-2022-TDKT"], db: db)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("    - \u{FFFD}[2Jxoá màn hình\n"), "\(shown.stdout)")
        #expect(!shown.stdout.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func aNULInACSVIsNamedByRowAndColumn() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("ds.csv")
        try Data("Họ và tên;Vai trò;Đơn vị\nNguyễn Văn A;giao-vien;PGD-BATXAT\nLò Văn B;giao-\u{0}vien;PGD-BATXAT\n".utf8)
            .write(to: csv)
        let result = try DemoRun.run(["nominee", "import", csv.path, "--session", "LCI-2022-TDKT", "--dry-run"], db: db)
        #expect(result.status == 5)
        #expect(result.stderr.hasPrefix("lỗi: tệp \(csv.path): dòng 3, cột Vai trò: có ký tự NUL"), "\(result.stderr)")
    }

    @Test func formsGoIntoTheFolderNamedByDashO() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let forms = folder.appendingPathComponent("phieu")
        try FileManager.default.createDirectory(at: forms, withIntermediateDirectories: false)
        let result = try DemoRun.run(["export", "form", "LCI-2022-TDKT", "-o", forms.path + "/"], db: db)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: forms.path)
        #expect(files.contains("PGD-BATXAT.xlsx") && !files.contains("forms"))
        #expect(result.stdout.contains(forms.path + "/"), "\(result.stdout)")
    }
}
