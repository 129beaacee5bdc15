import Foundation
import OutreachCore
import OutreachExport
import OutreachOperations
import OutreachStore

/// Every export and document the command line writes, made on demand for a download: each by the file name the
/// command line gives it, written where it writes it (`exports/<SESSION>/`, `<PLAN>/`, `<BLOC>/`, whole or not at
/// all) by the same `Exports` function, then sent. The pages and the API call the same `Outreach` functions, so
/// they refuse the same callers.
enum SessionExport: CaseIterable, Sendable {
    case signIn, nominees, attendance, cascade, budget
    case planDocument, invitations, decision, certificates

    var filename: String {
        switch self {
        case .signIn: Exports.Name.signIn
        case .nominees: Exports.Name.nominees
        case .attendance: Exports.Name.attendance
        case .cascade: Exports.Name.cascade
        case .budget: Exports.Name.budget
        case .planDocument: Exports.Name.planDocument
        case .invitations: Exports.Name.invitations
        case .decision: Exports.Name.decision
        case .certificates: Exports.Name.certificates
        }
    }

    init?(filename: String) {
        guard let found = Self.allCases.first(where: { $0.filename == filename }) else { return nil }
        self = found
    }

    /// A Word document (`doc …`) rather than a workbook (`export …`).
    var isDocument: Bool {
        switch self {
        case .planDocument, .invitations, .decision, .certificates: true
        default: false
        }
    }

    func label(_ lang: Language) -> String {
        switch self {
        case .signIn: lang.text { $0.signInSheetExportSignin }
        case .nominees: lang.text { $0.nomineeListExportNominees }
        case .attendance: lang.text { $0.attendanceExportAttendance }
        case .cascade: lang.text { $0.followUpCascadeExportCascade }
        case .budget: lang.text { $0.budgetEstimateAndSettlementExport }
        case .planDocument: lang.text { $0.theSessionsPlanDocPlan }
        case .invitations: lang.text { $0.invitationsEveryOfficeInOne }
        case .decision: lang.text { $0.decisionApprovingTheBudgetDoc }
        case .certificates: lang.text { $0.certificatesDocCertificates }
        }
    }
}

/// A plan's downloads (`export plan`, `export duties`, `doc plan`), under `exports/<PLAN>/`.
enum PlanExport: CaseIterable, Sendable {
    case plan, duties, document

    var filename: String {
        switch self {
        case .plan: Exports.Name.plan
        case .duties: Exports.Name.duties
        case .document: Exports.Name.planDocument
        }
    }

    init?(filename: String) {
        guard let found = Self.allCases.first(where: { $0.filename == filename }) else { return nil }
        self = found
    }

    func label(_ lang: Language) -> String {
        switch self {
        case .plan: lang.text { $0.thePlanAsIssuedExport }
        case .duties: lang.text { $0.reportBackTrackerExportDuties }
        case .document: lang.text { $0.thePlansDocumentDocPlan }
        }
    }
}

/// A bloc's download (`export bloc`), under `exports/<BLOC>/`.
enum BlocExport {
    static let filename = Exports.Name.bloc

    static func label(_ lang: Language) -> String {
        lang.text { $0.theBlocsScoreSheetExport }
    }
}

/// A file made for a download: its bytes and the name it is saved under.
struct MadeFile: Sendable {
    var bytes: [UInt8]
    var filename: String
}

extension Outreach {
    /// The folder of document texts (`Templates/documents` under `--templates`); refused when there is none.
    func documentsFolder() throws -> String {
        guard let templates = settings.templates else {
            throw WebError(
                .serviceUnavailable, code: "templates_missing",
                { $0.theServerFoundNoTemplates })
        }
        return templates + "/documents"
    }

    /// One of a session's workbooks or documents by its file name (`du-toan.xlsx`, `giay-moi.docx`,
    /// `danh-sach-chi-<line>.xlsx`), for whoever may see every office of the session.
    func sessionExport(_ code: SessionCode, name: String, account: AccessAccount) async throws -> MadeFile {
        let kind = SessionExport(filename: name)
        let line = kind == nil && name.hasPrefix(Exports.Name.paymentPrefix) && name.hasSuffix(".xlsx")
            ? Slug(rawValue: String(name.dropFirst(Exports.Name.paymentPrefix.count).dropLast(5))) : nil
        guard kind != nil || line != nil else { throw WebError.notFound }
        let root = settings.exports, today = settings.today
        let outreach = self
        let bytes = try await run { database in
            try PageController.requireWholeSession(database, code, account)
            let path = ExportFile.defaultPath(root: root, session: code, name: name)
            if let line {
                try Exports.payment(
                    database, session: code, line: line, rates: try outreach.rateBook(), today: today,
                    visibleTo: account.principal, to: path)
            } else if let kind {
                switch kind {
                case .signIn: try Exports.signIn(database, session: code, visibleTo: account.principal, to: path)
                case .nominees: try Exports.nominees(database, session: code, visibleTo: account.principal, to: path)
                case .attendance: try Exports.attendance(database, session: code, today: today, visibleTo: account.principal, to: path)
                case .cascade: try Exports.cascade(database, session: code, today: today, visibleTo: account.principal, to: path)
                case .budget:
                    try Exports.budget(
                        database, session: code, rates: try outreach.rateBook(), today: today, visibleTo: account.principal, to: path)
                case .planDocument:
                    try Exports.planDocument(
                        database, code: code.rawValue, documents: try outreach.documentsFolder(), today: today, to: path)
                case .invitations:
                    // Each office's invitation beside them, in `giay-moi/`, as `doc invitation` writes them.
                    try Exports.invitations(database, session: code, documents: try outreach.documentsFolder(), today: today) { name in
                        ExportFile.defaultPath(root: root, session: code, name: name)
                    }
                case .decision:
                    try Exports.decision(
                        database, session: code, rates: try outreach.rateBook(), documents: try outreach.documentsFolder(),
                        today: today, to: path)
                case .certificates:
                    try Exports.certificates(database, session: code, documents: try outreach.documentsFolder(), today: today, to: path)
                }
            }
            return try Downloads.read(path)
        }
        return MadeFile(bytes: bytes, filename: "\(code.rawValue)-\(name)")
    }

    /// An office's nomination form, made now from the database. Whoever sees the whole session gets it written
    /// where `export form` writes it (`exports/<SESSION>/forms/<UNIT>.xlsx`); an office (or a unit above it) gets
    /// its own, made in a folder of the request's own; anyone else is refused before anything is read for it.
    func form(_ code: SessionCode, unit: UnitCode, account: AccessAccount) async throws -> MadeFile {
        let root = settings.exports
        let bytes = try await run { database in
            let whole = (try? PageController.requireWholeSession(database, code, account)) != nil
            if !whole { _ = try database.nominees(session: code, office: unit, visibleTo: account.principal) }
            func make(_ path: String) throws -> [UInt8] {
                try Exports.forms(database, session: code, only: unit, visibleTo: account.principal) { _ in path }
                return try Downloads.read(path)
            }
            guard whole else { return try Downloads.withTemporaryFolder { try make($0 + "/" + Exports.Name.form(unit)) } }
            return try make(ExportFile.defaultPath(
                root: root, session: code, name: Exports.Name.formsFolder + "/" + Exports.Name.form(unit)))
        }
        return MadeFile(bytes: bytes, filename: "phieu-dang-ky-\(code.rawValue)-\(unit.rawValue).xlsx")
    }

    /// One of a plan's workbooks or its document, for the plan's issuer and the units above it.
    func planExport(_ code: UnitCode, name: String, account: AccessAccount) async throws -> MadeFile {
        guard let kind = PlanExport(filename: name) else { throw WebError.notFound }
        let root = settings.exports, today = settings.today
        let outreach = self
        let bytes = try await run { database in
            _ = try database.plan(code, visibleTo: account.principal)
            let path = ExportFile.defaultPath(root: root, folder: code.rawValue, name: name)
            switch kind {
            case .plan: try Exports.plan(database, plan: code, documents: try? outreach.documentsFolder(), to: path)
            case .duties: try Exports.duties(database, plan: code, today: today, visibleTo: account.principal, to: path)
            case .document:
                try Exports.planDocument(database, code: code.rawValue, documents: try outreach.documentsFolder(), today: today, to: path)
            }
            return try Downloads.read(path)
        }
        return MadeFile(bytes: bytes, filename: "\(code.rawValue)-\(name)")
    }

    /// A bloc's score sheet as of today, for its chair and deputy, the plan's issuer and the units above it.
    func blocExport(_ code: UnitCode, name: String, account: AccessAccount) async throws -> MadeFile {
        guard name == BlocExport.filename else { throw WebError.notFound }
        let root = settings.exports, today = settings.today
        let bytes = try await run { database in
            _ = try database.bloc(code, asOf: today, visibleTo: account.principal)
            let path = ExportFile.defaultPath(root: root, folder: code.rawValue, name: name)
            try Exports.bloc(database, bloc: code, today: today, to: path)
            return try Downloads.read(path)
        }
        return MadeFile(bytes: bytes, filename: "\(code.rawValue)-\(name)")
    }
}
