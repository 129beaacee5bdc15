import Foundation
import ArgumentParser
import OutreachCore
import OutreachDocuments
import OutreachExport
import OutreachOperations
import OutreachStore

extension PlanSheet {
    /// The *Nơi nhận* of the plan as issued, from its document text (`Templates/documents/ke-hoach-nam.md`), as
    /// the Word plan prints them; nil (the sheet's own default) when the texts cannot be found.
    static func issuedRecipients() -> [String]? {
        Exports.issuedRecipients(documents: documentsFolder())
    }

    /// The folder of document texts the command line finds (`Templates/documents` here, else the project's).
    static func documentsFolder() -> String? {
        try? TemplatesFolder.resolve(nil, relative: "Templates/documents", option: "--documents")
    }
}

/// `outreach plan …`: yearly plans of activities, with the duties units owe by a date.
struct PlanGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: Help.text(
            vi: "Nạp và xem kế hoạch năm (hoạt động theo quý, nghĩa vụ báo cáo, khối thi đua).",
            en: "Load yearly plans (activities by quarter, report-back duties, blocs) and show them."),
        subcommands: [Import.self, List.self, Show.self, Duties.self, Eligible.self, Done.self, Progress.self])
}

extension PlanGroup {
    struct Import: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Nạp tệp kế hoạch (YAML); các đơn vị của kế hoạch được chốt theo hiện trạng hôm nay.",
                en: "Load a plan file (YAML); its units are fixed as they are today."),
            discussion: Help.text(
                vi: """
                    Nhập các đơn vị của kế hoạch trước (outreach units import …). Nạp lại cùng một
                    tệp thì không thay đổi gì; kế hoạch đã sửa thì cần mã mới. Xem
                    Templates/README.md, mục "Plans".
                    Ví dụ:
                      outreach units import Templates/units/lai-chau-ldld-2022.yaml
                      outreach plan import Templates/plans/lai-chau-2022-tdkt.yaml
                    """,
                en: """
                    Import the plan's units first (outreach units import …). Loading the same file
                    again changes nothing; a changed plan needs a new code. See Templates/README.md,
                    "Plans".
                    Example:
                      outreach units import Templates/units/lai-chau-ldld-2022.yaml
                      outreach plan import Templates/plans/lai-chau-2022-tdkt.yaml
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Tệp kế hoạch.", en: "The plan file."))
        var file: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let yaml = try TemplateLoader.readText(path: file)
            let (plan, outcome) = try cli.database().importPlan(yaml: yaml, file: file, context: try cli.context())
            let template = plan.template
            if cli.json {
                return cli.printJSON([
                    "code": template.code.rawValue, "outcome": outcome.rawValue,
                    "activities": "\(template.activities.count)", "duties": "\(template.duties.count)",
                    "blocs": "\(template.blocs.count)",
                ])
            }
            let counts = cli.lang.pick(
                "\(template.activities.count) hoạt động, \(template.duties.count) nhiệm vụ báo cáo, \(template.blocs.count) khối thi đua",
                "\(template.activities.count) activities, \(template.duties.count) duties, \(template.blocs.count) blocs")
            switch outcome {
            case .inserted:
                cli.say(cli.lang.pick("Đã nạp kế hoạch \(template.code): \(counts).",
                                      "Loaded plan \(template.code): \(counts)."))
            case .unchanged:
                cli.say(cli.lang.pick("Kế hoạch \(template.code) đã có, không thay đổi.",
                                      "Plan \(template.code) is already loaded; nothing changed."))
            }
        }
    }

    struct List: OutreachCommand {
        static let configuration = CommandConfiguration(abstract: Help.text(
            vi: "Danh sách kế hoạch, năm mới nhất trước.",
            en: "List plans, newest year first."))

        @OptionGroup var global: GlobalOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let plans = try cli.database().plans()
            if cli.json { return cli.printJSON(plans.map(PlanJSON.init)) }
            var table = Table(cli.lang.pick(["Mã", "Năm", "Tên", "Hoạt động", "Nhiệm vụ"],
                                            ["Code", "Year", "Title", "Activities", "Duties"]))
            for plan in plans {
                let template = plan.template
                table.add([template.code.rawValue, "\(template.year)", template.title,
                           "\(template.activities.count)", "\(template.duties.count)"])
            }
            cli.say(table.render())
        }
    }

    struct Show: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Xem một kế hoạch: hoạt động theo quý, các nghĩa vụ và thời hạn, điều kiện khen thưởng và các khối thi đua.",
                en: "Show a plan: its activities by quarter, the duties with their deadlines, the award rule and blocs."),
            discussion: Help.text(
                vi: "Ví dụ: outreach plan show LCU-2022-TDKT-CD",
                en: "Example: outreach plan show LCU-2022-TDKT-CD"))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã kế hoạch.", en: "The plan code."))
        var code: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let plan = try cli.database().plan(try cli.planCode(code))
            if cli.json { return cli.printJSON(PlanJSON(plan)) }
            let l = cli.lang
            let template = plan.template
            var lines = ["\(template.code)  \(l.pick("Kế hoạch", "Plan")) \(template.title)"]
            if let document = template.document {
                let number = document.number.map { "\(l.pick("Số", "No.")) \($0)" }
                let date = document.date.map(VietnameseDate.numeric)
                lines.append("  " + [number, date, document.signer].compactMap { $0 }.joined(separator: ", "))
            }
            for (quarter, activities) in plan.activitiesByQuarter {
                lines.append("  \(l.pick("Quý", "Quarter")) \(RomanNumeral.of(quarter))")
                lines += activities.map { activity in
                    let session = activity.session.map { " [\(l.pick("đợt", "session")) \($0)]" } ?? ""
                    return "    \(activity.number). \(activity.content) — \(activity.responsible)\(session)"
                }
            }
            if !template.duties.isEmpty {
                lines.append("  \(l.pick("Nhiệm vụ báo cáo", "Duties"))")
                for (duty, owing) in zip(template.duties, plan.owing) {
                    let owers = duty.owedByBlocs.isEmpty
                        ? l.pick("\(owing.count) đơn vị", "\(owing.count) units")
                        : l.pick("khối ", "bloc ") + duty.owedByBlocs.map(\.rawValue).joined(separator: ", ")
                    let recipients = duty.sendTo.map { $0.name(units: { _ in nil }, plan: template) }
                    // A recurring duty: its periods and their days as the file sets them.
                    let due = duty.recurs.map { recurs in
                        l.pick("định kỳ \(recurs.every.vietnameseName)", "every \(recurs.every.rawValue)") + " ("
                            + recurs.schedule.map { "\($0.period.code) \($0.due.map(VietnameseDate.numeric) ?? "…")" }
                                .joined(separator: ", ") + ")"
                    } ?? "\(l.pick("hạn", "due")) \(VietnameseDate.numeric(duty.due))"
                    lines.append("    \(duty.code): \(duty.title), \(due), "
                                 + owers + (recipients.isEmpty ? "" : l.pick(", gửi ", ", to ") + recipients.joined(separator: "; ")))
                }
            }
            if let rule = template.awardRule {
                lines.append("  \(l.pick("Điều kiện khen thưởng", "Award rule")): "
                             + rule.requires.map(\.rawValue).joined(separator: ", ")
                             + " (\(rule.reading.label.text(l)))")
            }
            for (bloc, members) in zip(template.blocs, plan.blocMembers) {
                lines.append("  \(l.pick("Khối", "Bloc")) \(bloc.code): \(bloc.name), "
                             + l.pick("khối trưởng \(bloc.chair), \(members.count) thành viên",
                                      "chair \(bloc.chair), \(members.count) members"))
            }
            cli.say(lines.joined(separator: "\n"))
        }
    }
}

extension PlanGroup {
    struct Duties: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Mỗi đơn vị phải làm gì theo kế hoạch, hạn đến khi nào, và tình trạng vào ngày --today.",
                en: "What each unit owes under a plan, by when, and where it stands on --today."),
            discussion: Help.text(
                vi: """
                    Mỗi đơn vị và mỗi nghĩa vụ một dòng, theo thứ tự trong kế hoạch rồi theo thứ
                    tự hành chính. Tình trạng: Chưa đến hạn (chưa báo cáo, chưa đến hạn), Đúng hạn
                    (nhận đúng hoặc trước hạn), Trễ hạn (nhận sau hạn), Quá hạn (chưa nhận, trong
                    30 ngày sau hạn), Không báo cáo (quá thời gian đó). Báo cáo ghi sau ngày
                    --today thì không được tính.
                    Ví dụ:
                      outreach plan duties LCU-2022-TDKT-CD --today 2022-07-01
                      outreach plan duties LCU-2022-TDKT-CD --unit LDLD-SINHO --json
                    """,
                en: """
                    One line per unit and duty, in plan order then administrative order. Status: due
                    (not yet reported, due date not passed), on time (received on or before the due
                    date), late (received after it), overdue (not received, up to 30 days after the
                    due date), missing (later still). A report recorded after --today is not seen.
                    Examples:
                      outreach plan duties LCU-2022-TDKT-CD --today 2022-07-01
                      outreach plan duties LCU-2022-TDKT-CD --unit LDLD-SINHO --json
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã kế hoạch.", en: "The plan code."))
        var plan: String
        @Option(help: .text(vi: "Chỉ các nghĩa vụ của đơn vị này.", en: "Only this unit's duties."))
        var unit: String?

        func execute(_ cli: CLI) throws(OutreachError) {
            let today = cli.global.todayDate
            let unitCode = try unit.map { raw throws(OutreachError) in try cli.unitCode(raw) }
            let (_, lines) = try cli.database().planDuties(try cli.planCode(plan), today: today, unit: unitCode)
            if cli.json { return cli.printJSON(lines.map { PlanDutyJSON($0, today: today, lang: cli.lang) }) }
            let l = cli.lang
            // A column for the period only when a duty of the plan recurs.
            let periods = lines.contains { $0.period != nil }
            var headings = l.pick(["Số", "Nhiệm vụ", "Đơn vị", "Hạn", "Ngày nhận", "Tình trạng", "Tệp"],
                                  ["No.", "Duty", "Unit", "Due", "Received", "Status", "File"])
            if periods { headings.insert(l.pick("Kỳ", "Period"), at: 2) }
            var table = Table(headings)
            for line in lines {
                let owner = line.bloc.map { "\($0) (\(line.duty.unit))" } ?? line.duty.unit.rawValue
                var cells = ["\(line.duty.id)", line.code.rawValue, owner, VietnameseDate.numeric(line.duty.due),
                             line.report.map { VietnameseDate.numeric($0.report.done) } ?? "", line.status.label(l),
                             line.report?.file.map { URL(fileURLWithPath: $0).lastPathComponent } ?? ""]
                if periods { cells.insert(line.period.map { l.pick($0.vietnamese, $0.english) } ?? "", at: 2) }
                table.add(cells)
            }
            cli.say(table.render())
            var sentTo: [String] = []
            for line in lines where !line.recipients.isEmpty && !sentTo.contains(where: { $0.hasPrefix("  \(line.code): ") }) {
                sentTo.append("  \(line.code): " + line.recipients.joined(separator: "; "))
            }
            if !sentTo.isEmpty { cli.say(l.pick("Gửi đến:", "Sent to:") + "\n" + sentTo.joined(separator: "\n")) }
            let done = lines.filter(\.status.isDone).count
            let onTime = lines.filter { $0.status == .onTime }.count
            cli.say(l.pick("\(done)/\(lines.count) đã báo cáo, \(onTime) đúng hạn (ngày xem: \(VietnameseDate.numeric(today)))",
                           "\(done)/\(lines.count) reported, \(onTime) on time (as of \(VietnameseDate.numeric(today)))"))
        }
    }

    struct Eligible: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Điều kiện khen thưởng của kế hoạch: các đơn vị được xét khen thưởng, và lý do các đơn vị còn lại không được xét.",
                en: "The plan's award rule: units that may be considered for awards, and why the others may not."),
            discussion: Help.text(
                vi: """
                    Một đơn vị được xét khi đã làm mọi nghĩa vụ mà điều kiện yêu cầu (đăng ký thi
                    đua, phát động thi đua) tính đến ngày --today. Theo văn bản (mặc định), làm
                    muộn vẫn được tính; nếu tệp kế hoạch ghi on_time: true (đọc chặt) thì phải
                    làm đúng hạn. Mỗi đơn vị được ghi căn cứ: nghĩa vụ nào, làm ngày nào hoặc
                    chưa làm, theo cách đọc nào.
                    Ví dụ:
                      outreach plan eligible LCU-2022-TDKT-CD --today 2022-12-31
                    """,
                en: """
                    A unit is eligible when it has done every duty the rule requires (registering,
                    launching emulation) as of --today. As written (the default) a late one counts;
                    when the plan file says on_time: true (the stricter reading) it must be on time.
                    Each unit shows its grounds: which duty, done when or not done, under which
                    reading.
                    Example:
                      outreach plan eligible LCU-2022-TDKT-CD --today 2022-12-31
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã kế hoạch.", en: "The plan code."))
        var plan: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let (_, rule, units) = try cli.database().awardEligibility(try cli.planCode(plan), today: cli.global.todayDate)
            let l = cli.lang
            let reading = rule.reading
            if cli.json {
                struct Check: Encodable {
                    var duty: String
                    var kind: String
                    var due: String
                    var done: String?
                    var status: String
                    var passes: Bool
                    var text: String
                }
                struct Line: Encodable {
                    var unit: String
                    var unitName: String
                    var eligible: Bool
                    var reading: String
                    var reasons: [String]
                    var checks: [Check]
                }
                return cli.printJSON(units.map {
                    Line(unit: $0.unit.rawValue, unitName: $0.unitName, eligible: $0.eligible, reading: reading.rawValue,
                         reasons: $0.reasons.map { $0.text(l) },
                         checks: $0.checks.map {
                             Check(duty: $0.duty.rawValue, kind: $0.kind.rawValue, due: $0.due.iso, done: $0.done?.iso,
                                   status: $0.status.rawValue, passes: $0.passes, text: $0.text.text(l))
                         })
                })
            }
            var table = Table(l.pick(["Đơn vị", "Tên", "Xét khen thưởng", "Căn cứ"], ["Unit", "Name", "Eligible", "Grounds"]))
            for unit in units {
                table.add([unit.unit.rawValue, unit.unitName, unit.eligible ? l.pick("Được xét", "yes") : l.pick("Không xét", "no"),
                           unit.checks.map { $0.text.text(l) }.joined(separator: "; ")])
            }
            cli.say(table.render())
            let count = units.filter(\.eligible).count
            let required = rule.requires.map(\.rawValue).joined(separator: ", ")
            cli.say(l.pick("\(count)/\(units.count) đơn vị được xét khen thưởng (điều kiện: \(required); \(reading.label.vi))",
                           "\(count)/\(units.count) units may be considered (requires: \(required); \(reading.label.en))"))
        }
    }
}

extension PlanGroup {
    struct Done: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Ghi một hoạt động của kế hoạch đã thực hiện vào một ngày, kèm tệp minh chứng (do đơn vị ban hành kế hoạch ghi).",
                en: "Mark a plan's activity done on a day, with a file as evidence (the plan's issuer)."),
            discussion: Help.text(
                vi: """
                    SỐ là số thứ tự của hoạt động trong kế hoạch (cột TT). --file dẫn chiếu tệp
                    minh chứng: chỉ lưu đường dẫn và mã SHA-256, không sao chép tệp. Ghi lần hai là
                    sửa lần một; cả hai đều được giữ trong nhật ký.
                    Ví dụ:
                      outreach plan done LCU-2022-TDKT-CD 2 --on 2022-03-20 --file bien-ban.pdf \\
                          --as LDLD-LCU
                    """,
                en: """
                    NUMBER is the activity's number in the plan (the TT column). --file cites the
                    evidence: its path and SHA-256 are kept, the file is not copied. A second mark
                    corrects the first; both stay in the audit log.
                    Example:
                      outreach plan done LCU-2022-TDKT-CD 2 --on 2022-03-20 --file bien-ban.pdf \\
                          --as LDLD-LCU
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã kế hoạch.", en: "The plan code."))
        var plan: String
        @Argument(help: .text(vi: "Số thứ tự của hoạt động (cột TT).", en: "The activity's number (the TT column)."))
        var number: Int
        @Option(help: .text(vi: "Ngày thực hiện (YYYY-MM-DD hoặc DD/MM/YYYY).", en: "The day it was done (YYYY-MM-DD or DD/MM/YYYY)."))
        var on: String
        @Option(help: .text(
            vi: "Tệp minh chứng: chỉ ghi lại đường dẫn và mã SHA-256, không lưu tệp.",
            en: "The evidence file: its path and SHA-256 are recorded, not the file."))
        var file: String?
        @Option(help: .text(vi: "Ghi chú.", en: "A note."))
        var note: String?

        func validate() throws {
            _ = try parseDate(on, option: "--on")
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let (path, digest) = try EvidenceFile.cited(file)
            let day = try DateOption.required(on, option: "--on")
            let (activity, mark, previous) = try cli.database().markActivityDone(
                ActivityDoneRequest(plan: try cli.planCode(plan), number: number, on: day, file: path, sha256: digest, note: note),
                context: try cli.context())
            if cli.json {
                return cli.printJSON(["number": "\(activity.number)", "quarter": "\(activity.quarter)", "on": mark.done.iso,
                                      "file": mark.file ?? "", "sha256": mark.sha256 ?? "",
                                      "corrected": previous == nil ? "false" : "true"])
            }
            let l = cli.lang
            let evidence = mark.sha256.map { " – \(l.pick("tệp", "file")) \(mark.file ?? "") (SHA-256 \($0.prefix(12))…)" } ?? ""
            cli.say(l.pick("Hoạt động \(activity.number) (quý \(RomanNumeral.of(activity.quarter))) đã thực hiện ngày \(VietnameseDate.numeric(mark.done))",
                           "Activity \(activity.number) (quarter \(RomanNumeral.of(activity.quarter))) done on \(VietnameseDate.numeric(mark.done))")
                    + evidence + (previous.map { l.pick(" (sửa lần ghi ngày \(VietnameseDate.numeric($0.done)))",
                                                       " (corrects the mark of \(VietnameseDate.numeric($0.done)))") } ?? ""))
        }
    }

    struct Progress: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Tiến độ thực hiện kế hoạch theo quý: số hoạt động đã làm, làm sau quý, chưa làm khi quý đã qua.",
                en: "A plan's progress per quarter: activities done, done after the quarter, not done once it is over."),
            discussion: Help.text(
                vi: "Ví dụ: outreach plan progress LCU-2022-TDKT-CD --today 2022-12-20",
                en: "Example: outreach plan progress LCU-2022-TDKT-CD --today 2022-12-20"))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã kế hoạch.", en: "The plan code."))
        var plan: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let (_, quarters) = try cli.database().planProgress(try cli.planCode(plan), today: cli.global.todayDate)
            if cli.json {
                struct Activity: Encodable {
                    var number: Int
                    var done: String?
                    var file: String?
                    var sha256: String?
                }
                struct Quarter: Encodable {
                    var quarter: Int
                    var total: Int
                    var done: Int
                    var doneLate: Int
                    var overdue: Int
                    var activities: [Activity]
                }
                return cli.printJSON(quarters.map { q in
                    Quarter(quarter: q.quarter, total: q.total, done: q.done, doneLate: q.doneLate, overdue: q.overdue,
                            activities: q.activities.map {
                                Activity(number: $0.number, done: $0.mark?.done.iso, file: $0.mark?.file, sha256: $0.mark?.sha256)
                            })
                })
            }
            let l = cli.lang
            var table = Table(l.pick(["Quý", "Hoạt động", "Đã làm", "Làm sau quý", "Chưa làm (quý đã qua)", "Chưa làm: số"],
                                     ["Quarter", "Activities", "Done", "Done after", "Not done (over)", "Not done: numbers"]))
            for q in quarters {
                table.add([RomanNumeral.of(q.quarter), "\(q.total)", "\(q.done)", "\(q.doneLate)", "\(q.overdue)",
                           q.activities.filter { $0.mark == nil }.map { "\($0.number)" }.joined(separator: ", ")])
            }
            cli.say(table.render())
            let done = quarters.map(\.done).reduce(0, +), total = quarters.map(\.total).reduce(0, +)
            cli.say(l.pick("\(done)/\(total) hoạt động đã thực hiện (ngày xem: \(VietnameseDate.numeric(cli.global.todayDate)))",
                           "\(done)/\(total) activities done (as of \(VietnameseDate.numeric(cli.global.todayDate)))"))
        }
    }
}

/// A plan as `--json` prints it.
struct PlanJSON: Encodable {
    struct Activity: Encodable {
        var number: Int
        var quarter: Int
        var content: String
        var responsible: String
        var units: [String]
        /// The session of this toolkit that carries the activity out, if the plan links one.
        var session: String?
    }

    struct Duty: Encodable {
        var code: String
        var kind: String
        var title: String
        var due: String
        var owedBy: [String]
    }

    var code: String
    var title: String
    var year: Int
    var issuer: String
    var activities: [Activity]
    var duties: [Duty]

    init(_ plan: ResolvedPlan) {
        let template = plan.template
        code = template.code.rawValue
        title = template.title
        year = template.year
        issuer = template.issuer.rawValue
        activities = zip(template.activities, plan.assigned).map { activity, units in
            Activity(number: activity.number, quarter: activity.quarter, content: activity.content,
                     responsible: activity.responsible, units: units.map(\.rawValue), session: activity.session?.rawValue)
        }
        duties = zip(template.duties, plan.owing).map { duty, owing in
            Duty(code: duty.code.rawValue, kind: duty.kind.rawValue, title: duty.title, due: duty.due.iso,
                 owedBy: owing.map(\.rawValue))
        }
    }
}

extension ExportGroup {
    struct PlanExport: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: Help.text(
                vi: "Kế hoạch như khi ban hành: TT | Nội dung | Đơn vị thực hiện theo quý, các thời hạn và các nghĩa vụ.",
                en: "A plan as issued: TT | Nội dung | Đơn vị thực hiện by quarter, the deadlines, and the duties."),
            discussion: Help.text(
                vi: """
                    Ví dụ (ghi tệp exports/LCU-2022-TDKT-CD/ke-hoach.xlsx):
                      outreach export plan LCU-2022-TDKT-CD
                    """,
                en: """
                    Example (writes exports/LCU-2022-TDKT-CD/ke-hoach.xlsx):
                      outreach export plan LCU-2022-TDKT-CD
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã kế hoạch.", en: "The plan code."))
        var plan: String
        @OptionGroup var output: OutputOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.planCode(plan)
            let database = try cli.database()
            let path = try output.path(folder: code.rawValue, name: Exports.Name.plan)
            let resolved = try Exports.plan(database, plan: code, documents: PlanSheet.documentsFolder(), to: path)
            if cli.json {
                return cli.printJSON(["path": path, "activities": "\(resolved.template.activities.count)"])
            }
            cli.say(cli.lang.pick("Đã ghi \(path) (\(resolved.template.activities.count) hoạt động)",
                                  "Wrote \(path) (\(resolved.template.activities.count) activities)"))
        }
    }
}

extension CLI {
    /// Parses a plan code argument.
    func planCode(_ raw: String) throws(OutreachError) -> UnitCode {
        guard let code = UnitCode(rawValue: raw.uppercased()) else { throw .unknownPlan(raw) }
        return code
    }
}
