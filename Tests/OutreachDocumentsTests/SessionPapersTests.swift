import Foundation
import OutreachCore
import OutreachDocuments
import OutreachStore
import TestSupport
import Testing

/// The plan, invitations and decision of the Lào Cai seed session, written and read back from the file:
/// the text follows the database, the layout follows Decree 30.
@Suite struct SessionPapersTests {
    static let documents = Fixture.template("documents")
    let database: AppDatabase
    let folder: URL

    init() throws {
        database = try AppDatabase.inMemory()
        let unitsFile = Fixture.template("units/lao-cai-2022.yaml")
        let sessionFile = Fixture.template("sessions/lao-cai-2022-tdkt.yaml")
        let units = try TemplateLoader.units(yaml: TemplateLoader.readText(path: unitsFile), file: unitsFile)
        _ = try database.importUnits(units, source: unitsFile, context: Fixture.operatorContext())
        _ = try database.createSession(yaml: TemplateLoader.readText(path: sessionFile), file: sessionFile, context: Fixture.context())
        folder = try Fixture.temporaryDirectory()
    }

    func papers(today: CalendarDate = Fixture.beforeDeadline) throws -> SessionPapers {
        SessionPapers(
            list: try database.nomineeList(session: Fixture.session, includeEmptyGroups: true),
            quotas: try database.quotas(session: Fixture.session), units: UnitTree(try database.units()), today: today)
    }

    func template(_ kind: SessionPapers.Kind) throws -> DocumentTemplate {
        try DocumentTemplate.load(name: try papers().templateName(kind), folder: Self.documents)
    }

    func written(_ document: DocxDocument, _ name: String) throws -> DocxFile {
        let path = folder.appendingPathComponent(name).path
        try DocxWriter.write(document, to: path)
        // Written atomically: only the file itself is left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }.isEmpty)
        return try DocxFile(path: path)
    }

    /// Decree 30 page: A4 portrait, margins 20/20/30/15 mm, numbers from page 2 (a distinct empty first header).
    func expectDecree30Page(_ section: DocxFile.Section, landscape: Bool = false) {
        #expect(section.landscape == landscape)
        #expect((millimetres(section.width), millimetres(section.height)) == (landscape ? (297, 210) : (210, 297)))
        #expect((20...25).contains(millimetres(section.top)) && (20...25).contains(millimetres(section.bottom)))
        #expect((30...35).contains(millimetres(section.left)) && (15...20).contains(millimetres(section.right)))
        #expect(section.titlePage)
        #expect(section.pageNumberRestart == 1)
    }

    @Test func thePlanIsSeed004WithItsFactsFromTheDatabase() throws {
        let file = try written(try papers().plan(try template(.plan)), "ke-hoach.docx")
        #expect(file.sections.count == 1)
        expectDecree30Page(file.sections[0])
        #expect(file.styles.contains(#"w:ascii="Times New Roman""#) && file.styles.contains(#"<w:sz w:val="28"/>"#))
        #expect(file.headers["word/header1.xml"]?.contains(" PAGE ") == true)
        #expect(file.headers["word/header2.xml"]?.contains("PAGE") == false)

        // The header: a borderless two-column table, each side centred, the rule under the issuer and the motto.
        let header = try #require(file.tables.first)
        #expect(!header.hasBorders)
        let left = header.rows[0][0], right = header.rows[0][1]
        #expect(left.map(\.text).filter { !$0.isEmpty } == ["UBND TỈNH LÀO CAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"])
        #expect(left[1].isBold && !left[0].isBold && left.allSatisfy { $0.alignment == "center" })
        #expect(left.last?.hasTopBorder == true && right.last?.hasTopBorder == true)
        #expect(right.map(\.text).filter { !$0.isEmpty } == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
        #expect(right[0].isBold && right[1].isBold)
        #expect(header.text(1, 0).replacingOccurrences(of: " ", with: "") == "Số:/KH-SGD&ĐT")
        #expect(header.text(1, 1) == "Lào Cai, ngày 20 tháng 4 năm 2022")
        #expect(header.rows[1][1][0].isItalic)

        let body = file.paragraphs.filter { !$0.text.isEmpty }
        #expect(body[0].text == "KẾ HOẠCH" && body[0].isBold && body[0].alignment == "center")
        #expect(body[1].text == "Tổ chức tuyên truyền về đổi mới công tác thi đua khen thưởng năm 2022" && body[1].isBold)
        #expect(body[2].text.hasPrefix("Thực hiện Kế hoạch số 450/KH-UBND ngày 31/12/2021 của UBND tỉnh Lào Cai"))
        let texts = body.map(\.text)
        #expect(texts.contains("I. Mục đích, yêu cầu"))
        #expect(texts.contains("- Thời gian: 01 ngày, từ 08h00 ngày 10/05/2022."))
        #expect(texts.contains("- Địa điểm: Phòng họp số 1, Trung tâm Hội nghị tỉnh Lào Cai, đường 30/4, phường Nam Cường, TP Lào Cai."))
        // The attendance part, in words, from the quotas.
        #expect(texts.contains("""
            - Phòng GD&ĐT huyện, thành phố, thị xã: Mỗi phòng cử 15 người gồm: 01 lãnh đạo phụ trách công tác TĐKT; \
            01 cán bộ phụ trách công tác TĐKT; 13 cán bộ quản lý, giáo viên phụ trách công tác Thi đua khen thưởng của \
            các trường trên địa bàn.
            """))
        #expect(texts.contains("- Các đơn vị trực thuộc Sở: Mỗi đơn vị cử 02 người gồm: 01 cán bộ quản lý; 01 giáo viên."))
        #expect(texts.contains("- Các Trung tâm GDNN-GDTX: Mỗi Trung tâm cử 01 cán bộ quản lý hoặc giáo viên."))
        // Funding from the budget's payers.
        #expect(texts.contains { $0.hasPrefix("- Kinh phí phụ cấp lưu trú, khoán tiền thuê phòng nghỉ, khoán chi phí đi lại") })
        #expect(texts.contains { $0.contains("thuê hội trường, âm thanh, máy chiếu") && $0.contains("Phòng Kế hoạch - Tài chính bảo đảm") })
        #expect(texts.contains { $0.contains("chậm nhất ngày 05/05/2022") })
        #expect(texts.contains { $0.contains("chậm nhất ngày 09/06/2022") })
        // Body paragraphs: justified, first line indented 1.27 cm, 14 pt.
        let plain = body.dropFirst(2).filter { !$0.isBold }
        #expect(!plain.isEmpty && plain.allSatisfy { $0.alignment == "both" && $0.firstLine == 720 && $0.runs.allSatisfy { $0.size == 14 } })

        // Recipients bold italic 12 pt with their list at 11 pt; the signer with authority, title and name.
        let closing = try #require(file.tables.last)
        let recipients = closing.rows[0][0]
        #expect(recipients[0].text == "Nơi nhận:" && recipients[0].isBold && recipients[0].isItalic && recipients[0].runs[0].size == 12)
        #expect(recipients.dropFirst().map(\.text) == [
            "- Các Phòng GD&ĐT;", "- Các TT GDNN&GDTX;", "- Các đơn vị trực thuộc Sở;", "- Lãnh đạo Sở;", "- Các phòng thuộc Sở;", "- Lưu: VT, VP.",
        ])
        #expect(recipients.dropFirst().allSatisfy { $0.runs[0].size == 11 })
        #expect(closing.rows[0][1].map(\.text).filter { !$0.isEmpty } == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thế Dũng"])
        #expect(closing.rows[0][1].filter { !$0.text.isEmpty }.allSatisfy { $0.isBold && $0.alignment == "center" })
    }

    @Test func anOfficeWhoseQuotaDiffersIsNamedInThePlan() throws {
        _ = try database.setQuota(
            session: Fixture.session, unit: UnitCode(rawValue: "PGD-BATXAT")!, role: RoleCode(rawValue: "lanh-dao")!, count: 2,
            force: false, context: Fixture.context())
        let file = try written(try papers().plan(try template(.plan)), "ke-hoach.docx")
        let line = try #require(file.paragraphs.first { $0.text.hasPrefix("- Phòng GD&ĐT huyện") })
        #expect(line.text.hasPrefix("- Phòng GD&ĐT huyện, thành phố, thị xã: Mỗi phòng cử 15 người gồm: 01 lãnh đạo"))
        #expect(line.text.hasSuffix(" Riêng Phòng GD&ĐT Bát Xát cử 16 người."), "\(line.text)")
    }

    @Test func eachInvitationNamesItsOfficeItsPlacesTheDeadlineAndHowToAnswer() throws {
        let papers = try papers()
        let invitations = try papers.invitations(
            try template(.invitation), only: UnitCode(rawValue: "PGD-BATXAT"), link: "https://tap-huan.example.vn/")
        #expect(invitations.count == 1)
        let file = try written(DocxDocument(title: "GM", sections: invitations.map(\.section)), "gm.docx")
        expectDecree30Page(file.sections[0])
        let texts = file.paragraphs.map(\.text)
        #expect(texts.contains("GIẤY MỜI"))
        #expect(texts.contains("Kính gửi: Phòng Giáo dục và Đào tạo huyện Bát Xát"))
        #expect(texts.contains { $0.contains("cử 15 người tham dự") })
        #expect(texts.contains("- 01 lãnh đạo phụ trách công tác TĐKT."))
        #expect(texts.contains("- 13 cán bộ quản lý, giáo viên của các trường trên địa bàn."))
        #expect(texts.contains { $0.contains("chậm nhất ngày 05/05/2022") && $0.contains("tệp PGD-BATXAT.xlsx") })
        #expect(texts.contains("Đơn vị cũng có thể đăng ký trực tuyến tại: https://tap-huan.example.vn/dang-ky/LCI-2022-TDKT/PGD-BATXAT"))
        #expect(file.tables[0].text(1, 0).contains("/GM-SGD&ĐT"))
        #expect(file.tables[0].text(1, 1) == "Lào Cai, ngày 01 tháng 5 năm 2022")

        // Without a server, no link; every invited office gets its own, each a section of its own.
        let all = try papers.invitations(try template(.invitation))
        #expect(all.count == (try database.quotas(session: Fixture.session)).count)
        let combined = try written(DocxDocument(title: "GM", sections: all.map(\.section)), "giay-moi.docx")
        #expect(combined.sections.count == all.count)
        #expect(!combined.text.contains("trực tuyến"))
        #expect(combined.paragraphs.filter { $0.text.hasPrefix("Kính gửi: ") }.count == all.count)
    }

    @Test func theDecisionCarriesTheEstimateOfBudgetEstimate() throws {
        let rates = try TemplateLoader.rateBook(folder: Fixture.template("rates"))
        for today in [Fixture.beforeDeadline, Fixture.afterDeadline] {
            let estimate = try database.budgetEstimate(session: Fixture.session, rates: rates, today: today)
            let file = try written(try papers(today: today).budgetDecision(try template(.budgetDecision), estimate: estimate), "qd.docx")
            expectDecree30Page(file.sections[0])
            let table = try #require(file.tables.first { $0.hasBorders })
            // Headings, the two parts with their lines, the total.
            #expect(table.rows.count == 1 + 1 + estimate.organiserItems.count + 1 + estimate.sendingUnitItems.count + 1)
            let lineAmounts = table.rows.indices.dropFirst().filter { Int(table.text($0, 0)) != nil }.map { table.text($0, 5) }
            #expect(lineAmounts == estimate.items.map { VietnameseNumber.grouped($0.amount) })
            let sum = lineAmounts.map { Int64($0.replacingOccurrences(of: ".", with: ""))! }.reduce(0, +)
            #expect(sum == estimate.total)
            let last = table.rows.count - 1
            #expect(table.text(last, 1) == "TỔNG CỘNG" && table.text(last, 2) == VietnameseNumber.grouped(estimate.total))
            #expect(file.text.contains("(Bằng chữ: \(try MoneyInWords.words(estimate.total)).)"))
            #expect(file.paragraphs.contains { $0.text.hasPrefix("Điều 1.") && $0.runs[0].bold })
            #expect(file.paragraphs.contains { $0.text.hasPrefix("Điều 3.") })
        }
    }
}
