import Foundation
import Testing
import TestSupport
import XLSX

@Suite("Plan duties, reports, the award rule and blocs at the command line")
struct PlanDutyCLITests {
    static let units = Fixture.template("units/lai-chau-ldld-2022.yaml")
    static let plan = Fixture.template("plans/lai-chau-2022-tdkt.yaml")
    static let code = "LCU-2022-TDKT-CD"
    static let bloc = "KHOI-LDLD-CDN-CDVC"

    func database() throws -> (folder: URL, db: String) {
        let folder = try Fixture.temporaryDirectory()
        let db = folder.appendingPathComponent("plans.sqlite").path
        for arguments in [["init"], ["units", "import", Self.units], ["plan", "import", Self.plan]] {
            let result = try run(arguments, db: db, in: folder)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        return (folder, db)
    }

    func run(_ arguments: [String], db: String, in folder: URL, today: String = "2022-01-10") throws -> ProcessResult {
        try CLIRunner.run(arguments + ["--db", db], in: folder, environment: ["OUTREACH_TODAY": today])
    }

    func json(_ result: ProcessResult) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]], "\(result.stderr)")
    }

    func report(_ unit: String, _ duty: String, on day: String, db: String, in folder: URL, extra: [String] = [],
                today: String? = nil) throws -> ProcessResult {
        try run(["duty", "report", unit, duty, "--plan", Self.code, "--on", day] + extra, db: db, in: folder,
                today: today ?? day)
    }

    @Test func aPlanDutyIsNotReportedAsAFollowUp() throws {
        let (folder, db) = try database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try json(try run(["plan", "duties", Self.code, "--json"], db: db, in: folder))
        let id = try #require(lines.first?["id"] as? Int)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let refused = try run(["cascade", "report", "--duty", "\(id)", "--held", "2022-01-20", "--reached-units", "1",
                               "--reached-people", "5"], db: db, in: folder, today: "2022-01-25")
        #expect(refused.status == 4, "\(refused.stderr)")
        #expect(refused.stderr.contains("là nhiệm vụ của kế hoạch, không phải tuyên truyền lại; báo cáo như nhiệm vụ của kế hoạch"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func importCreatesOneDutyPerUnitAndDutyOnceOnly() throws {
        let (folder, db) = try database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try json(try run(["plan", "duties", Self.code, "--json"], db: db, in: folder))
        #expect(lines.count == 47)
        #expect(Set(lines.map { $0["duty"] as? String })
                == ["dang-ky-thi-dua", "bao-cao-6-thang", "bao-cao-tong-ket", "phat-dong-thi-dua", "dang-ky-chi-tieu-cap-tren",
                    "bao-cao-6-thang-cap-tren", "bao-cao-tong-ket-cap-tren"])
        #expect(lines.allSatisfy { $0["owedTo"] as? String == "LDLD-LCU" && $0["status"] as? String == "due" })
        #expect(lines.first?["kind"] as? String == "registration" && lines.last?["kind"] as? String == "periodic-report")
        let again = try run(["plan", "import", Self.plan], db: db, in: folder)
        #expect(again.status == 0)
        #expect(try json(try run(["plan", "duties", Self.code, "--json"], db: db, in: folder)).count == 47)
        let one = try json(try run(["plan", "duties", Self.code, "--unit", "LDLD-SINHO", "--json"], db: db, in: folder))
        #expect(one.map { $0["due"] as? String } == ["2022-01-30", "2022-03-31", "2022-06-10", "2022-12-10"])
        let blocs = try json(try run(["bloc", "list", Self.code, "--json"], db: db, in: folder))
        // Seed 003 (items 5, 15, 31) names one bloc: the district federations, the sector unions and the
        // public servants' union together.
        #expect(blocs.map { $0["code"] as? String } == ["KHOI-LDLD-CDN-CDVC"])
        #expect(blocs.first?["name"] as? String == "Khối thi đua LĐLĐ huyện, CĐN, CĐ Viên chức")
        #expect((blocs.first?["members"] as? [Any])?.count == 11)
    }

    @Test func reportsAreJudgedAgainstTheDeadlineAndCorrectionsKept() throws {
        let (folder, db) = try database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("dang-ky.pdf")
        try Data("abc".utf8).write(to: file)
        let onDue = try report("LDLD-SINHO", "dang-ky-thi-dua", on: "2022-01-30", db: db, in: folder,
                               extra: ["--file", file.path, "--as", "LDLD-SINHO"])
        #expect(onDue.status == 0, "\(onDue.stderr)")
        #expect(onDue.stdout.contains("Đúng hạn"))
        let late = try report("LDLD-MUONGTE", "dang-ky-thi-dua", on: "2022-01-31", db: db, in: folder, extra: ["--as", "LDLD-LCU"])
        #expect(late.stdout.contains("Trễ hạn"), "\(late.stderr)")
        let corrected = try report("LDLD-MUONGTE", "dang-ky-thi-dua", on: "2022-01-29", db: db, in: folder,
                                   extra: ["--note", "nhận qua thư điện tử"], today: "2022-02-01")
        #expect(corrected.stdout.contains("Đã sửa"))
        let lines = try json(try run(["plan", "duties", Self.code, "--json"], db: db, in: folder, today: "2022-02-01"))
        let sinho = try #require(lines.first { $0["unit"] as? String == "LDLD-SINHO" })
        #expect(sinho["status"] as? String == "on-time")
        #expect(sinho["sha256"] as? String == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(sinho["file"] as? String == file.standardizedFileURL.path)
        let muongte = try #require(lines.first { $0["unit"] as? String == "LDLD-MUONGTE" })
        #expect(muongte["status"] as? String == "on-time" && muongte["reports"] as? Int == 2)
        // The day before the correction, the late report is the one in force.
        let earlier = try json(try run(["plan", "duties", Self.code, "--unit", "LDLD-MUONGTE", "--json"], db: db, in: folder,
                                       today: "2022-01-31"))
        #expect(earlier.first?["status"] as? String == "late")
        // The audit trail holds the late report and its correction, before and after.
        let audit = try json(try run(["audit", "list", "--json"], db: db, in: folder))
        let corrections = audit.filter { $0["entity"] as? String == "duty-report" && $0["key"] as? String == "\(muongte["id"] as? Int ?? 0)" }
        #expect(corrections.count == 2)
        let changes = try #require(corrections.last?["changes"] as? [[String: Any]])
        let on = try #require(changes.first { $0["field"] as? String == "on" })
        #expect(on["before"] as? String == "2022-01-31" && on["after"] as? String == "2022-01-29")
        #expect(changes.contains { $0["field"] as? String == "note" && $0["after"] as? String == "nhận qua thư điện tử" })
        #expect(corrections.first?["actor"] as? String == "LDLD-LCU")
        // Overdue the day after the due date, missing after 30 more days.
        let owed = { (today: String) throws -> String? in
            try self.json(try self.run(["plan", "duties", Self.code, "--unit", "LDLD-TAMDUONG", "--json"], db: db, in: folder,
                                       today: today)).first?["status"] as? String
        }
        #expect(try owed("2022-01-30") == "due")
        #expect(try owed("2022-01-31") == "overdue")
        #expect(try owed("2022-03-01") == "overdue")
        #expect(try owed("2022-03-02") == "missing")
    }

    /// Seed 003's "Lưu ý": a unit that did not register or did not launch emulation is not considered. As written
    /// (the plan file's default) a late registration counts; `on_time: true` in the plan file is the stricter reading.
    @Test func eligibilityFollowsTheAwardRuleAsWrittenAndTheStricterReading() throws {
        for strict in [false, true] {
            let folder = try Fixture.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: folder) }
            let db = folder.appendingPathComponent("plans.sqlite").path
            let planFile = folder.appendingPathComponent("plan.yaml").path
            let yaml = try String(contentsOfFile: Self.plan, encoding: .utf8)
            #expect(yaml.contains("  on_time: false\n"))
            try yaml.replacingOccurrences(of: "  on_time: false\n", with: "  on_time: \(strict)\n")
                .write(toFile: planFile, atomically: true, encoding: .utf8)
            for arguments in [["init"], ["units", "import", Self.units], ["plan", "import", planFile]] {
                let result = try run(arguments, db: db, in: folder)
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
            }
            for unit in ["LDLD-TPLAICHAU", "LDLD-TAMDUONG", "LDLD-PHONGTHO", "LDLD-SINHO", "LDLD-THANUYEN", "LDLD-TANUYEN",
                         "CDN-GIAODUC-LCU", "CDN-YTE-LCU", "CDVC-LCU"] {
                #expect(try report(unit, "dang-ky-thi-dua", on: "2022-01-28", db: db, in: folder).status == 0)
                if unit != "CDN-YTE-LCU" {
                    #expect(try report(unit, "phat-dong-thi-dua", on: "2022-02-20", db: db, in: folder).status == 0)
                }
            }
            #expect(try report("LDLD-MUONGTE", "dang-ky-thi-dua", on: "2022-02-02", db: db, in: folder).status == 0)
            #expect(try report("LDLD-MUONGTE", "phat-dong-thi-dua", on: "2022-03-05", db: db, in: folder).status == 0)
            let units = try json(try run(["plan", "eligible", Self.code, "--json"], db: db, in: folder, today: "2022-12-20"))
            #expect(units.count == 11)
            #expect(units.allSatisfy { $0["reading"] as? String == (strict ? "on-time" : "as-written") })
            let muongte = try #require(units.first { $0["unit"] as? String == "LDLD-MUONGTE" })
            let checks = try #require(muongte["checks"] as? [[String: Any]])
            #expect(checks.map { $0["duty"] as? String } == ["dang-ky-thi-dua", "phat-dong-thi-dua"])
            #expect(checks.map { $0["done"] as? String } == ["2022-02-02", "2022-03-05"])
            let yte = try #require(units.first { $0["unit"] as? String == "CDN-YTE-LCU" })
            #expect(yte["eligible"] as? Bool == false)
            #expect(yte["reasons"] as? [String] == [strict ? "chưa phát động thi đua trước 31/03/2022"
                                                           : "chưa phát động thi đua tính đến ngày 20/12/2022 (hạn 31/03/2022)"])
            let namnhun = try #require(units.first { $0["unit"] as? String == "LDLD-NAMNHUN" })
            #expect((namnhun["reasons"] as? [String])?.count == 2)
            if strict {
                #expect(muongte["eligible"] as? Bool == false)
                #expect(muongte["reasons"] as? [String] == ["đăng ký muộn ngày 02/02/2022 (hạn 30/01/2022)"])
            } else {
                #expect(muongte["eligible"] as? Bool == true)
                #expect(checks.first?["text"] as? String
                        == "đã đăng ký thi đua ngày 02/02/2022, sau hạn 30/01/2022: theo văn bản vẫn được xét")
            }
            let text = try run(["plan", "eligible", Self.code], db: db, in: folder, today: "2022-12-20")
            #expect(text.stdout.contains(strict
                ? "8/11 đơn vị được xét khen thưởng (điều kiện: dang-ky-thi-dua, phat-dong-thi-dua; đọc chặt: phải làm đúng hạn)"
                : "9/11 đơn vị được xét khen thưởng (điều kiện: dang-ky-thi-dua, phat-dong-thi-dua; theo văn bản: đã làm là được, bất kể ngày nào)"),
                "\(text.stdout)")
            #expect(text.stdout.contains("đã phát động thi đua ngày 20/02/2022 (hạn 31/03/2022)"))
        }
    }

    @Test func scoringAndRankingWithTies() throws {
        let (folder, db) = try database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scores: [(String, [Int])] = [
            ("LDLD-TAMDUONG", [36, 17, 18, 8, 8]), ("LDLD-PHONGTHO", [35, 18, 18, 8, 8]),
            ("LDLD-THANUYEN", [35, 16, 17, 8, 9]), ("LDLD-SINHO", [35, 17, 16, 8, 9]),
        ]
        let criteria = ["nhiem-vu", "phong-trao", "to-chuc", "dien-hinh", "bao-cao"]
        for (unit, points) in scores {
            for (criterion, value) in zip(criteria, points) {
                let scored = try run(["bloc", "score", Self.bloc, unit, criterion, "\(value)", "--as", "LDLD-TPLAICHAU"],
                                     db: db, in: folder)
                #expect(scored.status == 0, "\(scored.stderr)")
            }
        }
        // The deputy may score too; a second score corrects the first.
        #expect(try run(["bloc", "score", Self.bloc, "LDLD-SINHO", "to-chuc", "15", "--as", "LDLD-TANUYEN"], db: db, in: folder).status == 0)
        #expect(try run(["bloc", "score", Self.bloc, "LDLD-SINHO", "to-chuc", "16", "--as", "LDLD-TANUYEN"], db: db, in: folder).status == 0)
        let shown = try run(["bloc", "show", Self.bloc, "--json"], db: db, in: folder)
        let view = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let members = try #require(view["members"] as? [[String: Any]])
        // Members still equal share the rank, listed in administrative order.
        #expect(members.prefix(4).map { $0["unit"] as? String } == ["LDLD-TAMDUONG", "LDLD-PHONGTHO", "LDLD-SINHO", "LDLD-THANUYEN"])
        #expect(members.prefix(4).map { $0["rank"] as? Int } == [1, 2, 3, 3])
        #expect(members[0]["tie"] as? String == "bằng điểm tổng 87 với LĐLĐ huyện Phong Thổ; xếp trên nhờ tiêu chí “Thực hiện nhiệm vụ chính trị, các chỉ tiêu thi đua đã đăng ký” 36 > 35")
        #expect((members[2]["tie"] as? String)?.hasSuffix("cùng hạng") == true)
        let text = try run(["bloc", "show", Self.bloc], db: db, in: folder)
        #expect(text.stdout.contains("xếp dưới vì tiêu chí “Thực hiện nhiệm vụ chính trị, các chỉ tiêu thi đua đã đăng ký” 35 < 36"))

        // The score sheet: live totals and ranks whose cached values are the ranking's.
        let exported = try run(["export", "bloc", Self.bloc, "-o", "bloc.xlsx"], db: db, in: folder, today: "2022-12-20")
        #expect(exported.status == 0, "\(exported.stderr)")
        let sheet = try #require(try XLSXReader.read(url: folder.appendingPathComponent("bloc.xlsx")).sheet(named: "Chấm điểm"))
        let first = try #require(sheet.cells.first { $0.value.displayText == "LĐLĐ huyện Tam Đường" }?.key.row)
        let total = try #require(sheet.cells[CellReference(row: first, column: 7)])
        #expect(total.formula == "SUM(C\(first + 1):G\(first + 1))" && total.value == .number(87))
        let rank = try #require(sheet.cells[CellReference(row: first + 1, column: 8)])
        #expect(rank.formula?.hasPrefix("RANK(O\(first + 2),$O$\(first + 1):$O$") == true && rank.value == .number(2))
        #expect(sheet.cells[CellReference(row: first + 3, column: 8)]?.value == .number(3))
        #expect(sheet.text(at: CellReference(row: first + 1, column: 13)).contains("xếp dưới vì tiêu chí “Thực hiện nhiệm vụ chính trị, các chỉ tiêu thi đua đã đăng ký” 35 < 36"))
        #expect(sheet.pageSetup.orientation == "landscape")
    }

    @Test func trackerWorkbookReadBack() throws {
        let (folder, db) = try database()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try report("LDLD-SINHO", "dang-ky-thi-dua", on: "2022-01-28", db: db, in: folder).status == 0)
        #expect(try report("LDLD-MUONGTE", "dang-ky-thi-dua", on: "2022-02-02", db: db, in: folder).status == 0)
        #expect(try report("CDVC-LCU", "dang-ky-thi-dua", on: "2022-01-20", db: db, in: folder).status == 0)
        let exported = try run(["export", "duties", Self.code, "-o", "td.xlsx"], db: db, in: folder, today: "2022-02-15")
        #expect(exported.status == 0, "\(exported.stderr)")
        let document = try XLSXReader.read(url: folder.appendingPathComponent("td.xlsx"))
        #expect(document.sheets.map(\.name) == ["Theo dõi báo cáo", "Tổng hợp", "Biểu đồ"])
        let tracker = try #require(document.sheet(named: "Theo dõi báo cáo"))
        // Sìn Hồ has a row under each duty: the first is the registration's.
        let sinho = try #require(tracker.cells.filter { $0.value.displayText == "LĐLĐ huyện Sìn Hồ" }.map(\.key.row).min())
        #expect(tracker.text(at: CellReference(row: sinho, column: 6)) == "Đúng hạn")
        // In the official order (statistical codes): Mường Tè (107), Sìn Hồ (108), Phong Thổ (109).
        func firstRow(_ name: String) -> Int? { tracker.cells.filter { $0.value.displayText == name }.map(\.key.row).min() }
        #expect(firstRow("LĐLĐ huyện Mường Tè") == sinho - 1)
        #expect(tracker.text(at: CellReference(row: sinho - 1, column: 6)) == "Trễ hạn")
        #expect(tracker.cells[CellReference(row: sinho - 1, column: 10)]?.value == .number(3))
        #expect(firstRow("LĐLĐ huyện Phong Thổ") == sinho + 1)
        #expect(tracker.text(at: CellReference(row: sinho + 1, column: 6)) == "Quá hạn")
        let rules = tracker.conditionalFormats.flatMap(\.formulas)
        for label in ["Đúng hạn", "Trễ hạn", "Quá hạn", "Không báo cáo"] {
            #expect(rules.contains { $0.contains("\"\(label)\"") }, "no rule for \(label)")
        }
        let summary = try #require(document.sheet(named: "Tổng hợp"))
        let registration = try #require(summary.cells.first { $0.value.displayText.hasPrefix("Đăng ký các danh hiệu") }?.key.row)
        let owed = try #require(summary.cells[CellReference(row: registration, column: 3)])
        #expect(owed.formula?.hasPrefix("SUMIF('Theo dõi báo cáo'!$D$") == true && owed.value == .number(11))
        #expect(summary.cells[CellReference(row: registration, column: 4)]?.value == .number(3))
        #expect(summary.cells[CellReference(row: registration, column: 5)]?.value == .number(2))
        guard case .number(let completeness) = summary.cells[CellReference(row: registration, column: 7)]?.value,
              case .number(let timeliness) = summary.cells[CellReference(row: registration, column: 8)]?.value
        else { Issue.record("no cached rates"); return }
        #expect(abs(completeness - 3.0 / 11) < 1e-9 && abs(timeliness - 2.0 / 3) < 1e-9)
        // Seed 003's one bloc: all eleven unions, four duties each.
        let district = try #require(summary.cells.first { $0.value.displayText == "LĐLĐ huyện, CĐN, CĐ Viên chức" }?.key.row)
        let blocOwed = try #require(summary.cells[CellReference(row: district, column: 3)])
        #expect(blocOwed.formula?.hasPrefix("SUMIF('Theo dõi báo cáo'!$C$") == true && blocOwed.value == .number(44))
        #expect(summary.cells[CellReference(row: district, column: 4)]?.value == .number(3))
        let charts = try #require(document.sheet(named: "Biểu đồ")?.charts)
        #expect(charts.first?.series.count == 2)
        // Then one chart per quarter with a duty: registration (I), six-month report (II), annual report (IV).
        #expect(charts.dropFirst().compactMap(\.title) == [
            "Quý I năm 2022: tỷ lệ hoàn thành và đúng hạn", "Quý II năm 2022: tỷ lệ hoàn thành và đúng hạn",
            "Quý IV năm 2022: tỷ lệ hoàn thành và đúng hạn",
        ])
    }

    @Test func remindListsWhatFallsDueOrIsOverdue() throws {
        let (folder, db) = try database()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try report("LDLD-SINHO", "dang-ky-thi-dua", on: "2022-01-28", db: db, in: folder).status == 0)
        // On 01/06: registrations overdue (10 units), six-month reports due within 10 days (11 units), launches
        // never reported (11 units, due 31/03), and the provincial federation's own registration upward (item 6).
        let csv = try run(["duty", "remind", Self.code, "--before", "10"], db: db, in: folder, today: "2022-06-01")
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = csv.stdout.split(separator: "\r\n")
        #expect(rows.count == 1 + 10 + 11 + 11 + 1)
        #expect(rows[0].contains("Nhiệm vụ"))
        #expect(!csv.stdout.contains("LDLD-SINHO,Liên đoàn Lao động huyện Sìn Hồ,dang-ky-thi-dua"))
        #expect(csv.stdout.contains("0213 3876 310"))
        let narrow = try run(["duty", "remind", Self.code, "--before", "5"], db: db, in: folder, today: "2022-06-01")
        #expect(narrow.stdout.split(separator: "\r\n").count == 1 + 10 + 11 + 1)
        let xlsx = try run(["duty", "remind", Self.code, "--before", "10", "-o", "nhac.xlsx"], db: db, in: folder, today: "2022-06-01")
        #expect(xlsx.status == 0, "\(xlsx.stderr)")
        let document = try XLSXReader.read(url: folder.appendingPathComponent("nhac.xlsx"))
        let sheet = try #require(document.sheet(named: "Nhắc báo cáo"))
        #expect(sheet.text(at: "D1") == "Nhiệm vụ")
        // The sheet to print: the plan issuer's header, one row per duty owed, with the duty's title.
        let print = try #require(document.sheet(named: "Bản in"))
        #expect(print.text(at: "A2") == "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU")
        #expect(print.cells.values.contains { $0.displayText == "DANH SÁCH ĐƠN VỊ CẦN NHẮC BÁO CÁO" })
        #expect(print.cells.values.contains { $0.displayText == "Tính đến ngày 01/06/2022: 33 nhiệm vụ chưa báo cáo" })
        // The title with the duty's code, which the office's report must cite.
        let registrations = print.cells.filter {
            $0.value.displayText == "Đăng ký các danh hiệu thi đua năm 2022 (nhiệm vụ dang-ky-thi-dua)"
        }
        #expect(registrations.count == 10)
        #expect(print.cells.values.contains { $0.displayText.hasPrefix("Điện thoại: 0213 3876 310") })
        #expect(print.cells.values.contains { $0.displayText == "Lai Châu, ngày 01 tháng 6 năm 2022" })
    }

    @Test func refusalsChangeNothing() throws {
        let (folder, db) = try database()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try run(["bloc", "score", Self.bloc, "LDLD-SINHO", "nhiem-vu", "30"], db: db, in: folder).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let cases: [(arguments: [String], status: Int32, message: String)] = [
            (["duty", "report", "LDLD-SINHO", "dang-ky-thi-dua", "--plan", Self.code, "--on", "2022-01-09", "--as", "LDLD-TAMDUONG"],
             6, "LDLD-TAMDUONG không có quyền báo cáo nhiệm vụ"),
            (["duty", "report", "LDLD-SINHO", "dang-ky", "--plan", Self.code, "--on", "2022-01-09"],
             3, "kế hoạch LCU-2022-TDKT-CD không có nhiệm vụ “dang-ky” (có: dang-ky-thi-dua, dang-ky-chi-tieu-cap-tren, phat-dong-thi-dua, bao-cao-6-thang, bao-cao-6-thang-cap-tren, bao-cao-tong-ket, bao-cao-tong-ket-cap-tren)"),
            (["duty", "report", "LDLD-LCU", "dang-ky-thi-dua", "--plan", Self.code, "--on", "2022-01-09"],
             3, "LDLD-LCU không có nhiệm vụ “dang-ky-thi-dua” trong kế hoạch"),
            (["duty", "report", "LDLD-SINHO", "dang-ky-thi-dua", "--plan", Self.code, "--on", "2022-01-11"],
             1, "--on “2022-01-11”: sau hôm nay (10/01/2022)"),
            (["duty", "report", "LDLD-SINHO", "dang-ky-thi-dua", "--plan", Self.code, "--on", "2022-01-09", "--file", "khong-co.pdf"],
             3, "khong-co.pdf"),
            (["duty", "report", "LDLD-SINHO", "9999", "--on", "2022-01-09"], 3, "không có nhiệm vụ số 9999"),
            (["duty", "report", "LDLD-SINHO", "dang-ky-thi-dua", "--on", "2022-01-09"], 2, "NHIỆM_VỤ là số nhiệm vụ"),
            (["bloc", "score", Self.bloc, "LDLD-SINHO", "phong-trao", "21", "--as", "LDLD-TPLAICHAU"],
             1, "<points> “21”: tiêu chí phong-trao chấm từ 0 đến 20 điểm"),
            (["bloc", "score", Self.bloc, "LDLD-SINHO", "phong-trao", "15", "--as", "LDLD-SINHO"],
             6, "LDLD-SINHO không có quyền chấm điểm khối KHOI-LDLD-CDN-CDVC (chỉ người quản trị cơ sở dữ liệu hoặc LDLD-TPLAICHAU, LDLD-TANUYEN, LDLD-LCU mới được)"),
            (["bloc", "score", Self.bloc, "LDLD-LCU", "phong-trao", "15"], 4, "LDLD-LCU không phải thành viên khối KHOI-LDLD-CDN-CDVC"),
            (["bloc", "score", Self.bloc, "LDLD-SINHO", "sang-kien", "5"], 1, "<criterion> “sang-kien”: không có trong tiêu chí"),
            (["bloc", "score", "KHOI-KHAC", "LDLD-SINHO", "nhiem-vu", "5"], 3, "không có khối thi đua KHOI-KHAC"),
            (["bloc", "create", "KHOI-MOI", "--plan", Self.code, "--name", "Khối mới", "--chair", "LDLD-SINHO"],
             4, "LDLD-SINHO đã thuộc khối KHOI-LDLD-CDN-CDVC của kế hoạch LCU-2022-TDKT-CD"),
            (["bloc", "create", "KHOI-MOI", "--plan", Self.code, "--name", "Khối mới", "--chair", "TLD-VN", "--as", "LDLD-SINHO"],
             6, "LDLD-SINHO không có quyền lập khối thi đua KHOI-MOI"),
            (["bloc", "add", Self.bloc, "CDVC-LCU"], 4, "CDVC-LCU đã thuộc khối KHOI-LDLD-CDN-CDVC"),
            (["plan", "eligible", "LCU-KHAC"], 3, "không có kế hoạch LCU-KHAC"),
        ]
        for (arguments, status, message) in cases {
            let result = try run(arguments, db: db, in: folder)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test func theDemoPlaysTheLaiChauYear() throws {
        let demo = DemoRun.shared
        #expect(demo.result.status == 0, "\(demo.result.stderr)")
        #expect(demo.result.stdout.contains("exports/LCU-2022-TDKT-CD/theo-doi-bao-cao.xlsx"))
        #expect(demo.result.stdout.contains("exports/KHOI-LDLD-CDN-CDVC/cham-diem.xlsx"))
        #expect(demo.result.stdout.contains("Kế hoạch LCU-2022-TDKT-CD: 39/47 báo cáo đã nhận; 9/11 đơn vị được xét khen thưởng"))
        let eligible = try json(try DemoRun.run(["plan", "eligible", Self.code, "--json"], db: demo.database, today: "2022-12-20"))
        #expect(eligible.filter { $0["eligible"] as? Bool == false }.map { $0["unit"] as? String } == ["LDLD-NAMNHUN", "CDN-YTE-LCU"])
        let shown = try DemoRun.run(["bloc", "show", Self.bloc], db: demo.database, today: "2022-12-20")
        #expect(shown.stdout.contains("bằng điểm tổng 87 với LĐLĐ huyện Phong Thổ; xếp trên nhờ tiêu chí “Thực hiện nhiệm vụ chính trị, các chỉ tiêu thi đua đã đăng ký” 36 > 35"))
        let tracker = try XLSXReader.read(url: demo.exports.appendingPathComponent("LCU-2022-TDKT-CD/theo-doi-bao-cao.xlsx"))
        let summary = try #require(tracker.sheet(named: "Tổng hợp"))
        let total = try #require(summary.cells.first { $0.value.displayText == "Tổng cộng (A)" }?.key.row)
        #expect(summary.cells[CellReference(row: total, column: 3)]?.value == .number(47))
        #expect(summary.cells[CellReference(row: total, column: 4)]?.value == .number(39))
    }

    @Test func blocsCanBeCreatedAndGrown() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("plans.sqlite").path
        // A plan whose file has criteria but leaves a unit out of its blocs.
        let yaml = try String(contentsOfFile: Self.plan, encoding: .utf8)
            .replacingOccurrences(of: "    deputy: LDLD-TANUYEN         # [M]\n    members: *members",
                                  with: "    deputy: LDLD-TANUYEN\n    members: {kinds: [ldld-huyen, cong-doan-nganh, cong-doan-vien-chuc], except: [CDN-YTE-LCU]}")
        let changed = folder.appendingPathComponent("plan.yaml")
        try yaml.write(to: changed, atomically: true, encoding: .utf8)
        for arguments in [["init"], ["units", "import", Self.units], ["plan", "import", changed.path]] {
            #expect(try run(arguments, db: db, in: folder).status == 0)
        }
        let created = try run(["bloc", "create", "KHOI-YTE", "--plan", Self.code, "--name", "Khối Y tế", "--chair", "CDN-YTE-LCU",
                               "--as", "LDLD-LCU"], db: db, in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("Đã lập khối KHOI-YTE: 1 thành viên."))
        let added = try run(["bloc", "add", "KHOI-YTE", "TLD-VN", "--as", "CDN-YTE-LCU"], db: db, in: folder)
        #expect(added.status == 0, "\(added.stderr)")
        let blocs = try json(try run(["bloc", "list", Self.code, "--json"], db: db, in: folder))
        let yte = try #require(blocs.first { $0["code"] as? String == "KHOI-YTE" })
        #expect((yte["members"] as? [[String: Any]])?.map { $0["unit"] as? String } == ["CDN-YTE-LCU", "TLD-VN"])
        #expect(try run(["bloc", "score", "KHOI-YTE", "TLD-VN", "nhiem-vu", "40", "--as", "CDN-YTE-LCU"], db: db, in: folder).status == 0)
    }
}
