import ArgumentParser
import Foundation
import OutreachCore
import OutreachStore

/// `outreach audit …`: the trail of every change, who made it and why.
struct AuditGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: Help.text(
            vi: "Xem nhật ký thay đổi: ai đã thay đổi gì, khi nào, vì sao.",
            en: "Show the audit trail: who changed what, when, and why."),
        subcommands: [List.self])
}

extension AuditGroup {
    struct List: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Liệt kê nhật ký, cũ nhất trước: thời gian, đơn vị thực hiện, lệnh, nội dung thay đổi, lý do.",
                en: "List audit lines, oldest first: time, acting unit, command, what changed, reason."),
            discussion: Help.text(
                vi: """
                    --session giữ các dòng về một đợt (định mức, đăng ký, điểm danh, kinh phí);
                    --unit giữ các dòng về một đơn vị (những gì đơn vị làm với --as, việc đăng ký,
                    người và định mức của đơn vị); --since giữ các dòng từ ngày đó trở đi (ngày
                    dùng để xét quy định: --today, nếu không có thì theo đồng hồ).
                    Ví dụ:
                      outreach audit list --session LCI-2022-TDKT --unit PGD-BATXAT --since 2022-05-01
                    """,
                en: """
                    --session keeps the lines about one session (its quotas, nominations, attendance, budget);
                    --unit those about one unit (what it did with --as, its nominations, people and quotas);
                    --since the lines from that day on (the day the rules used: --today, else the clock).
                    Example:
                      outreach audit list --session LCI-2022-TDKT --unit PGD-BATXAT --since 2022-05-01
                    """))

        @OptionGroup var global: GlobalOptions
        @Option(help: .text(vi: "Chỉ các dòng về đợt tập huấn này.", en: "Only lines about this session."))
        var session: String?
        @Option(help: .text(vi: "Chỉ các dòng về đơn vị này.", en: "Only lines about this unit."))
        var unit: String?
        @Option(help: .text(
            vi: "Chỉ các dòng từ ngày này trở đi (DD/MM/YYYY hoặc YYYY-MM-DD).",
            en: "Only lines from this day on (DD/MM/YYYY or YYYY-MM-DD)."))
        var since: String?

        func execute(_ cli: CLI) throws(OutreachError) {
            let day = try since.map { raw throws(OutreachError) in try DateOption.required(raw, option: "--since") }
            let entries = try cli.database().auditLog(
                session: try session.map { raw throws(OutreachError) in try cli.sessionCode(raw) },
                unit: try unit.map { raw throws(OutreachError) in try cli.unitCode(raw) }, since: day)
            if cli.json { return cli.printJSON(entries.map(AuditJSON.init)) }
            cli.say(AuditJSON.table(entries, lang: cli.lang))
            cli.say(cli.lang.pick("\(entries.count) dòng", "\(entries.count) lines"))
        }
    }
}

/// One audit line as JSON, with its changes spelt out.
struct AuditJSON: Encodable {
    struct Change: Encodable {
        var field: String
        var before: String?
        var after: String?
    }

    var at: Date
    var today: String
    var todaySet: Bool
    var actor: String?
    var command: String
    var entity: String
    var key: String
    var changes: [Change]
    var reason: String?

    init(_ entry: AppDatabase.AuditEntry) {
        at = entry.at
        today = entry.today
        todaySet = entry.todaySet
        actor = entry.actor
        command = entry.command
        entity = entry.entity
        key = entry.key
        changes = entry.changes.map { Change(field: $0.field, before: $0.before, after: $0.after) }
        reason = entry.reason
    }

    /// The lines as a terminal table; the clock time in this machine's time zone.
    static func table(_ entries: [AppDatabase.AuditEntry], lang: Language) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        var table = Table(lang.pick(
            ["Lúc", "Ngày", "Đơn vị", "Lệnh", "Đối tượng", "Thay đổi", "Lý do"],
            ["Time", "Day", "Unit", "Command", "Entity", "Changes", "Reason"]))
        for entry in entries {
            let changes = entry.changes.map { raw in
                // Statuses read as the lists show them ("Đã xác nhận"), the rest as stored.
                var change = raw
                if change.field == "status" {
                    change.before = change.before.map { NominationStatus(rawValue: $0)?.label(lang) ?? $0 }
                    change.after = change.after.map { NominationStatus(rawValue: $0)?.label(lang) ?? $0 }
                }
                return switch (change.before, change.after) {
                case let (before?, after?): "\(change.field): \(before) → \(after)"
                case let (nil, after?): "\(change.field): \(after)"
                case let (before?, nil): "\(change.field): \(before) → –"
                case (nil, nil): change.field
                }
            }
            table.add([
                formatter.string(from: entry.at), entry.today + (entry.todaySet ? "*" : ""),
                entry.actor ?? lang.pick("(tổ chức)", "(organiser)"), entry.command, "\(entry.entity) \(entry.key)",
                changes.joined(separator: "; "), entry.reason ?? "",
            ])
        }
        return table.render()
    }
}
