import Foundation
import Testing
import TestSupport
import XLSX

@Suite("Plans at the command line: seed 003 loaded, shown and printed as issued")
struct PlanCLITests {
    static let units = Fixture.template("units/lai-chau-ldld-2022.yaml")
    static let plan = Fixture.template("plans/lai-chau-2022-tdkt.yaml")
    static let code = "LCU-2022-TDKT-CD"

    /// A fresh folder with a database holding the Lai Châu union units and, unless `load` is false, the plan.
    func database(load: Bool = true) throws -> (folder: URL, db: String) {
        let folder = try Fixture.temporaryDirectory()
        let db = folder.appendingPathComponent("plans.sqlite").path
        for arguments in [["init"], ["units", "import", Self.units]] + (load ? [["plan", "import", Self.plan]] : []) {
            let result = try run(arguments, db: db, in: folder)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        return (folder, db)
    }

    func run(_ arguments: [String], db: String, in folder: URL) throws -> ProcessResult {
        try CLIRunner.run(arguments + ["--db", db], in: folder, environment: ["OUTREACH_TODAY": "2022-01-10"])
    }

    @Test func importingTwiceChangesNothing() throws {
        let (folder, db) = try database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let again = try run(["plan", "import", Self.plan], db: db, in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("đã có, không thay đổi"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        let list = try run(["plan", "list", "--json"], db: db, in: folder)
        let plans = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(plans.count == 1)
        #expect(plans.first?["code"] as? String == Self.code)
    }

    @Test func showGivesTheDutiesAndWhoOwesThem() throws {
        let (folder, db) = try database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shown = try run(["plan", "show", Self.code, "--json"], db: db, in: folder)
        #expect(shown.status == 0, "\(shown.stderr)")
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let duties = try #require(plan["duties"] as? [[String: Any]])
        #expect(duties.map { $0["due"] as? String } == ["2022-01-30", "2022-03-31", "2022-03-31", "2022-06-10", "2022-06-30", "2022-12-10", "2022-12-31"])
        #expect((duties[0]["owedBy"] as? [String])?.count == 11)
        #expect((plan["activities"] as? [Any])?.count == 30)
        let text = try run(["plan", "show", Self.code.lowercased()], db: db, in: folder)
        #expect(text.stdout.contains("Quý IV"))
        #expect(text.stdout.contains("dang-ky-thi-dua: Đăng ký các danh hiệu thi đua năm 2022, hạn 30/01/2022, 11 đơn vị"))
        #expect(text.stdout.contains("Khối KHOI-LDLD-CDN-CDVC: Khối thi đua LĐLĐ huyện, CĐN, CĐ Viên chức"))
    }

    @Test func anActivityShowsTheSessionThatCarriesItOut() throws {
        let (folder, db) = try database(load: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let linked = folder.appendingPathComponent("linked.yaml")
        try String(contentsOfFile: Self.plan, encoding: .utf8)
            .replacingOccurrences(of: "    content: Ban hành Hướng dẫn nhân rộng mô hình\n",
                                  with: "    content: Ban hành Hướng dẫn nhân rộng mô hình\n    session: LCU-2022-NRMH\n")
            .write(to: linked, atomically: true, encoding: .utf8)
        #expect(try run(["plan", "import", linked.path], db: db, in: folder).status == 0)
        let text = try run(["plan", "show", Self.code], db: db, in: folder)
        #expect(text.stdout.contains("9. Ban hành Hướng dẫn nhân rộng mô hình — LĐLĐ tỉnh [đợt LCU-2022-NRMH]"), "\(text.stdout)")
        let json = try run(["plan", "show", Self.code, "--json"], db: db, in: folder)
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let activities = try #require(plan["activities"] as? [[String: Any]])
        #expect(activities.first { $0["number"] as? Int == 9 }?["session"] as? String == "LCU-2022-NRMH")
        #expect(activities.first { $0["number"] as? Int == 1 }?["session"] == nil)
    }

    @Test func refusalsChangeNothing() throws {
        let (folder, db) = try database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let changed = folder.appendingPathComponent("changed.yaml")
        try String(contentsOfFile: Self.plan, encoding: .utf8)
            .replacingOccurrences(of: "due: 2022-06-10", with: "due: 2022-06-15")
            .write(to: changed, atomically: true, encoding: .utf8)
        let broken = folder.appendingPathComponent("broken.yaml")
        try String(contentsOfFile: Self.plan, encoding: .utf8)
            .replacingOccurrences(of: "    quarter: 2\n", with: "    quarter: 6\n")
            .write(to: broken, atomically: true, encoding: .utf8)
        let cases: [(arguments: [String], status: Int32, message: String)] = [
            (["plan", "import", changed.path], 4, "đã có với nội dung khác"),
            (["plan", "import", broken.path], 1, "broken.yaml:"),
            (["plan", "import", "khong-co.yaml"], 3, "khong-co.yaml"),
            (["plan", "show", "LCU-2099-KHONG"], 3, "không có kế hoạch LCU-2099-KHONG"),
            (["export", "plan", "LCU-2099-KHONG"], 3, "LCU-2099-KHONG"),
            (["export", "plan", Self.code, "-o", "ke-hoach.pdf"], 1, ".xlsx"),
        ]
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        for c in cases {
            let result = try run(c.arguments, db: db, in: folder)
            #expect(result.status == c.status, "\(c.arguments): \(result.stderr)")
            #expect(result.stderr.contains(c.message), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before, "\(c.arguments) changed the database")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("exports").path))
    }

    @Test func onlyTheIssuerMayLoadItsPlan() throws {
        let (folder, db) = try database(load: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let refused = try run(["plan", "import", Self.plan, "--as", "LDLD-TAMDUONG"], db: db, in: folder)
        #expect(refused.status == 6, "\(refused.stderr)")
        #expect(refused.stderr.contains("LDLD-TAMDUONG"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
        let loaded = try run(["plan", "import", Self.plan, "--as", "LDLD-LCU"], db: db, in: folder)
        #expect(loaded.status == 0, "\(loaded.stderr)")
    }

    @Test func theExportIsThePlanAsIssued() throws {
        let (folder, db) = try database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["export", "plan", Self.code], db: db, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let path = folder.appendingPathComponent("exports/\(Self.code)/ke-hoach.xlsx")
        #expect(result.stdout.contains("exports/\(Self.code)/ke-hoach.xlsx"))
        let document = try XLSXReader.read(url: path)
        #expect(document.sheets.map(\.name) == ["Kế hoạch", "Nhiệm vụ báo cáo"])
        let sheet = document.sheets[0]
        #expect(sheet.text(at: "A1") == "TỔNG LĐLĐ VIỆT NAM")
        #expect(sheet.text(at: "A2") == "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU")
        #expect(sheet.text(at: "A5") == "Số: 298/KH-LĐLĐ")
        #expect(sheet.text(at: "C5") == "Lai Châu, ngày 06 tháng 01 năm 2022")
        #expect(sheet.text(at: "A7") == "KẾ HOẠCH")
        #expect(sheet.text(at: "A10") == "TT")
        #expect(sheet.printTitleRows == 9...9)
        #expect(sheet.pageSetup.paperSize == 9)
        // The table: four quarter headings, then the numbered rows as printed (1–27, 31–33).
        var quarters: [String] = []
        var numbers: [Int] = []
        for row in sheet.rows where row.index > 9 {
            let first = row.cells[0]
            if case .number(let value)? = first?.value { numbers.append(Int(value)) }
            if case .text(let text)? = first?.value, text.hasPrefix("QUÝ") { quarters.append(text) }
        }
        #expect(quarters == ["QUÝ I", "QUÝ II", "QUÝ III", "QUÝ IV"])
        #expect(numbers == Array(1...27) + [31, 32, 33])
        let texts = sheet.cells.values.compactMap { cell -> String? in
            if case .text(let text) = cell.value { return text }
            return nil
        }
        #expect(texts.contains("- Báo cáo sơ kết thi đua 6 tháng đầu năm 2022: chậm nhất ngày 10/06/2022;"))
        #expect(texts.contains("TM. BAN THƯỜNG VỤ"))
        #expect(texts.contains("Hoàng Văn Trinh"))
        let duties = document.sheets[1]
        #expect(duties.text(at: "C11") == "30/01/2022")
        #expect(duties["E11"]?.value == .number(11))
        #expect(duties.text(at: "D11").hasPrefix("LĐLĐ thành phố Lai Châu; LĐLĐ huyện Tam Đường"))
    }
}
