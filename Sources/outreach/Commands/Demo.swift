import ArgumentParser
import Foundation
import OutreachCore
import OutreachExport
import OutreachOperations
import OutreachStore

/// `outreach demo`: the Lào Cai 2022 session end to end, from the templates to the printed lists.
struct Demo: OutreachCommand {
    static let configuration = CommandConfiguration(
        abstract: Help.text { $0.buildAFreshDemoDatabase },
        discussion: Help.text { $0.importsTheUnitsCreatesSession })

    @OptionGroup var global: GlobalOptions
    @Option(help: .text { $0.theTemplatesFolder })
    var templates: String = "Templates"
    @Option(help: .text { $0.theExportsFolder })
    var exports: String = "exports"
    @Flag(help: .text { $0.replaceADemoDatabaseEven })
    var force = false

    static let unitsFile = "units/lao-cai-2022.yaml"
    static let sessionFile = "sessions/lao-cai-2022-tdkt.yaml"
    static let peopleFile = "demo/people.yaml"
    static let ratesFolder = "rates"
    static let planUnitsFile = "units/lai-chau-ldld-2022.yaml"
    static let planFile = "plans/lai-chau-2022-tdkt.yaml"
    static let reviewFile = "plans/lai-chau-2024-so-ket-6-thang.yaml"
    static let seed002UnitsFile = "units/bac-giang-viet-yen-2024.yaml"
    static let seed002PlanFile = "plans/viet-yen-2024-phan-khoi.yaml"
    static let seed002ScaleFile = "plans/viet-yen-2024-khoi-xa-phuong-tieu-chi.yaml"
    static let recurringFile = "plans/lai-chau-2021-doi-moi-tdkt.yaml"

    func execute(_ cli: CLI) throws(OutreachError) {
        // Replacing the whole database is the operator's alone: refused before a file is read.
        try Authority.check(Principal(cli.global.actingUnit), .replaceDatabase, facts: AuthorityFacts(units: UnitTree([])),
                            action: LocalizedText { $0.rebuildTheDemoDatabase })
        let root = URL(fileURLWithPath: templates)
        let unitsPath = root.appendingPathComponent(Self.unitsFile).path
        let sessionPath = root.appendingPathComponent(Self.sessionFile).path
        let peoplePath = root.appendingPathComponent(Self.peopleFile).path
        // Read and check every template before touching any database.
        let unitList = try TemplateLoader.units(yaml: try TemplateLoader.readText(path: unitsPath), file: unitsPath)
        let sessionYAML = try TemplateLoader.readText(path: sessionPath)
        let people = try TemplateLoader.demoPeople(yaml: try TemplateLoader.readText(path: peoplePath), file: peoplePath)
        let planUnitsPath = root.appendingPathComponent(Self.planUnitsFile).path
        let planPath = root.appendingPathComponent(Self.planFile).path
        let planInput = DemoPlanInput(
            units: try TemplateLoader.units(yaml: try TemplateLoader.readText(path: planUnitsPath), file: planUnitsPath),
            unitsFile: planUnitsPath, planYAML: try TemplateLoader.readText(path: planPath), planFile: planPath,
            reviewYAML: try TemplateLoader.readText(path: root.appendingPathComponent(Self.reviewFile).path),
            reviewFile: root.appendingPathComponent(Self.reviewFile).path,
            recurringYAML: try TemplateLoader.readText(path: root.appendingPathComponent(Self.recurringFile).path),
            recurringFile: root.appendingPathComponent(Self.recurringFile).path)

        let seed002Units = root.appendingPathComponent(Self.seed002UnitsFile).path
        let seed002Plan = root.appendingPathComponent(Self.seed002PlanFile).path
        let seed002Scale = root.appendingPathComponent(Self.seed002ScaleFile).path
        let seed002 = DemoSeed002Input(
            units: try TemplateLoader.units(yaml: try TemplateLoader.readText(path: seed002Units), file: seed002Units),
            unitsFile: seed002Units, planYAML: try TemplateLoader.readText(path: seed002Plan), planFile: seed002Plan,
            scaleYAML: try TemplateLoader.readText(path: seed002Scale), scaleFile: seed002Scale)

        let path = cli.global.databasePath
        let session = try DemoScenario.build(at: path, from: DemoInput(
            units: unitList, unitsFile: unitsPath, sessionYAML: sessionYAML, sessionFile: sessionPath, people: people,
            plan: planInput, seed002: seed002), force: force)

        // Every file through the same operations as `export …` and `doc …` (`Exports`): the demo's files are what
        // those commands write, with the demo's days.
        let database = try AppDatabase.open(path: path)
        let code = session.code
        let documents = root.appendingPathComponent("documents").path
        func at(_ folder: String, _ name: String) -> String { ExportFile.defaultPath(root: exports, folder: folder, name: name) }
        let signinPath = at(code.rawValue, Exports.Name.signIn)
        try Exports.signIn(database, session: code, visibleTo: .databaseOperator, to: signinPath)
        let nomineesPath = at(code.rawValue, Exports.Name.nominees)
        try Exports.nominees(database, session: code, visibleTo: .databaseOperator, to: nomineesPath)
        let attendancePath = at(code.rawValue, Exports.Name.attendance)
        try Exports.attendance(database, session: code, today: session.starts, visibleTo: .databaseOperator, to: attendancePath)
        let budgetPath = at(code.rawValue, Exports.Name.budget)
        let rates = try TemplateLoader.rateBook(folder: root.appendingPathComponent(Self.ratesFolder).path)
        let statement = try Exports.budget(
            database, session: code, rates: rates, today: session.starts, visibleTo: .databaseOperator, to: budgetPath)
        let cascadePath = at(code.rawValue, Exports.Name.cascade)
        try Exports.cascade(database, session: code, today: DemoScenario.demoCascadeDay, visibleTo: .databaseOperator,
                            to: cascadePath)

        // The Lai Châu plan: the report-back tracker and the district bloc's scores, as of the demo's plan day.
        let planDay = DemoScenario.demoPlanDay
        let planCode = UnitCode(rawValue: "LCU-2022-TDKT-CD")!
        let planExportPath = at(planCode.rawValue, Exports.Name.plan)
        try Exports.plan(database, plan: planCode, documents: documents, to: planExportPath)
        let trackerPath = at(planCode.rawValue, Exports.Name.duties)
        let planLines = try Exports.duties(database, plan: planCode, today: planDay, visibleTo: .databaseOperator, to: trackerPath)
        let blocCode = UnitCode(rawValue: "KHOI-LDLD-CDN-CDVC")!
        let blocPath = at(blocCode.rawValue, Exports.Name.bloc)
        try Exports.bloc(database, bloc: blocCode, today: planDay, to: blocPath)
        let eligible = try database.awardEligibility(planCode, today: planDay).units
        // Seed 002: the wards' bloc of Việt Yên, its chain to the vote, as of its demo day.
        let vietYenPath = at(DemoScenario.seed002Bloc.rawValue, Exports.Name.bloc)
        let vietYen = try Exports.bloc(database, bloc: DemoScenario.seed002Bloc, today: DemoScenario.demoSeed002Day, to: vietYenPath)
        let documentPaths = try DemoDocuments.write(
            database, session: code, plan: planCode, exports: exports, documents: documents, rates: rates,
            day: session.starts)

        let statuses = try database.quotaStatus(session: session.code)
        let l = cli.lang
        cli.say(l.text { $0.demoDatabasePath(path) })
        cli.say(l.text { $0.sessionCodeTitle(session.code, session.title) })
        let total = QuotaStatus.total(statuses)
        cli.say(l.text { $0.statusesCountOfficesRequiredPlacesNominated(statuses.count, total.required, total.nominated, total.confirmed, total.missing) })
        let short = statuses.filter { $0.missing > 0 }
        if !short.isEmpty {
            cli.say(l.text { $0.officesShort }
                + short.map { "\($0.unit) (\($0.nominated)/\($0.required))" }.joined(separator: ", "))
        }
        let attendance = try database.attendanceReport(session: session.code).total
        let rate = attendance.rateAgainstQuota.map { VietnameseNumber.decimal($0, fractionDigits: 1) } ?? "–"
        cli.say(l.text { $0.attendancePartsCountPartsPresent(session.parts.count, attendance.present, attendance.late, attendance.excused, attendance.absent, rate) })
        cli.say(l.text { $0.budgetEstimateGroupedOrganiserGroupedInDemo(VietnameseNumber.grouped(statement.estimate.total), VietnameseNumber.grouped(statement.estimate.organiserTotal), VietnameseNumber.grouped(statement.estimate.sendingUnitTotal)) })
        cli.say(l.text { $0.wrote })
        cli.say("  \(signinPath)")
        cli.say("  \(nomineesPath)")
        cli.say("  \(budgetPath)")
        cli.say("  \(attendancePath)")
        cli.say("  \(cascadePath)")
        cli.say("  \(planExportPath)")
        cli.say("  \(trackerPath)")
        cli.say("  \(blocPath)")
        cli.say("  \(vietYenPath)")
        for documentPath in documentPaths { cli.say("  \(documentPath)") }
        let done = planLines.filter(\.status.isDone).count
        cli.say(l.text { $0.planCodeDonePlanLinesCountReports(planCode, done, planLines.count, eligible.filter(\.eligible).count, eligible.count) })
        let proposed = vietYen.votes.filter(\.proposed).map(\.unitName).joined(separator: ", ")
        cli.say(l.text { $0.demoBlocBallots(vietYen.code, vietYen.ballots.count, vietYen.standings.count, proposed) })
        // Seed 001's recurring reports, period by period, as of the demo's day for them.
        let recurringCode = UnitCode(rawValue: "LCU-2021-628")!
        let recurringDay = DemoScenario.demoRecurringDay
        let (_, recurring) = try database.planDuties(recurringCode, today: recurringDay)
        var periods: [(duty: Slug, period: DutyPeriod)] = []
        for line in recurring where line.duty.due <= recurringDay {
            if let period = line.period, !periods.contains(where: { $0 == (line.code, period) }) { periods.append((line.code, period)) }
        }
        cli.say(l.text { $0.planRecurringCodeRecurringReportsAs(recurringCode, VietnameseDate.numeric(recurringDay)) })
        for (duty, period) in periods {
            let of = recurring.filter { $0.code == duty && $0.period == period }
            cli.say(l.text { w in w.demoDutyPeriodReceived(duty, period, of.filter(\.status.isDone).count, of.count, of.filter { $0.status == .onTime }.count) })
        }
    }
}
