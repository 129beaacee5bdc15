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
                    The office is --unit; a person working at one of its schools also counts for it
                    (--works-at). Refused when the role is not in the office's quota, the person is
                    already nominated, the quota is full (exit 4) or the deadline has passed (exit
                    4; --late --reason "…" to override). With --reserve the person is listed as a
                    reserve (dự bị) for the slot instead: reserves take no place and wait, in the
                    order listed, for a nominee of the same office to withdraw.
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
                let others = try database.nomineesSharingPhone(session: code, phone: phone, except: nominee.person.id)
                if !others.isEmpty {
                    warnSharedPhone(cli, phone, others.map { "#\($0.nomination.id) \($0.person.fullName)" })
                }
            }
            render(cli, NomineeJSON(nominee))
        }

        /// The same phone as other nominees of the session: said, not refused (colleagues share a desk phone).
        private func warnSharedPhone(_ cli: CLI, _ phone: String, _ others: [String]) {
            let names = others.joined(separator: ", ")
            cli.warn(cli.lang.pick(
                "số điện thoại \(phone) cũng là của \(names) trong đợt này: kiểm tra lại nếu không phải cùng một máy",
                "phone \(phone) is also that of \(names) in this session: check it unless they share a phone"))
        }

        /// What was added, from the database or from the server's answer.
        private func render(_ cli: CLI, _ nominee: NomineeJSON) {
            if cli.json { return cli.printJSON(nominee) }
            if reserve {
                return cli.say(cli.lang.pick(
                    "Đã ghi dự bị #\(nominee.id) \(nominee.name) (\(nominee.role)) cho \(nominee.sender).",
                    "Listed reserve #\(nominee.id) \(nominee.name) (\(nominee.role)) for \(nominee.sender)."))
            }
            cli.say(cli.lang.pick(
                "Đã đăng ký #\(nominee.id) \(nominee.name) (\(nominee.role)) cho \(nominee.sender).",
                "Nominated #\(nominee.id) \(nominee.name) (\(nominee.role)) for \(nominee.sender)."))
        }
    }

    struct List: RemoteCapable {
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
                    Reserves (dự bị) follow each office's nominees, marked “Dự bị”, in the order
                    they wait.
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
            let rows: [NomineeJSON]
            if let remote = try cli.remote() {
                // What the access code's unit may see, as `--as` that unit sees it locally.
                let office = try unit.map { raw throws(OutreachError) in try remote.unitCode(raw).rawValue }
                rows = try remote.get(
                    "/api/v1/sessions/\(code.rawValue)/nominees", query: [("unit", office), ("all", all ? "true" : nil)])
            } else {
                let database = try cli.database()
                if unit == nil {
                    try cli.requireSomeOffice(code, what: LocalizedText(
                        vi: "xem danh sách đại biểu của \(code)", en: "see the nominees of \(code)"))
                }
                rows = try database.nomineeRows(
                    session: code, office: try unit.map { raw throws(OutreachError) in try cli.unitCode(raw) },
                    includeInactive: all, visibleTo: Principal(cli.global.actingUnit)).map(NomineeJSON.init)
            }
            if cli.json { return cli.printJSON(rows) }
            let l = cli.lang
            var table = Table(
                l.pick(["Số", "Họ và tên", "Chức vụ", "Nơi công tác", "Đơn vị cử", "Vai trò", "Điện thoại", "Trạng thái"],
                       ["No.", "Full name", "Position", "Workplace", "Sent by", "Role", "Phone", "Status"]),
                numeric: [0])
            for row in rows {
                table.add([
                    "#\(row.id)", row.name, row.position ?? "", row.workplace ?? "", row.sender, row.role,
                    row.phone.map(PhoneNumber.display) ?? "", NominationStatus(rawValue: row.status)?.label(l) ?? row.status,
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
                    ? cli.lang.pick("#\(nominee.id) \(nominee.name): đã xác nhận từ trước, không đổi",
                                    "#\(nominee.id) \(nominee.name): confirmed already, unchanged")
                    : cli.lang.pick("Đã xác nhận", "Confirmed") + " #\(nominee.id) \(nominee.name)")
            }
            if answer.confirmed.isEmpty { cli.say(cli.lang.pick("Không có ai cần xác nhận.", "Nobody to confirm.")) }
        }
    }

    struct Withdraw: RemoteCapable {
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
            cli.say(cli.lang.pick("Đã rút", "Withdrew") + " #\(withdrawn.id) \(withdrawn.name)")
            if let proposal = answer.reserve {
                let session = code.rawValue
                cli.say(cli.lang.pick(
                    "Người dự bị thay thế: #\(proposal.id) \(proposal.name) (\(proposal.role)); nhận chỗ bằng: outreach nominee promote \(session) \(withdrawn.id)",
                    "Proposed replacement (reserve): #\(proposal.id) \(proposal.name) (\(proposal.role)); take it up with: outreach nominee promote \(session) \(withdrawn.id)"))
            }
        }
    }

    struct Replace: RemoteCapable {
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
                return cli.say(cli.lang.pick(
                    "Không đổi: #\(new.id) đã là \(new.name)",
                    "Unchanged: #\(new.id) is \(new.name) already"))
            }
            let old = before.map { "#\($0.id) \($0.name) " } ?? ""
            cli.say(cli.lang.pick(
                "Đã thay \(old)bằng #\(new.id) \(new.name)",
                "Replaced \(old)with #\(new.id) \(new.name)"))
        }
    }
}

