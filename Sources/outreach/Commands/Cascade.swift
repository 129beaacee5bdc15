import ArgumentParser
import Foundation
import OutreachCore
import OutreachExport
import OutreachStore

/// `outreach cascade …`: the follow-up every attending office owes, and how it comes back up.
struct CascadeGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cascade",
        abstract: Help.text(
            vi: "Tuyên truyền lại: nghĩa vụ của từng đơn vị, đợt tuyên truyền lại của đơn vị, báo cáo, tổng hợp.",
            en: "Follow-up cascades (tuyên truyền lại): duties per office, child sessions, reports, roll-up."),
        discussion: Help.text(
            vi: """
                Sau khi đợt được tổ chức, `cascade open` giao cho mỗi đơn vị có người dự một
                nghĩa vụ tuyên truyền lại, hạn theo mục follow_up của tệp mẫu, với số đối
                tượng đếm vào ngày đó (chốt từ đó về sau). Mỗi đơn vị lập đợt của mình
                (`cascade plan`), đợt đó có thể lại giao nghĩa vụ tuyên truyền lại cho cấp
                dưới, đến bao nhiêu cấp cũng được, và báo cáo lên (`cascade report`); đơn vị
                cấp trên chấp nhận báo cáo, khi đó báo cáo bị khóa. Tình trạng vào một ngày
                (--today): Chưa đến hạn (đến hết ngày hạn), Đúng hạn (tổ chức đúng hoặc trước
                hạn), Trễ hạn (tổ chức sau hạn), Quá hạn (chưa báo cáo khi đã quá hạn), Không
                báo cáo (chưa báo cáo khi đã quá ngày khóa sổ, tức hạn + missing_after_days,
                mặc định 30 ngày).
                """,
            en: """
                After a session is held, `cascade open` gives each attending office one
                follow-up duty, due as the template's follow_up says, with its audience counted
                that day (fixed from then on). Each office plans its own session (`cascade
                plan`), which may require a follow-up in turn, to any depth, and reports back
                (`cascade report`); the office above accepts the report, which locks it. Status
                on a day (--today): due (until the due date, inclusive), on-time (held on or
                before the due date), late (held after it), overdue (not reported after the due
                date), missing (not reported after the closing date, due + missing_after_days,
                default 30).
                """),
        subcommands: [Open.self, Plan.self, Report.self, Accept.self, Reopen.self, Status.self, Remind.self])
}

/// A duty named on the command line: `SESSION [--unit U]` or `--duty N`.
struct DutyOptions: ParsableArguments {
    @Argument(help: .text(
        vi: "Đợt phát sinh nghĩa vụ (dùng với --unit), hoặc đợt tuyên truyền lại đã lập cho nghĩa vụ đó.",
        en: "The session the duty comes from (with --unit), or the follow-up session planned for it."))
    var session: String?
    @Option(help: .text(vi: "Đơn vị phải tuyên truyền lại.", en: "The office that owes the follow-up."))
    var unit: String?
    @Option(help: .text(
        vi: "Số của nghĩa vụ (như trong cascade status --json).",
        en: "The duty number (as in cascade status --json)."))
    var duty: Int64?

    func validate() throws {
        if (session == nil) == (duty == nil) {
            throw usageError(vi: "ghi nhiệm vụ: MÃ_ĐỢT [--unit MÃ_ĐƠN_VỊ], hoặc --duty SỐ", en: "name the duty: SESSION [--unit CODE], or --duty N")
        }
        if duty != nil && unit != nil { throw usageError(vi: "--duty và --unit không dùng cùng nhau", en: "--duty and --unit do not go together") }
    }

    func target(_ cli: CLI) throws(OutreachError) -> DutyTarget {
        if let duty { return .id(duty) }
        let code = try cli.sessionCode(session ?? "")
        return .session(code, unit: try unit.map { raw throws(OutreachError) in try cli.unitCode(raw) })
    }
}

/// A date option checked before anything runs.
func parseDate(_ raw: String?, option: String) throws -> CalendarDate? {
    try DateOption.validated(raw, option: option)
}

extension CascadeGroup {
    struct Open: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Chốt nghĩa vụ tuyên truyền lại của một đợt đã tổ chức: mỗi đơn vị có người dự một nghĩa vụ.",
                en: "Fix the follow-up duties of a held session: one per attending office."),
            discussion: Help.text(
                vi: """
                    Đơn vị có ít nhất một người có mặt hoặc đến muộn phải tuyên truyền lại; với
                    --invited thì mọi đơn vị được mời đều phải (cho các đợt không điểm danh);
                    follow_up.kinds giới hạn ở một số loại đơn vị. Chỉ làm một lần; `cascade plan`
                    tự làm việc này ở lần dùng đầu tiên. Đợt được đánh dấu là đã tổ chức.
                    Ví dụ (trên dữ liệu mẫu, sau ngày tập huấn):
                      outreach cascade open LCI-2022-TDKT --today 2022-05-11
                    """,
                en: """
                    Offices with at least one person present or late owe a follow-up; with
                    --invited, every invited office does (for sessions whose attendance is not
                    kept); follow_up.kinds limits it to some kinds of office. Done once; `cascade
                    plan` does it by itself on first use. The session is marked held.
                    Example (on the demo database, after the session):
                      outreach cascade open LCI-2022-TDKT --today 2022-05-11
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Flag(help: .text(
            vi: "Giao nghĩa vụ cho mọi đơn vị được mời, không chỉ các đơn vị có người dự.",
            en: "Oblige every invited office, not only those that attended."))
        var invited = false

        func execute(_ cli: CLI) throws(OutreachError) {
            let duties = try cli.database().openCascade(
                session: try cli.sessionCode(session), invited: invited, context: try cli.context())
            if cli.json { return cli.printJSON(duties) }
            let due = duties.first.map { VietnameseDate.numeric($0.due) } ?? "–"
            cli.say(cli.lang.pick(
                "Đã giao nhiệm vụ tuyên truyền lại cho \(duties.count) đơn vị, hạn \(due)",
                "Opened \(duties.count) follow-up duties, due \(due)"))
        }
    }

    struct Plan: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Lập đợt tuyên truyền lại của một đơn vị cho các đơn vị trực thuộc (đợt cấp dưới).",
                en: "Create an office's own session to re-run a session for its units (the child session)."),
            discussion: Help.text(
                vi: """
                    Đợt cấp dưới kế thừa tên, chủ đề, nội dung và vai trò; mỗi đơn vị trực thuộc
                    đơn vị tổ chức được định mức --per-unit chỗ (là cán bộ của chính đơn vị nếu
                    không có đơn vị trực thuộc). --follow-up-days hoặc --follow-up-due làm đợt cấp
                    dưới lại giao nghĩa vụ tuyên truyền lại (--audience subordinate-units hoặc
                    people), cứ thế tiếp tục: Sở → Phòng → trường.
                    Ví dụ:
                      outreach cascade plan LCI-2022-TDKT --unit PGD-BATXAT --as PGD-BATXAT \\
                        --date 2022-05-25 --venue "Hội trường Phòng GD&ĐT Bát Xát" --per-unit 2 \\
                        --follow-up-days 20 --audience people
                    """,
                en: """
                    The child inherits title, topic, content and roles; each unit directly under the
                    office gets a quota of --per-unit places (the office's own staff when it has no
                    units below). --follow-up-days or --follow-up-due makes the child require a
                    follow-up in turn (--audience subordinate-units or people), so the cascade goes
                    on: Sở → Phòng → trường.
                    Example:
                      outreach cascade plan LCI-2022-TDKT --unit PGD-BATXAT --as PGD-BATXAT \\
                        --date 2022-05-25 --venue "Hội trường Phòng GD&ĐT Bát Xát" --per-unit 2 \\
                        --follow-up-days 20 --audience people
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã đợt cấp trên.", en: "The parent session code."))
        var parent: String
        @Option(help: .text(vi: "Đơn vị tổ chức tuyên truyền lại.", en: "The office that re-runs the session."))
        var unit: String
        @Option(help: .text(
            vi: "Ngày bắt đầu đợt tuyên truyền lại, DD/MM/YYYY hoặc YYYY-MM-DD.",
            en: "The day the child session starts, DD/MM/YYYY or YYYY-MM-DD."))
        var date: String
        @Option(help: .text(vi: "Địa điểm tổ chức.", en: "Where it is held."))
        var venue: String
        @Option(help: .text(
            vi: "Địa danh ghi ở dòng ngày tháng (mặc định: huyện của đơn vị).",
            en: "The place in the date line (default: the office's district)."))
        var place: String?
        @Option(help: .text(
            vi: "Mã đợt tuyên truyền lại (mặc định: MÃ-ĐỢT-CẤP-TRÊN-MÃ-ĐƠN-VỊ).",
            en: "The child session's code (default: PARENT-UNIT)."))
        var code: String?
        @Option(help: .text(vi: "Số ngày tổ chức.", en: "Days it lasts."))
        var days: Int = 1
        @Option(name: .customLong("per-unit"), help: .text(
            vi: "Số chỗ cho mỗi đơn vị được mời.",
            en: "Places per invited unit."))
        var perUnit: Int = 1
        @Option(help: .text(
            vi: "Các vai trò được nhận vào các chỗ (mã hoặc tên), cách nhau bằng dấu phẩy (mặc định: mọi vai trò của đợt cấp trên).",
            en: "Roles the places accept (codes or names), comma-separated (default: every role of the parent)."))
        var roles: String?
        @Option(name: .customLong("follow-up-days"), help: .text(
            vi: "Đợt tuyên truyền lại này lại giao nghĩa vụ tuyên truyền lại, hạn N ngày sau khi kết thúc.",
            en: "The child requires a follow-up due N days after it ends."))
        var followUpDays: Int?
        @Option(name: .customLong("follow-up-due"), help: .text(
            vi: "Đợt tuyên truyền lại này lại giao nghĩa vụ tuyên truyền lại, hạn vào ngày này.",
            en: "The child requires a follow-up due on this date."))
        var followUpDue: String?
        @Option(help: .text(
            vi: "Đối tượng phải tuyên truyền đến: subordinate-units (các đơn vị trực thuộc) hoặc people (số người).",
            en: "Whom the child's follow-up must reach: subordinate-units or people."))
        var audience: DutyAudience?

        func validate() throws {
            _ = try parseDate(date, option: "--date")
            _ = try parseDate(followUpDue, option: "--follow-up-due")
            if followUpDays != nil && followUpDue != nil {
                throw usageError(vi: "ghi --follow-up-days hoặc --follow-up-due, không ghi cả hai", en: "give --follow-up-days or --follow-up-due, not both")
            }
            if let followUpDays, !(0...3650).contains(followUpDays) {
                throw usageError(vi: "--follow-up-days phải từ 0 đến 3650", en: "--follow-up-days must be 0…3650")
            }
            if audience != nil && followUpDays == nil && followUpDue == nil {
                throw usageError(vi: "--audience cần --follow-up-days hoặc --follow-up-due", en: "--audience needs --follow-up-days or --follow-up-due")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            var followUp: FollowUpRule?
            if followUpDays != nil || followUpDue != nil {
                followUp = FollowUpRule(
                    dueDaysAfter: followUpDays, dueDate: followUpDue.flatMap { CalendarDate(typed: $0) },
                    audience: audience?.rawValue)
            }
            var roleCodes: [RoleCode] = []
            for raw in (roles ?? "").split(separator: ",") {
                roleCodes.append(try cli.roleCode(raw.trimmingCharacters(in: .whitespaces), session: try cli.sessionCode(parent)))
            }
            let request = CascadePlanRequest(
                parent: try cli.sessionCode(parent), unit: try cli.unitCode(unit),
                code: try code.map { raw throws(OutreachError) in try cli.sessionCode(raw) },
                date: CalendarDate(typed: date) ?? cli.global.todayDate, days: days, venue: venue, place: place,
                perUnit: perUnit, roles: roleCodes, followUp: followUp)
            let (session, duty, quotas) = try cli.database().planCascade(request, context: try cli.context())
            cli.warnIfReported(duty, today: cli.global.todayDate)
            if cli.json {
                return cli.printJSON(["session": session.code.rawValue, "duty": "\(duty.id)", "offices": "\(quotas)"])
            }
            cli.say(cli.lang.pick(
                "Đã lập đợt \(session.code) ngày \(VietnameseDate.numeric(session.starts)) cho nhiệm vụ #\(duty.id) của \(duty.unit) (hạn \(VietnameseDate.numeric(duty.due))), triệu tập \(quotas) đơn vị",
                "Created session \(session.code) on \(VietnameseDate.numeric(session.starts)) for duty #\(duty.id) of \(duty.unit) (due \(VietnameseDate.numeric(duty.due))), inviting \(quotas) units"))
        }
    }

    struct Report: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Báo cáo đã tổ chức tuyên truyền lại, với số đơn vị và số người được tuyên truyền; báo cáo lại để sửa.",
                en: "Report a follow-up as held, with the units and people reached; again to correct it."),
            discussion: Help.text(
                vi: """
                    Số liệu được gõ vào, hoặc đếm từ điểm danh của đợt cấp dưới
                    (--from-attendance: các đơn vị có người có mặt hoặc đến muộn, và số người đó).
                    Báo cáo lần hai sửa lần một: cả hai đều được giữ, nhật ký ghi lại thay đổi.
                    Báo cáo đã được chấp nhận thì bị khóa cho đến khi mở lại.
                    Ví dụ:
                      outreach cascade report LCI-2022-TDKT-PGD-BATXAT --as PGD-BATXAT \\
                        --held 2022-05-25 --reached-units 11 --reached-people 22
                      outreach cascade report LCI-2022-TDKT --unit PGD-SIMACAI --held 2022-06-14 \\
                        --reached-units 10 --reached-people 41
                    """,
                en: """
                    The figures are typed, or counted from the child session's attendance
                    (--from-attendance: units that sent someone present or late, and those people).
                    A second report corrects the first: both are kept, and the audit log shows the
                    change. An accepted report is locked until reopened.
                    Examples:
                      outreach cascade report LCI-2022-TDKT-PGD-BATXAT --as PGD-BATXAT \\
                        --held 2022-05-25 --reached-units 11 --reached-people 22
                      outreach cascade report LCI-2022-TDKT --unit PGD-SIMACAI --held 2022-06-14 \\
                        --reached-units 10 --reached-people 41
                    """))

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: DutyOptions
        @Option(help: .text(
            vi: "Ngày tổ chức tuyên truyền lại, DD/MM/YYYY hoặc YYYY-MM-DD.",
            en: "The day the follow-up was held, DD/MM/YYYY or YYYY-MM-DD."))
        var held: String?
        @Option(name: .customLong("reached-units"), help: .text(
            vi: "Số đơn vị được tuyên truyền.",
            en: "Units reached."))
        var reachedUnits: Int?
        @Option(name: .customLong("reached-people"), help: .text(
            vi: "Số người được tuyên truyền.",
            en: "People reached."))
        var reachedPeople: Int?
        @Flag(name: .customLong("from-attendance"), help: .text(
            vi: "Đếm số đơn vị và số người từ điểm danh của đợt tuyên truyền lại.",
            en: "Count units and people from the child session's attendance."))
        var fromAttendance = false
        @Option(help: .text(vi: "Ghi chú kèm theo báo cáo.", en: "A note kept with the report."))
        var note: String?

        func validate() throws {
            _ = try parseDate(held, option: "--held")
            if !fromAttendance && (held == nil || reachedUnits == nil || reachedPeople == nil) {
                throw usageError(vi: "ghi --held, --reached-units và --reached-people, hoặc --from-attendance", en: "give --held, --reached-units and --reached-people, or --from-attendance")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let answer: DutyReportJSON
            if let remote = try cli.remote() {
                var body = CascadeReportBody()
                body.session = try target.session.map { raw throws(OutreachError) in try cli.sessionCode(raw).rawValue }
                body.unit = try target.unit.map { raw throws(OutreachError) in try remote.unitCode(raw).rawValue }
                body.duty = target.duty
                body.held = held.flatMap { CalendarDate(typed: $0) }?.iso
                body.reachedUnits = reachedUnits
                body.reachedPeople = reachedPeople
                body.fromAttendance = fromAttendance ? true : nil
                body.note = note
                answer = try remote.post("/api/v1/cascade/report", body)
            } else {
                let (duty, report, previous) = try cli.database().reportDuty(
                    CascadeReportRequest(
                        target: try target.target(cli), held: held.flatMap { CalendarDate(typed: $0) },
                        reachedUnits: reachedUnits, reachedPeople: reachedPeople, fromAttendance: fromAttendance,
                        note: note),
                    context: try cli.context())
                let status = DutyStatus.of(due: duty.due, closes: duty.closes, done: report.done,
                                           reported: report.reported, today: cli.global.todayDate)
                answer = DutyReportJSON(duty: duty, report: report, corrected: previous != nil, status: status)
            }
            let (duty, report, status, previous) = (answer.duty, answer.report, answer.status, answer.corrected ? answer.report : nil)
            if cli.json { return cli.printJSON(["duty": "\(duty.id)", "status": status.rawValue, "report": "\(report.id)"]) }
            let l = cli.lang
            cli.say(l.pick(
                "\(previous == nil ? "Đã ghi" : "Đã sửa") báo cáo của \(duty.unit): tổ chức \(VietnameseDate.numeric(report.done)), \(report.reachedUnits)/\(duty.audienceUnits) đơn vị, \(report.reachedPeople) người – \(status.label(l))",
                "\(previous == nil ? "Recorded" : "Corrected") the report of \(duty.unit): held \(VietnameseDate.numeric(report.done)), \(report.reachedUnits)/\(duty.audienceUnits) units, \(report.reachedPeople) people – \(status.label(l))"))
        }
    }

    struct Accept: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Chấp nhận báo cáo của một đơn vị (do đơn vị nhận báo cáo thực hiện): khóa báo cáo cho đến khi mở lại.",
                en: "Accept an office's report (the office it is owed to): locks it until reopened."),
            discussion: Help.text(
                vi: """
                    Ví dụ: outreach cascade accept LCI-2022-TDKT --unit PGD-BATXAT --as SGDDT-LCI
                    """,
                en: """
                    Example: outreach cascade accept LCI-2022-TDKT --unit PGD-BATXAT --as SGDDT-LCI
                    """))

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: DutyOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let duty = try cli.database().acceptDuty(try target.target(cli), context: try cli.context())
            if cli.json { return cli.printJSON(duty) }
            cli.say(cli.lang.pick(
                "Đã xác nhận báo cáo của \(duty.unit) (nhiệm vụ #\(duty.id))",
                "Accepted the report of \(duty.unit) (duty #\(duty.id))"))
        }
    }

    struct Reopen: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Mở lại một báo cáo đã chấp nhận để sửa; lý do được lưu vào nhật ký.",
                en: "Reopen an accepted report so it can be corrected; the reason is kept in the audit log."),
            discussion: Help.text(
                vi: """
                    Ví dụ: outreach cascade reopen LCI-2022-TDKT --unit PGD-BATXAT --reason "sai
                    số người"
                    """,
                en: """
                    Example: outreach cascade reopen LCI-2022-TDKT --unit PGD-BATXAT --reason "sai
                    số người"
                    """))

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: DutyOptions
        @Option(help: .text(vi: "Lý do mở lại báo cáo (bắt buộc).", en: "Why the report is reopened (required)."))
        var reason: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let duty = try cli.database().reopenDuty(try target.target(cli), reason: reason, context: try cli.context())
            if cli.json { return cli.printJSON(duty) }
            cli.say(cli.lang.pick(
                "Đã mở lại báo cáo của \(duty.unit) (nhiệm vụ #\(duty.id))",
                "Reopened the report of \(duty.unit) (duty #\(duty.id))"))
        }
    }
}
