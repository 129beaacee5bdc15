import Foundation
import OutreachCore
import Testing
import TestSupport
import XLSX

@Suite("outreach export form: one nomination form per invited office")
struct FormCLITests {
    /// A folder holding the mini database, and the arguments that reach it.
    func setUp() throws -> (URL, [String]) {
        let folder = try Fixture.temporaryDirectory()
        let db = folder.appendingPathComponent("outreach.sqlite").path
        _ = try Fixture.miniDatabase(path: db)
        return (folder, ["--db", db])
    }

    @Test func everyInvitedOfficeGetsItsOwnForm() throws {
        let (folder, db) = try setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["export", "form", "LCI-2022-TDKT"] + db, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let forms = folder.appendingPathComponent("exports/LCI-2022-TDKT/forms")
        let files = try FileManager.default.contentsOfDirectory(atPath: forms.path).sorted()
        #expect(files == ["PGD-BATXAT.xlsx", "PGD-SAPA.xlsx", "THPT-CHUYEN.xlsx"])
        #expect(result.stdout.contains("exports/LCI-2022-TDKT/forms/PGD-SAPA.xlsx"))
        let document = try XLSXReader.read(url: forms.appendingPathComponent("THPT-CHUYEN.xlsx"))
        #expect(document.sheet(named: "_outreach")?.text(at: "B3") == "THPT-CHUYEN")
        #expect(document.sheet(named: "_outreach")?.text(at: "B6") == "2")
    }

    @Test func oneOfficeToAChosenFile() throws {
        let (folder, db) = try setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(
            ["export", "form", "LCI-2022-TDKT", "--unit", "pgd-batxat", "-o", "bat-xat.xlsx"] + db, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("bat-xat.xlsx"))
        let document = try XLSXReader.read(url: folder.appendingPathComponent("bat-xat.xlsx"))
        #expect(document.sheet(named: "_outreach")?.text(at: "B3") == "PGD-BATXAT")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("exports").path))
        // The office returns it as its own document: its name heads it, and it is dated and signed by its head.
        let form = try #require(document.sheet(named: "Phiếu đăng ký"))
        #expect(form.text(at: "A2") == "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN BÁT XÁT")
        let texts = Set(form.cells.values.map(\.displayText))
        #expect(texts.contains("THỦ TRƯỞNG ĐƠN VỊ") && texts.contains("NGƯỜI LẬP BIỂU"))
        #expect(texts.contains { $0.hasSuffix(", ngày ...... tháng ...... năm ........") })
    }

    @Test func aSingleFileNeedsOneOffice() throws {
        let (folder, db) = try setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["export", "form", "LCI-2022-TDKT", "-o", "all.xlsx"] + db, in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--unit"))
    }

    @Test(arguments: [("NOPE", Int32(3)), ("TH-BATXAT-KIMDONG", Int32(1))])
    func anUnknownOrUninvitedUnitIsAClearError(unit: String, status: Int32) throws {
        let (folder, db) = try setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["export", "form", "LCI-2022-TDKT", "--unit", unit] + db, in: folder)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.contains(unit))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("exports").path))
    }
}
