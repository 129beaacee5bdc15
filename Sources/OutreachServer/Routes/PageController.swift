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
        router.get("dang-ky/:code/:unit", use: invitationLink)
        router.get("dot/:code/don-vi/:unit", use: office)
        router.post("dot/:code/don-vi/:unit/de-cu", use: nominate)
        router.post("dot/:code/don-vi/:unit/nhan-cho", use: promote)
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
        guard let account = context.identity else { return Respond.signIn(returningTo: request) }
        let sessions = try await outreach.run { try $0.sessions(visibleTo: account.principal) }
        return try await page(request, context, account, title: request.language.text { $0.sessions },
                              body: Pages.sessions(sessions, today: outreach.settings.today, lang: request.language))
    }

    @Sendable func session(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { return Respond.signIn(returningTo: request) }
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

    /// The link an invitation prints for each office (`SessionPapers.link`, `BASE/dang-ky/SESSION/UNIT`): the
    /// office's page of the session, which sends a visitor not signed in yet through the sign-in page and back.
    @Sendable func invitationLink(_ request: Request, context: WebRequestContext) async throws -> Response {
        Respond.seeOther(Self.officePath(try Self.sessionCode(context), try Self.unitCode(context)))
    }

    @Sendable func office(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { return Respond.signIn(returningTo: request) }
        // A search's "nominate this person" link fills the form from the query.
        // Read as a form reads its body: a browser's GET form sends a space as "+".
        let query = Form(request.uri.query ?? "")
        var form = PersonForm()
        for name in PersonForm.fields {
            if let value = query.raw(name) { form.values[name] = value }
        }
        return try await officePage(request, context, account, form: form)
    }

    /// The office's page: its places, its people (reserves last), giving a place to a reserve, the search of its
    /// people (`?tim=`) and the person form, filled with `form` (what was typed, and a refusal beside its field).
    func officePage(
        _ request: Request, _ context: WebRequestContext, _ account: AccessAccount, form: PersonForm,
        status: HTTPResponse.Status = .ok, office: UnitCode? = nil
    ) async throws -> Response {
        let code = try Self.sessionCode(context)
        let unit = try office ?? Self.unitCode(context)
        let search = Form(request.uri.query ?? "")["tim"].map { String($0.prefix(100)) }
        // The nominees first: another office's list is refused there, before any figure is read.
        let today = outreach.settings.today
        let (session, nominees, offices, followUp, organiser) = try await outreach.run { database in
            let nominees = try database.nominees(session: code, office: unit, visibleTo: account.principal)
            return (try database.session(code), nominees, try database.quotaStatus(session: code, visibleTo: account.principal),
                    try Self.followUpDuty(database, code, unit, today: today),
                    try database.organises(code, principal: account.principal))
        }
        guard let quota = offices.first(where: { $0.unit == unit.rawValue }) else { throw WebError.sessionNotVisible }
        let (units, found, places) = try await outreach.run { database in
            let units = Self.units(of: unit, in: try database.units())
            let found = try search.map { try database.people(session: code, office: unit, matching: $0, visibleTo: account.principal) } ?? []
            return (units, found, try Self.places(database, code, unit, account))
        }
        let csrf = SignInController.ensureSession(context).csrf
        let lang = request.language
        var body = Pages.office(
            session, status: quota, nominees: nominees, csrf: csrf, today: today, organiser: organiser, lang: lang,
            units: units, form: form,
            search: search, found: found, places: places)
        if let followUp { body += Pages.followUp(session, unit: unit, node: followUp, csrf: csrf, today: today, lang: lang) }
        return try await page(request, context, account, title: quota.unitName, body: body, status: status)
    }

    /// The office and the units below it, by name: the workplaces its people may have.
    static func units(of office: UnitCode, in all: [OrgUnit]) -> [OrgUnit] {
        let tree = UnitTree(all)
        return all.filter { $0.code == office || tree.isSubordinate($0.code, of: office) }
            .sorted { ($0.code != office ? 1 : 0, $0.sortOrder, $0.code.rawValue) < ($1.code != office ? 1 : 0, $1.sortOrder, $1.code.rawValue) }
    }

    /// The places of an office a reserve may take: its nominees holding one, and those withdrawn whose place nobody
    /// has taken yet.
    static func places(_ database: AppDatabase, _ code: SessionCode, _ office: UnitCode, _ account: AccessAccount) throws -> [Nominee] {
        let all = try database.nomineeRows(session: code, office: office, includeInactive: true, visibleTo: account.principal)
        let taken = Set(all.compactMap(\.nomination.replaces))
        return all.filter { nominee in
            nominee.nomination.status.isActive || (nominee.nomination.status == .withdrawn && !taken.contains(nominee.nomination.id))
        }
    }

    @Sendable func replacePage(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let account = context.identity else { return Respond.signIn(returningTo: request) }
        let code = try Self.sessionCode(context)
        let number = try Self.number(context)
        return try await replaceForm(request, context, account, code, number, form: PersonForm())
    }

    func replaceForm(
        _ request: Request, _ context: WebRequestContext, _ account: AccessAccount, _ code: SessionCode, _ number: Int64,
        form: PersonForm, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let (session, nominee, all) = try await outreach.run { database in
            (try database.session(code), try database.nominee(session: code, number: number, visibleTo: account.principal),
             try database.units())
        }
        let csrf = SignInController.ensureSession(context).csrf
        let body = Pages.replace(
            session, nominee: nominee, roles: session.roles, csrf: csrf, today: outreach.settings.today, lang: request.language,
            units: Self.units(of: nominee.nomination.sender, in: all), form: form)
        return try await page(request, context, account, title: request.language.text { $0.replaceANominee },
                              body: body, status: status)
    }

    // MARK: - Writes: each one store operation, then back to the office's page with what was done

    /// Nominates, or with the button `du-bi` lists a reserve (`nominee add --reserve`); a refusal shows the form
    /// again as it was typed, the message beside its field.
    @Sendable func nominate(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (account, form) = try await signedInForm(request, context)
        let code = try Self.sessionCode(context)
        let unit = try Self.unitCode(context)
        let reserve = form["du-bi"] != nil
        let lang = request.language
        do {
            var nominee = try await person(form, session: code, office: unit, lang: lang)
            nominee.sender = unit
            nominee.reserve = reserve
            let command = try writeContext("nominee add", account, request, context, late: form["ly-do-tre"])
            let added = try await outreach.run { [nominee] in try $0.addNominee(nominee, context: command) }
            let what = reserve ? lang.text { $0.listedAsAReserve } : lang.text { $0.nominated }
            return done(context, what + " #\(added.nomination.id) \(added.person.fullName)",
                        back: Self.officePath(code, added.nomination.sender))
        } catch {
            guard let (state, refusal) = PersonForm.refused(form, error, lang: lang) else { throw error }
            return try await officePage(request, context, account, form: state, status: refusal.status)
        }
    }

    /// Gives a place (`cho`: a nominee holding it or withdrawn) to a reserve (`du-bi`, or the first waiting), as
    /// `nominee promote`; `xac-nhan` confirms the reserve at once.
    @Sendable func promote(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (account, form) = try await signedInForm(request, context)
        let code = try Self.sessionCode(context)
        guard let rawPlace = form["cho"] else { throw WebError.missing("cho") }
        let place = try Self.positive(rawPlace, field: "cho")
        let reserve = try form["du-bi"].map { try Self.positive($0, field: "du-bi") }
        let confirm = form["xac-nhan"] != nil
        let promoted: Nominee
        do {
            let command = try writeContext("nominee promote", account, request, context, late: form["ly-do-tre"])
            promoted = try await outreach.run {
                try $0.promote(session: code, place: "#\(place)", reserve: reserve.map { "#\($0)" }, confirm: confirm, context: command)
            }
        } catch {
            return try await refused(request, context, account, error, at: .promote)
        }
        let lang = request.language
        let state = promoted.nomination.status.label(lang).lowercased()
        return done(context, lang.text { $0.idFullNameReserveTakesThe(promoted.nomination.id, promoted.person.fullName, place, state) },
            back: Self.officePath(code, promoted.nomination.sender))
    }

    @Sendable func confirm(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (account, form) = try await signedInForm(request, context)
        let code = try Self.sessionCode(context)
        let number = try Self.number(context)
        let nominee: Nominee
        do {
            let command = try writeContext("nominee confirm", account, request, context, late: form["ly-do-tre"])
            let confirmed = try await outreach.run { try $0.confirm(session: code, nominees: ["#\(number)"], context: command) }
            guard let first = confirmed.first else { throw WebError.notFound }
            nominee = first
        } catch {
            return try await refused(request, context, account, error, at: .row(number))
        }
        return done(context, request.language.text { $0.confirmed } + " #\(number) \(nominee.person.fullName)",
                    back: Self.officePath(code, nominee.nomination.sender))
    }

    @Sendable func withdraw(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (account, form) = try await signedInForm(request, context)
        let code = try Self.sessionCode(context)
        let number = try Self.number(context)
        // After the deadline the row's one field is the late reason, which is the withdrawal's reason too.
        let reason = form["ly-do"] ?? form["ly-do-tre"]
        let withdrawn: Nominee, reserve: Nominee?
        do {
            let command = try writeContext("nominee withdraw", account, request, context, late: form["ly-do-tre"])
            (withdrawn, reserve) = try await outreach.run {
                try $0.withdrawProposingReserve(session: code, nominee: "#\(number)", reason: reason, context: command)
            }
        } catch {
            return try await refused(request, context, account, error, at: .row(number))
        }
        let lang = request.language
        var message = lang.text { $0.withdrawn } + " #\(number) \(withdrawn.person.fullName)"
        if let reserve {
            message += lang.text { $0.aReserveMayTakeThe(reserve.nomination.id, reserve.person.fullName) }
        }
        return done(context, message, back: Self.officePath(code, withdrawn.nomination.sender))
    }

    @Sendable func replace(_ request: Request, context: WebRequestContext) async throws -> Response {
        let (account, form) = try await signedInForm(request, context)
        let code = try Self.sessionCode(context)
        let number = try Self.number(context)
        let lang = request.language
        let new: Nominee
        do {
            let office = try await outreach.run { try $0.nominee(session: code, number: number, visibleTo: account.principal) }.nomination.sender
            let person = try await person(form, session: code, office: office, lang: lang)
            let command = try writeContext("nominee replace", account, request, context, late: form["ly-do-tre"])
            new = try await outreach.run { try $0.replace(session: code, nominee: "#\(number)", with: person, context: command) }
        } catch {
            guard let (state, refusal) = PersonForm.refused(form, error, lang: lang) else { throw error }
            return try await replaceForm(request, context, account, code, number, form: state, status: refusal.status)
        }
        return done(context, lang.text { $0.replaced } + " #\(number) " + lang.text { $0.by }
                        + " #\(new.nomination.id) \(new.person.fullName)",
                    back: Self.officePath(code, new.nomination.sender))
    }

    // MARK: - Helpers

    /// A write needs a signed-in account and a form whose CSRF token matches the session's.
    func signedInForm(_ request: Request, _ context: WebRequestContext) async throws -> (AccessAccount, Form) {
        guard let account = context.identity else {
            throw WebError(.unauthorized, code: "unauthenticated",
                           { $0.yourSessionHasEndedSign })
        }
        return (account, try await outreach.form(request, session: context.sessions.session))
    }

    /// A row's or the reserve form's change refused by a rule (after the deadline without a reason, the session
    /// over, a place taken…): the office's page again with the refusal where it was asked (4xx), nothing changed.
    /// A refusal of rights stays the 403 page, which names no other office's data.
    func refused(
        _ request: Request, _ context: WebRequestContext, _ account: AccessAccount, _ error: any Error,
        at place: PersonForm.Place
    ) async throws -> Response {
        guard let (refusedForm, refusal) = PersonForm.refused(Form(""), error, lang: request.language) else { throw error }
        var state = refusedForm
        state.field = nil
        state.place = place
        var office: UnitCode?
        if case .row(let number) = place {
            let code = try Self.sessionCode(context)
            office = try await outreach.run { try $0.nominee(session: code, number: number, visibleTo: account.principal) }
                .nomination.sender
        }
        return try await officePage(request, context, account, form: state, status: refusal.status, office: office)
    }

    /// The context of a page's write: the signed-in account, and after the deadline the reason typed in the
    /// form's `ly-do-tre` (`late`; checked as any free text; empty is none, which the deadline rule then refuses).
    func writeContext(
        _ name: String, _ account: AccessAccount, _ request: Request, _ context: WebRequestContext, late: String?
    ) throws -> CommandContext {
        var command = outreach.context(name, account: account, address: outreach.address(request, context))
        command.lateReason = try FreeText.checked(late, input: .reason)
        return command
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
            csrf: session.csrf, flash: flash, languageLink: Respond.languageLink(request)), status: status)
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
        try positive(try context.parameters.require("number"), field: "number")
    }

    /// A nominee's number in a path or a form field.
    static func positive(_ raw: String, field: String) throws -> Int64 {
        guard !raw.isEmpty, raw.count <= 12, raw.allSatisfy(\.isASCII), raw.allSatisfy(\.isNumber), let number = Int64(raw), number > 0
        else {
            throw WebError.invalid(field, { $0.nomineeNumberRawMustBe(raw) })
        }
        return number
    }

    /// The person fields of the nominate and replace forms. The workplace is a unit's code or its name, found
    /// as the command line's `--works-at` finds it (`UnitLookup`), among the office's own units first.
    func person(_ form: Form, session: SessionCode, office: UnitCode, lang: Language) async throws -> NomineeRequest {
        guard let name = form["ho-ten"] else { throw WebError.missing("ho-ten") }
        guard let rawRole = form["vai-tro"] else { throw WebError.missing("vai-tro") }
        guard let role = RoleCode(rawValue: rawRole.lowercased()) else {
            throw WebError.invalid("vai-tro", { $0.roleIsNotValid(rawRole) })
        }
        var worksAt: UnitCode?
        if let raw = form["noi-cong-tac"] {
            worksAt = try await outreach.run { database in try Self.workplace(raw, office: office, units: try database.units(), lang: lang) }
        }
        return NomineeRequest(
            session: session, worksAt: worksAt, fullName: name, role: role, position: form["chuc-vu"],
            phone: form["dien-thoai"])
    }

    /// A workplace typed on a page: a code as it is, else a name among `office`'s units, else among all units.
    static func workplace(_ raw: String, office: UnitCode, units all: [OrgUnit], lang: Language) throws -> UnitCode {
        if let code = UnitCode(rawValue: raw.uppercased()) { return code }
        let field = InputField.worksAt.label(lang)
        do {
            return try UnitLookup.code(named: raw, in: units(of: office, in: all), field: field)
        } catch .unknownUnit {
            do {
                return try UnitLookup.code(named: raw, in: all, field: field)
            } catch .unknownUnit {
                // The example is one of the office's own units.
                let example = units(of: office, in: all).first { $0.code != office }?.code ?? office
                throw WebError.invalid(
                    "noi-cong-tac",
                    { $0.noUnitIsCalledRaw(raw, example) })
            } catch {
                throw WebError.invalid("noi-cong-tac", LocalizedText(each: { error.message($0) }))
            }
        } catch {
            throw WebError.invalid("noi-cong-tac", LocalizedText(each: { error.message($0) }))
        }
    }
}
