import ArgumentParser
import Foundation
import OutreachCore
import OutreachDocuments
import OutreachExport
import OutreachOperations
import OutreachStore

/// `outreach doc …`: the session's own documents as Decree 30 Word files (and PDF with --pdf).
struct DocGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doc",
        abstract: Help.text { $0.writeASessionsDocumentsAs },
        discussion: Help.text { $0.theWordingComesFromTemplates },
        subcommands: [PlanDoc.self, InvitationDoc.self, DecisionDoc.self, CertificatesDoc.self])
}

/// Where a document goes and how: `-o FILE.docx`, `--exports DIR`, the templates folder, `--pdf`.
struct DocOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .long], help: .text { $0.theFileToWriteDefault })
    var output: String?
    @Option(help: .text { $0.theExportsFolderForThe })
    var exports: String = "exports"
    @Option(name: .customLong("documents"), help: .text { $0.theFolderOfDocumentTexts })
    var documents: String?
    @Flag(help: .text { $0.alsoWriteThePDFBeside })
    var pdf = false

    /// The file to write: `-o FILE.docx`, the default name inside `-o FOLDER/`, or `exports/<folder>/<name>` (its
    /// folder made when the document is written).
    func path(folder: String, name: String) throws(OutreachError) -> String {
        guard let output else {
            return ExportFile.defaultPath(root: exports, folder: folder, name: name)
        }
        return try OutputPath.given(output, name: (name as NSString).lastPathComponent, fileExtension: "docx")
    }

    /// The folder of document texts: the one given, `Templates/documents` here, or the project's beside the binary.
    func folder() throws(OutreachError) -> String {
        try TemplatesFolder.resolve(documents, relative: "Templates/documents", option: "--documents")
    }

    /// Checks for LibreOffice before anything is written, so `--pdf` without it changes nothing.
    func checkPDF() throws(OutreachError) {
        guard pdf, PDFConverter.soffice() == nil else { return }
        throw .file(path: "soffice", reason: LocalizedText { $0.pdfNeedsLibreOfficeInstallIt })
    }

    /// The documents written, each followed by its PDF with `--pdf` (printed now); returns the paths.
    func finish(_ written: [String]) throws(OutreachError) -> [String] {
        guard pdf else { return written }
        var paths: [String] = []
        for path in written {
            try PDFConverter.convert(path)
            paths += [path, (path as NSString).deletingPathExtension + ".pdf"]
        }
        return paths
    }
}

extension CLI {
    func reportDocuments(_ paths: [String], count: Int? = nil) {
        if json { return printJSON(["paths": paths]) }
        for path in paths { say(lang.text { $0.wrotePath(path) }) }
        if let count { say(lang.text { $0.countDocuments(count) }) }
    }
}

extension DocGroup {
    struct PlanDoc: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: Help.text { $0.thePlanASessionsAs },
            discussion: Help.text { $0.forASessionLegalBasis })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theSessionCodeOrThe })
        var code: String
        @OptionGroup var options: DocOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            try options.checkPDF()
            let database = try cli.database()
            let folder = try options.folder()
            guard let sessionCode = SessionCode(rawValue: code.uppercased()) else { throw .unknownSession(code) }
            let path = try options.path(folder: sessionCode.rawValue, name: Exports.Name.planDocument)
            try Exports.planDocument(database, code: code, documents: folder, today: cli.global.todayDate, to: path)
            cli.reportDocuments(try options.finish([path]))
        }
    }

    struct InvitationDoc: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "invitation",
            abstract: Help.text { $0.invitationsOnePerInvitedOffice },
            discussion: Help.text { $0.eachNamesTheOfficeIts })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theSessionCode })
        var session: String
        @Option(help: .text { $0.onlyThisOfficesInvitationDefault })
        var unit: String?
        @Option(help: .text { $0.theServersAddressForEach })
        var url: String?
        /// The option's former name, still read: `--url`, as `access grant` names the same address.
        @Option(name: .customLong("server"), help: .hidden)
        var server: String?
        @OptionGroup var options: DocOptions

        func validate() throws {
            if unit == nil, let file = options.output, file.lowercased().hasSuffix(".docx") {
                throw usageError { $0.ofileWritesOneInvitation }
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            try options.checkPDF()
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let only = try unit.map { raw throws(OutreachError) in try database.unit(try cli.unitCode(raw)).code }
            // The address offices reach the server at, as `access grant` takes and checks it: an invitation printed with
            // a link that leads nowhere is worse than one without.
            let base = try PublicAddress.from(url ?? server, option: url == nil && server != nil ? "--server" : "--url",
                                              variables: ["OUTREACH_URL", "OUTREACH_SERVER_URL"])?.base
            let documents = try options.folder()
            let written = try Exports.invitations(
                database, session: code, only: only, link: base, documents: documents, today: cli.global.todayDate
            ) { name throws(OutreachError) in try options.path(folder: code.rawValue, name: name) }
            let paths = try options.finish(written.paths)
            if cli.json || paths.count <= 4 { return cli.reportDocuments(paths) }
            let folder = (paths[0] as NSString).deletingLastPathComponent
            cli.say(cli.lang.text { $0.wroteWrittenCountInvitationsIntoFolder(written.count, folder) })
            for path in paths.suffix(options.pdf ? 2 : 1) { cli.say(cli.lang.text { $0.wrotePath(path) }) }
        }
    }

    struct DecisionDoc: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "decision",
            abstract: Help.text { $0.aDecisionKindBudgetApproves },
            discussion: Help.text { $0.theEstimateItsTotalAnd })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theSessionCode })
        var session: String
        @Option(help: .text { $0.whatTheDecisionDecidesBudget })
        var kind: String = "budget"
        @OptionGroup var rates: RatesOption
        @OptionGroup var options: DocOptions

        func validate() throws {
            guard kind == "budget" else {
                throw usageError { $0.kindMustBeBudgetThe(kind) }
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            try options.checkPDF()
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let book = try rates.book()
            let documents = try options.folder()
            let path = try options.path(folder: code.rawValue, name: Exports.Name.decision)
            let estimate = try Exports.decision(
                database, session: code, rates: book, documents: documents, today: cli.global.todayDate, to: path)
            let paths = try options.finish([path])
            if cli.json { return cli.printJSON(["paths": paths, "total": ["\(estimate.total)"]]) }
            cli.reportDocuments(paths)
            cli.say(cli.lang.text { $0.totalGrouped(VietnameseNumber.grouped(estimate.total)) })
        }
    }

    struct CertificatesDoc: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "certificates",
            abstract: Help.text { $0.certificatesForEveryoneWhoCame },
            discussion: Help.text { $0.everyoneMarkedPresentOrLate })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theSessionCode })
        var session: String
        @OptionGroup var options: DocOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            try options.checkPDF()
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let documents = try options.folder()
            let path = try options.path(folder: code.rawValue, name: Exports.Name.certificates)
            let count = try Exports.certificates(database, session: code, documents: documents, today: cli.global.todayDate, to: path)
            let paths = try options.finish([path])
            if cli.json { return cli.printJSON(["paths": paths, "people": ["\(count)"]]) }
            cli.reportDocuments(paths)
            cli.say(cli.lang.text { $0.countCertificates(count) })
        }
    }
}

/// The demo's documents (`outreach demo`): the plan, the invitations, the decision and the certificates of the
/// demo session, and the yearly plan, through the same operations as `doc …` (`Exports`).
enum DemoDocuments {
    static func write(
        _ database: AppDatabase, session code: SessionCode, plan planCode: UnitCode, exports: String, documents: String,
        rates: RateBook, day: CalendarDate
    ) throws(OutreachError) -> [String] {
        func path(_ folder: String, _ name: String) -> String { ExportFile.defaultPath(root: exports, folder: folder, name: name) }
        var paths: [String] = []
        let plan = path(code.rawValue, Exports.Name.planDocument)
        try Exports.planDocument(database, code: code.rawValue, documents: documents, today: day, to: plan)
        paths.append(plan)
        // The invitations go out with the plan, dated as it is.
        let sent = try database.session(code).plan?.date ?? day
        let invitations = try Exports.invitations(database, session: code, documents: documents, today: sent) {
            name throws(OutreachError) in path(code.rawValue, name)
        }
        paths += [path(code.rawValue, Exports.Name.invitationsFolder) + "/ (\(invitations.count))", path(code.rawValue, Exports.Name.invitations)]
        let decision = path(code.rawValue, Exports.Name.decision)
        try Exports.decision(database, session: code, rates: rates, documents: documents,
                             today: day, to: decision)
        paths.append(decision)
        if let attendees = try database.attendees(session: code, asOf: day), !attendees.people.isEmpty {
            let certificates = path(code.rawValue, Exports.Name.certificates)
            try Exports.certificates(database, session: code, documents: documents, today: day, to: certificates)
            paths.append(certificates)
        }
        let yearly = path(planCode.rawValue, Exports.Name.planDocument)
        try Exports.planDocument(database, code: planCode.rawValue, documents: documents, today: day, to: yearly)
        paths.append(yearly)
        return paths
    }
}
