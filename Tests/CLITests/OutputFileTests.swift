import Foundation
import Testing
import TestSupport
import XLSX

/// What the files an export or a backup writes look like from outside: names, modes, links, signals, full disks.
@Suite("Files written by exports and backups")
struct OutputFileTests {
    static func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func anExportKeepsTheModeOfTheFileItReplacesAndRefusesReadOnlyFilesAndLinks() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("ky-ten.xlsx").path
        #expect(FileManager.default.createFile(atPath: secret, contents: Data("old".utf8), attributes: [.posixPermissions: 0o600]))
        let replaced = try DemoRun.run(["export", "signin", "LCI-2022-TDKT", "-o", secret], db: db)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try Self.mode(secret) == 0o600)
        #expect(try XLSXReader.read(url: URL(fileURLWithPath: secret)).sheets.isEmpty == false)

        chmod(secret, 0o444)
        let before = try Data(contentsOf: URL(fileURLWithPath: secret))
        let readOnly = try DemoRun.run(["export", "signin", "LCI-2022-TDKT", "-o", secret], db: db)
        #expect(readOnly.status == 5)
        #expect(readOnly.stderr == "lỗi: tệp \(secret): tệp chỉ đọc, không ghi đè; bỏ thuộc tính chỉ đọc hoặc chọn tên khác\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: secret)) == before)

        let link = folder.appendingPathComponent("moi-nhat.xlsx").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: secret)
        let linked = try DemoRun.run(["export", "signin", "LCI-2022-TDKT", "-o", link, "--lang", "en"], db: db)
        #expect(linked.status == 5)
        #expect(linked.stderr.contains("is a symbolic link (to \(secret)), never written through"), "\(linked.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == secret)
        #expect(try Data(contentsOf: URL(fileURLWithPath: secret)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func aNameOfTwoHundredAndFiftyCharactersIsWritten() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = String(repeating: "a", count: 245) + ".xlsx"
        let result = try DemoRun.run(["export", "signin", "LCI-2022-TDKT", "-o", name], db: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().contains(name))
    }

    @Test func aNewBackupIsReadableByItsOwnerOnly() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        chmod(db, 0o644)
        let copy = folder.appendingPathComponent("sao-luu.sqlite").path
        let result = try DemoRun.run(["db", "backup", copy], db: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.mode(copy) == 0o600)
    }

    /// SIGTERM and SIGINT at moments spread over an export: the handler removes the live temporary, so the
    /// folder holds the whole workbook or nothing, never a temporary (SIGKILL is `CrashTests`' matter).
    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalledExportLeavesNoTemporary(signal: Int32) throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: false)
        let arguments = ["export", "budget", "LCI-2022-TDKT", "-o", output.path + "/", "--db", db]
        let environment = ["OUTREACH_TODAY": "2022-05-01"]
        // The shorter of two whole runs: the first, with a cold cache or a busy machine, can last longer than every
        // later one, and moments taken from it would all fall after the runs had ended.
        var duration = Double.infinity
        for _ in 0..<2 {
            let start = Date()
            #expect(try CLIRunner.run(arguments, in: folder, environment: environment).status == 0)
            duration = min(duration, Date().timeIntervalSince(start))
        }
        var killed = 0
        // Early moments (process start, reading the database) make sure some run is signalled however the
        // machine's load stretches or shrinks a run; later ones fall while the workbook is being written.
        for share in [0.1, 0.35, 0.6, 0.75, 0.9] {
            try? FileManager.default.removeItem(at: output.appendingPathComponent("du-toan.xlsx"))
            let running = try CLIRunner.start(arguments, in: folder, environment: environment)
            usleep(UInt32(share * duration * 1_000_000))
            running.send(signal)
            let result = running.finish()
            if result.killed { killed += 1 }
            let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
            #expect(names.isEmpty || names == ["du-toan.xlsx"], "after \(share) of a run: \(names)")
        }
        #expect(killed > 0, "no run was signalled: the moments no longer fall within a run")
    }

    /// A parent running us from a thread that blocks SIGINT and SIGTERM (as this test's own does: every
    /// libdispatch worker blocks them) hands them on blocked; a signal sent at once then waits as pending, and
    /// it must still end the run when the cleanup takes the signals over, not be discarded by it.
    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalSentAtOnceEndsTheRun(signal: Int32) throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let running = try CLIRunner.start(
            ["export", "budget", "LCI-2022-TDKT", "-o", "du-toan.xlsx", "--db", db], in: folder,
            environment: ["OUTREACH_TODAY": "2022-05-01"])
        usleep(2_000)
        running.send(signal)
        let result = running.finish()
        #expect(result.killed && result.status == signal, "status \(result.status): \(result.stderr)")
        // The database's own -wal and -shm may stay behind a killed reader; nothing of the export may.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.allSatisfy { $0.hasPrefix("db.sqlite") }, "\(names)")
    }

    /// A file size limit makes the library's writes fail as a full disk does: one line of ours, none of its own.
    @Test func aFullDiskIsOneLineOfOursAndLeavesNothing() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = CLIRunner.binary.path
        let script = "trap '' XFSZ; ulimit -f 100; exec \"$0\" export budget LCI-2022-TDKT -o du-toan.xlsx --db \"$1\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, binary, db]
        process.currentDirectoryURL = folder
        process.environment = ["OUTREACH_TODAY": "2022-05-01", "PATH": "/usr/bin:/bin"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 5)
        #expect(stderr.hasPrefix("lỗi: tệp du-toan.xlsx: ") && stderr.filter { $0 == "\n" }.count == 1, "\(stderr)")
        #expect(!stderr.contains("[ERROR]"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["db.sqlite"])
    }
}
