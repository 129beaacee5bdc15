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
        abstract: Help.text { $0.recordReportsOnPlanDuties },
        subcommands: [Report.self, Remind.self, SetDue.self])
}

extension DutyGroup {
    struct Report: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.recordThatAUnitRegistered },
            discussion: Help.text { $0.dutyIsTheDutysCode })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theUnitThatOwesThe })
        var unit: String
        @Argument(help: .text { $0.theDutyItsCodeIn })
        var duty: String
        @Option(help: .text { $0.thePlanTheDutyCode })
        var plan: String?
        @Option(help: .text { $0.thePeriodOfARecurring })
        var period: String?
        @Option(help: .text { $0.theDayTheReportWas })
        var on: String
        @Option(help: .text { $0.theReportsFileItsPath })
        var file: String?
        @Option(help: .text { $0.aNoteKeptWithTheReport })
        var note: String?

        func validate() throws {
            _ = try parseDate(on, option: "--on")
            if plan == nil && Int64(duty) == nil {
                throw usageError { $0.dutyIsADutyNumber }
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let target: PlanDutyTarget
            if let plan {
                guard let code = Slug(rawValue: duty.lowercased()) else {
                    throw .invalidValue(field: "DUTY", value: duty, reason: LocalizedText { $0.isNotADutyCode })
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
            let verb = previous == nil ? l.text { $0.recorded } : l.text { $0.corrected }
            let file = digest.map { " – \(l.text { $0.file }) \(path ?? "") (SHA-256 \($0.prefix(12))…)" } ?? ""
            let title = line.period.map { "\(line.title) (\($0.name(l)))" } ?? line.title
            cli.say("\(verb) " + l.text { $0.theReportTitleOfUnit(title, line.duty.unit, VietnameseDate.numeric(day), VietnameseDate.numeric(line.duty.due), line.status.label(l)) } + file)
        }
    }

    struct Remind: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.unitsWhosePlanDutyFalls },
            discussion: Help.text { $0.listsEveryDutyOfThe })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.thePlanCode })
        var plan: String
        @Option(help: .text { $0.daysAheadDutiesDueWithin })
        var before: Int = 7
        @Option(name: [.customShort("o"), .long], help: .text { $0.writeToFILECsvOr })
        var output: String?

        func validate() throws {
            if !(0...366).contains(before) { throw usageError { $0.beforeMustBeToDays } }
            if let output, !(output.lowercased().hasSuffix(".csv") || output.lowercased().hasSuffix(".xlsx")) {
                throw usageError { $0.oMustNameACsv }
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.planCode(plan)
            let today = cli.global.todayDate
            let database = try cli.database()
            let reminders = try database.planReminders(code, today: today, within: before)
            var sheet = ReminderSheet(session: SessionCode(rawValue: code.rawValue) ?? SessionCode(rawValue: "PLAN")!,
                                      today: today, reminders: reminders)
            // A printed document: in Vietnamese whatever the language of the screen.
            let printed = Language.vi.catalogue
            sheet.scopeHeading = printed.remindersDutyHeading
            sheet.title = printed.planRemindersTitle(code.rawValue)
            let plan = try database.plan(code)
            let units = UnitTree(try database.units())
            sheet.issuer = units[plan.template.issuer]
            sheet.parentBody = sheet.issuer?.parent.flatMap { units[$0] }
            sheet.place = plan.template.place
            sheet.printTitle = printed.planRemindersPrintTitle
            sheet.subject = printed.planSubject(plan.template.title, code.rawValue)
            try cli.deliver(sheet, to: output, counted: ("duties", LocalizedText { $0.dutiesCounted }))
        }
    }
}

extension DutyGroup {
    struct SetDue: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-due",
            abstract: Help.text { $0.setOrChangeTheDue },
            discussion: Help.text { $0.theNewDateHoldsFor })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.thePlanCode })
        var plan: String
        @Argument(help: .text { $0.theRecurringDutysCodeIn })
        var duty: String
        @Option(help: .text { $0.thePeriodYearH1First })
        var period: String
        @Option(help: .text { $0.theNewDueDateDD })
        var due: String

        func validate() throws {
            _ = try parseDate(due, option: "--due")
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            guard let code = Slug(rawValue: duty.lowercased()) else {
                throw .invalidValue(field: "DUTY", value: duty, reason: LocalizedText { $0.isNotADutyCode })
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
            cli.say(l.text { $0.dueDateSetForPeriod(code, period, VietnameseDate.numeric(result.due), VietnameseDate.numeric(result.previous), result.duties) })
        }
    }
}

/// `--period` of a recurring duty: a period code, checked.
enum DutyPeriodOption {
    static func parse(_ raw: String?) throws(OutreachError) -> DutyPeriod? {
        guard let raw else { return nil }
        guard let period = DutyPeriod(code: raw.trimmingCharacters(in: .whitespaces)) else {
            throw .invalidInput(.period, value: raw, reason: LocalizedText { $0.isNotAPeriod })
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
        periodName = line.period?.name(.vi)
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
            abstract: Help.text { $0.thePlansReportBackTracker },
            discussion: Help.text { $0.statusAsOfTodayMarked })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.thePlanCode })
        var plan: String
        @OptionGroup var output: OutputOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.planCode(plan)
            let database = try cli.database()
            let path = try output.path(folder: code.rawValue, name: Exports.Name.duties)
            let lines = try Exports.duties(database, plan: code, today: cli.global.todayDate, to: path)
            let done = lines.filter(\.status.isDone).count
            if cli.json { return cli.printJSON(["path": path, "duties": "\(lines.count)", "reported": "\(done)"]) }
            cli.say(cli.lang.text { $0.wrotePathLinesCountDutiesDone(path, lines.count, done) })
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
                throw .file(path: file, reason: LocalizedText { $0.cannotBeRead })
            }
            throw .fileNotFound(file)
        }
        return (url.path, SHA256.hex(data))
    }
}
