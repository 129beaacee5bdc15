import ArgumentParser
import Foundation
import OutreachCore
import OutreachStore

extension NomineeGroup {
    struct Promote: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.giveANomineesPlaceTo },
            discussion: Help.text { $0.nomineeIsTheOneWhose })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Argument(help: .text { $0.theNomineeWhosePlaceTheReserve })
        var nominee: String
        @Option(help: .text { $0.theReserveToPromoteDefault })
        var reserve: String?
        @Flag(help: .text { $0.confirmThePromotedReserveAt })
        var confirm = false
        @OptionGroup var late: LateOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let promoted: NomineeJSON
            if let remote = try cli.remote() {
                var body = PlaceBody(nominee: nominee)
                body.reserve = reserve
                body.confirm = confirm ? true : nil
                body.late = late.late ? true : nil
                body.reason = late.reason
                promoted = try remote.post("/api/v1/sessions/\(code.rawValue)/promote", body)
            } else {
                promoted = NomineeJSON(try cli.database().promote(
                    session: code, place: nominee, reserve: reserve, confirm: confirm, context: try cli.context(late: late)))
            }
            if cli.json { return cli.printJSON(promoted) }
            let status = LocalizedText(each: { NominationStatus(rawValue: promoted.status)?.label($0) ?? promoted.status })
            cli.say(cli.lang.text { $0.reservePromoted(promoted.id, promoted.name, promoted.replaces ?? 0, status) })
        }
    }

    struct Show: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.showOneNomineeWithThe },
            discussion: Help.text { $0.exampleOnTheDemoOUTREACHTODAY })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Argument(help: .text { $0.theNomineeNumberPhoneOr })
        var nominee: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let history: NomineeHistoryJSON
            if let remote = try cli.remote() {
                history = try remote.get("/api/v1/sessions/\(code.rawValue)/history", query: [("nominee", nominee)])
            } else {
                let found = try cli.database().history(session: code, nominee: nominee, visibleTo: Principal(cli.global.actingUnit))
                history = NomineeHistoryJSON(found)
            }
            if cli.json {
                return cli.printJSON(HistoryJSON(chain: history.chain, audit: history.audit.map(AuditJSON.init)))
            }
            let l = cli.lang
            cli.say(l.text { $0.replacementChainOldestFirst })
            for (index, link) in history.chain.enumerated() {
                let arrow = index == 0 ? "  " : "→ "
                let status = NominationStatus(rawValue: link.status)?.label(l) ?? link.status
                var line = "\(arrow)#\(link.id) \(link.name) (\(link.sender), \(link.role)) – \(status)"
                if let replaced = link.replaces { line += l.text { $0.replacesReplaced(replaced) } }
                cli.say(line)
            }
            cli.say("")
            cli.say(AuditJSON.table(history.audit, lang: l))
        }
    }
}

/// `nominee show --json`: the chain and its audit lines.
struct HistoryJSON: Encodable {
    var chain: [NomineeJSON]
    var audit: [AuditJSON]
}
