import ArgumentParser
import Foundation
import OutreachCore
import OutreachExport
import OutreachOperations
import OutreachStore

/// `outreach export …`: print-ready workbooks.
struct ExportGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: Help.text(
            vi: "Xuất các bảng tính sẵn để in (khổ A4, phông Times New Roman, dòng tiêu đề lặp lại ở mỗi trang).",
            en: "Write print-ready workbooks (A4, Times New Roman, header row on every page)."),
        subcommands: [
            SignIn.self, Nominees.self, Form.self, Attendance.self, BudgetExport.self, Payment.self, CascadeExport.self,
            PlanExport.self, DutiesExport.self, BlocExport.self,
        ])
}

/// Where an export goes: `-o FILE`, or the default name under `--exports DIR`.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .long], help: .text(
        vi: "Tệp cần ghi, hoặc thư mục kết thúc bằng / (mặc định: exports/<MÃ-ĐỢT>/<tên>.xlsx).",
        en: "The file to write (default: exports/<SESSION>/<name>.xlsx)."))
    var output: String?
    @Option(help: .text(
        vi: "Thư mục xuất dùng cho đường dẫn mặc định.",
        en: "The exports folder for the default path."))
    var exports: String = "exports"

    /// The file to write: `-o FILE`, the default name inside `-o FOLDER/`, or `exports/<SESSION>/<name>`.
    func path(session: SessionCode, name: String) throws(OutreachError) -> String {
        try path(folder: session.rawValue, name: name)
    }

    /// The file to write: `-o FILE`, the default name inside `-o FOLDER/`, or `exports/<folder>/<name>`.
    func path(folder: String, name: String) throws(OutreachError) -> String {
        guard let output else { return ExportFile.defaultPath(root: exports, folder: folder, name: name) }
        return try OutputPath.given(output, name: name, fileExtension: "xlsx")
    }
}

extension ExportGroup {
    struct SignIn: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "signin",
            abstract: Help.text(
                vi: "Danh sách ký tên: mọi đại biểu đã đăng ký, theo đơn vị cử, có cột ký tên.",
                en: "The sign-in sheet: everyone nominated, by sending office, with a column to sign."),
            discussion: Help.text(
                vi: """
                    Người được xếp theo tên, rồi đến họ và tên đệm (theo bảng chữ cái tiếng Việt);
                    đơn vị theo thứ tự định mức của đợt và của tệp danh sách đơn vị. Đợt có nhiều
                    buổi được một trang tính cho mỗi buổi ("Sáng 10-05", "Chiều 10-05"), ghi ở tiêu
                    đề.
                    Ví dụ (ghi tệp exports/LCI-2022-TDKT/danh-sach-ky-ten.xlsx):
                      outreach export signin LCI-2022-TDKT
                    """,
                en: """
                    People are ordered by given name, then family and middle names (Vietnamese
                    alphabet); offices in the order of the session's quotas and the units file. A
                    session of several half-days gets a sheet per half-day ("Sáng 10-05", "Chiều
                    10-05"), named in its heading.
                    Example (writes exports/LCI-2022-TDKT/danh-sach-ky-ten.xlsx):
                      outreach export signin LCI-2022-TDKT
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Flag(help: .text(
            vi: "Một danh sách đánh số liền, không chia theo đơn vị.",
            en: "One numbered list, without office headings."))
        var flat = Exports.SignInOptions.standard.flat
        @Option(name: .customLong("blank-rows"), help: .text(
            vi: "Số dòng trống có đánh số ở cuối danh sách, cho người đến thêm.",
            en: "Empty numbered rows at the end for extra participants."))
        var blankRows: Int = Exports.SignInOptions.standard.blankRows
        @Option(name: .customLong("name-order"), help: .text(
            vi: "Cách xếp khi trùng tên: given-family (tên, rồi họ và tên đệm) hoặc given-middle (tên, rồi tên đệm, rồi họ).",
            en: "Tie-break after the given name: given-family or given-middle."))
        var nameOrder: NameOrder = Exports.SignInOptions.standard.nameOrder
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard (0...200).contains(blankRows) else { throw usageError(vi: "--blank-rows phải từ 0 đến 200", en: "--blank-rows must be 0…200") }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            // With OUTREACH_PHASES=1, when the list is read and ordered and when the file is closed (Benchmarks/export.sh).
            let clock = PhaseClock()
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let path = try output.path(session: code, name: Exports.Name.signIn)
            let people = try Exports.signIn(
                database, session: code, options: .init(flat: flat, blankRows: blankRows, nameOrder: nameOrder),
                visibleTo: cli.principal, to: path,
                afterRead: { clock.mark("read") })
            clock.mark("write")
            cli.report(path: path, people: people)
        }
    }

    struct Nominees: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Danh sách đại biểu: định mức của từng đơn vị (phải cử, đã đăng ký, đã xác nhận, còn thiếu) và những người được cử.",
                en: "The nominee list: each office's quota (required, nominated, confirmed, missing) and its people."),
            discussion: Help.text(
                vi: """
                    Ví dụ (ghi tệp exports/LCI-2022-TDKT/danh-sach-dai-bieu.xlsx):
                      outreach export nominees LCI-2022-TDKT
                    """,
                en: """
                    Example (writes exports/LCI-2022-TDKT/danh-sach-dai-bieu.xlsx):
                      outreach export nominees LCI-2022-TDKT
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @OptionGroup var output: OutputOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let path = try output.path(session: code, name: Exports.Name.nominees)
            cli.report(path: path, people: try Exports.nominees(database, session: code, visibleTo: cli.principal, to: path))
        }
    }
}

extension ExportGroup {
    struct Form: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Phiếu đăng ký: mỗi đơn vị được mời một tệp, mỗi chỗ trong định mức một dòng, để điền và gửi lại.",
                en: "Nomination forms: one workbook per invited office, one row per quota place, to fill and send back."),
            discussion: Help.text(
                vi: """
                    Mỗi phiếu ghi sẵn những người đơn vị đã đăng ký; các ô nhập liệu được kiểm tra
                    (danh sách chọn vai trò theo từng chỗ, giới tính, năm sinh, điện thoại), các ô
                    khác đều bị khóa. Một trang tính ẩn ghi đợt, đơn vị và chỗ của từng dòng để
                    nhập lại sau này.
                    Ví dụ (ghi exports/LCI-2022-TDKT/forms/<ĐƠN-VỊ>.xlsx, rồi phieu/<ĐƠN-VỊ>.xlsx,
                    rồi một tệp):
                      outreach export form LCI-2022-TDKT
                      outreach export form LCI-2022-TDKT -o phieu/
                      outreach export form LCI-2022-TDKT --unit PGD-BATXAT -o phieu-bat-xat.xlsx
                    """,
                en: """
                    Each form is prefilled with who the office has already nominated; input cells
                    are validated (role dropdown per place, gender, birth year, phone) and
                    everything else is protected. A hidden sheet records the session, the office and
                    each row's slot for the later import.
                    Examples (write exports/LCI-2022-TDKT/forms/<UNIT>.xlsx, then phieu/<UNIT>.xlsx,
                    then one file):
                      outreach export form LCI-2022-TDKT
                      outreach export form LCI-2022-TDKT -o phieu/
                      outreach export form LCI-2022-TDKT --unit PGD-BATXAT -o phieu-bat-xat.xlsx
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Option(help: .text(
            vi: "Chỉ xuất phiếu của đơn vị này (mặc định: mọi đơn vị được mời).",
            en: "Only this office's form (default: every invited office)."))
        var unit: String?
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if unit == nil, let file = output.output, file.lowercased().hasSuffix(".xlsx") {
                throw usageError(vi: "-o TỆP ghi một phiếu: thêm --unit MÃ_ĐƠN_VỊ, hoặc ghi một thư mục kết thúc bằng /", en: "-o FILE writes one form: add --unit CODE, or give a folder ending in /")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let only = try unit.map { raw throws(OutreachError) in try database.unit(try cli.unitCode(raw)).code }
            let paths = try Exports.forms(database, session: code, only: only, visibleTo: cli.principal) { unit throws(OutreachError) in
                // The default folder keeps forms apart (exports/CODE/forms/); a folder the user names gets them directly.
                let name = Exports.Name.form(unit)
                return try output.path(session: code, name: output.output == nil ? "\(Exports.Name.formsFolder)/\(name)" : name)
            }
            if cli.json { return cli.printJSON(["paths": paths]) }
            if paths.count <= 3 {
                for path in paths { cli.say(cli.lang.pick("Đã ghi \(path)", "Wrote \(path)")) }
            } else {
                let folder = (paths[0] as NSString).deletingLastPathComponent
                cli.say(cli.lang.pick("Đã ghi \(paths.count) phiếu đăng ký vào \(folder)/",
                                      "Wrote \(paths.count) nomination forms into \(folder)/"))
            }
        }
    }
}

extension ExportGroup {
    struct BudgetExport: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "budget",
            abstract: Help.text(
                vi: "Dự toán kinh phí, kèm các cột quyết toán khi đã ghi số thực chi.",
                en: "The budget estimate (dự toán), with the settlement columns once actuals are recorded."),
            discussion: Help.text(
                vi: """
                    Một trang tổng hợp (các dòng của đơn vị tổ chức, các dòng của đơn vị cử, tổng
                    cộng bằng công thức, tổng số tiền bằng chữ, ba người ký), sau đó mỗi đơn vị cử
                    một trang ghi phần đơn vị đó chi.
                    Ví dụ (ghi tệp exports/LCI-2022-TDKT/du-toan.xlsx):
                      outreach export budget LCI-2022-TDKT
                    """,
                en: """
                    A summary sheet (organiser's lines, sending units' lines, totals as formulas,
                    total in words, three signers), then one sheet per sending office with what it
                    pays.
                    Example (writes exports/LCI-2022-TDKT/du-toan.xlsx):
                      outreach export budget LCI-2022-TDKT
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @OptionGroup var rates: RatesOption
        @OptionGroup var output: OutputOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let book = try rates.book()
            let path = try output.path(session: code, name: Exports.Name.budget)
            let statement = try Exports.budget(
                database, session: code, rates: book, today: cli.global.todayDate, visibleTo: cli.principal, to: path)
            cli.warnUncertainRates(statement.estimate)
            if cli.json { return cli.printJSON(["path": path, "total": "\(statement.estimate.total)"]) }
            cli.say(cli.lang.pick(
                "Đã ghi \(path) (tổng cộng \(VietnameseNumber.grouped(statement.estimate.total)) đồng)",
                "Wrote \(path) (total \(VietnameseNumber.grouped(statement.estimate.total)) đồng)"))
        }
    }

    struct Payment: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Danh sách chi tiền cho một dòng dự toán tính theo người, có cột ký nhận.",
                en: "A payment list (danh sách chi tiền) for a per-person budget line, with a column to sign."),
            discussion: Help.text(
                vi: """
                    Khi đã có điểm danh: những người thực tế đến dự (có mặt hoặc đến muộn, kể cả
                    người đến không đăng ký trước), với dòng chi theo ngày thì mỗi người được chi
                    theo số ngày có mặt. Trước đó là danh sách dự kiến, tiêu đề "(DỰ KIẾN)": các
                    đại biểu đã xác nhận (mọi người đã đăng ký nếu chưa ai được xác nhận) cho mọi
                    ngày. Tiền phòng nghỉ chỉ chi cho các đơn vị thuộc diện được chi theo quy định
                    về khoảng cách của đợt. Xếp theo đơn vị và theo thứ tự tên tiếng Việt; tổng
                    cộng bằng công thức và bằng chữ.
                    Ví dụ (ghi tệp exports/LCI-2022-TDKT/danh-sach-chi-tai-lieu.xlsx):
                      outreach export payment LCI-2022-TDKT --line tai-lieu
                    """,
                en: """
                    Once attendance is recorded: the people who came (present or late, walk-ins
                    included), each paid for the days they came on a per-day line. Before that, a
                    forecast titled "(DỰ KIẾN)": the confirmed nominees (everyone nominated while
                    nobody is confirmed) for every day. Lodging is paid only to the offices the
                    session's distance rule pays. By office and Vietnamese name order; the total as
                    a formula and in words.
                    Example (writes exports/LCI-2022-TDKT/danh-sach-chi-tai-lieu.xlsx):
                      outreach export payment LCI-2022-TDKT --line tai-lieu
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Option(help: .text(
            vi: "Mã dòng dự toán được chi, ví dụ phu-cap-luu-tru.",
            en: "The budget line paid, e.g. phu-cap-luu-tru."))
        var line: String
        @OptionGroup var rates: RatesOption
        @OptionGroup var output: OutputOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            guard let lineCode = Slug(rawValue: line.lowercased()) else {
                throw .invalidValue(field: "--line", value: line, reason: LocalizedText(
                    vi: "không phải mã dòng dự toán (chữ thường, gạch ngang)", en: "is not a budget line code (a–z, dashes)"))
            }
            let database = try cli.database()
            let book = try rates.book()
            let path = try output.path(session: code, name: Exports.Name.payment(lineCode))
            let sheet = try Exports.payment(
                database, session: code, line: lineCode, rates: book, today: cli.global.todayDate, visibleTo: cli.principal,
                to: path)
            if cli.json {
                return cli.printJSON([
                    "path": path, "people": "\(sheet.people.count)", "total": "\(sheet.total)",
                    "basis": sheet.isForecast ? "forecast" : "attendance",
                ])
            }
            cli.report(path: path, people: sheet.people.count)
            cli.say(cli.lang.pick(
                "Tổng cộng \(VietnameseNumber.grouped(sheet.total)) đồng, " + (sheet.isForecast
                    ? "dự kiến (chưa có điểm danh)" : "theo số người thực tế tham dự (điểm danh)"),
                "Total \(VietnameseNumber.grouped(sheet.total)) đồng, " + (sheet.isForecast
                    ? "a forecast (no attendance recorded yet)" : "for the people who came (attendance)")))
        }
    }
}

extension ExportGroup {
    struct Attendance: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Bảng tính điểm danh: tổng hợp theo đơn vị kèm tỷ lệ, điểm danh của từng người và biểu đồ.",
                en: "The attendance workbook: a summary per office with rates, everyone's marks, a chart."),
            discussion: Help.text(
                vi: """
                    Đơn vị có tỷ lệ tham dự dưới --threshold định mức được tô đỏ, đơn vị không có
                    ai đến được tô xám.
                    Ví dụ (ghi tệp exports/LCI-2022-TDKT/diem-danh.xlsx):
                      outreach export attendance LCI-2022-TDKT
                    """,
                en: """
                    Offices below --threshold of their quota are marked red, offices nobody came
                    from grey.
                    Example (writes exports/LCI-2022-TDKT/diem-danh.xlsx):
                      outreach export attendance LCI-2022-TDKT
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Option(help: .text(
            vi: "Tỷ lệ tham dự (phần trăm định mức) mà đơn vị thấp hơn sẽ bị tô màu.",
            en: "The attendance rate (percent of the quota) below which an office is marked."))
        var threshold: Double = Exports.attendanceThreshold * 100
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard (0...100).contains(threshold) else { throw usageError(vi: "--threshold phải từ 0 đến 100", en: "--threshold must be 0…100") }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let path = try output.path(session: code, name: Exports.Name.attendance)
            let people = try Exports.attendance(
                database, session: code, threshold: threshold / 100, today: cli.global.todayDate, visibleTo: cli.principal,
                to: path)
            cli.report(path: path, people: people)
        }
    }
}

extension CLI {
    /// Who reads: the unit of `--as`, or the database's operator. A read shows only what it may see (the same
    /// `Authority` rules as the server's pages), or is refused (exit 6) where the whole paper is out of its reach.
    var principal: Principal { Principal(global.actingUnit) }

    /// Refuses (exit 6, `Authority`'s `viewSession`) a unit of `--as` that may see no office of the session: a
    /// list of nothing would read as "nobody nominated".
    func requireSomeOffice(_ code: SessionCode, what: LocalizedText) throws(OutreachError) {
        guard principal != .databaseOperator, try database().quotaStatus(session: code, visibleTo: principal).isEmpty
        else { return }
        try database().authorizeWholeSession(code, what: what, visibleTo: principal)
    }

    /// Tells the user which file was written.
    func report(path: String, people: Int) {
        if json { return printJSON(["path": path, "people": "\(people)"]) }
        say(lang.pick("Đã ghi \(path) (\(people) người)", "Wrote \(path) (\(people) people)"))
    }
}
