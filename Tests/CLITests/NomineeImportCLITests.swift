import Foundation
import OutreachCore
import Testing
import TestSupport
import XLSX

@Suite("outreach nominee import: forms and lists back in, every row checked, all or nothing")
struct NomineeImportCLITests {
    /// A folder holding a fresh mini database.
    static func setUp() throws -> (folder: URL, db: String) {
        let folder = try Fixture.temporaryDirectory()
        let db = folder.appendingPathComponent("outreach.sqlite").path
        _ = try Fixture.miniDatabase(path: db)
        return (folder, db)
    }

    static func run(_ arguments: [String], db: String, today: String = "2022-05-01") throws -> ProcessResult {
        try DemoRun.run(arguments, db: db, today: today)
    }

    static func fixture(_ name: String) -> String { Fixture.path("import/\(name)") }

    static func bytes(_ db: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: db)) }

    /// The active nominees as (name, unit, role, phone).
    static func nominees(_ db: String) throws -> [[String: Any]] {
        let result = try run(["nominee", "list", "LCI-2022-TDKT", "--json"], db: db)
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
    }

    static let session = ["--session", "LCI-2022-TDKT"]

    @Test func afterTheSessionEndedNobodyIsImportedEvenLate() throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.bytes(db)
        let result = try Self.run(
            ["nominee", "import", Self.fixture("list-utf8.csv"), "--late", "--reason", "quên gửi"] + Self.session,
            db: db, today: "2022-05-11")
        #expect(result.status == 4)
        #expect(result.stderr.contains("đã kết thúc ngày 10/05/2022"), "\(result.stderr)")
        #expect(result.stderr.contains("attendance walk-in"), "\(result.stderr)")
        #expect(try Self.bytes(db) == before)
    }

    @Test(arguments: [
        "list-utf8.csv", "list-utf8-bom-semicolon.csv", "list-utf16le-tab.csv", "list-utf16be.csv", "list-nfd.csv",
        "list-cp1258.csv", "list-vni.csv", "list-tcvn3.csv", "list-tcvn3.xlsx",
    ])
    func everyFormatImportsAndReimportsAsUnchanged(file: String) throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Self.run(["nominee", "import", Self.fixture(file)] + Self.session, db: db)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("thêm 4, thay 0, cập nhật 0, không đổi 0"), "\(first.stdout)")
        let people = try Self.nominees(db)
        #expect(Set(people.compactMap { $0["name"] as? String })
                == ["Nguyễn Văn Hoà", "Lò Thị Mai", "Giàng A Páo", "Sùng Thị Dung"])
        #expect(people.allSatisfy { $0["sender"] as? String == "PGD-BATXAT" }, "\(people)")
        let before = try Self.bytes(db)
        let again = try Self.run(["nominee", "import", Self.fixture(file)] + Self.session, db: db)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("thêm 0, thay 0, cập nhật 0, không đổi 4"), "\(again.stdout)")
        #expect(try Self.bytes(db) == before, "a second import changes nothing")
    }

    @Test func realWorldWorkbook() throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.run(["nominee", "import", Self.fixture("list-messy.xlsx")] + Self.session, db: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("thêm 5"), "\(result.stdout)")
        #expect(result.stderr == "cảnh báo: list-messy.xlsx, sheet Bát Xát, dòng 5, cột Điện thoại: 912345001 ô kiểu số đã làm mất số 0 đầu; đã đọc là 0912345001, kiểm tra lại\n")
        let people = try Self.nominees(db)
        let dung = try #require(people.first { $0["name"] as? String == "Sùng Thị Dung" })
        #expect(dung["phone"] as? String == "0912345004", "the formula's cached value")
        #expect(dung["workplace"] as? String == "Trường Tiểu học Kim Đồng", "the merged workplace")
        #expect(people.contains { $0["name"] as? String == "Nguyễn Văn Hoà" && $0["phone"] as? String == "0912345001" })
        #expect(people.contains { $0["name"] as? String == "Vàng A Chứ" && $0["sender"] as? String == "PGD-SAPA" })
    }

    @Test func badRowsImportNothing() throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.bytes(db)
        let result = try Self.run(["nominee", "import", Self.fixture("list-errors.xlsx")] + Self.session, db: db)
        #expect(result.status == 1)
        #expect(result.stderr.contains("lỗi: list-errors.xlsx, sheet DS, dòng 2, cột Điện thoại: 912345678 thiếu số 0 đầu (sửa thành 0912345678)"))
        #expect(result.stderr.contains("dòng 7, cột Nơi công tác: Trường Không Có không có đơn vị này"))
        #expect(result.stderr.hasSuffix("lỗi: list-errors.xlsx: 7 lỗi, không nhập gì; sửa các dòng nêu trên rồi nhập lại, hoặc thêm --partial để chỉ nhập các dòng đúng\n"), "\(result.stderr)")
        #expect(result.stdout.isEmpty, "\(result.stdout)")
        #expect(try Self.bytes(db) == before)
        let english = try Self.run(
            ["nominee", "import", Self.fixture("list-errors.xlsx"), "--lang", "en"] + Self.session, db: db)
        #expect(english.stderr.contains("error: list-errors.xlsx, sheet DS, row 2, column Điện thoại: 912345678 missing the leading 0 (make it 0912345678)"), "\(english.stderr)")
        #expect(try Self.bytes(db) == before)
        let partial = try Self.run(
            ["nominee", "import", Self.fixture("list-errors.xlsx"), "--partial"] + Self.session, db: db)
        #expect(partial.status == 0, "\(partial.stderr)")
        #expect(partial.stdout.contains("thêm 1"), "\(partial.stdout)")
        #expect(try Self.nominees(db).compactMap { $0["name"] as? String } == ["Vũ Thị Hoà"])
    }

    @Test func aQuotaFullRowRefusesTheFileUnlessPartial() throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.bytes(db)
        let file = Self.fixture("list-over-quota.xlsx")
        let result = try Self.run(["nominee", "import", file] + Self.session, db: db)
        #expect(result.status == 1)
        #expect(result.stderr.contains("lỗi: list-over-quota.xlsx, sheet Sheet, dòng 3: PGD-BATXAT đã cử đủ 1 người"), "\(result.stderr)")
        #expect(try Self.bytes(db) == before)
        let dry = try Self.run(["nominee", "import", file, "--dry-run", "--partial"] + Self.session, db: db)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("Sheet, dòng 2: sẽ thêm"), "\(dry.stdout)")
        #expect(try Self.bytes(db) == before, "a dry run writes nothing")
        let partial = try Self.run(["nominee", "import", file, "--partial"] + Self.session, db: db)
        #expect(partial.status == 0, "\(partial.stderr)")
        #expect(partial.stdout.contains("Đã nhập list-over-quota.xlsx: thêm 2, thay 0, cập nhật 0, không đổi 0, bỏ qua 1 dòng lỗi."), "\(partial.stdout)")
    }

    @Test func anOfficeMayImportOnlyForItself() throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.bytes(db)
        let result = try Self.run(
            ["nominee", "import", Self.fixture("list-utf8.csv"), "--as", "PGD-SAPA"] + Self.session, db: db)
        // Every row refused for rights: the file is a refusal of rights (exit 6), as one row through `nominee add`.
        #expect(result.status == 6)
        #expect(result.stderr.contains("PGD-SAPA không có quyền"), "\(result.stderr)")
        #expect(try Self.bytes(db) == before)
    }

    @Test func afterTheDeadlineTheWholeFileIsRefused() throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.bytes(db)
        let result = try Self.run(
            ["nominee", "import", Self.fixture("list-utf8.csv")] + Self.session, db: db, today: "2022-05-09")
        #expect(result.status == 4)
        #expect(result.stderr.contains("--late"), "\(result.stderr)")
        #expect(try Self.bytes(db) == before)
    }

    @Test(arguments: [
        (["nominee", "import", "khong-co.xlsx", "--session", "LCI-2022-TDKT"], Int32(3), "khong-co.xlsx"),
        (["nominee", "import", NomineeImportCLITests.fixture("not-a-workbook.xlsx"), "--session", "LCI-2022-TDKT"],
         Int32(5), "không phải tệp .xlsx (không phải tệp nén zip)"),
        (["nominee", "import", NomineeImportCLITests.fixture("list-utf8.csv")], Int32(2), "thiếu --session"),
        (["nominee", "import", NomineeImportCLITests.fixture("list-utf8.csv"), "--session", "XYZ-1"], Int32(3), "XYZ-1"),
        (["nominee", "import", NomineeImportCLITests.fixture("list-utf8.csv"), "--session", "LCI-2022-TDKT",
          "--unit", "PGD-NOPE"], Int32(3), "PGD-NOPE"),
        (["nominee", "import", NomineeImportCLITests.fixture("list-utf8.csv"), "--session", "LCI-2022-TDKT",
          "--unit", "PGD-BATXAT", "--as", "PGD-SAPA"], Int32(6), "PGD-SAPA không có quyền nhập danh sách cử người của PGD-BATXAT"),
    ])
    func fileLevelErrors(arguments: [String], status: Int32, message: String) throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.bytes(db)
        let result = try Self.run(arguments, db: db)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try Self.bytes(db) == before)
    }

    @Test func aFileWithNothingToImportIsNoSuccess() throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The fixture ends its lines with CRLF, which Swift reads as one Character: split on any newline.
        let header = try String(contentsOfFile: Self.fixture("list-utf8.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let empty = folder.appendingPathComponent("chi-tieu-de.csv")
        try (header + "\n").write(to: empty, atomically: true, encoding: .utf8)
        let before = try Self.bytes(db)
        let headerOnly = try Self.run(["nominee", "import", empty.path] + Self.session, db: db)
        #expect(headerOnly.status == 1, "\(headerOnly.stdout) \(headerOnly.stderr)")
        #expect(headerOnly.stderr.contains("không có dòng nào có họ tên để nhập"), "\(headerOnly.stderr)")
        // --partial when every row fails: nothing was imported, so it is refused like without --partial.
        let bad = folder.appendingPathComponent("mot-dong-sai.csv")
        try (header + "\n1,Nguyễn Văn Sai,Chuyên viên,PGD-BATXAT,12345,Lãnh đạo,Nam,1975\n")
            .write(to: bad, atomically: true, encoding: .utf8)
        let allBad = try Self.run(["nominee", "import", bad.path, "--partial"] + Self.session, db: db)
        #expect(allBad.status == 1, "\(allBad.stdout) \(allBad.stderr)")
        #expect(allBad.stderr.contains("cần 10 chữ số"), "\(allBad.stderr)")
        #expect(try Self.bytes(db) == before)
    }

    @Test func theReadmeExampleListImportsAsTheTourSays() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = Fixture.template("examples/ds-thpt-so1.csv")
        let before = try Self.bytes(db)
        let refused = try Self.run(["nominee", "import", example] + Self.session, db: db)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("dòng 3, cột Điện thoại: 98765432 cần 10 chữ số"), "\(refused.stderr)")
        #expect(try Self.bytes(db) == before)
        let partial = try Self.run(["nominee", "import", example, "--partial"] + Self.session, db: db)
        #expect(partial.status == 0, "\(partial.stderr)")
        #expect(partial.stdout.contains("Phạm Thị Thu Hà (cbql, THPT-SO1-LAOCAI)"), "\(partial.stdout)")
        #expect(partial.stdout.contains("thêm 1, thay 0, cập nhật 0, không đổi 0, bỏ qua 1 dòng lỗi"))
    }

    @Test func namesakesAreReportedNeverMerged() throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The same name at Sa Pa with another phone: another person, reported.
        let add = try Self.run(["nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-SAPA", "--name", "Nguyễn Văn Hòa",
                                "--role", "lanh-dao", "--phone", "0977000000"], db: db)
        #expect(add.status == 0, "\(add.stderr)")
        let result = try Self.run(["nominee", "import", Self.fixture("list-utf8.csv")] + Self.session, db: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("dòng 2: Nguyễn Văn Hoà trùng họ tên với người #1 (Phòng GD&ĐT Sa Pa, 0977 000 000) nhưng khác số điện thoại hoặc đơn vị: nhập như một người khác, không gộp"), "\(result.stderr)")
        #expect(try Self.nominees(db).count == 5)
    }

    @Test func aBirthYearTellsTheSamePersonWithoutAPhone() throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        func list(_ name: String, _ rows: String) throws -> String {
            let path = folder.appendingPathComponent(name).path
            try ("Họ và tên,Vai trò,Nơi công tác,Điện thoại,Năm sinh\n" + rows).write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let first = try Self.run(["nominee", "import", try list("a.csv", "Hoàng Thị Lan,Giáo viên,Trường Tiểu học Kim Đồng,,1985\n")]
                                 + Self.session, db: db)
        #expect(first.stdout.contains("thêm 1"), "\(first.stdout)\(first.stderr)")
        // She moved school; no phone, the same birth year: the same person, her workplace brought up to date.
        let moved = try Self.run(["nominee", "import", try list("b.csv", "HOÀNG THỊ LAN,Giáo viên,THCS-BATXAT-YTY,,1985\n")]
                                 + Self.session, db: db)
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout.contains("thêm 0, thay 0, cập nhật 1, không đổi 0"), "\(moved.stdout)")
        // Another Hoàng Thị Lan born the same year with a phone: reported, kept apart.
        let other = try Self.run(["nominee", "import", try list("c.csv", "Hoàng Thị Lan,Cán bộ quản lý,Trường Tiểu học Kim Đồng,0912000001,1985\n")]
                                 + Self.session, db: db)
        #expect(other.status == 0, "\(other.stderr)")
        #expect(other.stderr.contains("cùng họ tên và năm sinh 1985 với người #1 (Trường PTDTBT THCS Y Tý) nhưng khác số điện thoại: nhập như một người khác, không gộp"), "\(other.stderr)")
        #expect(try Self.nominees(db).count == 2)
    }

    @Test func noProgressBarWhenStderrIsNotATerminal() throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.run(["nominee", "import", Self.fixture("list-utf8.csv")] + Self.session, db: db)
        #expect(result.stderr.isEmpty)
    }

    // MARK: - The round trip

    @Test func formsOutFilledAndBackIn() throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefilled = try Self.run(["nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "--name", "Lò Văn Sính",
                                      "--role", "lanh-dao", "--phone", "0912000111"], db: db)
        #expect(prefilled.status == 0, "\(prefilled.stderr)")
        let export = try Self.run(["export", "form", "LCI-2022-TDKT"], db: db)
        #expect(export.status == 0, "\(export.stderr)")
        let form = folder.appendingPathComponent("exports/LCI-2022-TDKT/forms/PGD-BATXAT.xlsx")
        let sheet = try #require(try XLSXReader.read(url: form).sheet(named: "Phiếu đăng ký"))
        #expect(sheet.text(at: "C13") == "Lò Văn Sính")
        // Rows 13–16: the leader's place (prefilled), the TĐKT officer's, two school places.
        try FormFiller.fill(form, cells: [
            "C14": .text("Hà Thị Thu"), "D14": .text("Nữ"), "E14": .number(1986), "F14": .text("Chuyên viên"),
            "H14": .number(912_000_222),
            "B15": .text("Cán bộ quản lý"), "C15": .text("Giàng A Páo"), "G15": .text("Trường Tiểu học Kim Đồng"),
            "H15": .text("0912 000 333"),
            "B16": .text("Giáo viên"), "C16": .text("Sùng Thị Dung"), "G16": .text("THCS-BATXAT-YTY"),
            "H16": .text("0912000444"), "I16": .text("dung@ytý.edu.vn"),
        ])
        let result = try Self.run(["nominee", "import", form.path], db: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("thêm 3, thay 0, cập nhật 0, không đổi 1"), "\(result.stdout)")
        #expect(result.stderr.contains("dòng 14, cột Số điện thoại: 912000222 ô kiểu số đã làm mất số 0 đầu"))
        let people = try Self.nominees(db)
        #expect(people.count == 4)
        #expect(people.allSatisfy { $0["sender"] as? String == "PGD-BATXAT" })
        let thu = try #require(people.first { $0["name"] as? String == "Hà Thị Thu" })
        #expect(thu["role"] as? String == "can-bo-tdkt", "the single-role place gives the role")
        #expect(thu["phone"] as? String == "0912000222")
        #expect(people.contains { $0["name"] as? String == "Sùng Thị Dung" && $0["role"] as? String == "giao-vien" })

        let before = try Self.bytes(db)
        let again = try Self.run(["nominee", "import", form.path], db: db)
        #expect(again.stdout.contains("thêm 0, thay 0, cập nhật 0, không đổi 4"), "\(again.stdout)")
        #expect(try Self.bytes(db) == before, "re-importing the same form changes nothing")

        // The office puts someone else in the leader's place: the prefilled nominee is replaced, with history.
        try FormFiller.fill(form, cells: ["C13": .text("Vàng Văn Lử"), "H13": .text("0912000555")])
        let replaced = try Self.run(["nominee", "import", form.path], db: db)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(replaced.stdout.contains("thêm 0, thay 1, cập nhật 0, không đổi 3"), "\(replaced.stdout)")
        let all = try Self.run(["nominee", "list", "LCI-2022-TDKT", "--all", "--json"], db: db)
        #expect(all.stdout.contains("\"replaced\""), "\(all.stdout)")

        // A form of one office cannot be imported as another's.
        let wrong = try Self.run(["nominee", "import", form.path, "--unit", "PGD-SAPA"], db: db)
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("phiếu này là của PGD-BATXAT"), "\(wrong.stderr)")
    }

    /// A database where Bát Xát's leader, Lò Văn Sính (#1), was nominated, and its form exported since.
    private static func formWithSinhPrefilled() throws -> (folder: URL, db: String, form: URL) {
        let (folder, db) = try setUp()
        let prefilled = try run(["nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "--name", "Lò Văn Sính",
                                 "--role", "lanh-dao", "--phone", "0912000111"], db: db)
        #expect(prefilled.status == 0, "\(prefilled.stderr)")
        let form = folder.appendingPathComponent("f.xlsx")
        let export = try run(["export", "form", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "-o", form.path], db: db)
        #expect(export.status == 0, "\(export.stderr)")
        return (folder, db, form)
    }

    /// The office corrects the spelling of its prefilled leader (tone marks, spacing) and keeps the phone: the
    /// name is corrected with a warning, the place kept; no second person with the same phone.
    @Test func aRespelledNameOnAReturnedFormCorrectsTheName() throws {
        let (folder, db, form) = try Self.formWithSinhPrefilled()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FormFiller.fill(form, cells: ["C13": .text("Lò  Văn Sinh")])
        let result = try Self.run(["nominee", "import", form.path], db: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("thêm 0, thay 0, cập nhật 1"), "\(result.stdout)")
        #expect(result.stderr.contains("coi là sửa cách viết họ tên, không thay người"), "\(result.stderr)")
        let all = try Self.run(["nominee", "list", "LCI-2022-TDKT", "--all", "--json"], db: db)
        #expect(all.stdout.contains("Lò Văn Sinh"), "\(all.stdout)")
        #expect(!all.stdout.contains("Lò Văn Sính"), "\(all.stdout)")
        #expect(!all.stdout.contains("\"replaced\""), "\(all.stdout)")
        // A name that is not a respelling, with the same phone, is still a replacement.
        let fresh = folder.appendingPathComponent("f2.xlsx")
        #expect(try Self.run(["export", "form", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "-o", fresh.path], db: db).status == 0)
        try FormFiller.fill(fresh, cells: ["C13": .text("Vàng Văn Lử")])
        let other = try Self.run(["nominee", "import", fresh.path], db: db)
        #expect(other.stdout.contains("thay 1"), "\(other.stdout)\(other.stderr)")
    }

    @Test func aFormOlderThanAReplacementIsCalledOutOfDate() throws {
        let (folder, db, form) = try Self.formWithSinhPrefilled()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The office replaces its leader on the command line, then types another leader into the old form.
        let replaced = try Self.run(["nominee", "replace", "LCI-2022-TDKT", "Sính", "--name", "Thào A Dính",
                                     "--role", "lanh-dao", "--phone", "0912000999"], db: db)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        try FormFiller.fill(form, cells: ["C13": .text("Vàng Văn Lử"), "H13": .text("0912000555")])
        let before = try Self.bytes(db)
        let result = try Self.run(["nominee", "import", form.path], db: db)
        #expect(result.status != 0)
        #expect(result.stderr.contains("dòng 13"), "\(result.stderr)")
        #expect(result.stderr.contains("phiếu này đã cũ: đại biểu #1 ở dòng này đã được thay sau khi xuất phiếu"),
                "\(result.stderr)")
        #expect(result.stderr.contains("xuất phiếu mới cho PGD-BATXAT"), "\(result.stderr)")
        #expect(!result.stderr.contains("đã cử đủ"), "\(result.stderr)")
        #expect(try Self.bytes(db) == before)
    }

    @Test func anUntouchedRowOfAWithdrawnNomineeDoesNotBringThemBack() throws {
        let (folder, db, form) = try Self.formWithSinhPrefilled()
        defer { try? FileManager.default.removeItem(at: folder) }
        let withdrawn = try Self.run(["nominee", "withdraw", "LCI-2022-TDKT", "#1", "--reason", "ốm"], db: db)
        #expect(withdrawn.status == 0, "\(withdrawn.stderr)")
        // The office sends the old form back as it was: Sính's row must not nominate him again.
        let before = try Self.bytes(db)
        let result = try Self.run(["nominee", "import", form.path], db: db)
        #expect(result.status != 0)
        #expect(result.stderr.contains("dòng 13"), "\(result.stderr)")
        #expect(result.stderr.contains("phiếu này đã cũ: đại biểu #1 ở dòng này đã rút sau khi xuất phiếu"), "\(result.stderr)")
        #expect(try Self.bytes(db) == before)
    }

    @Test func aFormRowOutsideItsPlaceIsRefused() throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let form = folder.appendingPathComponent("f.xlsx")
        let export = try Self.run(["export", "form", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "-o", form.path], db: db)
        #expect(export.status == 0, "\(export.stderr)")
        try FormFiller.fill(form, cells: ["B15": .text("Lãnh đạo"), "C15": .text("Giàng A Páo"), "H15": .text("0912000333")])
        let before = try Self.bytes(db)
        let result = try Self.run(["nominee", "import", form.path], db: db)
        #expect(result.status == 1)
        #expect(result.stderr.contains("f.xlsx, sheet Phiếu đăng ký, dòng 15, cột Vai trò: Lãnh đạo chỗ này chỉ nhận: Cán bộ quản lý, Giáo viên"), "\(result.stderr)")
        #expect(try Self.bytes(db) == before)
    }

    @Test func aListEndingWithASignatureBlockImportsItsPeopleOnly() throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.run(["nominee", "import", Self.fixture("list-signature-block.xlsx")] + Self.session, db: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("thêm 2, thay 0, cập nhật 0, không đổi 0"), "\(result.stdout)")
        #expect(result.stderr == "cảnh báo: list-signature-block.xlsx, sheet DS, dòng 10: Nguyễn Văn Lập, Trần Thị Hiệu nằm dưới khối chữ ký cuối danh sách: là tên người ký, không nhập (nếu là đại biểu thì chuyển lên trong bảng)\n",
                "\(result.stderr)")
        #expect(Set(try Self.nominees(db).compactMap { $0["name"] as? String }) == ["Nguyễn Văn Hoà", "Lò Thị Mai"])
    }

    @Test func aNameAfterTheDataWithoutABlockStaysData() throws {
        let (folder, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A title in the middle does not end the table: the rows after it are people, checked as such.
        let list = folder.appendingPathComponent("ds.csv")
        try """
            STT,Họ và tên,Chức vụ,Đơn vị,SĐT,Vai trò
            1,Nguyễn Văn Hoà,Trưởng phòng,PGD-BATXAT,0912345001,Lãnh đạo
            ,HIỆU TRƯỞNG,,,,
            2,Lò Thị Mai,Chuyên viên,PGD-BATXAT,0912345002,Cán bộ TĐKT
            ,"Lào Cai, ngày 03 tháng 5 năm 2022",,,,
            ,Giàng A Páo,,,,
            ,Sùng Thị Dung,,,,
            ,Trần Văn Một,,,,
            ,Trần Văn Hai,,,,

            """.write(to: list, atomically: true, encoding: .utf8)
        let before = try Self.bytes(db)
        let result = try Self.run(["nominee", "import", list.path] + Self.session, db: db)
        #expect(result.status == 1, "four names after a date line are more than signers: \(result.stderr)")
        #expect(result.stderr.contains("ds.csv, dòng 3"), "\(result.stderr)")
        #expect(result.stderr.contains("ds.csv, dòng 7"), "\(result.stderr)")
        #expect(try Self.bytes(db) == before)
    }
}
