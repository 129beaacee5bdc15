import ArgumentParser
import Foundation
import OutreachCore
import OutreachStore

extension NomineeGroup {
    struct Promote: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Chuyển chỗ của một đại biểu cho người dự bị của cùng đơn vị, trong một bước.",
                en: "Give a nominee's place to a reserve (dự bị) of the same office, in one step."),
            discussion: Help.text(
                vi: """
                    NOMINEE là đại biểu có chỗ được chuyển: đã rút (vẫn giữ trạng thái đã rút)
                    hoặc còn giữ chỗ (chuyển thành đã được thay). Người dự bị đứng đầu danh sách
                    chờ cho chỗ đó sẽ nhận chỗ (ưu tiên người cùng vai trò), trừ khi --reserve chỉ
                    định người dự bị khác của cùng đơn vị. Người dự bị chuyển thành đã đăng ký,
                    hoặc đã xác nhận nếu có --confirm; lịch sử lưu lại ai thay ai.
                    Ví dụ (trên dữ liệu mẫu: OUTREACH_TODAY=2022-05-01):
                      outreach nominee withdraw LCI-2022-TDKT "#12" --reason "ốm"
                      outreach nominee promote LCI-2022-TDKT "#12" --confirm
                    """,
                en: """
                    NOMINEE is the one whose place is taken: withdrawn already (it stays withdrawn)
                    or still holding it (it becomes replaced). The first reserve waiting for that
                    slot takes the place (one with the same role first), unless --reserve names
                    another reserve of the same office. The reserve becomes proposed, or confirmed
                    with --confirm; the history keeps who replaced whom.
                    Example (on the demo: OUTREACH_TODAY=2022-05-01):
                      outreach nominee withdraw LCI-2022-TDKT "#12" --reason "ốm"
                      outreach nominee promote LCI-2022-TDKT "#12" --confirm
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Argument(help: .text(
            vi: "Đại biểu có chỗ được chuyển cho người dự bị: số thứ tự, số điện thoại hoặc một phần họ tên.",
            en: "The nominee whose place the reserve takes: number, phone or part of the name."))
        var nominee: String
        @Option(help: .text(
            vi: "Người dự bị được nhận chỗ (mặc định: người đứng đầu danh sách chờ cho chỗ đó).",
            en: "The reserve to promote (default: the first waiting for that place)."))
        var reserve: String?
        @Flag(help: .text(vi: "Xác nhận ngay người dự bị vừa nhận chỗ.", en: "Confirm the promoted reserve at once."))
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
            let status = NominationStatus(rawValue: promoted.status)
            cli.say(cli.lang.pick(
                "#\(promoted.id) \(promoted.name) (dự bị) thay #\(promoted.replaces ?? 0): \((status?.label(.vi) ?? promoted.status).lowercased())",
                "#\(promoted.id) \(promoted.name) (reserve) replaces #\(promoted.replaces ?? 0): \((status?.label(.en) ?? promoted.status).lowercased())"))
        }
    }

    struct Show: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Xem một đại biểu, chuỗi thay thế liên quan và nhật ký thay đổi.",
                en: "Show one nominee with the chain of replacements through them and its audit trail."),
            discussion: Help.text(
                vi: """
                    Ví dụ (trên dữ liệu mẫu: OUTREACH_TODAY=2022-05-01):
                      outreach nominee show LCI-2022-TDKT "#12"
                    """,
                en: """
                    Example (on the demo: OUTREACH_TODAY=2022-05-01):
                      outreach nominee show LCI-2022-TDKT "#12"
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Argument(help: .text(
            vi: "Đại biểu: số thứ tự, số điện thoại hoặc một phần họ tên.",
            en: "The nominee: number, phone or part of the name."))
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
            cli.say(l.pick("Chuỗi thay thế (cũ trước):", "Replacement chain (oldest first):"))
            for (index, link) in history.chain.enumerated() {
                let arrow = index == 0 ? "  " : "→ "
                let status = NominationStatus(rawValue: link.status)?.label(l) ?? link.status
                var line = "\(arrow)#\(link.id) \(link.name) (\(link.sender), \(link.role)) – \(status)"
                if let replaced = link.replaces { line += l.pick(", thay #\(replaced)", ", replaces #\(replaced)") }
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
