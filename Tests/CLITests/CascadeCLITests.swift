import Foundation
import GRDB
import OutreachCore
import Testing
import TestSupport
import XLSX

@Suite("Cascade on the command line: the demo's follow-up, its status, reminders and workbook")
struct CascadeCLITests {
    typealias Case = CLIErrorTests.Case
    static let after = "2022-07-15"
    static let report = ["cascade", "report", "LCI-2022-TDKT", "--unit", "PGD-SIMACAI"]
    static let figures = ["--reached-units", "3", "--reached-people", "9"]

    static let cases: [Case] = [
        Case(name: "follow-up held before the session ended", arguments: report + ["--held", "2022-05-01"] + figures,
             status: 1, message: "--held “2022-05-01”: trước khi đợt LCI-2022-TDKT kết thúc", today: after),
        Case(name: "follow-up held after today", arguments: report + ["--held", "2022-08-01"] + figures,
             status: 1, message: "--held “2022-08-01”: sau hôm nay", today: after),
        Case(name: "impossible --held", arguments: report + ["--held", "2022-06-31"] + figures,
             status: 2, message: "--held phải là một ngày có thật", today: after),
        Case(name: "report without figures", arguments: report + ["--held", "2022-06-01"],
             status: 2, message: "--reached-units", today: after),
        Case(name: "negative reached units", arguments: report + ["--held", "2022-06-01", "--reached-units", "-4", "--reached-people", "9"],
             status: 2, message: "--reached-units", today: after),
        Case(name: "correcting an accepted report",
             arguments: ["cascade", "report", "LCI-2022-TDKT", "--unit", "PGD-LAOCAI", "--held", "2022-05-21"] + figures,
             status: 4, message: "cần mở lại báo cáo (kèm lý do) trước khi sửa", today: after),
        Case(name: "counting attendance without a follow-up session", arguments: report + ["--from-attendance"],
             status: 4, message: "chưa lập đợt tuyên truyền lại", today: after),
        Case(name: "an office owing no follow-up",
             arguments: ["cascade", "report", "LCI-2022-TDKT", "--unit", "PHONG-KHTC", "--held", "2022-06-01"] + figures,
             status: 3, message: "PHONG-KHTC không có nhiệm vụ tuyên truyền lại của đợt LCI-2022-TDKT", today: after),
        Case(name: "a session that is no follow-up session",
             arguments: ["cascade", "report", "LCI-2022-TDKT", "--held", "2022-06-01"] + figures,
             status: 3, message: "không phải đợt tuyên truyền lại của nhiệm vụ nào", today: after),
        Case(name: "more units reached than the audience",
             arguments: report + ["--held", "2022-06-01", "--reached-units", "400", "--reached-people", "9"],
             status: 1, message: "--reached-units “400”: nhiều hơn", today: after),
        Case(name: "exporting a cascade with no duties",
             arguments: ["export", "cascade", "LCI-2022-TDKT-PGD-MUONGKHUONG-MN-MUONGKHUONG-BANLAU"],
             status: 4, message: "chưa có nhiệm vụ tuyên truyền lại nào", today: after),
        Case(name: "an unknown duty number", arguments: ["cascade", "accept", "--duty", "99999"],
             status: 3, message: "không có nhiệm vụ số 99999", today: after),
        Case(name: "an office accepting its own report",
             arguments: ["cascade", "accept", "LCI-2022-TDKT", "--unit", "PGD-BACHA", "--as", "PGD-BACHA"],
             status: 6, message: "PGD-BACHA không có quyền xác nhận báo cáo của PGD-BACHA", today: after),
        Case(name: "accepting a report never sent", arguments: ["cascade", "accept", "LCI-2022-TDKT", "--unit", "PGD-SIMACAI"],
             status: 4, message: "PGD-SIMACAI chưa báo cáo", today: after),
        Case(name: "reopening a report not accepted",
             arguments: ["cascade", "reopen", "LCI-2022-TDKT", "--unit", "PGD-BACHA", "--reason", "kiểm tra"],
             status: 4, message: "chưa được xác nhận", today: after),
        Case(name: "reopening without a reason", arguments: ["cascade", "reopen", "LCI-2022-TDKT", "--unit", "PGD-LAOCAI"],
             status: 2, message: "--reason", today: after),
        Case(name: "opening the follow-up twice", arguments: ["cascade", "open", "LCI-2022-TDKT"],
             status: 4, message: "đã được giao ngày 11/05/2022", today: after),
        Case(name: "a second plan for the same duty",
             arguments: ["cascade", "plan", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "--date", "2022-06-01", "--venue", "Hội trường"],
             status: 4, message: "PGD-BATXAT đã có đợt tuyên truyền lại LCI-2022-TDKT-PGD-BATXAT", today: after),
        Case(name: "planning for another office",
             arguments: ["cascade", "plan", "LCI-2022-TDKT", "--unit", "PGD-SIMACAI", "--as", "PGD-SAPA",
                         "--date", "2022-06-01", "--venue", "Hội trường"],
             status: 6, message: "PGD-SAPA không có quyền lập kế hoạch tuyên truyền lại của PGD-SIMACAI", today: after),
        Case(name: "a follow-up session before its parent",
             arguments: ["cascade", "plan", "LCI-2022-TDKT", "--unit", "PGD-SIMACAI", "--date", "2022-05-01", "--venue", "Hội trường"],
             status: 1, message: "--date “2022-05-01”: trước khi đợt LCI-2022-TDKT kết thúc", today: after),
        Case(name: "an unknown audience",
             arguments: ["cascade", "plan", "LCI-2022-TDKT", "--unit", "PGD-SIMACAI", "--date", "2022-06-01", "--venue", "X",
                         "--follow-up-days", "10", "--audience", "hoc-sinh"],
             status: 2, message: "Giá trị hợp lệ: 'subordinate-units' và 'people'", today: after),
        Case(name: "reminders to a pdf", arguments: ["cascade", "remind", "LCI-2022-TDKT", "-o", "nhac.pdf"],
             status: 2, message: "-o phải là tệp .csv hoặc .xlsx", today: after),
    ]

    @Test(arguments: cases)
    func refusedWithoutChange(_ c: Case) throws {
        try CLIErrorTests().refusedWithoutChange(c)
    }

    @Test func statusOfTheDemoCascade() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DemoRun.run(["cascade", "status", "LCI-2022-TDKT", "--json"], db: db, today: Self.after)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let levels = try #require(json["levels"] as? [[String: Any]])
        // Sở → Phòng → trường → tổ chuyên môn: three levels of duties (TH Kim Đồng's groups at the third).
        #expect(levels.count == 3)
        let first = try #require(levels.first?["figures"] as? [String: Int])
        // Every office that attended owes one (the Sở's divisions are not asked); all but Si Ma Cai reported.
        #expect(first["owed"] == 50 && first["reported"] == 49 && first["missing"] == 1)
        #expect((first["late"] ?? 0) >= 2)
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(nodes.first { $0["unit"] as? String == "PGD-SIMACAI" }?["status"] as? String == "missing")
        #expect(nodes.first { $0["unit"] as? String == "PGD-BACHA" }?["status"] as? String == "late")
        #expect(nodes.contains { ($0["level"] as? Int) == 2 && $0["status"] as? String == "on-time" })
        #expect(nodes.contains { ($0["level"] as? Int) == 3 && $0["unit"] as? String == "TH-BATXAT-KIMDONG-TO1" })
        // People are counted against the units' staff figures: every people figure is a share of its audience.
        for node in nodes where node["audiencePeopleFrom"] as? String != "staff" { Issue.record("\(node)") }
        for node in nodes {
            let reached = node["reachedPeople"] as? Int ?? 0, audience = node["audiencePeople"] as? Int ?? 0
            #expect(audience > 0 && reached <= audience, "\(node)")
        }
        // The same tree seen on the due date: nothing is overdue yet, unreported offices are just due.
        let early = try DemoRun.run(["cascade", "status", "LCI-2022-TDKT", "--json", "--level", "1"], db: db, today: "2022-06-09")
        let earlyJSON = try #require(try JSONSerialization.jsonObject(with: Data(early.stdout.utf8)) as? [String: Any])
        let earlyFirst = try #require((earlyJSON["levels"] as? [[String: Any]])?.first?["figures"] as? [String: Int])
        #expect(earlyFirst["overdue"] == 0 && earlyFirst["missing"] == 0 && (earlyFirst["due"] ?? 0) >= 1)
        #expect((earlyJSON["nodes"] as? [[String: Any]])?.allSatisfy { ($0["level"] as? Int) == 1 } == true)
        // The text table names the levels and the missing office.
        let text = try DemoRun.run(["cascade", "status", "LCI-2022-TDKT", "--level", "1"], db: db, today: Self.after)
        #expect(text.stdout.contains("Không báo cáo") && text.stdout.contains("Phòng GD&ĐT Si Ma Cai"))
        #expect(!text.stdout.contains("*"))
    }

    @Test func audiencesOfKnownPeopleOnlyAreMarked() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        // As a duty fixed when no unit of Si Ma Cai had a staff figure would stand.
        let queue = try DatabaseQueue(path: db)
        try queue.write { try $0.execute(sql: "UPDATE duty SET audiencePeopleFrom = 'known-people' WHERE unitCode = 'PGD-SIMACAI'") }
        try queue.close()
        let text = try DemoRun.run(["cascade", "status", "LCI-2022-TDKT", "--level", "1"], db: db, today: Self.after)
        let line = try #require(text.stdout.split(separator: "\n").first { $0.contains("Phòng GD&ĐT Si Ma Cai") })
        #expect(line.contains("*"))
        #expect(text.stdout.contains("* 1 đơn vị: không đơn vị nào của họ có số cán bộ, giáo viên"))
        let json = try DemoRun.run(["cascade", "status", "LCI-2022-TDKT", "--level", "1", "--json"], db: db, today: Self.after)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let node = try #require((object["nodes"] as? [[String: Any]])?.first { $0["unit"] as? String == "PGD-SIMACAI" })
        #expect(node["audiencePeopleFrom"] as? String == "known-people")
    }

    @Test func reportCorrectAcceptReopenThroughTheBinary() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try DemoRun.run(Self.report + ["--held", "2022-07-01"] + Self.figures + ["--as", "PGD-SIMACAI"], db: db, today: "2022-07-02")
        #expect(first.status == 0 && first.stdout.contains("Đã ghi báo cáo của PGD-SIMACAI") && first.stdout.contains("Trễ hạn"), "\(first.stderr)")
        let second = try DemoRun.run(Self.report + ["--held", "2022-06-08", "--reached-units", "9", "--reached-people", "20"], db: db, today: "2022-07-03")
        #expect(second.stdout.contains("Đã sửa báo cáo") && second.stdout.contains("Đúng hạn"), "\(second.stderr)")
        #expect(try DemoRun.run(["cascade", "accept", "LCI-2022-TDKT", "--unit", "PGD-SIMACAI", "--as", "SGDDT-LCI"], db: db, today: "2022-07-04").status == 0)
        let locked = try DemoRun.run(Self.report + ["--held", "2022-06-08"] + Self.figures, db: db, today: "2022-07-05")
        #expect(locked.status == 4)
        let reopen = try DemoRun.run(["cascade", "reopen", "LCI-2022-TDKT", "--unit", "PGD-SIMACAI", "--reason", "số người chưa đúng"], db: db, today: "2022-07-05")
        #expect(reopen.status == 0, "\(reopen.stderr)")
        #expect(try DemoRun.run(Self.report + ["--held", "2022-06-08"] + Self.figures, db: db, today: "2022-07-05").status == 0)
        let status = try DemoRun.run(["cascade", "status", "LCI-2022-TDKT", "--json", "--level", "1"], db: db, today: Self.after)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let node = try #require((json["nodes"] as? [[String: Any]])?.first { $0["unit"] as? String == "PGD-SIMACAI" })
        // Three reports, one office: counted once.
        #expect(node["reports"] as? Int == 3 && node["status"] as? String == "on-time")
        let figures = try #require((json["levels"] as? [[String: Any]])?.first?["figures"] as? [String: Int])
        #expect(figures["owed"] == 50 && figures["reported"] == 50)
    }

    @Test func remindersAsCSVAndWorkbook() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try DemoRun.run(["cascade", "remind", "LCI-2022-TDKT", "--level", "1"], db: db, today: Self.after)
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("\u{FEFF}Cấp,Mã đơn vị,Đơn vị"))
        #expect(lines[1].contains("PGD-SIMACAI") && lines[1].contains("Không báo cáo") && lines[1].contains(",36,"))
        let written = try DemoRun.run(["cascade", "remind", "LCI-2022-TDKT", "-o", "nhac.xlsx"], db: db, today: Self.after)
        #expect(written.status == 0, "\(written.stderr)")
        let document = try XLSXReader.read(url: folder.appendingPathComponent("nhac.xlsx"))
        #expect(document.sheets.map(\.name) == ["Bản in", "Nhắc báo cáo"])
        let sheet = try #require(document.sheet(named: "Nhắc báo cáo"))
        #expect(sheet.text(at: "B1") == "Mã đơn vị")
        #expect(sheet.cells.contains { $0.key.column == 1 && $0.value.displayText == "PGD-SIMACAI" })
        #expect(sheet.frozen == CellReference(row: 1, column: 0))
        let rows = Set(sheet.cells.keys.map(\.row)).count - 1
        // The sheet to print: the organiser's header, the session, one row per office owing its report.
        let print = try #require(document.sheet(named: "Bản in"))
        #expect(print.text(at: "A1") == "UBND TỈNH LÀO CAI" && print.text(at: "A2") == "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
        #expect(print.cells.values.contains { $0.displayText == "Tuyên truyền về đổi mới công tác thi đua khen thưởng năm 2022 (đợt LCI-2022-TDKT)" })
        let numbered = print.cells.filter { if $0.key.column == 0, case .number = $0.value.value { true } else { false } }
        #expect(numbered.count == rows)
        let simaCai = try #require(print.cells.first {
            $0.key.column == 1 && $0.value.displayText.hasPrefix("Phòng") && $0.value.displayText.hasSuffix("Si Ma Cai")
        }?.key.row)
        #expect(print.text(at: CellReference(row: simaCai, column: 3)).hasSuffix("– Không báo cáo (quá hạn 36 ngày)"))
        #expect(print.pageSetup.orientation == "landscape" && (print.pageSetup.scale ?? 0) >= 85)
        #expect(print.cells.values.contains { $0.displayText == "Lào Cai, ngày 15 tháng 7 năm 2022" })
        let all = try DemoRun.run(["cascade", "remind", "LCI-2022-TDKT", "--json"], db: db, today: Self.after)
        #expect((try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [Any])?.count == rows)
    }

    @Test func workbookReadBack() throws {
        let path = DemoRun.shared.exports.appendingPathComponent("LCI-2022-TDKT/tuyen-truyen-lai.xlsx")
        let document = try XLSXReader.read(url: path)
        let tree = try #require(document.sheet(named: "Cây tuyên truyền lại"))
        let header = try #require(tree.cells.first { $0.value.displayText == "Phải báo cáo" }?.key.row)
        let first = header + 1
        // The first office's branch: its row at level 0, its schools grouped under it at level 1.
        #expect(tree.text(at: CellReference(row: first, column: 0)) == "1")
        #expect(tree.text(at: CellReference(row: first, column: 1)) == "Phòng GD&ĐT TP Lào Cai")
        #expect(tree.rowOutlineLevels[first] == nil && tree.rowOutlineLevels[first + 1] == 1)
        #expect(tree.text(at: CellReference(row: first + 1, column: 0)) == "1.1")
        #expect(tree.outlineSummaryBelow == false)
        // Three levels of duties (district offices, their schools, TH Kim Đồng's groups): groups nest two deep,
        // the groups' rows under the school's own group.
        #expect(Set(tree.rowOutlineLevels.values) == [1, 2])
        let kimDong = try #require(tree.cells.first { $0.value.displayText == "TH Kim Đồng" }?.key.row)
        #expect(tree.rowOutlineLevels[kimDong] == 1)
        #expect((1...3).allSatisfy { tree.rowOutlineLevels[kimDong + $0] == 2 })
        #expect(tree.text(at: CellReference(row: kimDong + 1, column: 1)).hasPrefix("Tổ khối 1"))
        #expect(tree.rowOutlineLevels[kimDong + 4] == 1)
        // The branch completeness: a live formula over the branch, its cached value the roll-up's.
        let rate = try #require(tree.cells[CellReference(row: first, column: 14)])
        #expect(rate.formula?.hasPrefix("IF(SUM(H\(first + 1):H") == true)
        guard case .number(let cached) = rate.value else { Issue.record("no cached rate"); return }
        let branchEnd = (first + 1...first + 200).first { tree.rowOutlineLevels[$0] == nil } ?? first
        var owed = 0.0, reported = 0.0
        for row in first..<branchEnd {
            if case .number(let h) = tree.cells[CellReference(row: row, column: 7)]?.value { owed += h }
            if case .number(let i) = tree.cells[CellReference(row: row, column: 8)]?.value { reported += i }
        }
        #expect(abs(cached - reported / owed) < 1e-9)
        // Totals per level and overall, with cached values equal to the figures.
        let total = try #require(tree.cells.first { $0.value.displayText == "Tổng cộng" }?.key.row)
        let owedTotal = try #require(tree.cells[CellReference(row: total, column: 7)])
        #expect(owedTotal.formula?.hasPrefix("SUM(H\(first + 1):H") == true)
        #expect(owedTotal.value == .number(139))
        let level1 = try #require(tree.cells.first { $0.value.displayText == "Cộng cấp 1" }?.key.row)
        #expect(tree.cells[CellReference(row: level1, column: 7)]?.formula?.hasPrefix("SUMIF(C") == true)
        #expect(tree.cells[CellReference(row: level1, column: 8)]?.value == .number(49))
        // Late, overdue and missing rows each marked by a rule on the status column.
        let rules = tree.conditionalFormats.flatMap(\.formulas)
        for label in ["Trễ hạn", "Quá hạn", "Không báo cáo"] {
            #expect(rules.contains { $0.contains("\"\(label)\"") }, "no rule for \(label)")
        }
        #expect(tree.pageSetup.orientation == "landscape" && tree.printTitleRows == header...header)
        // Per district: live SUMIFs over the tree and a chart of completeness.
        let districts = try #require(document.sheet(named: "Theo địa bàn"))
        let siMaCai = try #require(districts.cells.first { $0.value.displayText == "Huyện Si Ma Cai" }?.key.row)
        #expect(districts.cells[CellReference(row: siMaCai, column: 2)]?.formula?.hasPrefix("SUMIF('Cây tuyên truyền lại'!$D$") == true)
        #expect(districts.cells[CellReference(row: siMaCai, column: 2)]?.value == .number(5))
        #expect(districts.cells[CellReference(row: siMaCai, column: 3)]?.value == .number(4))
        let chart = try #require(document.sheet(named: "Biểu đồ")?.charts.first)
        #expect(chart.series.first?.values == "'Theo địa bàn'!$G$10:$G$18")
        // Bars lie on their side: districts down the left, the rate along the bottom, each axis titled by its role.
        #expect(chart.barDirection == "bar" && chart.categoryAxisTitle == "Địa bàn")
        #expect(chart.valueAxisTitle == "Tỷ lệ đơn vị đã báo cáo")
    }

    @Test func planOpenAndExportThroughTheBinary() throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try DemoRun.run(
            ["cascade", "plan", "LCI-2022-TDKT", "--unit", "PGD-SIMACAI", "--as", "PGD-SIMACAI", "--date", "2022-07-20",
             "--venue", "Hội trường Phòng GD&ĐT Si Ma Cai", "--per-unit", "2", "--follow-up-days", "15", "--audience", "people"],
            db: db, today: "2022-07-16")
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("Đã lập đợt LCI-2022-TDKT-PGD-SIMACAI ngày 20/07/2022"))
        let quota = try DemoRun.run(["session", "quota", "LCI-2022-TDKT-PGD-SIMACAI", "--json"], db: db)
        let offices = (try JSONSerialization.jsonObject(with: Data(quota.stdout.utf8)) as? [String: Any])?["offices"] as? [[String: Any]]
        #expect((offices?.count ?? 0) >= 5 && offices?.allSatisfy { $0["required"] as? Int == 2 } == true)
        // Its schools owe a follow-up in turn once it has been held.
        let early = try DemoRun.run(["cascade", "open", "LCI-2022-TDKT-PGD-SIMACAI", "--invited", "--as", "PGD-SIMACAI"], db: db, today: "2022-07-19")
        #expect(early.status == 4 && early.stderr.contains("chưa diễn ra xong"))
        let open = try DemoRun.run(["cascade", "open", "LCI-2022-TDKT-PGD-SIMACAI", "--invited", "--as", "PGD-SIMACAI"], db: db, today: "2022-07-21")
        #expect(open.status == 0 && open.stdout.contains("hạn 04/08/2022"), "\(open.stderr)")
        let status = try DemoRun.run(["cascade", "status", "LCI-2022-TDKT", "--json"], db: db, today: "2022-07-21")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        let siMaCai = try #require(nodes.first { $0["unit"] as? String == "PGD-SIMACAI" })
        #expect(siMaCai["childSession"] as? String == "LCI-2022-TDKT-PGD-SIMACAI")
        #expect(nodes.contains { $0["parent"] as? Int == siMaCai["duty"] as? Int && $0["status"] as? String == "due" })
        let export = try DemoRun.run(["export", "cascade", "LCI-2022-TDKT", "-o", "cay.xlsx", "--json"], db: db, today: "2022-07-21")
        #expect(export.status == 0, "\(export.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("cay.xlsx").path))
    }
}
