import Foundation
import Hummingbird
import OutreachCore
import OutreachExport
import OutreachStore

/// The organiser's view of a session: confirmations over time, attendance, the follow-up cascade's completeness
/// and the workbooks the command line writes, made on demand into the exports folder and downloaded from it.
/// Whoever may see every invited office (the organiser, the managing division, a unit above them all) sees it;
/// an office sees its own part on its own page.
extension PageController {
    /// The workbooks of a session the server makes, by the name of their link: the command line's default file name
    /// under `exports/<SESSION>/` and the workbook.
    enum SessionExport: String, CaseIterable {
        case signIn = "danh-sach-ky-ten"
        case nominees = "danh-sach-dai-bieu"
        case attendance = "diem-danh"
        case cascade = "tuyen-truyen-lai"
        case budget = "du-toan"

        var filename: String { rawValue + ".xlsx" }

        /// The prefix of a payment list's name (`danh-sach-chi-<line>.xlsx`, as `export payment --line` names it).
        static let paymentPrefix = "danh-sach-chi-"

        func label(_ lang: Language) -> String {
            switch self {
            case .signIn: lang.pick("Danh sách ký tên (export signin)", "Sign-in sheet (export signin)")
            case .nominees: lang.pick("Danh sách đại biểu (export nominees)", "Nominee list (export nominees)")
            case .attendance: lang.pick("Điểm danh (export attendance)", "Attendance (export attendance)")
            case .cascade: lang.pick("Tuyên truyền lại (export cascade)", "Follow-up cascade (export cascade)")
            case .budget: lang.pick("Dự toán, quyết toán kinh phí (export budget)", "Budget estimate and settlement (export budget)")
            }
        }

        /// Writes the workbook to `path` as the command line's `export …` does with its default options; `rates`
        /// (the rate tables of `--templates`) only for the budget.
        func write(
            _ database: AppDatabase, session code: SessionCode, today: CalendarDate, rates: () throws -> RateBook, to path: String
        ) throws {
            switch self {
            case .budget:
                let statement = try database.budgetStatement(session: code, rates: try rates(), today: today)
                try BudgetSheet(
                    list: try database.nomineeList(session: code, includeEmptyGroups: true), statement: statement,
                    units: UnitTree(try database.units()), today: today
                ).write(to: path)
            case .signIn:
                let list = try database.nomineeList(session: code, nameOrder: .givenThenFamily)
                try SignInSheet(list: list, flat: false, blankRows: 5, nameOrder: .givenThenFamily).write(to: path)
            case .nominees:
                try NomineeListSheet(list: try database.nomineeList(session: code, includeEmptyGroups: true)).write(to: path)
            case .attendance:
                try AttendanceSheet(
                    report: try database.attendanceReport(session: code),
                    list: try database.nomineeList(session: code, includeEmptyGroups: true),
                    marks: try database.attendanceMarks(session: code), threshold: 0.8
                ).write(to: path)
            case .cascade:
                try CascadeSheet(
                    tree: try database.cascadeTree(session: code, today: today), session: try database.session(code),
                    units: try database.units()
                ).write(to: path)
            }
        }
    }

    /// The payment list of one per-person budget line, as `outreach export payment --line LINE` writes it.
    static func writePayment(
        _ database: AppDatabase, session code: SessionCode, line: Slug, today: CalendarDate, rates: RateBook, to path: String
    ) throws {
        let list = try database.nomineeList(session: code, includeEmptyGroups: true)
        try PaymentListSheet(
            list: list, estimate: try BudgetEstimate(list: list, rates: rates, today: today), line: line,
            attendees: try database.attendees(session: code, asOf: today)
        ).write(to: path)
    }

    /// Refused (403, the forbidden page) unless `account` may see every office invited to the session.
    static func requireWholeSession(_ database: AppDatabase, _ code: SessionCode, _ account: AccessAccount) throws {
        let all = try database.quotaStatus(session: code)
        let visible = try database.quotaStatus(session: code, visibleTo: account.principal)
        guard visible.count == all.count, !all.isEmpty else {
            throw OutreachError.notAllowed(actor: account.unit.rawValue, action: LocalizedText(
                vi: "xem toàn bộ đợt \(code)", en: "see the whole session \(code)"))
        }
    }

    /// What the organiser's part of the session page shows.
    struct Overview: Sendable {
        /// Confirmations per day (the day the rules were judged on), oldest first.
        var confirmations: [(day: String, count: Int)]
        var attendance: AttendanceReport
        var cascade: CascadeTree?
        var files: [String]
    }

    static func overview(_ database: AppDatabase, _ code: SessionCode, today: CalendarDate, exports: String) throws -> Overview {
        var perDay: [String: Int] = [:]
        for entry in try database.auditLog(session: code, unit: nil, since: nil)
        where entry.entity == "nomination" && entry.after?.contains("\"status\":\"confirmed\"") == true {
            perDay[entry.today, default: 0] += 1
        }
        let cascade = try database.cascadeOpened(session: code) ? try database.cascadeTree(session: code, today: today) : nil
        return Overview(
            confirmations: perDay.sorted { $0.key < $1.key }.map { (day: $0.key, count: $0.value) },
            attendance: try database.attendanceReport(session: code), cascade: cascade,
            files: Downloads.listing(root: exports, folder: code.rawValue))
    }

    /// One of the session's workbooks: written where `outreach export` writes it, then sent.
    @Sendable func sessionExport(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { return Respond.seeOther("/dang-nhap") }
        let code = try Self.sessionCode(context)
        let raw = try context.parameters.require("kind")
        guard raw.hasSuffix(".xlsx") else { throw WebError.notFound }
        let name = String(raw.dropLast(5))
        let kind = SessionExport(rawValue: name)
        let line = name.hasPrefix(SessionExport.paymentPrefix)
            ? Slug(rawValue: String(name.dropFirst(SessionExport.paymentPrefix.count))) : nil
        guard kind != nil || line != nil else { throw WebError.notFound }
        let root = outreach.settings.exports
        let today = outreach.settings.today
        let outreach = self.outreach
        let bytes = try await outreach.run { database in
            try Self.requireWholeSession(database, code, account)
            let path = ExportFile.defaultPath(root: root, session: code, name: raw)
            if let kind {
                try kind.write(database, session: code, today: today, rates: outreach.rateBook, to: path)
            } else if let line {
                try Self.writePayment(database, session: code, line: line, today: today, rates: try outreach.rateBook(), to: path)
            }
            return try Downloads.read(path)
        }
        return Respond.download(bytes, filename: "\(code.rawValue)-\(raw)")
    }

    /// A file already in the session's exports folder (written by the command line or here), named relative to
    /// the exports folder: `?tep=LCI-2022-TDKT/du-toan.xlsx`. Anything that leads outside `exports/<SESSION>/`
    /// (`..`, an absolute path, a link pointing out) is refused with 400.
    @Sendable func exportedFile(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { return Respond.seeOther("/dang-nhap") }
        let code = try Self.sessionCode(context)
        guard let raw = request.uri.queryParameters["tep"].map(String.init), !raw.isEmpty else { throw WebError.missing("tep") }
        let root = outreach.settings.exports
        let (path, bytes) = try await outreach.run { database in
            try Self.requireWholeSession(database, code, account)
            let path = try Downloads.inside(root: root, folder: code.rawValue, relative: raw)
            return (path, try Downloads.read(path))
        }
        return Respond.download(bytes, filename: (path as NSString).lastPathComponent)
    }
}

extension Downloads {
    static func outside(_ raw: String) -> WebError {
        WebError(.badRequest, code: "outside_exports", field: "tep",
                 vi: "“\(raw)” không nằm trong thư mục xuất của đợt; chỉ tải được tệp trong đó",
                 en: "“\(raw)” is not inside the session's exports folder; only files there can be downloaded")
    }

    /// The real path of `relative` (relative to `root`), once it is a regular file inside `root/folder/` after
    /// every link is followed; a path that leads out is refused (400), a missing file is 404.
    static func inside(root: String, folder: String, relative raw: String) throws -> String {
        let components = raw.split(separator: "/", omittingEmptySubsequences: false)
        guard !raw.hasPrefix("/"), !raw.contains("\\"), !raw.contains("\0"),
              !components.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }),
              components.first.map(String.init) == folder, components.count >= 2
        else { throw outside(raw) }
        let base = URL(fileURLWithPath: root).appendingPathComponent(folder).standardizedFileURL.resolvingSymlinksInPath().path
        let target = URL(fileURLWithPath: root).appendingPathComponent(raw).standardizedFileURL.resolvingSymlinksInPath().path
        guard target.hasPrefix(base + "/") else { throw outside(raw) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw WebError(.notFound, code: "not_found", field: "tep",
                           vi: "không có tệp “\(raw)” trong thư mục xuất", en: "no file “\(raw)” in the exports folder")
        }
        return target
    }

    /// The files under `root/folder/` (relative to `root`), sorted; none when the folder is missing.
    static func listing(root: String, folder: String) -> [String] {
        let base = URL(fileURLWithPath: root).appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var found: [String] = []
        let prefix = base.standardizedFileURL.path + "/"
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix), !url.lastPathComponent.hasPrefix(".") else { continue }
            found.append(folder + "/" + path.dropFirst(prefix.count))
            if found.count >= 2000 { break }
        }
        return found.sorted()
    }
}
