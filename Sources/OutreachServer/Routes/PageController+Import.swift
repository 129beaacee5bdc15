import Foundation
import Hummingbird
import OutreachCore
import OutreachExport
import OutreachImport
import OutreachOperations
import OutreachStore

/// An office's nomination form (the workbook `export form` writes) and the upload of a filled form or any list:
/// a dry run that shows every row problem, then a confirmation that applies exactly the file that was checked.
/// Both go through `ImportNominees`, the operation `nominee import` runs.
extension PageController {
    /// The office's form, made now from the database (so it holds who is nominated at this moment); another
    /// office's form is refused before anything is read for it.
    @Sendable func formDownload(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { return Respond.signIn(returningTo: request) }
        let file = try await outreach.form(try Self.sessionCode(context), unit: try Self.unitCode(context), account: account)
        return Respond.download(file.bytes, filename: file.filename)
    }

    /// The upload page: a file field and what the file may be.
    @Sendable func importPage(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { return Respond.signIn(returningTo: request) }
        let code = try Self.sessionCode(context)
        let unit = try Self.unitCode(context)
        let (session, name) = try await outreach.run { database in
            _ = try database.nominees(session: code, office: unit, visibleTo: account.principal)
            return (try database.session(code), try database.unit(unit).displayName)
        }
        let csrf = SignInController.ensureSession(context).csrf
        let body = Pages.importForm(session, unit: unit, unitName: name, csrf: csrf, maxUpload: outreach.settings.maxUpload,
                                    today: outreach.settings.today, lang: request.language)
        return try await page(request, context, account, title: request.language.text { $0.importAList }, body: body)
    }

    /// The dry run: the file read and every row checked by the import's own operation; nothing is written. A clean
    /// file is held for the confirmation; a file with problems is shown with them (422) and not held.
    @Sendable func importCheck(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { throw Self.signedOut }
        let form = try await outreach.upload(request, session: context.sessions.session)
        let code = try Self.sessionCode(context)
        let unit = try Self.unitCode(context)
        guard let file = form.files.first(where: { $0.field == "tep" }), !file.bytes.isEmpty else {
            throw WebError(.unprocessableContent, code: "missing_field", field: "tep",
                           { $0.noFileXlsxOrCsv })
        }
        let filename = Downloads.safeFilename(file.filename)
        let command: CommandContext
        let session: Session, result: NomineeFileImport
        do {
            command = try writeContext("nominee import --dry-run", account, request, context, late: form["ly-do-tre"])
            (session, result) = try await outreach.run { [bytes = file.bytes] database in
                (try database.session(code),
                 try Self.runImport(bytes, filename: filename, session: code, office: unit, dryRun: true, database: database, context: command))
            }
        } catch {
            // The file refused as a whole by a rule (after the deadline without a reason, the session over): the upload
            // form again with the refusal, beside the reason's field when that is what is missing.
            guard let (refusedForm, refusal) = PersonForm.refused(Form(""), error, lang: request.language) else { throw error }
            var state = refusedForm
            state.values["ly-do-tre"] = form.fields["ly-do-tre"].map(PersonForm.visible)
            let (session, name) = try await outreach.run { database in
                (try database.session(code), try database.unit(unit).displayName)
            }
            let body = Pages.importForm(
                session, unit: unit, unitName: name, csrf: SignInController.ensureSession(context).csrf,
                maxUpload: outreach.settings.maxUpload, today: outreach.settings.today, form: state, lang: request.language)
            return try await page(request, context, account, title: request.language.text { $0.importAList }, body: body,
                                  status: refusal.status)
        }
        let refusal = ImportNominees.refusal(result, partial: false)
        var held: (id: String, sha256: String)?
        if refusal == nil {
            let sha = SHA256.hex(file.bytes)
            let id = await outreach.imports.hold(.init(
                account: account.id, session: code, office: unit, filename: filename, bytes: file.bytes, sha256: sha,
                held: outreach.clock()))
            held = (id, sha)
        }
        let csrf = SignInController.ensureSession(context).csrf
        let lang = request.language
        let body = Pages.importResult(
            session, unit: unit, result: result, refusal: refusal?.message(lang), held: held, csrf: csrf,
            maxUpload: outreach.settings.maxUpload, today: outreach.settings.today, lateReason: command.lateReason, lang: lang)
        return try await page(request, context, account, title: lang.text { $0.checkResult }, body: body,
                              status: refusal == nil ? .ok : .unprocessableContent)
    }

    /// The confirmation: the held bytes (the same id, account, session, office and SHA-256) imported for real, in
    /// one transaction; refused with nothing changed when any of that does not match or a row fails now.
    @Sendable func importConfirm(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (account, form) = try await signedInForm(request, context)
        let code = try Self.sessionCode(context)
        let unit = try Self.unitCode(context)
        guard let id = form["tai-len"], let sha = form["sha256"],
              let upload = await outreach.imports.take(id, account: account.id, session: code, office: unit, sha256: sha)
        else {
            throw WebError(.conflict, code: "upload_not_held", field: "tai-len",
                           { $0.theCheckedFileIsNo })
        }
        let command: CommandContext
        let session: Session, result: NomineeFileImport
        do {
            command = try writeContext("nominee import", account, request, context, late: form["ly-do-tre"])
            (session, result) = try await outreach.run { database in
                (try database.session(code),
                 try Self.runImport(upload.bytes, filename: upload.filename, session: code, office: unit, dryRun: false,
                                    database: database, context: command))
            }
        } catch {
            // Refused as a whole before any row was written: the checked file stays held, and the office confirms it
            // again once it gave what was missing (the deadline may have passed since the check).
            await outreach.imports.putBack(id, upload)
            guard let (refusedForm, refusal) = PersonForm.refused(Form(""), error, lang: request.language) else { throw error }
            var state = refusedForm
            state.values["ly-do-tre"] = form["ly-do-tre"].map(PersonForm.visible)
            let session = try await outreach.run { try $0.session(code) }
            let body = Pages.confirmAgain(
                session, unit: unit, filename: upload.filename, held: (id, sha), csrf: SignInController.ensureSession(context).csrf,
                today: outreach.settings.today, form: state, lang: request.language)
            return try await page(request, context, account, title: request.language.text { $0.checkResult }, body: body,
                                  status: refusal.status)
        }
        let lang = request.language
        if let refusal = ImportNominees.refusal(result, partial: false) {
            // The database changed since the check (a place taken, a person moved): nothing was written.
            let csrf = SignInController.ensureSession(context).csrf
            let body = Pages.importResult(
                session, unit: unit, result: result, refusal: refusal.message(lang), held: nil, csrf: csrf,
                maxUpload: outreach.settings.maxUpload, today: outreach.settings.today, lateReason: command.lateReason,
                lang: lang)
            return try await page(request, context, account, title: lang.text { $0.checkResult }, body: body,
                                  status: .unprocessableContent)
        }
        let outcome = result.outcome
        return done(context, lang.text { $0.importedFilenameAddedCountReplaced(upload.filename, outcome.count(.added), outcome.count(.replaced), outcome.count(.updated), outcome.count(.unchanged)) },
            back: Self.officePath(code, unit))
    }

    /// The uploaded bytes as a file under their own name (the messages name it), read and imported, then removed.
    static func runImport(
        _ bytes: [UInt8], filename: String, session: SessionCode?, office: UnitCode?, partial: Bool = false, dryRun: Bool,
        database: AppDatabase, context: CommandContext
    ) throws -> NomineeFileImport {
        try Downloads.withTemporaryFolder { folder in
            let path = folder + "/" + filename
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
                throw OutreachError.file(path: filename, reason: LocalizedText { $0.theUploadCouldNotBe })
            }
            let file: ImportFile
            do {
                file = try ImportFile.read(path: path)
            } catch let error as OutreachError {
                throw unreadableUpload(error, filename: filename)
            }
            return try ImportNominees.run(
                file, session: session, office: office, partial: partial, dryRun: dryRun, database: database, context: context)
        }
    }

    /// An uploaded file that cannot be read is the sender's to fix (422), named as they named it, never by the
    /// server's temporary copy.
    static func unreadableUpload(_ error: OutreachError, filename: String) -> any Error {
        switch error {
        case .file(_, let reason):
            var refusal = WebError(.file(path: filename, reason: reason))
            refusal.status = .unprocessableContent
            refusal.field = InputField.file.key
            return refusal
        case .fileNotFound:
            var refusal = WebError(.file(path: filename, reason: LocalizedText { $0.cannotBeRead }))
            refusal.status = .unprocessableContent
            refusal.field = InputField.file.key
            return refusal
        default:
            return error
        }
    }

    static let signedOut = WebError(
        .unauthorized, code: "unauthenticated",
        { $0.yourSessionHasEndedSign })
}

/// Workbooks made for a download, and the files a download may name.
enum Downloads {
    /// A folder of its own for one request, removed afterwards whatever happens.
    static func withTemporaryFolder<T>(_ body: (String) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outreach-web-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutreachError.file(path: folder.path, reason: LocalizedText { $0.theTemporaryFolderCannotBe })
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder.path)
    }

    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OutreachError.file(path: path, reason: LocalizedText { $0.cannotBeRead })
        }
        return Array(data)
    }

    /// An uploaded file's name as a file name here: its last component, no control characters, not too long.
    static func safeFilename(_ raw: String) -> String {
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var name = String(last.unicodeScalars.filter { $0.value >= 32 && $0.value != 127 }.map(Character.init))
            .trimmingCharacters(in: .whitespaces)
        if name.hasPrefix(".") { name = "tep" + name }
        if name.utf8.count > 120 {
            let ext = (name as NSString).pathExtension
            name = String(name.prefix(80)) + (ext.isEmpty ? "" : "." + ext)
        }
        return name.isEmpty ? "tai-len.xlsx" : name
    }
}

extension Respond {
    /// A file to save, under `filename` (an ASCII fallback and the UTF-8 name).
    static func download(_ bytes: [UInt8], filename: String, type: String? = nil) -> Response {
        let ascii = String(filename.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0.value >= 32 ? Character($0) : "_" })
        let encoded = filename.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ascii
        let lowered = filename.lowercased()
        let mediaType = type ?? (lowered.hasSuffix(".xlsx")
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : lowered.hasSuffix(".docx")
            ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/octet-stream")
        return Response(
            status: .ok,
            headers: [
                .contentType: mediaType,
                .contentDisposition: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)",
            ],
            body: .init(byteBuffer: .init(bytes: bytes)))
    }
}
