import OutreachCore
import OutreachStore

/// The bodies of the pages, Vietnamese first. Tables become cards on a narrow screen (the stylesheet), every action
/// is a plain form with its CSRF token.
enum Pages {
    typealias E = HTML

    static func signIn(lang: Language, csrf: String, code: String?, next: ReturnPage?, error: String?) -> String {
        let problem: String = error.map { (text: String) -> String in "<p class=\"error\" role=\"alert\">\(E.escape(text))</p>" } ?? ""
        return """
            <h1>\(lang.text { $0.signIn })</h1>
            \(problem)
            <p>\(lang.text { $0.enterTheAccessCodeThe })</p>
            <form method="post" action="/dang-nhap" class="stack">
            <input type="hidden" name="csrf" value="\(E.escape(csrf))">\(next.map { "<input type=\"hidden\" name=\"tiep\" value=\"\(E.escape($0.path))\">" } ?? "")
            <label for="ma">\(lang.text { $0.accessCode })</label>
            <input id="ma" name="ma" value="\(E.escape(code ?? ""))" autocomplete="off" spellcheck="false" required>
            <button type="submit">\(lang.text { $0.signIn })</button>
            </form>
            """
    }

    /// "còn 4 ngày đến hạn đăng ký (05/05/2022)" and the like.
    static func deadline(_ session: Session, today: CalendarDate, lang: Language) -> String {
        guard let deadline = session.nominationDeadline else {
            return lang.text { $0.noNominationDeadline }
        }
        let day = VietnameseDate.numeric(deadline)
        let left = today.days(to: deadline)
        if left > 0 { return lang.text { $0.leftDaysLeftBeforeThe(left, day) } }
        if left == 0 { return lang.text { $0.todayIsTheNominationDeadline(day) } }
        return lang.text { $0.theNominationDeadlineHasPassed(day) }
    }

    static func sessions(_ sessions: [Session], today: CalendarDate, lang: Language) -> String {
        guard !sessions.isEmpty else {
            return "<h1>\(lang.text { $0.sessions })</h1><p>\(lang.text { $0.yourUnitTakesPartIn })</p>"
                + "<p><a href=\"/ke-hoach\">\(lang.text { $0.myUnitsYearlyPlanReport })</a></p>"
                + "<p><a href=\"/ke-hoach-khoi\">\(lang.text { $0.yearlyPlansAndBlocsWorkbooks })</a></p>"
        }
        let rows = sessions.map { session -> String in
            """
            <tr><td data-label="\(lang.text { $0.code })"><a href="/dot/\(E.url(session.code.rawValue))">\(E.escape(session.code.rawValue))</a></td>\
            <td data-label="\(lang.text { $0.title })">\(E.escape(session.title))</td>\
            <td data-label="\(lang.text { $0.date })">\(VietnameseDate.numeric(session.starts))</td>\
            <td data-label="\(lang.text { $0.deadline })">\(E.escape(deadline(session, today: today, lang: lang)))</td></tr>
            """
        }.joined(separator: "\n")
        return """
            <h1>\(lang.text { $0.sessions })</h1>
            <p><a href="/ke-hoach">\(lang.text { $0.myUnitsYearlyPlanReport })</a></p>
            <p><a href="/ke-hoach-khoi">\(lang.text { $0.yearlyPlansAndBlocsWorkbooks })</a></p>
            <table><thead><tr><th>\(lang.text { $0.code })</th><th>\(lang.text { $0.title })</th>\
            <th>\(lang.text { $0.date })</th><th>\(lang.text { $0.deadline })</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }

    static func roleNames(_ codes: [String], _ session: Session, _ lang: Language) -> String {
        codes.map { code -> String in session.roles.first { $0.code.rawValue == code }?.label(lang) ?? code }.joined(separator: " / ")
    }

    /// What an office still lacks, per slot: "Lãnh đạo: 1; Cán bộ quản lý / Giáo viên: 2".
    static func lacking(_ status: QuotaStatus, _ session: Session, _ lang: Language) -> String {
        let parts = status.slots.filter { $0.missing > 0 }.map { slot -> String in "\(roleNames(slot.roles, session, lang)): \(slot.missing)" }
        if !parts.isEmpty { return parts.joined(separator: "; ") }
        // "Còn thiếu: Đã đủ" reads as an answer, not as a word left over.
        return status.over > 0 ? lang.text { $0.noneOver(status.over) } : lang.text { $0.none }
    }

    static func session(
        _ session: Session, offices: [QuotaStatus], ownUnit: UnitCode, today: CalendarDate, lang: Language
    ) -> String {
        let total = QuotaStatus.total(offices)
        let complete = offices.filter { $0.missing == 0 }.count
        let rows = offices.map { office -> String in
            """
            <tr class="\(office.missing > 0 ? "short" : "done")">\
            <td data-label="\(lang.text { $0.office })"><a href="/dot/\(E.url(session.code.rawValue))/don-vi/\(E.url(office.unit))">\(E.escape(office.unitName))</a></td>\
            <td data-label="\(lang.text { $0.required })" class="n">\(office.required)</td>\
            <td data-label="\(lang.text { $0.nominatedInPage })" class="n">\(office.nominated)</td>\
            <td data-label="\(lang.text { $0.confirmed })" class="n">\(office.confirmed)</td>\
            <td data-label="\(lang.text { $0.missingInPage })">\(E.escape(lacking(office, session, lang)))</td></tr>
            """
        }.joined(separator: "\n")
        let own = offices.contains { $0.unit == ownUnit.rawValue }
            ? "<p><a class=\"button\" href=\"/dot/\(E.url(session.code.rawValue))/don-vi/\(E.url(ownUnit.rawValue))\">\(lang.text { $0.myUnitsNominees })</a></p>"
            : ""
        return """
            <p class="crumbs"><a href="/">\(lang.text { $0.sessionsInPageDuties })</a></p>
            <h1>\(E.escape(session.title))</h1>
            <p>\(E.escape(session.code.rawValue)) · \(VietnameseDate.numeric(session.starts)) · \(E.escape(session.venue))</p>
            <p class="deadline">\(E.escape(deadline(session, today: today, lang: lang)).capitalizedFirst)</p>
            \(own)
            <h2>\(lang.text { $0.quotasAndNominations })</h2>
            <p id="tong">\(lang.text { $0.totalRequiredNominated(total.required, total.nominated, total.confirmed, total.missing, complete, offices.count) })</p>
            <table id="dinh-muc"><thead><tr><th>\(lang.text { $0.office })</th><th>\(lang.text { $0.required })</th>\
            <th>\(lang.text { $0.nominatedInPage })</th><th>\(lang.text { $0.confirmed })</th><th>\(lang.text { $0.missingInPage })</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }

    /// `organiser`: the viewer organises the session, so confirms without a reason after the deadline and after
    /// the session (`NominationDeadlines`).
    static func office(
        _ session: Session, status: QuotaStatus, nominees: [Nominee], csrf: String, today: CalendarDate,
        organiser: Bool = false, lang: Language,
        units: [OrgUnit] = [], form: PersonForm = PersonForm(), search: String? = nil, found: [PersonMatch] = [],
        places: [Nominee] = []
    ) -> String {
        let base = "/dot/\(E.url(session.code.rawValue))"
        let officePath = "\(base)/don-vi/\(E.url(status.unit))"
        let slots = status.slots.map { slot -> String in
            """
            <tr><td data-label="\(lang.text { $0.role })">\(E.escape(roleNames(slot.roles, session, lang)))</td>\
            <td data-label="\(lang.text { $0.required })" class="n">\(slot.required)</td>\
            <td data-label="\(lang.text { $0.nominatedInPage })" class="n">\(slot.nominated)</td>\
            <td data-label="\(lang.text { $0.confirmed })" class="n">\(slot.confirmed)</td>\
            <td data-label="\(lang.text { $0.missingInPage })" class="n">\(slot.missing)</td></tr>
            """
        }.joined(separator: "\n")
        let token = "<input type=\"hidden\" name=\"csrf\" value=\"\(E.escape(csrf))\">"
        let late = NominationDeadlines.needsLateReason(session, today: today)
        // Once the session is over its list is closed (`NominationDeadlines.isClosed`): the page shows it, offers
        // no change.
        let closed = NominationDeadlines.isClosed(session, today: today)
        // After the deadline each row's buttons carry their reason: a withdrawal's reason is the late one too; an
        // organiser confirms after the deadline as routine, without one.
        let short = E.escape(lang.text { $0.lateReasonShort })
        let confirmReason = late && !organiser
            ? "<input name=\"ly-do-tre\" placeholder=\"\(short)\" aria-label=\"\(short)\" maxlength=\"500\" required>" : ""
        let withdrawReason = late
            ? "<input name=\"ly-do-tre\" placeholder=\"\(short)\" aria-label=\"\(short)\" maxlength=\"500\" required>"
            : "<input name=\"ly-do\" placeholder=\"\(lang.text { $0.reason })\" aria-label=\"\(lang.text { $0.reason })\">"
        func row(_ nominee: Nominee, actions: String) -> String {
            let id = nominee.nomination.id
            return """
                <tr id="dai-bieu-\(id)"><td data-label="\(lang.text { $0.no })">#\(id)</td>\
                <td data-label="\(lang.text { $0.name })">\(E.escape(nominee.person.fullName))</td>\
                <td data-label="\(lang.text { $0.role })">\(E.escape(roleNames([nominee.nomination.role.rawValue], session, lang)))</td>\
                <td data-label="\(lang.text { $0.workplace })">\(E.escape(nominee.workplace ?? ""))</td>\
                <td data-label="\(lang.text { $0.phone })">\(E.escape(nominee.person.phone ?? ""))</td>\
                <td data-label="\(lang.text { $0.statusInPage })" class="status">\(E.escape(nominee.nomination.status.label(lang)))</td>\
                <td data-label="\(lang.text { $0.actions })">\(actions)</td></tr>
                """
        }
        let people = nominees.map { nominee -> String in
            let id = nominee.nomination.id
            var actions = ""
            if form.place == .row(id), let message = form.message {
                actions += "<p class=\"error field\" role=\"alert\" id=\"loi-dai-bieu-\(id)\">\(E.escape(message))</p>"
            }
            if closed && !organiser { return row(nominee, actions: actions) }
            if nominee.nomination.status == .proposed {
                actions += """
                    <form method="post" action="\(base)/dai-bieu/\(id)/xac-nhan" class="inline">\(token)\(confirmReason)\
                    <button type="submit" name="xac-nhan" value="\(id)">\(lang.text { $0.confirm })</button></form>
                    """
            }
            // Once the session is over the organisers only confirm.
            if closed { return row(nominee, actions: actions) }
            if nominee.nomination.status.isActive {
                actions += "<a class=\"button secondary\" href=\"\(base)/dai-bieu/\(id)/thay\">\(lang.text { $0.replaceInPage })</a>"
            }
            actions += """
                <form method="post" action="\(base)/dai-bieu/\(id)/rut" class="inline">\(token)\(withdrawReason)\
                <button type="submit" class="secondary">\(lang.text { $0.withdraw })</button></form>
                """
            return row(nominee, actions: actions)
        }.joined(separator: "\n")
        let roles = Set(status.slots.flatMap(\.roles))
        let options = roleOptions(session.roles.filter { roles.contains($0.code.rawValue) }, selected: form.values["vai-tro"], lang: lang)
        let problem = form.message.map { message -> String in
            form.field == nil && form.place == .person
                ? "<p class=\"error\" role=\"alert\" id=\"loi-de-cu\">\(E.escape(message))</p>" : ""
        } ?? ""
        // The form or the row is far down a long list: the refusal is also said at the top, with a link to it.
        let anchor = switch form.place {
        case .person: "de-cu"
        // A nominee no longer listed (withdrawn by a form sent twice): the list.
        case .row(let id): nominees.contains { $0.nomination.id == id } ? "dai-bieu-\(id)" : "dai-bieu"
        case .promote: "nhan-cho"
        }
        let pointer: String = if case .row = form.place { lang.text { $0.seeItInItsRow } } else { lang.text { $0.correctItInTheForm } }
        let summary = form.message.map { message -> String in
            "<p class=\"error\" id=\"chua-ghi\">\(lang.text { $0.notSaved }): \(E.escape(message)) – "
                + "<a href=\"#\(anchor)\">\(pointer)</a></p>"
        } ?? ""
        let reserves = nominees.filter { $0.nomination.status == .reserve }
        let head = """
            <table id="dai-bieu"><thead><tr><th>\(lang.text { $0.no })</th><th>\(lang.text { $0.name })</th>\
            <th>\(lang.text { $0.role })</th><th>\(lang.text { $0.workplace })</th><th>\(lang.text { $0.phone })</th>\
            <th>\(lang.text { $0.statusInPage })</th><th>\(lang.text { $0.actions })</th></tr></thead>
            """
        let list = nominees.isEmpty
            ? "<p>\(lang.text { $0.noNomineesYet })</p>" : head + "<tbody>\(people)</tbody></table>"
        let changes = """
            \(promoteForm(officePath: officePath, places: places, reserves: reserves, csrf: csrf,
                          late: lateField(session, today: today, id: "ly-do-tre-nhan-cho", lang: lang),
                          problem: form.place == .promote ? form.message : nil, lang: lang))
            <h2 id="tim-nguoi">\(lang.text { $0.findSomeoneToNominate })</h2>
            \(peopleSearch(officePath: officePath, query: search, found: found, lang: lang))
            <h2>\(lang.text { $0.nominateSomeoneOrListA })</h2>
            <form method="post" action="\(officePath)/de-cu" class="stack" id="de-cu">
            \(problem)
            \(token)
            \(personFields(options: options, units: units, form: form, lang: lang))
            \(lateField(session, today: today, form: form, id: "ly-do-tre", lang: lang))
            <div class="buttons"><button type="submit" id="nut-de-cu">\(lang.text { $0.nominate })</button> \
            <button type="submit" name="du-bi" value="1" class="secondary" id="nut-du-bi">\(lang.text { $0.listAsAReserveTakes })</button></div>
            </form>
            """
        let page = """
            <p class="crumbs"><a href="/">\(lang.text { $0.sessionsInPageDuties })</a> › <a href="\(base)">\(E.escape(session.code.rawValue))</a></p>
            <h1>\(E.escape(status.unitName))</h1>
            \(summary)
            <p class="deadline">\(E.escape(deadline(session, today: today, lang: lang)).capitalizedFirst)</p>
            \(late ? "<p class=\"notice\" id=\"sau-han\">\(lang.text { $0.eachChangeAfterTheDeadline })</p>" : "")
            \(closed ? closedNotice(session, organiser: organiser, lang: lang) : "")
            <h2>\(lang.text { $0.quota })</h2>
            <table id="dinh-muc"><thead><tr><th>\(lang.text { $0.role })</th><th>\(lang.text { $0.required })</th>\
            <th>\(lang.text { $0.nominatedInPage })</th><th>\(lang.text { $0.confirmed })</th><th>\(lang.text { $0.missingInPage })</th></tr></thead>
            <tbody>\(slots)</tbody>
            <tfoot><tr><th>\(lang.text { $0.total })</th>\
            <td data-label="\(lang.text { $0.required })" class="n">\(status.required)</td>\
            <td data-label="\(lang.text { $0.nominatedInPage })" class="n">\(status.nominated)</td>\
            <td data-label="\(lang.text { $0.confirmed })" class="n">\(status.confirmed)</td>\
            <td data-label="\(lang.text { $0.missingInPage })" class="n" id="con-thieu">\(status.missing)</td></tr></tfoot></table>
            <h2>\(lang.text { $0.nominees })</h2>
            \(list)
            <h2>\(lang.text { $0.nominationForm })</h2>
            <p><a class="button secondary" id="tai-phieu" href="\(base)/don-vi/\(E.url(status.unit))/phieu-dang-ky.xlsx">\(lang.text { $0.downloadTheNominationFormXlsx })</a>\
            \(closed ? "" : " <a class=\"button secondary\" id=\"nhap-tep\" href=\"\(base)/don-vi/\(E.url(status.unit))/nhap\">\(lang.text { $0.importAFilledFormOr })</a>")</p>
            \(closed ? "" : changes)
            """
        return page
    }

    static func replace(
        _ session: Session, nominee: Nominee, roles: [Role], csrf: String, today: CalendarDate, lang: Language,
        units: [OrgUnit] = [], form: PersonForm = PersonForm()
    ) -> String {
        let base = "/dot/\(E.url(session.code.rawValue))"
        let options = roleOptions(roles, selected: form.values["vai-tro"] ?? nominee.nomination.role.rawValue, lang: lang)
        let problem = form.message.map { message -> String in
            form.field == nil ? "<p class=\"error\" role=\"alert\">\(E.escape(message))</p>" : ""
        } ?? ""
        let head = """
            <p class="crumbs"><a href="\(base)/don-vi/\(E.url(nominee.nomination.sender.rawValue))">\(lang.text { $0.back })</a></p>
            <h1>\(lang.text { $0.replaceANominee }) #\(nominee.nomination.id) \(E.escape(nominee.person.fullName))</h1>
            """
        // Once the session is over no form: the rule would refuse it (a bookmark, the Back button).
        guard !NominationDeadlines.isClosed(session, today: today) else {
            return head + closedNotice(session, lang: lang)
        }
        return head + """
            <form method="post" action="\(base)/dai-bieu/\(nominee.nomination.id)/thay" class="stack">
            \(problem)
            <input type="hidden" name="csrf" value="\(E.escape(csrf))">
            \(personFields(options: options, units: units, form: form, lang: lang))
            \(lateField(session, today: today, form: form, id: "ly-do-tre", lang: lang))
            <button type="submit">\(lang.text { $0.replaceInPage })</button>
            </form>
            """
    }

    /// A closed session's notice (`NominationDeadlines.isClosed`): the list no longer changes; for its organisers,
    /// that they may still confirm.
    static func closedNotice(_ session: Session, organiser: Bool = false, lang: Language) -> String {
        let ended = VietnameseDate.numeric(session.ends)
        let text = organiser
            ? lang.text { $0.theListClosedForTheOffices(ended) } : lang.text { $0.theListClosedWithTheSession(ended) }
        return "<p class=\"notice\" id=\"da-ket-thuc\">\(E.escape(text))</p>"
    }

    /// The reason a change asks for after the deadline (`NominationDeadlines.needsLateReason`), posted as `ly-do-tre`
    /// and kept in the audit log; as typed after a refusal, with the refusal beside it. Empty before the deadline.
    static func lateField(
        _ session: Session, today: CalendarDate, form: PersonForm = PersonForm(), id: String, lang: Language
    ) -> String {
        guard NominationDeadlines.needsLateReason(session, today: today) else { return "" }
        var out = "<label for=\"\(id)\">\(lang.text { $0.reasonForTheLateChange })</label>\n"
        if form.field == "ly-do-tre", let message = form.message {
            out += "<p class=\"error field\" id=\"\(id)-loi\" role=\"alert\">\(E.escape(message))</p>\n"
        }
        return out + "<input id=\"\(id)\" name=\"ly-do-tre\" value=\"\(E.escape(form["ly-do-tre"]))\" maxlength=\"500\" required>"
    }

    /// A refusal: what was wrong, that nothing changed, and the way back (`back`: a path on this site).
    /// `signIn`: for a visitor signed out, the sign-in page that comes back to where they were.
    static func error(_ message: String, status: Int, back: String?, signIn: String? = nil, lang: Language) -> String {
        let link: String = back.map { (path: String) -> String in "<a href=\"\(E.escape(path))\">\(lang.text { $0.back })</a> · " } ?? ""
        let again = signIn.map { "<p><a class=\"button\" id=\"dang-nhap-lai\" href=\"\(E.escape($0))\">\(lang.text { $0.signIn })</a></p>" } ?? ""
        return """
            <h1>\(lang.text { $0.couldNotBeDone })</h1>
            <p class="error" role="alert">\(E.escape(message))</p>
            \(again)
            <p>\(lang.text { $0.nothingWasChanged }) \(link)<a href="/">\(lang.text { $0.home })</a></p>
            <p class="code">\(statusWords(status, lang: lang))</p>
            """
    }
}

extension String {
    /// The first letter in upper case (a sentence built from a clause).
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
