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
            abstract: Help.text(
                vi: "Nhập đại biểu từ phiếu đăng ký đã điền hoặc từ một danh sách bất kỳ (.xlsx hoặc .csv).",
                en: "Import nominees from a filled nomination form or any list (.xlsx or .csv)."),
            discussion: Help.text(
                vi: """
                    Đọc được phiếu đăng ký do outreach xuất (outreach export form: các dấu ẩn cho
                    biết đợt, đơn vị và các chỗ), mọi tệp .xlsx có dòng tiêu đề ghi tên các cột
                    (Họ và tên, Vai trò, Chức vụ, Nơi công tác, Điện thoại, Giới tính, Năm sinh,
                    Email, Ghi chú; có dấu hay không dấu, chữ hoa hay thường, thứ tự tùy ý; có thể
                    nằm dưới phần tiêu đề văn bản; trên nhiều trang tính), và tệp CSV mã UTF-8,
                    UTF-16 hoặc Windows-1258. Chữ gõ bằng phông TCVN3 (ABC) hoặc VNI được chuyển
                    sang Unicode. Mọi dòng được kiểm tra trước; mỗi lỗi ghi rõ tệp, trang tính,
                    dòng và cột. Có dòng lỗi thì không nhập gì (mã thoát 1), trừ khi có --partial;
                    --dry-run không ghi gì; nhập lại cùng một tệp thì không thay đổi gì.
                    Ví dụ (trên dữ liệu mẫu, OUTREACH_TODAY=2022-05-01):
                      outreach export form LCI-2022-TDKT --unit PGD-BAOTHANG -o bt.xlsx
                      outreach nominee import bt.xlsx --dry-run
                      outreach nominee import ds.csv --session LCI-2022-TDKT \\
                        --unit PGD-BATXAT
                    """,
                en: """
                    Reads our own forms (outreach export form: hidden markers give the
                    session, office and places), any .xlsx whose header row names the
                    columns (Họ và tên, Vai trò, Chức vụ, Nơi công tác, Điện thoại, Giới
                    tính, Năm sinh, Email, Ghi chú; accents, case and order free; below a
                    title block; on several sheets), and CSV in UTF-8, UTF-16 or
                    Windows-1258. Text typed in TCVN3 (ABC) or VNI fonts becomes Unicode.
                    Every row is checked first; each problem names file, sheet, row and
                    column. Nothing is imported when a row fails (exit 1) unless
                    --partial; --dry-run writes nothing; importing a file again changes
                    nothing.
                    Examples (on the demo, OUTREACH_TODAY=2022-05-01):
                      outreach export form LCI-2022-TDKT --unit PGD-BAOTHANG -o bt.xlsx
                      outreach nominee import bt.xlsx --dry-run
                      outreach nominee import ds.csv --session LCI-2022-TDKT \\
                        --unit PGD-BATXAT
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Tệp .xlsx hoặc .csv.", en: "The .xlsx or .csv file."))
        var file: String
        @Option(help: .text(
            vi: "Mã đợt (phiếu đăng ký do outreach xuất đã có sẵn; danh sách khác thì phải ghi).",
            en: "The session (read from our own forms; needed for any other list)."))
        var session: String?
        @Option(help: .text(
            vi: "Đơn vị cử cho mọi dòng (phiếu đăng ký do outreach xuất đã có sẵn).",
            en: "The sending office for every row (read from our own forms)."))
        var unit: String?
        @Flag(name: .customLong("dry-run"), help: .text(
            vi: "Chỉ kiểm tra và cho xem những gì sẽ thay đổi; không ghi gì.",
            en: "Check and show what would change; write nothing."))
        var dryRun = false
        @Flag(help: .text(
            vi: "Nhập các dòng hợp lệ dù có dòng khác bị lỗi.",
            en: "Import the valid rows even when others fail."))
        var partial = false
        @OptionGroup var late: LateOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            if let remote = try cli.remote() { return try executeRemotely(cli, remote) }
            let clock = PhaseClock()
            let file = try ImportFile.read(path: self.file)
            clock.mark("read")
            let progress = ProgressBar(total: file.rowCount)
            let result = try ImportNominees.run(
                file, session: try session.map { raw throws(OutreachError) in try cli.sessionCode(raw) },
                office: try unit.map { raw throws(OutreachError) in try cli.unitCode(raw) }, partial: partial,
                dryRun: dryRun, database: try cli.database(), context: try cli.context(late: late),
                progress: progress.map { bar in { bar.update($0) } })
            progress?.finish()
            clock.mark("check and write")
            report(cli, NomineeImportReport(result, lang: cli.lang, fields: .commandLine))
            clock.mark("report")
            if let refusal = ImportNominees.refusal(result, partial: partial) { throw refusal }
        }

        /// The file's bytes sent to the server, which reads, checks and applies them as here; its report printed
        /// as this command prints its own, its refusal with the same exit status.
        private func executeRemotely(_ cli: CLI, _ remote: RemoteServer) throws(OutreachError) {
            guard let bytes = FileManager.default.contents(atPath: file) else {
                throw FileManager.default.fileExists(atPath: file)
                    ? .file(path: file, reason: LocalizedText(vi: "không đọc được", en: "cannot be read"))
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
                throw .server(message: cli.lang.pick("máy chủ trả lời không đúng dạng", "the server's answer is malformed"), status: .io)
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
                let prefix = problem.severity == "error" ? l.pick("lỗi", "error") : l.pick("cảnh báo", "warning")
                FileHandle.standardError.write(Data("\(prefix): \(TerminalText.printable(problem.message))\n".utf8))
            }
            let changed = result.rows.filter { $0.change != NomineeImportOutcome.Change.unchanged.rawValue }
            let errors = result.count("errors")
            let listed = result.committed || (dryRun && (errors == 0 || partial))
            if changed.count <= 200 && listed {
                for row in changed {
                    let verb: String = switch NomineeImportOutcome.Change(rawValue: row.change) {
                    case .added: l.pick("thêm", "added")
                    case .replaced: l.pick("thay chỗ", "replaced")
                    case .updated: l.pick("cập nhật", "updated")
                    case .unchanged, nil: ""
                    }
                    let place = [row.sheet, l.pick("dòng", "row") + " \(row.row)"].compactMap { $0 }.joined(separator: ", ")
                    cli.say("\(place): \(dryRun ? l.pick("sẽ ", "would be ") : "")\(verb) #\(row.nominee) \(row.name) (\(row.role), \(row.sender))")
                }
            }
            let counts = "\(l.pick("thêm", "added")) \(result.count("added")), \(l.pick("thay", "replaced")) \(result.count("replaced")), "
                + "\(l.pick("cập nhật", "updated")) \(result.count("updated")), \(l.pick("không đổi", "unchanged")) \(result.count("unchanged"))"
            if result.committed && !result.rows.isEmpty {
                let refused = errors > 0 ? l.pick(", bỏ qua \(errors) dòng lỗi", errors == 1 ? ", 1 row with errors skipped" : ", \(errors) rows with errors skipped") : ""
                cli.say(l.pick("Đã nhập \(result.file): ", "Imported \(result.file): ") + counts + refused + ".")
            } else if listed && !result.rows.isEmpty {
                let refused = errors > 0 ? l.pick(", bỏ qua \(errors) dòng lỗi", errors == 1 ? ", 1 row with errors skipped" : ", \(errors) rows with errors skipped") : ""
                cli.say(l.pick("Chạy thử, không ghi gì: ", "Dry run, nothing written: ") + counts + refused + ".")
            }
        }
    }
}
