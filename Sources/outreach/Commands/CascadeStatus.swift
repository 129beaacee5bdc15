import ArgumentParser
import Foundation
import OutreachCore
import OutreachExport
import OutreachOperations
import OutreachStore

extension CascadeGroup {
    struct Status: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.theFollowUpTreeOf },
            discussion: Help.text { $0.completenessIsReportsOverDuties })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Option(help: .text { $0.showTheTreeDownTo })
        var level: Int?

        func validate() throws {
            if let level, level < 1 { throw usageError { $0.levelMustBeOrMore } }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            // The duties of the offices the acting unit may see; through `--server`, on the server's day.
            let tree: CascadeTree = if let remote = try cli.remote() {
                try remote.get("/api/v1/sessions/\(code.rawValue)/cascade")
            } else {
                try cli.database().cascadeTree(
                    session: code, today: cli.global.todayDate, visibleTo: Principal(cli.global.actingUnit))
            }
            if cli.json {
                var json = JSONWriter.standardOutput()
                return CascadeJSON.write(tree, level: level, to: &json)
            }
            let l = cli.lang
            cli.say(l.text { $0.followUpOfSession(tree.session, VietnameseDate.numeric(tree.today)) })
            if tree.nodes.isEmpty {
                // A unit sees its own duties and those below it: none of them is not "none opened yet".
                if let unit = cli.global.actingUnit {
                    return cli.say(l.text { $0.noDutiesSeenBy(tree.session, unit) })
                }
                return cli.say(l.text { $0.noDutiesYetOutreachCascade(tree.session) })
            }
            var summary = Table(
                l.catalogue.cascadeStatusLevelOwedReportedHeadings,
                numeric: Set(1...10))
            let shown = level.map { min($0, tree.levels.count) } ?? tree.levels.count
            for (index, figures) in tree.levels.prefix(shown).enumerated() {
                summary.add(Self.cells("\(index + 1)", figures))
            }
            summary.add(Self.cells(l.text { $0.total }, tree.total(upTo: level)))
            cli.say(summary.render())
            cli.say("")
            var table = Table(
                l.catalogue.cascadeStatusOfficeDueHeadings,
                numeric: [0, 5, 6, 7, 8])
            // A province prints tens of thousands of rows over a handful of dates: format each date once.
            var dates: [CalendarDate: String] = [:]
            func numeric(_ date: CalendarDate) -> String {
                if let text = dates[date] { return text }
                let text = VietnameseDate.numeric(date)
                dates[date] = text
                return text
            }
            for node in tree.nodes(upTo: level) {
                let indent = String(repeating: "  ", count: node.level - 1)
                let lock = node.duty.acceptedOn == nil ? "" : l.text { $0.accepted }
                table.add([
                    "\(node.duty.id)", indent + node.unitName, numeric(node.duty.due),
                    node.status.label(l) + lock, node.report.map { numeric($0.done) } ?? "",
                    "\(node.report?.reachedUnits ?? 0)/\(node.duty.audienceUnits)",
                    "\(node.report?.reachedPeople ?? 0)/\(node.duty.audiencePeople)"
                        + (node.duty.audiencePeopleFrom == .knownPeople ? "*" : ""),
                    "\(node.subtree.reported)/\(node.subtree.owed)", Self.percent(node.subtree.completeness),
                ])
            }
            cli.say(table.render())
            let guessed = tree.nodes(upTo: level).filter { $0.duty.audiencePeopleFrom == .knownPeople }.count
            if guessed > 0 {
                cli.say(l.text { $0.guessedOfficesNoUnitOf(guessed) })
            }
        }

        static func cells(_ label: String, _ f: CascadeFigures) -> [String] {
            [label, "\(f.owed)", "\(f.reported)", percent(f.completeness), "\(f.onTime)", "\(f.late)", "\(f.due)",
             "\(f.overdue)", "\(f.missing)", "\(f.reachedUnits)/\(f.audienceUnits)", "\(f.reachedPeople)/\(f.audiencePeople)"]
        }

        static func percent(_ value: Double?) -> String {
            value.map { VietnameseNumber.decimal($0 * 100, fractionDigits: 1) + " %" } ?? "–"
        }
    }

    struct Remind: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.theOfficesStillOwingA },
            discussion: Help.text { $0.listsEveryDutyNotDone })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Option(help: .text { $0.onlyDutiesDownToThis })
        var level: Int?
        @Option(name: [.customShort("o"), .long], help: .text { $0.writeToFILECsvOr })
        var output: String?

        func validate() throws {
            if let level, level < 1 { throw usageError { $0.levelMustBeOrMore } }
            if let output, !(output.lowercased().hasSuffix(".csv") || output.lowercased().hasSuffix(".xlsx")) {
                throw usageError { $0.oMustNameACsv }
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let reminders = try database.cascadeReminders(session: code, today: cli.global.todayDate, level: level)
            var sheet = ReminderSheet(session: code, today: cli.global.todayDate, reminders: reminders)
            let session = try database.session(code)
            let units = UnitTree(try database.units())
            sheet.issuer = units[session.organiser]
            sheet.parentBody = sheet.issuer?.parent.flatMap { units[$0] }
            sheet.place = session.place
            sheet.subject = Language.vi.text { $0.sessionSubject(session.title, code.rawValue) }
            try cli.deliver(sheet, to: output, counted: ("offices", LocalizedText { $0.officesCounted }))
        }
    }
}

/// The tree as data, for scripts: the session, the figures per level and in total (with completeness and
/// timeliness), and every node down to the level asked, one node a line. Written by hand rather than through
/// `JSONEncoder`, which took two seconds on a province (Benchmarks/history.md); keys sorted, as `printJSON` sorts them.
enum CascadeJSON {
    /// Writes the tree to `json`, handing it full chunks as it goes; ends with a newline, flushed.
    static func write(_ tree: CascadeTree, level: Int?, to json: inout JSONWriter) {
        let nodes = tree.nodes(upTo: level)
        var dates: [CalendarDate: String] = [:]
        func iso(_ date: CalendarDate?) -> String? {
            guard let date else { return nil }
            if let text = dates[date] { return text }
            let text = date.iso
            dates[date] = text
            return text
        }
        json.beginObject()
        json.key("levels")
        json.beginArray()
        for figures in tree.levels.prefix(level ?? tree.levels.count) {
            json.element()
            write(figures, to: &json)
        }
        json.endArray()
        json.key("nodes")
        json.beginArray()
        for node in nodes {
            let duty = node.duty
            json.element()
            json.beginObject(inline: true)
            json.field("accepted", iso(duty.acceptedOn))
            json.field("audiencePeople", duty.audiencePeople)
            json.field("audiencePeopleFrom", duty.audiencePeopleFrom.rawValue)
            json.field("audienceUnits", duty.audienceUnits)
            json.field("childSession", duty.childSession?.rawValue)
            json.field("due", iso(duty.due))
            json.field("duty", duty.id)
            json.field("held", iso(node.report?.done))
            json.field("level", node.level)
            json.field("parent", node.parent)
            json.field("reachedPeople", node.report?.reachedPeople)
            json.field("reachedUnits", node.report?.reachedUnits)
            json.field("reports", node.reportCount)
            json.field("session", duty.session?.rawValue)
            json.field("status", node.status.rawValue)
            json.key("subtree")
            write(node.subtree, to: &json)
            json.field("unit", duty.unit.rawValue)
            json.field("unitName", node.unitName)
            json.endObject()
            json.flush()
        }
        json.endArray()
        json.field("session", tree.session.rawValue)
        json.field("today", iso(tree.today))
        json.key("total")
        write(tree.total(upTo: level), to: &json)
        json.endObject()
        json.newlineAtEnd()
        json.flush(force: true)
    }

    /// Figures with their rates: `{completeness, figures: {…}, timeliness}`.
    private static func write(_ f: CascadeFigures, to json: inout JSONWriter) {
        json.beginObject()
        json.field("completeness", f.completeness)
        json.key("figures")
        json.beginObject()
        json.field("audiencePeople", f.audiencePeople)
        json.field("audienceUnits", f.audienceUnits)
        json.field("due", f.due)
        json.field("late", f.late)
        json.field("missing", f.missing)
        json.field("onTime", f.onTime)
        json.field("overdue", f.overdue)
        json.field("owed", f.owed)
        json.field("reachedPeople", f.reachedPeople)
        json.field("reachedUnits", f.reachedUnits)
        json.field("reported", f.reported)
        json.endObject()
        json.field("timeliness", f.timeliness)
        json.endObject()
    }
}

extension ExportGroup {
    struct CascadeExport: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "cascade",
            abstract: Help.text { $0.theFollowUpWorkbookThe },
            discussion: Help.text { $0.oneRowPerOfficeOwing })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @OptionGroup var output: OutputOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let path = try output.path(session: code, name: Exports.Name.cascade)
            let tree = try Exports.cascade(
                database, session: code, today: cli.global.todayDate, visibleTo: cli.principal, to: path)
            if cli.json { return cli.printJSON(["path": path, "offices": "\(tree.nodes.count)"]) }
            cli.say(cli.lang.text { $0.wrotePathNodesCountOffices(path, tree.nodes.count) })
        }
    }
}

extension CLI {
    /// Reminders for a mail merge: CSV on stdout (or their data with `--json`), or a .csv or .xlsx file.
    func deliver(
        _ sheet: ReminderSheet, to output: String?, counted: (key: String, what: LocalizedText)
    ) throws(OutreachError) {
        let count = sheet.reminders.count
        guard let output else {
            if json { return printJSON(sheet.reminders) }
            return FileHandle.standardOutput.write(Data(sheet.csv().utf8))
        }
        if output.lowercased().hasSuffix(".xlsx") {
            try sheet.write(to: output)
        } else {
            try sheet.writeCSV(to: output)
        }
        if json { return printJSON(["path": output, counted.key: "\(count)"]) }
        say(lang.text { $0.wroteCounted(output, count, counted.what) })
    }
}
