import Foundation
import Testing
import TestSupport

/// `doc`, `demo` and `cascade remind -o FILE.csv` write as exports do, through `PendingFile`: a hidden temporary
/// renamed into place when whole, the replaced file's mode kept, a read-only file refused, and nothing left
/// behind by a failure or a signal (issue 19).
@Suite("Documents, the demo and reminders written through a temporary")
struct PendingWriteTests {
    static func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    static func hidden(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
    }

    /// Runs `outreach` under a file size limit (`ulimit -f`, 512-byte blocks in sh), as a full disk would stop it.
    static func runLimited(_ arguments: [String], blocks: Int, in folder: URL, today: String = "2022-05-01") throws
        -> (status: Int32, stderr: String)
    {
        let quoted = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f \(blocks); exec \"$0\" \(quoted)", CLIRunner.binary.path]
        process.currentDirectoryURL = folder
        process.environment = ["OUTREACH_TODAY": today, "PATH": "/usr/bin:/bin"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stderr)
    }

    @Test func aDocumentKeepsTheModeOfTheFileItReplacesRefusesReadOnlyOnesAndAFullDiskLeavesNothing() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("giay-chung-nhan.docx").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o600]))
        let written = try DemoRun.run(["doc", "certificates", "LCI-2022-TDKT", "-o", path], db: db, today: "2022-05-10")
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try Self.mode(path) == 0o600)
        let document = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(document.count > 60_000 && document.prefix(2) == Data("PK".utf8))

        chmod(path, 0o444)
        let readOnly = try DemoRun.run(["doc", "certificates", "LCI-2022-TDKT", "-o", path], db: db, today: "2022-05-10")
        #expect(readOnly.status == 5)
        #expect(readOnly.stderr.contains("tệp chỉ đọc, không ghi đè"), "\(readOnly.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == document)

        // The database is read within the limit; the document (over 60 KB) is not.
        let full = try Self.runLimited(
            ["doc", "certificates", "LCI-2022-TDKT", "-o", "moi.docx", "--db", db], blocks: 100, in: folder, today: "2022-05-10")
        #expect(full.status == 5, "\(full.stderr)")
        #expect(full.stderr.hasPrefix("lỗi: tệp moi.docx: không ghi được tệp (") && full.stderr.filter { $0 == "\n" }.count == 1,
                "\(full.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("moi.docx").path))
        let hidden = try Self.hidden(folder)
        #expect(hidden.isEmpty, "\(hidden)")
    }

    @Test func remindersAsCSVKeepTheModeOfTheFileTheyReplaceAndRefuseReadOnlyOnes() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nhac.csv").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o600]))
        let written = try DemoRun.run(["cascade", "remind", "LCI-2022-TDKT", "-o", path], db: db, today: "2022-07-15")
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try Self.mode(path) == 0o600)
        let csv = try String(contentsOfFile: path, encoding: .utf8)
        #expect(csv.hasPrefix("\u{FEFF}Cấp,Mã đơn vị,Đơn vị") && csv.contains("PGD-SIMACAI"))

        chmod(path, 0o444)
        let readOnly = try DemoRun.run(["cascade", "remind", "LCI-2022-TDKT", "-o", path, "--lang", "en"], db: db, today: "2022-07-15")
        #expect(readOnly.status == 5)
        #expect(readOnly.stderr.contains("is read-only and is kept"), "\(readOnly.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == csv)
        #expect(try Self.hidden(folder).isEmpty)
    }

    @Test func aDemoStoppedByAFullDiskLeavesNoTemporary() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = Fixture.root.appendingPathComponent("Templates").path
        let full = try Self.runLimited(
            ["demo", "--db", "demo.sqlite", "--templates", templates, "--exports", "exports"], blocks: 100, in: folder)
        #expect(full.status != 0)
        #expect(!full.stderr.contains("[ERROR]"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [], "\(full.stderr)")
    }

    /// SIGTERM and SIGINT at moments spread over a demo: the database is made under a temporary the handler
    /// removes, so the folder never keeps one (before, `demo.sqlite.demo-tmp` stayed).
    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalledDemoLeavesNoTemporary(signal: Int32) throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["demo", "--db", "demo.sqlite", "--templates", Fixture.root.appendingPathComponent("Templates").path,
                         "--exports", "exports"]
        let start = Date()
        #expect(try CLIRunner.run(arguments, in: folder).status == 0)
        let duration = Date().timeIntervalSince(start)
        var killed = 0
        for share in [0.2, 0.4, 0.6] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            }
            let running = try CLIRunner.start(arguments, in: folder)
            usleep(UInt32(share * duration * 1_000_000))
            running.send(signal)
            let result = running.finish()
            if result.killed { killed += 1 }
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(names.allSatisfy { !$0.hasPrefix(".") && !$0.contains("tmp") }, "after \(share) of a run: \(names)")
        }
        #expect(killed > 0, "no run was signalled: the moments no longer fall within a run")
    }
}
