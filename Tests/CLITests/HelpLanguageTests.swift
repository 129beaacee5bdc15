import Foundation
import Testing
import TestSupport

/// `--help` in the user's language: Vietnamese by default, English with `--lang en` or `OUTREACH_LANG=en`; closed
/// choices listed and refused by name; roles by their names.
@Suite("Help and choices in the user's language")
struct HelpLanguageTests {
    static func help(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        let result = try CLIRunner.run(arguments, in: FileManager.default.temporaryDirectory, environment: environment)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
        return result
    }

    /// A help screen with its lines joined and spaces collapsed, since ArgumentParser wraps texts to the screen.
    static func flat(_ screen: String) -> String {
        screen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func topLevelHelpIsVietnameseByDefault() throws {
        let out = Self.flat(try Self.help(["--help"]).stdout)
        for text in ["TỔNG QUAN: Tổ chức các đợt tập huấn, tuyên truyền", "CÁCH DÙNG: outreach <subcommand>", "TÙY CHỌN:",
                     "LỆNH:", "Xem hướng dẫn này.", "Xem số phiên bản.", "Mã thoát: 0 xong",
                     "Đăng ký, xem danh sách, xác nhận, rút và thay đại biểu",
                     "Xem hướng dẫn từng lệnh: outreach help <lệnh>"] {
            #expect(out.contains(text), "missing “\(text)” in:\n\(out)")
        }
        for english in ["OVERVIEW:", "USAGE:", "OPTIONS:", "SUBCOMMANDS:", "Show help information", "Plan training",
                        "Exit codes", "Nominate, list, confirm", "for detailed help"] {
            #expect(!out.contains(english), "English “\(english)” in:\n\(out)")
        }
    }

    @Test func topLevelHelpIsEnglishOnRequest() throws {
        for (arguments, environment) in [(["--help", "--lang", "en"], [:]), (["--lang=en", "--help"], [:]),
                                         (["--help"], ["OUTREACH_LANG": "en"])] {
            let out = Self.flat(try Self.help(arguments, environment: environment).stdout)
            for text in ["OVERVIEW: Plan training and outreach sessions", "SUBCOMMANDS:", "Show help information.",
                         "Exit codes: 0 ok", "Nominate, list, confirm, withdraw and replace"] {
                #expect(out.contains(text), "\(arguments) \(environment): missing “\(text)” in:\n\(out)")
            }
            #expect(!out.contains("Tổ chức các đợt") && !out.contains("TỔNG QUAN"), "\(out)")
        }
    }

    @Test func nomineeAddHelpInBothLanguages() throws {
        let vi = Self.flat(try Self.help(["nominee", "add", "--help"]).stdout)
        for text in ["TỔNG QUAN: Đăng ký một người vào một chỗ trong định mức của đơn vị cử.", "THAM SỐ:",
                     "Mã đợt tập huấn, ví dụ LCI-2022-TDKT.", "Họ và tên, ví dụ \"Giàng A Páo\".",
                     "Mã đơn vị cử (bỏ trống thì lấy theo --works-at).", "tên vai trò", "Số điện thoại: 10 chữ số",
                     "Cho phép thay đổi sau hạn đăng ký", "(giá trị: vi, en)", "Ví dụ (trên dữ liệu mẫu",
                     "--name \"Lò Thị Hoa\" --role lanh-dao --reserve"] {
            #expect(vi.contains(text), "missing “\(text)” in:\n\(vi)")
        }
        for english in ["Nominate a person", "Full name", "The sending office", "(values:", "Example"] {
            #expect(!vi.contains(english), "English “\(english)” in:\n\(vi)")
        }
        let en = Self.flat(try Self.help(["nominee", "add", "--help", "--lang", "en"]).stdout)
        for text in ["OVERVIEW: Nominate a person for a place in an office's quota.", "ARGUMENTS:", "The session code.",
                     "Full name (Họ và tên)", "The sending office (found from --works-at when omitted).",
                     "(values: vi, en)", "Example (on the demo"] {
            #expect(en.contains(text), "missing “\(text)” in:\n\(en)")
        }
        #expect(!en.contains("Đăng ký một người") && !en.contains("Họ và tên, ví dụ"), "\(en)")
        // `outreach help …` prints the same screen.
        #expect(Self.flat(try Self.help(["help", "nominee", "add"]).stdout) == vi)
    }

    /// Every command's help has every text in both languages: each argument and option reads differently in
    /// Vietnamese and in English (an English text left without its Vietnamese one reads the same in both), and
    /// no line of its discussion (examples included) is wider than 80 columns.
    @Test func everyCommandHasEveryTextInBothLanguages() throws {
        var pending = [[String]()]
        var seen = 0
        while seen < 200, let command = pending.popLast() {
            let vi = try Self.help(command + ["--help"], environment: ["COLUMNS": "80"]).stdout
            let en = try Self.help(command + ["--help", "--lang", "en"], environment: ["COLUMNS": "80"]).stdout
            seen += 1
            let viEntries = Self.entries(vi, sections: Self.viSections)
            let enEntries = Self.entries(en, sections: Self.enSections)
            #expect(Set(viEntries.keys) == Set(enEntries.keys), "\(command): \(viEntries.keys) vs \(enEntries.keys)")
            #expect(!enEntries.isEmpty, "\(command): nothing parsed from\n\(en)")
            for (synopsis, english) in enEntries where !english.isEmpty {
                #expect(viEntries[synopsis] != english, "\(command) \(synopsis): “\(english)” is not translated")
            }
            let overview = { (text: String, title: String) in
                text.split(separator: "\n").first { $0.hasPrefix(title) }.map(String.init)
            }
            #expect(overview(vi, "TỔNG QUAN: ") != nil && overview(en, "OVERVIEW: ") != nil, "\(command)")
            // No line of our own wider than 80 columns, in either language: at the width of a terminal of 80
            // columns ArgumentParser breaks a wider line where it falls (an example's command cut in two, a
            // sentence left ragged). Seen on a wide screen, where it wraps nothing, so a line over 80 is ours.
            for (language, title) in [("vi", "CÁCH DÙNG:"), ("en", "USAGE:")] {
                // On a screen of 80 columns, no line is wider (ArgumentParser wraps to it, but a title or a
                // "(mặc định:" put in Vietnamese after it wrapped may add a column).
                for line in (language == "vi" ? vi : en).split(separator: "\n")
                where !line.hasPrefix(title) && line.count > 80 {
                    Issue.record("\(command) --lang \(language) on 80 columns: \(line.count) columns: \(line)")
                }
                let wide = try Self.help(command + ["--help", "--lang", language], environment: ["COLUMNS": "400"]).stdout
                    .split(separator: "\n", omittingEmptySubsequences: false)
                // The overview is one paragraph ArgumentParser wraps; the discussion follows it, up to the usage line
                // (which ArgumentParser writes on one line whatever its length).
                let discussion = wide.drop { !$0.isEmpty }.prefix { !$0.hasPrefix(title) }
                for line in discussion where line.count > 80 {
                    Issue.record("\(command) --lang \(language): \(line.count) columns: \(line)")
                }
            }
            if en.contains("SUBCOMMANDS:") {
                let subcommands = Self.entries(en, sections: ["SUBCOMMANDS:"]).keys.filter { $0 != "help" }
                #expect(!subcommands.isEmpty, "\(command)")
                pending += subcommands.map { command + [$0] }
            }
        }
        #expect(seen > 60 && seen < 200, "\(seen) commands found")
    }

    static let viSections: Set<String> = ["THAM SỐ:", "TÙY CHỌN:", "LỆNH:"]
    static let enSections: Set<String> = ["ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:"]

    /// The entries (`synopsis → description`) of the named sections of a help screen.
    static func entries(_ screen: String, sections: Set<String>) -> [String: String] {
        var result: [String: String] = [:]
        var current: String?
        var inSection = false
        for line in screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if !line.hasPrefix(" ") {
                // A title opens a section, a blank line or any other text closes it.
                inSection = sections.contains(line)
                current = nil
                continue
            }
            guard inSection else { continue }
            if line.hasPrefix(String(repeating: " ", count: 26)), let key = current {
                result[key, default: ""] += (result[key]!.isEmpty ? "" : " ") + line.trimmingCharacters(in: .whitespaces)
            } else if line.hasPrefix("  ") && line.dropFirst(2).first != " " {
                // The description starts at column 26, or on the next line after a longer synopsis.
                let characters = Array(line)
                let split = characters.count > 26 && characters[25] == " "
                let key = String(split ? characters[2..<26] : characters[2...]).trimmingCharacters(in: .whitespaces)
                result[key] = split ? String(characters[26...]).trimmingCharacters(in: .whitespaces) : ""
                current = key
            }
        }
        return result
    }

    @Test func closedChoicesAreListedInHelp() throws {
        let walkIn = Self.flat(try Self.help(["attendance", "walk-in", "--help"]).stdout)
        #expect(walkIn.contains("(giá trị: present, late; mặc định: present)"), "\(walkIn)")
        let mark = Self.flat(try Self.help(["attendance", "mark", "--help", "--lang", "en"]).stdout)
        #expect(mark.contains("(values: present, late, excused, absent)"), "\(mark)")
        let signIn = Self.flat(try Self.help(["export", "signin", "--help"]).stdout)
        #expect(signIn.contains("(giá trị: given-family, given-middle; mặc định: given-family)"), "\(signIn)")
        let plan = Self.flat(try Self.help(["cascade", "plan", "--help"]).stdout)
        #expect(plan.contains("(giá trị: subordinate-units, people)"), "\(plan)")
    }

    @Test func aBadStatusExits2NamingTheValidOnes() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let walkIn = ["attendance", "walk-in", "LCI-2022-TDKT", "--works-at", "TH-SIMACAI-THITRAN",
                      "--name", "Hoàng Văn Thắng", "--role", "giao-vien"]
        // Absent is a status, but not one a walk-in can have.
        let vi = try DemoRun.run(walkIn + ["--status", "vắng"], db: db, today: "2022-05-10")
        #expect(vi.status == 2 && vi.stdout.isEmpty)
        #expect(vi.stderr.hasPrefix(
            "lỗi: giá trị 'vắng' không hợp lệ cho '--status <status>'. Giá trị hợp lệ: 'present' và 'late'."), "\(vi.stderr)")
        let en = try DemoRun.run(walkIn + ["--status", "here", "--lang", "en"], db: db, today: "2022-05-10")
        #expect(en.status == 2)
        #expect(en.stderr.hasPrefix(
            "error: The value 'here' is invalid for '--status <status>'. Please provide one of 'present' and 'late'."),
            "\(en.stderr)")
        let mark = try DemoRun.run(["attendance", "mark", "LCI-2022-TDKT", "#2", "có"], db: db, today: "2022-05-10")
        #expect(mark.status == 2)
        #expect(mark.stderr.contains("Giá trị hợp lệ: 'present', 'late', 'excused' hoặc 'absent'."), "\(mark.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before, "the database changed")
        // A walk-in given a valid status in another case is recorded late.
        let late = try DemoRun.run(walkIn + ["--status", "LATE", "--json"], db: db, today: "2022-05-10")
        #expect(late.status == 0, "\(late.stderr)")
    }

    @Test func anAttendanceStatusMayBeItsVietnameseLabel() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DemoRun.run(
            ["attendance", "mark", "LCI-2022-TDKT", "#2", "Vắng có phép", "--part", "2022-05-10:am"], db: db,
            today: "2022-05-10")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(": Vắng có phép"), "\(result.stdout)")
        let unaccented = try DemoRun.run(
            ["attendance", "mark", "LCI-2022-TDKT", "#2", "den muon", "--part", "2022-05-10:am"], db: db,
            today: "2022-05-10")
        #expect(unaccented.status == 0, "\(unaccented.stderr)")
        #expect(unaccented.stdout.contains(": Đến muộn"), "\(unaccented.stdout)")
    }

    @Test func aRoleMayBeGivenByItsVietnameseName() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let add = ["nominee", "add", "LCI-2022-TDKT", "--works-at", "TH-SIMACAI-THITRAN", "--json"]
        let named = try DemoRun.run(add + ["--name", "Giàng A Páo", "--role", "Giáo viên"], db: db)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdout.contains("\"role\" : \"giao-vien\""), "\(named.stdout)")
        // Case, spacing and accents aside (as a reserve: the office has no other free place).
        let typed = try DemoRun.run(add + ["--name", "Sùng Thị Mai", "--role", "  GIAO   vien ", "--reserve"], db: db)
        #expect(typed.status == 0, "\(typed.stderr)")
        #expect(typed.stdout.contains("\"role\" : \"giao-vien\""), "\(typed.stdout)")
        // A name the session has no role for: the error that lists the session's roles, nothing written.
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let unknown = try DemoRun.run(
            ["nominee", "add", "LCI-2022-TDKT", "--works-at", "TH-BAOTHANG-SO1PHOLU", "--name", "Vàng Thị Dung",
             "--role", "Hiệu trưởng"], db: db)
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "lỗi: vai trò “Hiệu trưởng” không có trong đợt LCI-2022-TDKT; "
            + "các vai trò: lanh-dao, can-bo-tdkt, cbql, giao-vien, chuyen-vien\n", "\(unknown.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before, "the database changed")
    }

    @Test func aRoleNameWorksOnTheMiniSession() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("mini.sqlite").path
        _ = try Fixture.miniDatabase(path: db)
        let add = try DemoRun.run(
            ["nominee", "add", "LCI-2022-TDKT", "--unit", "THPT-CHUYEN", "--name", "Lò Văn Sính", "--role", "giáo viên"],
            db: db)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout == "Đã đăng ký #1 Lò Văn Sính (giao-vien) cho THPT-CHUYEN.\n", "\(add.stdout)")
        // The organiser changes a quota naming the role as the session does.
        let quota = try DemoRun.run(
            ["session", "quota", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "--role", "Cán bộ TĐKT", "--count", "2"], db: db)
        #expect(quota.status == 0, "\(quota.stderr)")
        #expect(quota.stdout.contains("PGD-BATXAT – can-bo-tdkt: 1 → 2"), "\(quota.stdout)")
    }
}
