import Foundation
import Hummingbird
import HummingbirdTesting
import OutreachCore
import OutreachServer
import OutreachStore
import Testing
import TestSupport
import XLSX

@Suite("Pages: the organiser's overview and downloads, an office's follow-up cascade")
struct OrganiserPageTests {
    static let session = "/dot/LCI-2022-TDKT"

    @Test("The organiser sees confirmations by day, attendance, the cascade and the workbooks; an office does not")
    func overview() async throws {
        let harness = try ServerHarness()
        let first = try harness.nominate("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT")
        try harness.nominate("Vàng A Dế", role: "lanh-dao", unit: "PGD-SAPA")
        _ = try harness.database.confirm(session: Fixture.session, nominees: ["#\(first.nomination.id)"], context: Fixture.context())
        let organiser = try harness.token("SGDDT-LCI")
        let office = try harness.token("PGD-SAPA")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: organiser)
            let page = try await browser.get(client, Self.session)
            #expect(page.status == .ok)
            let text = page.text
            #expect(text.contains("<h2>Xác nhận theo ngày</h2>"))
            #expect(text.contains("<td data-label=\"Ngày\">01/05/2022</td><td data-label=\"Xác nhận\" class=\"n\">1</td><td data-label=\"Cộng dồn\" class=\"n\">1</td>"), "\(text)")
            #expect(text.contains("Chưa có điểm danh."))
            #expect(text.contains("Chưa giao nhiệm vụ tuyên truyền lại."))
            for name in ["danh-sach-ky-ten", "danh-sach-dai-bieu", "diem-danh"] {
                #expect(text.contains("href=\"/dot/LCI-2022-TDKT/xuat/\(name).xlsx\""), "\(name)")
            }
            #expect(!text.contains("/xuat/tuyen-truyen-lai.xlsx"), "no cascade workbook before the cascade is opened")

            var other = Browser()
            _ = try await other.signIn(client, token: office)
            let own = try await other.get(client, Self.session)
            #expect(own.status == .ok)
            #expect(!own.text.contains("Xác nhận theo ngày"))
            #expect(!own.text.contains("/xuat/"))
        }
    }

    /// Every text cell of every sheet of a workbook.
    static func texts(_ url: URL) throws -> [String] {
        try XLSXReader.read(url: url).sheets.flatMap { sheet in
            sheet.cells.values.compactMap { cell -> String? in
                if case .text(let text) = cell.value { return text }
                return nil
            }
        }
    }

    @Test("The budget and the payment lists are made by the server from the rate tables of its templates folder")
    func budgetDownloads() async throws {
        var harness = try ServerHarness()
        let exports = try Fixture.temporaryDirectory()
        harness.settings.exports = exports.path
        harness.settings.templates = Fixture.root.appendingPathComponent("Templates").path
        try harness.nominate("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT")
        let organiser = try harness.token("SGDDT-LCI")
        let office = try harness.token("PGD-BATXAT")
        let folder = exports.appendingPathComponent("LCI-2022-TDKT")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: organiser)
            let page = try await browser.get(client, Self.session)
            #expect(page.text.contains("href=\"/dot/LCI-2022-TDKT/xuat/du-toan.xlsx\""), "\(page.text)")
            #expect(page.text.contains("href=\"/dot/LCI-2022-TDKT/xuat/danh-sach-chi-tai-lieu.xlsx\""))
            #expect(!page.text.contains("danh-sach-chi-hoi-truong"), "a line not paid per person has no payment list")

            let budget = try await browser.get(client, Self.session + "/xuat/du-toan.xlsx")
            #expect(budget.status == .ok, "\(budget.text)")
            let budgetFile = folder.appendingPathComponent("du-toan.xlsx")
            #expect(try Array(Data(contentsOf: budgetFile)) == Array(budget.body.readableBytesView))
            let lines = try Self.texts(budgetFile)
            for line in ["Thuê hội trường", "Tài liệu", "Phụ cấp lưu trú"] {
                #expect(lines.contains { $0.contains(line) }, "\(line)")
            }

            let payment = try await browser.get(client, Self.session + "/xuat/danh-sach-chi-tai-lieu.xlsx")
            #expect(payment.status == .ok, "\(payment.text)")
            let paid = try Self.texts(folder.appendingPathComponent("danh-sach-chi-tai-lieu.xlsx"))
            #expect(paid.contains { $0.contains("Lò Văn Páo") }, "\(paid)")
            #expect(paid.contains { $0.contains("DỰ KIẾN") }, "a forecast before any attendance")

            let unknown = try await browser.get(client, Self.session + "/xuat/danh-sach-chi-khong-co.xlsx")
            #expect(unknown.status == .notFound)
            let fixed = try await browser.get(client, Self.session + "/xuat/danh-sach-chi-hoi-truong.xlsx")
            #expect(fixed.status == .unprocessableContent)

            var other = Browser()
            _ = try await other.signIn(client, token: office)
            let refused = try await other.get(client, Self.session + "/xuat/du-toan.xlsx")
            #expect(refused.status == .forbidden)
        }

        // Without a templates folder the budget cannot be made: said, and nothing written.
        var bare = try ServerHarness()
        let elsewhere = try Fixture.temporaryDirectory()
        bare.settings.exports = elsewhere.path
        let token = try bare.token("SGDDT-LCI")
        try await bare.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            let missing = try await browser.get(client, Self.session + "/xuat/du-toan.xlsx")
            #expect(missing.status == .serviceUnavailable)
            #expect(missing.text.contains("Templates"))
            #expect(!FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("LCI-2022-TDKT/du-toan.xlsx").path))
        }
    }

    @Test("Workbooks are written into the exports folder and downloaded from it; a path leading out is refused (400)")
    func downloads() async throws {
        var harness = try ServerHarness()
        let exports = try Fixture.temporaryDirectory()
        harness.settings.exports = exports.path
        try harness.nominate("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT")
        let organiser = try harness.token("SGDDT-LCI")
        let office = try harness.token("PGD-BATXAT")
        // A file outside the session's folder, and a link inside it pointing there.
        let secret = exports.appendingPathComponent("bi-mat.txt")
        try "bí mật".write(to: secret, atomically: true, encoding: .utf8)
        let folder = exports.appendingPathComponent("LCI-2022-TDKT")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("lien-ket.txt"), withDestinationURL: secret)
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: organiser)
            let made = try await browser.get(client, Self.session + "/xuat/danh-sach-dai-bieu.xlsx")
            #expect(made.status == .ok)
            #expect(made.headers[.contentDisposition]?.contains("LCI-2022-TDKT-danh-sach-dai-bieu.xlsx") == true)
            let bytes = Array(made.body.readableBytesView)
            #expect(bytes.starts(with: [0x50, 0x4B]))
            let written = folder.appendingPathComponent("danh-sach-dai-bieu.xlsx")
            #expect(try Array(Data(contentsOf: written)) == bytes, "the same file as exports/LCI-2022-TDKT/danh-sach-dai-bieu.xlsx")

            let page = try await browser.get(client, Self.session)
            #expect(page.text.contains("tai-ve?tep=LCI-2022-TDKT%2Fdanh-sach-dai-bieu.xlsx"))
            let again = try await browser.get(client, Self.session + "/tai-ve?tep=LCI-2022-TDKT/danh-sach-dai-bieu.xlsx")
            #expect(again.status == .ok)
            #expect(Array(again.body.readableBytesView) == bytes)

            for path in ["../bi-mat.txt", "LCI-2022-TDKT/../bi-mat.txt", "/etc/passwd", "LCI-2022-TDKT/lien-ket.txt",
                         "bi-mat.txt", "LCI-2022-TDKT/./danh-sach-dai-bieu.xlsx", "LCI-2022-TDKT%2F..%2F..%2Fetc%2Fpasswd"] {
                let refused = try await browser.get(client, Self.session + "/tai-ve?tep=\(path)")
                #expect(refused.status == .badRequest, "\(path)")
                #expect(refused.text.contains("không nằm trong thư mục xuất của đợt"), "\(path)")
                #expect(!refused.text.contains("bí mật"))
            }
            let missing = try await browser.get(client, Self.session + "/tai-ve?tep=LCI-2022-TDKT/khong-co.xlsx")
            #expect(missing.status == .notFound)

            var other = Browser()
            _ = try await other.signIn(client, token: office)
            let refused = try await other.get(client, Self.session + "/xuat/danh-sach-dai-bieu.xlsx")
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("Phòng GD&amp;ĐT Bát Xát không có quyền tải các bảng tính của đợt LCI-2022-TDKT."))
            let file = try await other.get(client, Self.session + "/tai-ve?tep=LCI-2022-TDKT/danh-sach-dai-bieu.xlsx")
            #expect(file.status == .forbidden)
        }
    }

    /// The mini session with a follow-up due 30 days after, held, its cascade opened on 11/05/2022.
    static func cascadeHarness() throws -> ServerHarness {
        let database = try AppDatabase.inMemory()
        let units = try TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "mini-units.yaml")
        _ = try database.importUnits(units, source: "mini-units.yaml", context: Fixture.operatorContext())
        _ = try database.createSession(
            yaml: try Fixture.text("mini-session.yaml") + """

                follow_up:
                  due_days_after: 30
                  missing_after_days: 10
                  audience: subordinate-units
                """, file: "mini-session.yaml", context: Fixture.context())
        let opening = CommandContext(actor: UnitCode(rawValue: "SGDDT-LCI"), command: "test", today: try CalendarDate(iso: "2022-05-11"))
        _ = try database.openCascade(session: Fixture.session, invited: true, context: opening)
        var harness = try ServerHarness(database: database)
        harness.settings.fixedToday = try CalendarDate(iso: "2022-05-12")
        return harness
    }

    @Test("An office plans its follow-up session and reports it from its page, through the cascade's operations")
    func cascade() async throws {
        let harness = try Self.cascadeHarness()
        let token = try harness.token("PGD-BATXAT")
        let office = Self.session + "/don-vi/PGD-BATXAT"
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            let page = try await browser.get(client, office)
            #expect(page.text.contains("<h2 id=\"tuyen-truyen-lai\">Tuyên truyền lại</h2>"))
            #expect(page.text.contains("Hạn 09/06/2022; đối tượng: 2 đơn vị"), "\(page.text)")
            #expect(page.text.contains("id=\"lap-dot\""))

            let incomplete = try await browser.post(client, office + "/tuyen-truyen-lai/bao-cao", ["so-don-vi": "2"])
            #expect(incomplete.status == .unprocessableContent)
            let badDay = try await browser.post(client, office + "/tuyen-truyen-lai/ke-hoach", ["ngay": "32/13/2022", "dia-diem": "Hội trường"])
            #expect(badDay.status == .unprocessableContent)

            let planned = try await browser.post(client, office + "/tuyen-truyen-lai/ke-hoach", [
                "ngay": "20/05/2022", "dia-diem": "Hội trường Phòng", "so-nguoi": "2",
            ])
            #expect(planned.status == .seeOther, "\(planned.text)")
            let child = try harness.database.session(SessionCode(rawValue: "LCI-2022-TDKT-PGD-BATXAT")!)
            #expect(child.organiser.rawValue == "PGD-BATXAT")
            let after = try await browser.get(client, office)
            #expect(after.text.contains("Đã lập đợt tuyên truyền lại LCI-2022-TDKT-PGD-BATXAT ngày 20/05/2022, 2 đơn vị được mời"), "\(after.text)")
            #expect(!after.text.contains("id=\"lap-dot\""), "planned once")

            let reported = try await browser.post(client, office + "/tuyen-truyen-lai/bao-cao", [
                "ngay-to-chuc": "12/05/2022", "so-don-vi": "2", "so-nguoi-du": "30", "ghi-chu": "đủ",
            ])
            #expect(reported.status == .seeOther, "\(reported.text)")
            let history = try harness.database.dutyReports(.session(Fixture.session, unit: UnitCode(rawValue: "PGD-BATXAT")!))
            #expect(history.reports.map(\.reachedPeople) == [30])
            let shown = try await browser.get(client, office)
            #expect(shown.text.contains("Đã ghi báo cáo tuyên truyền lại: tổ chức 12/05/2022, 2/2 đơn vị, 30 người"), "\(shown.text)")
        }
    }

    @Test("Another office's cascade report is refused (403) and changes nothing")
    func cascadeOfAnotherOffice() async throws {
        let harness = try Self.cascadeHarness()
        let token = try harness.token("PGD-SAPA")
        let before = try harness.database.auditLog().count
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            _ = try await browser.get(client, Self.session + "/don-vi/PGD-SAPA")
            let refused = try await browser.post(client, Self.session + "/don-vi/PGD-BATXAT/tuyen-truyen-lai/bao-cao", [
                "ngay-to-chuc": "12/05/2022", "so-don-vi": "2", "so-nguoi-du": "30",
            ])
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("Phòng GD&amp;ĐT Sa Pa không có quyền báo cáo tuyên truyền lại của Phòng GD&amp;ĐT Bát Xát"), "\(refused.text)")
        }
        #expect(try harness.database.auditLog().count == before)
    }
}

@Suite("Pages: a unit's yearly plan report-backs")
struct PlanDutyPageTests {
    @Test("A unit reports a plan duty with an evidence file: kept in the exports folder, cited by path and SHA-256")
    func reportWithEvidence() async throws {
        let database = try AppDatabase.inMemory()
        let units = try TemplateLoader.units(
            yaml: String(contentsOfFile: Fixture.template("units/lai-chau-ldld-2022.yaml"), encoding: .utf8), file: "ldld.yaml")
        _ = try database.importUnits(units, source: "ldld.yaml", context: Fixture.operatorContext())
        _ = try database.importPlan(
            yaml: try String(contentsOfFile: Fixture.template("plans/lai-chau-2022-tdkt.yaml"), encoding: .utf8), file: "plan.yaml",
            context: CommandContext(actor: nil, command: "test", today: try CalendarDate(iso: "2022-01-10")))
        var harness = try ServerHarness(database: database)
        harness.settings.fixedToday = try CalendarDate(iso: "2022-01-26")
        let exports = try Fixture.temporaryDirectory()
        harness.settings.exports = exports.path
        let token = try harness.token("LDLD-SINHO")
        let evidence = Array("%PDF-1.4 báo cáo đăng ký thi đua".utf8)
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            let page = try await browser.get(client, "/ke-hoach")
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"nhiem-vu-dang-ky-thi-dua\""), "\(page.text)")
            let action = "/ke-hoach/LCU-2022-TDKT-CD/dang-ky-thi-dua/bao-cao"
            let future = try await PageFlowTests.upload(
                &browser, client, action, file: ("bao-cao.pdf", evidence), fields: ["ngay-bao-cao": "27/01/2022"], fileField: "minh-chung")
            #expect(future.status == .unprocessableContent, "a report after today is refused")
            let kept = (FileManager.default.enumerator(atPath: exports.path)?.allObjects as? [String] ?? []).filter { name in
                var folder: ObjCBool = false
                return FileManager.default.fileExists(atPath: exports.appendingPathComponent(name).path, isDirectory: &folder) && !folder.boolValue
            }
            #expect(kept.isEmpty, "and no file is kept: \(kept)")
            let sent = try await PageFlowTests.upload(
                &browser, client, action, file: ("bao-cao.pdf", evidence),
                fields: ["ngay-bao-cao": "25/01/2022", "ghi-chu": "gửi qua bưu điện"], fileField: "minh-chung")
            #expect(sent.status == .seeOther, "\(sent.text)")
            #expect(sent.headers[.location] == "/ke-hoach")
            let lines = try database.planDuties(UnitCode(rawValue: "LCU-2022-TDKT-CD")!, today: try CalendarDate(iso: "2022-01-26"),
                                                unit: UnitCode(rawValue: "LDLD-SINHO")!).lines
            let line = try #require(lines.first { $0.code.rawValue == "dang-ky-thi-dua" })
            let report = try #require(line.report)
            #expect(report.sha256 == SHA256.hex(evidence))
            let path = try #require(report.file)
            #expect(path.hasPrefix(exports.standardizedFileURL.path + "/LCU-2022-TDKT-CD/bao-cao/LDLD-SINHO-dang-ky-thi-dua-"))
            #expect(try Array(Data(contentsOf: URL(fileURLWithPath: path))) == evidence)
            let shown = try await browser.get(client, "/ke-hoach")
            #expect(shown.text.contains("Đã ghi báo cáo"), "\(shown.text)")
            #expect(shown.text.contains("có tệp minh chứng"))
        }
    }
}
