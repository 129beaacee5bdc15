import ArgumentParser
import Foundation
import OutreachCore
import OutreachExport
import OutreachStore

/// `outreach cascade …`: the follow-up every attending office owes, and how it comes back up.
struct CascadeGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cascade",
        abstract: Help.text { $0.followUpCascadesDutiesPer },
        discussion: Help.text { $0.afterASessionIsHeld },
        subcommands: [Open.self, Plan.self, Report.self, Accept.self, Reopen.self, Status.self, Remind.self])
}

/// A duty named on the command line: `SESSION [--unit U]` or `--duty N`.
struct DutyOptions: ParsableArguments {
    @Argument(help: .text { $0.theSessionTheDutyComes })
    var session: String?
    @Option(help: .text { $0.theOfficeThatOwesThe })
    var unit: String?
    @Option(help: .text { $0.theDutyNumberAsIn })
    var duty: Int64?

    func validate() throws {
        if (session == nil) == (duty == nil) {
            throw usageError { $0.nameTheDutySESSIONUnit }
        }
        if duty != nil && unit != nil { throw usageError { $0.dutyAndUnitDoNot } }
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
            abstract: Help.text { $0.fixTheFollowUpDuties },
            discussion: Help.text { $0.officesWithAtLeastOne })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Flag(help: .text { $0.obligeEveryInvitedOfficeNot })
        var invited = false

        func execute(_ cli: CLI) throws(OutreachError) {
            let duties = try cli.database().openCascade(
                session: try cli.sessionCode(session), invited: invited, context: try cli.context())
            if cli.json { return cli.printJSON(duties) }
            let due = duties.first.map { VietnameseDate.numeric($0.due) } ?? "–"
            cli.say(cli.lang.text { $0.openedDutiesCountFollowUpDuties(duties.count, due) })
        }
    }

    struct Plan: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.createAnOfficesOwnSession },
            discussion: Help.text { $0.theChildInheritsTitleTopic })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theParentSessionCode })
        var parent: String
        @Option(help: .text { $0.theOfficeThatReRuns })
        var unit: String
        @Option(help: .text { $0.theDayTheChildSession })
        var date: String
        @Option(help: .text { $0.whereItIsHeld })
        var venue: String
        @Option(help: .text { $0.thePlaceInTheDate })
        var place: String?
        @Option(help: .text { $0.theChildSessionsCodeDefault })
        var code: String?
        @Option(help: .text { $0.daysItLasts })
        var days: Int = 1
        @Option(name: .customLong("per-unit"), help: .text { $0.placesPerInvitedUnit })
        var perUnit: Int = 1
        @Option(help: .text { $0.rolesThePlacesAcceptCodes })
        var roles: String?
        @Option(name: .customLong("follow-up-days"), help: .text { $0.theChildRequiresAFollow })
        var followUpDays: Int?
        @Option(name: .customLong("follow-up-due"), help: .text { $0.theChildRequiresAFollowUp })
        var followUpDue: String?
        @Option(help: .text { $0.whomTheChildsFollowUp })
        var audience: DutyAudience?

        func validate() throws {
            _ = try parseDate(date, option: "--date")
            _ = try parseDate(followUpDue, option: "--follow-up-due")
            if followUpDays != nil && followUpDue != nil {
                throw usageError { $0.giveFollowUpDaysOr }
            }
            if let followUpDays, !(0...3650).contains(followUpDays) {
                throw usageError { $0.followUpDaysMustBe }
            }
            if audience != nil && followUpDays == nil && followUpDue == nil {
                throw usageError { $0.audienceNeedsFollowUpDays }
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
            cli.say(cli.lang.text { $0.createdSessionCodeOnNumeric(session.code, VietnameseDate.numeric(session.starts), duty.id, duty.unit, VietnameseDate.numeric(duty.due), quotas) })
        }
    }

    struct Report: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.reportAFollowUpAs },
            discussion: Help.text { $0.theFiguresAreTypedOr })

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: DutyOptions
        @Option(help: .text { $0.theDayTheFollowUp })
        var held: String?
        @Option(name: .customLong("reached-units"), help: .text { $0.unitsReachedInCascade })
        var reachedUnits: Int?
        @Option(name: .customLong("reached-people"), help: .text { $0.peopleReachedInCascade })
        var reachedPeople: Int?
        @Flag(name: .customLong("from-attendance"), help: .text { $0.countUnitsAndPeopleFrom })
        var fromAttendance = false
        @Option(help: .text { $0.aNoteKeptWithTheReport })
        var note: String?

        func validate() throws {
            _ = try parseDate(held, option: "--held")
            if !fromAttendance && (held == nil || reachedUnits == nil || reachedPeople == nil) {
                throw usageError { $0.giveHeldReachedUnitsAnd }
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
            cli.say(l.text { $0.unitReportSaved(previous != nil, duty.unit, "\(VietnameseDate.numeric(report.done))", report.reachedUnits, duty.audienceUnits, report.reachedPeople, status.label(l)) })
        }
    }

    struct Accept: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.acceptAnOfficesReportThe },
            discussion: Help.text { $0.exampleOutreachCascadeAcceptLCI })

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: DutyOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let duty = try cli.database().acceptDuty(try target.target(cli), context: try cli.context())
            if cli.json { return cli.printJSON(duty) }
            cli.say(cli.lang.text { $0.acceptedTheReportOfUnit(duty.unit, duty.id) })
        }
    }

    struct Reopen: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.reopenAnAcceptedReportSo },
            discussion: Help.text { $0.exampleOutreachCascadeReopenLCI })

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: DutyOptions
        @Option(help: .text { $0.whyTheReportIsReopened })
        var reason: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let duty = try cli.database().reopenDuty(try target.target(cli), reason: reason, context: try cli.context())
            if cli.json { return cli.printJSON(duty) }
            cli.say(cli.lang.text { $0.reopenedTheReportOfUnit(duty.unit, duty.id) })
        }
    }
}
