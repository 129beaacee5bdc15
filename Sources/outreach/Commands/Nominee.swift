import Foundation
import ArgumentParser
import OutreachCore
import OutreachStore

/// `outreach nominee …`: offices put people forward, the organiser confirms them.
struct NomineeGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nominee",
        abstract: Help.text { $0.nominateListConfirmWithdrawAnd },
        subcommands: [Add.self, List.self, Show.self, Confirm.self, Withdraw.self, Replace.self, Promote.self, Import.self])
}

/// Who the nominee is: a known person, or a name with contact details and workplace.
struct PersonOptions: ParsableArguments {
    @Option(help: .text { $0.fullNameHelp })
    var name: String?
    @Option(help: .text { $0.theRoleInTheSession })
    var role: String
    @Option(name: .customLong("works-at"), help: .text { $0.theUnitThePersonWorks })
    var worksAt: String?
    @Option(help: .text { $0.positionHelp })
    var position: String?
    @Option(help: .text { $0.phoneDigitsStartingWithSpaces })
    var phone: String?
    @Option(help: .text { $0.email })
    var email: String?
    @Option(help: .text { $0.anExistingPersonsNumberInstead })
    var person: Int64?
    @Option(help: .text { $0.aNoteKeptWithTheNomination })
    var note: String?

    func validate() throws {
        if name == nil && person == nil { throw usageError { $0.giveNameOrPerson } }
        if name != nil && person != nil { throw usageError { $0.giveNameOrPersonNot } }
    }

    /// The person as the server takes it (`--server`): units by code, the role as typed (the server resolves a label).
    func body(sender: String?, late: LateOptions?, remote: RemoteServer) throws(OutreachError) -> NomineeBody {
        var body = NomineeBody(role: role)
        body.office = try sender.map { raw throws(OutreachError) in try remote.unitCode(raw).rawValue }
        body.worksAt = try worksAt.map { raw throws(OutreachError) in try remote.unitCode(raw, field: .worksAt).rawValue }
        body.person = person
        body.name = name
        body.position = position
        body.phone = phone
        body.email = email
        body.note = note
        body.late = late?.late == true ? true : nil
        body.reason = late?.reason
        return body
    }

    func request(_ cli: CLI, session: SessionCode, sender: String?) throws(OutreachError) -> NomineeRequest {
        NomineeRequest(
            session: session, sender: try sender.map { raw throws(OutreachError) in try cli.unitCode(raw) },
            worksAt: try worksAt.map { raw throws(OutreachError) in try cli.unitCode(raw, field: "--works-at") },
            personID: person, fullName: name, role: try cli.roleCode(role, session: session), position: position, phone: phone,
            email: email, note: note)
    }
}

extension NomineeGroup {
    struct Add: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.nominateAPersonForA },
            discussion: Help.text { $0.theOfficeIsUnitA })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Option(help: .text { $0.theSendingOfficeFoundFrom })
        var unit: String?
        @OptionGroup var person: PersonOptions
        @Flag(help: .text { $0.listThePersonAsA })
        var reserve = false
        @OptionGroup var late: LateOptions

        func validate() throws {
            if unit == nil && person.worksAt == nil && person.person == nil {
                throw usageError { $0.giveTheSendingOfficeWith }
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            if let remote = try cli.remote() {
                var body = try person.body(sender: unit, late: late, remote: remote)
                body.reserve = reserve ? true : nil
                var added: NomineeJSON = try remote.post("/api/v1/sessions/\(code.rawValue)/nominees", body)
                if let phone = added.phone, let others = added.sharingPhone, !others.isEmpty {
                    warnSharedPhone(cli, phone, others)
                }
                added.sharingPhone = nil
                return render(cli, added)
            }
            let database = try cli.database()
            var request = try person.request(cli, session: code, sender: unit)
            request.reserve = reserve
            let nominee = try database.addNominee(request, context: try cli.context(late: late))
            cli.warnNamesakes(database, person: nominee.person.id)
            if let phone = nominee.person.phone {
                let others = try database.nomineesSharingPhone(
                    session: code, phone: phone, except: nominee.person.id, visibleTo: try cli.context().principal)
                if !others.isEmpty { warnSharedPhone(cli, phone, others.map(\.shown)) }
            }
            render(cli, NomineeJSON(nominee))
        }

        /// The same phone as other nominees of the session: said, not refused (colleagues share a desk phone).
        private func warnSharedPhone(_ cli: CLI, _ phone: String, _ others: [String]) {
            let names = others.joined(separator: ", ")
            cli.warn(cli.lang.text { $0.phoneIsAlsoThat(phone, names) })
        }

        /// What was added, from the database or from the server's answer.
        private func render(_ cli: CLI, _ nominee: NomineeJSON) {
            if cli.json { return cli.printJSON(nominee) }
            if reserve {
                return cli.say(cli.lang.text { $0.listedReserveIdNameRole(nominee.id, nominee.name, nominee.role, nominee.sender) })
            }
            cli.say(cli.lang.text { $0.nominatedIdNameRoleFor(nominee.id, nominee.name, nominee.role, nominee.sender) })
        }
    }

    struct List: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.listASessionsNomineesBy },
            discussion: Help.text { $0.reservesFollowEachOfficesNominees })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Option(help: .text { $0.onlyThisOffice })
        var unit: String?
        @Flag(help: .text { $0.alsoListWithdrawnAndReplaced })
        var all = false

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let rows: [NomineeJSON]
            if let remote = try cli.remote() {
                // What the access code's unit may see, as `--as` that unit sees it locally.
                let office = try unit.map { raw throws(OutreachError) in try remote.unitCode(raw).rawValue }
                rows = try remote.get(
                    "/api/v1/sessions/\(code.rawValue)/nominees", query: [("unit", office), ("all", all ? "true" : nil)])
            } else {
                let database = try cli.database()
                if unit == nil {
                    try cli.requireSomeOffice(code, what: LocalizedText { $0.seeTheNomineesOfCode(code) })
                }
                rows = try database.nomineeRows(
                    session: code, office: try unit.map { raw throws(OutreachError) in try cli.unitCode(raw) },
                    includeInactive: all, visibleTo: Principal(cli.global.actingUnit)).map(NomineeJSON.init)
            }
            if cli.json { return cli.printJSON(rows) }
            let l = cli.lang
            var table = Table(
                l.catalogue.nomineeNoFullNamePositionHeadings,
                numeric: [0])
            for row in rows {
                table.add([
                    "#\(row.id)", row.name, row.position ?? "", row.workplace ?? "", row.sender, row.role,
                    row.phone.map(PhoneNumber.display) ?? "", NominationStatus(rawValue: row.status)?.label(l) ?? row.status,
                ])
            }
            cli.say(table.render())
            cli.say(l.text { $0.rowsCountPeople(rows.count) })
        }
    }

    struct Confirm: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.confirmNomineesByNumberPhone },
            discussion: Help.text { $0.examplesOnTheDemoOUTREACH })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Argument(help: .text { $0.nomineesNumberPhoneOrPart })
        var nominees: [String] = []
        @Option(help: .text { $0.withAllTheOfficeWhose })
        var unit: String?
        @Flag(help: .text { $0.confirmEveryProposedNomineeOf })
        var all = false
        @OptionGroup var late: LateOptions

        func validate() throws {
            if all != (unit != nil) { throw usageError { $0.allAndUnitGoTogether } }
            if nominees.isEmpty && !all { throw usageError { $0.nameTheNomineesToConfirm } }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let answer: ConfirmationJSON
            if let remote = try cli.remote() {
                // The server applies the same rules (who may, the deadline, the quota) in one transaction.
                answer = try remote.post("/api/v1/sessions/\(code.rawValue)/confirm", ConfirmBody(
                    nominees: unit == nil ? nominees : nil,
                    unit: try unit.map { raw throws(OutreachError) in try remote.unitCode(raw).rawValue },
                    late: late.late ? true : nil, reason: late.reason))
            } else {
                let database = try cli.database()
                let (confirmed, already) = try database.confirmNoting(
                    session: code, nominees: nominees, office: try unit.map { raw throws(OutreachError) in try cli.unitCode(raw) },
                    context: try cli.context(late: late))
                answer = ConfirmationJSON(
                    confirmed: confirmed.map(NomineeJSON.init),
                    already: confirmed.map(\.nomination.id).filter(already.contains))
            }
            if cli.json { return cli.printJSON(answer.confirmed) }
            let already = Set(answer.already)
            for (index, nominee) in answer.confirmed.enumerated() {
                if index < nominees.count, unit == nil { cli.noteMatch(nominees[index], nominee) }
                cli.say(already.contains(nominee.id)
                    ? cli.lang.text { $0.idNameConfirmedAlreadyUnchanged(nominee.id, nominee.name) }
                    : cli.lang.text { $0.confirmed } + " #\(nominee.id) \(nominee.name)")
            }
            if answer.confirmed.isEmpty { cli.say(cli.lang.text { $0.nobodyToConfirm }) }
        }
    }

    struct Withdraw: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.withdrawANomineeFreeingTheir },
            discussion: Help.text { $0.exampleOnTheDemoOUTREACH })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Argument(help: .text { $0.theNomineeNumberPhoneOr })
        var nominee: String
        @OptionGroup var late: LateOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let answer: WithdrawalJSON
            if let remote = try cli.remote() {
                var body = PlaceBody(nominee: nominee)
                body.late = late.late ? true : nil
                body.reason = late.reason
                answer = try remote.post("/api/v1/sessions/\(code.rawValue)/withdraw", body)
            } else {
                let database = try cli.database()
                let (withdrawn, proposal) = try database.withdrawProposingReserve(
                    session: code, nominee: nominee, reason: late.reason, context: try cli.context(late: late))
                var json = NomineeJSON(withdrawn)
                json.proposedReserve = proposal?.nomination.id
                let marks = (try? database.attendanceMarks(session: code)) ?? []
                answer = WithdrawalJSON(
                    withdrawn: json, reserve: proposal.map(NomineeJSON.init),
                    attended: marks.filter { $0.nominationID == withdrawn.nomination.id && $0.status.attended }
                        .map(\.part).sorted().map(\.code))
            }
            let withdrawn = answer.withdrawn
            if !cli.json { cli.noteMatch(nominee, withdrawn) }
            cli.warnIfAttended(withdrawn, parts: answer.attended.compactMap(SessionPart.init(code:)))
            if cli.json { return cli.printJSON(withdrawn) }
            cli.say(cli.lang.text { $0.withdrew } + " #\(withdrawn.id) \(withdrawn.name)")
            if let proposal = answer.reserve {
                let session = code.rawValue
                cli.say(cli.lang.text { $0.proposedReplacementReserveIdName(proposal.id, proposal.name, proposal.role, session, withdrawn.id) })
            }
        }
    }

    struct Replace: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.replaceANomineeWithAnother },
            discussion: Help.text { $0.theNewPersonTakesThe })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Argument(help: .text { $0.theNomineeToReplaceNumber })
        var nominee: String
        @OptionGroup var person: PersonOptions
        @OptionGroup var late: LateOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let answer: ReplacementJSON
            if let remote = try cli.remote() {
                var body = try person.body(sender: nil, late: late, remote: remote)
                body.nominee = nominee
                answer = try remote.post("/api/v1/sessions/\(code.rawValue)/replace", body)
            } else {
                let database = try cli.database()
                let before = try? database.findNominee(session: code, key: nominee)
                let new = try database.replace(
                    session: code, nominee: nominee, with: try person.request(cli, session: code, sender: nil),
                    context: try cli.context(late: late))
                if new.nomination.id != before?.nomination.id { cli.warnNamesakes(database, person: new.person.id) }
                answer = ReplacementJSON(before: before.map(NomineeJSON.init), nominee: NomineeJSON(new))
            }
            let (before, new) = (answer.before, answer.nominee)
            if cli.json { return cli.printJSON(new) }
            if let before { cli.noteMatch(nominee, before) }
            if new.id == before?.id {
                return cli.say(cli.lang.text { $0.unchangedIdIsNameAlready(new.id, new.name) })
            }
            let old = before.map { "#\($0.id) \($0.name) " } ?? ""
            cli.say(cli.lang.text { $0.replacedOldWithIdName(old, new.id, new.name) })
        }
    }
}

