import Foundation
import OutreachCore
import OutreachDocuments
import OutreachExport
import OutreachStore

/// What each export and document is made from, in one place: which store reads, which workbook or document, the
/// default options and the default file name. The command line (`export …`, `doc …`) and the server (the
/// organiser's downloads) both call these; each front end only chooses the path and words the result.
///
/// Every file is written whole or not at all (workbooks and documents go through `PendingFile`); the folder of a
/// path is made when missing.
public enum Exports {
    /// The default file names, under `exports/<SESSION>/` (or `<PLAN>/`, `<BLOC>/`).
    public enum Name {
        public static let signIn = "danh-sach-ky-ten.xlsx"
        public static let nominees = "danh-sach-dai-bieu.xlsx"
        public static let attendance = "diem-danh.xlsx"
        public static let cascade = "tuyen-truyen-lai.xlsx"
        public static let budget = "du-toan.xlsx"
        /// The prefix of a payment list's name: `danh-sach-chi-<line>.xlsx`.
        public static let paymentPrefix = "danh-sach-chi-"
        public static func payment(_ line: Slug) -> String { "\(paymentPrefix)\(line.rawValue).xlsx" }
        /// An office's nomination form, in the default folder (`forms/<UNIT>.xlsx`).
        public static let formsFolder = "forms"
        public static func form(_ unit: UnitCode) -> String { "\(unit.rawValue).xlsx" }
        public static let plan = "ke-hoach.xlsx"
        public static let duties = "theo-doi-bao-cao.xlsx"
        public static let bloc = "cham-diem.xlsx"
        public static let planDocument = "ke-hoach.docx"
        public static let invitations = "giay-moi.docx"
        public static let invitationsFolder = "giay-moi"
        public static func invitation(_ unit: UnitCode) -> String { "\(invitationsFolder)/\(unit.rawValue).docx" }
        public static let decision = "quyet-dinh-du-toan.docx"
        public static let certificates = "giay-chung-nhan.docx"
    }

    // MARK: - A session's workbooks

    /// The sign-in sheet's options; the defaults are those of `export signin` without options.
    public struct SignInOptions: Sendable {
        public var flat: Bool
        public var blankRows: Int
        public var nameOrder: NameOrder
        public init(flat: Bool = false, blankRows: Int = 5, nameOrder: NameOrder = .givenThenFamily) {
            self.flat = flat
            self.blankRows = blankRows
            self.nameOrder = nameOrder
        }
        public static let standard = SignInOptions()
    }

    /// The sign-in sheet: everyone nominated, by sending office. `afterRead` is called once the list is read and
    /// ordered (the export benchmark's phase mark). Returns the number of people listed.
    @discardableResult
    public static func signIn(
        _ database: any OutreachStorage, session code: SessionCode, options: SignInOptions = .standard,
        visibleTo principal: Principal, to path: String, afterRead: () -> Void = {}
    ) throws(OutreachError) -> Int {
        // The sign-in sheet is the whole session's, kept by its organisers: an office sees only its part of it.
        try database.authorizeWholeSession(
            code, funding: false, what: LocalizedText { $0.exportTheSignInSheet(code) },
            visibleTo: principal)
        let list = try database.nomineeList(session: code, nameOrder: options.nameOrder, includeEmptyGroups: false)
        afterRead()
        try SignInSheet(list: list, flat: options.flat, blankRows: options.blankRows, nameOrder: options.nameOrder).write(to: path)
        return list.groups.reduce(0) { $0 + $1.rows.count }
    }

    /// The nominee list: each office's quota and its people. Returns the number of people listed.
    @discardableResult
    public static func nominees(
        _ database: any OutreachStorage, session code: SessionCode, visibleTo principal: Principal, to path: String
    ) throws(OutreachError) -> Int {
        // The offices `principal` may see (its own and those below it; the organisers see all).
        let list = try database.nomineeList(
            session: code, nameOrder: .givenThenFamily, includeEmptyGroups: true, visibleTo: principal)
        try NomineeListSheet(list: list).write(to: path)
        return list.allRows.count
    }

    /// The nomination forms: one per invited office (or only `unit`'s, `notInvited` when it is not), in the list's
    /// order (quota block, then administrative order), each written where `path` says. Returns the paths written.
    @discardableResult
    public static func forms(
        _ database: any OutreachStorage, session code: SessionCode, only unit: UnitCode? = nil,
        visibleTo principal: Principal, path: (UnitCode) throws(OutreachError) -> String
    ) throws(OutreachError) -> [String] {
        // The forms of the offices `principal` may see; another office's is refused (`notAllowed`).
        let list = try database.nomineeList(
            session: code, nameOrder: .givenThenFamily, includeEmptyGroups: true, visibleTo: principal)
        var quotas = try database.quotas(session: code)
        if principal != .databaseOperator {
            let visible = Set(try database.quotaStatus(session: code, visibleTo: principal).map(\.unit))
            quotas = quotas.filter { visible.contains($0.unit.rawValue) }
        }
        if let unit {
            if principal != .databaseOperator {
                _ = try database.nominees(session: code, office: unit, visibleTo: principal)
            }
            quotas = quotas.filter { $0.unit == unit }
            guard !quotas.isEmpty else { throw .notInvited(unit: unit.rawValue, session: code.rawValue) }
        }
        let order: [UnitCode: Int] = Dictionary(uniqueKeysWithValues: list.groups.enumerated().map { ($1.unit.code, $0) })
        quotas.sort { order[$0.unit, default: .max] < order[$1.unit, default: .max] }
        var paths: [String] = []
        let units = UnitTree(try database.units())
        for quota in quotas {
            let file = try path(quota.unit)
            try NominationForm(list: list, quota: quota, units: units).write(to: file)
            paths.append(file)
        }
        return paths
    }

    /// The attendance rate (a share of the quota) below which `export attendance` marks an office.
    public static let attendanceThreshold = 0.8

    /// The attendance workbook as of `today`. Returns the number of nominees.
    @discardableResult
    public static func attendance(
        _ database: any OutreachStorage, session code: SessionCode, threshold: Double = attendanceThreshold,
        today: CalendarDate, visibleTo principal: Principal, to path: String
    ) throws(OutreachError) -> Int {
        try database.authorizeWholeSession(
            code, funding: false, what: LocalizedText { $0.exportTheAttendanceOfCode(code) },
            visibleTo: principal)
        try AttendanceSheet(
            report: try database.attendanceReport(session: code, asOf: today),
            list: try database.nomineeList(session: code, nameOrder: .givenThenFamily, includeEmptyGroups: true),
            marks: try database.attendanceMarks(session: code, asOf: today), threshold: threshold
        ).write(to: path)
        return try database.nominees(session: code).count
    }

    /// The budget estimate (and settlement once actuals are recorded) on `today`.
    @discardableResult
    public static func budget(
        _ database: any OutreachStorage, session code: SessionCode, rates: RateBook, today: CalendarDate,
        visibleTo principal: Principal, to path: String
    ) throws(OutreachError) -> BudgetStatement {
        try database.authorizeWholeSession(
            code, funding: true, what: LocalizedText { $0.exportTheBudgetOfCode(code) },
            visibleTo: principal)
        let statement = try database.budgetStatement(session: code, rates: rates, today: today)
        let units = UnitTree(try database.units())
        let list = try database.nomineeList(session: code, nameOrder: .givenThenFamily, includeEmptyGroups: true)
        try BudgetSheet(list: list, statement: statement, units: units, today: today).write(to: path)
        return statement
    }

    /// The payment list of one budget line paid per person: the people who came once attendance is recorded, a
    /// forecast before.
    @discardableResult
    public static func payment(
        _ database: any OutreachStorage, session code: SessionCode, line: Slug, rates: RateBook, today: CalendarDate,
        visibleTo principal: Principal, to path: String
    ) throws(OutreachError) -> PaymentListSheet {
        try database.authorizeWholeSession(
            code, funding: true, what: LocalizedText { $0.exportThePaymentListOf(code) },
            visibleTo: principal)
        let list = try database.nomineeList(session: code, nameOrder: .givenThenFamily, includeEmptyGroups: true)
        let sheet = try PaymentListSheet(
            list: list, estimate: try BudgetEstimate(list: list, rates: rates, today: today), line: line,
            attendees: try database.attendees(session: code, asOf: today))
        try sheet.write(to: path)
        return sheet
    }

    /// The follow-up cascade's workbook on `today`.
    @discardableResult
    public static func cascade(
        _ database: any OutreachStorage, session code: SessionCode, today: CalendarDate, visibleTo principal: Principal,
        to path: String
    ) throws(OutreachError) -> CascadeTree {
        // The duties of the offices `principal` may see, as `cascade status --as` shows them.
        let tree = try database.cascadeTree(session: code, today: today, visibleTo: principal)
        if principal != .databaseOperator && tree.nodes.isEmpty {
            // No office of the follow-up is that unit's to see: the workbook is the organisers'.
            try database.authorizeWholeSession(code, funding: false, what: LocalizedText { $0.exportTheFollowUpWorkbook(code) },
                visibleTo: principal)
        }
        try CascadeSheet(tree: tree, session: try database.session(tree.session), units: try database.units()).write(to: path)
        return tree
    }

    // MARK: - A plan's and a bloc's workbooks

    /// The *Nơi nhận* of a plan as issued, from its document text in `documents` (`ke-hoach-nam.md`), as the Word
    /// plan prints them; nil (the sheet's own default) without the texts.
    public static func issuedRecipients(documents: String?) -> [String]? {
        guard let documents, let template = try? DocumentTemplate.load(name: YearPlanPaper.templateName, folder: documents),
              !template.recipients.isEmpty, !template.recipients.contains(where: { $0.contains("{{") })
        else { return nil }
        return template.recipients
    }

    /// A yearly plan as issued; `documents`, the folder of document texts, gives its recipients.
    @discardableResult
    public static func plan(
        _ database: any OutreachStorage, plan code: UnitCode, documents: String?, to path: String
    ) throws(OutreachError) -> ResolvedPlan {
        let resolved = try database.plan(code)
        let units = UnitTree(try database.units())
        guard let issuer = units[resolved.template.issuer] else { throw .unknownUnit(resolved.template.issuer.rawValue) }
        try PlanSheet(plan: resolved, issuer: issuer, parentBody: issuer.parent.flatMap { units[$0] }, units: units,
                      recipients: issuedRecipients(documents: documents))
            .write(to: path)
        return resolved
    }

    /// A plan's report-back tracker as of `today`, each unit named with its bloc.
    @discardableResult
    public static func duties(
        _ database: any OutreachStorage, plan code: UnitCode, today: CalendarDate, to path: String
    ) throws(OutreachError) -> [PlanDutyLine] {
        let (resolved, lines) = try database.planDuties(code, today: today, unit: nil)
        let units = UnitTree(try database.units())
        guard let issuer = units[resolved.template.issuer] else { throw .unknownUnit(resolved.template.issuer.rawValue) }
        var blocOf: [UnitCode: String] = [:]
        var blocs: [String] = []
        for bloc in try database.blocs(plan: code) {
            let view = try database.bloc(bloc, asOf: nil)
            blocs.append(view.name)
            for standing in view.standings { blocOf[standing.unit] = view.name }
        }
        try DutyTrackerSheet(plan: resolved, lines: lines, today: today, issuer: issuer,
                             parentBody: issuer.parent.flatMap { units[$0] }, blocOf: blocOf, blocs: blocs)
            .write(to: path)
        return lines
    }

    /// A bloc's score sheet as of `today`.
    @discardableResult
    public static func bloc(
        _ database: any OutreachStorage, bloc code: UnitCode, today: CalendarDate, to path: String
    ) throws(OutreachError) -> BlocView {
        let view = try database.bloc(code, asOf: today)
        let units = UnitTree(try database.units())
        guard let issuer = units[view.plan.template.issuer] else { throw .unknownUnit(view.plan.template.issuer.rawValue) }
        try BlocSheet(bloc: view, issuer: issuer, parentBody: issuer.parent.flatMap { units[$0] }, chair: units[view.chair],
                      today: today).write(to: path)
        return view
    }

    // MARK: - A session's documents (Word, Decree 30); `documents` is the folder of their texts

    /// The facts of a session's documents, read with the same store calls as the workbooks.
    public static func papers(_ database: any OutreachStorage, session code: SessionCode, today: CalendarDate) throws(OutreachError) -> SessionPapers {
        SessionPapers(
            list: try database.nomineeList(session: code, nameOrder: .givenThenFamily, includeEmptyGroups: true),
            quotas: try database.quotas(session: code), units: UnitTree(try database.units()), today: today)
    }

    /// The plan of a session, or (when `code` names no session) the yearly plan of that code as issued.
    public static func planDocument(
        _ database: any OutreachStorage, code: String, documents: String, today: CalendarDate, to path: String
    ) throws(OutreachError) {
        guard let sessionCode = SessionCode(rawValue: code.uppercased()) else { throw .unknownSession(code) }
        let document: DocxDocument
        do {
            let papers = try Self.papers(database, session: sessionCode, today: today)
            let template = try DocumentTemplate.load(name: papers.templateName(.plan), folder: documents)
            document = try papers.plan(template)
        } catch .unknownSession(let raw) {
            // Not a session: a yearly plan (seed 003) by the same code.
            guard let planCode = UnitCode(rawValue: code.uppercased()),
                  let resolved = try? database.plan(planCode) else { throw .unknownSession(raw) }
            let units = UnitTree(try database.units())
            guard let issuer = units[resolved.template.issuer] else { throw .unknownUnit(resolved.template.issuer.rawValue) }
            let template = try DocumentTemplate.load(name: YearPlanPaper.templateName, folder: documents)
            document = try YearPlanPaper(plan: resolved, issuer: issuer, parentBody: issuer.parent.flatMap { units[$0] },
                                         units: units).document(template)
        }
        try write(document, to: path)
    }

    /// The invitations: one per invited office (or only `unit`'s), each where `path` puts its name
    /// (`giay-moi/<UNIT>.docx`), and without `unit` all of them in one file (`giay-moi.docx`). `link`: the server's
    /// address, for each office's sign-in link. Returns the number of invitations and the paths written.
    @discardableResult
    public static func invitations(
        _ database: any OutreachStorage, session code: SessionCode, only unit: UnitCode? = nil, link: String? = nil,
        documents: String, today: CalendarDate, path: (String) throws(OutreachError) -> String
    ) throws(OutreachError) -> (count: Int, paths: [String]) {
        let papers = try Self.papers(database, session: code, today: today)
        if let unit, !papers.quotas.contains(where: { $0.unit == unit }) {
            throw .notInvited(unit: unit.rawValue, session: code.rawValue)
        }
        let template = try DocumentTemplate.load(name: papers.templateName(.invitation), folder: documents)
        let invitations = try papers.invitations(template, only: unit, link: link)
        var paths: [String] = []
        for invitation in invitations {
            let file = try path(Name.invitation(invitation.unit.code))
            try write(DocxDocument(title: Language.vi.text { $0.invitationTitle(invitation.unit.name) }, sections: [invitation.section]), to: file)
            paths.append(file)
        }
        if unit == nil {
            let file = try path(Name.invitations)
            try write(DocxDocument(title: Language.vi.text { $0.invitationTitle(papers.list.session.title) }, sections: invitations.map(\.section)), to: file)
            paths.append(file)
        }
        return (invitations.count, paths)
    }

    /// The decision approving the budget estimate on `today`. Returns the estimate it approves.
    @discardableResult
    public static func decision(
        _ database: any OutreachStorage, session code: SessionCode, rates: RateBook, documents: String, today: CalendarDate,
        to path: String
    ) throws(OutreachError) -> BudgetEstimate {
        let papers = try Self.papers(database, session: code, today: today)
        let estimate = try database.budgetEstimate(session: code, rates: rates, today: today)
        let template = try DocumentTemplate.load(name: papers.templateName(.budgetDecision), folder: documents)
        try write(try papers.budgetDecision(template, estimate: estimate), to: path)
        return estimate
    }

    /// The certificates of everyone who came, one page each; refused while nobody is marked present. Returns the
    /// number of certificates.
    @discardableResult
    public static func certificates(
        _ database: any OutreachStorage, session code: SessionCode, documents: String, today: CalendarDate, to path: String
    ) throws(OutreachError) -> Int {
        let papers = try Self.papers(database, session: code, today: today)
        guard let attendees = try database.attendees(session: code, asOf: today), !attendees.people.isEmpty else {
            throw .invalidValue(field: "attendance", value: code.rawValue, reason: LocalizedText { $0.nobodyIsMarkedPresentYet })
        }
        let template = try DocumentTemplate.load(name: papers.templateName(.certificate), folder: documents)
        let document = try papers.certificates(template, attendees: attendees)
        try write(document, to: path)
        return document.sections.count
    }

    /// Writes a document whole (`PendingFile`), its folder made first when missing.
    static func write(_ document: DocxDocument, to path: String) throws(OutreachError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .file(path: folder, reason: LocalizedText { $0.cannotCreateTheFolder })
            }
        }
        try DocxWriter.write(document, to: path)
    }
}
