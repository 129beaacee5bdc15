@testable import AtomicFile
import Foundation
import Testing

@Suite("A file written under a temporary name and moved into place")
final class PendingFileTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
    func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }
    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// Writes `text` through a pending file and commits it.
    func write(_ text: String, to destination: String, replacing: Bool = true, newFileMode: mode_t? = nil) throws {
        let pending = try PendingFile(destination: destination, replacing: replacing, newFileMode: newFileMode)
        try Data(text.utf8).write(to: URL(fileURLWithPath: pending.temporaryPath))
        try pending.commit()
    }

    @Test func aNameOfTwoHundredAndFiftyBytesIsWritten() throws {
        let name = String(repeating: "ệ", count: 80) + String(repeating: "a", count: 5) + ".xlsx"
        #expect(name.utf8.count == 250)
        let pending = try PendingFile(destination: path(name), replacing: true, extension: ".xlsx",
                                      companions: PendingFile.sqliteCompanions)
        let temporary = (pending.temporaryPath as NSString).lastPathComponent
        #expect(temporary.utf8.count + "-journal".utf8.count <= 255 && temporary.hasSuffix(".xlsx"))
        #expect(TemporaryName.owner(of: temporary) == temporary)
        #expect(TemporaryName.owner(of: temporary + "-journal") == temporary)
        try Data("x".utf8).write(to: URL(fileURLWithPath: pending.temporaryPath))
        try pending.commit()
        #expect(try contents() == [name])
    }

    @Test func aReplacedFileKeepsItsModeAndANewOneGetsTheAskedMode() throws {
        let secret = path("secret.xlsx")
        try write("old", to: secret)
        chmod(secret, 0o600)
        try write("new", to: secret)
        #expect(try mode(secret) == 0o600)
        #expect(try String(contentsOfFile: secret, encoding: .utf8) == "new")

        try write("copy", to: path("backup.sqlite"), replacing: false, newFileMode: 0o600)
        #expect(try mode(path("backup.sqlite")) == 0o600)
        let mask = umask(0o022)
        umask(mask)
        try write("plain", to: path("plain.xlsx"))
        #expect(try mode(path("plain.xlsx")) == Int(0o666 & ~mask))
    }

    @Test func aReadOnlyFileASymbolicLinkAndAFolderAreRefusedAndKept() throws {
        let readOnly = path("ro.xlsx")
        try write("keep", to: readOnly)
        chmod(readOnly, 0o444)
        #expect(throws: PendingFile.Failure.readOnly(readOnly)) { try PendingFile(destination: readOnly, replacing: true) }
        #expect(try String(contentsOfFile: readOnly, encoding: .utf8) == "keep")

        let link = path("link.xlsx")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: readOnly)
        #expect(throws: PendingFile.Failure.symbolicLink(link, target: readOnly)) {
            try PendingFile(destination: link, replacing: true)
        }
        try FileManager.default.createDirectory(atPath: path("dir"), withIntermediateDirectories: false)
        #expect(throws: PendingFile.Failure.isFolder(path("dir"))) { try PendingFile(destination: path("dir"), replacing: true) }
        #expect(throws: PendingFile.Failure.exists(readOnly)) { try PendingFile(destination: readOnly, replacing: false) }
        #expect(throws: PendingFile.Failure.folderMissing(path("none"))) {
            try PendingFile(destination: path("none/x.xlsx"), replacing: true)
        }
        #expect(try contents() == ["dir", "link.xlsx", "ro.xlsx"])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == readOnly)
    }

    @Test func aNameTakenWhileWritingIsKeptWhenNotReplacing() throws {
        let pending = try PendingFile(destination: path("copy.sqlite"), replacing: false)
        try Data("theirs".utf8).write(to: URL(fileURLWithPath: path("copy.sqlite")))
        #expect(throws: PendingFile.Failure.exists(path("copy.sqlite"))) { try pending.commit() }
        #expect(try contents() == ["copy.sqlite"])
        #expect(try String(contentsOfFile: path("copy.sqlite"), encoding: .utf8) == "theirs")
    }

    @Test func temporariesNobodyHoldsAreSweptAndLiveOnesKept() throws {
        let old = Date(timeIntervalSinceNow: -60)
        func leave(_ name: String, modified: Date = old) throws {
            try Data("partial".utf8).write(to: URL(fileURLWithPath: path(name)))
            try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path(name))
        }
        // Left by killed writers: an export, and a backup with SQLite's journal.
        let killed = [".x.xlsx.tmp-abc123.xlsx", ".b.sqlite.tmp-zz9", ".b.sqlite.tmp-zz9-journal", ".c.sqlite.tmp-q1-wal"]
        for name in killed { try leave(name) }
        // Being written right now (held), just created (within the grace), and names that only look alike.
        let live = try PendingFile(destination: path("y.xlsx"), replacing: true, extension: ".xlsx")
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: live.temporaryPath)
        let lookAlikes = [".x.xlsx.tmp-.xlsx", ".x.xlsx.tmp-Mine.xlsx", ".x.xlsx.tmp-abc.xlsx.bak", "x.xlsx.tmp-abc", ".tmp-abc"]
        for name in lookAlikes { try leave(name) }
        try leave(".z.xlsx.tmp-fresh1.xlsx", modified: Date())

        let next = try PendingFile(destination: path("x.xlsx"), replacing: true, extension: ".xlsx")
        let expected = lookAlikes + [".z.xlsx.tmp-fresh1.xlsx", (live.temporaryPath as NSString).lastPathComponent,
                                     (next.temporaryPath as NSString).lastPathComponent]
        #expect(try contents() == expected.sorted())
        live.discard()
        next.discard()
        #expect(try contents() == (lookAlikes + [".z.xlsx.tmp-fresh1.xlsx"]).sorted())
    }
}
