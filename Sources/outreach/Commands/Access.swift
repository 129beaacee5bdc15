import ArgumentParser
import Foundation
import OutreachCore
import OutreachStore

/// `outreach access …`: give offices their own sign-in to the server (`outreach serve`).
struct AccessGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: Help.text { $0.giveAnOfficeItsOwn },
        discussion: Help.text { $0.eachOfficeGetsAToken },
        subcommands: [Grant.self, List.self, Revoke.self])
}

extension AccessGroup {
    struct Grant: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.giveAUnitANew },
            discussion: Help.text { $0.theLinkOpensTheSign })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theUnitEGPGD })
        var unit: String
        @Option(help: .text { $0.theLastDayTheCode })
        var expires: String?
        @Option(help: .text { $0.theServersAddressAsOffices })
        var url: String?

        func validate() throws {
            if let expires, (try? CalendarDate(iso: expires)) == nil {
                throw usageError { $0.expiresMustBeAReal(expires) }
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            // The address is checked before anything is written: a bad one must not leave a code nobody can use.
            let base = try PublicAddress.from(url, option: "--url", variables: ["OUTREACH_URL"])?.base ?? "http://127.0.0.1:8080"
            let database = try cli.database()
            let until = expires.flatMap { try? CalendarDate(iso: $0) } ?? CalendarDate.today().adding(days: 60)
            let grant = try database.grantAccess(unit: try cli.unitCode(unit, field: "<unit>"), expires: until, context: try cli.context())
            let link = base + "/dang-nhap?ma=" + grant.token
            if cli.json {
                return cli.printJSON(GrantJSON(unit: grant.unit.rawValue, token: grant.token, link: link, expires: grant.expires?.iso))
            }
            let l = cli.lang
            cli.say(l.text { $0.accessForUnitNumberId(grant.unit, grant.id) })
            cli.say(l.text { $0.signInLink } + link)
            cli.say(l.text { $0.codeInAccess } + grant.token)
            cli.say(l.text { $0.expiresAfter } + (grant.expires.map(VietnameseDate.numeric) ?? "-"))
            cli.say(l.text { $0.theCodeIsPrintedThis })
        }
    }

    struct List: OutreachCommand {
        /// A moment as the table shows it: day first, Vietnam's time, to the minute.
        static func shown(_ date: Date) -> String {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = VietnameseDate.timeZone
            formatter.dateFormat = "dd/MM/yyyy HH:mm"
            return formatter.string(from: date)
        }

        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.listTheSignInsGiven },
            discussion: Help.text { $0.exampleOutreachAccessListJson })

        @OptionGroup var global: GlobalOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let entries = try cli.database().accessList(context: try cli.context())
            if cli.json { return cli.printJSON(entries) }
            let l = cli.lang
            var table = Table(
                l.catalogue.accessNoUnitStateHeadings, numeric: [0])
            for entry in entries {
                let state = switch entry.state {
                case .active: l.text { $0.active }
                case .revoked: l.text { $0.revoked }
                case .expired: l.text { $0.expired }
                }
                table.add([
                    "\(entry.id)", entry.unit, state, entry.expires.flatMap { try? CalendarDate(iso: $0) }.map(VietnameseDate.numeric) ?? "-",
                    entry.lastUsedAt.map(Self.shown) ?? "-",
                ])
            }
            cli.say(table.render())
        }
    }

    struct Revoke: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.revokeEverySignInOf },
            discussion: Help.text { $0.exampleOutreachAccessRevokePGD })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theUnitEGPGD })
        var unit: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.unitCode(unit, field: "<unit>")
            let count = try cli.database().revokeAccess(unit: code, context: try cli.context())
            if cli.json { return cli.printJSON(["unit": code.rawValue, "revoked": "\(count)"]) }
            cli.say(count == 0
                ? cli.lang.text { $0.codeHadNoAccessIn(code) }
                : cli.lang.text { $0.revokedCountAccessEsOf(count, code) })
        }
    }
}

private struct GrantJSON: Encodable {
    let unit: String
    let token: String
    let link: String
    let expires: String?
}
