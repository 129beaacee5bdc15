import OutreachCore
import OutreachImport
import OutreachStore

/// What importing a nominee file did: the store's outcome and every problem, in file order.
public struct NomineeFileImport: Sendable {
    public var file: String
    public var encoding: String?
    public var session: SessionCode
    public var outcome: NomineeImportOutcome
    /// The reader's notes (encoding converted, …) and every row's problems, in the order of the file.
    public var problems: [ImportProblem]

    public var errors: Int { problems.filter { $0.severity == .error }.count }
    /// The errors that are refusals of rights: rows the acting unit may not change.
    public var refusals: Int {
        problems.filter { problem in
            guard problem.severity == .error, case .notAllowed? = problem.cause else { return false }
            return true
        }.count
    }
}

/// One use case that spans more than the store: a filled form or any list of nominees, read, checked row by
/// row, then applied by the store's rules in one transaction. The command line and the server's upload page
/// both call it; each front end reads the file its own way and renders the result in its own words.
public enum ImportNominees {
    /// `session` and `office` as given by the user; an exported form names both itself, and a given value that
    /// disagrees with the form is refused. Throws, with nothing changed, when the file as a whole is refused:
    /// an unknown session or office, an office the principal may not act for, rows with errors (unless
    /// `partial`), or no row to import.
    public static func run(
        _ file: consuming ImportFile, session given: SessionCode?, office givenOffice: UnitCode?, partial: Bool,
        dryRun: Bool, database: any OutreachStorage, context: CommandContext, progress: ((Int) -> Void)? = nil
    ) throws(OutreachError) -> NomineeFileImport {
        if let given, let formSession = file.formSession, given != formSession {
            throw .invalidInput(.session, value: given.rawValue, reason: LocalizedText { $0.thisFormBelongsToSession(formSession) })
        }
        guard let code = given ?? file.formSession else {
            throw .missingInput(.session, reason: LocalizedText { $0.thisFileIsNotA })
        }
        if let givenOffice, let formUnit = file.formUnit, givenOffice != formUnit {
            throw .invalidInput(.unit, value: givenOffice.rawValue, reason: LocalizedText { $0.thisFormBelongsToFormUnit(formUnit) })
        }
        let session = try database.session(code)
        // Whole-file refusals come before any row is read: an unknown office is not a row's fault (exit 3),
        // nor is an office acting for one it has nothing to do with (exit 6).
        let units = try database.units()
        let office = givenOffice ?? file.formUnit
        if let office {
            guard UnitTree(units)[office] != nil else { throw .unknownUnit(office.rawValue) }
            try database.authorizeImport(session: session.code, office: office, context: context)
        }
        let checker = NomineeRowChecker(file: file.name, session: session, units: units, sender: office)
        // The cells are not needed once the rows are checked: the checker frees each table's as it goes.
        let tables = file.tables
        file.tables = []
        let (rows, rowProblems) = checker.check(consume tables)
        let failedEarly = rowProblems.contains { $0.severity == .error }
        let outcome = try database.importNominees(
            rows, session: code, partial: partial, dryRun: dryRun || (failedEarly && !partial), context: context,
            progress: progress)
        let result = NomineeFileImport(
            file: file.name, encoding: file.encoding, session: code, outcome: outcome,
            problems: file.notes + ImportProblem.inFileOrder(rowProblems + outcome.problems))
        return result
    }

    /// The refusal a finished import ends with, if any, once its report is shown: rows with errors (unless
    /// `partial` kept some), or a file with no row to import.
    public static func refusal(_ result: NomineeFileImport, partial: Bool) -> OutreachError? {
        let errors = result.errors
        if errors > 0 && (!partial || result.outcome.rows.isEmpty) {
            // `partial` imports the valid rows; when there are none, nothing was done and that is no success.
            return .importRefused(file: result.file, errors: errors, notAllowed: result.refusals)
        }
        if errors == 0 && result.outcome.rows.isEmpty {
            return .invalidInput(.file, value: result.file, reason: LocalizedText { $0.hasNoRowWithA })
        }
        return nil
    }
}
