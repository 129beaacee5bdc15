import ArgumentParser
import Foundation
import OutreachCore
import OutreachImport
import OutreachStore

extension AttendanceGroup {
    struct Import: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import attendance from a typed-back sign-in sheet or a list (.xlsx or .csv).",
            discussion: """
                A list needs a name (or phone) column and a Trạng thái column (Có
                mặt, Đến muộn, Vắng có phép, Vắng), optionally Buổi (Sáng 10/05/2022
                or 2022-05-10:pm) and Ghi chú; without Buổi a mark counts for every
                part held. A sign-in sheet from export signin with its Ký tên column
                typed in counts a filled cell as present (or the status written
                there) and an empty one as absent; a sheet named after a half-day
                ("Sáng 10-05") marks that half-day. Every row is checked as in
                nominee import: nothing is written if a row fails unless --partial.
                Example (on the demo, OUTREACH_TODAY=2022-05-10):
                  outreach attendance import diem-danh.csv --session LCI-2022-TDKT
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The .xlsx or .csv file.")
        var file: String
        @Option(help: "The session.")
        var session: String
        @Flag(name: .customLong("dry-run"), help: "Check and show what would change; write nothing.")
        var dryRun = false
        @Flag(help: "Import the valid rows even when others fail.")
        var partial = false

        func execute(_ cli: CLI) throws(OutreachError) {
            let file = try ImportFile.read(path: self.file)
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let checker = AttendanceRowChecker(file: file.name, session: try database.session(code))
            let (rows, rowProblems) = checker.check(file.tables)
            let failedEarly = rowProblems.contains { $0.severity == .error }
            let outcome = try database.importAttendance(
                rows, session: code, partial: partial, dryRun: dryRun || (failedEarly && !partial),
                context: try cli.context())
            let problems = file.notes + ImportProblem.inFileOrder(rowProblems + outcome.problems)
            let l = cli.lang
            let errors = problems.filter { $0.severity == .error }.count
            if cli.json {
                cli.printJSON(AttendanceImportJSON(outcome: outcome, problems: problems, lang: l))
            } else {
                for problem in problems {
                    let prefix = problem.severity == .error ? l.pick("lỗi", "error") : l.pick("cảnh báo", "warning")
                    FileHandle.standardError.write(Data("\(prefix): \(problem.message(l))\n".utf8))
                }
                let counts = l.pick("điểm danh \(outcome.marked), không đổi \(outcome.unchanged)",
                                    "marked \(outcome.marked), unchanged \(outcome.unchanged)")
                if outcome.committed {
                    cli.say(l.pick("Đã nhập \(file.name): ", "Imported \(file.name): ") + counts + ".")
                } else if dryRun && (errors == 0 || partial) {
                    cli.say(l.pick("Chạy thử, không ghi gì: ", "Dry run, nothing written: ") + counts + ".")
                }
            }
            if errors > 0 && !partial { throw .importRefused(file: file.name, errors: errors) }
        }
    }
}

private struct AttendanceImportJSON: Encodable {
    struct Row: Encodable {
        var row: Int
        var nominee: Int64
        var name: String
        var status: String
        var parts: [String]
    }

    var committed: Bool
    var rows: [Row]
    var problems: [String]

    init(outcome: AttendanceImportOutcome, problems: [ImportProblem], lang: Language) {
        committed = outcome.committed
        rows = outcome.rows.map {
            Row(row: $0.row.row, nominee: $0.nominee.nomination.id, name: $0.nominee.person.fullName,
                status: $0.row.status.rawValue, parts: $0.marks.map(\.part.code))
        }
        self.problems = problems.map { $0.message(lang) }
    }
}
