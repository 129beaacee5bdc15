import ArgumentParser
import Foundation
import OutreachCore
import OutreachImport
import OutreachStore

extension AttendanceGroup {
    struct Import: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: Help.text { $0.importAttendanceFromATyped },
            discussion: Help.text { $0.aListNeedsAName })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theXlsxOrCsvFile })
        var file: String
        @Option(help: .text { $0.theSession })
        var session: String
        @Option(help: .text { $0.theHalfDayASign })
        var part: String?
        @Flag(name: .customLong("dry-run"), help: .text { $0.checkAndShowWhatWould })
        var dryRun = false
        @Flag(help: .text { $0.importTheValidRowsEven })
        var partial = false

        func validate() throws {
            if let part, SessionPart(code: part) == nil {
                throw usageError { $0.partMustBeDATEAm(part) }
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let file = try ImportFile.read(path: self.file)
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let session = try database.session(code)
            let part = self.part.flatMap(SessionPart.init(code:))
            if let part, !session.parts.contains(part) {
                let all = session.parts.map(\.code).joined(separator: ", ")
                throw .usage(LocalizedText { $0.partCodeIsNotA(part.code, code.rawValue, all) })
            }
            let checker = AttendanceRowChecker(file: file.name, session: session, part: part)
            let (rows, rowProblems) = checker.check(file.tables)
            let unplaced = checker.signaturesWithoutPart(rows)
            if unplaced > 0 {
                let all = session.parts.map(\.code).joined(separator: ", ")
                throw .usage(LocalizedText { $0.nameTheColumnDoesNot(file.name, code.rawValue, session.parts.count, all) })
            }
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
                    let prefix = problem.severity == .error ? l.text { $0.errorInOutreachServerCommand } : l.text { $0.warningInAttendanceImport }
                    FileHandle.standardError.write(Data("\(prefix): \(TerminalText.printable(problem.message(l, fields: .commandLine)))\n".utf8))
                }
                if outcome.kept > 0 {
                    cli.warn(l.text { $0.keptPeopleWithAnEmpty(outcome.kept) })
                }
                let counts = l.text { $0.markedUnchanged(outcome.marked, outcome.unchanged) }
                if outcome.committed {
                    cli.say(l.text { $0.importedName(file.name) } + counts + ".")
                } else if dryRun && (errors == 0 || partial) {
                    cli.say(l.text { $0.dryRunNothingWrittenInAttendanceImport } + counts + ".")
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
        self.problems = problems.map { $0.message(lang, fields: .commandLine) }
    }
}
