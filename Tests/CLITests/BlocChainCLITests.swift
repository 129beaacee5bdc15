import Foundation
import Testing
import TestSupport
import XLSX

/// Seed 002 (1370/UBND-NV, Việt Yên 2024) through the real binary: the bloc's own criteria issued by its chair, the
/// members' duties owed to the chair, self-score → cross-check → chair's score → vote, the meetings, and the score
/// sheet read back.
@Suite("Seed 002: a bloc's own criteria, its scoring chain, its meetings and its sheet")
struct BlocChainCLITests {
    static let units = Fixture.template("units/bac-giang-viet-yen-2024.yaml")
    static let plan = Fixture.template("plans/viet-yen-2024-phan-khoi.yaml")
    static let scale = Fixture.template("plans/viet-yen-2024-khoi-xa-phuong-tieu-chi.yaml")
    static let code = "VYN-2024-PHAN-KHOI"
    static let bloc = "KHOI-XA-PHUONG-VY"
    static let chair = "UBND-BICHDONG"
    static let wards = ["UBND-BICHDONG", "UBND-NENH", "UBND-QUANGCHAU", "UBND-HONGTHAI"]

    func database() throws -> (folder: URL, db: String) {
        let folder = try Fixture.temporaryDirectory()
        let db = folder.appendingPathComponent("vy.sqlite").path
        for arguments in [["init"], ["units", "import", Self.units], ["plan", "import", Self.plan]] {
            let result = try run(arguments, db: db, in: folder, today: "2024-04-17")
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        return (folder, db)
    }

    func run(_ arguments: [String], db: String, in folder: URL, today: String) throws -> ProcessResult {
        try CLIRunner.run(arguments + ["--db", db], in: folder, environment: ["OUTREACH_TODAY": today])
    }

    func object(_ result: ProcessResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
    }

    static func sheet(_ base: Int) -> [String] {
        ["kinh-te-xa-hoi=\(base)", "phong-trao=18", "quoc-phong-an-ninh=18", "bao-cao=9"]
    }

    /// Members owe launching, the compact and registering to their own bloc's chair; the blocs owe their report
    /// and proposal to Phòng Nội vụ (for the town's council).
    @Test func membersOweTheirBlocChair() throws {
        let (folder, db) = try database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["plan", "duties", Self.code, "--json"], db: db, in: folder, today: "2024-05-01")
        let lines = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        func owedTo(_ unit: String, _ duty: String) -> String? {
            lines.first { $0["unit"] as? String == unit && $0["duty"] as? String == duty }?["owedTo"] as? String
        }
        #expect(owedTo("UBND-NENH", "ky-giao-uoc") == "UBND-BICHDONG")
        #expect(owedTo("UBND-HONGTHAI", "dang-ky-thi-dua") == "UBND-BICHDONG")
        #expect(owedTo("VP-VIETYEN", "phat-dong-thi-dua") == "PGD-VIETYEN")
        #expect(lines.first { $0["duty"] as? String == "ky-giao-uoc" }?["kind"] as? String == "compact")
        #expect(lines.filter { $0["duty"] as? String == "de-xuat-khen-thuong" }.compactMap { $0["owedTo"] as? String }
                == ["PNV-VIETYEN", "PNV-VIETYEN"])
        // A member reports it sent its compact to the chair.
        #expect(try run(["duty", "report", "UBND-NENH", "ky-giao-uoc", "--plan", Self.code, "--on", "2024-05-08", "--as", "UBND-NENH"],
                        db: db, in: folder, today: "2024-05-08").status == 0)
    }

    @Test func theChainRunsInOrderAndIsReadBack() throws {
        let (folder, db) = try database()
        defer { try? FileManager.default.removeItem(at: folder) }
        func step(_ arguments: [String], _ today: String, as actor: String) throws -> ProcessResult {
            try run(arguments + ["--as", actor], db: db, in: folder, today: today)
        }
        // Before the bloc issues its criteria it has none (the plan has none either).
        let early = try step(["bloc", "self-score", Self.bloc, "UBND-NENH"] + Self.sheet(40), "2024-05-01", as: "UBND-NENH")
        #expect(early.status == 4 && early.stderr.contains("chưa có tiêu chí chấm điểm"), "\(early.stderr)")
        // Only the chair or deputy (or the town) issues them.
        let notChair = try step(["bloc", "criteria", Self.bloc, Self.scale], "2024-05-02", as: "UBND-QUANGCHAU")
        #expect(notChair.status == 6, "\(notChair.stderr)")
        #expect(try step(["bloc", "criteria", Self.bloc, Self.scale], "2024-05-02", as: Self.chair).status == 0)

        // The chair cannot score before the self-score, nor before the cross-check.
        let before = try step(["bloc", "score", Self.bloc, "UBND-NENH", "bao-cao", "9"], "2024-12-01", as: Self.chair)
        #expect(before.status == 4 && before.stderr.contains("UBND-NENH chưa gửi bản tự chấm điểm: chưa chấm điểm chính thức được"))
        // A member self-scores only for itself.
        let other = try step(["bloc", "self-score", Self.bloc, "UBND-NENH"] + Self.sheet(40), "2024-11-28", as: "UBND-HONGTHAI")
        #expect(other.status == 6 && other.stderr.contains("không có quyền"), "\(other.stderr)")
        let bad = try step(["bloc", "self-score", Self.bloc, "UBND-NENH", "kinh-te-xa-hoi=51", "phong-trao=18",
                            "quoc-phong-an-ninh=18", "bao-cao=9"], "2024-11-28", as: "UBND-NENH")
        #expect(bad.status == 1 && bad.stderr.contains("tiêu chí kinh-te-xa-hoi chấm từ 0 đến 50 điểm, không phải 51"), "\(bad.stderr)")
        let days = ["UBND-BICHDONG": "2024-11-27", "UBND-NENH": "2024-11-28", "UBND-QUANGCHAU": "2024-12-02", "UBND-HONGTHAI": "2024-11-30"]
        for (index, ward) in Self.wards.enumerated() {
            let sent = try step(["bloc", "self-score", Self.bloc, ward] + Self.sheet(44 + index), days[ward]!, as: ward)
            #expect(sent.status == 0, "\(ward): \(sent.stderr)")
            #expect(sent.stdout.contains("gửi muộn") == (ward == "UBND-QUANGCHAU"), "\(ward): \(sent.stdout)")
        }
        let unchecked = try step(["bloc", "score", Self.bloc, "UBND-NENH", "bao-cao", "9"], "2024-12-03", as: Self.chair)
        #expect(unchecked.status == 4 && unchecked.stderr.contains("UBND-NENH chưa được kiểm tra chéo"), "\(unchecked.stderr)")
        let itself = try step(["bloc", "check", Self.bloc, "UBND-NENH", "--by", "UBND-NENH"] + Self.sheet(40), "2024-12-05", as: Self.chair)
        #expect(itself.status == 4 && itself.stderr.contains("không tự kiểm tra chéo"), "\(itself.stderr)")
        // Each ward is checked by the next; the chair records the checks, but Hồng Thái records its own of Quang Châu.
        for (index, ward) in Self.wards.enumerated() {
            let checker = Self.wards[(index + 1) % Self.wards.count]
            let actor = ward == "UBND-QUANGCHAU" ? checker : Self.chair
            let checked = try step(["bloc", "check", Self.bloc, ward, "--by", checker, "--remark", "Minh chứng của \(ward)"]
                                   + Self.sheet(42 + index), "2024-12-05", as: actor)
            #expect(checked.status == 0, "\(ward): \(checked.stderr)")
        }
        // No vote before every final score.
        let early2 = try step(["bloc", "vote", Self.bloc, "UBND-NENH", "UBND-BICHDONG"], "2024-12-09", as: "UBND-NENH")
        #expect(early2.status == 4 && early2.stderr.contains("chưa bình xét được"), "\(early2.stderr)")
        let finals = ["UBND-BICHDONG": [47, 19, 19, 10], "UBND-NENH": [45, 18, 19, 9], "UBND-QUANGCHAU": [44, 18, 18, 6],
                      "UBND-HONGTHAI": [44, 17, 18, 9]]
        for (ward, values) in finals {
            for (criterion, value) in zip(["kinh-te-xa-hoi", "phong-trao", "quoc-phong-an-ninh", "bao-cao"], values) {
                let scorer = ward == Self.chair ? "UBND-NENH" : Self.chair
                #expect(try step(["bloc", "score", Self.bloc, ward, criterion, "\(value)"], "2024-12-09", as: scorer).status == 0)
            }
        }
        // A self-score after the final score is refused.
        let late = try step(["bloc", "self-score", Self.bloc, "UBND-NENH"] + Self.sheet(50), "2024-12-10", as: "UBND-NENH")
        #expect(late.status == 4 && late.stderr.contains("khối trưởng đã chấm điểm chính thức cho UBND-NENH"), "\(late.stderr)")
        // The vote: each member casts one ballot; a member votes only as itself (the chair may record any).
        let foreign = try step(["bloc", "vote", Self.bloc, "UBND-NENH", "UBND-NENH"], "2024-12-18", as: "UBND-HONGTHAI")
        #expect(foreign.status == 6, "\(foreign.stderr)")
        let ballots = [("UBND-BICHDONG", ["UBND-NENH"]), ("UBND-NENH", ["UBND-BICHDONG", "UBND-NENH"]),
                       ("UBND-QUANGCHAU", ["UBND-BICHDONG"]), ("UBND-HONGTHAI", ["UBND-BICHDONG", "UBND-HONGTHAI"])]
        for (voter, proposes) in ballots {
            #expect(try step(["bloc", "vote", Self.bloc, voter] + proposes, "2024-12-18", as: voter).status == 0)
        }
        #expect(try step(["bloc", "meeting", Self.bloc, "quarterly", "--on", "2024-06-25", "--present", "UBND-BICHDONG",
                          "UBND-NENH", "UBND-HONGTHAI"], "2024-06-26", as: Self.chair).status == 0)
        let future = try step(["bloc", "meeting", Self.bloc, "six-month", "--on", "2024-07-10"], "2024-06-26", as: Self.chair)
        #expect(future.status == 1 && future.stderr.contains("chỉ ghi cuộc họp đã diễn ra"), "\(future.stderr)")

        let shown = try object(try run(["bloc", "show", Self.bloc, "--json"], db: db, in: folder, today: "2024-12-20"))
        #expect(shown["ownCriteria"] as? Bool == true)
        let members = try #require(shown["members"] as? [[String: Any]])
        func member(_ unit: String) -> [String: Any] { members.first { $0["unit"] as? String == unit } ?? [:] }
        #expect(member("UBND-BICHDONG")["total"] as? Int == 95 && member("UBND-BICHDONG")["rank"] as? Int == 1)
        #expect(member("UBND-NENH")["selfScore"] as? Int == 90 && member("UBND-NENH")["checkedScore"] as? Int == 88)
        #expect(member("UBND-NENH")["checkedBy"] as? String == "UBND-QUANGCHAU")
        #expect(member("UBND-QUANGCHAU")["selfScoreLate"] as? Bool == true && member("UBND-HONGTHAI")["selfScoreLate"] as? Bool == false)
        // Bích Động 3 of 4 (proposed), Nếnh 2 of 4 (exactly half: not proposed [M]).
        #expect(member("UBND-BICHDONG")["votes"] as? Int == 3 && member("UBND-BICHDONG")["proposed"] as? Bool == true)
        #expect(member("UBND-NENH")["votes"] as? Int == 2 && member("UBND-NENH")["proposed"] as? Bool == false)
        #expect((shown["voteRule"] as? String)?.contains("[M]") == true)
        let meetings = try #require(shown["meetings"] as? [[String: Any]])
        #expect(meetings.first?["absent"] as? [String] == ["UBND-QUANGCHAU"])

        // The score sheet: final points and total, then self, checked, votes and proposed, read back.
        let exported = try run(["export", "bloc", Self.bloc, "-o", "vy.xlsx"], db: db, in: folder, today: "2024-12-20")
        #expect(exported.status == 0, "\(exported.stderr)")
        let sheet = try #require(try XLSXReader.read(url: folder.appendingPathComponent("vy.xlsx")).sheet(named: "Chấm điểm"))
        let heading = try #require(sheet.cells.first { $0.value.displayText == "Tự chấm" }?.key)
        #expect(sheet.text(at: CellReference(row: heading.row, column: heading.column + 1)) == "Kiểm tra chéo")
        #expect(sheet.text(at: CellReference(row: heading.row, column: heading.column + 2)) == "Số phiếu bình xét")
        #expect(sheet.text(at: CellReference(row: heading.row, column: heading.column + 3)) == "Đề nghị khen thưởng")
        let nenh = try #require(sheet.cells.first { $0.value.displayText == "UBND phường Nếnh" }?.key.row)
        #expect(sheet.cells[CellReference(row: nenh, column: 6)]?.value == .number(91))
        #expect(sheet.cells[CellReference(row: nenh, column: heading.column)]?.value == .number(90))
        #expect(sheet.cells[CellReference(row: nenh, column: heading.column + 1)]?.value == .number(88))
        #expect(sheet.cells[CellReference(row: nenh, column: heading.column + 2)]?.value == .number(2))
        #expect(sheet.text(at: CellReference(row: nenh, column: heading.column + 3)) == "Không")
        let bichdong = try #require(sheet.cells.first { $0.value.displayText == "UBND phường Bích Động" }?.key.row)
        #expect(sheet.text(at: CellReference(row: bichdong, column: heading.column + 3)) == "Có")
        let quangchau = try #require(sheet.cells.first { $0.value.displayText == "UBND phường Quang Châu" }?.key.row)
        #expect(sheet.text(at: CellReference(row: quangchau, column: heading.column + 4)).contains("tự chấm gửi muộn ngày 02/12/2024"))
    }

    /// The demo plays Việt Yên's 2024 through to the vote and the proposal, and writes the wards' score sheet.
    @Test func theDemoPlaysVietYensYear() throws {
        let demo = DemoRun.shared
        #expect(demo.result.status == 0, "\(demo.result.stderr)")
        #expect(demo.result.stdout.contains("exports/KHOI-XA-PHUONG-VY/cham-diem.xlsx"))
        #expect(demo.result.stdout.contains("Khối KHOI-XA-PHUONG-VY (seed 002): 4/4 phiếu bình xét; đề nghị khen thưởng: UBND phường Bích Động"))
        let duties = try DemoRun.run(["plan", "duties", Self.code, "--json"], db: demo.database, today: "2024-12-20")
        let lines = try #require(try JSONSerialization.jsonObject(with: Data(duties.stdout.utf8)) as? [[String: Any]])
        let late = lines.filter { $0["status"] as? String == "late" }.map { "\($0["unit"] ?? "")/\($0["duty"] ?? "")" }
        #expect(late.sorted() == ["UBND-HONGTHAI/dang-ky-thi-dua", "UBND-HONGTHAI/bao-cao-so-ket-6-thang",
                                  "UBND-QUANGCHAU/bao-cao-tong-ket-nam"].sorted())
        let proposal = lines.first { $0["duty"] as? String == "de-xuat-khen-thuong" && $0["bloc"] as? String == Self.bloc }
        #expect(proposal?["status"] as? String == "on-time")
        let shown = try object(try DemoRun.run(["bloc", "show", Self.bloc, "--json"], db: demo.database, today: "2024-12-20"))
        #expect((shown["meetings"] as? [Any])?.count == 5)
        let sheet = try #require(try XLSXReader.read(url: demo.exports.appendingPathComponent("KHOI-XA-PHUONG-VY/cham-diem.xlsx"))
            .sheet(named: "Chấm điểm"))
        let heading = try #require(sheet.cells.first { $0.value.displayText == "Đề nghị khen thưởng" }?.key)
        let proposed = sheet.cells.filter { $0.key.column == heading.column && $0.value.displayText == "Có" }
        #expect(proposed.count == 1)
        // Seed 002 is a dispatch ("V/v triển khai việc phân khối"), named as one: never "Kế hoạch số 1370".
        #expect(sheet.cells.values.contains { $0.displayText.hasPrefix("Công văn số 1370/UBND-NV – ") })
        #expect(!sheet.cells.values.contains { $0.displayText.contains("Kế hoạch số 1370") })
    }

    /// A bloc with a scale in the plan file scores on it, not on the plan's (absent) criteria.
    @Test func aScaleInThePlanFileIsTheBlocs() throws {
        let (folder, db) = try database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shown = try object(try run(["bloc", "show", "KHOI-CO-QUAN-VY", "--json"], db: db, in: folder, today: "2024-05-01"))
        #expect(shown["criteria"] as? [String: Int] == ["nhiem-vu": 60, "phong-trao": 25, "bao-cao": 15])
        #expect(shown["ownCriteria"] as? Bool == true)
    }
}
