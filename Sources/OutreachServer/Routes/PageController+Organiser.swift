import Foundation
import Hummingbird
import OutreachCore
import OutreachExport
import OutreachOperations
import OutreachStore

/// The organiser's view of a session: confirmations over time, attendance, the follow-up cascade's completeness
/// and the workbooks the command line writes, made on demand into the exports folder and downloaded from it.
/// Whoever may see every invited office (the organiser, the managing division, a unit above them all) sees it;
/// an office sees its own part on its own page.
extension PageController {
    /// Refused (403, the forbidden page) unless `account` may see every office invited to the session.
    static func requireWholeSession(_ database: AppDatabase, _ code: SessionCode, _ account: AccessAccount) throws {
        let all = try database.quotaStatus(session: code)
        let visible = try database.quotaStatus(session: code, visibleTo: account.principal)
        guard visible.count == all.count, !all.isEmpty else {
            throw OutreachError.notAllowed(actor: account.unit.rawValue, action: LocalizedText { $0.seeTheWholeSessionCode(code) })
        }
    }

    /// What the organiser's part of the session page shows.
    struct Overview: Sendable {
        /// Confirmations per day (the day the rules were judged on), oldest first.
        var confirmations: [(day: String, count: Int)]
        var attendance: AttendanceReport
        var cascade: CascadeTree?
        var files: [String]
        /// The invited offices, in the list's order, for their nomination forms.
        var offices: [(code: UnitCode, name: String)]
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
            files: Downloads.listing(root: exports, folder: code.rawValue),
            offices: try database.quotaStatus(session: code).compactMap { status in
                UnitCode(rawValue: status.unit).map { (code: $0, name: status.unitName) }
            })
    }

    /// One of the session's workbooks or documents: written where `outreach export` or `outreach doc` writes it,
    /// then sent.
    @Sendable func sessionExport(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { return Respond.signIn(returningTo: request) }
        let code = try Self.sessionCode(context)
        let file = try await outreach.sessionExport(code, name: try context.parameters.require("kind"), account: account)
        return Respond.download(file.bytes, filename: file.filename)
    }

    /// An office's nomination form from the organiser's list, written where `export form` writes it.
    @Sendable func formExport(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { return Respond.signIn(returningTo: request) }
        let code = try Self.sessionCode(context)
        let raw = try context.parameters.require("file")
        guard raw.hasSuffix(".xlsx"), let unit = UnitCode(rawValue: String(raw.dropLast(5)).uppercased()) else { throw WebError.notFound }
        let file = try await outreach.form(code, unit: unit, account: account)
        return Respond.download(file.bytes, filename: file.filename)
    }

    /// A file already in the session's exports folder (written by the command line or here), named relative to
    /// the exports folder: `?tep=LCI-2022-TDKT/du-toan.xlsx`. Anything that leads outside `exports/<SESSION>/`
    /// (`..`, an absolute path, a link pointing out) is refused with 400.
    @Sendable func exportedFile(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { return Respond.signIn(returningTo: request) }
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
                 { $0.rawIsNotInsideThe(raw) })
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
                           { $0.noFileRawInThe(raw) })
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
