import ArgumentParser
import Foundation
import OutreachCore
import OutreachImport
import OutreachStore

extension AttendanceGroup {
    struct Import: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: Help.text(
                vi: "Nhập điểm danh từ danh sách ký tên đã nhập lại hoặc từ một danh sách (.xlsx hoặc .csv).",
                en: "Import attendance from a typed-back sign-in sheet or a list (.xlsx or .csv)."),
            discussion: Help.text(
                vi: """
                    Danh sách cần có cột họ tên (hoặc điện thoại) và cột Trạng thái (Có mặt, Đến
                    muộn, Vắng có phép, Vắng), có thể có thêm cột Buổi (Sáng 10/05/2022 hoặc
                    2022-05-10:pm) và Ghi chú; không có cột Buổi thì điểm danh tính cho mọi buổi
                    đã diễn ra. Với danh sách ký tên xuất bằng export signin đã nhập lại cột Ký
                    tên: ô có chữ ký là có mặt (hoặc trạng thái ghi trong ô), ô trống là vắng, cho
                    buổi ghi ở --part (bắt buộc khi đợt có nhiều buổi, trừ khi trang tính mang tên
                    một buổi, "Sáng 10-05", hoặc có cột Buổi). Ô Ký tên trống không bao giờ ghi đè
                    điểm danh đã có (đến muộn hoặc vắng có phép vẫn giữ nguyên); chữ ký làm thay
                    đổi trạng thái thì bỏ ghi chú của trạng thái cũ, trừ khi cột Ghi chú có ghi.
                    Mọi dòng được kiểm tra như nominee import: có dòng lỗi thì không ghi gì, trừ
                    khi có --partial.
                    Ví dụ (trên dữ liệu mẫu, OUTREACH_TODAY=2022-05-10):
                      outreach attendance import diem-danh.csv --session LCI-2022-TDKT
                      outreach attendance import danh-sach-ky-ten.xlsx --session LCI-2022-TDKT \\
                        --part 2022-05-10:am
                    """,
                en: """
                    A list needs a name (or phone) column and a Trạng thái column (Có
                    mặt, Đến muộn, Vắng có phép, Vắng), optionally Buổi (Sáng 10/05/2022
                    or 2022-05-10:pm) and Ghi chú; without Buổi a mark counts for every
                    part held. A sign-in sheet from export signin with its Ký tên column
                    typed in counts a filled cell as present (or the status written
                    there) and an empty one as absent, for the half-day given by --part
                    (required when the session has several half-days, unless the sheet
                    is named after one, "Sáng 10-05", or has a Buổi column). An empty
                    Ký tên cell never replaces a mark already recorded (a late arrival
                    or an excuse stays); a signature that changes a status drops the old
                    status's note unless the sheet's Ghi chú gives one. Every row is checked as in
                    nominee import: nothing is written if a row fails unless --partial.
                    Example (on the demo, OUTREACH_TODAY=2022-05-10):
                      outreach attendance import diem-danh.csv --session LCI-2022-TDKT
                      outreach attendance import danh-sach-ky-ten.xlsx --session LCI-2022-TDKT \\
                        --part 2022-05-10:am
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Tệp .xlsx hoặc .csv.", en: "The .xlsx or .csv file."))
        var file: String
        @Option(help: .text(vi: "Mã đợt tập huấn.", en: "The session."))
        var session: String
        @Option(help: .text(
            vi: "Buổi mà cột Ký tên của danh sách ký tên ghi nhận: NGÀY:am, NGÀY:pm hoặc NGÀY.",
            en: "The half-day a sign-in sheet's Ký tên column is for: DATE:am, DATE:pm, or DATE."))
        var part: String?
        @Flag(name: .customLong("dry-run"), help: .text(
            vi: "Chỉ kiểm tra và cho xem những gì sẽ thay đổi; không ghi gì.",
            en: "Check and show what would change; write nothing."))
        var dryRun = false
        @Flag(help: .text(
            vi: "Nhập các dòng hợp lệ dù có dòng khác bị lỗi.",
            en: "Import the valid rows even when others fail."))
        var partial = false

        func validate() throws {
            if let part, SessionPart(code: part) == nil {
                throw usageError(vi: "--part phải là NGÀY:am, NGÀY:pm hoặc NGÀY (DD/MM/YYYY hoặc YYYY-MM-DD), không phải “\(part)”", en: "--part must be DATE:am, DATE:pm or DATE (DD/MM/YYYY or YYYY-MM-DD), not “\(part)”")
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
                throw .usage(LocalizedText(
                    vi: "--part \(part.code) không phải buổi của đợt \(code.rawValue); các buổi: \(all)",
                    en: "--part \(part.code) is not a part of session \(code.rawValue); parts: \(all)"))
            }
            let checker = AttendanceRowChecker(file: file.name, session: session, part: part)
            let (rows, rowProblems) = checker.check(file.tables)
            let unplaced = checker.signaturesWithoutPart(rows)
            if unplaced > 0 {
                let all = session.parts.map(\.code).joined(separator: ", ")
                throw .usage(LocalizedText(
                    vi: "\(file.name): cột Ký tên không ghi buổi nào mà đợt \(code.rawValue) có \(session.parts.count) buổi; thêm --part (một trong: \(all)), không ghi gì",
                    en: "\(file.name): the Ký tên column does not say which part it is for and session \(code.rawValue) has \(session.parts.count) parts; add --part (one of: \(all)); nothing written"))
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
                    let prefix = problem.severity == .error ? l.pick("lỗi", "error") : l.pick("cảnh báo", "warning")
                    FileHandle.standardError.write(Data("\(prefix): \(TerminalText.printable(problem.message(l, fields: .commandLine)))\n".utf8))
                }
                if outcome.kept > 0 {
                    cli.warn(l.pick(
                        "\(outcome.kept) người có ô Ký tên trống nhưng đã được điểm danh: giữ nguyên điểm danh đã có",
                        "\(outcome.kept) people with an empty Ký tên cell were already marked: their marks are kept"))
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
        self.problems = problems.map { $0.message(lang, fields: .commandLine) }
    }
}
