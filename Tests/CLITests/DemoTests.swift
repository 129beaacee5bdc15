import Foundation
import OutreachCore
import Testing
import TestSupport
import XLSX

@Suite("outreach demo, end to end, as a new user runs it")
struct DemoTests {
    let demo = DemoRun.shared

    @Test func writesTheDatabaseAndItsExportsAndSaysSo() throws {
        #expect(demo.result.status == 0, "\(demo.result.stderr)")
        #expect(demo.result.stdout.contains("exports/LCI-2022-TDKT/danh-sach-ky-ten.xlsx"))
        #expect(demo.result.stdout.contains("exports/LCI-2022-TDKT/danh-sach-dai-bieu.xlsx"))
        #expect(FileManager.default.fileExists(atPath: demo.signIn.path))
        #expect(FileManager.default.fileExists(atPath: demo.nominees.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: demo.signIn.deletingLastPathComponent().path)
        #expect(leftovers.sorted() == [
            "danh-sach-dai-bieu.xlsx", "danh-sach-ky-ten.xlsx", "diem-danh.xlsx", "du-toan.xlsx", "giay-chung-nhan.docx",
            "giay-moi", "giay-moi.docx", "ke-hoach.docx", "quyet-dinh-du-toan.docx", "tuyen-truyen-lai.xlsx",
        ])
        #expect(demo.result.stdout.contains("exports/LCI-2022-TDKT/tuyen-truyen-lai.xlsx"))
        // The Lai Châu plan as issued, beside its tracker.
        let planFolder = demo.signIn.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("LCU-2022-TDKT-CD")
        #expect(try FileManager.default.contentsOfDirectory(atPath: planFolder.path).sorted()
            == ["ke-hoach.docx", "ke-hoach.xlsx", "theo-doi-bao-cao.xlsx"])
        let plan = try XLSXReader.read(url: planFolder.appendingPathComponent("ke-hoach.xlsx"))
        #expect(plan.sheets.first?.text(at: "A7") == "KẾ HOẠCH")
    }

    @Test func quotasAreTheSeedsExactly() throws {
        let result = try DemoRun.run(["session", "quota", "LCI-2022-TDKT", "--json"], db: demo.database)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let offices = try #require(json["offices"] as? [[String: Any]])
        let byUnit = Dictionary(uniqueKeysWithValues: offices.map { ($0["unit"] as? String ?? "", $0) })
        let districts = ["LAOCAI", "SAPA", "BATXAT", "BAOTHANG", "BAOYEN", "BACHA", "MUONGKHUONG", "SIMACAI", "VANBAN"]
        for district in districts {
            let office = try #require(byUnit["PGD-\(district)"])
            #expect(office["required"] as? Int == 15)
            let slots = try #require(office["slots"] as? [[String: Any]])
            #expect(slots.map { $0["required"] as? Int } == [1, 1, 13])
            #expect(slots.last?["roles"] as? [String] == ["cbql", "giao-vien"])
            #expect(slots.last?["source"] as? String == "subordinate")
        }
        let schools = offices.filter { ($0["unit"] as? String)?.hasPrefix("THPT-") == true }
        #expect(schools.count == 36)
        #expect(schools.allSatisfy { $0["required"] as? Int == 2 })
        // The provincial centre is named with the THPT principals in seed 004's closing paragraph: a unit under
        // the Sở, sending 2; the district centres send 1 each.
        #expect(byUnit["TTGDNN-TINH"]?["required"] as? Int == 2)
        let centres = offices.filter { ($0["unit"] as? String)?.hasPrefix("TTGDNN-") == true && $0["unit"] as? String != "TTGDNN-TINH" }
        #expect(centres.count == 8)
        #expect(centres.allSatisfy { $0["required"] as? Int == 1 })
        #expect(offices.reduce(0) { $0 + ($1["required"] as? Int ?? 0) } == 224)
        #expect(byUnit["TTGDNN-LAOCAI"] == nil, "TP Lào Cai had no centre of its own in 2021–22")
        // The demo leaves a few offices short and a few nominees unconfirmed.
        #expect(offices.contains { ($0["missing"] as? Int ?? 0) > 0 })
        #expect(offices.contains { ($0["nominated"] as? Int ?? 0) > ($0["confirmed"] as? Int ?? 0) })
    }

    @Test func signInSheetListsEveryNomineeInOfficialOrder() throws {
        let document = try XLSXReader.read(url: demo.signIn)
        let sheet = try #require(document.sheets.first)
        let header = try #require((0..<40).first { sheet.text(at: CellReference(row: $0, column: 0)) == "STT" })
        var groups: [[String]] = []
        var number = 0
        var row = header + 1
        while case let first = sheet.text(at: CellReference(row: row, column: 0)), !first.isEmpty {
            if Int(first) == nil {
                groups.append([])
            } else {
                number += 1
                #expect(first == "\(number)", "numbers run on across groups")
                let name = sheet.text(at: CellReference(row: row, column: 1))
                if !name.isEmpty { groups[groups.count - 1].append(name) }
            }
            row += 1
        }
        let list = try DemoRun.run(["nominee", "list", "LCI-2022-TDKT", "--json"], db: demo.database)
        let people = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [Any])
        #expect(groups.flatMap { $0 }.count == people.count)
        #expect(groups.count > 40)
        for names in groups {
            let keys = names.map { PersonName($0).sortKey() }
            #expect(keys == keys.sorted(), "\(names)")
        }
        #expect(sheet.printTitleRows == header...header)
        #expect(sheet.pageSetup.paperSize == 9)
    }

    /// The budget's summary ends with many notes: the page holding the signatures still holds an item of the
    /// table and its totals, never the signatures alone (issue 18, item 15).
    @Test func theBudgetsSignaturesAreNeverAloneOnAPage() throws {
        let book = try XLSXReader.read(url: demo.exports.appendingPathComponent("LCI-2022-TDKT/du-toan.xlsx"))
        let sheet = try #require(book.sheets.first { $0.name == "Dự toán" })
        let rows = 0...200
        let signers = try #require(rows.first { sheet.text(at: CellReference(row: $0, column: 0)) == "NGƯỜI LẬP BIỂU" })
        let total = try #require(rows.first { sheet.text(at: CellReference(row: $0, column: 0)) == "TỔNG CỘNG" })
        let pageStart = sheet.rowBreaks.filter { $0 <= signers }.max() ?? 0
        #expect(pageStart < total, "the total row is on the signatures' page")
        #expect((pageStart..<total).contains { Int(sheet.text(at: CellReference(row: $0, column: 0))) != nil },
                "an item of the table is on the signatures' page (page starts at row \(pageStart))")
    }

    @Test func pagesNeverEndOnAHeadingAndContinuedOfficesAreNamedAgain() throws {
        let sheet = try #require(try XLSXReader.read(url: demo.signIn).sheets.first)
        #expect(sheet.rowBreaks.count >= 5, "a 200-person list spans several pages")
        func isHeading(_ row: Int) -> Bool {
            let text = sheet.text(at: CellReference(row: row, column: 0))
            return !text.isEmpty && Int(text) == nil
        }
        for start in sheet.rowBreaks {
            #expect(!isHeading(start - 1), "row \(start) ends a page with a heading")
        }
        let continued = sheet.rowBreaks.filter { sheet.text(at: CellReference(row: $0, column: 0)).hasSuffix("(tiếp theo)") }
        #expect(!continued.isEmpty)
        for start in continued {
            // The continued heading repeats the office heading that opened the group.
            let name = sheet.text(at: CellReference(row: start, column: 0)).replacingOccurrences(of: " (tiếp theo)", with: "")
            #expect((0..<start).contains { sheet.text(at: CellReference(row: $0, column: 0)) == name })
        }
    }

    @Test func attendanceWorkbookHasLiveRatesMarksAndAChart() throws {
        let url = demo.exports.appendingPathComponent("LCI-2022-TDKT/diem-danh.xlsx")
        let document = try XLSXReader.read(url: url)
        #expect(document.sheets.map(\.name) == ["Tổng hợp", "Chi tiết", "Biểu đồ"])
        let summary = document.sheets[0]
        let header = try #require((0..<40).first { summary.text(at: CellReference(row: $0, column: 0)) == "STT" })
        let report = try DemoRun.run(["attendance", "report", "LCI-2022-TDKT", "--json"], db: demo.database)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let offices = try #require(json["offices"] as? [[String: Any]])
        #expect(summary.text(at: CellReference(row: header + 1, column: 1)) == offices[0]["name"] as? String)
        let rate = try #require(summary.cells[CellReference(row: header + 1, column: 7)])
        #expect(rate.formula == "IF(C\(header + 2)=0,0,(D\(header + 2)+E\(header + 2))/(C\(header + 2)*2))")
        let first = offices[0]
        let expected = Double((first["present"] as? Int ?? 0) + (first["late"] as? Int ?? 0)) / Double((first["required"] as? Int ?? 1) * 2)
        guard case let .number(cached) = rate.value else { Issue.record("no cached rate"); return }
        #expect(abs(cached - expected) < 1e-9)
        let totalRow = header + 1 + offices.count
        #expect(summary.cells[CellReference(row: totalRow, column: 3)]?.formula == "SUM(D\(header + 2):D\(totalRow))")
        #expect(summary.conditionalFormats.count >= 2)
        // 61 offices: two charts of at most 31, every office labelled.
        #expect(document.sheets[2].charts.count == 2)
        let total = try #require(json["total"] as? [String: Any])
        #expect(summary.cells[CellReference(row: totalRow, column: 3)]?.value == .number(Double(total["present"] as? Int ?? -1)))
    }

    @Test func attendanceDetailGivesEachHalfDaysStartEndAndDuration() throws {
        let url = demo.exports.appendingPathComponent("LCI-2022-TDKT/diem-danh.xlsx")
        let detail = try #require(try XLSXReader.read(url: url).sheet(named: "Chi tiết"))
        let start = try #require((0..<30).first { detail.text(at: CellReference(row: $0, column: 0)) == "Giờ bắt đầu" })
        #expect(detail.text(at: CellReference(row: start + 1, column: 0)) == "Giờ kết thúc")
        #expect(detail.text(at: CellReference(row: start + 2, column: 0)) == "Thời lượng")
        // The template's schedule: 08:00–11:30 and 13:30–17:00, stored as fractions of a day.
        for (column, from, to) in [(3, 8 * 60, 11 * 60 + 30), (4, 13 * 60 + 30, 17 * 60)] {
            let first = try #require(detail.cells[CellReference(row: start, column: column)])
            #expect(first.value == .number(Double(from) / 1440))
            #expect(first.style?.numberFormat == "hh:mm")
            #expect(detail.cells[CellReference(row: start + 1, column: column)]?.value == .number(Double(to) / 1440))
            let duration = try #require(detail.cells[CellReference(row: start + 2, column: column)])
            let letter = CellReference.columnLetters(column)
            #expect(duration.formula == "\(letter)\(start + 2)-\(letter)\(start + 1)")
            guard case let .number(cached) = duration.value else { Issue.record("no cached duration"); continue }
            #expect(abs(cached - Double(to - from) / 1440) < 1e-12)
            #expect(duration.style?.numberFormat == "[h]:mm")
        }
        #expect(detail.text(at: CellReference(row: start + 2, column: 5)) == "Tổng: 7 giờ")
        let texts = detail.cells.values.compactMap { if case .text(let t) = $0.value { t } else { nil } }
        #expect(texts.contains("Các buổi: Sáng 10/05/2022 (08h00–11h30), Chiều 10/05/2022 (13h30–17h00)"))
        let shown = try DemoRun.run(["session", "show", "LCI-2022-TDKT"], db: demo.database)
        #expect(shown.stdout.contains("Các buổi: Sáng 10/05/2022 08h00–11h30 (3 giờ 30 phút); Chiều 10/05/2022 13h30–17h00 (3 giờ 30 phút)"))
    }

    @Test func demoNeverReplacesADatabaseItDidNotMake() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLIRunner.run(["init", "--db", "mine.sqlite"], in: folder).status == 0)
        let before = try Data(contentsOf: folder.appendingPathComponent("mine.sqlite"))
        let result = try CLIRunner.run(
            ["demo", "--db", "mine.sqlite", "--templates", Fixture.root.appendingPathComponent("Templates").path],
            in: folder)
        #expect(result.status == 4)
        #expect(try Data(contentsOf: folder.appendingPathComponent("mine.sqlite")) == before)
    }

    @Test func demoRefusesToReplaceADemoSomeoneWorkedInUnlessForced() throws {
        let (folder, path) = try demo.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = Fixture.root.appendingPathComponent("Templates").path
        let exports = folder.appendingPathComponent("exports").path
        // An untouched demo is rebuilt without asking: nothing would be lost.
        let again = try DemoRun.run(["demo", "--templates", templates, "--exports", exports], db: path)
        #expect(again.status == 0, "\(again.stderr)")
        // Someone works in it: two changes by two commands.
        let marked = try DemoRun.run(["attendance", "mark", "LCI-2022-TDKT", "#1", "absent", "--part", "2022-05-10:pm"],
                                     db: path, today: "2022-05-10")
        #expect(marked.status == 0, "\(marked.stderr)")
        let quota = try DemoRun.run(["session", "quota", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "--role", "lanh-dao",
                                     "--count", "2"], db: path, today: "2022-05-02")
        #expect(quota.status == 0, "\(quota.stderr)")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let refused = try DemoRun.run(["demo", "--templates", templates, "--exports", exports], db: path)
        #expect(refused.status == 4)
        #expect(refused.stderr == "lỗi: \(path) đã có 2 thay đổi sau khi tạo demo (attendance mark ×1, session quota ×1, lần cuối ngày 10/05/2022); tạo lại demo sẽ xóa hết; thêm --force để vẫn tạo lại, hoặc chọn --db khác\n", "\(refused.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "nothing replaced")
        let forced = try DemoRun.run(["demo", "--templates", templates, "--exports", exports, "--force"], db: path)
        #expect(forced.status == 0, "\(forced.stderr)")
        let log = try DemoRun.run(["audit", "list", "--json"], db: path)
        #expect(!log.stdout.contains("attendance mark"), "the forced rebuild starts afresh")
    }
}
