import ArgumentParser
import Foundation
import OutreachCore
import OutreachExport
import OutreachOperations
import OutreachStore

/// `outreach export …`: print-ready workbooks.
struct ExportGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: Help.text { $0.writePrintReadyWorkbooksAInExport },
        subcommands: [
            SignIn.self, Nominees.self, Form.self, Attendance.self, BudgetExport.self, Payment.self, CascadeExport.self,
            PlanExport.self, DutiesExport.self, BlocExport.self,
        ])
}

/// Where an export goes: `-o FILE`, or the default name under `--exports DIR`.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .long], help: .text { $0.theFileToWriteDefaultExports })
    var output: String?
    @Option(help: .text { $0.theExportsFolderForTheDefault })
    var exports: String = "exports"

    /// The file to write: `-o FILE`, the default name inside `-o FOLDER/`, or `exports/<SESSION>/<name>`.
    func path(session: SessionCode, name: String) throws(OutreachError) -> String {
        try path(folder: session.rawValue, name: name)
    }

    /// The file to write: `-o FILE`, the default name inside `-o FOLDER/`, or `exports/<folder>/<name>`.
    func path(folder: String, name: String) throws(OutreachError) -> String {
        guard let output else { return ExportFile.defaultPath(root: exports, folder: folder, name: name) }
        return try OutputPath.given(output, name: name, fileExtension: "xlsx")
    }
}

extension ExportGroup {
    struct SignIn: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "signin",
            abstract: Help.text { $0.theSignInSheetEveryone },
            discussion: Help.text { $0.peopleAreOrderedByGiven })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Flag(help: .text { $0.oneNumberedListWithoutOffice })
        var flat = Exports.SignInOptions.standard.flat
        @Option(name: .customLong("blank-rows"), help: .text { $0.emptyNumberedRowsAtThe })
        var blankRows: Int = Exports.SignInOptions.standard.blankRows
        @Option(name: .customLong("name-order"), help: .text { $0.tieBreakAfterTheGiven })
        var nameOrder: NameOrder = Exports.SignInOptions.standard.nameOrder
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard (0...200).contains(blankRows) else { throw usageError { $0.blankRowsMustBe } }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            // With OUTREACH_PHASES=1, when the list is read and ordered and when the file is closed (Benchmarks/export.sh).
            let clock = PhaseClock()
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let path = try output.path(session: code, name: Exports.Name.signIn)
            let people = try Exports.signIn(
                database, session: code, options: .init(flat: flat, blankRows: blankRows, nameOrder: nameOrder),
                visibleTo: cli.principal, to: path,
                afterRead: { clock.mark("read") })
            clock.mark("write")
            cli.report(path: path, people: people)
        }
    }

    struct Nominees: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.theNomineeListEachOffices },
            discussion: Help.text { $0.exampleWritesExportsLCITDKT })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @OptionGroup var output: OutputOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let path = try output.path(session: code, name: Exports.Name.nominees)
            cli.report(path: path, people: try Exports.nominees(database, session: code, visibleTo: cli.principal, to: path))
        }
    }
}

extension ExportGroup {
    struct Form: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.nominationFormsOneWorkbookPer },
            discussion: Help.text { $0.eachFormIsPrefilledWith })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Option(help: .text { $0.onlyThisOfficesFormDefault })
        var unit: String?
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if unit == nil, let file = output.output, file.lowercased().hasSuffix(".xlsx") {
                throw usageError { $0.ofileWritesOneForm }
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let only = try unit.map { raw throws(OutreachError) in try database.unit(try cli.unitCode(raw)).code }
            let paths = try Exports.forms(database, session: code, only: only, visibleTo: cli.principal) { unit throws(OutreachError) in
                // The default folder keeps forms apart (exports/CODE/forms/); a folder the user names gets them directly.
                let name = Exports.Name.form(unit)
                return try output.path(session: code, name: output.output == nil ? "\(Exports.Name.formsFolder)/\(name)" : name)
            }
            if cli.json { return cli.printJSON(["paths": paths]) }
            if paths.count <= 3 {
                for path in paths { cli.say(cli.lang.text { $0.wrotePath(path) }) }
            } else {
                let folder = (paths[0] as NSString).deletingLastPathComponent
                cli.say(cli.lang.text { $0.wrotePathsCountNominationFormsInto(paths.count, folder) })
            }
        }
    }
}

extension ExportGroup {
    struct BudgetExport: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "budget",
            abstract: Help.text { $0.theBudgetEstimateWithThe },
            discussion: Help.text { $0.aSummarySheetOrganisersLines })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @OptionGroup var rates: RatesOption
        @OptionGroup var output: OutputOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let book = try rates.book()
            let path = try output.path(session: code, name: Exports.Name.budget)
            let statement = try Exports.budget(
                database, session: code, rates: book, today: cli.global.todayDate, visibleTo: cli.principal, to: path)
            cli.warnUncertainRates(statement.estimate)
            if cli.json { return cli.printJSON(["path": path, "total": "\(statement.estimate.total)"]) }
            cli.say(cli.lang.text { $0.wrotePathTotalGrouped(path, VietnameseNumber.grouped(statement.estimate.total)) })
        }
    }

    struct Payment: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.aPaymentListHelp },
            discussion: Help.text { $0.onceAttendanceIsRecordedThe })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Option(help: .text { $0.theBudgetLinePaidE })
        var line: String
        @OptionGroup var rates: RatesOption
        @OptionGroup var output: OutputOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            guard let lineCode = Slug(rawValue: line.lowercased()) else {
                throw .invalidValue(field: "--line", value: line, reason: LocalizedText { $0.isNotABudgetLineCode })
            }
            let database = try cli.database()
            let book = try rates.book()
            let path = try output.path(session: code, name: Exports.Name.payment(lineCode))
            let sheet = try Exports.payment(
                database, session: code, line: lineCode, rates: book, today: cli.global.todayDate, visibleTo: cli.principal,
                to: path)
            if cli.json {
                return cli.printJSON([
                    "path": path, "people": "\(sheet.people.count)", "total": "\(sheet.total)",
                    "basis": sheet.isForecast ? "forecast" : "attendance",
                ])
            }
            cli.report(path: path, people: sheet.people.count)
            cli.say(cli.lang.text { $0.paymentListTotal(VietnameseNumber.grouped(sheet.total), sheet.isForecast) })
        }
    }
}

extension ExportGroup {
    struct Attendance: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.theAttendanceWorkbookASummary },
            discussion: Help.text { $0.officesBelowThresholdOfTheir })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Option(help: .text { $0.theAttendanceRatePercentOf })
        var threshold: Double = Exports.attendanceThreshold * 100
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard (0...100).contains(threshold) else { throw usageError { $0.thresholdMustBe } }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let path = try output.path(session: code, name: Exports.Name.attendance)
            let people = try Exports.attendance(
                database, session: code, threshold: threshold / 100, today: cli.global.todayDate, visibleTo: cli.principal,
                to: path)
            cli.report(path: path, people: people)
        }
    }
}

extension CLI {
    /// Who reads: the unit of `--as`, or the database's operator. A read shows only what it may see (the same
    /// `Authority` rules as the server's pages), or is refused (exit 6) where the whole paper is out of its reach.
    var principal: Principal { Principal(global.actingUnit) }

    /// Refuses (exit 6, `Authority`'s `viewSession`) a unit of `--as` that may see no office of the session: a
    /// list of nothing would read as "nobody nominated".
    func requireSomeOffice(_ code: SessionCode, what: LocalizedText) throws(OutreachError) {
        guard principal != .databaseOperator, try database().quotaStatus(session: code, visibleTo: principal).isEmpty
        else { return }
        try database().authorizeWholeSession(code, what: what, visibleTo: principal)
    }

    /// Tells the user which file was written.
    func report(path: String, people: Int) {
        if json { return printJSON(["path": path, "people": "\(people)"]) }
        say(lang.text { $0.wrotePathPeople(path, people) })
    }
}
