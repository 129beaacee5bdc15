import ArgumentParser
import Foundation
import OutreachCore
import OutreachDocuments
import OutreachOperations
import OutreachStore

/// `outreach doc …`: the session's own documents as Decree 30 Word files (and PDF with --pdf).
struct DocGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doc",
        abstract: Help.text(
            vi: "Soạn các văn bản của đợt dưới dạng tệp Word: kế hoạch, giấy mời, quyết định dự toán, giấy chứng nhận.",
            en: "Write a session's documents as Word files: plan, invitations, budget decision, certificates."),
        discussion: Help.text(
            vi: """
                Câu chữ lấy từ Templates/documents/ (các văn bản ghi ở mục `documents:` của đợt;
                cách viết xem Templates/README.md, mục "Documents"), số liệu lấy từ cơ sở dữ
                liệu, thể thức theo Nghị định 30/2020/NĐ-CP.
                Ví dụ (ghi vào exports/LCI-2022-TDKT/):
                  outreach doc plan LCI-2022-TDKT
                  outreach doc invitation LCI-2022-TDKT --unit PGD-BATXAT
                  outreach doc decision LCI-2022-TDKT --kind budget
                  outreach doc certificates LCI-2022-TDKT --pdf
                """,
            en: """
                The wording comes from Templates/documents/ (the texts the session's
                `documents:` names; format in Templates/README.md, "Documents"), the facts from
                the database, the layout from Decree 30/2020.
                Examples (write into exports/LCI-2022-TDKT/):
                  outreach doc plan LCI-2022-TDKT
                  outreach doc invitation LCI-2022-TDKT --unit PGD-BATXAT
                  outreach doc decision LCI-2022-TDKT --kind budget
                  outreach doc certificates LCI-2022-TDKT --pdf
                """),
        subcommands: [PlanDoc.self, InvitationDoc.self, DecisionDoc.self, CertificatesDoc.self])
}

/// Where a document goes and how: `-o FILE.docx`, `--exports DIR`, the templates folder, `--pdf`.
struct DocOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .long], help: .text(
        vi: "Tệp cần ghi (mặc định: exports/<ĐỢT>/<tên>.docx), hoặc một thư mục kết thúc bằng /.",
        en: "The file to write (default: exports/<SESSION>/<name>.docx), or a folder ending in /."))
    var output: String?
    @Option(help: .text(vi: "Thư mục xuất cho đường dẫn mặc định.", en: "The exports folder for the default path."))
    var exports: String = "exports"
    @Option(name: .customLong("documents"), help: .text(
        vi: "Thư mục câu chữ văn bản (mặc định: Templates/documents trong thư mục hiện tại, nếu không có thì của dự án đã dựng chương trình outreach).",
        en: "The folder of document texts (default: Templates/documents in the current folder, else that of the project the outreach binary was built in)."))
    var documents: String?
    @Flag(help: .text(
        vi: "Ghi thêm bản PDF bên cạnh, in bằng LibreOffice (không giao diện).",
        en: "Also write the PDF beside it, printed by LibreOffice (headless)."))
    var pdf = false

    /// The file to write: `-o FILE.docx`, the default name inside `-o FOLDER/`, or `exports/<folder>/<name>` (its
    /// folder made when the document is written).
    func path(folder: String, name: String) throws(OutreachError) -> String {
        guard let output else {
            return ((exports as NSString).appendingPathComponent(folder) as NSString).appendingPathComponent(name)
        }
        return try OutputPath.given(output, name: (name as NSString).lastPathComponent, fileExtension: "docx")
    }

    /// The folder of document texts: the one given, `Templates/documents` here, or the project's beside the binary.
    func folder() throws(OutreachError) -> String {
        try TemplatesFolder.resolve(documents, relative: "Templates/documents", option: "--documents")
    }

    /// Checks for LibreOffice before anything is written, so `--pdf` without it changes nothing.
    func checkPDF() throws(OutreachError) {
        guard pdf, PDFConverter.soffice() == nil else { return }
        throw .file(path: "soffice", reason: LocalizedText(
            vi: "--pdf cần LibreOffice: cài bằng “make pdf-deps” (hoặc “apt-get install libreoffice-writer-nogui”), hoặc bỏ --pdf",
            en: "--pdf needs LibreOffice: install it with “make pdf-deps” (or “apt-get install libreoffice-writer-nogui”), or leave out --pdf"))
    }

    /// The documents written, each followed by its PDF with `--pdf` (printed now); returns the paths.
    func finish(_ written: [String]) throws(OutreachError) -> [String] {
        guard pdf else { return written }
        var paths: [String] = []
        for path in written {
            try PDFConverter.convert(path)
            paths += [path, (path as NSString).deletingPathExtension + ".pdf"]
        }
        return paths
    }
}

extension CLI {
    func reportDocuments(_ paths: [String], count: Int? = nil) {
        if json { return printJSON(["paths": paths]) }
        for path in paths { say(lang.pick("Đã ghi \(path)", "Wrote \(path)")) }
        if let count { say(lang.pick("(\(count) trang văn bản)", "(\(count) documents)")) }
    }
}

extension DocGroup {
    struct PlanDoc: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: Help.text(
                vi: "Kế hoạch: của một đợt, theo bố cục văn bản mẫu 004, hoặc kế hoạch năm như đã ban hành.",
                en: "The plan (kế hoạch): a session's, as seed 004 lays it out, or a yearly plan as issued."),
            discussion: Help.text(
                vi: """
                    Với một đợt: căn cứ, mục đích, nội dung, thời gian và địa điểm, thành phần tham
                    dự của từng loại đơn vị (từ định mức), kinh phí (từ bên chi trong dự toán), phân
                    công, nơi nhận và người ký.
                    Ví dụ (ghi exports/<MÃ>/ke-hoach.docx):
                      outreach doc plan LCI-2022-TDKT
                      outreach doc plan LCU-2022-TDKT-CD
                    """,
                en: """
                    For a session: legal basis, purpose, content, time and venue, who attends from
                    each kind of office (from the quotas), funding (from the budget's payers),
                    duties, recipients and the signer.
                    Examples (write exports/<CODE>/ke-hoach.docx):
                      outreach doc plan LCI-2022-TDKT
                      outreach doc plan LCU-2022-TDKT-CD
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(
            vi: "Mã đợt, hoặc mã của một kế hoạch năm (plan import).",
            en: "The session code, or the code of a yearly plan (plan import)."))
        var code: String
        @OptionGroup var options: DocOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            try options.checkPDF()
            let database = try cli.database()
            let folder = try options.folder()
            guard let sessionCode = SessionCode(rawValue: code.uppercased()) else { throw .unknownSession(code) }
            let path = try options.path(folder: sessionCode.rawValue, name: Exports.Name.planDocument)
            try Exports.planDocument(database, code: code, documents: folder, today: cli.global.todayDate, to: path)
            cli.reportDocuments(try options.finish([path]))
        }
    }

    struct InvitationDoc: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "invitation",
            abstract: Help.text(
                vi: "Giấy mời: mỗi đơn vị được mời một tệp, và tất cả trong một tệp để in.",
                en: "Invitations (giấy mời): one per invited office, and all of them in one file to print."),
            discussion: Help.text(
                vi: """
                    Mỗi giấy ghi đơn vị (Kính gửi), số chỗ theo vai trò, hạn đăng ký và cách trả
                    lời: phiếu đăng ký của đơn vị (export form) và, khi có --server hoặc
                    $OUTREACH_SERVER_URL, đường dẫn đăng nhập của đơn vị.
                    Ví dụ (ghi exports/LCI-2022-TDKT/giay-moi/<ĐƠN-VỊ>.docx và giay-moi.docx):
                      outreach doc invitation LCI-2022-TDKT
                      outreach doc invitation LCI-2022-TDKT --unit PGD-BATXAT -o bat-xat.docx
                    """,
                en: """
                    Each names the office (Kính gửi), its places by role, the deadline and how to
                    answer: its nomination form (export form) and, with --server or
                    $OUTREACH_SERVER_URL, its sign-in link.
                    Examples (write exports/LCI-2022-TDKT/giay-moi/<UNIT>.docx and giay-moi.docx):
                      outreach doc invitation LCI-2022-TDKT
                      outreach doc invitation LCI-2022-TDKT --unit PGD-BATXAT -o bat-xat.docx
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã đợt.", en: "The session code."))
        var session: String
        @Option(help: .text(
            vi: "Chỉ giấy mời của đơn vị này (mặc định: mọi đơn vị được mời).",
            en: "Only this office's invitation (default: every invited office)."))
        var unit: String?
        @Option(help: .text(
            vi: "Địa chỉ máy chủ, để ghi đường dẫn đăng nhập của từng đơn vị (mặc định: $OUTREACH_SERVER_URL).",
            en: "The server's address, for each office's sign-in link (default: $OUTREACH_SERVER_URL)."))
        var server: String?
        @OptionGroup var options: DocOptions

        func validate() throws {
            if unit == nil, let file = options.output, file.lowercased().hasSuffix(".docx") {
                throw usageError(vi: "-o TỆP ghi một giấy mời: thêm --unit MÃ_ĐƠN_VỊ, hoặc ghi một thư mục kết thúc bằng /",
                                 en: "-o FILE writes one invitation: add --unit CODE, or give a folder ending in /")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            try options.checkPDF()
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let only = try unit.map { raw throws(OutreachError) in try database.unit(try cli.unitCode(raw)).code }
            let base = server ?? ProcessInfo.processInfo.environment["OUTREACH_SERVER_URL"].flatMap { $0.isEmpty ? nil : $0 }
            let documents = try options.folder()
            let written = try Exports.invitations(
                database, session: code, only: only, link: base, documents: documents, today: cli.global.todayDate
            ) { name throws(OutreachError) in try options.path(folder: code.rawValue, name: name) }
            let paths = try options.finish(written.paths)
            if cli.json || paths.count <= 4 { return cli.reportDocuments(paths) }
            let folder = (paths[0] as NSString).deletingLastPathComponent
            cli.say(cli.lang.pick("Đã ghi \(written.count) giấy mời vào \(folder)/", "Wrote \(written.count) invitations into \(folder)/"))
            for path in paths.suffix(options.pdf ? 2 : 1) { cli.say(cli.lang.pick("Đã ghi \(path)", "Wrote \(path)")) }
        }
    }

    struct DecisionDoc: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "decision",
            abstract: Help.text(
                vi: "Quyết định; --kind budget phê duyệt dự toán, kèm bảng dự toán.",
                en: "A decision (quyết định); --kind budget approves the estimate, with it as a table."),
            discussion: Help.text(
                vi: """
                    Dự toán, tổng số và số tiền bằng chữ đúng như `budget estimate` vào ngày
                    --today.
                    Ví dụ (ghi exports/LCI-2022-TDKT/quyet-dinh-du-toan.docx):
                      outreach doc decision LCI-2022-TDKT --kind budget
                    """,
                en: """
                    The estimate, its total and the amount in words are those of `budget estimate`
                    on --today.
                    Example (writes exports/LCI-2022-TDKT/quyet-dinh-du-toan.docx):
                      outreach doc decision LCI-2022-TDKT --kind budget
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã đợt.", en: "The session code."))
        var session: String
        @Option(help: .text(
            vi: "Quyết định về việc gì: budget (dự toán).", en: "What the decision decides: budget (the estimate)."))
        var kind: String = "budget"
        @OptionGroup var rates: RatesOption
        @OptionGroup var options: DocOptions

        func validate() throws {
            guard kind == "budget" else {
                throw usageError(vi: "--kind phải là budget (quyết định phê duyệt dự toán), không phải “\(kind)”",
                                 en: "--kind must be budget (the decision approving the estimate), not “\(kind)”")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            try options.checkPDF()
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let book = try rates.book()
            let documents = try options.folder()
            let path = try options.path(folder: code.rawValue, name: Exports.Name.decision)
            let estimate = try Exports.decision(
                database, session: code, rates: book, documents: documents, today: cli.global.todayDate, to: path)
            let paths = try options.finish([path])
            if cli.json { return cli.printJSON(["paths": paths, "total": ["\(estimate.total)"]]) }
            cli.reportDocuments(paths)
            cli.say(cli.lang.pick("Tổng cộng \(VietnameseNumber.grouped(estimate.total)) đồng",
                                  "Total \(VietnameseNumber.grouped(estimate.total)) đồng"))
        }
    }

    struct CertificatesDoc: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "certificates",
            abstract: Help.text(
                vi: "Giấy chứng nhận cho mọi người đã tham dự, mỗi người một trang khổ ngang.",
                en: "Certificates (giấy chứng nhận) for everyone who came, one landscape page each."),
            discussion: Help.text(
                vi: """
                    Mọi người có mặt hoặc đến muộn ít nhất một buổi (kể cả người đến không đăng ký
                    trước), theo thứ tự của danh sách ký tên. Cần có điểm danh (attendance mark /
                    import).
                    Ví dụ (ghi exports/LCI-2022-TDKT/giay-chung-nhan.docx):
                      outreach doc certificates LCI-2022-TDKT
                    """,
                en: """
                    Everyone marked present or late at one half-day or more (walk-ins included), in
                    the sign-in sheet's order. Needs the attendance (attendance mark / import).
                    Example (writes exports/LCI-2022-TDKT/giay-chung-nhan.docx):
                      outreach doc certificates LCI-2022-TDKT
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã đợt.", en: "The session code."))
        var session: String
        @OptionGroup var options: DocOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            try options.checkPDF()
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let documents = try options.folder()
            let path = try options.path(folder: code.rawValue, name: Exports.Name.certificates)
            let count = try Exports.certificates(database, session: code, documents: documents, today: cli.global.todayDate, to: path)
            let paths = try options.finish([path])
            if cli.json { return cli.printJSON(["paths": paths, "people": ["\(count)"]]) }
            cli.reportDocuments(paths)
            cli.say(cli.lang.pick("\(count) giấy chứng nhận", "\(count) certificates"))
        }
    }
}

/// The demo's documents (`outreach demo`): the plan, the invitations, the decision and the certificates of the
/// demo session, and the yearly plan, written with the same calls as `doc …`.
enum DemoDocuments {
    static func write(
        database: AppDatabase, session code: SessionCode, plan planCode: UnitCode, exports: String, documents: String,
        rates: RateBook, day: CalendarDate
    ) throws(OutreachError) -> [String] {
        let units = UnitTree(try database.units())
        func papers(_ today: CalendarDate) throws(OutreachError) -> SessionPapers {
            SessionPapers(list: try database.nomineeList(session: code, includeEmptyGroups: true),
                          quotas: try database.quotas(session: code), units: units, today: today)
        }
        func path(_ folder: String, _ name: String) -> String {
            ((exports as NSString).appendingPathComponent(folder) as NSString).appendingPathComponent(name)
        }
        var paths: [String] = []
        let onDay = try papers(day)
        let plan = path(code.rawValue, "ke-hoach.docx")
        try DocxWriter.write(try onDay.plan(try DocumentTemplate.load(name: onDay.templateName(.plan), folder: documents)), to: plan)
        paths.append(plan)
        // The invitations go out with the plan, dated as it is.
        let invited = try papers(onDay.list.session.plan?.date ?? day)
        let invitations = try invited.invitations(try DocumentTemplate.load(name: invited.templateName(.invitation), folder: documents))
        let folder = path(code.rawValue, "giay-moi")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .file(path: folder, reason: LocalizedText(vi: "không tạo được thư mục", en: "cannot create the folder"))
        }
        for invitation in invitations {
            try DocxWriter.write(DocxDocument(title: "Giấy mời – \(invitation.unit.name)", sections: [invitation.section]),
                                 to: (folder as NSString).appendingPathComponent("\(invitation.unit.code.rawValue).docx"))
        }
        let all = path(code.rawValue, "giay-moi.docx")
        try DocxWriter.write(DocxDocument(title: "Giấy mời", sections: invitations.map(\.section)), to: all)
        paths += [folder + "/ (\(invitations.count))", all]
        let decision = path(code.rawValue, "quyet-dinh-du-toan.docx")
        try DocxWriter.write(try onDay.budgetDecision(
            try DocumentTemplate.load(name: onDay.templateName(.budgetDecision), folder: documents),
            estimate: try database.budgetEstimate(session: code, rates: rates, today: day)), to: decision)
        paths.append(decision)
        if let attendees = try database.attendees(session: code, asOf: day) {
            let certificates = path(code.rawValue, "giay-chung-nhan.docx")
            try DocxWriter.write(try onDay.certificates(
                try DocumentTemplate.load(name: onDay.templateName(.certificate), folder: documents), attendees: attendees),
                to: certificates)
            paths.append(certificates)
        }
        let resolved = try database.plan(planCode)
        if let issuer = units[resolved.template.issuer] {
            let yearly = path(planCode.rawValue, "ke-hoach.docx")
            try DocxWriter.write(try YearPlanPaper(plan: resolved, issuer: issuer, parentBody: issuer.parent.flatMap { units[$0] },
                                                   units: units)
                .document(try DocumentTemplate.load(name: YearPlanPaper.templateName, folder: documents)), to: yearly)
            paths.append(yearly)
        }
        return paths
    }
}
