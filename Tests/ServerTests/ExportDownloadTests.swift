import Foundation
import Hummingbird
import HummingbirdTesting
import OutreachCore
import OutreachServer
import OutreachStore
import Testing
import TestSupport
import XLSX

/// Every export and document the command line writes, downloaded from the organiser's pages and the API: made
/// now, written into the exports folder under the command line's name, read back; refused to another office.
@Suite("Downloads: every export and document of a session, a plan and a bloc")
struct ExportDownloadTests {
    static let session = "/dot/LCI-2022-TDKT"
    static let organiser = "SGDDT-LCI"

    /// The mini session with Lò Văn Páo (PGD-BATXAT) confirmed and present on 10/05/2022, its follow-up cascade
    /// opened on 11/05, judged on 12/05; the server with an exports folder and the project's templates.
    static func sessionHarness() throws -> (ServerHarness, URL) {
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
        let paoRequest = Fixture.request("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT")
        let pao = try database.addNominee(paoRequest, context: Fixture.context())
        _ = try database.confirm(session: Fixture.session, nominees: ["#\(pao.nomination.id)"], context: Fixture.context())
        _ = try database.markAttendance(
            session: Fixture.session, nominee: "Páo", status: .present, part: nil, note: nil,
            context: Fixture.context(today: try CalendarDate(iso: "2022-05-10")))
        _ = try database.openCascade(session: Fixture.session, invited: true, context: Fixture.context(today: try CalendarDate(iso: "2022-05-11")))
        var harness = try ServerHarness(database: database)
        harness.settings.fixedToday = try CalendarDate(iso: "2022-05-12")
        let exports = try Fixture.temporaryDirectory()
        harness.settings.exports = exports.path
        harness.settings.templates = Fixture.root.appendingPathComponent("Templates").path
        return (harness, exports)
    }

    /// Every text cell of every sheet of a workbook.
    static func texts(_ path: String) throws -> [String] {
        try OrganiserPageTests.texts(URL(fileURLWithPath: path))
    }

    /// The download's bytes are the file written at `path` (under the exports folder), which is read back.
    static func expectWritten(_ response: TestResponse, at path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        #expect(response.status == .ok, "\(response.text.prefix(300))", sourceLocation: sourceLocation)
        #expect(FileManager.default.fileExists(atPath: path), "\(path)", sourceLocation: sourceLocation)
        let written = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(written == Array(response.body.readableBytesView), sourceLocation: sourceLocation)
    }

    @Test("The organiser downloads every workbook and document of the session, each read back from the exports folder")
    func sessionDownloads() async throws {
        let (harness, exports) = try Self.sessionHarness()
        let token = try harness.token(Self.organiser)
        let folder = exports.appendingPathComponent("LCI-2022-TDKT").path
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            let page = try await browser.get(client, Self.session)
            #expect(page.status == .ok)
            for name in ["danh-sach-ky-ten.xlsx", "danh-sach-dai-bieu.xlsx", "diem-danh.xlsx", "tuyen-truyen-lai.xlsx", "du-toan.xlsx",
                         "danh-sach-chi-tai-lieu.xlsx", "ke-hoach.docx", "giay-moi.docx", "quyet-dinh-du-toan.docx",
                         "giay-chung-nhan.docx", "forms/PGD-BATXAT.xlsx", "forms/PGD-SAPA.xlsx"] {
                #expect(page.text.contains("href=\"/dot/LCI-2022-TDKT/xuat/\(name)\""), "\(name)")
            }
            #expect(page.text.contains("href=\"/ke-hoach-khoi\""))

            // Workbooks: a cell each.
            let workbooks: [(name: String, holds: String)] = [
                ("danh-sach-ky-ten.xlsx", "Páo"), ("danh-sach-dai-bieu.xlsx", "Lò Văn Páo"), ("diem-danh.xlsx", "Lò Văn Páo"),
                ("tuyen-truyen-lai.xlsx", "Bát Xát"), ("du-toan.xlsx", "Thuê hội trường"), ("danh-sach-chi-tai-lieu.xlsx", "Lò Văn Páo"),
            ]
            for (name, holds) in workbooks {
                let response = try await browser.get(client, Self.session + "/xuat/" + name)
                let path = folder + "/" + name
                try Self.expectWritten(response, at: path)
                #expect(response.headers[.contentDisposition]?.contains("LCI-2022-TDKT-\(name)") == true, "\(name)")
                let cells = try Self.texts(path)
                #expect(cells.contains { $0.contains(holds) }, "\(name): \(cells.prefix(40))")
            }

            // Each office's form, where `export form` writes it, prefilled with who it nominated.
            let form = try await browser.get(client, Self.session + "/xuat/forms/PGD-BATXAT.xlsx")
            try Self.expectWritten(form, at: folder + "/forms/PGD-BATXAT.xlsx")
            #expect(try Self.texts(folder + "/forms/PGD-BATXAT.xlsx").contains { $0.contains("Lò Văn Páo") })

            // Documents: a paragraph each.
            let documents: [(name: String, holds: String)] = [
                ("ke-hoach.docx", "KẾ HOẠCH"), ("giay-moi.docx", "Phòng Giáo dục và Đào tạo huyện Bát Xát"),
                ("quyet-dinh-du-toan.docx", "Thuê hội trường"), ("giay-chung-nhan.docx", "Lò Văn Páo"),
            ]
            for (name, holds) in documents {
                let response = try await browser.get(client, Self.session + "/xuat/" + name)
                let path = folder + "/" + name
                try Self.expectWritten(response, at: path)
                #expect(response.headers[.contentType]?.contains("wordprocessingml") == true, "\(name)")
                let text = try DocxFile(path: path).text
                #expect(text.lowercased().contains(holds.lowercased()), "\(name): \(text.prefix(600))")
            }
            // Each office's invitation beside them, as `doc invitation` writes them.
            #expect(FileManager.default.fileExists(atPath: folder + "/giay-moi/PGD-SAPA.docx"))

            let unknown = try await browser.get(client, Self.session + "/xuat/khong-co.docx")
            #expect(unknown.status == .notFound)
            let notInvited = try await browser.get(client, Self.session + "/xuat/forms/SGDDT-LCI.xlsx")
            #expect(notInvited.status != .ok)
        }
    }

    @Test("Another office is refused every session download (403 page, JSON error) and nothing is written")
    func refusedToAnotherOffice() async throws {
        let (harness, exports) = try Self.sessionHarness()
        let office = try harness.token("PGD-SAPA")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: office)
            for name in ["danh-sach-ky-ten.xlsx", "du-toan.xlsx", "giay-moi.docx", "giay-chung-nhan.docx", "ke-hoach.docx",
                         "forms/PGD-BATXAT.xlsx"] {
                let refused = try await browser.get(client, Self.session + "/xuat/" + name)
                #expect(refused.status == .forbidden, "\(name)")
                #expect(refused.text.contains("Phòng GD&amp;ĐT Sa Pa không có quyền tải"), "\(name): \(refused.text.prefix(400))")
                let api = try await client.execute(
                    uri: "/api/v1/sessions/LCI-2022-TDKT/exports/\(name)", method: .get, headers: .bearer(office))
                #expect(api.status == .forbidden, "\(name)")
                #expect(try api.json()["code"] as? String == "not_allowed", "\(name): \(api.text)")
            }
            // The office's own form: made for it alone, not written into the organiser's folder.
            let own = try await client.execute(
                uri: "/api/v1/sessions/LCI-2022-TDKT/exports/forms/PGD-SAPA", method: .get, headers: .bearer(office))
            #expect(own.status == .ok, "\(own.text)")
            #expect(Array(own.body.readableBytesView).starts(with: [0x50, 0x4B]))
            let page = try await browser.get(client, Self.session + "/don-vi/PGD-SAPA/phieu-dang-ky.xlsx")
            #expect(page.status == .ok)
        }
        #expect(Self.files(exports).isEmpty, "\(Self.files(exports))")
    }

    /// The regular files under `folder`, relative to it.
    static func files(_ folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder)
                && !isFolder.boolValue
        }
    }

    @Test("The API sends the organiser's downloads as the pages do; a name outside the list is 404")
    func apiDownloads() async throws {
        let (harness, exports) = try Self.sessionHarness()
        let token = try harness.token(Self.organiser)
        try await harness.app().test(.router) { client in
            let invitations = try await client.execute(
                uri: "/api/v1/sessions/LCI-2022-TDKT/exports/giay-moi.docx", method: .get, headers: .bearer(token))
            try Self.expectWritten(invitations, at: exports.appendingPathComponent("LCI-2022-TDKT/giay-moi.docx").path)
            let list = try await client.execute(
                uri: "/api/v1/sessions/LCI-2022-TDKT/exports/danh-sach-dai-bieu.xlsx", method: .get, headers: .bearer(token))
            try Self.expectWritten(list, at: exports.appendingPathComponent("LCI-2022-TDKT/danh-sach-dai-bieu.xlsx").path)
            let form = try await client.execute(
                uri: "/api/v1/sessions/LCI-2022-TDKT/exports/forms/PGD-BATXAT.xlsx", method: .get, headers: .bearer(token))
            try Self.expectWritten(form, at: exports.appendingPathComponent("LCI-2022-TDKT/forms/PGD-BATXAT.xlsx").path)
            for name in ["..%2F..%2Fetc%2Fpasswd", "khong-co.xlsx", "danh-sach-chi-.xlsx"] {
                let refused = try await client.execute(
                    uri: "/api/v1/sessions/LCI-2022-TDKT/exports/\(name)", method: .get, headers: .bearer(token))
                #expect(refused.status == .notFound, "\(name)")
                #expect(try refused.json()["code"] as? String == "not_found", "\(name)")
            }
            let unsigned = try await client.execute(uri: "/api/v1/sessions/LCI-2022-TDKT/exports/giay-moi.docx", method: .get)
            #expect(unsigned.status == .unauthorized)
        }
    }

    // MARK: - Plans and blocs

    static let plan = "LCU-2022-TDKT-CD"
    static let bloc = "KHOI-LDLD-CDN-CDVC"

    /// The Lai Châu federation's units and its 2022 plan (issued by LDLD-LCU; its bloc chaired by LDLD-TPLAICHAU).
    static func planHarness() throws -> (ServerHarness, URL) {
        let database = try AppDatabase.inMemory()
        let units = try TemplateLoader.units(
            yaml: String(contentsOfFile: Fixture.template("units/lai-chau-ldld-2022.yaml"), encoding: .utf8), file: "ldld.yaml")
        _ = try database.importUnits(units, source: "ldld.yaml", context: Fixture.operatorContext())
        _ = try database.importPlan(
            yaml: try String(contentsOfFile: Fixture.template("plans/lai-chau-2022-tdkt.yaml"), encoding: .utf8), file: "plan.yaml",
            context: CommandContext(actor: nil, command: "test", today: try CalendarDate(iso: "2022-01-10")))
        var harness = try ServerHarness(database: database)
        harness.settings.fixedToday = try CalendarDate(iso: "2022-06-30")
        let exports = try Fixture.temporaryDirectory()
        harness.settings.exports = exports.path
        harness.settings.templates = Fixture.root.appendingPathComponent("Templates").path
        return (harness, exports)
    }

    @Test("The plan's issuer lists its plan and bloc and downloads their workbooks and document, read back")
    func planDownloads() async throws {
        let (harness, exports) = try Self.planHarness()
        let token = try harness.token("LDLD-LCU")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            let home = try await browser.get(client, "/")
            #expect(home.text.contains("href=\"/ke-hoach-khoi\""))
            let page = try await browser.get(client, "/ke-hoach-khoi")
            #expect(page.status == .ok)
            #expect(page.text.contains("<h1>Kế hoạch năm và khối thi đua</h1>"))
            for name in ["ke-hoach.xlsx", "theo-doi-bao-cao.xlsx", "ke-hoach.docx"] {
                #expect(page.text.contains("href=\"/ke-hoach-khoi/ke-hoach/\(Self.plan)/\(name)\""), "\(name)")
            }
            #expect(page.text.contains("href=\"/ke-hoach-khoi/khoi/\(Self.bloc)/cham-diem.xlsx\""), "\(page.text)")

            let sheets: [(name: String, holds: String)] = [("ke-hoach.xlsx", "Nội dung"), ("theo-doi-bao-cao.xlsx", "LĐLĐ huyện, CĐN, CĐ Viên chức")]
            for (name, holds) in sheets {
                let response = try await browser.get(client, "/ke-hoach-khoi/ke-hoach/\(Self.plan)/\(name)")
                let path = exports.appendingPathComponent("\(Self.plan)/\(name)").path
                try Self.expectWritten(response, at: path)
                let cells = try Self.texts(path)
                #expect(cells.contains { $0.contains(holds) }, "\(name): \(cells.prefix(60))")
            }
            let document = try await browser.get(client, "/ke-hoach-khoi/ke-hoach/\(Self.plan)/ke-hoach.docx")
            let documentPath = exports.appendingPathComponent("\(Self.plan)/ke-hoach.docx").path
            try Self.expectWritten(document, at: documentPath)
            #expect(try DocxFile(path: documentPath).text.contains("KẾ HOẠCH"))

            let scores = try await browser.get(client, "/ke-hoach-khoi/khoi/\(Self.bloc)/cham-diem.xlsx")
            let scoresPath = exports.appendingPathComponent("\(Self.bloc)/cham-diem.xlsx").path
            try Self.expectWritten(scores, at: scoresPath)
            #expect(try Self.texts(scoresPath).contains { $0.contains("Khối thi đua LĐLĐ huyện") })

            let unknown = try await browser.get(client, "/ke-hoach-khoi/ke-hoach/\(Self.plan)/khong-co.xlsx")
            #expect(unknown.status == .notFound)

            let listed = try await client.execute(uri: "/api/v1/plans", method: .get, headers: .bearer(token))
            #expect(try listed.jsonArray().map { $0["code"] as? String } == [Self.plan])
            let blocs = try await client.execute(uri: "/api/v1/blocs", method: .get, headers: .bearer(token))
            #expect(try blocs.jsonArray().map { $0["code"] as? String } == [Self.bloc])
            let tracker = try await client.execute(
                uri: "/api/v1/plans/\(Self.plan)/exports/theo-doi-bao-cao.xlsx", method: .get, headers: .bearer(token))
            try Self.expectWritten(tracker, at: exports.appendingPathComponent("\(Self.plan)/theo-doi-bao-cao.xlsx").path)
        }
    }

    @Test("A bloc's chair sees its bloc, not the whole plan; a member unit sees neither (403, JSON error)")
    func planRights() async throws {
        let (harness, exports) = try Self.planHarness()
        let chair = try harness.token("LDLD-TPLAICHAU")
        let member = try harness.token("LDLD-SINHO")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: chair)
            let page = try await browser.get(client, "/ke-hoach-khoi")
            #expect(!page.text.contains("/ke-hoach-khoi/ke-hoach/"))
            #expect(page.text.contains("href=\"/ke-hoach-khoi/khoi/\(Self.bloc)/cham-diem.xlsx\""))
            let scores = try await browser.get(client, "/ke-hoach-khoi/khoi/\(Self.bloc)/cham-diem.xlsx")
            try Self.expectWritten(scores, at: exports.appendingPathComponent("\(Self.bloc)/cham-diem.xlsx").path)
            let plan = try await browser.get(client, "/ke-hoach-khoi/ke-hoach/\(Self.plan)/ke-hoach.xlsx")
            #expect(plan.status == .forbidden)
            #expect(plan.text.contains("tải các bảng tính của kế hoạch \(Self.plan)"), "\(plan.text)")

            var other = Browser()
            _ = try await other.signIn(client, token: member)
            let none = try await other.get(client, "/ke-hoach-khoi")
            #expect(none.text.contains("Không có kế hoạch nào do đơn vị hoặc đơn vị cấp dưới ban hành."))
            #expect(none.text.contains("Không có khối thi đua nào đơn vị được xem toàn bộ."))
            for path in ["/ke-hoach-khoi/ke-hoach/\(Self.plan)/theo-doi-bao-cao.xlsx", "/ke-hoach-khoi/khoi/\(Self.bloc)/cham-diem.xlsx"] {
                let refused = try await other.get(client, path)
                #expect(refused.status == .forbidden, "\(path)")
            }
            for path in ["/api/v1/plans/\(Self.plan)/exports/ke-hoach.docx", "/api/v1/blocs/\(Self.bloc)/exports/cham-diem.xlsx"] {
                let refused = try await client.execute(uri: path, method: .get, headers: .bearer(member))
                #expect(refused.status == .forbidden, "\(path)")
                #expect(try refused.json()["code"] as? String == "not_allowed", "\(path)")
            }
            let listed = try await client.execute(uri: "/api/v1/plans", method: .get, headers: .bearer(member))
            #expect(try listed.jsonArray().isEmpty)
        }
        #expect(Self.files(exports) == ["\(Self.bloc)/cham-diem.xlsx"], "only the chair's download was written")
    }
}
