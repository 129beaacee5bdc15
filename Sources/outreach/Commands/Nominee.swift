import ArgumentParser
import OutreachCore
import OutreachStore

/// `outreach nominee …`: offices put people forward, the organiser confirms them.
struct NomineeGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nominee",
        abstract: "Nominate, list, confirm, withdraw and replace the people offices send.",
        subcommands: [Add.self, List.self, Show.self, Confirm.self, Withdraw.self, Replace.self, Promote.self, Import.self])
}

/// Who the nominee is: a known person, or a name with contact details and workplace.
struct PersonOptions: ParsableArguments {
    @Option(help: "Full name (Họ và tên), e.g. \"Giàng A Páo\".")
    var name: String?
    @Option(help: "The role in the session's catalogue (lanh-dao, can-bo-tdkt, cbql, giao-vien, chuyen-vien…).")
    var role: String
    @Option(name: .customLong("works-at"), help: "The unit the person works at (default: the sending office, or for a replacement the replaced person's).")
    var worksAt: String?
    @Option(help: "Position (Chức vụ), e.g. \"Phó Hiệu trưởng\".")
    var position: String?
    @Option(help: "Phone, 10 digits starting with 0 (spaces and dots allowed).")
    var phone: String?
    @Option(help: "Email.")
    var email: String?
    @Option(help: "An existing person's number, instead of --name.")
    var person: Int64?
    @Option(help: "A note kept with the nomination.")
    var note: String?

    func validate() throws {
        if name == nil && person == nil { throw usageError(vi: "ghi --name (hoặc --person)", en: "give --name (or --person)") }
        if name != nil && person != nil { throw usageError(vi: "ghi --name hoặc --person, không ghi cả hai", en: "give --name or --person, not both") }
    }

    func request(_ cli: CLI, session: SessionCode, sender: String?) throws(OutreachError) -> NomineeRequest {
        NomineeRequest(
            session: session, sender: try sender.map { raw throws(OutreachError) in try cli.unitCode(raw) },
            worksAt: try worksAt.map { raw throws(OutreachError) in try cli.unitCode(raw, field: "--works-at") },
            personID: person, fullName: name, role: try cli.roleCode(role), position: position, phone: phone,
            email: email, note: note)
    }
}

extension NomineeGroup {
    struct Add: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: "Nominate a person for a place in an office's quota.",
            discussion: """
                The office is --unit; a person working at one of its schools also counts for it (--works-at).
                Refused when the role is not in the office's quota, the person is already nominated,
                the quota is full (exit 4) or the deadline has passed (exit 4; --late --reason "…" to override).
                With --reserve the person is listed as a reserve (dự bị) for the slot instead: reserves take no
                place and wait, in the order listed, for a nominee of the same office to withdraw.
                Example (on the demo, before the deadline: OUTREACH_TODAY=2022-05-01):
                  outreach nominee add LCI-2022-TDKT \\
                    --unit PGD-BAOTHANG --works-at TH-BAOTHANG-SO1PHOLU \\
                    --name "Giàng A Páo" --role cbql \\
                    --position "Hiệu trưởng" --phone 0912345678
                  outreach nominee add LCI-2022-TDKT --unit PGD-BATXAT \\
                    --name "Lò Thị Hoa" --role lanh-dao --reserve
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The session code.")
        var session: String
        @Option(help: "The sending office (found from --works-at when omitted).")
        var unit: String?
        @OptionGroup var person: PersonOptions
        @Flag(help: "List the person as a reserve (dự bị) for the slot; reserves do not count against the quota.")
        var reserve = false
        @OptionGroup var late: LateOptions

        func validate() throws {
            if unit == nil && person.worksAt == nil && person.person == nil {
                throw usageError(vi: "ghi đơn vị cử bằng --unit (hoặc nơi công tác bằng --works-at)", en: "give the sending office with --unit (or the workplace with --works-at)")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            var request = try person.request(cli, session: code, sender: unit)
            request.reserve = reserve
            let nominee = try database.addNominee(request, context: try cli.context(late: late))
            if let phone = nominee.person.phone {
                let others = try database.nomineesSharingPhone(session: code, phone: phone, except: nominee.person.id)
                if !others.isEmpty {
                    let names = others.map { "#\($0.nomination.id) \($0.person.fullName)" }.joined(separator: ", ")
                    cli.warn(cli.lang.pick(
                        "số điện thoại \(phone) cũng là của \(names) trong đợt này: kiểm tra lại nếu không phải cùng một máy",
                        "phone \(phone) is also that of \(names) in this session: check it unless they share a phone"))
                }
            }
            if cli.json { return cli.printJSON(NomineeJSON(nominee)) }
            if reserve {
                return cli.say(cli.lang.pick(
                    "Đã ghi dự bị #\(nominee.nomination.id) \(nominee.person.fullName) (\(nominee.nomination.role)) cho \(nominee.nomination.sender).",
                    "Listed reserve #\(nominee.nomination.id) \(nominee.person.fullName) (\(nominee.nomination.role)) for \(nominee.nomination.sender)."))
            }
            cli.say(cli.lang.pick(
                "Đã đăng ký #\(nominee.nomination.id) \(nominee.person.fullName) (\(nominee.nomination.role)) cho \(nominee.nomination.sender).",
                "Nominated #\(nominee.nomination.id) \(nominee.person.fullName) (\(nominee.nomination.role)) for \(nominee.nomination.sender)."))
        }
    }

    struct List: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a session's nominees by office, in official order.",
            discussion: """
                Reserves (dự bị) follow each office's nominees, marked “Dự bị”, in the order they wait.
                Example:
                  outreach nominee list LCI-2022-TDKT --unit PGD-BATXAT
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The session code.")
        var session: String
        @Option(help: "Only this office.")
        var unit: String?
        @Flag(help: "Also list withdrawn and replaced nominations.")
        var all = false

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let list = try database.nomineeList(session: code)
            let filter = try unit.map { raw throws(OutreachError) in try cli.unitCode(raw) }
            if let filter, !list.groups.contains(where: { $0.unit.code == filter }) {
                _ = try database.unit(filter)
            }
            var rows: [Nominee] = []
            for group in list.groups where filter == nil || group.unit.code == filter {
                rows += group.rows
                rows += list.reserves.filter { $0.nomination.sender == group.unit.code }
            }
            let listed = Set(list.groups.map(\.unit.code))
            rows += list.reserves.filter { !listed.contains($0.nomination.sender) && (filter == nil || $0.nomination.sender == filter) }
            if all {
                let inactive = try database.nominees(session: code, includeInactive: true)
                    .filter { !$0.nomination.status.isActive && $0.nomination.status != .reserve && (filter == nil || $0.nomination.sender == filter) }
                rows += inactive
            }
            if cli.json { return cli.printJSON(rows.map(NomineeJSON.init)) }
            let l = cli.lang
            var table = Table(
                l.pick(["Số", "Họ và tên", "Chức vụ", "Nơi công tác", "Đơn vị cử", "Vai trò", "Điện thoại", "Trạng thái"],
                       ["No.", "Full name", "Position", "Workplace", "Sent by", "Role", "Phone", "Status"]),
                numeric: [0])
            for row in rows {
                table.add([
                    "#\(row.nomination.id)", row.person.fullName, row.person.position ?? "", row.workplace ?? "",
                    row.nomination.sender.rawValue, row.nomination.role.rawValue,
                    row.person.phone.map(PhoneNumber.display) ?? "", row.nomination.status.label(l),
                ])
            }
            cli.say(table.render())
            cli.say(l.pick("\(rows.count) người", "\(rows.count) people"))
        }
    }

    struct Confirm: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: "Confirm nominees, by number, phone or an unambiguous part of the name, or all of one office.",
            discussion: """
                Examples (on the demo: OUTREACH_TODAY=2022-05-01):
                  outreach nominee confirm LCI-2022-TDKT "#42" 0855662077
                  outreach nominee confirm LCI-2022-TDKT \\
                    --unit PGD-BAOTHANG --all
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The session code.")
        var session: String
        @Argument(help: "Nominees: number (#12), phone or part of the name.")
        var nominees: [String] = []
        @Option(help: "With --all: the office whose proposed nominees to confirm.")
        var unit: String?
        @Flag(help: "Confirm every proposed nominee of --unit.")
        var all = false
        @OptionGroup var late: LateOptions

        func validate() throws {
            if all != (unit != nil) { throw usageError(vi: "--all và --unit phải đi cùng nhau", en: "--all and --unit go together") }
            if nominees.isEmpty && !all { throw usageError(vi: "ghi những đại biểu cần xác nhận, hoặc dùng --unit … --all", en: "name the nominees to confirm, or use --unit … --all") }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let context = try cli.context(late: late)
            // Who each name finds, and whether they were confirmed already, as before the change.
            let before = unit == nil ? nominees.map { try? database.findNominee(session: code, key: $0) } : []
            let confirmed = if let unit {
                try database.confirmAll(session: code, unit: try cli.unitCode(unit), context: context)
            } else {
                try database.confirm(session: code, nominees: nominees, context: context)
            }
            if cli.json { return cli.printJSON(confirmed.map(NomineeJSON.init)) }
            for (index, nominee) in confirmed.enumerated() {
                if index < nominees.count, unit == nil { cli.noteMatch(nominees[index], nominee) }
                let already = index < before.count && before[index]?.nomination.status == .confirmed
                cli.say(already
                    ? cli.lang.pick("#\(nominee.nomination.id) \(nominee.person.fullName): đã xác nhận từ trước, không đổi",
                                    "#\(nominee.nomination.id) \(nominee.person.fullName): confirmed already, unchanged")
                    : cli.lang.pick("Đã xác nhận", "Confirmed") + " #\(nominee.nomination.id) \(nominee.person.fullName)")
            }
            if confirmed.isEmpty { cli.say(cli.lang.pick("Không có ai cần xác nhận.", "Nobody to confirm.")) }
        }
    }

    struct Withdraw: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: "Withdraw a nominee, freeing their place.",
            discussion: """
                Example (on the demo: OUTREACH_TODAY=2022-05-01):
                  outreach nominee withdraw LCI-2022-TDKT "Triệu Thị Chi" \\
                    --reason "ốm"
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The session code.")
        var session: String
        @Argument(help: "The nominee: number, phone or part of the name.")
        var nominee: String
        @OptionGroup var late: LateOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let database = try cli.database()
            let (withdrawn, proposal) = try database.withdrawProposingReserve(
                session: try cli.sessionCode(session), nominee: nominee, reason: late.reason,
                context: try cli.context(late: late))
            if !cli.json { cli.noteMatch(nominee, withdrawn) }
            cli.warnIfAttended(withdrawn)
            if cli.json {
                var json = NomineeJSON(withdrawn)
                json.proposedReserve = proposal?.nomination.id
                return cli.printJSON(json)
            }
            cli.say(cli.lang.pick("Đã rút", "Withdrew") + " #\(withdrawn.nomination.id) \(withdrawn.person.fullName)")
            if let proposal {
                let session = withdrawn.nomination.session.rawValue
                cli.say(cli.lang.pick(
                    "Người dự bị thay thế: #\(proposal.nomination.id) \(proposal.person.fullName) (\(proposal.nomination.role)); nhận chỗ bằng: outreach nominee promote \(session) \(withdrawn.nomination.id)",
                    "Proposed replacement (reserve): #\(proposal.nomination.id) \(proposal.person.fullName) (\(proposal.nomination.role)); take it up with: outreach nominee promote \(session) \(withdrawn.nomination.id)"))
            }
        }
    }

    struct Replace: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace a nominee with another person in the same place.",
            discussion: """
                The new person takes the same place; their workplace is the replaced
                person's unless --works-at says otherwise.
                Example (on the demo: OUTREACH_TODAY=2022-05-01):
                  outreach nominee replace LCI-2022-TDKT "Bùi Thị Liên" \\
                    --name "Sùng Thị Mai" --role giao-vien --phone 0987654321
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The session code.")
        var session: String
        @Argument(help: "The nominee to replace: number, phone or part of the name.")
        var nominee: String
        @OptionGroup var person: PersonOptions
        @OptionGroup var late: LateOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let before = try? database.findNominee(session: code, key: nominee)
            let new = try database.replace(
                session: code, nominee: nominee, with: try person.request(cli, session: code, sender: nil),
                context: try cli.context(late: late))
            if cli.json { return cli.printJSON(NomineeJSON(new)) }
            if let before { cli.noteMatch(nominee, before) }
            if new.nomination.id == before?.nomination.id {
                return cli.say(cli.lang.pick(
                    "Không đổi: #\(new.nomination.id) đã là \(new.person.fullName)",
                    "Unchanged: #\(new.nomination.id) is \(new.person.fullName) already"))
            }
            let old = before.map { "#\($0.nomination.id) \($0.person.fullName) " } ?? ""
            cli.say(cli.lang.pick(
                "Đã thay \(old)bằng #\(new.nomination.id) \(new.person.fullName)",
                "Replaced \(old)with #\(new.nomination.id) \(new.person.fullName)"))
        }
    }
}

/// A nominee as JSON output.
struct NomineeJSON: Encodable {
    var id: Int64
    var person: Int64
    var name: String
    var position: String?
    var workplace: String?
    var worksAt: String?
    var sender: String
    var role: String
    var phone: String?
    var status: String
    var replaces: Int64?
    /// After a withdrawal: the reserve proposed to take the freed place.
    var proposedReserve: Int64?

    init(_ nominee: Nominee) {
        id = nominee.nomination.id
        person = nominee.person.id
        name = nominee.person.fullName
        position = nominee.person.position
        workplace = nominee.workplace
        worksAt = nominee.person.unit?.rawValue
        sender = nominee.nomination.sender.rawValue
        role = nominee.nomination.role.rawValue
        phone = nominee.person.phone
        status = nominee.nomination.status.rawValue
        replaces = nominee.nomination.replaces
    }
}
