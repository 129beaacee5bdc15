import ArgumentParser
import Foundation
import OutreachCore
import OutreachExport
import OutreachStore

/// `outreach demo`: the Lào Cai 2022 session end to end, from the templates to the printed lists.
struct Demo: OutreachCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a fresh demo database from Templates/ (Lào Cai 2022) and write its exports.",
        discussion: """
            Imports the units, creates session LCI-2022-TDKT, invents a deterministic set of nominees
            (a few offices short, a few nominees unconfirmed) and writes the sign-in sheet and nominee list.
            Only a database made by `outreach demo` is ever replaced.
            Example: outreach demo --db outreach.sqlite --templates Templates --exports exports
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "The templates folder.")
    var templates: String = "Templates"
    @Option(help: "The exports folder.")
    var exports: String = "exports"

    static let unitsFile = "units/lao-cai-2022.yaml"
    static let sessionFile = "sessions/lao-cai-2022-tdkt.yaml"
    static let peopleFile = "demo/people.yaml"

    func execute(_ cli: CLI) throws(OutreachError) {
        let root = URL(fileURLWithPath: templates)
        let unitsPath = root.appendingPathComponent(Self.unitsFile).path
        let sessionPath = root.appendingPathComponent(Self.sessionFile).path
        let peoplePath = root.appendingPathComponent(Self.peopleFile).path
        // Read and check every template before touching any database.
        let unitList = try TemplateLoader.units(yaml: try TemplateLoader.readText(path: unitsPath), file: unitsPath)
        let sessionYAML = try TemplateLoader.readText(path: sessionPath)
        let people = try TemplateLoader.demoPeople(yaml: try TemplateLoader.readText(path: peoplePath), file: peoplePath)
        let (template, quotas) = try TemplateLoader.session(
            yaml: sessionYAML, file: sessionPath, units: UnitTree(unitList.units))

        let path = cli.global.databasePath
        if FileManager.default.fileExists(atPath: path), try !AppDatabase.open(path: path).isDemo() {
            throw .notADemoDatabase(path)
        }
        // Build the demo in a temporary file and move it into place whole.
        let temporary = path + ".demo-tmp"
        DatabaseFiles.remove(temporary)
        defer { DatabaseFiles.remove(temporary) }
        let session = template.session
        // Nominations are made a few days before the deadline, as offices would.
        let nominationDay = session.nominationDeadline?.adding(days: -3) ?? session.starts.adding(days: -7)
        let context = CommandContext(actor: session.organiser, command: "demo", today: nominationDay)
        do {
            let database = try AppDatabase.open(path: temporary, create: true)
            try database.markAsDemo()
            _ = try database.importUnits(unitList, source: unitsPath, context: context)
            try database.createSession(template, quotas: quotas, context: context)
            var generator = DemoNominees(people: people, units: UnitTree(unitList.units))
            var toConfirm: [String] = []
            for nominee in generator.generate(for: try database.quotas(session: session.code)) {
                let added = try database.addNominee(NomineeRequest(
                    session: session.code, sender: nominee.sender, worksAt: nominee.worksAt, fullName: nominee.fullName,
                    role: nominee.role, position: nominee.position, phone: nominee.phone), context: context)
                if nominee.confirmed { toConfirm.append("\(added.nomination.id)") }
            }
            _ = try database.confirm(session: session.code, nominees: toConfirm, context: context)
            try database.close()
        }
        DatabaseFiles.remove(path)
        do {
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
        } catch {
            throw .database(path: path, reason: "the demo database could not be moved into place")
        }

        let database = try AppDatabase.open(path: path)
        let signinPath = ExportFile.defaultPath(root: exports, session: session.code, name: "danh-sach-ky-ten.xlsx")
        let nomineesPath = ExportFile.defaultPath(root: exports, session: session.code, name: "danh-sach-dai-bieu.xlsx")
        let list = try database.nomineeList(session: session.code)
        try SignInSheet(list: list).write(to: signinPath)
        try NomineeListSheet(list: try database.nomineeList(session: session.code, includeEmptyGroups: true))
            .write(to: nomineesPath)

        let statuses = try database.quotaStatus(session: session.code)
        let l = cli.lang
        cli.say(l.pick("Cơ sở dữ liệu demo: \(path)", "Demo database: \(path)"))
        cli.say(l.pick("Đợt \(session.code): \(session.title)", "Session \(session.code): \(session.title)"))
        let required = statuses.reduce(0) { $0 + $1.required }
        let nominated = statuses.reduce(0) { $0 + $1.nominated }
        let confirmed = statuses.reduce(0) { $0 + $1.confirmed }
        cli.say(l.pick(
            "  \(statuses.count) đơn vị, định mức \(required), đã cử \(nominated), đã xác nhận \(confirmed), còn thiếu \(statuses.reduce(0) { $0 + $1.missing })",
            "  \(statuses.count) offices, \(required) places, \(nominated) nominated, \(confirmed) confirmed, \(statuses.reduce(0) { $0 + $1.missing }) missing"))
        let short = statuses.filter { $0.missing > 0 }
        if !short.isEmpty {
            cli.say(l.pick("  Đơn vị còn thiếu: ", "  Offices short: ")
                + short.map { "\($0.unit) (\($0.nominated)/\($0.required))" }.joined(separator: ", "))
        }
        cli.say(l.pick("Đã ghi:", "Wrote:"))
        cli.say("  \(signinPath)")
        cli.say("  \(nomineesPath)")
    }
}

/// The files of one SQLite database (the main file and its WAL companions).
enum DatabaseFiles {
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
