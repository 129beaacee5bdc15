import ArgumentParser
import Foundation
import OutreachCore
import OutreachImport
import OutreachOperations
import OutreachStore

extension NomineeGroup {
    struct Import: OutreachCommand {
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
            report(cli, result)
            clock.mark("report")
            if let refusal = ImportNominees.refusal(result, partial: partial) { throw refusal }
        }

        private func report(_ cli: CLI, _ result: NomineeFileImport) {
            let l = cli.lang
            let outcome = result.outcome, problems = result.problems
            if cli.json {
                return cli.printJSON(ImportJSON(result, lang: l))
            }
            for problem in problems {
                let prefix = problem.severity == .error ? l.pick("lỗi", "error") : l.pick("cảnh báo", "warning")
                FileHandle.standardError.write(Data("\(prefix): \(TerminalText.printable(problem.message(l, fields: .commandLine)))\n".utf8))
            }
            let changed = outcome.rows.filter { $0.change != .unchanged }
            let errors = problems.filter { $0.severity == .error }.count
            let listed = outcome.committed || (dryRun && (errors == 0 || partial))
            if changed.count <= 200 && listed {
                for row in changed {
                    let verb: String = switch row.change {
                    case .added: l.pick("thêm", "added")
                    case .replaced: l.pick("thay chỗ", "replaced")
                    case .updated: l.pick("cập nhật", "updated")
                    case .unchanged: ""
                    }
                    let place = [row.sheet, l.pick("dòng", "row") + " \(row.row)"].compactMap { $0 }.joined(separator: ", ")
                    cli.say("\(place): \(dryRun ? l.pick("sẽ ", "would be ") : "")\(verb) #\(row.nomination) \(row.fullName) (\(row.role), \(row.sender))")
                }
            }
            let counts = "\(l.pick("thêm", "added")) \(outcome.count(.added)), \(l.pick("thay", "replaced")) \(outcome.count(.replaced)), "
                + "\(l.pick("cập nhật", "updated")) \(outcome.count(.updated)), \(l.pick("không đổi", "unchanged")) \(outcome.count(.unchanged))"
            if outcome.committed && !outcome.rows.isEmpty {
                let refused = errors > 0 ? l.pick(", bỏ qua \(errors) dòng lỗi", errors == 1 ? ", 1 row with errors skipped" : ", \(errors) rows with errors skipped") : ""
                cli.say(l.pick("Đã nhập \(result.file): ", "Imported \(result.file): ") + counts + refused + ".")
            } else if listed && !outcome.rows.isEmpty {
                let refused = errors > 0 ? l.pick(", bỏ qua \(errors) dòng lỗi", errors == 1 ? ", 1 row with errors skipped" : ", \(errors) rows with errors skipped") : ""
                cli.say(l.pick("Chạy thử, không ghi gì: ", "Dry run, nothing written: ") + counts + refused + ".")
            }
        }
    }
}

/// The import report as data.
private struct ImportJSON: Encodable {
    struct Problem: Encodable {
        var severity: String
        var sheet: String?
        var row: Int?
        var column: String?
        var value: String?
        var message: String
    }

    struct Row: Encodable {
        var sheet: String?
        var row: Int
        var change: String
        var nominee: Int64
        var name: String
        var sender: String
        var role: String
    }

    var file: String
    var encoding: String?
    var committed: Bool
    var counts: [String: Int]
    var rows: [Row]
    var problems: [Problem]

    init(_ result: NomineeFileImport, lang: Language) {
        let outcome = result.outcome, problems = result.problems
        self.file = result.file
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
                    message: $0.message(lang, fields: .commandLine))
        }
    }
}
