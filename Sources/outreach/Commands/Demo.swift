import ArgumentParser
import Foundation
import OutreachCore
import OutreachExport
import OutreachStore

/// `outreach demo`: the Lào Cai 2022 session end to end, from the templates to the printed lists.
struct Demo: OutreachCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a fresh demo database from Templates/ (Lào Cai 2022) and write its exports.",
        discussion: """
            Imports the units, creates session LCI-2022-TDKT, invents a deterministic set of nominees
            (a few offices short, a few nominees unconfirmed), records their attendance on the day,
            and writes the sign-in sheet, nominee list and budget estimate.
            Only a database made by `outreach demo` is ever replaced.
            Example:
              outreach demo --db outreach.sqlite \\
                --templates Templates --exports exports
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "The templates folder.")
    var templates: String = "Templates"
    @Option(help: "The exports folder.")
    var exports: String = "exports"

    static let unitsFile = "units/lao-cai-2022.yaml"
    static let sessionFile = "sessions/lao-cai-2022-tdkt.yaml"
    static let peopleFile = "demo/people.yaml"
    static let ratesFolder = "rates"

    func execute(_ cli: CLI) throws(OutreachError) {
        let root = URL(fileURLWithPath: templates)
        let unitsPath = root.appendingPathComponent(Self.unitsFile).path
        let sessionPath = root.appendingPathComponent(Self.sessionFile).path
        let peoplePath = root.appendingPathComponent(Self.peopleFile).path
        // Read and check every template before touching any database.
        let unitList = try TemplateLoader.units(yaml: try TemplateLoader.readText(path: unitsPath), file: unitsPath)
        let sessionYAML = try TemplateLoader.readText(path: sessionPath)
        let people = try TemplateLoader.demoPeople(yaml: try TemplateLoader.readText(path: peoplePath), file: peoplePath)

        let path = cli.global.databasePath
        let session = try AppDatabase.buildDemo(at: path, from: DemoInput(
            units: unitList, unitsFile: unitsPath, sessionYAML: sessionYAML, sessionFile: sessionPath, people: people))

        let database = try AppDatabase.open(path: path)
        let signinPath = ExportFile.defaultPath(root: exports, session: session.code, name: "danh-sach-ky-ten.xlsx")
        let nomineesPath = ExportFile.defaultPath(root: exports, session: session.code, name: "danh-sach-dai-bieu.xlsx")
        let list = try database.nomineeList(session: session.code)
        try SignInSheet(list: list).write(to: signinPath)
        try NomineeListSheet(list: try database.nomineeList(session: session.code, includeEmptyGroups: true))
            .write(to: nomineesPath)

        let attendancePath = ExportFile.defaultPath(root: exports, session: session.code, name: "diem-danh.xlsx")
        try AttendanceSheet(
            report: try database.attendanceReport(session: session.code),
            list: try database.nomineeList(session: session.code, includeEmptyGroups: true),
            marks: try database.attendanceMarks(session: session.code)
        ).write(to: attendancePath)
        let budgetPath = ExportFile.defaultPath(root: exports, session: session.code, name: "du-toan.xlsx")
        let rates = try TemplateLoader.rateBook(folder: root.appendingPathComponent(Self.ratesFolder).path)
        let statement = try database.budgetStatement(session: session.code, rates: rates)
        try BudgetSheet(list: try database.nomineeList(session: session.code, includeEmptyGroups: true), statement: statement)
            .write(to: budgetPath)

        let cascadePath = ExportFile.defaultPath(root: exports, session: session.code, name: "tuyen-truyen-lai.xlsx")
        try CascadeSheet.build(
            database: database, tree: try database.cascadeTree(session: session.code, today: AppDatabase.demoCascadeDay)
        ).write(to: cascadePath)

        let statuses = try database.quotaStatus(session: session.code)
        let l = cli.lang
        cli.say(l.pick("Cơ sở dữ liệu demo: \(path)", "Demo database: \(path)"))
        cli.say(l.pick("Đợt \(session.code): \(session.title)", "Session \(session.code): \(session.title)"))
        let total = QuotaStatus.total(statuses)
        cli.say(l.pick(
            "  \(statuses.count) đơn vị, định mức \(total.required), đã cử \(total.nominated), đã xác nhận \(total.confirmed), còn thiếu \(total.missing)",
            "  \(statuses.count) offices, \(total.required) places, \(total.nominated) nominated, \(total.confirmed) confirmed, \(total.missing) missing"))
        let short = statuses.filter { $0.missing > 0 }
        if !short.isEmpty {
            cli.say(l.pick("  Đơn vị còn thiếu: ", "  Offices short: ")
                + short.map { "\($0.unit) (\($0.nominated)/\($0.required))" }.joined(separator: ", "))
        }
        let attendance = try database.attendanceReport(session: session.code).total
        let rate = attendance.rateAgainstQuota.map { VietnameseNumber.decimal($0, fractionDigits: 1) } ?? "–"
        cli.say(l.pick(
            "  Điểm danh (\(session.parts.count) buổi): có mặt \(attendance.present), muộn \(attendance.late), có phép \(attendance.excused), vắng \(attendance.absent); \(rate)% so với định mức",
            "  Attendance (\(session.parts.count) parts): \(attendance.present) present, \(attendance.late) late, \(attendance.excused) excused, \(attendance.absent) absent; \(rate)% of the quota"))
        cli.say(l.pick(
            "  Dự toán kinh phí: \(VietnameseNumber.grouped(statement.estimate.total)) đồng (đơn vị tổ chức \(VietnameseNumber.grouped(statement.estimate.organiserTotal)), đơn vị cử người \(VietnameseNumber.grouped(statement.estimate.sendingUnitTotal)))",
            "  Budget estimate: \(VietnameseNumber.grouped(statement.estimate.total)) đồng (organiser \(VietnameseNumber.grouped(statement.estimate.organiserTotal)), sending units \(VietnameseNumber.grouped(statement.estimate.sendingUnitTotal)))"))
        cli.say(l.pick("Đã ghi:", "Wrote:"))
        cli.say("  \(signinPath)")
        cli.say("  \(nomineesPath)")
        cli.say("  \(budgetPath)")
        cli.say("  \(attendancePath)")
        cli.say("  \(cascadePath)")
    }
}
