import Hummingbird
import OutreachCore
import OutreachStore

/// The office's and the organiser's pages. Each route decodes, calls one store operation with the signed-in unit
/// as the acting principal, and renders; who may see or change what is decided by the store (`Authority`).
struct PageController {
    let outreach: Outreach

    func addRoutes(to router: RouterGroup<WebRequestContext>) {
        router.get("/", use: home)
        router.get("dot/:code", use: session)
        router.get("dot/:code/don-vi/:unit", use: office)
        router.post("dot/:code/don-vi/:unit/de-cu", use: nominate)
        router.post("dot/:code/dai-bieu/:number/xac-nhan", use: confirm)
        router.post("dot/:code/dai-bieu/:number/rut", use: withdraw)
        router.get("dot/:code/dai-bieu/:number/thay", use: replacePage)
        router.post("dot/:code/dai-bieu/:number/thay", use: replace)
        router.get("dot/:code/don-vi/:unit/phieu-dang-ky.xlsx", use: formDownload)
        router.get("dot/:code/don-vi/:unit/nhap", use: importPage)
        router.post("dot/:code/don-vi/:unit/nhap", use: importCheck)
        router.post("dot/:code/don-vi/:unit/nhap/xac-nhan", use: importConfirm)
        router.get("dot/:code/xuat/:kind", use: sessionExport)
        router.get("dot/:code/xuat/forms/:file", use: formExport)
        router.get("dot/:code/tai-ve", use: exportedFile)
        router.post("dot/:code/don-vi/:unit/tuyen-truyen-lai/ke-hoach", use: cascadePlan)
        router.post("dot/:code/don-vi/:unit/tuyen-truyen-lai/bao-cao", use: cascadeReport)
        router.get("ke-hoach", use: planDutiesPage)
        router.post("ke-hoach/:plan/:duty/bao-cao", use: planDutyReport)
        router.get("ke-hoach-khoi", use: plansAndBlocsPage)
        router.get("ke-hoach-khoi/ke-hoach/:plan/:file", use: planExport)
        router.get("ke-hoach-khoi/khoi/:bloc/:file", use: blocExport)
    }

    // MARK: - Reads

    @Sendable func home(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { return Respond.seeOther("/dang-nhap") }
        let sessions = try await outreach.run { try $0.sessions(visibleTo: account.principal) }
        return try await page(request, context, account, title: request.language.pick("Các đợt tập huấn", "Sessions"),
                              body: Pages.sessions(sessions, today: outreach.settings.today, lang: request.language))
    }

    @Sendable func session(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { return Respond.seeOther("/dang-nhap") }
        let code = try Self.sessionCode(context)
        let today = outreach.settings.today, exports = outreach.settings.exports
        let (session, offices, overview) = try await outreach.run { database in
            let offices = try database.quotaStatus(session: code, visibleTo: account.principal)
            // The whole session's figures only for whoever sees every office in it.
            let whole = !offices.isEmpty && (try? Self.requireWholeSession(database, code, account)) != nil
            return (try database.session(code), offices,
                    whole ? try Self.overview(database, code, today: today, exports: exports) : nil)
        }
        guard !offices.isEmpty else { throw WebError.sessionNotVisible }
        var body = Pages.session(session, offices: offices, ownUnit: account.unit, today: outreach.settings.today, lang: request.language)
        if let overview { body += Pages.organiser(session, overview: overview, lang: request.language) }
        return try await page(request, context, account, title: session.title, body: body)
    }

    @Sendable func office(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { return Respond.seeOther("/dang-nhap") }
        let code = try Self.sessionCode(context)
        let unit = try Self.unitCode(context)
        // The nominees first: another office's list is refused there, before any figure is read.
        let today = outreach.settings.today
        let (session, nominees, offices, followUp) = try await outreach.run { database in
            let nominees = try database.nominees(session: code, office: unit, visibleTo: account.principal)
            return (try database.session(code), nominees, try database.quotaStatus(session: code, visibleTo: account.principal),
                    try Self.followUpDuty(database, code, unit, today: today))
        }
        guard let status = offices.first(where: { $0.unit == unit.rawValue }) else { throw WebError.sessionNotVisible }
        let csrf = SignInController.ensureSession(context).csrf
        var body = Pages.office(session, status: status, nominees: nominees, csrf: csrf, today: today, lang: request.language)
        if let followUp { body += Pages.followUp(session, unit: unit, node: followUp, csrf: csrf, today: today, lang: request.language) }
        return try await page(request, context, account, title: status.unitName, body: body)
    }

    @Sendable func replacePage(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { return Respond.seeOther("/dang-nhap") }
        let code = try Self.sessionCode(context)
        let number = try Self.number(context)
        let (session, nominee) = try await outreach.run { database in
            (try database.session(code), try database.nominee(session: code, number: number, visibleTo: account.principal))
        }
        let csrf = SignInController.ensureSession(context).csrf
        let body = Pages.replace(session, nominee: nominee, roles: session.roles, csrf: csrf, lang: request.language)
        return try await page(request, context, account, title: request.language.pick("Thay đại biểu", "Replace a nominee"), body: body)
    }

    // MARK: - Writes: each one store operation, then back to the office's page with what was done

    @Sendable func nominate(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (account, form) = try await signedInForm(request, context)
        let code = try Self.sessionCode(context)
        let unit = try Self.unitCode(context)
        var nominee = try Self.person(form, session: code)
        nominee.sender = unit
        let command = outreach.context("nominee add", account: account, address: outreach.address(request, context))
        let added = try await outreach.run { [nominee] in try $0.addNominee(nominee, context: command) }
        let lang = request.language
        return done(context, lang.pick("Đã đề cử", "Nominated") + " #\(added.nomination.id) \(added.person.fullName)",
                    back: Self.officePath(code, added.nomination.sender))
    }

    @Sendable func confirm(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (account, _) = try await signedInForm(request, context)
        let code = try Self.sessionCode(context)
        let number = try Self.number(context)
        let command = outreach.context("nominee confirm", account: account, address: outreach.address(request, context))
        let confirmed = try await outreach.run { try $0.confirm(session: code, nominees: ["#\(number)"], context: command) }
        guard let nominee = confirmed.first else { throw WebError.notFound }
        return done(context, request.language.pick("Đã xác nhận", "Confirmed") + " #\(number) \(nominee.person.fullName)",
                    back: Self.officePath(code, nominee.nomination.sender))
    }

    @Sendable func withdraw(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (account, form) = try await signedInForm(request, context)
        let code = try Self.sessionCode(context)
        let number = try Self.number(context)
        let reason = form["ly-do"]
        let command = outreach.context("nominee withdraw", account: account, address: outreach.address(request, context))
        let (withdrawn, reserve) = try await outreach.run {
            try $0.withdrawProposingReserve(session: code, nominee: "#\(number)", reason: reason, context: command)
        }
        let lang = request.language
        var message = lang.pick("Đã rút", "Withdrawn") + " #\(number) \(withdrawn.person.fullName)"
        if let reserve {
            message += lang.pick(
                "; người dự bị có thể nhận chỗ: #\(reserve.nomination.id) \(reserve.person.fullName)",
                "; a reserve may take the place: #\(reserve.nomination.id) \(reserve.person.fullName)")
        }
        return done(context, message, back: Self.officePath(code, withdrawn.nomination.sender))
    }

    @Sendable func replace(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (account, form) = try await signedInForm(request, context)
        let code = try Self.sessionCode(context)
        let number = try Self.number(context)
        let person = try Self.person(form, session: code)
        let command = outreach.context("nominee replace", account: account, address: outreach.address(request, context))
        let new = try await outreach.run { try $0.replace(session: code, nominee: "#\(number)", with: person, context: command) }
        let lang = request.language
        return done(context, lang.pick("Đã thay", "Replaced") + " #\(number) " + lang.pick("bằng", "by")
                        + " #\(new.nomination.id) \(new.person.fullName)",
                    back: Self.officePath(code, new.nomination.sender))
    }

    // MARK: - Helpers

    /// A write needs a signed-in account and a form whose CSRF token matches the session's.
    func signedInForm(_ request: Request, _ context: WebRequestContext) async throws -> (AccessAccount, Form) {
        guard let account = context.identity else {
            throw WebError(.unauthorized, code: "unauthenticated",
                           vi: "phiên đăng nhập đã hết; hãy đăng nhập lại", en: "your session has ended; sign in again")
        }
        return (account, try await outreach.form(request, session: context.sessions.session))
    }

    /// Back to a page with a message shown once there (303: the browser reloads with GET, never re-posting).
    func done(_ context: WebRequestContext, _ message: String, back: String) -> Response {
        if var session = context.sessions.session {
            session.flash = message
            _ = context.sessions.updateSession(session)
        }
        return Respond.seeOther(back)
    }

    func page(
        _ request: Request, _ context: WebRequestContext, _ account: AccessAccount, title: String, body: String,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        var session = SignInController.ensureSession(context)
        let flash = session.flash
        if flash != nil {
            session.flash = nil
            _ = context.sessions.updateSession(session)
        }
        let unitName = try? await outreach.run { try $0.unit(account.unit).displayName }
        return Respond.html(HTML.page(
            title: title, lang: request.language, body: body, signedIn: account, unitName: unitName,
            csrf: session.csrf, flash: flash), status: status)
    }

    static func officePath(_ session: SessionCode, _ unit: UnitCode) -> String {
        "/dot/\(HTML.url(session.rawValue))/don-vi/\(HTML.url(unit.rawValue))"
    }

    static func sessionCode(_ context: WebRequestContext) throws -> SessionCode {
        let raw = try context.parameters.require("code")
        guard let code = SessionCode(rawValue: raw.uppercased()) else { throw OutreachError.unknownSession(raw) }
        return code
    }

    static func unitCode(_ context: WebRequestContext) throws -> UnitCode {
        let raw = try context.parameters.require("unit")
        guard let code = UnitCode(rawValue: raw.uppercased()) else { throw OutreachError.unknownUnit(raw) }
        return code
    }

    /// A nominee's number in the path: digits only (a name or a phone is the command line's way, not a URL's).
    static func number(_ context: WebRequestContext) throws -> Int64 {
        let raw = try context.parameters.require("number")
        guard !raw.isEmpty, raw.count <= 12, raw.allSatisfy(\.isASCII), raw.allSatisfy(\.isNumber), let number = Int64(raw), number > 0
        else {
            throw WebError.invalid("number", vi: "số đại biểu “\(raw)” phải là một số nguyên dương", en: "nominee number “\(raw)” must be a positive whole number")
        }
        return number
    }

    /// The person fields of the nominate and replace forms.
    static func person(_ form: Form, session: SessionCode) throws -> NomineeRequest {
        guard let name = form["ho-ten"] else { throw WebError.missing("ho-ten") }
        guard let rawRole = form["vai-tro"] else { throw WebError.missing("vai-tro") }
        guard let role = RoleCode(rawValue: rawRole.lowercased()) else {
            throw WebError.invalid("vai-tro", vi: "vai trò “\(rawRole)” không hợp lệ", en: "role “\(rawRole)” is not valid")
        }
        var worksAt: UnitCode?
        if let raw = form["noi-cong-tac"] {
            guard let code = UnitCode(rawValue: raw.uppercased()) else {
                throw WebError.invalid("noi-cong-tac", vi: "“\(raw)” không phải mã đơn vị (như TH-BATXAT-KIMDONG)",
                                       en: "“\(raw)” is not a unit code (such as TH-BATXAT-KIMDONG)")
            }
            worksAt = code
        }
        return NomineeRequest(
            session: session, worksAt: worksAt, fullName: name, role: role, position: form["chuc-vu"],
            phone: form["dien-thoai"])
    }
}
