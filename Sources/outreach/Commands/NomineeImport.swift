import ArgumentParser
import Foundation
import OutreachCore
import OutreachImport
import OutreachOperations
import OutreachStore

extension NomineeGroup {
    struct Import: RemoteCapable {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: Help.text { $0.importNomineesFromAFilled },
            discussion: Help.text { $0.readsOurOwnFormsOutreach })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theXlsxOrCsvFile })
        var file: String
        @Option(help: .text { $0.theSessionReadFromOur })
        var session: String?
        @Option(help: .text { $0.theSendingOfficeForEvery })
        var unit: String?
        @Flag(name: .customLong("dry-run"), help: .text { $0.checkAndShowWhatWould })
        var dryRun = false
        @Flag(help: .text { $0.importTheValidRowsEven })
        var partial = false
        @OptionGroup var late: LateOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            if let remote = try cli.remote() { return try executeRemotely(cli, remote) }
            let clock = PhaseClock()
            // A plain workbook is read while its rows are checked and written: one phase.
            let progress = ProgressBar()
            let result = try ImportNominees.run(
                path: self.file, session: try session.map { raw throws(OutreachError) in try cli.sessionCode(raw) },
                office: try unit.map { raw throws(OutreachError) in try cli.unitCode(raw) }, partial: partial,
                dryRun: dryRun, database: try cli.database(), context: try cli.context(late: late),
                progress: progress.map { bar in { bar.update($0, of: $1) } })
            progress?.finish()
            clock.mark("read check and write")
            report(cli, NomineeImportReport(result, lang: cli.lang, fields: .commandLine))
            clock.mark("report")
            if let refusal = ImportNominees.refusal(result, partial: partial) { throw refusal }
        }

        /// The file's bytes sent to the server, which reads, checks and applies them as here; its report printed
        /// as this command prints its own, its refusal with the same exit status.
        private func executeRemotely(_ cli: CLI, _ remote: RemoteServer) throws(OutreachError) {
            guard let bytes = FileManager.default.contents(atPath: file) else {
                throw FileManager.default.fileExists(atPath: file)
                    ? .file(path: file, reason: LocalizedText { $0.cannotBeRead })
                    : .fileNotFound(file)
            }
            if late.late, (try FreeText.checked(late.reason, field: "--reason")) == nil { throw .lateNeedsReason }
            let query: [(String, String?)] = [
                ("file", file), ("session", try session.map { raw throws(OutreachError) in try cli.sessionCode(raw).rawValue }),
                ("unit", try unit.map { raw throws(OutreachError) in try remote.unitCode(raw).rawValue }),
                ("dryRun", dryRun ? "true" : nil), ("partial", partial ? "true" : nil),
                ("late", late.late ? "true" : nil), ("reason", late.late ? late.reason : nil),
            ]
            let (status, data) = try remote.exchange("POST", "/api/v1/imports/nominees", query: query, body: bytes,
                                                     contentType: "application/octet-stream")
            guard let answer = try? JSONDecoder().decode(NomineeImportReport.self, from: data) else {
                // Refused before any row was read (not allowed, a bad query): the server's error as it is.
                try remote.check(status, data)
                throw .server(message: cli.lang.text { $0.theServersAnswerIsMalformed }, status: .io)
            }
            report(cli, answer)
            if let detail = answer.detail { throw detail }
            if let error = answer.error {
                throw .server(message: error, status: RemoteServer.exitStatus(http: status))
            }
            try remote.check(status, data)
        }

        private func report(_ cli: CLI, _ report: NomineeImportReport) {
            // Each problem in this command line's words (a server's answer carries the problem itself).
            var result = report
            result.problems = report.problems.map { problem in
                var problem = problem
                if let detail = problem.detail { problem.message = detail.message(cli.lang, fields: .commandLine) }
                problem.detail = nil
                return problem
            }
            let l = cli.lang
            if cli.json {
                var printed = result
                printed.error = nil
                printed.code = nil
                printed.field = nil
                printed.detail = nil
                return cli.printJSON(printed)
            }
            for problem in result.problems {
                let prefix = problem.severity == "error" ? l.text { $0.errorInOutreachServerCommand } : l.text { $0.warningInAttendanceImport }
                FileHandle.standardError.write(Data("\(prefix): \(TerminalText.printable(problem.message))\n".utf8))
            }
            // Counted without a copy of the rows: only up to 200 of them are listed.
            let changed = result.rows.lazy.filter { $0.change != NomineeImportOutcome.Change.unchanged.rawValue }
            let errors = result.count("errors")
            let listed = result.committed || (dryRun && (errors == 0 || partial))
            if changed.count <= 200 && listed {
                for row in changed {
                    let verb: String = switch NomineeImportOutcome.Change(rawValue: row.change) {
                    case .added: l.text { $0.added }
                    case .replaced: l.text { $0.replacedInNomineeImport }
                    case .updated: l.text { $0.updated }
                    case .unchanged, nil: ""
                    }
                    let place = [row.sheet, l.text { $0.rowInNomineeImport } + " \(row.row)"].compactMap { $0 }.joined(separator: ", ")
                    cli.say("\(place): \(dryRun ? l.text { $0.wouldBe } : "")\(verb) #\(row.nominee) \(row.name) (\(row.role), \(row.sender))")
                }
            }
            let counts = "\(l.text { $0.added }) \(result.count("added")), \(l.text { $0.replacedInImport }) \(result.count("replaced")), "
                + "\(l.text { $0.updated }) \(result.count("updated")), \(l.text { $0.unchanged }) \(result.count("unchanged"))"
            if result.committed && !result.rows.isEmpty {
                let refused = errors > 0 ? l.text { $0.rowsWithErrorsSkipped(errors) } : ""
                cli.say(l.text { $0.importedName(result.file) } + counts + refused + ".")
            } else if listed && !result.rows.isEmpty {
                let refused = errors > 0 ? l.text { $0.rowsWithErrorsSkipped(errors) } : ""
                cli.say(l.text { $0.dryRunNothingWrittenInAttendanceImport } + counts + refused + ".")
            }
        }
    }
}
