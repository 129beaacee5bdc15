import Foundation
import ArgumentParser
import OutreachCore
import OutreachStore

/// `outreach nominee …`: offices put people forward, the organiser confirms them.
struct NomineeGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nominee",
        abstract: Help.text(
            vi: "Đăng ký, xem danh sách, xác nhận, rút và thay đại biểu do các đơn vị cử.",
            en: "Nominate, list, confirm, withdraw and replace the people offices send."),
        subcommands: [Add.self, List.self, Show.self, Confirm.self, Withdraw.self, Replace.self, Promote.self, Import.self])
}

/// Who the nominee is: a known person, or a name with contact details and workplace.
struct PersonOptions: ParsableArguments {
    @Option(help: .text(vi: "Họ và tên, ví dụ \"Giàng A Páo\".", en: "Full name (Họ và tên), e.g. \"Giàng A Páo\"."))
    var name: String?
    @Option(help: .text(
        vi: "Vai trò trong đợt: mã (lanh-dao, can-bo-tdkt, cbql, giao-vien, chuyen-vien…) hoặc tên vai trò, ví dụ \"Giáo viên\".",
        en: "The role in the session: its code (lanh-dao, can-bo-tdkt, cbql, giao-vien, chuyen-vien…) or its name, e.g. \"Giáo viên\"."))
    var role: String
    @Option(name: .customLong("works-at"), help: .text(
        vi: "Mã đơn vị nơi người đó công tác (mặc định: đơn vị cử; khi thay người thì là nơi công tác của người bị thay).",
        en: "The unit the person works at (default: the sending office, or for a replacement the replaced person's)."))
    var worksAt: String?
    @Option(help: .text(
        vi: "Chức vụ, ví dụ \"Phó Hiệu trưởng\".",
        en: "Position (Chức vụ), e.g. \"Phó Hiệu trưởng\"."))
    var position: String?
    @Option(help: .text(
        vi: "Số điện thoại: 10 chữ số, bắt đầu bằng 0 (được viết cách hoặc có dấu chấm).",
        en: "Phone, 10 digits starting with 0 (spaces and dots allowed)."))
    var phone: String?
    @Option(help: .text(vi: "Thư điện tử (email).", en: "Email."))
    var email: String?
    @Option(help: .text(
        vi: "Số của một người đã có trong cơ sở dữ liệu, dùng thay cho --name.",
        en: "An existing person's number, instead of --name."))
    var person: Int64?
    @Option(help: .text(vi: "Ghi chú kèm theo việc đăng ký.", en: "A note kept with the nomination."))
    var note: String?

    func validate() throws {
        if name == nil && person == nil { throw usageError(vi: "ghi --name (hoặc --person)", en: "give --name (or --person)") }
        if name != nil && person != nil { throw usageError(vi: "ghi --name hoặc --person, không ghi cả hai", en: "give --name or --person, not both") }
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
    struct Add: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Đăng ký một người vào một chỗ trong định mức của đơn vị cử.",
                en: "Nominate a person for a place in an office's quota."),
            discussion: Help.text(
                vi: """
                    Đơn vị cử ghi ở --unit; người công tác tại một trường trực thuộc cũng được
                    tính cho đơn vị đó (--works-at). Bị từ chối khi vai trò không có trong định
                    mức của đơn vị, người đó đã được đăng ký, định mức đã đủ (mã thoát 4) hoặc đã
                    quá hạn đăng ký (mã thoát 4; muốn vẫn ghi thì thêm --late --reason "…"). Với
                    --reserve, người đó được ghi là dự bị cho chỗ đó: người dự bị không chiếm chỗ
                    và chờ, theo thứ tự đã ghi, đến khi một đại biểu của cùng đơn vị rút tên.
                    Ví dụ (trên dữ liệu mẫu, trước hạn đăng ký: OUTREACH_TODAY=2022-05-01):
                      outreach nominee add LCI-2022-TDKT \\
                        --unit PGD-BAOTHANG --works-at TH-BAOTHANG-SO1PHOLU \\
                        --name "Giàng A Páo" --role cbql \\
                        --position "Hiệu trưởng" --phone 0912345678
                      outreach nominee add LCI-2022-TDKT --unit PGD-BATXAT \\
                        --name "Lò Thị Hoa" --role lanh-dao --reserve
                    """,
                en: """
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
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Option(help: .text(
            vi: "Mã đơn vị cử (bỏ trống thì lấy theo --works-at).",
            en: "The sending office (found from --works-at when omitted)."))
        var unit: String?
        @OptionGroup var person: PersonOptions
        @Flag(help: .text(
            vi: "Ghi người này là dự bị cho chỗ đó; người dự bị không tính vào định mức.",
            en: "List the person as a reserve (dự bị) for the slot; reserves do not count against the quota."))
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
            abstract: Help.text(
                vi: "Danh sách đại biểu của đợt theo từng đơn vị cử, theo thứ tự chính thức.",
                en: "List a session's nominees by office, in official order."),
            discussion: Help.text(
                vi: """
                    Người dự bị được liệt kê sau các đại biểu của mỗi đơn vị, ghi “Dự bị”, theo
                    thứ tự chờ.
                    Ví dụ:
                      outreach nominee list LCI-2022-TDKT --unit PGD-BATXAT
                    """,
                en: """
                    Reserves (dự bị) follow each office's nominees, marked “Dự bị”, in the order they wait.
                    Example:
                      outreach nominee list LCI-2022-TDKT --unit PGD-BATXAT
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Option(help: .text(vi: "Chỉ đơn vị này.", en: "Only this office."))
        var unit: String?
        @Flag(help: .text(
            vi: "Liệt kê cả những người đã rút và đã được thay.",
            en: "Also list withdrawn and replaced nominations."))
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

    struct Confirm: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Xác nhận đại biểu theo số thứ tự, số điện thoại hoặc một phần họ tên đủ để phân biệt, hoặc cả một đơn vị.",
                en: "Confirm nominees, by number, phone or an unambiguous part of the name, or all of one office."),
            discussion: Help.text(
                vi: """
                    Ví dụ (trên dữ liệu mẫu: OUTREACH_TODAY=2022-05-01):
                      outreach nominee confirm LCI-2022-TDKT "#42" 0855662077
                      outreach nominee confirm LCI-2022-TDKT \\
                        --unit PGD-BAOTHANG --all
                    """,
                en: """
                    Examples (on the demo: OUTREACH_TODAY=2022-05-01):
                      outreach nominee confirm LCI-2022-TDKT "#42" 0855662077
                      outreach nominee confirm LCI-2022-TDKT \\
                        --unit PGD-BAOTHANG --all
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Argument(help: .text(
            vi: "Các đại biểu: số thứ tự (#12), số điện thoại hoặc một phần họ tên.",
            en: "Nominees: number (#12), phone or part of the name."))
        var nominees: [String] = []
        @Option(help: .text(
            vi: "Dùng với --all: đơn vị có các đại biểu cần xác nhận.",
            en: "With --all: the office whose proposed nominees to confirm."))
        var unit: String?
        @Flag(help: .text(
            vi: "Xác nhận tất cả đại biểu đã đăng ký của đơn vị ghi ở --unit.",
            en: "Confirm every proposed nominee of --unit."))
        var all = false
        @OptionGroup var late: LateOptions

        func validate() throws {
            if all != (unit != nil) { throw usageError(vi: "--all và --unit phải đi cùng nhau", en: "--all and --unit go together") }
            if nominees.isEmpty && !all { throw usageError(vi: "ghi những đại biểu cần xác nhận, hoặc dùng --unit … --all", en: "name the nominees to confirm, or use --unit … --all") }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            if let remote = try cli.remote() { return try confirmRemotely(cli, remote, code) }
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

        /// Through the server's API, one nominee at a time by number: the server applies the same rules (who may,
        /// the deadline, the quota) and its refusal ends the command with the same exit status as locally.
        private func confirmRemotely(_ cli: CLI, _ remote: RemoteServer, _ code: SessionCode) throws(OutreachError) {
            guard unit == nil, !late.late else {
                throw .usage(LocalizedText(
                    vi: "qua máy chủ, xác nhận từng đại biểu theo số (không dùng --all hay --late)",
                    en: "through a server, confirm nominees one by one by number (no --all or --late)"))
            }
            var confirmed: [NomineeJSON] = []
            for key in nominees {
                let digits = key.hasPrefix("#") ? String(key.dropFirst()) : key
                guard let number = Int64(digits), number > 0 else {
                    throw .invalidInput(.nominee, value: key, reason: LocalizedText(
                        vi: "qua máy chủ, đại biểu ghi bằng số (#12)", en: "through a server, name the nominee by number (#12)"))
                }
                let body = try remote.send("POST", "/api/v1/sessions/\(code.rawValue)/nominees/\(number)/confirm")
                guard let nominee = try? JSONDecoder().decode(NomineeJSON.self, from: body) else {
                    throw .server(message: cli.lang.pick("máy chủ trả lời không đúng dạng", "the server's answer is malformed"), status: .io)
                }
                confirmed.append(nominee)
                if !cli.json { cli.say(cli.lang.pick("Đã xác nhận", "Confirmed") + " #\(nominee.id) \(nominee.name)") }
            }
            if cli.json { cli.printJSON(confirmed) }
        }
    }


    struct Withdraw: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Rút tên một đại biểu, trả lại chỗ trong định mức.",
                en: "Withdraw a nominee, freeing their place."),
            discussion: Help.text(
                vi: """
                    Ví dụ (trên dữ liệu mẫu: OUTREACH_TODAY=2022-05-01):
                      outreach nominee withdraw LCI-2022-TDKT "Triệu Thị Chi" \\
                        --reason "ốm"
                    """,
                en: """
                    Example (on the demo: OUTREACH_TODAY=2022-05-01):
                      outreach nominee withdraw LCI-2022-TDKT "Triệu Thị Chi" \\
                        --reason "ốm"
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Argument(help: .text(
            vi: "Đại biểu: số thứ tự, số điện thoại hoặc một phần họ tên.",
            en: "The nominee: number, phone or part of the name."))
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
            abstract: Help.text(
                vi: "Thay một đại biểu bằng người khác, giữ nguyên chỗ.",
                en: "Replace a nominee with another person in the same place."),
            discussion: Help.text(
                vi: """
                    Người mới nhận đúng chỗ đó; nơi công tác của người mới là nơi công tác của
                    người bị thay, trừ khi ghi --works-at khác.
                    Ví dụ (trên dữ liệu mẫu: OUTREACH_TODAY=2022-05-01):
                      outreach nominee replace LCI-2022-TDKT "Bùi Thị Liên" \\
                        --name "Sùng Thị Mai" --role giao-vien --phone 0987654321
                    """,
                en: """
                    The new person takes the same place; their workplace is the replaced
                    person's unless --works-at says otherwise.
                    Example (on the demo: OUTREACH_TODAY=2022-05-01):
                      outreach nominee replace LCI-2022-TDKT "Bùi Thị Liên" \\
                        --name "Sùng Thị Mai" --role giao-vien --phone 0987654321
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Argument(help: .text(
            vi: "Đại biểu cần thay: số thứ tự, số điện thoại hoặc một phần họ tên.",
            en: "The nominee to replace: number, phone or part of the name."))
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

