import ArgumentParser
import Foundation
import OutreachCore
import OutreachExport
import OutreachOperations
import OutreachStore

/// `outreach duty …`: reports on what units owe under a plan (registrations, periodic reports).
struct DutyGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duty",
        abstract: Help.text(
            vi: "Ghi nhận báo cáo theo nghĩa vụ của kế hoạch và nhắc các đơn vị việc sắp đến hạn.",
            en: "Record reports on plan duties and remind units of what falls due."),
        subcommands: [Report.self, Remind.self, SetDue.self])
}

extension DutyGroup {
    struct Report: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Ghi nhận một đơn vị đã đăng ký hoặc đã báo cáo theo một nghĩa vụ của kế hoạch; ghi lại để sửa.",
                en: "Record that a unit registered or reported for a plan duty; again to correct it."),
            discussion: Help.text(
                vi: """
                    DUTY là mã nghĩa vụ trong kế hoạch (dùng với --plan) hoặc số của nghĩa vụ (như
                    trong plan duties --json). --on là ngày báo cáo đến đơn vị nhận báo cáo: đúng
                    hoặc trước hạn là đúng hạn. --file dẫn chiếu tệp báo cáo: chỉ lưu đường dẫn và
                    mã SHA-256, không sao chép tệp. Báo cáo lần hai sửa lần một; cả hai đều được
                    giữ và nhật ký ghi lại thay đổi. Chính đơn vị, đơn vị nhận báo cáo hoặc một
                    đơn vị cấp trên được ghi.
                    Ví dụ:
                      outreach duty report LDLD-SINHO dang-ky-thi-dua --plan LCU-2022-TDKT-CD \\
                          --on 2022-01-25 \\
                        --file bao-cao/sinho-dang-ky.pdf --as LDLD-SINHO
                      outreach duty report LDLD-MUONGTE 5 --on 2022-02-02 --note "Gửi qua bưu điện"
                    """,
                en: """
                    DUTY is the duty's code in the plan (with --plan) or its number (as in plan
                    duties --json). --on is the day the report reached the office it is owed to: on
                    or before the due date is on time. --file cites the report's file: its path and
                    SHA-256 are kept, the file is not copied. A second report corrects the first;
                    both are kept and the audit log shows the change. The unit itself, the office it
                    reports to, or a unit above it may record.
                    Examples:
                      outreach duty report LDLD-SINHO dang-ky-thi-dua --plan LCU-2022-TDKT-CD \\
                          --on 2022-01-25 \\
                        --file bao-cao/sinho-dang-ky.pdf --as LDLD-SINHO
                      outreach duty report LDLD-MUONGTE 5 --on 2022-02-02 --note "Gửi qua bưu điện"
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Đơn vị có nghĩa vụ.", en: "The unit that owes the duty."))
        var unit: String
        @Argument(help: .text(
            vi: "Nghĩa vụ: mã trong kế hoạch (dùng với --plan), hoặc số của nghĩa vụ.",
            en: "The duty: its code in the plan (with --plan), or its number."))
        var duty: String
        @Option(help: .text(vi: "Kế hoạch có mã nghĩa vụ đó.", en: "The plan the duty code belongs to."))
        var plan: String?
        @Option(help: .text(
            vi: "Kỳ của nghĩa vụ định kỳ: 2022 (năm), 2022-H1 (6 tháng đầu năm), 2022-Q3 (quý), 2022-M05 (tháng).",
            en: "The period of a recurring duty: 2022 (year), 2022-H1 (first half), 2022-Q3 (quarter), 2022-M05 (month)."))
        var period: String?
        @Option(help: .text(
            vi: "Ngày nhận được báo cáo, DD/MM/YYYY hoặc YYYY-MM-DD.",
            en: "The day the report was received, DD/MM/YYYY or YYYY-MM-DD."))
        var on: String
        @Option(help: .text(
            vi: "Tệp báo cáo: chỉ ghi lại đường dẫn và mã SHA-256, không lưu tệp.",
            en: "The report's file: its path and SHA-256 are recorded, not the file."))
        var file: String?
        @Option(help: .text(vi: "Ghi chú kèm theo báo cáo.", en: "A note kept with the report."))
        var note: String?

        func validate() throws {
            _ = try parseDate(on, option: "--on")
            if plan == nil && Int64(duty) == nil {
                throw usageError(vi: "NHIỆM_VỤ là số nhiệm vụ, hoặc mã nhiệm vụ kèm --plan MÃ_KẾ_HOẠCH", en: "DUTY is a duty number, or a duty code with --plan PLAN")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let target: PlanDutyTarget
            if let plan {
                guard let code = Slug(rawValue: duty.lowercased()) else {
                    throw .invalidValue(field: "DUTY", value: duty, reason: LocalizedText(
                        vi: "không phải mã nhiệm vụ (chữ thường, số, gạch ngang)", en: "is not a duty code (a–z, 0–9, dashes)"))
                }
                target = .plan(try cli.planCode(plan), code, period: try DutyPeriodOption.parse(period))
            } else {
                target = .id(Int64(duty) ?? 0)
            }
            let (path, digest) = try EvidenceFile.cited(file)
            let day = try DateOption.required(on, option: "--on")
            let (line, previous) = try cli.database().reportPlanDuty(
                PlanDutyReportRequest(unit: try cli.unitCode(unit, field: "UNIT"), target: target, on: day, file: path,
                                      sha256: digest, note: note),
                context: try cli.context())
            if cli.json {
                return cli.printJSON(PlanDutyJSON(line, today: cli.global.todayDate, lang: cli.lang))
            }
            let l = cli.lang
            let verb = previous == nil ? l.pick("Đã ghi", "Recorded") : l.pick("Đã sửa", "Corrected")
            let file = digest.map { " – \(l.pick("tệp", "file")) \(path ?? "") (SHA-256 \($0.prefix(12))…)" } ?? ""
            let title = line.period.map { "\(line.title) (\(l.pick($0.vietnamese, $0.english)))" } ?? line.title
            cli.say("\(verb) " + l.pick(
                "báo cáo “\(title)” của \(line.duty.unit): nhận ngày \(VietnameseDate.numeric(day)), hạn \(VietnameseDate.numeric(line.duty.due)) – \(line.status.label(l))",
                "the report “\(title)” of \(line.duty.unit): received \(VietnameseDate.numeric(day)), due \(VietnameseDate.numeric(line.duty.due)) – \(line.status.label(l))") + file)
        }
    }

    struct Remind: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Các đơn vị có nghĩa vụ đến hạn trong N ngày tới hoặc đã quá hạn, kèm thông tin liên hệ, dạng CSV hoặc xlsx.",
                en: "Units whose plan duty falls due within N days or is overdue, with contacts, as CSV or xlsx."),
            discussion: Help.text(
                vi: """
                    Liệt kê mọi nghĩa vụ của kế hoạch chưa hoàn thành vào ngày --today mà đến hạn
                    trong --before ngày tới, đã quá hạn hoặc không báo cáo, theo thứ tự kế hoạch
                    rồi thứ tự hành chính. In ra CSV (UTF-8 có BOM), trừ khi -o ghi tên tệp .csv
                    hoặc .xlsx. Tệp xlsx có bảng để trộn thư ("Nhắc báo cáo") và một trang để in
                    ("Bản in"): phần tiêu đề, mỗi nghĩa vụ một khối, phần chữ ký.
                    Ví dụ:
                      outreach duty remind LCU-2022-TDKT-CD --before 10 --today 2022-06-01 \\
                          -o exports/nhac-bao-cao.xlsx
                      outreach duty remind LCU-2022-TDKT-CD --before 7 > nhac.csv
                    """,
                en: """
                    Lists every duty of the plan not done on --today that is due within --before
                    days, overdue or missing, plan order then administrative order. Prints CSV
                    (UTF-8 with a byte-order mark) unless -o names a .csv or .xlsx file. The xlsx
                    holds the mail-merge table ("Nhắc báo cáo") and a sheet to print ("Bản in"): the
                    header, one block per duty owed, the signatures.
                    Examples:
                      outreach duty remind LCU-2022-TDKT-CD --before 10 --today 2022-06-01 \\
                          -o exports/nhac-bao-cao.xlsx
                      outreach duty remind LCU-2022-TDKT-CD --before 7 > nhac.csv
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã kế hoạch.", en: "The plan code."))
        var plan: String
        @Option(help: .text(
            vi: "Số ngày tới: liệt kê các nghĩa vụ đến hạn trong chừng ấy ngày (0 = chỉ các nghĩa vụ quá hạn và đến hạn hôm nay).",
            en: "Days ahead: duties due within this many days are listed (0 = only overdue and due today)."))
        var before: Int = 7
        @Option(name: [.customShort("o"), .long], help: .text(
            vi: "Ghi ra tệp FILE.csv hoặc FILE.xlsx thay vì in CSV ra màn hình.",
            en: "Write to FILE.csv or FILE.xlsx instead of printing CSV."))
        var output: String?

        func validate() throws {
            if !(0...366).contains(before) { throw usageError(vi: "--before phải từ 0 đến 366 ngày", en: "--before must be 0 to 366 days") }
            if let output, !(output.lowercased().hasSuffix(".csv") || output.lowercased().hasSuffix(".xlsx")) {
                throw usageError(vi: "-o phải là tệp .csv hoặc .xlsx", en: "-o must name a .csv or .xlsx file")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.planCode(plan)
            let today = cli.global.todayDate
            let database = try cli.database()
            let reminders = try database.planReminders(code, today: today, within: before)
            var sheet = ReminderSheet(session: SessionCode(rawValue: code.rawValue) ?? SessionCode(rawValue: "PLAN")!,
                                      today: today, reminders: reminders)
            sheet.scopeHeading = "Nhiệm vụ"
            sheet.title = "Danh sách đơn vị cần nhắc báo cáo – kế hoạch \(code)"
            let plan = try database.plan(code)
            let units = UnitTree(try database.units())
            sheet.issuer = units[plan.template.issuer]
            sheet.parentBody = sheet.issuer?.parent.flatMap { units[$0] }
            sheet.place = plan.template.place
            sheet.printTitle = "DANH SÁCH ĐƠN VỊ CẦN NHẮC BÁO CÁO"
            sheet.subject = "\(plan.template.title) (kế hoạch \(code))"
            try cli.deliver(sheet, to: output, counted: ("duties", "nhiệm vụ", "duties"))
        }
    }
}

extension DutyGroup {
    struct SetDue: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-due",
            abstract: Help.text(
                vi: "Đặt hoặc đổi hạn của một kỳ của nghĩa vụ định kỳ (do đơn vị ban hành kế hoạch quyết định).",
                en: "Set or change the due date of one period of a recurring duty (the plan's issuer decides)."),
            discussion: Help.text(
                vi: """
                    Hạn mới áp dụng cho mọi đơn vị có nghĩa vụ trong kỳ đó; tình trạng các báo cáo
                    được tính lại theo hạn mới. Không đổi được khi đã có báo cáo của kỳ được xác
                    nhận. Nhật ký ghi hạn cũ và hạn mới.
                    Ví dụ:
                      outreach duty set-due LCU-2021-628 bao-cao-nam --period 2022 \\
                        --due 2023-01-10 --as LDLD-LCU
                    """,
                en: """
                    The new date holds for every unit that owes the duty for that period; reports
                    are judged on it again. Not once a report of the period has been accepted. The
                    audit log keeps the old and the new date.
                    Example:
                      outreach duty set-due LCU-2021-628 bao-cao-nam --period 2022 \\
                        --due 2023-01-10 --as LDLD-LCU
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã kế hoạch.", en: "The plan code."))
        var plan: String
        @Argument(help: .text(vi: "Mã nghĩa vụ định kỳ trong kế hoạch.", en: "The recurring duty's code in the plan."))
        var duty: String
        @Option(help: .text(
            vi: "Kỳ: 2022 (năm), 2022-H1 (6 tháng đầu năm), 2022-Q3 (quý), 2022-M05 (tháng).",
            en: "The period: 2022 (year), 2022-H1 (first half), 2022-Q3 (quarter), 2022-M05 (month)."))
        var period: String
        @Option(help: .text(vi: "Hạn mới, DD/MM/YYYY hoặc YYYY-MM-DD.", en: "The new due date, DD/MM/YYYY or YYYY-MM-DD."))
        var due: String

        func validate() throws {
            _ = try parseDate(due, option: "--due")
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            guard let code = Slug(rawValue: duty.lowercased()) else {
                throw .invalidValue(field: "DUTY", value: duty, reason: LocalizedText(
                    vi: "không phải mã nhiệm vụ (chữ thường, số, gạch ngang)", en: "is not a duty code (a–z, 0–9, dashes)"))
            }
            guard let period = try DutyPeriodOption.parse(period) else { return }
            let day = try DateOption.required(due, option: "--due")
            let result = try cli.database().setPlanDutyDue(plan: try cli.planCode(plan), duty: code, period: period, due: day,
                                                           context: try cli.context())
            if cli.json {
                return cli.printJSON(["plan": plan, "duty": code.rawValue, "period": period.code,
                                      "previous": result.previous.iso, "due": result.due.iso, "duties": "\(result.duties)"])
            }
            let l = cli.lang
            cli.say(l.pick(
                "Đã đặt hạn “\(code)” kỳ \(period.vietnamese): \(VietnameseDate.numeric(result.due)) (trước là \(VietnameseDate.numeric(result.previous)); \(result.duties) đơn vị)",
                "Set the due date of “\(code)” for the \(period.english): \(VietnameseDate.numeric(result.due)) (was \(VietnameseDate.numeric(result.previous)); \(result.duties) units)"))
        }
    }
}

/// `--period` of a recurring duty: a period code, checked.
enum DutyPeriodOption {
    static func parse(_ raw: String?) throws(OutreachError) -> DutyPeriod? {
        guard let raw else { return nil }
        guard let period = DutyPeriod(code: raw.trimmingCharacters(in: .whitespaces)) else {
            throw .invalidInput(.period, value: raw, reason: LocalizedText(
                vi: "không phải một kỳ (2022, 2022-H1, 2022-Q3, 2022-M05)",
                en: "is not a period (2022, 2022-H1, 2022-Q3, 2022-M05)"))
        }
        return period
    }
}

/// One unit's plan duty as `--json` prints it.
struct PlanDutyJSON: Encodable {
    var id: Int64
    var plan: String
    var duty: String
    var kind: String
    var title: String
    var unit: String
    var unitName: String
    /// The bloc that owes the duty (its chair, `unit`, acts for it), if a bloc owes it.
    var bloc: String?
    /// The period a recurring duty covers (`2022-H1`) and in words ("6 tháng đầu năm 2022").
    var period: String?
    var periodName: String?
    var owedTo: String
    /// Where the report goes as the plan says: units, departments, bodies outside the unit tree.
    var sendTo: [String]
    var due: String
    var status: String
    var received: String?
    var daysLate: Int
    var file: String?
    var sha256: String?
    var note: String?
    var reports: Int

    /// `unitName` is who owes it in the language asked for: for a bloc, "Khối … (thường trực: …)" or
    /// "Khối … (standing member: …)".
    init(_ line: PlanDutyLine, today: CalendarDate, lang: Language) {
        id = line.duty.id
        plan = line.duty.scope
        period = line.period?.code
        periodName = line.period?.vietnamese
        duty = line.code.rawValue
        kind = line.duty.kind.rawValue
        title = line.title
        unit = line.duty.unit.rawValue
        unitName = lang.pick(line.owner.vi, line.owner.en)
        bloc = line.bloc?.rawValue
        owedTo = line.duty.owedTo.rawValue
        sendTo = line.recipients
        due = line.duty.due.iso
        status = line.status.rawValue
        received = line.report?.report.done.iso
        daysLate = line.daysLate(today: today)
        file = line.report?.file
        sha256 = line.report?.sha256
        note = line.report?.report.note
        reports = line.reportCount
    }
}

extension ExportGroup {
    struct DutiesExport: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "duties",
            abstract: Help.text(
                vi: "Bảng theo dõi báo cáo của kế hoạch: mỗi đơn vị và nghĩa vụ một dòng, tỷ lệ hoàn thành và đúng hạn theo nghĩa vụ và theo khối.",
                en: "The plan's report-back tracker: one row per unit and duty, completeness and timeliness per duty and bloc."),
            discussion: Help.text(
                vi: """
                    Tình trạng tính đến ngày --today, đánh dấu bằng màu; các số liệu là công thức.
                    Biểu đồ so sánh các nghĩa vụ.
                    Ví dụ (ghi tệp exports/LCU-2022-TDKT-CD/theo-doi-bao-cao.xlsx):
                      outreach export duties LCU-2022-TDKT-CD --today 2022-12-31
                    """,
                en: """
                    Status as of --today, marked in colour; the figures are live formulas. A chart
                    compares the duties.
                    Example (writes exports/LCU-2022-TDKT-CD/theo-doi-bao-cao.xlsx):
                      outreach export duties LCU-2022-TDKT-CD --today 2022-12-31
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã kế hoạch.", en: "The plan code."))
        var plan: String
        @OptionGroup var output: OutputOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.planCode(plan)
            let database = try cli.database()
            let path = try output.path(folder: code.rawValue, name: Exports.Name.duties)
            let lines = try Exports.duties(database, plan: code, today: cli.global.todayDate, to: path)
            let done = lines.filter(\.status.isDone).count
            if cli.json { return cli.printJSON(["path": path, "duties": "\(lines.count)", "reported": "\(done)"]) }
            cli.say(cli.lang.pick("Đã ghi \(path) (\(lines.count) nhiệm vụ, \(done) đã báo cáo)",
                                  "Wrote \(path) (\(lines.count) duties, \(done) reported)"))
        }
    }
}

/// A file a report or a plan activity cites as its evidence: its full path and its SHA-256, never a copy.
enum EvidenceFile {
    static func cited(_ file: String?) throws(OutreachError) -> (path: String?, sha256: String?) {
        guard let file else { return (nil, nil) }
        let url = URL(fileURLWithPath: file).standardizedFileURL
        guard let data = FileManager.default.contents(atPath: url.path) else {
            if FileManager.default.fileExists(atPath: url.path) {
                throw .file(path: file, reason: LocalizedText(vi: "không đọc được", en: "cannot be read"))
            }
            throw .fileNotFound(file)
        }
        return (url.path, SHA256.hex(data))
    }
}
