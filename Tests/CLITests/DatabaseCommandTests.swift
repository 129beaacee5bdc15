import Foundation
import GRDB
import Testing
import TestSupport

@Suite("outreach db backup and db check, as an organiser runs them")
struct DatabaseCommandTests {
    @Test func aBackupOfTheDemoIsWholeAndAnExistingCopyIsKept() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("sao-luu.sqlite").path
        let backup = try DemoRun.run(["db", "backup", copy], db: db)
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(backup.stdout.hasPrefix("Đã sao lưu \(db) vào \(copy) ("), "\(backup.stdout)")
        let check = try DemoRun.run(["db", "check"], db: copy)
        #expect(check.status == 0 && check.stdout == "ok\n" && check.stderr.isEmpty)
        #expect(try DemoRun.run(["nominee", "list", "LCI-2022-TDKT"], db: copy).stdout
            == DemoRun.run(["nominee", "list", "LCI-2022-TDKT"], db: db).stdout)

        let again = try DemoRun.run(["db", "backup", copy], db: db)
        #expect(again.status == 4)
        #expect(again.stderr == "lỗi: tệp \(copy) đã có, không ghi đè; chọn tên khác hoặc thêm --force\n")
        let forced = try DemoRun.run(["db", "backup", copy, "--force", "--json"], db: db)
        #expect(forced.status == 0, "\(forced.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(forced.stdout.utf8)) as? [String: Any])
        #expect(json["backup"] as? String == copy && (json["bytes"] as? Int ?? 0) > 0)
    }

    @Test func checkListsEachProblemAndExitsFive() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: db, configuration: configuration)
        try queue.write { try $0.execute(sql: "UPDATE nomination SET slotId = 99999 WHERE id IN (3, 5)") }
        try queue.close()
        let check = try DemoRun.run(["db", "check"], db: db)
        #expect(check.status == 5)
        #expect(check.stdout == """
            nomination #3: cột slotId trỏ tới một dòng không có trong bảng quotaSlot
            nomination #5: cột slotId trỏ tới một dòng không có trong bảng quotaSlot

            """)
        #expect(check.stderr.hasPrefix("lỗi: cơ sở dữ liệu \(db): có 2 lỗi"), "\(check.stderr)")
        let json = try DemoRun.run(["db", "check", "--json", "--lang", "en"], db: db)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["ok"] as? Bool == false && (object["problems"] as? [String])?.count == 2)
    }

    @Test func aFileThatIsNotADatabaseFailsTheCheck() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("hong.sqlite")
        try Data(repeating: 0x41, count: 8192).write(to: path)
        let check = try DemoRun.run(["db", "check"], db: path.path)
        #expect(check.status == 5 && check.stdout.isEmpty)
        #expect(check.stderr.contains("không phải cơ sở dữ liệu của outreach (tệp hỏng hoặc thuộc loại khác)"))
        let missing = try DemoRun.run(["db", "check"], db: folder.appendingPathComponent("khong-co.sqlite").path)
        #expect(missing.status == 3 && missing.stderr.contains("outreach init"))
    }

    @Test func aZeroByteFileIsNeverMadeADatabaseButByInit() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("rong.sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        for command in [["session", "list"], ["db", "check"], ["db", "backup", folder.appendingPathComponent("b.sqlite").path]] {
            let result = try DemoRun.run(command, db: path)
            #expect(result.status == 5 && result.stdout.isEmpty, "\(command): \(result)")
            #expect(result.stderr.hasPrefix("lỗi: cơ sở dữ liệu \(path): là tệp rỗng"), "\(command): \(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rong.sqlite"])
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue == 0)
        #expect(try DemoRun.run(["init"], db: path).status == 0)
        #expect(try DemoRun.run(["session", "list"], db: path).status == 0)
    }

    @Test(arguments: [["db", "backup"], ["db", "check"]])
    func helpTeachesWithAnExample(command: [String]) throws {
        let help = try CLIRunner.run(["help"] + command, in: DemoRun.shared.folder)
        #expect(help.status == 0)
        #expect(help.stdout.contains("Ví dụ") && help.stdout.contains("outreach \(command.joined(separator: " "))"))
    }
}
