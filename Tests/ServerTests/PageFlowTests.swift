import Foundation
import Hummingbird
import HummingbirdTesting
import OutreachCore
import OutreachServer
import OutreachStore
import Testing
import TestSupport

@Suite("Pages: the nomination form, uploads with a dry run, the 403 page")
struct PageFlowTests {
    let office = "/dot/LCI-2022-TDKT/don-vi/PGD-BATXAT"

    static func upload(
        _ browser: inout Browser, _ client: some TestClientProtocol, _ uri: String, file: (name: String, bytes: [UInt8])?,
        fields: [String: String] = [:], fileField: String = "tep", csrf withToken: Bool = true
    ) async throws -> TestResponse {
        let boundary = "----outreach-test-\(UUID().uuidString)"
        var body: [UInt8] = []
        var all = fields
        if withToken, let csrf = browser.csrf { all["csrf"] = csrf }
        for (name, value) in all.sorted(by: { $0.key < $1.key }) {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        if let file {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(fileField)\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += file.bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        var headers = HTTPFields()
        if let cookie = browser.cookie { headers[.cookie] = cookie }
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: body))
        if let range = response.text.range(of: "name=\"csrf\" value=\"") {
            browser.csrf = String(response.text[range.upperBound...].prefix { $0 != "\"" })
        }
        return response
    }

    static func hidden(_ name: String, in text: String) -> String? {
        guard let range = text.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(text[range.upperBound...].prefix { $0 != "\"" })
    }

    static let goodList = Array("""
        Họ và tên,Vai trò,Chức vụ,Nơi công tác,Điện thoại
        Nguyễn Văn Hoà,Lãnh đạo,Trưởng phòng,PGD-BATXAT,0912345001
        Giàng A Páo,Cán bộ quản lý,Hiệu trưởng,TH-BATXAT-KIMDONG,0912345003

        """.utf8)

    static let badList = Array("""
        Họ và tên,Vai trò,Chức vụ,Nơi công tác,Điện thoại
        Nguyễn Văn Hoà,Lãnh đạo,Trưởng phòng,PGD-BATXAT,912345001
        Giàng A Páo,Cán bộ quản lý,Hiệu trưởng,Trường Không Có,0912345003

        """.utf8)

    @Test("The office downloads its nomination form: the workbook `export form` writes, with its hidden markers")
    func formDownload() async throws {
        let harness = try ServerHarness()
        try harness.nominate("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT", phone: "0912345678")
        let token = try harness.token("PGD-BATXAT")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            let page = try await browser.get(client, office)
            #expect(page.text.contains("\(office)/phieu-dang-ky.xlsx"))
            let form = try await browser.get(client, office + "/phieu-dang-ky.xlsx")
            #expect(form.status == .ok)
            #expect(form.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            #expect(form.headers[.contentDisposition]?.contains("phieu-dang-ky-LCI-2022-TDKT-PGD-BATXAT.xlsx") == true)
            let bytes = Array(form.body.readableBytesView)
            #expect(bytes.starts(with: [0x50, 0x4B]))
            // Uploaded back unchanged, it is read as this office's form: its one nominee, unchanged.
            let back = try await Self.upload(&browser, client, office + "/nhap", file: ("BATXAT.xlsx", bytes))
            #expect(back.status == .ok, "\(back.text)")
            #expect(back.text.contains("Chạy thử, chưa ghi gì: thêm 0, thay 0, cập nhật 0, không đổi 1."), "\(back.text)")
        }
    }

    @Test("A list with problems: every row problem shown (row, column, the import's message), 422, nothing changed")
    func uploadWithProblems() async throws {
        let harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        let before = try harness.snapshot()
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            _ = try await browser.get(client, office + "/nhap")
            let checked = try await Self.upload(&browser, client, office + "/nhap", file: ("ds.csv", Self.badList))
            #expect(checked.status == .unprocessableContent)
            let text = checked.text
            #expect(text.contains("<table id=\"van-de\">"))
            #expect(text.contains("<td data-label=\"Dòng\" class=\"n\">2</td><td data-label=\"Cột\">Điện thoại</td>"), "\(text)")
            #expect(text.contains("ds.csv, dòng 2, cột Điện thoại: 912345001 thiếu số 0 đầu (sửa thành 0912345001)"), "\(text)")
            #expect(text.contains("dòng 3, cột Nơi công tác: Trường Không Có không có đơn vị này"), "\(text)")
            #expect(text.contains("ds.csv: 2 lỗi, không nhập gì"), "\(text)")
            #expect(!text.contains("id=\"xac-nhan-nhap\""), "no confirmation for a file with errors")
        }
        #expect(try harness.snapshot() == before)
    }

    @Test("A clean list: the dry run changes nothing, the confirmation imports exactly that file once")
    func uploadThenConfirm() async throws {
        let harness = try ServerHarness()
        let token = try harness.token("PGD-BATXAT")
        let before = try harness.snapshot()
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            _ = try await browser.get(client, office + "/nhap")
            let checked = try await Self.upload(&browser, client, office + "/nhap", file: ("ds.csv", Self.goodList))
            #expect(checked.status == .ok, "\(checked.text)")
            #expect(checked.text.contains("Chạy thử, chưa ghi gì: thêm 2, thay 0, cập nhật 0, không đổi 0."))
            #expect(checked.text.contains("Giàng A Páo"))
            #expect(try harness.snapshot() == before, "the dry run wrote nothing")
            let id = try #require(Self.hidden("tai-len", in: checked.text))
            let sha = try #require(Self.hidden("sha256", in: checked.text))
            #expect(sha == SHA256.hex(Self.goodList))

            // A confirmation naming another hash (another file) is refused, and changes nothing.
            let wrong = try await browser.post(client, office + "/nhap/xac-nhan", ["tai-len": id, "sha256": String(repeating: "0", count: 64)])
            #expect(wrong.status == .conflict)
            #expect(try harness.snapshot() == before)
            // Without the CSRF token, refused too.
            let forged = try await browser.post(client, office + "/nhap/xac-nhan", ["tai-len": id, "sha256": sha], csrf: false)
            #expect(forged.status == .forbidden)
            #expect(try harness.snapshot() == before)

            let confirmed = try await browser.post(client, office + "/nhap/xac-nhan", ["tai-len": id, "sha256": sha])
            #expect(confirmed.status == .seeOther, "\(confirmed.text)")
            let names = try harness.database.nominees(session: Fixture.session).map(\.person.fullName).sorted()
            #expect(names == ["Giàng A Páo", "Nguyễn Văn Hoà"])
            let shown = try await browser.get(client, office)
            #expect(shown.text.contains("Đã nhập ds.csv: thêm 2, thay 0, cập nhật 0, không đổi 0"))
            let after = try harness.snapshot()
            // The same confirmation again: the file is no longer held.
            let again = try await browser.post(client, office + "/nhap/xac-nhan", ["tai-len": id, "sha256": sha])
            #expect(again.status == .conflict)
            #expect(try harness.snapshot() == after)
            let audit = try harness.database.auditLog().last
            #expect(audit?.command.hasPrefix("web nominee import [access ") == true)
        }
    }

    @Test("Uploads are refused before any row is read: no CSRF, not multipart, too large, no file, another office")
    func uploadRefusals() async throws {
        var harness = try ServerHarness()
        harness.settings.maxUpload = 2048
        let token = try harness.token("PGD-SAPA")
        let own = try harness.token("PGD-BATXAT")
        let before = try harness.snapshot()
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: own)
            _ = try await browser.get(client, office + "/nhap")
            let noToken = try await Self.upload(&browser, client, office + "/nhap", file: ("ds.csv", Self.goodList), csrf: false)
            #expect(noToken.status == .forbidden)
            let form = try await browser.post(client, office + "/nhap", ["tep": "x"])
            #expect(form.status == .unsupportedMediaType)
            let big = try await Self.upload(&browser, client, office + "/nhap", file: ("ds.csv", Array(repeating: 65, count: 4096)))
            #expect(big.status == .contentTooLarge)
            #expect(big.text.contains("nội dung quá lớn (tối đa 2 KiB)"))
            let none = try await Self.upload(&browser, client, office + "/nhap", file: nil)
            #expect(none.status == .unprocessableContent)
            #expect(none.text.contains("chưa chọn tệp"))

            var other = Browser()
            _ = try await other.signIn(client, token: token)
            _ = try await other.get(client, "/dot/LCI-2022-TDKT/don-vi/PGD-SAPA")
            let foreign = try await Self.upload(&other, client, office + "/nhap", file: ("ds.csv", Self.goodList))
            #expect(foreign.status == .forbidden)
            #expect(!foreign.text.contains("Giàng A Páo"))
            let foreignForm = try await other.get(client, office + "/phieu-dang-ky.xlsx")
            #expect(foreignForm.status == .forbidden)
            // Units by their names (escaped in the page), not their codes.
            #expect(foreignForm.text.contains(
                "Phòng GD&amp;ĐT Sa Pa không có quyền tải phiếu đăng ký của Phòng GD&amp;ĐT Bát Xát của đợt LCI-2022-TDKT."),
                "\(foreignForm.text)")
            // (The page asked for is kept for signing in again with its office's code: its path is no news.)
            let refusal = foreignForm.text.components(separatedBy: "id=\"tu-choi\"").last?.components(separatedBy: "</p>").first ?? ""
            #expect(!refusal.isEmpty && !refusal.contains("PGD-SAPA") && !refusal.contains("PGD-BATXAT"), "\(refusal)")
        }
        #expect(try harness.snapshot() == before)
    }

    @Test("The 403 page names what was refused and who asked, never whose the nominee is")
    func forbiddenPage() async throws {
        let harness = try ServerHarness()
        let nominee = try harness.nominate("Lò Văn Páo", role: "lanh-dao", unit: "PGD-BATXAT", phone: "0912345678")
        let token = try harness.token("PGD-SAPA")
        try await harness.app().test(.router) { client in
            var browser = Browser()
            _ = try await browser.signIn(client, token: token)
            _ = try await browser.get(client, "/dot/LCI-2022-TDKT/don-vi/PGD-SAPA")
            let number = nominee.nomination.id
            let refused = try await browser.post(client, "/dot/LCI-2022-TDKT/dai-bieu/\(number)/xac-nhan", [:])
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("Phòng GD&amp;ĐT Sa Pa không có quyền xác nhận đại biểu #\(number) của đợt LCI-2022-TDKT."), "\(refused.text)")
            #expect(!refused.text.contains("PGD-SAPA"))
            #expect(refused.text.contains("Không có gì bị thay đổi."))
            for secret in ["PGD-BATXAT", "Bát Xát", "Lò Văn Páo", "0912345678"] {
                #expect(!refused.text.contains(secret), "\(secret)")
            }
            let seen = try await browser.get(client, "/dot/LCI-2022-TDKT/dai-bieu/\(number)/thay?lang=en")
            #expect(seen.status == .forbidden)
            #expect(seen.text.contains("Phòng GD&amp;ĐT Sa Pa may not replace nominee #\(number) in session LCI-2022-TDKT."), "\(seen.text)")
            #expect(!seen.text.contains("PGD-BATXAT"))
        }
    }
}
