import Foundation
import Testing
import TestSupport
import XLSX

/// What a clerk found wrong (issue 18): each case run through the binary on a copy of the demo.
@Suite("A clerk's findings: names, dates, typos, a missing database, the cascade's totals")
struct ClerkTests {
    let demo = DemoRun.shared

    func json(_ result: ProcessResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func aNameTypedWithAccentsActsOnThatPersonOnly() throws {
        let (folder, db) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The clerk's case: the demo has a Trịnh Thị Hương, and nobody called Hường.
        let list = try DemoRun.run(["nominee", "list", "LCI-2022-TDKT", "--json"], db: db)
        let people = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(people.contains { $0["name"] as? String == "Trịnh Thị Hương" })
        #expect(!people.contains { $0["name"] as? String == "Trịnh Thị Hường" })
        let audit = try DemoRun.run(["audit", "list", "--json"], db: db).stdout
        let wrong = try DemoRun.run(["nominee", "confirm", "LCI-2022-TDKT", "Trịnh Thị Hường"], db: db)
        #expect(wrong.status == 3, "\(wrong.stdout)")
        #expect(wrong.stderr == "lỗi: không tìm thấy đại biểu “Trịnh Thị Hường” trong đợt LCI-2022-TDKT (xem: outreach nominee list LCI-2022-TDKT)\n", "\(wrong.stderr)")
        #expect(try DemoRun.run(["audit", "list", "--json"], db: db).stdout == audit, "nothing changed")
        // Typed without accents a name may find its accented form, and says whom it took.
        let added = try DemoRun.run(["nominee", "add", "LCI-2022-TDKT", "--works-at", "TH-SIMACAI-THITRAN",
                                     "--as", "PGD-SIMACAI", "--name", "Lò Thị Thơm", "--role", "cbql", "--json"], db: db)
        #expect(added.status == 0, "\(added.stderr)")
        let id = try #require(try json(added)["id"] as? Int)
        let loose = try DemoRun.run(["nominee", "confirm", "LCI-2022-TDKT", "Lo Thi Thom"], db: db)
        #expect(loose.status == 0, "\(loose.stderr)")
        #expect(loose.stderr == "“Lo Thi Thom” là #\(id) Lò Thị Thơm (PGD-SIMACAI)\n", "\(loose.stderr)")
        #expect(loose.stdout == "Đã xác nhận #\(id) Lò Thị Thơm\n", "\(loose.stdout)")
        // Confirming again changes nothing and says so.
        let again = try DemoRun.run(["nominee", "confirm", "LCI-2022-TDKT", "Lò Thị Thơm"], db: db)
        #expect(again.status == 0 && again.stderr.isEmpty, "\(again.stderr)")
        #expect(again.stdout == "#\(id) Lò Thị Thơm: đã xác nhận từ trước, không đổi\n", "\(again.stdout)")
        // A replacement names who was replaced.
        let replaced = try DemoRun.run(["nominee", "replace", "LCI-2022-TDKT", "#\(id)", "--name", "Sùng Thị Mai",
                                        "--role", "cbql", "--phone", "0987654321", "--as", "PGD-SIMACAI"], db: db)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(replaced.stdout.hasPrefix("Đã thay #\(id) Lò Thị Thơm bằng #"), "\(replaced.stdout)")
        #expect(replaced.stdout.hasSuffix(" Sùng Thị Mai\n"), "\(replaced.stdout)")
    }

    @Test func datesAreTypedAsTheyArePrintedOrAsISOAndAMistakeIsAlwaysExit2() throws {
        let db = demo.database
        let iso = try DemoRun.run(["audit", "list", "--since", "2022-05-04", "--json"], db: db)
        let printed = try DemoRun.run(["audit", "list", "--since", "04/05/2022", "--json"], db: db)
        #expect(iso.status == 0 && printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout == iso.stdout && iso.stdout.count > 10)
        let isoToday = try DemoRun.run(["budget", "estimate", "LCI-2022-TDKT", "--json"], db: db, today: "2022-05-06")
        let typedToday = try DemoRun.run(["budget", "estimate", "LCI-2022-TDKT", "--json", "--today", "6/5/2022"], db: db)
        #expect(typedToday.status == 0 && typedToday.stdout == isoToday.stdout, "\(typedToday.stderr)")
        let rates = try CLIRunner.run(["rates", "list", "--on", "10/05/2022"], in: URL(fileURLWithPath: db).deletingLastPathComponent())
        #expect(rates.status == 0 && rates.stdout.hasPrefix("Định mức áp dụng ngày 10/05/2022"), "\(rates.stderr)")
        // The same mistake, the same exit status and message, whatever the option.
        for arguments in [["audit", "list", "--since", "2022-02-30"], ["rates", "list", "--on", "30/02/2022"],
                          ["session", "list", "--today", "30/02/2022"],
                          ["duty", "report", "LDLD-SINHO", "1", "--on", "ngày mai"]] {
            let result = try DemoRun.run(arguments, db: db)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            let option = arguments[arguments.count - 2], value = arguments[arguments.count - 1]
            #expect(result.stderr.contains("\(option) phải là một ngày có thật, viết DD/MM/YYYY hoặc YYYY-MM-DD, không phải “\(value)”"),
                    "\(arguments): \(result.stderr)")
        }
    }

    @Test func aPartIsTypedAsPrintedToo() throws {
        let (folder, db) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let marked = try DemoRun.run(["attendance", "mark", "LCI-2022-TDKT", "#1", "excused", "--part", "10/05/2022:pm",
                                      "--note", "ốm"], db: db, today: "2022-05-10")
        #expect(marked.status == 0, "\(marked.stderr)")
        let log = try DemoRun.run(["audit", "list", "--json"], db: db).stdout
        #expect(log.contains("1/2022-05-10:pm"), "stored as the ISO part")
    }

    /// Marking before the session has been held records nothing: it says so (exit 4) rather than succeeding
    /// silently, in both languages, and changes nothing (review of issue 16).
    @Test func markingBeforeTheSessionIsHeldSaysSo() throws {
        let (folder, db) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let vi = try DemoRun.run(["attendance", "mark", "LCI-2022-TDKT", "#16", "absent"], db: db, today: "2022-05-01")
        #expect(vi.status == 4, "\(vi.status) \(vi.stdout)")
        #expect(vi.stderr.contains("chưa có buổi nào diễn ra đến ngày 01/05/2022"), "\(vi.stderr)")
        let en = try DemoRun.run(["attendance", "mark", "LCI-2022-TDKT", "#16", "absent", "--lang", "en"], db: db, today: "2022-05-01")
        #expect(en.status == 4 && en.stderr.contains("nothing to mark yet"), "\(en.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        let held = try DemoRun.run(["attendance", "mark", "LCI-2022-TDKT", "#16", "absent"], db: db, today: "2022-05-10")
        #expect(held.status == 0, "\(held.stderr)")
    }

    @Test func typosGetTheNearestValidNamesSuggested() throws {
        let db = demo.database
        let command = try DemoRun.run(["nomine", "list", "LCI-2022-TDKT"], db: db)
        #expect(command.status == 2)
        #expect(command.stderr.hasSuffix("Có phải: outreach nominee?\n"), "\(command.stderr)")
        let verb = try DemoRun.run(["nominee", "lst", "LCI-2022-TDKT"], db: db)
        #expect(verb.status == 2 && verb.stderr.hasSuffix("Có phải: outreach nominee list?\n"), "\(verb.stderr)")
        let session = try DemoRun.run(["session", "show", "LCI-2022-TDTK"], db: db)
        #expect(session.status == 3)
        #expect(session.stderr == "lỗi: không có đợt tập huấn mã “LCI-2022-TDTK” (xem: outreach session list); có phải: LCI-2022-TDKT?\n", "\(session.stderr)")
        // With `--as`, among the sessions that unit may see (as the server suggests them): another district's
        // follow-up is not named to it.
        let own = try DemoRun.run(["session", "show", "LCI-2022-TDKT-PGD-SAPX", "--as", "PGD-SAPA"], db: db)
        #expect(own.status == 3 && own.stderr.hasSuffix("có phải: LCI-2022-TDKT-PGD-SAPA?\n"), "\(own.stderr)")
        let other = try DemoRun.run(["session", "show", "LCI-2022-TDKT-PGD-SAPX", "--as", "PGD-BACHA"], db: db)
        #expect(other.status == 3 && !other.stderr.contains("LCI-2022-TDKT-PGD-SAPA"), "\(other.stderr)")
        let unit = try DemoRun.run(["nominee", "list", "LCI-2022-TDKT", "--unit", "PGD-BATXT"], db: db)
        #expect(unit.status == 3)
        #expect(unit.stderr == "lỗi: không có đơn vị mã “PGD-BATXT” (xem: outreach units list); có phải: PGD-BATXAT?\n", "\(unit.stderr)")
        let role = try DemoRun.run(["session", "quota", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "--role", "giaovien",
                                    "--count", "2"], db: db)
        #expect(role.status == 1 && role.stderr.hasSuffix("; có phải: giao-vien?\n"), "\(role.stderr)")
        let english = try DemoRun.run(["session", "show", "LCI-2022-TDTK", "--lang", "en"], db: db)
        #expect(english.stderr.hasSuffix("; did you mean: LCI-2022-TDKT?\n"), "\(english.stderr)")
    }

    @Test func unitOptionsTakeAUnitsNameAsImportsDo() throws {
        let db = demo.database
        let byCode = try DemoRun.run(["nominee", "list", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "--json"], db: db)
        for name in ["Phòng GD&ĐT Bát Xát", "phong gd&dt bat xat", "Phòng Giáo dục và Đào tạo huyện Bát Xát"] {
            let byName = try DemoRun.run(["nominee", "list", "LCI-2022-TDKT", "--unit", name, "--json"], db: db)
            #expect(byName.status == 0 && byName.stdout == byCode.stdout, "\(name): \(byName.stderr)")
        }
        let unknown = try DemoRun.run(["nominee", "list", "LCI-2022-TDKT", "--unit", "Phòng GD&ĐT Bát"], db: db)
        #expect(unknown.status == 3 && unknown.stderr.contains("có phải: PGD-BATXAT"), "\(unknown.stderr)")
    }

    @Test func aMissingDatabaseSaysHowToPointAtOne() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["session", "list"], in: folder)
        #expect(result.status == 3)
        #expect(result.stderr == "lỗi: chưa có cơ sở dữ liệu outreach.sqlite ở thư mục hiện tại; chỉ đến cơ sở dữ liệu đã có bằng --db ĐƯỜNG-DẪN hoặc biến OUTREACH_DB, hoặc tạo mới bằng: outreach init --db outreach.sqlite\n", "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing created")
    }

    @Test func cascadeStatusTotalsOnlyTheLevelsShown() throws {
        let db = demo.database
        let all = try json(try DemoRun.run(["cascade", "status", "LCI-2022-TDKT", "--json"], db: db, today: "2022-07-15"))
        let one = try json(try DemoRun.run(["cascade", "status", "LCI-2022-TDKT", "--json", "--level", "1"], db: db, today: "2022-07-15"))
        let levels = try #require(all["levels"] as? [[String: Any]])
        #expect(levels.count >= 2, "the demo's cascade is deeper than one level")
        let levelOne = try #require(levels.first?["figures"] as? [String: Int])
        let total = try #require((one["total"] as? [String: Any])?["figures"] as? [String: Int])
        #expect(total["owed"] == levelOne["owed"] && total["reported"] == levelOne["reported"])
        let everything = try #require((all["total"] as? [String: Any])?["figures"] as? [String: Int])
        #expect((everything["owed"] ?? 0) > (levelOne["owed"] ?? 0))
        let text = try DemoRun.run(["cascade", "status", "LCI-2022-TDKT", "--level", "1"], db: db, today: "2022-07-15")
        let lines = text.stdout.split(separator: "\n")
        let first = try #require(lines.first { $0.hasPrefix("1 ") })
        let sum = try #require(lines.first { $0.hasPrefix("Tổng") })
        #expect(first.dropFirst(1).split(separator: " ").prefix(2) == sum.dropFirst(4).split(separator: " ").prefix(2), "\(text.stdout)")
    }

    @Test func planningAFollowUpAlreadyReportedWarns() throws {
        let (folder, db) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        // THPT Chuyên reported its follow-up on 28/05/2022 and has no session of its own yet.
        let reported = try DemoRun.run(["cascade", "plan", "LCI-2022-TDKT", "--unit", "THPT-CHUYEN", "--date", "20/07/2022",
                                        "--venue", "Hội trường"], db: db, today: "2022-07-15")
        #expect(reported.status == 0, "\(reported.stderr)")
        #expect(reported.stderr.hasPrefix("cảnh báo: THPT-CHUYEN đã báo cáo tuyên truyền lại (tổ chức ngày 28/05/2022, báo cáo ngày "), "\(reported.stderr)")
        #expect(reported.stderr.hasSuffix("); đợt mới không thay báo cáo đó: sửa bằng outreach cascade report … nếu cần\n"), "\(reported.stderr)")
        let owed = try DemoRun.run(["cascade", "plan", "LCI-2022-TDKT", "--unit", "PGD-SIMACAI", "--date", "20/07/2022",
                                    "--venue", "Hội trường"], db: db, today: "2022-07-15")
        #expect(owed.status == 0 && owed.stderr.isEmpty, "\(owed.stderr)")
    }

    @Test func withdrawingSomeoneMarkedPresentWarnsAndTheyAreStillPaid() throws {
        let (folder, db) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = try DemoRun.run(["nominee", "list", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "--json"], db: db)
        let people = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let leader = try #require(people.first { $0["role"] as? String == "lanh-dao" })
        let id = try #require(leader["id"] as? Int), name = try #require(leader["name"] as? String)
        for part in ["2022-05-10:am", "2022-05-10:pm"] {
            let mark = try DemoRun.run(["attendance", "mark", "LCI-2022-TDKT", "#\(id)", "present", "--part", part],
                                       db: db, today: "2022-05-10")
            #expect(mark.status == 0, "\(mark.stderr)")
        }
        let withdrawn = try DemoRun.run(["nominee", "withdraw", "LCI-2022-TDKT", "#\(id)", "--late", "--reason", "về sớm"],
                                        db: db, today: "2022-05-10")
        #expect(withdrawn.status == 0, "\(withdrawn.stderr)")
        #expect(withdrawn.stderr == "cảnh báo: #\(id) \(name) đã được điểm danh có mặt (Sáng 10/05/2022, Chiều 10/05/2022): điểm danh vẫn giữ và là căn cứ chi tiền; nếu điểm danh sai, sửa bằng outreach attendance mark\n", "\(withdrawn.stderr)")
        // The marks are the evidence: the payment list still pays the days they came.
        let paid = try DemoRun.run(["export", "payment", "LCI-2022-TDKT", "--line", "phu-cap-luu-tru", "-o", "chi.xlsx"],
                                   db: db, today: "2022-05-11")
        #expect(paid.status == 0, "\(paid.stderr)")
        let sheet = try #require(try XLSXReader.read(url: folder.appendingPathComponent("chi.xlsx")).sheets.first)
        #expect(sheet.cells.values.contains { $0.value == .text(name) }, "\(name) is paid")
        // Someone never marked is withdrawn without a warning.
        let added = try DemoRun.run(["nominee", "add", "LCI-2022-TDKT", "--works-at", "TH-SIMACAI-THITRAN",
                                     "--name", "Lò Thị Thơm", "--role", "cbql"], db: db)
        #expect(added.status == 0, "\(added.stderr)")
        let quiet = try DemoRun.run(["nominee", "withdraw", "LCI-2022-TDKT", "Lò Thị Thơm"], db: db)
        #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(quiet.stderr)")
    }

    @Test func unconfirmedAndPlaceholderRatesAreMarkedAndWarned() throws {
        let (folder, db) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The demo prices water at 40.000 (not confirmed in any source, ?) and speakers from the example
        // ladder (a placeholder, !).
        let estimate = try DemoRun.run(["budget", "estimate", "LCI-2022-TDKT"], db: db)
        #expect(estimate.status == 0, "\(estimate.stderr)")
        #expect(estimate.stderr.hasPrefix("cảnh báo: Mức chi chưa chắc chắn, phải đối chiếu trước khi trình ký: "), "\(estimate.stderr)")
        #expect(estimate.stderr.contains("nuoc-uong 40.000 đồng (? chưa xác nhận được nguồn)"), "\(estimate.stderr)")
        #expect(estimate.stderr.contains("(! mức tạm, phải xác nhận trước khi dùng)"), "\(estimate.stderr)")
        let water = try #require(estimate.stdout.split(separator: "\n").first { $0.hasPrefix("nuoc-uong") })
        #expect(water.contains("40.000 ?"), "\(water)")
        let english = try DemoRun.run(["budget", "estimate", "LCI-2022-TDKT", "--lang", "en"], db: db)
        #expect(english.stderr.hasPrefix("warning: Rates still to be checked before signing: "), "\(english.stderr)")
        // The workbook marks them in its Căn cứ column and says what the marks mean under the table.
        let written = try DemoRun.run(["export", "budget", "LCI-2022-TDKT", "-o", "dt.xlsx"], db: db)
        #expect(written.status == 0 && written.stderr.contains("nuoc-uong 40.000 đồng"), "\(written.stderr)")
        let sheet = try #require(try XLSXReader.read(url: folder.appendingPathComponent("dt.xlsx")).sheets.first)
        let texts = sheet.cells.values.compactMap { if case .text(let t) = $0.value { t } else { nil } }
        #expect(texts.contains { $0.hasPrefix("(?) ") }, "the water line's basis is marked")
        #expect(texts.contains { $0.hasPrefix("(!) ") }, "the speakers' basis is marked")
        #expect(texts.contains { $0.hasPrefix("Mức chi chưa chắc chắn, phải đối chiếu trước khi trình ký: ") })
        // Printed, the lines are named in words, not by their codes.
        #expect(texts.contains { $0.contains("Nước uống cho đại biểu 40.000 đồng (?") }, "the water line by its name")
        #expect(!texts.contains { $0.contains("nuoc-uong") })
    }
}
