import ArgumentParser
import OutreachCore
import OutreachStore

/// `outreach attendance …`: who came, per half-day.
struct AttendanceGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: Help.text { $0.recordWhoCamePerHalf },
        subcommands: [Mark.self, WalkIn.self, Report.self, Import.self])
}

extension AttendanceGroup {
    struct Mark: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.recordANomineeAsPresent },
            discussion: Help.text { $0.partsAreHalfDaysAm })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Argument(help: .nomineeKey)
        var nominee: String
        @Argument(help: .text { $0.presentLateExcusedOrAbsent })
        var status: AttendanceStatus
        @Option(help: .text { $0.thePartDATEAmDATE })
        var part: String?
        @Option(help: .text { $0.aNoteKeptWithThe })
        var note: String?

        func validate() throws {
            if let part, SessionPart(code: part) == nil {
                throw usageError { $0.partMustBeDATEAm(part) }
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
            abstract: Help.text { $0.recordSomeoneWhoCameWithout },
            discussion: Help.text { $0.thePersonIsAddedTo })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Option(help: .text { $0.theSendingOfficeFoundFrom })
        var unit: String?
        @OptionGroup var person: PersonOptions
        @Option(help: .text { $0.theNomineeWhosePlaceThe })
        var replaces: String?
        @Option(help: .text { $0.presentOrLate })
        var status: WalkInStatus = .present
        @Option(help: .text { $0.thePartDATEAmDATEPm })
        var part: String?

        func validate() throws {
            if let part, SessionPart(code: part) == nil {
                throw usageError { $0.partMustBeDATEAm(part) }
            }
            if unit == nil && person.worksAt == nil && replaces == nil && person.person == nil {
                throw usageError { $0.giveUnitOrWorksAt }
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
            cli.say(cli.lang.text { $0.recordedWalkInIdName(nominee.id, nominee.name, nominee.sender) })
        }
    }

    struct Report: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.attendancePerOfficePerRole },
            discussion: Help.text { $0.countedOverPersonPartsA })

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
                    try cli.requireSomeOffice(code, what: LocalizedText { $0.seeTheAttendanceOfCode(code) })
                    return try cli.database().attendanceReport(session: code, visibleTo: cli.principal)
                }()
            }
            if cli.json { return cli.printJSON(report) }
            let l = cli.lang
            cli.say(l.text { $0.parts } + report.parts.joined(separator: ", "))
            cli.say(l.text { $0.presentLateExcusedAndAbsent(report.parts.count) })
            for (title, lines) in [(l.text { $0.byOffice }, report.offices),
                                   (l.text { $0.byRole }, report.roles)] {
                cli.say("\n" + title)
                var table = Table(
                    l.catalogue.attendanceQuotaConfirmedHeadings,
                    numeric: Set(1...9))
                for line in lines + [report.total] {
                    table.add([
                        line.key == "total" ? l.text { $0.totalInAttendance } : line.key, "\(line.required)", "\(line.confirmed)",
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
