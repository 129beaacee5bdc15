import ArgumentParser
import OutreachCore
import OutreachStore

/// `outreach attendance …`: who came, per half-day.
struct AttendanceGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: "Record who came (per half-day or day) and report attendance per office and role.",
        subcommands: [Mark.self, WalkIn.self, Report.self, Import.self])
}

extension AttendanceGroup {
    struct Mark: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a nominee as present, late, excused or absent, at one part or at every part.",
            discussion: """
                Parts are half-days (2022-05-10:am, 2022-05-10:pm) or days (2022-05-10), as the
                session template says; without --part the mark applies to every part the nominee
                was expected at. A mark already there is replaced and the change audited.
                Example (on the demo):
                  outreach attendance mark LCI-2022-TDKT "Triệu Thị Chi" late \\
                    --part 2022-05-10:am --note "đến 8h20"
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The session code.")
        var session: String
        @Argument(help: "The nominee: number (#12), phone or part of the name.")
        var nominee: String
        @Argument(help: "present, late, excused or absent.")
        var status: String
        @Option(help: "The part: DATE:am, DATE:pm, or DATE for a whole day.")
        var part: String?
        @Option(help: "A note kept with the mark.")
        var note: String?

        func validate() throws {
            guard AttendanceStatus(rawValue: status.lowercased()) != nil else {
                throw usageError(vi: "TRẠNG_THÁI phải là present (có mặt), late (đến muộn), excused (vắng có phép) hoặc absent (vắng), không phải “\(status)”", en: "STATUS must be present, late, excused or absent, not “\(status)”")
            }
            if let part, SessionPart(code: part) == nil {
                throw usageError(vi: "--part phải là NGÀY:am, NGÀY:pm hoặc NGÀY (DD/MM/YYYY hoặc YYYY-MM-DD), không phải “\(part)”", en: "--part must be DATE:am, DATE:pm or DATE (DD/MM/YYYY or YYYY-MM-DD), not “\(part)”")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let marks = try cli.database().markAttendance(
                session: try cli.sessionCode(session), nominee: nominee,
                status: AttendanceStatus(rawValue: status.lowercased()) ?? .present,
                part: part.flatMap(SessionPart.init(code:)), note: note, context: try cli.context())
            if cli.json {
                return cli.printJSON(marks.map { ["nomination": "\($0.nominationID)", "part": $0.part.code, "status": $0.status.rawValue] })
            }
            for mark in marks {
                cli.say("#\(mark.nominationID)  \(mark.part.label(cli.lang)): \(mark.status.label(cli.lang))")
            }
        }
    }

    struct WalkIn: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "walk-in",
            abstract: "Record someone who came without being nominated: in a free place, or replacing a nominee.",
            discussion: """
                The person is added to their office's quota (or takes the place of --replaces) and
                marked as come; the nomination is noted as a walk-in. A full quota needs --replaces.
                Example (on the demo, on the day):
                  outreach attendance walk-in LCI-2022-TDKT --today 2022-05-10 \\
                    --works-at TH-BAOTHANG-SO1PHOLU --name "Hoàng Văn Thắng" --role giao-vien
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The session code.")
        var session: String
        @Option(help: "The sending office (found from --works-at when omitted).")
        var unit: String?
        @OptionGroup var person: PersonOptions
        @Option(help: "The nominee whose place the walk-in takes: number, phone or part of the name.")
        var replaces: String?
        @Option(help: "present or late.")
        var status: String = AttendanceStatus.present.rawValue
        @Option(help: "The part: DATE:am, DATE:pm, or DATE (default: every part held so far).")
        var part: String?

        func validate() throws {
            guard let parsed = AttendanceStatus(rawValue: status.lowercased()), parsed.attended else {
                throw usageError(vi: "--status phải là present (có mặt) hoặc late (đến muộn), không phải “\(status)”", en: "--status must be present or late, not “\(status)”")
            }
            if let part, SessionPart(code: part) == nil {
                throw usageError(vi: "--part phải là NGÀY:am, NGÀY:pm hoặc NGÀY (DD/MM/YYYY hoặc YYYY-MM-DD), không phải “\(part)”", en: "--part must be DATE:am, DATE:pm or DATE (DD/MM/YYYY or YYYY-MM-DD), not “\(part)”")
            }
            if unit == nil && person.worksAt == nil && replaces == nil && person.person == nil {
                throw usageError(vi: "ghi --unit hoặc --works-at (hoặc --replaces)", en: "give --unit or --works-at (or --replaces)")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let nominee = try cli.database().recordWalkIn(
                try person.request(cli, session: code, sender: unit), replacing: replaces,
                status: AttendanceStatus(rawValue: status.lowercased()) ?? .present,
                part: part.flatMap(SessionPart.init(code:)), context: try cli.context())
            if cli.json { return cli.printJSON(NomineeJSON(nominee)) }
            cli.say(cli.lang.pick(
                "Đã ghi nhận đại biểu đến không đăng ký trước: #\(nominee.nomination.id) \(nominee.person.fullName) (\(nominee.nomination.sender))",
                "Recorded walk-in #\(nominee.nomination.id) \(nominee.person.fullName) (\(nominee.nomination.sender))"))
        }
    }

    struct Report: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: "Attendance per office, per role and in total, against the quota and the confirmed.",
            discussion: """
                Counted over person-parts: a nominee at a half-day. Someone nominated after a part
                was held is not expected at it.
                Example: outreach attendance report LCI-2022-TDKT --json
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The session code.")
        var session: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let report = try cli.database().attendanceReport(session: try cli.sessionCode(session))
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
