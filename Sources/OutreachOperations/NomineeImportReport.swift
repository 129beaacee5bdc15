import OutreachCore
import OutreachStore

/// A nominee import's report as data: what `nominee import --json` prints, what the server's
/// `POST /api/v1/imports/nominees` answers, and what the command line prints from either (`--server`). Problems
/// are worded by the front end that made the report (`fields`). A refused import (nothing written) carries the
/// refusal as the API's errors do: `error`, `code`, `field`.
public struct NomineeImportReport: Codable, Sendable {
    public struct Problem: Codable, Sendable {
        public var severity: String
        public var sheet: String?
        public var row: Int?
        public var column: String?
        public var value: String?
        public var message: String
        /// The problem itself (a server's answer), for the command line to word as it does locally.
        public var detail: ImportProblem?
    }

    public struct Row: Codable, Sendable {
        public var sheet: String?
        public var row: Int
        public var change: String
        public var nominee: Int64
        public var name: String
        public var sender: String
        public var role: String
    }

    public var file: String
    public var encoding: String?
    public var committed: Bool
    public var counts: [String: Int]
    public var rows: [Row]
    public var problems: [Problem]
    public var error: String?
    public var code: String?
    public var field: String?
    /// The refusal's facts (a server's answer), for the command line to word as it does locally.
    public var detail: OutreachError?

    public init(_ result: NomineeFileImport, lang: Language, fields: FieldNames) {
        let outcome = result.outcome, problems = result.problems
        file = result.file
        encoding = result.encoding
        committed = outcome.committed
        counts = Dictionary(uniqueKeysWithValues: [NomineeImportOutcome.Change.added, .replaced, .updated, .unchanged]
            .map { ($0.rawValue, outcome.count($0)) })
        counts["errors"] = problems.filter { $0.severity == .error }.count
        rows = outcome.rows.map {
            Row(sheet: $0.sheet, row: $0.row, change: $0.change.rawValue, nominee: $0.nomination, name: $0.fullName,
                sender: $0.sender.rawValue, role: $0.role.rawValue)
        }
        self.problems = problems.map {
            Problem(severity: $0.severity.rawValue, sheet: $0.sheet, row: $0.row, column: $0.column, value: $0.value,
                    message: $0.message(lang, fields: fields), detail: $0)
        }
    }

    /// How many rows made a change of this kind (`added`, `replaced`, `updated`, `unchanged`), or had errors (`errors`).
    public func count(_ key: String) -> Int { counts[key] ?? 0 }
}
