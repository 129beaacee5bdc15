import ArgumentParser
import Foundation
import OutreachCore
import OutreachStore

/// `outreach audit …`: the trail of every change, who made it and why.
struct AuditGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: Help.text { $0.showTheAuditTrailWho },
        subcommands: [List.self])
}

extension AuditGroup {
    struct List: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.listAuditLinesOldestFirst },
            discussion: Help.text { $0.sessionKeepsTheLinesAbout })

        @OptionGroup var global: GlobalOptions
        @Option(help: .text { $0.onlyLinesAboutThisSession })
        var session: String?
        @Option(help: .text { $0.onlyLinesAboutThisUnit })
        var unit: String?
        @Option(help: .text { $0.onlyLinesFromThisDay })
        var since: String?

        func execute(_ cli: CLI) throws(OutreachError) {
            let day = try since.map { raw throws(OutreachError) in try DateOption.required(raw, option: "--since") }
            let entries = try cli.database().auditLog(
                session: try session.map { raw throws(OutreachError) in try cli.sessionCode(raw) },
                unit: try unit.map { raw throws(OutreachError) in try cli.unitCode(raw) }, since: day)
            if cli.json { return cli.printJSON(entries.map(AuditJSON.init)) }
            cli.say(AuditJSON.table(entries, lang: cli.lang))
            cli.say(cli.lang.text { $0.entriesCountLines(entries.count) })
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
        var table = Table(lang.catalogue.auditTimeDayUnitHeadings)
        let fieldNames = lang.catalogue.auditFieldNames
        for entry in entries {
            let changes = entry.changes.map { raw in
                // Statuses read as the lists show them ("Đã xác nhận", "Có mặt"), fields named in the user's language.
                var change = raw
                if change.field == "status" {
                    func label(_ value: String) -> String {
                        NominationStatus(rawValue: value)?.label(lang) ?? AttendanceStatus(rawValue: value)?.label(lang) ?? value
                    }
                    change.before = change.before.map(label)
                    change.after = change.after.map(label)
                }
                let field = fieldNames[change.field] ?? change.field
                return switch (change.before, change.after) {
                case let (before?, after?): "\(field): \(before) → \(after)"
                case let (nil, after?): "\(field): \(after)"
                case let (before?, nil): "\(field): \(before) → –"
                case (nil, nil): field
                }
            }
            let day = (try? CalendarDate(iso: entry.today)).map { lang == .vi ? VietnameseDate.numeric($0) : $0.iso } ?? entry.today
            table.add([
                formatter.string(from: entry.at), day + (entry.todaySet ? "*" : ""),
                entry.actor ?? lang.text { $0.organiserInAudit }, entry.command, subject(entry, lang),
                changes.joined(separator: "; "), entry.reason ?? "",
            ])
        }
        return table.render()
    }

    /// What a line is about, in Vietnamese words ("điểm danh #12, buổi sáng 10/05/2022") or, in English, as
    /// stored ("attendance 12/2022-05-10:am").
    static func subject(_ entry: AppDatabase.AuditEntry, _ lang: Language) -> String {
        guard lang == .vi else { return "\(entry.entity) \(entry.key)" }
        let name = lang.catalogue.auditEntityNames[entry.entity] ?? entry.entity
        if entry.entity == "attendance" {
            let parts = entry.key.split(separator: "/", maxSplits: 1).map(String.init)
            if parts.count == 2, let part = SessionPart(code: parts[1]) {
                return lang.text { $0.auditAttendanceSubject(name, parts[0], part.label(lang).lowercased()) }
            }
        }
        if ["nomination", "walk-in", "person"].contains(entry.entity), Int(entry.key) != nil { return "\(name) #\(entry.key)" }
        return "\(name) \(entry.key)"
    }
}
