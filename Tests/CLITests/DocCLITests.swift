import Foundation
import OutreachCore
import OutreachStore
import TestSupport
import Testing

/// `outreach doc …` through the real binary: the files it writes, read back; what it refuses; the PDF LibreOffice
/// prints from them.
@Suite(.serialized) struct DocCLITests {
    let demo = DemoRun.shared
    static let code = "LCI-2022-TDKT"

    func documentPath(_ name: String, in exports: URL? = nil) -> String {
        (exports ?? demo.exports).appendingPathComponent("\(Self.code)/\(name)").path
    }

    @Test func theDemoWritesTheSessionsDocuments() throws {
        #expect(demo.result.status == 0, "\(demo.result.stderr)")
        for name in ["ke-hoach.docx", "giay-moi.docx", "giay-moi/PGD-BATXAT.docx", "quyet-dinh-du-toan.docx", "giay-chung-nhan.docx"] {
            #expect(FileManager.default.fileExists(atPath: documentPath(name)), "\(name)")
        }
        #expect(FileManager.default.fileExists(atPath: demo.exports.appendingPathComponent("LCU-2022-TDKT-CD/ke-hoach.docx").path))
        #expect(demo.result.stdout.contains("LCI-2022-TDKT/quyet-dinh-du-toan.docx"))
        let plan = try DocxFile(path: documentPath("ke-hoach.docx"))
        #expect(plan.paragraphs.contains { $0.text == "KẾ HOẠCH" })
        let yearly = try DocxFile(path: demo.exports.appendingPathComponent("LCU-2022-TDKT-CD/ke-hoach.docx").path)
        #expect(yearly.tables[0].text(1, 0).contains("298/KH-LĐLĐ"))
        let activities = try #require(yearly.tables.first { $0.hasBorders })
        #expect(activities.text(1, 0) == "QUÝ I")
        #expect(activities.rows.filter { Int($0[0].map(\.text).joined()) != nil }.count == 30)
    }

    @Test func certificatesGoToEveryoneWhoCameInTheSignInSheetsOrder() throws {
        let database = try AppDatabase.open(path: demo.database)
        let session = SessionCode(rawValue: Self.code)!
        let attendees = try #require(try database.attendees(session: session))
        let list = try database.nomineeList(session: session, includeEmptyGroups: true)
        let came = Set(attendees.people.map(\.nomination.id))
        let signInOrder = list.allRows.filter { came.contains($0.nomination.id) }.map(\.person.fullName)

        let file = try DocxFile(path: documentPath("giay-chung-nhan.docx"))
        #expect(file.sections.count == attendees.people.count)
        #expect(file.sections.allSatisfy { $0.landscape && millimetres($0.width) == 297 && $0.pageNumberRestart == 1 })
        let names = file.paragraphs.filter { $0.text.hasPrefix("Ông/Bà: ") }.map { String($0.text.dropFirst("Ông/Bà: ".count)) }
        #expect(names.count == attendees.people.count)
        #expect(Set(names) == Set(attendees.people.map(\.person.fullName)))
        // Those on the sign-in sheet in its order (anyone replaced after coming is placed with their office).
        #expect(names.filter { signInOrder.contains($0) } == signInOrder)
        #expect(file.paragraphs.filter { $0.text == "GIẤY CHỨNG NHẬN" }.allSatisfy { $0.isBold && $0.runs[0].size == 26 })
    }

    @Test func theDecisionsTotalIsBudgetEstimates() throws {
        let (folder, db) = try demo.copyOfDatabase()
        let estimate = try DemoRun.run(["budget", "estimate", Self.code, "--json"], db: db, today: "2022-05-10")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(estimate.stdout.utf8)) as? [String: Any])
        let total = try #require((json["total"] as? NSNumber)?.int64Value)
        let result = try DemoRun.run(["doc", "decision", Self.code, "--kind", "budget"], db: db, today: "2022-05-10")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Tổng cộng \(VietnameseNumber.grouped(total)) đồng"))
        let file = try DocxFile(path: documentPath("quyet-dinh-du-toan.docx", in: folder.appendingPathComponent("exports")))
        let table = try #require(file.tables.first { $0.hasBorders })
        #expect(table.text(table.rows.count - 1, 2) == VietnameseNumber.grouped(total))
        let words = try DemoRun.run(["money", "words", "\(total)"], db: db).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(file.text.contains("(Bằng chữ: \(words).)"), "\(words)")
    }

    @Test func invitationsOnePerOfficeAndAllInOneFile() throws {
        let (folder, db) = try demo.copyOfDatabase()
        // The server's address is checked as `access grant` checks it: a link that leads nowhere is refused
        // (exit 2) and nothing is written.
        for bad in ["x.vn", "ftp://x.vn", "https://x.vn/?ma=1", "https://x.vn/a b", "https://x.vn:99999", "https://x.vn/%zz",
                    "https://x.vn/\nX"] {
            let refused = try DemoRun.run(["doc", "invitation", Self.code, "--unit", "pgd-batxat", "-o", "bat-xat.docx", "--url", bad], db: db)
            #expect(refused.status == 2, "\(bad): \(refused.stderr)")
            #expect(refused.stderr.hasPrefix("lỗi: --url “\(bad.replacingOccurrences(of: "\n", with: "\\u{A}"))”"), "\(refused.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("bat-xat.docx").path))
        }
        let one = try DemoRun.run(["doc", "invitation", Self.code, "--unit", "pgd-batxat", "-o", "bat-xat.docx", "--url", "https://x.vn/"], db: db)
        #expect(one.status == 0, "\(one.stderr)")
        let batXat = try DocxFile(path: folder.appendingPathComponent("bat-xat.docx").path)
        #expect(batXat.paragraphs.contains { $0.text == "Kính gửi: Phòng Giáo dục và Đào tạo huyện Bát Xát" })
        #expect(batXat.text.contains("https://x.vn/dang-ky/LCI-2022-TDKT/PGD-BATXAT"))
        // The option's former name still works.
        let former = try DemoRun.run(["doc", "invitation", Self.code, "--unit", "pgd-batxat", "-o", "cu.docx", "--server", "https://y.vn"], db: db)
        #expect(former.status == 0, "\(former.stderr)")
        #expect(try DocxFile(path: folder.appendingPathComponent("cu.docx").path).text.contains("https://y.vn/dang-ky/LCI-2022-TDKT/PGD-BATXAT"))

        let all = try DemoRun.run(["doc", "invitation", Self.code], db: db)
        #expect(all.status == 0, "\(all.stderr)")
        let exports = folder.appendingPathComponent("exports/\(Self.code)")
        let quotas = try AppDatabase.open(path: db).quotas(session: SessionCode(rawValue: Self.code)!)
        let files = try FileManager.default.contentsOfDirectory(atPath: exports.appendingPathComponent("giay-moi").path)
        #expect(Set(files) == Set(quotas.map { "\($0.unit.rawValue).docx" }))
        let combined = try DocxFile(path: exports.appendingPathComponent("giay-moi.docx").path)
        #expect(combined.sections.count == quotas.count)
        #expect(combined.paragraphs.filter { $0.text.hasPrefix("Kính gửi: ") }.count == quotas.count)
    }

    @Test(arguments: [
        (["doc", "plan", "KHONG-CO"], Int32(3), "KHONG-CO"),
        (["doc", "invitation", code, "--unit", "KHONG-CO"], 3, "KHONG-CO"),
        (["doc", "invitation", code, "--unit", "PHONG-VANPHONG"], 1, "PHONG-VANPHONG"),
        (["doc", "invitation", code, "-o", "a.docx"], 2, "--unit"),
        (["doc", "decision", code, "--kind", "luong"], 2, "--kind"),
        (["doc", "plan", code, "-o", "ke-hoach.pdf"], 1, ".docx"),
        (["doc", "plan", code, "-o", "khong-co/ke-hoach.docx"], 5, "khong-co"),
        (["doc", "plan", code, "--documents", "khong-co"], 3, "--documents"),
    ])
    func badInputIsRefusedAndWritesNothing(arguments: [String], status: Int32, mention: String) throws {
        let (folder, db) = try demo.copyOfDatabase()
        let result = try DemoRun.run(arguments, db: db)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.contains(mention), "\(result.stderr)")
        // One line, except a usage error (2), which adds the command's usage as every usage error does.
        #expect(status == 2 || result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix("db.sqlite") }
        #expect(left.isEmpty, "\(left)")
    }

    @Test func messagesAreInEnglishWithLangEn() throws {
        let (_, db) = try demo.copyOfDatabase()
        let result = try DemoRun.run(["doc", "plan", Self.code, "-o", "x.pdf", "--lang", "en"], db: db)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: ") && result.stderr.contains("must end in .docx"), "\(result.stderr)")
    }

    @Test func aBrokenTemplateIsNamedWithItsLineAndNothingIsWritten() throws {
        let (folder, db) = try demo.copyOfDatabase()
        let documents = folder.appendingPathComponent("documents")
        try FileManager.default.copyItem(atPath: Fixture.template("documents"), toPath: documents.path)
        let invitation = documents.appendingPathComponent("giay-moi.md")
        var text = try String(contentsOf: invitation, encoding: .utf8)
        text += "Trân trọng {{khong_co}}.\n"
        try text.write(to: invitation, atomically: true, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let result = try DemoRun.run(["doc", "invitation", Self.code, "--documents", documents.path], db: db)
        #expect(result.status == 1)
        #expect(result.stderr.contains("giay-moi.md:\(lines): không có trường {{khong_co}}"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("exports/\(Self.code)/giay-moi.docx").path))
    }

    @Test func certificatesBeforeAnyAttendanceAreRefused() throws {
        let folder = try Fixture.temporaryDirectory()
        let db = folder.appendingPathComponent("t.sqlite").path
        for arguments in [["init"], ["units", "import", Fixture.template("units/lao-cai-2022.yaml")],
                          ["session", "create", "--template", Fixture.template("sessions/lao-cai-2022-tdkt.yaml")]] {
            let step = try DemoRun.run(arguments, db: db)
            #expect(step.status == 0, "\(step.stderr)")
        }
        let result = try DemoRun.run(["doc", "certificates", Self.code], db: db)
        #expect(result.status == 1)
        #expect(result.stderr.contains("chưa có ai được điểm danh"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("exports").path))
    }

    @Test func pdfWithoutLibreOfficeSaysHowAndWritesNothing() throws {
        let (folder, db) = try demo.copyOfDatabase()
        let result = try CLIRunner.run(
            ["doc", "plan", Self.code, "--pdf", "--db", db], in: folder,
            environment: ["OUTREACH_TODAY": "2022-05-01", "OUTREACH_SOFFICE": folder.appendingPathComponent("no-soffice").path])
        #expect(result.status == 5)
        #expect(result.stderr.contains("make pdf-deps"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("exports").path))
    }

    // MARK: - Printed by LibreOffice

    static let soffice: Bool = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
        .split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/soffice") }

    /// Pages and font names of a PDF, read from its objects.
    static func pdf(_ path: String) throws -> (pages: Int, fonts: Set<String>) {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        let pages = try Regex(#"/Type\s*/Page[^s]"#)
        let fonts = try Regex(#"/BaseFont\s*/(?:[A-Z]{6}\+)?([A-Za-z0-9-]+)"#)
        return (text.matches(of: pages).count,
                Set(text.matches(of: fonts).compactMap { $0.output[1].substring.map(String.init) }))
    }

    @Test(.enabled(if: soffice, "LibreOffice (soffice) is not installed: make test installs libreoffice-writer-nogui"))
    func everyDocumentPrintsToPDFInTimesOrItsMetricTwin() throws {
        let (folder, db) = try demo.copyOfDatabase()
        let exports = folder.appendingPathComponent("exports")
        let runs: [(arguments: [String], pdf: String, pages: ClosedRange<Int>)] = [
            (["doc", "plan", Self.code, "--pdf"], "\(Self.code)/ke-hoach.pdf", 2...3),
            (["doc", "invitation", Self.code, "--unit", "PGD-BATXAT", "--pdf"], "\(Self.code)/giay-moi/PGD-BATXAT.pdf", 1...1),
            (["doc", "decision", Self.code, "--kind", "budget", "--pdf"], "\(Self.code)/quyet-dinh-du-toan.pdf", 2...2),
            (["doc", "plan", "LCU-2022-TDKT-CD", "--pdf"], "LCU-2022-TDKT-CD/ke-hoach.pdf", 3...4),
        ]
        for run in runs {
            let result = try DemoRun.run(run.arguments, db: db, today: "2022-05-10")
            #expect(result.status == 0, "\(run.arguments): \(result.stderr)")
            #expect(result.stdout.contains(run.pdf), "\(result.stdout)")
            let pdf = try Self.pdf(exports.appendingPathComponent(run.pdf).path)
            #expect(run.pages.contains(pdf.pages), "\(run.pdf): \(pdf.pages) pages")
            #expect(!pdf.fonts.isEmpty && pdf.fonts.allSatisfy { $0.hasPrefix("LiberationSerif") || $0.hasPrefix("TimesNewRoman") },
                    "\(run.pdf): \(pdf.fonts)")
        }
        // One landscape page per certificate.
        let result = try DemoRun.run(["doc", "certificates", Self.code, "--pdf"], db: db, today: "2022-05-10")
        #expect(result.status == 0, "\(result.stderr)")
        let attendees = try #require(try AppDatabase.open(path: db).attendees(session: SessionCode(rawValue: Self.code)!))
        #expect(try Self.pdf(exports.appendingPathComponent("\(Self.code)/giay-chung-nhan.pdf").path).pages == attendees.people.count)
        // No temporary file or profile is left beside the documents.
        let hidden = try FileManager.default.subpathsOfDirectory(atPath: exports.path).filter { ($0 as NSString).lastPathComponent.hasPrefix(".") }
        #expect(hidden.isEmpty, "\(hidden)")
    }
}
