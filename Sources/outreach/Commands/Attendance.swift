import ArgumentParser
import OutreachCore
import OutreachStore

/// `outreach attendance …`: who came, per half-day.
struct AttendanceGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: Help.text(
            vi: "Điểm danh người đến dự (theo buổi hoặc theo ngày) và báo cáo tình hình tham dự theo đơn vị, theo vai trò.",
            en: "Record who came (per half-day or day) and report attendance per office and role."),
        subcommands: [Mark.self, WalkIn.self, Report.self, Import.self])
}

extension AttendanceGroup {
    struct Mark: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Ghi đại biểu có mặt, đến muộn, vắng có phép hoặc vắng, ở một buổi hoặc ở mọi buổi.",
                en: "Record a nominee as present, late, excused or absent, at one part or at every part."),
            discussion: Help.text(
                vi: """
                    Buổi là nửa ngày (2022-05-10:am là buổi sáng, 2022-05-10:pm là buổi chiều)
                    hoặc cả ngày (2022-05-10), theo mẫu của đợt; không ghi --part thì ghi cho mọi
                    buổi đại biểu phải dự. Nếu buổi đó đã có điểm danh thì ghi đè, và thay đổi
                    được lưu vào nhật ký. Trạng thái ghi bằng mã (present, late, excused, absent)
                    hoặc bằng chữ như trên danh sách ký tên (“Có mặt”, “Đến muộn”, “Vắng có phép”,
                    “Vắng”).
                    Ví dụ (trên dữ liệu mẫu):
                      outreach attendance mark LCI-2022-TDKT "Triệu Thị Chi" late \\
                        --part 2022-05-10:am --note "đến 8h20"
                    """,
                en: """
                    Parts are half-days (2022-05-10:am, 2022-05-10:pm) or days (2022-05-10), as the
                    session template says; without --part the mark applies to every part the nominee
                    was expected at. A mark already there is replaced and the change audited. The
                    status is a code (present, late, excused, absent) or the Vietnamese label the
                    sign-in sheet uses (“Có mặt”, “Đến muộn”, “Vắng có phép”, “Vắng”).
                    Example (on the demo):
                      outreach attendance mark LCI-2022-TDKT "Triệu Thị Chi" late \\
                        --part 2022-05-10:am --note "đến 8h20"
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Argument(help: .nomineeKey)
        var nominee: String
        @Argument(help: .text(
            vi: "present (có mặt), late (đến muộn), excused (vắng có phép) hoặc absent (vắng).",
            en: "present, late, excused or absent."))
        var status: AttendanceStatus
        @Option(help: .text(
            vi: "Buổi: NGÀY:am (sáng), NGÀY:pm (chiều), hoặc NGÀY cho cả ngày; NGÀY viết YYYY-MM-DD.",
            en: "The part: DATE:am, DATE:pm, or DATE for a whole day."))
        var part: String?
        @Option(help: .text(vi: "Ghi chú kèm theo điểm danh.", en: "A note kept with the mark."))
        var note: String?

        func validate() throws {
            if let part, SessionPart(code: part) == nil {
                throw usageError(vi: "--part phải là NGÀY:am, NGÀY:pm hoặc NGÀY (DD/MM/YYYY hoặc YYYY-MM-DD), không phải “\(part)”", en: "--part must be DATE:am, DATE:pm or DATE (DD/MM/YYYY or YYYY-MM-DD), not “\(part)”")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let sessionPart = part.flatMap(SessionPart.init(code:))
            let marks: [AttendanceMarkJSON]
            if let remote = try cli.remote() {
                marks = try remote.post("/api/v1/sessions/\(code.rawValue)/attendance", AttendanceBody(
                    nominee: nominee, status: status.rawValue, part: sessionPart?.code, note: note))
            } else {
                marks = try cli.database().markAttendance(
                    session: code, nominee: nominee, status: status, part: sessionPart, note: note,
                    context: try cli.context()).map(AttendanceMarkJSON.init)
            }
            if cli.json { return cli.printJSON(marks) }
            for mark in marks {
                let part = SessionPart(code: mark.part)?.label(cli.lang) ?? mark.part
                let status = AttendanceStatus(rawValue: mark.status)?.label(cli.lang) ?? mark.status
                cli.say("#\(mark.nomination)  \(part): \(status)")
            }
        }
    }

    struct WalkIn: RemoteCapable {
        static let configuration = CommandConfiguration(
            commandName: "walk-in",
            abstract: Help.text(
                vi: "Ghi người đến dự mà chưa được đăng ký: vào một chỗ còn trống, hoặc thay một đại biểu.",
                en: "Record someone who came without being nominated: in a free place, or replacing a nominee."),
            discussion: Help.text(
                vi: """
                    Người này được tính vào định mức của đơn vị cử (hoặc nhận chỗ của đại biểu ghi
                    ở --replaces) và được ghi là đã đến; việc đăng ký được đánh dấu là đến không
                    đăng ký trước. Định mức đã đủ thì phải có --replaces.
                    Ví dụ (trên dữ liệu mẫu, vào ngày tập huấn):
                      outreach attendance walk-in LCI-2022-TDKT --today 2022-05-10 \\
                        --works-at TH-BAOTHANG-SO1PHOLU --name "Hoàng Văn Thắng" --role giao-vien
                    """,
                en: """
                    The person is added to their office's quota (or takes the place of --replaces)
                    and marked as come; the nomination is noted as a walk-in. A full quota needs
                    --replaces.
                    Example (on the demo, on the day):
                      outreach attendance walk-in LCI-2022-TDKT --today 2022-05-10 \\
                        --works-at TH-BAOTHANG-SO1PHOLU --name "Hoàng Văn Thắng" --role giao-vien
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Option(help: .text(
            vi: "Mã đơn vị cử (bỏ trống thì lấy theo --works-at).",
            en: "The sending office (found from --works-at when omitted)."))
        var unit: String?
        @OptionGroup var person: PersonOptions
        @Option(help: .text(
            vi: "Đại biểu được thay chỗ: số thứ tự, số điện thoại hoặc một phần họ tên.",
            en: "The nominee whose place the walk-in takes: number, phone or part of the name."))
        var replaces: String?
        @Option(help: .text(vi: "present (có mặt) hoặc late (đến muộn).", en: "present or late."))
        var status: WalkInStatus = .present
        @Option(help: .text(
            vi: "Buổi: NGÀY:am, NGÀY:pm hoặc NGÀY (mặc định: mọi buổi đã diễn ra đến hôm nay).",
            en: "The part: DATE:am, DATE:pm, or DATE (default: every part held so far)."))
        var part: String?

        func validate() throws {
            if let part, SessionPart(code: part) == nil {
                throw usageError(vi: "--part phải là NGÀY:am, NGÀY:pm hoặc NGÀY (DD/MM/YYYY hoặc YYYY-MM-DD), không phải “\(part)”", en: "--part must be DATE:am, DATE:pm or DATE (DD/MM/YYYY or YYYY-MM-DD), not “\(part)”")
            }
            if unit == nil && person.worksAt == nil && replaces == nil && person.person == nil {
                throw usageError(vi: "ghi --unit hoặc --works-at (hoặc --replaces)", en: "give --unit or --works-at (or --replaces)")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let nominee: NomineeJSON
            if let remote = try cli.remote() {
                var body = try person.body(sender: unit, late: nil, remote: remote)
                body.nominee = replaces
                body.status = status.rawValue
                body.part = part
                nominee = try remote.post("/api/v1/sessions/\(code.rawValue)/walk-ins", body)
            } else {
                let database = try cli.database()
                let walkIn = try database.recordWalkIn(
                    try person.request(cli, session: code, sender: unit), replacing: replaces,
                    status: status.status,
                    part: part.flatMap(SessionPart.init(code:)), context: try cli.context())
                cli.warnNamesakes(database, person: walkIn.person.id)
                nominee = NomineeJSON(walkIn)
            }
            if cli.json { return cli.printJSON(nominee) }
            cli.say(cli.lang.pick(
                "Đã ghi nhận đại biểu đến không đăng ký trước: #\(nominee.id) \(nominee.name) (\(nominee.sender))",
                "Recorded walk-in #\(nominee.id) \(nominee.name) (\(nominee.sender))"))
        }
    }

    struct Report: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Tình hình tham dự theo đơn vị, theo vai trò và tổng cộng, so với định mức và số đã xác nhận.",
                en: "Attendance per office, per role and in total, against the quota and the confirmed."),
            discussion: Help.text(
                vi: """
                    Đếm theo lượt: một đại biểu ở một buổi. Người được đăng ký sau khi một buổi đã
                    diễn ra thì không tính phải dự buổi đó.
                    Ví dụ: outreach attendance report LCI-2022-TDKT --json
                    """,
                en: """
                    Counted over person-parts: a nominee at a half-day. Someone nominated after a
                    part was held is not expected at it.
                    Example: outreach attendance report LCI-2022-TDKT --json
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            // The offices the acting unit may see (`--as`, or the access code's unit through `--server`).
            let report: AttendanceReport = if let remote = try cli.remote() {
                try remote.get("/api/v1/sessions/\(code.rawValue)/attendance")
            } else {
                try { () throws(OutreachError) -> AttendanceReport in
                    try cli.requireSomeOffice(code, what: LocalizedText(
                        vi: "xem điểm danh của \(code)", en: "see the attendance of \(code)"))
                    return try cli.database().attendanceReport(session: code, visibleTo: cli.principal)
                }()
            }
            if cli.json { return cli.printJSON(report) }
            let l = cli.lang
            cli.say(l.pick("Các buổi: ", "Parts: ") + report.parts.joined(separator: ", "))
            cli.say(l.pick("Có mặt, muộn, có phép, vắng tính theo lượt (một người × một buổi); tỷ lệ so với định mức × \(report.parts.count) buổi.",
                           "Present, late, excused and absent count marks (one person × one part); rates are against quota × \(report.parts.count) parts."))
            for (title, lines) in [(l.pick("Theo đơn vị", "By office"), report.offices),
                                   (l.pick("Theo vai trò", "By role"), report.roles)] {
                cli.say("\n" + title)
                var table = Table(
                    l.pick(["", "Định mức", "Xác nhận", "Có mặt", "Muộn", "Có phép", "Vắng", "Chưa điểm danh", "% định mức", "% xác nhận"],
                           ["", "Quota", "Confirmed", "Present", "Late", "Excused", "Absent", "Unmarked", "% quota", "% confirmed"]),
                    numeric: Set(1...9))
                for line in lines + [report.total] {
                    table.add([
                        line.key == "total" ? l.pick("Tổng cộng", "Total") : line.key, "\(line.required)", "\(line.confirmed)",
                        "\(line.present)", "\(line.late)", "\(line.excused)", "\(line.absent)", "\(line.unmarked)",
                        line.rateAgainstQuota.map { VietnameseNumber.decimal($0, fractionDigits: 1) } ?? "–",
                        line.rateAgainstConfirmed.map { VietnameseNumber.decimal($0, fractionDigits: 1) } ?? "–",
                    ])
                }
                cli.say(table.render())
            }
        }
    }
}
