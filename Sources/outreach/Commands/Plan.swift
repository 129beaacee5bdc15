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
        abstract: Help.text { $0.loadYearlyPlansActivitiesBy },
        subcommands: [Import.self, List.self, Show.self, Duties.self, Eligible.self, Done.self, Progress.self])
}

extension PlanGroup {
    struct Import: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.loadAPlanFileYAML },
            discussion: Help.text { $0.importThePlansUnitsFirst })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.thePlanFile })
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
            let counts = cli.lang.text { $0.activitiesCountActivitiesDutiesCountDutiesBlocsCount(template.activities.count, template.duties.count, template.blocs.count) }
            switch outcome {
            case .inserted:
                cli.say(cli.lang.text { $0.loadedPlanTemplateCodeCounts(template.code, counts) })
            case .unchanged:
                cli.say(cli.lang.text { $0.planTemplateCodeIsAlreadyLoaded(template.code) })
            }
        }
    }

    struct List: OutreachCommand {
        static let configuration = CommandConfiguration(abstract: Help.text { $0.listPlansNewestYearFirst })

        @OptionGroup var global: GlobalOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let plans = try cli.database().plans()
            if cli.json { return cli.printJSON(plans.map(PlanJSON.init)) }
            var table = Table(cli.lang.catalogue.planCodeYearTitleHeadings)
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
            abstract: Help.text { $0.showAPlanItsActivities },
            discussion: Help.text { $0.exampleOutreachPlanShowLCU })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.thePlanCode })
        var code: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let plan = try cli.database().plan(try cli.planCode(code))
            if cli.json { return cli.printJSON(PlanJSON(plan)) }
            let l = cli.lang
            let template = plan.template
            var lines = ["\(template.code)  \(l.text { $0.planInPlan }) \(template.title)"]
            if let document = template.document {
                let number = document.number.map { "\(l.text { $0.no }) \($0)" }
                let date = document.date.map(VietnameseDate.numeric)
                lines.append("  " + [number, date, document.signer].compactMap { $0 }.joined(separator: ", "))
            }
            for (quarter, activities) in plan.activitiesByQuarter {
                lines.append("  \(l.text { $0.quarter }) \(RomanNumeral.of(quarter))")
                lines += activities.map { activity in
                    let session = activity.session.map { " [\(l.text { $0.session }) \($0)]" } ?? ""
                    return "    \(activity.number). \(activity.content) — \(activity.responsible)\(session)"
                }
            }
            if !template.duties.isEmpty {
                lines.append("  \(l.text { $0.duties })")
                for (duty, owing) in zip(template.duties, plan.owing) {
                    let owers = duty.owedByBlocs.isEmpty
                        ? l.text { $0.owingCountUnits(owing.count) }
                        : l.text { $0.bloc } + duty.owedByBlocs.map(\.rawValue).joined(separator: ", ")
                    let recipients = duty.sendTo.map { $0.name(units: { _ in nil }, plan: template) }
                    // A recurring duty: its periods and their days as the file sets them.
                    let due = duty.recurs.map { recurs in
                        l.text { $0.everyEvery(recurs.every) } + " ("
                            + recurs.schedule.map { "\($0.period.code) \($0.due.map(VietnameseDate.numeric) ?? "…")" }
                                .joined(separator: ", ") + ")"
                    } ?? "\(l.text { $0.dueInPlan }) \(VietnameseDate.numeric(duty.due))"
                    lines.append("    \(duty.code): \(duty.title), \(due), "
                                 + owers + (recipients.isEmpty ? "" : l.text { $0.to } + recipients.joined(separator: "; ")))
                }
            }
            if let rule = template.awardRule {
                lines.append("  \(l.text { $0.awardRule }): "
                             + rule.requires.map(\.rawValue).joined(separator: ", ")
                             + " (\(rule.reading.label.text(l)))")
            }
            for (bloc, members) in zip(template.blocs, plan.blocMembers) {
                lines.append("  \(l.text { $0.blocInPlan }) \(bloc.code): \(bloc.name), "
                             + l.text { $0.chairMembersCountMembers(bloc.chair, members.count) })
            }
            cli.say(lines.joined(separator: "\n"))
        }
    }
}

extension PlanGroup {
    struct Duties: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.whatEachUnitOwesUnder },
            discussion: Help.text { $0.oneLinePerUnitAnd })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.thePlanCode })
        var plan: String
        @Option(help: .text { $0.onlyThisUnitsDuties })
        var unit: String?

        func execute(_ cli: CLI) throws(OutreachError) {
            let today = cli.global.todayDate
            let unitCode = try unit.map { raw throws(OutreachError) in try cli.unitCode(raw) }
            let (_, lines) = try cli.database().planDuties(try cli.planCode(plan), today: today, unit: unitCode)
            if cli.json { return cli.printJSON(lines.map { PlanDutyJSON($0, today: today, lang: cli.lang) }) }
            let l = cli.lang
            // A column for the period only when a duty of the plan recurs.
            let periods = lines.contains { $0.period != nil }
            var headings = l.catalogue.planNoDutyUnitHeadings
            if periods { headings.insert(l.text { $0.period }, at: 2) }
            var table = Table(headings)
            for line in lines {
                let owner = line.bloc.map { "\($0) (\(line.duty.unit))" } ?? line.duty.unit.rawValue
                var cells = ["\(line.duty.id)", line.code.rawValue, owner, VietnameseDate.numeric(line.duty.due),
                             line.report.map { VietnameseDate.numeric($0.report.done) } ?? "", line.status.label(l),
                             line.report?.file.map { URL(fileURLWithPath: $0).lastPathComponent } ?? ""]
                if periods { cells.insert(line.period.map { $0.name(l) } ?? "", at: 2) }
                table.add(cells)
            }
            cli.say(table.render())
            var sentTo: [String] = []
            for line in lines where !line.recipients.isEmpty && !sentTo.contains(where: { $0.hasPrefix("  \(line.code): ") }) {
                sentTo.append("  \(line.code): " + line.recipients.joined(separator: "; "))
            }
            if !sentTo.isEmpty { cli.say(l.text { $0.sentTo } + "\n" + sentTo.joined(separator: "\n")) }
            let done = lines.filter(\.status.isDone).count
            let onTime = lines.filter { $0.status == .onTime }.count
            cli.say(l.text { $0.doneLinesCountReportedOnTimeOn(done, lines.count, onTime, VietnameseDate.numeric(today)) })
        }
    }

    struct Eligible: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.thePlansAwardRuleUnits },
            discussion: Help.text { $0.aUnitIsEligibleWhen })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.thePlanCode })
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
            var table = Table(l.catalogue.planUnitNameEligibleHeadings)
            for unit in units {
                table.add([unit.unit.rawValue, unit.unitName, unit.eligible ? l.text { $0.yesInPlan } : l.text { $0.noInPlan },
                           unit.checks.map { $0.text.text(l) }.joined(separator: "; ")])
            }
            cli.say(table.render())
            let count = units.filter(\.eligible).count
            let required = rule.requires.map(\.rawValue).joined(separator: ", ")
            cli.say(l.text { $0.countUnitsCountUnitsMayBe(count, units.count, required, reading.label) })
        }
    }
}

extension PlanGroup {
    struct Done: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.markAPlansActivityDone },
            discussion: Help.text { $0.numberIsTheActivitysNumber })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.thePlanCode })
        var plan: String
        @Argument(help: .text { $0.theActivitysNumberTheTT })
        var number: Int
        @Option(help: .text { $0.theDayItWasDone })
        var on: String
        @Option(help: .text { $0.theEvidenceFileItsPath })
        var file: String?
        @Option(help: .text { $0.aNote })
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
            let evidence = mark.sha256.map { " – \(l.text { $0.file }) \(mark.file ?? "") (SHA-256 \($0.prefix(12))…)" } ?? ""
            cli.say(l.text { $0.activityNumberQuarterOfDone(activity.number, RomanNumeral.of(activity.quarter), VietnameseDate.numeric(mark.done)) }
                    + evidence + (previous.map { earlier in l.text { $0.correctsTheMarkOfNumeric(VietnameseDate.numeric(earlier.done)) } } ?? ""))
        }
    }

    struct Progress: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.aPlansProgressPerQuarter },
            discussion: Help.text { $0.exampleOutreachPlanProgressLCU })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.thePlanCode })
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
            var table = Table(l.catalogue.planQuarterActivitiesDoneHeadings)
            for q in quarters {
                table.add([RomanNumeral.of(q.quarter), "\(q.total)", "\(q.done)", "\(q.doneLate)", "\(q.overdue)",
                           q.activities.filter { $0.mark == nil }.map { "\($0.number)" }.joined(separator: ", ")])
            }
            cli.say(table.render())
            let done = quarters.map(\.done).reduce(0, +), total = quarters.map(\.total).reduce(0, +)
            cli.say(l.text { $0.doneTotalActivitiesDoneAs(done, total, VietnameseDate.numeric(cli.global.todayDate)) })
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
            abstract: Help.text { $0.aPlanAsIssuedTT },
            discussion: Help.text { $0.exampleWritesExportsLCUTDKT })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.thePlanCode })
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
            cli.say(cli.lang.text { $0.wrotePathActivitiesCountActivities(path, resolved.template.activities.count) })
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
