import Foundation
import ArgumentParser
import OutreachCore
import OutreachStore

/// `outreach session …`: sessions and their quotas.
struct SessionGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: Help.text { $0.createSessionsFromTemplatesList },
        subcommands: [Create.self, List.self, Show.self, Quota.self])
}

extension SessionGroup {
    struct Create: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.createASessionFromA },
            discussion: Help.text { $0.importTheUnitsFirstOutreach })

        @OptionGroup var global: GlobalOptions
        @Option(help: .text { $0.theSessionTemplateFile })
        var template: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let yaml = try TemplateLoader.readText(path: template)
            let (session, quotas) = try cli.database().createSession(yaml: yaml, file: template, context: try cli.context())
            let total = quotas.reduce(0) { $0 + $1.slots.reduce(0) { $0 + $1.count } }
            if cli.json {
                return cli.printJSON(["code": session.code.rawValue, "offices": "\(quotas.count)", "places": "\(total)"])
            }
            cli.say(cli.lang.text { $0.createdSessionCodeQuotasCountOffices(session.code, quotas.count, total) })
        }
    }

    struct List: OutreachCommand {
        static let configuration = CommandConfiguration(abstract: Help.text { $0.listSessionsNewestFirst })

        @OptionGroup var global: GlobalOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            // With --as, only the sessions that unit takes part in or organises, as its pages list them.
            let sessions = try cli.database().sessions(visibleTo: Principal(cli.global.actingUnit))
            let day = cli.global.todayDate
            if cli.json { return cli.printJSON(sessions.map { SessionJSON($0, statusOn: day) }) }
            // The organiser tells apart the follow-up sessions, which carry their parent's title; the status is
            // as on the command's day.
            var table = Table(cli.lang.catalogue.sessionCodeDateOrganiserHeadings)
            for session in sessions {
                table.add([
                    session.code.rawValue, VietnameseDate.numeric(session.starts), session.organiser.rawValue,
                    session.title, session.status(on: cli.global.todayDate).label(cli.lang),
                ])
            }
            cli.say(table.render())
        }
    }

    struct Show: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.showASessionsFacts }, discussion: Help.text { $0.exampleOutreachSessionShowLCI })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var code: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let database = try cli.database()
            let session = try database.session(try cli.sessionCode(code), visibleTo: cli.principal)
            if cli.json { return cli.printJSON(SessionJSON(session, statusOn: cli.global.todayDate)) }
            let l = cli.lang
            let organiser = (try? database.unit(session.organiser))?.name ?? session.organiser.rawValue
            var lines = [
                "\(session.code)  \(session.title)",
                "  \(l.text { $0.organiserInSession }): \(organiser)",
                "  \(l.text { $0.when }): \(session.when(l))",
                "  \(l.text { $0.venue }): \(session.venue)",
            ]
            if session.schedule != nil {
                let parts = session.parts.map { part in
                    session.schedule(of: part).map {
                        "\(part.label(l)) \($0.start.vietnamese)–\($0.end.vietnamese) (\(VietnameseDuration.text(minutes: $0.minutes, l)))"
                    } ?? part.label(l)
                }
                lines.append("  \(l.text { $0.partsInSession }): " + parts.joined(separator: "; "))
            }
            if let deadline = session.nominationDeadline {
                lines.append("  \(l.text { $0.nominationDeadline }): \(VietnameseDate.numeric(deadline))")
            }
            lines.append("  \(l.text { $0.roles }): " + session.roles.map { "\($0.code) (\($0.label(l)))" }.joined(separator: ", "))
            if !session.content.isEmpty {
                lines.append("  \(l.text { $0.content }):")
                lines += session.content.map { "    - \($0)" }
            }
            cli.say(lines.joined(separator: "\n"))
        }
    }

    struct Quota: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.showEachOfficesQuotaRequired },
            discussion: Help.text { $0.showOutreachSessionQuotaLCI })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var code: String
        @Option(help: .text { $0.onlyThisOfficeRequiredTo })
        var unit: String?
        @Option(help: .text { $0.theRoleWhoseSlotTo })
        var role: String?
        @Option(help: .text { $0.theNewNumberOfPlaces })
        var count: Int?
        @Flag(help: .text { $0.lowerTheCountEvenBelow })
        var force = false

        func validate() throws {
            if count != nil && (unit == nil || role == nil) {
                throw usageError { $0.countNeedsUnitAndRole }
            }
            if count == nil && (role != nil || force) {
                throw usageError { $0.roleAndForceOnlyMake }
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let session = try cli.sessionCode(code)
            let remote = try cli.remote()
            if let count, let unit, let role {
                if remote != nil {
                    throw .usage(LocalizedText { $0.changingAQuotaIsThe })
                }
                let database = try cli.database()
                let change = try database.setQuota(
                    session: session, unit: try cli.unitCode(unit), role: try cli.roleCode(role, session: session), count: count,
                    force: force, context: try cli.context())
                cli.say("\(change.unit) – \(change.roles): \(change.from) → \(change.to)")
                if !change.beyond.isEmpty {
                    cli.warn(cli.lang.text { $0.beyondTheQuota } + change.beyond.joined(separator: "; "))
                }
                return
            }
            let statuses: [QuotaStatus]
            if let remote {
                // What the server lets this office's code see, as `session quota --as` shows it locally.
                let office = try unit.map { raw throws(OutreachError) in try remote.unitCode(raw) }
                let body = try remote.send(
                    "GET", "/api/v1/sessions/\(session.rawValue)/quota" + (office.map { "?unit=\($0.rawValue)" } ?? ""))
                guard let report = try? JSONDecoder().decode(QuotaReportJSON.self, from: body) else {
                    throw .server(message: cli.lang.text { $0.theServersAnswerIsMalformed }, status: .io)
                }
                statuses = report.offices
            } else {
                let office = try unit.map { raw throws(OutreachError) in try cli.unitCode(raw) }
                statuses = try cli.database().quotaStatus(
                    session: session, office: office, visibleTo: Principal(cli.global.actingUnit))
            }
            if cli.json { return cli.printJSON(QuotaReportJSON(session: session.rawValue, offices: statuses)) }
            let l = cli.lang
            var table = Table(
                l.catalogue.sessionOfficeRoleRequiredHeadings,
                numeric: [2, 3, 4, 5])
            var group = ""
            for status in statuses {
                if status.group != group {
                    group = status.group
                    table.add(["[\(group)]", "", "", "", "", ""])
                }
                for (index, slot) in status.slots.enumerated() {
                    table.add([
                        index == 0 ? status.unit : "", slot.roles.joined(separator: "/"), "\(slot.required)",
                        "\(slot.nominated)", "\(slot.confirmed)",
                        slot.missing > 0 ? "\(slot.missing)" : slot.over > 0 ? l.text { $0.overOver(slot.over) } : "",
                    ])
                }
            }
            let total = QuotaStatus.total(statuses)
            table.add([
                l.text { $0.totalInAttendance }, "", "\(total.required)", "\(total.nominated)", "\(total.confirmed)",
                "\(total.missing)",
            ])
            cli.say(table.render())
            let short = statuses.filter { $0.missing > 0 }
            if !short.isEmpty {
                let named = short.prefix(12).map { "\($0.unit) (\($0.missing))" }.joined(separator: ", ")
                let more = short.count > 12 ? l.text { $0.andCountMore(short.count - 12) } : ""
                cli.say(l.text { $0.officesShortInSession } + named + more)
            }
        }
    }
}

