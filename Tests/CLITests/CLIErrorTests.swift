import Foundation
import Testing
import TestSupport

@Suite("Bad input: one clear line, the contract's exit status, nothing changed")
struct CLIErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var status: Int32
        var message: String
        var today = "2022-05-01"
        /// Files written beside the database first, by name (a name ending in "/" is a folder).
        var files: [String: String] = [:]
        var testDescription: String { name }
    }

    static let miniSession = (try? Fixture.text("mini-session.yaml")) ?? ""
    static let add = ["nominee", "add", "LCI-2022-TDKT", "--works-at", "TH-SIMACAI-THITRAN", "--role", "cbql"]

    static let cases: [Case] = [
        Case(name: "unknown unit", arguments: ["nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-KHONGCO",
                                               "--name", "Giàng A Páo", "--role", "lanh-dao"],
             status: 3, message: "PGD-KHONGCO"),
        Case(name: "unknown role", arguments: ["nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-BATXAT",
                                               "--name", "Giàng A Páo", "--role", "hieu-truong"],
             status: 1, message: "hieu-truong"),
        Case(name: "role not allowed in the office's slots",
             arguments: ["nominee", "add", "LCI-2022-TDKT", "--unit", "THPT-CHUYEN", "--name", "Giàng A Páo",
                         "--role", "lanh-dao"],
             status: 1, message: "lanh-dao"),
        Case(name: "quota full", arguments: ["nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-LAOCAI",
                                             "--name", "Giàng A Páo", "--role", "lanh-dao"],
             status: 4, message: "PGD-LAOCAI"),
        Case(name: "deadline passed", arguments: ["nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-LAOCAI",
                                                  "--name", "Giàng A Páo", "--role", "lanh-dao"],
             status: 4, message: "--late", today: "2022-05-09"),
        Case(name: "nominating after the session ended, even with --late",
             arguments: ["nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-LAOCAI", "--name", "Hoàng Văn Muộn",
                         "--role", "lanh-dao", "--late", "--reason", "bổ sung"],
             status: 4, message: "đã kết thúc ngày 10/05/2022", today: "2023-01-01"),
        Case(name: "late without a reason", arguments: ["nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-LAOCAI",
                                                        "--name", "Giàng A Páo", "--role", "lanh-dao", "--late"],
             status: 1, message: "--reason", today: "2022-05-09"),
        Case(name: "unknown session", arguments: ["session", "quota", "LCI-2099-XYZ"], status: 3, message: "LCI-2099-XYZ"),
        Case(name: "an empty .csv", arguments: ["nominee", "import", "rong.csv", "--session", "LCI-2022-TDKT"],
             status: 1, message: "rong.csv: không tìm thấy dòng tiêu đề", files: ["rong.csv": ""]),
        Case(name: "an empty .xlsx", arguments: ["nominee", "import", Fixture.path("import/empty.xlsx"), "--session", "LCI-2022-TDKT"],
             status: 1, message: "empty.xlsx: không tìm thấy dòng tiêu đề"),
        Case(name: "a list without --session", arguments: ["nominee", "import", Fixture.path("import/list-utf8.csv")],
             status: 2, message: "lỗi: thiếu --session: tệp này không phải phiếu đăng ký xuất từ outreach nên cần cho biết đợt"),
        Case(name: "an unknown budget line", arguments: ["export", "payment", "LCI-2022-TDKT", "--line", "khong-co", "-o", "chi.xlsx", "--rates", Fixture.template("rates")],
             status: 3, message: "--line “khong-co”: đợt LCI-2022-TDKT không có dòng dự toán này"),
        Case(name: "unknown nominee", arguments: ["nominee", "confirm", "LCI-2022-TDKT", "Không Có Ai"],
             status: 3, message: "Không Có Ai"),
        Case(name: "bad phone", arguments: ["nominee", "add", "LCI-2022-TDKT", "--unit", "THPT-CHUYEN",
                                            "--name", "Giàng A Páo", "--role", "cbql", "--phone", "912345678"],
             status: 1, message: "thiếu số 0 đầu"),
        Case(name: "impossible --today", arguments: ["session", "quota", "LCI-2022-TDKT", "--today", "2022-02-31"],
             status: 2, message: "--today"),
        Case(name: "missing units file", arguments: ["units", "import", "khong-co.yaml"], status: 3, message: "khong-co.yaml"),
        Case(name: "export to a non-xlsx name", arguments: ["export", "signin", "LCI-2022-TDKT", "-o", "ds.pdf"],
             status: 1, message: ".xlsx"),
        // A folder that passes the permission check (as root) yet takes no new file: one line, ours, not
        // libxlsxwriter's own "[ERROR] workbook_close()" on stderr as well.
        Case(name: "export into a folder that takes no file", arguments: ["export", "signin", "LCI-2022-TDKT", "-o", "/proc/ds.xlsx"],
             status: 5, message: "/proc"),
        Case(name: "unknown unit kind", arguments: ["units", "list", "--kind", "phong-gdd"], status: 1, message: "phong-gddt"),
        Case(name: "single-word name", arguments: ["nominee", "add", "LCI-2022-TDKT", "--unit", "THPT-CHUYEN",
                                                   "--name", "Nguyen", "--role", "cbql"],
             status: 1, message: "--name"),
        Case(name: "an office acting for another", arguments: ["nominee", "add", "LCI-2022-TDKT", "--unit", "THPT-CHUYEN",
                                                              "--name", "Giàng A Páo", "--role", "cbql", "--as", "PGD-SAPA"],
             status: 6, message: "PGD-SAPA"),
        Case(name: "confirm all of an unknown office", arguments: ["nominee", "confirm", "LCI-2022-TDKT", "--unit",
                                                                   "PGD-XYZ", "--all"],
             status: 3, message: "PGD-XYZ"),
        Case(name: "impossible date in a session file", arguments: ["session", "create", "--template", "s.yaml"],
             status: 1, message: "s.yaml:8 (starts): “2022-02-31” không phải một ngày có thật",
             files: ["s.yaml": miniSession.replacingOccurrences(of: "starts: 2022-05-10", with: "starts: 2022-02-31")]),
        Case(name: "wrongly typed number in a session file", arguments: ["session", "create", "--template", "s.yaml"],
             status: 1, message: "s.yaml:",
             files: ["s.yaml": miniSession.replacingOccurrences(of: "count: 2", with: "count: hai")]),
        Case(name: "empty name in a units file", arguments: ["units", "import", "u.yaml"],
             status: 1, message: "u.yaml:3 (units[0].name): không được để trống",
             files: ["u.yaml": "name: x\nunits:\n  - {code: A, name: \"\", kind: truong}\n"]),
        Case(name: "binary file given as YAML", arguments: ["units", "import", "u.yaml"], status: 1,
             message: "u.yaml:2: YAML sai cú pháp: control characters are not allowed",
             files: ["u.yaml": "%PDF-1.4\n\u{1}\u{2}binary"]),
        Case(name: "a folder given as a units file", arguments: ["units", "import", "u.yaml"], status: 5,
             message: "không đọc được", files: ["u.yaml/": ""]),
        Case(name: "session already in the database",
             arguments: ["session", "create", "--template", Fixture.template("sessions/lao-cai-2022-tdkt.yaml")],
             status: 4, message: "đã có trong cơ sở dữ liệu"),
        Case(name: "empty --name", arguments: add + ["--name", ""], status: 1, message: "--name: không được để trống"),
        Case(name: "control character in --name", arguments: add + ["--name", "Giàng\u{7}A Páo"], status: 1,
             message: "--name “Giàng\\u{7}A Páo”: chứa ký tự điều khiển"),
        Case(name: "line break in --unit", arguments: ["nominee", "add", "LCI-2022-TDKT", "--unit", "PGD\nBATXAT",
                                                       "--name", "Giàng A Páo", "--role", "cbql"],
             status: 1, message: "--unit “PGD\\u{A}BATXAT”"),
        Case(name: "line break in a nominee's name", arguments: ["nominee", "confirm", "LCI-2022-TDKT", "Páo\nSính"],
             status: 3, message: "“Páo\\u{A}Sính”"),
        Case(name: "control character in --note", arguments: add + ["--name", "Giàng A Páo", "--note", "đi\u{1B}[31m muộn"],
             status: 1, message: "--note “đi\\u{1B}[31m muộn”"),
        Case(name: "name starting like a formula", arguments: add + ["--name", "=Giàng A Páo"], status: 1,
             message: "phải bắt đầu bằng một chữ cái"),
        Case(name: "name over 100 characters", arguments: add + ["--name", String(repeating: "Páo ", count: 30)], status: 1,
             message: "dài quá 100 ký tự"),
        Case(name: "position over 200 characters",
             arguments: add + ["--name", "Giàng A Páo", "--position", String(repeating: "x", count: 201)], status: 1,
             message: "dài quá 200 ký tự"),
        Case(name: "bad email", arguments: add + ["--name", "Giàng A Páo", "--email", "pao.gmail.com"], status: 1,
             message: "--email"),
        Case(name: "phone with too many digits", arguments: add + ["--name", "Giàng A Páo", "--phone", "0912 345 678 9"],
             status: 1, message: "cần 10 chữ số"),
        Case(name: "unknown --person", arguments: ["nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-BAOTHANG",
                                                   "--person", "999999", "--role", "cbql"],
             status: 3, message: "999999"),
        Case(name: "empty --role", arguments: ["nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-BAOTHANG",
                                               "--name", "Giàng A Páo", "--role", ""],
             status: 1, message: "--role: "),
        Case(name: "control character in --reason", arguments: ["nominee", "withdraw", "LCI-2022-TDKT", "#1",
                                                                "--reason", "ốm\u{1}"],
             status: 1, message: "--reason"),
        Case(name: "quota count over the limit", arguments: ["session", "quota", "LCI-2022-TDKT", "--unit", "PGD-BATXAT",
                                                             "--role", "lanh-dao", "--count", "1000000"],
             status: 1, message: "phải từ 0 đến 10000"),
        Case(name: "negative quota count", arguments: ["session", "quota", "LCI-2022-TDKT", "--unit", "PGD-BATXAT",
                                                       "--role", "lanh-dao", "--count", "-1"],
             status: 2, message: "--count"),
        Case(name: "overflowing quota count", arguments: ["session", "quota", "LCI-2022-TDKT", "--unit", "PGD-BATXAT",
                                                          "--role", "lanh-dao", "--count", "99999999999999999999"],
             status: 2, message: "--count"),
        Case(name: "negative --blank-rows", arguments: ["export", "signin", "LCI-2022-TDKT", "--blank-rows", "-1"],
             status: 2, message: "--blank-rows"),
        Case(name: "unknown --lang", arguments: ["session", "list", "--lang", "fr"], status: 2, message: "--lang"),
        Case(name: "--as that is not a unit code", arguments: ["session", "list", "--as", "phòng GD"], status: 2,
             message: "--as"),
        Case(name: "backup onto an existing file", arguments: ["db", "backup", "sao-luu.sqlite"], status: 4,
             message: "tệp sao-luu.sqlite đã có", files: ["sao-luu.sqlite": "an older copy"]),
        Case(name: "attendance at a part the session does not have",
             arguments: ["attendance", "mark", "LCI-2022-TDKT", "#2", "present", "--part", "2022-05-11:am"],
             status: 1, message: "không phải buổi của đợt này", today: "2022-05-10"),
        Case(name: "misspelt --part", arguments: ["attendance", "mark", "LCI-2022-TDKT", "#2", "present", "--part", "sáng"],
             status: 2, message: "--part", today: "2022-05-10"),
        Case(name: "unknown attendance status", arguments: ["attendance", "mark", "LCI-2022-TDKT", "#2", "here"],
             status: 2, message: "Giá trị hợp lệ: 'present', 'late', 'excused' hoặc 'absent'", today: "2022-05-10"),
        Case(name: "backup into a missing folder", arguments: ["db", "backup", "khong-co/sao-luu.sqlite"], status: 5,
             message: "không tồn tại"),
        Case(name: "a sending-unit line recorded without --unit",
             arguments: ["budget", "actual", "LCI-2022-TDKT", "di-lai", "250.000"],
             status: 1, message: "<line> “di-lai”: dòng di-lai do từng đơn vị cử người chi: cần ghi đơn vị"),
        Case(name: "an organiser line recorded for one office",
             arguments: ["budget", "actual", "LCI-2022-TDKT", "hoi-truong", "1", "--unit", "PGD-BATXAT"],
             status: 1, message: "--unit “PGD-BATXAT”: dòng hoi-truong do đơn vị tổ chức chi, ghi thực chi không kèm đơn vị"),
        Case(name: "an office actual for an office not invited",
             arguments: ["budget", "actual", "LCI-2022-TDKT", "di-lai", "1", "--unit", "TH-BAOTHANG-SO1PHOLU"],
             status: 1, message: "TH-BAOTHANG-SO1PHOLU"),
        Case(name: "an office actual for an unknown unit",
             arguments: ["budget", "actual", "LCI-2022-TDKT", "di-lai", "1", "--unit", "PGD-KHONGCO"],
             status: 3, message: "PGD-KHONGCO"),
        Case(name: "lodging recorded for an office too near to be paid it",
             arguments: ["budget", "actual", "LCI-2022-TDKT", "luu-tru", "350.000", "--unit", "PGD-BATXAT"],
             status: 1, message: "--unit “PGD-BATXAT”: không được khoán tiền phòng nghỉ (cách trung tâm tỉnh 12 km; quy định: cách trung tâm tỉnh từ 60 km trở lên)"),
        Case(name: "per diem recorded for an office in the venue's town",
             arguments: ["budget", "actual", "LCI-2022-TDKT", "phu-cap-luu-tru", "200.000", "--unit", "PGD-LAOCAI"],
             status: 1, message: "--unit “PGD-LAOCAI”: không được chi phụ cấp lưu trú (cách trung tâm tỉnh 0 km; quy định: cách trung tâm tỉnh từ 10 km trở lên)"),
        Case(name: "an office recording another office's actual",
             arguments: ["budget", "actual", "LCI-2022-TDKT", "di-lai", "1", "--unit", "PGD-BATXAT", "--as", "PGD-SAPA"],
             status: 6, message: "PGD-SAPA không có quyền ghi số thực chi"),
    ]

    @Test(arguments: cases)
    func refusedWithoutChange(_ c: Case) throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in c.files {
            let url = folder.appendingPathComponent(name)
            if name.hasSuffix("/") {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } else {
                try text.write(to: url, atomically: true, encoding: .utf8)
            }
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let result = try DemoRun.run(c.arguments, db: db, today: c.today)
        #expect(result.status == c.status, "\(result.stderr)")
        #expect(result.stderr.contains(c.message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        if c.status != 2 {
            #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
            #expect(result.stderr.hasPrefix("lỗi: "))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before, "the database changed")
    }

    @Test func duplicateNomineeIsAConflict() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = try DemoRun.run(["nominee", "list", "LCI-2022-TDKT", "--unit", "THPT-CHUYEN", "--json"], db: db)
        let people = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
        let first = try #require(people.first)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let result = try DemoRun.run(
            ["nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-SAPA", "--name", first["name"] as? String ?? "",
             "--phone", first["phone"] as? String ?? "", "--role", "lanh-dao"], db: db)
        #expect(result.status == 4, "\(result.stderr)")
        #expect(result.stderr.contains("THPT-CHUYEN"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func malformedYAMLNamesFileAndLine() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.yaml")
        try "name: x\nunits:\n  - code: A\n    name: [oops\n".write(to: file, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let result = try DemoRun.run(["units", "import", file.path], db: db)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.yaml:"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func englishMessagesOnRequest() throws {
        let result = try DemoRun.run(["session", "quota", "NOPE-1", "--lang", "en"], db: DemoRun.shared.database)
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("error: no session with code “NOPE-1”"))
    }

    /// With --json a usage error is one JSON object on stderr, as every other error is.
    @Test func usageErrorsAreJSONWithJSON() throws {
        let result = try DemoRun.run(["session", "list", "--json", "--lang", "fr"], db: DemoRun.shared.database)
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: Any])
        #expect(object["exit"] as? Int == 2)
        #expect((object["error"] as? String)?.hasPrefix("lỗi: giá trị 'fr' không hợp lệ cho '--lang <lang>'. Giá trị hợp lệ: 'vi' và 'en'") == true)
    }

    @Test func usageErrorsInVietnameseUnlessEnglishIsAsked() throws {
        let missing = try DemoRun.run(["nominee", "add"], db: DemoRun.shared.database)
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("lỗi: thiếu tham số bắt buộc '<session>'"), "\(missing.stderr)")
        #expect(missing.stderr.contains("Cách dùng: outreach nominee add"), "\(missing.stderr)")
        #expect(missing.stderr.contains("Xem thêm: outreach nominee add --help"), "\(missing.stderr)")
        #expect(!missing.stderr.contains("Usage:") && !missing.stderr.contains("Error:"), "\(missing.stderr)")
        let extra = try DemoRun.run(["nominee", "list", "a", "b", "c"], db: DemoRun.shared.database)
        #expect(extra.status == 2)
        #expect(extra.stderr.hasPrefix("lỗi: thừa 2 tham số không hiểu: 'b', 'c'"), "\(extra.stderr)")
        let ours = try DemoRun.run(["session", "list", "--today", "2022-02-31"], db: DemoRun.shared.database)
        #expect(ours.stderr.hasPrefix("lỗi: --today phải là một ngày có thật"), "\(ours.stderr)")
        let english = try DemoRun.run(["nominee", "add", "--lang", "en"], db: DemoRun.shared.database)
        #expect(english.status == 2)
        #expect(english.stderr.hasPrefix("error: Missing expected argument '<session>'"), "\(english.stderr)")
        let englishOurs = try DemoRun.run(["session", "list", "--lang=en", "--today", "2022-02-31"],
                                          db: DemoRun.shared.database)
        #expect(englishOurs.stderr.hasPrefix("error: --today must be a real date"), "\(englishOurs.stderr)")
    }

    @Test func jsonErrorsAreJSON() throws {
        let result = try DemoRun.run(["session", "quota", "NOPE-1", "--json"], db: DemoRun.shared.database)
        #expect(result.status == 3)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: Any])
        #expect(object["exit"] as? Int == 3)
        #expect((object["error"] as? String)?.contains("NOPE-1") == true)
    }

    @Test func unwritableDatabasePathIsAnIOError() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let result = try CLIRunner.run(["init", "--db", blocker.appendingPathComponent("db.sqlite").path], in: folder)
        #expect(result.status == 5, "\(result.stderr)")
        #expect(result.stderr.contains("db.sqlite"))
    }

    @Test func anExportFolderGetsTheDefaultName() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DemoRun.run(
            ["export", "nominees", "LCI-2022-TDKT", "-o", folder.path + "/"], db: DemoRun.shared.database)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["danh-sach-dai-bieu.xlsx"])
    }

    @Test func unwritableExportPathLeavesNoFile() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("exports")
        try Data("x".utf8).write(to: blocker)
        let result = try DemoRun.run(
            ["export", "signin", "LCI-2022-TDKT", "-o", blocker.appendingPathComponent("a/b.xlsx").path],
            db: DemoRun.shared.database)
        #expect(result.status == 5, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["exports"])
    }

    @Test func aMistypedOutputFolderIsRefusedNotCreated() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for output in [folder.appendingPathComponent("khong-co/ds.xlsx").path, folder.appendingPathComponent("khong-co/").path + "/"] {
            let result = try DemoRun.run(["export", "signin", "LCI-2022-TDKT", "-o", output], db: DemoRun.shared.database)
            #expect(result.status == 5, "\(result.stderr)")
            #expect(result.stderr.contains("thư mục này chưa có"), "\(result.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
    }
}
