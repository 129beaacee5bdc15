import AtomicFile
import Foundation
import Testing
@testable import XLSX

@Suite("Workbook lifecycle, sheets, names and properties")
struct WorkbookTests {
    @Test("invalid sheet names are refused", arguments: [
        "", String(repeating: "x", count: 32), "a:b", "a[b]", "a*b", "a?b", "a/b", "a\\b", "'quoted", "quoted'",
        "tab\tname", "history",
    ])
    func invalidSheetNames(name: String) throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        #expect(throws: XLSXError.self) { _ = try workbook.addWorksheet(named: name) }
        #expect(workbook.worksheets.isEmpty)
    }

    @Test func validSheetNamesAtTheLimits() throws {
        let names = [String(repeating: "x", count: 31), "It's fine", "Đại biểu (2024)", "Sheet 1"]
        let document = try roundTrip { workbook, _ in
            for name in names { _ = try workbook.addWorksheet(named: name) }
        }
        #expect(document.sheets.map(\.name) == ["Data"] + names)
    }

    @Test func duplicateSheetNamesIgnoreCaseAcrossUnicode() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        _ = try workbook.addWorksheet(named: "Données")
        #expect(throws: XLSXError.duplicateSheetName(name: "DONNÉES", existing: "Données")) {
            _ = try workbook.addWorksheet(named: "DONNÉES")
        }
        #expect(throws: XLSXError.duplicateSheetName(name: "données", existing: "Données")) {
            _ = try workbook.addWorksheet(named: "données")
        }
        let decomposed = "Données".decomposedStringWithCanonicalMapping
        #expect(throws: XLSXError.self) { _ = try workbook.addWorksheet(named: decomposed) }
        _ = try workbook.addWorksheet(named: "ĐẠI BIỂU")
        #expect(throws: XLSXError.self) { _ = try workbook.addWorksheet(named: "đại biểu") }
        #expect(workbook.worksheet(named: "données")?.name == "Données")
        try workbook.close()
    }

    @Test func definedNamesRoundTrip() throws {
        let document = try roundTrip { workbook, _ in
            _ = try workbook.addWorksheet(named: "Đơn giá")
            try workbook.defineName("MucChi", formula: "=Data!$B$2")
            try workbook.defineName("Data!Rate", formula: "0.08")
            try workbook.defineName("'Đơn giá'!Rate", formula: "='Đơn giá'!$A$1")
            try workbook.defineName("_tong", formula: "SUM(Data!$C:$C)")
        }
        let names = document.definedNames.map { "\($0.localSheetIndex.map(String.init) ?? "-") \($0.name)=\($0.formula)" }
        #expect(names.sorted() == [
            "- MucChi=Data!$B$2", "- _tong=SUM(Data!$C:$C)", "0 Rate=0.08", "1 Rate='Đơn giá'!$A$1",
        ])
    }

    @Test("bad defined names are refused", arguments: [
        "", "A1", "xfd1048576", "R1C1", "R", "c", "rc12", "my name", "1abc", "a-b", "TRUE", "_xlnm.Print_Area",
        "Missing!Name", "!Name", String(repeating: "n", count: 128),
    ])
    func badDefinedNames(name: String) throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        _ = try workbook.addWorksheet(named: "Data")
        #expect(throws: XLSXError.self) { try workbook.defineName(name, formula: "=1") }
        try workbook.close()
    }

    @Test func duplicateDefinedNamesAreRefusedPerScope() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("x.xlsx")
        let workbook = try Workbook(path: path)
        _ = try workbook.addWorksheet(named: "Data")
        try workbook.defineName("Rate", formula: "1")
        #expect(throws: XLSXError.invalidDefinedName(name: "RATE", reason: "already defined for the workbook")) {
            try workbook.defineName("RATE", formula: "2")
        }
        try workbook.defineName("data!Rate", formula: "3")
        #expect(throws: XLSXError.self) { try workbook.defineName("Data!rate", formula: "4") }
        #expect(throws: XLSXError.self) { try workbook.defineName("Ok", formula: "") }
        #expect(throws: XLSXError.self) { try workbook.defineName("Long", formula: String(repeating: "1", count: 128)) }
        try workbook.close()
        let document = try XLSXReader.read(url: URL(fileURLWithPath: path))
        #expect(document.definedNames.count == 2)
    }

    @Test func documentProperties() throws {
        let created = Date(timeIntervalSince1970: 1_704_164_645)  // 2024-01-02T03:04:05Z
        let document = try roundTrip { workbook, _ in
            try workbook.setProperties(DocumentProperties(
                title: "Danh sách đại biểu", subject: "Tập huấn", author: "Nguyễn Thị Ánh Tuyết",
                manager: "Đặng Văn Hùng", company: "Sở GD&ĐT Lào Cai", category: "Báo cáo",
                keywords: "tập huấn, đại biểu", comments: "Bản in", status: "Chính thức", created: created))
        }
        let properties = document.properties
        #expect(properties["dc:title"] == "Danh sách đại biểu")
        #expect(properties["dc:subject"] == "Tập huấn")
        #expect(properties["dc:creator"] == "Nguyễn Thị Ánh Tuyết")
        #expect(properties["cp:keywords"] == "tập huấn, đại biểu")
        #expect(properties["dc:description"] == "Bản in")
        #expect(properties["cp:category"] == "Báo cáo")
        #expect(properties["cp:contentStatus"] == "Chính thức")
        #expect(properties["dcterms:created"] == "2024-01-02T03:04:05Z")
        #expect(properties["Company"] == "Sở GD&ĐT Lào Cai")
        #expect(properties["Manager"] == "Đặng Văn Hùng")
    }

    @Test func propertiesRefuseControlCharacters() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        #expect(throws: XLSXError.self) { try workbook.setProperties(DocumentProperties(title: "a\u{1}b")) }
        try workbook.close()
    }

    @Test func closeTwiceAndWriteAfterCloseThrow() throws {
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try workbook.addWorksheet(named: "Data")
        try sheet.write(row: 0, column: 0, text: "x")
        try workbook.close()
        #expect(!workbook.isOpen)
        #expect(throws: XLSXError.workbookClosed) { try workbook.close() }
        #expect(throws: XLSXError.workbookClosed) { try sheet.write(row: 1, column: 0, text: "late") }
        #expect(throws: XLSXError.workbookClosed) { try sheet.merge(try #require(CellRange(a1: "A1:B1")), text: "x") }
        #expect(throws: XLSXError.workbookClosed) { try sheet.pageSetup(PageSetup()) }
        #expect(throws: XLSXError.workbookClosed) { try sheet.setColumnWidth(0...1, width: 5) }
        #expect(throws: XLSXError.workbookClosed) { _ = try workbook.addWorksheet(named: "More") }
        #expect(throws: XLSXError.workbookClosed) { try workbook.defineName("A_", formula: "1") }
        #expect(throws: XLSXError.workbookClosed) { try workbook.setProperties(DocumentProperties()) }
    }

    @Test func sheetOutlivingItsWorkbookThrows() throws {
        let directory = try TemporaryDirectory()
        var workbook: Workbook? = try Workbook(path: directory.path("x.xlsx"))
        let sheet = try #require(workbook).addWorksheet(named: "Data")
        workbook = nil
        #expect(throws: XLSXError.workbookClosed) { try sheet.write(row: 0, column: 0, text: "x") }
        #expect(try directory.contents().isEmpty)
    }

    @Test func outputIsAtomic() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("báo cáo.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet(named: "Data")
        try sheet.write(row: 0, column: 0, text: "x")
        // Nothing at the destination until close succeeds: only the hidden temporary it is written under.
        #expect(try directory.contents() == [URL(fileURLWithPath: workbook.temporaryPath).lastPathComponent])
        #expect(URL(fileURLWithPath: workbook.temporaryPath).lastPathComponent.hasPrefix(".báo cáo.xlsx.tmp-"))
        try workbook.close()
        #expect(try directory.contents() == ["báo cáo.xlsx"])
    }

    @Test func aKilledWritersTemporaryIsSweptByTheNextWorkbookInItsFolder() throws {
        let directory = try TemporaryDirectory()
        // Named as a workbook names its temporary, held by nobody: its writer was killed.
        let leftover = ".y.xlsx.tmp-k1ll3d.xlsx"
        try Data("PK partial".utf8).write(to: directory.fileURL(leftover))
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: directory.path(leftover))
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        #expect(try directory.contents() == [URL(fileURLWithPath: workbook.temporaryPath).lastPathComponent])
        try workbook.addWorksheet(named: "Data").write(row: 0, column: 0, text: "x")
        try workbook.close()
        #expect(try directory.contents() == ["x.xlsx"])
    }

    @Test func aReplacedWorkbookKeepsItsModeAndAReadOnlyOneIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("x.xlsx")
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        let workbook = try Workbook(path: path)
        try workbook.addWorksheet(named: "Data").write(row: 0, column: 0, text: "mới")
        try workbook.close()
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        chmod(path, 0o400)
        #expect(throws: XLSXError.destination(path: path, .readOnly(path))) { try Workbook(path: path) }
        #expect(try XLSXReader.read(url: URL(fileURLWithPath: path)).sheets[0].text(at: "A1") == "mới")
        #expect(try directory.contents() == ["x.xlsx"])
    }

    @Test(arguments: [
        ("PGD-" + String(repeating: "X", count: 60), [], String("PGD-" + String(repeating: "X", count: 27))),
        ("PGD-" + String(repeating: "X", count: 60), ["pgd-" + String(repeating: "x", count: 27)],
         "PGD-" + String(repeating: "X", count: 23) + " (2)"),
        ("'Q1/2022: [dự kiến]?'", [], "Q1-2022- -dự kiến--"),
        ("\u{1B}[2J", [], "-2J"),
        ("", [], "Sheet"),
        ("history", [], "Sheet history"),
        ("Dữ liệu", ["DỮ LIỆU", "Dữ liệu (2)"], "Dữ liệu (3)"),
    ])
    func aSheetNamedAfterAnyTextGetsAUsableUniqueName(text: String, taken: [String], expected: String) throws {
        let name = SheetName.usable(from: text, taken: taken)
        #expect(name == expected)
        #expect(SheetName.problem(name) == nil)
        let directory = try TemporaryDirectory()
        let workbook = try Workbook(path: directory.path("x.xlsx"))
        for other in taken { _ = try workbook.addWorksheet(named: other) }
        #expect(try workbook.addWorksheet(namedAfter: text).name == expected)
    }

    @Test func closeReplacesAnExistingFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("x.xlsx")
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        let workbook = try Workbook(path: path)
        try workbook.addWorksheet(named: "Data").write(row: 0, column: 0, text: "mới")
        try workbook.close()
        #expect(try XLSXReader.read(url: URL(fileURLWithPath: path)).sheets[0].text(at: "A1") == "mới")
        #expect(try directory.contents() == ["x.xlsx"])
    }

    @Test func discardedWorkbookWritesNothing() throws {
        let directory = try TemporaryDirectory()
        for constantMemory in [false, true] {
            do {
                let workbook = try Workbook(path: directory.path("x.xlsx"), options: .init(constantMemory: constantMemory))
                let sheet = try workbook.addWorksheet(named: "Data")
                _ = try workbook.addWorksheet(named: "Empty")
                for row in 0..<100 { try sheet.write(row: row, column: 0, number: Double(row)) }
            }
            #expect(try directory.contents().isEmpty)
        }
    }

    @Test("unwritable destinations are refused up front")
    func unwritableDestinations() throws {
        let directory = try TemporaryDirectory()
        let regularFile = directory.path("plain")
        try Data("not a directory".utf8).write(to: URL(fileURLWithPath: regularFile))
        let subdirectory = directory.path("sub")
        try FileManager.default.createDirectory(atPath: subdirectory, withIntermediateDirectories: false)
        for path in ["/nonexistent_dir/x.xlsx", regularFile + "/x.xlsx", subdirectory] {
            #expect(throws: XLSXError.self) { _ = try Workbook(path: path) }
            do {
                _ = try Workbook(path: path)
            } catch let XLSXError.destination(errorPath, _) {
                #expect(errorPath == URL(fileURLWithPath: path).standardizedFileURL.path)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent_dir/x.xlsx"))
        #expect(try directory.contents() == ["plain", "sub"])
    }

    @Test func failedCloseLeavesNoTemporaryFile() throws {
        // The C library fails: its destination directory vanished after the workbook was created.
        let parent = try TemporaryDirectory()
        let vanishing = parent.path("gone")
        try FileManager.default.createDirectory(atPath: vanishing, withIntermediateDirectories: false)
        let first = try Workbook(path: vanishing + "/x.xlsx")
        try first.addWorksheet(named: "Data").write(row: 0, column: 0, text: "x")
        try FileManager.default.removeItem(atPath: vanishing)
        let error = #expect(throws: XLSXError.self) { try first.close() }
        guard case .library(function: "workbook_close", let message)? = error else {
            Issue.record("expected a libxlsxwriter error, got \(String(describing: error))")
            return
        }
        #expect(message.lowercased().contains("creating output xlsx file"))
        #expect(try parent.contents().isEmpty)
        #expect(throws: XLSXError.workbookClosed) { try first.close() }

        // The C library succeeds but the rename fails: a non-empty directory took the destination's place.
        let directory = try TemporaryDirectory()
        let path = directory.path("x.xlsx")
        let second = try Workbook(path: path)
        try second.addWorksheet(named: "Data").write(row: 0, column: 0, text: "x")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        try Data().write(to: URL(fileURLWithPath: path + "/keep"))
        #expect(throws: XLSXError.self) { try second.close() }
        #expect(try directory.contents() == ["x.xlsx"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["keep"])
    }

    @Test func separateWorkbooksOnSeparateThreads() throws {
        let directory = try TemporaryDirectory()
        let paths = (0..<8).map { directory.path("t\($0).xlsx") }
        let errors = ErrorLog()
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            do {
                let workbook = try Workbook(path: paths[index], options: .init(constantMemory: index % 2 == 0))
                let sheet = try workbook.addWorksheet(named: "Luồng \(index)")
                for row in 0..<300 { try sheet.appendRow([Cell(.number(Double(row) + 0.5)), "dòng \(row)"]) }
                try workbook.close()
            } catch {
                errors.append(error)
            }
        }
        #expect(errors.isEmpty)
        for (index, path) in paths.enumerated() {
            let sheet = try #require(try XLSXReader.read(url: URL(fileURLWithPath: path)).sheets.first)
            #expect(sheet.name == "Luồng \(index)")
            #expect(sheet["A300"]?.value == .number(299.5))
        }
    }
}

/// Collects errors from concurrent work.
private final class ErrorLog: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []

    func append(_ error: any Error) { lock.withLock { errors.append(error) } }
    var isEmpty: Bool { lock.withLock { errors.isEmpty } }
}
