import ArgumentParser
import Foundation
import OutreachCore
import OutreachExport
import OutreachOperations
import OutreachStore

/// `outreach bloc …`: emulation blocs (khối, cụm thi đua), their members and the chair's scores.
struct BlocGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bloc",
        abstract: Help.text { $0.emulationBlocsMembersTheBlocs },
        subcommands: [Create.self, Add.self, Criteria.self, SelfScore.self, Check.self, Score.self, Vote.self, Meeting.self,
                      Show.self, List.self])
}

extension BlocGroup {
    struct Create: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.createABlocOfA },
            discussion: Help.text { $0.theBlocIsScoredOn })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theBlocsCode })
        var code: String
        @Option(help: .text { $0.thePlanWhoseCriteriaThe })
        var plan: String
        @Option(help: .text { $0.theBlocsName })
        var name: String
        @Option(help: .text { $0.theChairUnit })
        var chair: String
        @Option(help: .text { $0.theDeputyUnit })
        var deputy: String?
        @Option(parsing: .upToNextOption, help: .text { $0.furtherMembers })
        var member: [String] = []

        func execute(_ cli: CLI) throws(OutreachError) {
            let view = try cli.database().createBloc(
                code: try cli.unitCode(code, field: "CODE"), name: name, plan: try cli.planCode(plan),
                chair: try cli.unitCode(chair, field: "--chair"),
                deputy: try deputy.map { raw throws(OutreachError) in try cli.unitCode(raw, field: "--deputy") },
                members: try member.map { raw throws(OutreachError) in try cli.unitCode(raw, field: "--member") },
                context: try cli.context())
            if cli.json { return cli.printJSON(BlocJSON(view, lang: cli.lang)) }
            cli.say(cli.lang.text { $0.createdBlocViewCodeStandingsCountMembers(view.code, view.standings.count) })
        }
    }

    struct Add: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.addMembersToABloc },
            discussion: Help.text { $0.exampleOutreachBlocAddKHOI })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theBlocsCode })
        var bloc: String
        @Argument(help: .text { $0.theUnitsToAdd })
        var units: [String]

        func execute(_ cli: CLI) throws(OutreachError) {
            let view = try cli.database().addBlocMembers(
                try cli.unitCode(bloc, field: "BLOC"), units: try units.map { raw throws(OutreachError) in try cli.unitCode(raw, field: "UNIT") },
                context: try cli.context())
            if cli.json { return cli.printJSON(BlocJSON(view, lang: cli.lang)) }
            cli.say(cli.lang.text { $0.blocViewCodeHasStandingsCountMembers(view.code, view.standings.count) })
        }
    }

    struct Score: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.recordAMembersPointsOn },
            discussion: Help.text { $0.pointsRunFromToThe })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theBlocsCode })
        var bloc: String
        @Argument(help: .text { $0.theMemberScored })
        var unit: String
        @Argument(help: .text { $0.theCriterionsCodeInThe })
        var criterion: String
        @Argument(help: .text { $0.thePoints })
        var points: Int

        func execute(_ cli: CLI) throws(OutreachError) {
            guard let slug = Slug(rawValue: criterion.lowercased()) else {
                throw .invalidValue(field: "CRITERION", value: criterion, reason: LocalizedText { $0.isNotACriterionCode })
            }
            let member = try cli.unitCode(unit, field: "UNIT")
            let view = try cli.database().scoreBloc(
                try cli.unitCode(bloc, field: "BLOC"), unit: member, criterion: slug, points: points, context: try cli.context())
            let standing = view.standings.first { $0.unit == member }
            if cli.json {
                return cli.printJSON(["unit": member.rawValue, "criterion": slug.rawValue, "points": "\(points)",
                                      "total": "\(standing?.total ?? 0)", "rank": "\(standing?.rank ?? 0)"])
            }
            cli.say(cli.lang.text { $0.memberSlugPointsTotal(member, slug, points, standing?.total ?? 0, standing?.rank ?? 0) })
        }
    }

    struct Criteria: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.issueTheBlocsOwnCriteria },
            discussion: Help.text { $0.theFileHasTheKeys })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theBlocsCode })
        var bloc: String
        @Argument(help: .text { $0.theCriteriaFileYAML })
        var file: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let yaml = try TemplateLoader.readText(path: file)
            let view = try cli.database().issueBlocScale(try cli.unitCode(bloc, field: "BLOC"), yaml: yaml, file: file,
                                                         context: try cli.context())
            if cli.json { return cli.printJSON(BlocJSON(view, lang: cli.lang)) }
            let total = view.criteria.map(\.points).reduce(0, +)
            cli.say(cli.lang.text { $0.blocViewCodeCriteriaCountCriteriaTotal(view.code, view.criteria.count, total) })
        }
    }

    struct SelfScore: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "self-score",
            abstract: Help.text { $0.aMembersSelfScoreAgainst },
            discussion: Help.text { $0.eachCriterionOnceAsCode })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theBlocsCode })
        var bloc: String
        @Argument(help: .text { $0.theMemberScoringItself })
        var unit: String
        @Argument(help: .text { $0.pointsPerCriterionCodePoints })
        var points: [String]

        func execute(_ cli: CLI) throws(OutreachError) {
            let member = try cli.unitCode(unit, field: "UNIT")
            let view = try cli.database().selfScoreBloc(try cli.unitCode(bloc, field: "BLOC"), unit: member,
                                                        points: try parsePoints(points), context: try cli.context())
            let sent = view.selfScores[member]
            if cli.json {
                return cli.printJSON(["unit": member.rawValue, "total": "\(sent?.total ?? 0)", "late": sent?.late == true ? "true" : "false"])
            }
            let late = sent?.late == true
            cli.say(cli.lang.text { $0.selfScored(member, "\(sent?.total ?? 0)", late) })
        }
    }

    struct Check: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.aCrossCheckOneMember },
            discussion: Help.text { $0.afterTheMemberCheckedSent })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theBlocsCode })
        var bloc: String
        @Argument(help: .text { $0.theMemberChecked })
        var unit: String
        @Option(help: .text { $0.theCheckingMember })
        var by: String
        @Option(help: .text { $0.aRemark })
        var remark: String?
        @Argument(help: .text { $0.checkedPointsPerCriterionCode })
        var points: [String]

        func execute(_ cli: CLI) throws(OutreachError) {
            let member = try cli.unitCode(unit, field: "UNIT")
            let view = try cli.database().crossCheckBloc(
                try cli.unitCode(bloc, field: "BLOC"), unit: member, checker: try cli.unitCode(by, field: "--by"),
                points: try parsePoints(points), remark: remark, context: try cli.context())
            let check = view.checks[member]
            if cli.json { return cli.printJSON(["unit": member.rawValue, "checker": by, "total": "\(check?.total ?? 0)"]) }
            cli.say(cli.lang.text { $0.memberCrossCheckedCheckPoints(member, check?.total ?? 0, view.selfScores[member]?.total ?? 0) })
        }
    }

    struct Vote: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.aMembersBallotInThe },
            discussion: Help.text { $0.onlyOnceEveryMemberHas })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theBlocsCode })
        var bloc: String
        @Argument(help: .text { $0.theVotingMember })
        var voter: String
        @Argument(help: .text { $0.theUnitsProposed })
        var proposes: [String] = []

        func execute(_ cli: CLI) throws(OutreachError) {
            let view = try cli.database().voteBloc(
                try cli.unitCode(bloc, field: "BLOC"),
                ballot: BlocBallotRequest(voter: try cli.unitCode(voter, field: "VOTER"),
                                          proposes: try proposes.map { raw throws(OutreachError) in try cli.unitCode(raw, field: "PROPOSES") }),
                context: try cli.context())
            if cli.json { return cli.printJSON(BlocJSON(view, lang: cli.lang)) }
            cli.say(cli.lang.text { $0.blocViewCodeBallotsCountStandingsCountMembers(view.code, view.ballots.count, view.standings.count) })
        }
    }

    struct Meeting: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.recordAMeetingOfThe },
            discussion: Help.text { $0.kindCompactQuarterlySixMonth })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theBlocsCode })
        var bloc: String
        @Argument(help: .text { $0.theKindOfMeeting })
        var kind: String
        @Option(help: .text { $0.theDayHeldYYYYMM })
        var on: String
        @Option(parsing: .upToNextOption, help: .text { $0.theMembersPresent })
        var present: [String] = []
        @Option(help: .text { $0.aNote })
        var note: String?

        func execute(_ cli: CLI) throws(OutreachError) {
            guard let meeting = BlocMeetingKind(rawValue: kind) else {
                throw .invalidValue(field: "KIND", value: kind, reason: LocalizedText { $0.mustBeAllCases(BlocMeetingKind.allCases.map(\.rawValue).joined(separator: ", ")) })
            }
            let view = try cli.database().recordBlocMeeting(
                try cli.unitCode(bloc, field: "BLOC"), kind: meeting, on: try DateOption.required(on, option: "--on"),
                present: try present.map { raw throws(OutreachError) in try cli.unitCode(raw, field: "--present") }, note: note,
                context: try cli.context())
            let held = view.meetings.last { $0.kind == meeting }
            if cli.json {
                return cli.printJSON(["kind": meeting.rawValue, "present": "\(held?.present.count ?? 0)", "absent": "\(held?.absent.count ?? 0)"])
            }
            cli.say(cli.lang.text { $0.blocCountOfHeld(meeting.label, view.code, held?.present.count ?? 0, held?.absent.count ?? 0) })
        }
    }

    struct Show: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.aBlocsMembersRankedBy },
            discussion: Help.text { $0.exampleOutreachBlocShowKHOI })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theBlocsCode })
        var bloc: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let view = try cli.database().bloc(try cli.unitCode(bloc, field: "BLOC"), asOf: cli.global.todayDate)
            let l = cli.lang
            if cli.json { return cli.printJSON(BlocJSON(view, lang: l)) }
            var lines = ["\(view.code)  \(view.name)",
                         l.text { $0.chairChair(view.chair) }
                             + (view.deputy.map { deputy in l.text { $0.deputyOfBloc(deputy) } } ?? "")
                             + l.text { $0.planTemplateCodeInBloc(view.plan.template.code) }]
            let criteria = view.criteria
            if view.scale != nil {
                lines.append(l.text { $0.theBlocsOwnCriteria }
                             + (view.scale?.selfScoreDue.map { due in l.text { $0.selfScoresDueNumeric(VietnameseDate.numeric(due)) } } ?? ""))
            }
            let chain = view.scale != nil || !view.selfScores.isEmpty
            let voted = !view.votes.isEmpty
            var table = Table([l.text { $0.rank }, l.text { $0.unit }]
                              + criteria.map { "\($0.code) (\($0.points))" }
                              + (chain ? [l.text { $0.selfText }, l.text { $0.checked }] : [])
                              + [l.text { $0.total }]
                              + (voted ? [l.text { $0.votes }, l.text { $0.proposedInBloc }] : []))
            for standing in view.standings {
                let vote = view.votes.first { $0.unit == standing.unit }
                let selfScore = view.selfScores[standing.unit].map { "\($0.total)" + ($0.late ? l.text { $0.lateInBloc } : "") } ?? "–"
                table.add(["\(standing.rank)", standing.unitName]
                          + criteria.map { standing.points[$0.code.rawValue].map(String.init) ?? "–" }
                          + (chain ? [selfScore, view.checks[standing.unit].map { "\($0.total)" } ?? "–"] : [])
                          + ["\(standing.total)"]
                          + (voted ? ["\(vote?.votes ?? 0)/\(vote?.members ?? 0)", vote?.proposed == true ? l.text { $0.yes } : l.text { $0.noInBloc }] : []))
            }
            lines.append(table.render())
            for standing in view.standings {
                if let tie = standing.tie { lines.append("  \(standing.unitName): \(tie.text(l))") }
                if let check = view.checks[standing.unit], let remark = check.remark {
                    lines.append(l.text { $0.unitNameCrossCheckedByChecker(standing.unitName, check.checker?.rawValue ?? "?", remark) })
                }
            }
            if voted { lines.append(l.text { $0.proposedWhen } + view.voteRule.label.text(l)) }
            for meeting in view.meetings {
                lines.append("  \(meeting.kind.label.text(l)) \(VietnameseDate.numeric(meeting.heldOn)): "
                             + l.text { $0.presentCountPresentAbsent(meeting.present.count) }
                             + (meeting.absent.isEmpty ? "–" : meeting.absent.map(\.rawValue).joined(separator: ", ")))
            }
            cli.say(lines.joined(separator: "\n"))
        }
    }

    struct List: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.theBlocsOfAPlan }, discussion: Help.text { $0.exampleOutreachBlocListLCU })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.thePlanCode })
        var plan: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let database = try cli.database()
            let code = try cli.planCode(plan)
            _ = try database.plan(code)
            let views = try database.blocs(plan: code).map { code throws(OutreachError) in try database.bloc(code) }
            if cli.json { return cli.printJSON(views.map { BlocJSON($0, lang: cli.lang) }) }
            let l = cli.lang
            var table = Table(l.catalogue.blocCodeNameChairHeadings)
            for view in views {
                table.add([view.code.rawValue, view.name, view.chair.rawValue, view.deputy?.rawValue ?? "", "\(view.standings.count)"])
            }
            cli.say(table.render())
        }
    }
}

/// A bloc as `--json` prints it.
struct BlocJSON: Encodable {
    struct Member: Encodable {
        var unit: String
        var name: String
        var rank: Int
        var total: Int
        var points: [String: Int]
        var tie: String?
        var selfScore: Int?
        var selfScoreLate: Bool?
        var checkedScore: Int?
        var checkedBy: String?
        var remark: String?
        var votes: Int?
        var share: Double?
        var proposed: Bool?
    }

    struct MeetingJSON: Encodable {
        var kind: String
        var on: String
        var present: [String]
        var absent: [String]
        var note: String?
    }

    var code: String
    var name: String
    var plan: String
    var chair: String
    var deputy: String?
    var members: [Member]
    var ownCriteria: Bool
    var criteria: [String: Int]
    var voteRule: String?
    var meetings: [MeetingJSON]

    init(_ view: BlocView, lang: Language) {
        code = view.code.rawValue
        name = view.name
        plan = view.plan.template.code.rawValue
        chair = view.chair.rawValue
        deputy = view.deputy?.rawValue
        members = view.standings.map {
            let vote = view.votes.first { [unit = $0.unit] in $0.unit == unit }
            let selfScore = view.selfScores[$0.unit], check = view.checks[$0.unit]
            return Member(unit: $0.unit.rawValue, name: $0.unitName, rank: $0.rank, total: $0.total, points: $0.points,
                          tie: $0.tie?.text(lang), selfScore: selfScore?.total, selfScoreLate: selfScore?.late,
                          checkedScore: check?.total, checkedBy: check?.checker?.rawValue, remark: check?.remark,
                          votes: vote?.votes, share: vote?.share, proposed: vote?.proposed)
        }
        ownCriteria = view.scale != nil
        criteria = Dictionary(view.criteria.map { ($0.code.rawValue, $0.points) }, uniquingKeysWith: { a, _ in a })
        voteRule = view.votes.isEmpty ? nil : view.voteRule.label.text(lang)
        meetings = view.meetings.map {
            MeetingJSON(kind: $0.kind.rawValue, on: $0.heldOn.iso, present: $0.present.map(\.rawValue),
                        absent: $0.absent.map(\.rawValue), note: $0.note)
        }
    }
}

extension ExportGroup {
    struct BlocExport: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "bloc",
            abstract: Help.text { $0.aBlocsScoreSheetPoints },
            discussion: Help.text { $0.exampleWritesExportsKHOILDLD })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theBlocsCode })
        var bloc: String
        @OptionGroup var output: OutputOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let database = try cli.database()
            let code = try cli.unitCode(bloc, field: "BLOC")
            let path = try output.path(folder: code.rawValue, name: Exports.Name.bloc)
            let view = try Exports.bloc(database, bloc: code, today: cli.global.todayDate, to: path)
            if cli.json { return cli.printJSON(["path": path, "members": "\(view.standings.count)"]) }
            cli.say(cli.lang.text { $0.wrotePathStandingsCountUnits(path, view.standings.count) })
        }
    }
}

/// `code=points` arguments as points per criterion; a malformed one or a criterion given twice is a usage mistake.
func parsePoints(_ raw: [String]) throws(OutreachError) -> [Slug: Int] {
    var points: [Slug: Int] = [:]
    for item in raw {
        let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let code = Slug(rawValue: parts[0].lowercased()), let value = Int(parts[1]) else {
            throw .invalidValue(field: "POINTS", value: item, reason: LocalizedText { $0.writeCriterionCodePointsE })
        }
        if points[code] != nil {
            throw .invalidValue(field: "POINTS", value: item, reason: LocalizedText { $0.criterionCodeIsGivenTwice(code) })
        }
        points[code] = value
    }
    return points
}
