import OutreachCore
import OutreachStore

/// What a clerk typed into the person form (nominate, add a reserve, replace) and, after a refusal, what was wrong
/// and beside which field: the form comes back as it was sent, never empty.
struct PersonForm: Sendable {
    /// By the form's field names: ho-ten, vai-tro, chuc-vu, dien-thoai, noi-cong-tac.
    var values: [String: String] = [:]
    /// The field at fault, when the refusal is about one.
    var field: String?
    var message: String?
    /// Where on the office's page the refusal is shown: the person form, a nominee's row (confirm, withdraw), the
    /// form giving a place to a reserve.
    var place: Place = .person

    enum Place: Equatable, Sendable {
        case person
        case row(Int64)
        case promote
    }

    static let fields = ["ho-ten", "vai-tro", "chuc-vu", "dien-thoai", "noi-cong-tac", "ly-do-tre"]

    subscript(_ name: String) -> String { values[name] ?? "" }

    /// The form as sent, with the refusal `error` placed beside its field (nil: not a refusal a form shows).
    static func refused(_ form: Form, _ error: any Error, lang: Language) -> (PersonForm, WebError)? {
        if case OutreachError.notAllowed = error { return nil }
        let refusal = WebError.from(error, maxBody: 0)  // a form's refusal is the store's; body limits are answered before
        guard (400..<500).contains(refusal.status.code), refusal.status != .forbidden, refusal.status != .unauthorized else { return nil }
        var state = PersonForm()
        // A control character typed comes back as its symbol ("␛"), as the message shows it.
        for name in fields { state.values[name] = form.raw(name).map(visible) }
        state.message = refusal.pageMessage(lang)
        state.field = refusal.field.flatMap { fieldNames[$0] }
        if state.field == nil, case OutreachError.unknownUnit = error { state.field = "noi-cong-tac" }
        if state.field == nil, case OutreachError.deadlinePassed = error { state.field = "ly-do-tre" }
        return (state, refusal)
    }

    static func visible(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 { out.append(Unicode.Scalar(0x2400 + scalar.value)!) }
            else if scalar.value == 0x7F { out.append(Unicode.Scalar(0x2421)!) }
            else if (0x80...0x9F).contains(scalar.value) { out.append("\u{FFFD}") }
            else { out.append(scalar) }
        }
        return String(out)
    }

    /// The store's fields (`InputField` keys) and the form's own names, to the form's names.
    static let fieldNames: [String: String] = [
        "name": "ho-ten", "role": "vai-tro", "position": "chuc-vu", "phone": "dien-thoai", "worksAt": "noi-cong-tac",
        "person": "ho-ten", "ho-ten": "ho-ten", "vai-tro": "vai-tro", "chuc-vu": "chuc-vu", "dien-thoai": "dien-thoai",
        "noi-cong-tac": "noi-cong-tac", "reason": "ly-do-tre", "ly-do-tre": "ly-do-tre",
    ]
}

extension Pages {
    /// The person fields, filled with what was typed; the workplace from a list of the office's units (a name or a
    /// code typed also does), and the refusal beside its field.
    static func personFields(options: String, units: [OrgUnit], form: PersonForm, lang: Language) -> String {
        func field(_ name: String, _ label: String, _ input: String) -> String {
            var out = "<label for=\"\(name)\">\(label)</label>\n"
            if form.field == name, let message = form.message {
                out += "<p class=\"error field\" id=\"\(name)-loi\" role=\"alert\">\(E.escape(message))</p>\n"
            }
            return out + input
        }
        func invalid(_ name: String) -> String {
            form.field == name ? " aria-invalid=\"true\" aria-describedby=\"\(name)-loi\"" : ""
        }
        func value(_ name: String) -> String { "value=\"\(E.escape(form[name]))\"" }
        let list = units.map { unit -> String in
            "<option value=\"\(E.escape(unit.displayName))\">\(E.escape(unit.code.rawValue))</option>"
        }.joined()
        return [
            field("ho-ten", lang.text { $0.fullName },
                  "<input id=\"ho-ten\" name=\"ho-ten\" required autocomplete=\"off\" \(value("ho-ten"))\(invalid("ho-ten"))>"),
            field("vai-tro", lang.text { $0.role },
                  "<select id=\"vai-tro\" name=\"vai-tro\" required\(invalid("vai-tro"))>\(options)</select>"),
            field("chuc-vu", lang.text { $0.position },
                  "<input id=\"chuc-vu\" name=\"chuc-vu\" autocomplete=\"off\" \(value("chuc-vu"))\(invalid("chuc-vu"))>"),
            field("dien-thoai", lang.text { $0.phone },
                  "<input id=\"dien-thoai\" name=\"dien-thoai\" inputmode=\"tel\" autocomplete=\"off\" \(value("dien-thoai"))\(invalid("dien-thoai"))>"),
            field("noi-cong-tac", lang.text { $0.workplacePickFromTheList },
                  "<input id=\"noi-cong-tac\" name=\"noi-cong-tac\" list=\"don-vi-truc-thuoc\" autocomplete=\"off\" \(value("noi-cong-tac"))\(invalid("noi-cong-tac"))>"
                    + "<datalist id=\"don-vi-truc-thuoc\">\(list)</datalist>"),
        ].joined(separator: "\n")
    }

    /// The role options, the one typed (or `selected`) chosen.
    static func roleOptions(_ roles: [Role], selected: String?, lang: Language) -> String {
        roles.map { role -> String in
            let chosen = role.code.rawValue == selected ? " selected" : ""
            return "<option value=\"\(E.escape(role.code.rawValue))\"\(chosen)>\(E.escape(role.label(lang)))</option>"
        }.joined()
    }

    /// The search of the office's people (a GET form: no JavaScript) and what it found, each with a link that fills
    /// the nominate form.
    static func peopleSearch(officePath: String, query: String?, found: [PersonMatch], lang: Language) -> String {
        var out = """
            <form method="get" action="\(officePath)#tim-nguoi" class="inline search" role="search">
            <label for="tim">\(lang.text { $0.searchYourUnitsPeopleName })</label>
            <input id="tim" name="tim" type="search" value="\(E.escape(query ?? ""))" autocomplete="off">
            <button type="submit" class="secondary">\(lang.text { $0.search })</button>
            </form>
            """
        guard let query else { return out }
        guard !found.isEmpty else {
            return out + "<p id=\"ket-qua-tim\">\(lang.text { $0.nobodyMatchesEscape(E.escape(query)) })</p>"
        }
        let rows = found.map { match -> String in
            var fill = [("ho-ten", match.person.fullName)]
            if let phone = match.person.phone { fill.append(("dien-thoai", phone)) }
            if let position = match.person.position { fill.append(("chuc-vu", position)) }
            if let workplace = match.workplace { fill.append(("noi-cong-tac", workplace)) }
            let href = officePath + "?" + fill.map { "\($0.0)=\(E.url($0.1))" }.joined(separator: "&") + "#de-cu"
            return """
                <tr><td data-label="\(lang.text { $0.name })">\(E.escape(match.person.fullName))</td>\
                <td data-label="\(lang.text { $0.position })">\(E.escape(match.person.position ?? ""))</td>\
                <td data-label="\(lang.text { $0.workplace })">\(E.escape(match.workplace ?? ""))</td>\
                <td data-label="\(lang.text { $0.phone })">\(E.escape(match.person.phone ?? ""))</td>\
                <td><a class="button secondary" href="\(E.escape(href))">\(lang.text { $0.nominateThisPerson })</a></td></tr>
                """
        }.joined(separator: "\n")
        out += """
            <table id="ket-qua-tim"><thead><tr><th>\(lang.text { $0.name })</th><th>\(lang.text { $0.position })</th>\
            <th>\(lang.text { $0.workplace })</th><th>\(lang.text { $0.phone })</th><th></th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
        return out
    }

    /// Giving a place to a reserve: which place (a nominee holding it, or one withdrawn whose place nobody took),
    /// which reserve (the first waiting unless chosen), and whether to confirm at once.
    static func promoteForm(
        officePath: String, places: [Nominee], reserves: [Nominee], csrf: String, late: String, problem: String?,
        lang: Language
    ) -> String {
        guard !reserves.isEmpty, !places.isEmpty else { return "" }
        // The places freed by a withdrawal first, the first of them chosen; a place someone still holds says that
        // its holder will be replaced, and is never the default: with no freed place the office must choose.
        let freed = places.filter { $0.nomination.status == .withdrawn }
        let held = places.filter { $0.nomination.status != .withdrawn }
        let choose = freed.isEmpty ? "<option value=\"\" selected disabled>\(lang.text { $0.chooseAPlace })</option>" : ""
        let placeOptions = choose + (freed + held).map { nominee -> String in
            let state = nominee.nomination.status == .withdrawn
                ? lang.text { $0.withdrawnInPageNominees } : lang.text { $0.holdsItWillBeReplaced }
            return "<option value=\"\(nominee.nomination.id)\">#\(nominee.nomination.id) \(E.escape(nominee.person.fullName))\(state)</option>"
        }.joined()
        let reserveOptions = "<option value=\"\">\(lang.text { $0.theFirstWaiting })</option>"
            + reserves.map { nominee -> String in
                "<option value=\"\(nominee.nomination.id)\">#\(nominee.nomination.id) \(E.escape(nominee.person.fullName))</option>"
            }.joined()
        return """
            <h2>\(lang.text { $0.giveAPlaceToA })</h2>
            <form method="post" action="\(officePath)/nhan-cho" class="stack" id="nhan-cho">
            \(problem.map { "<p class=\"error\" role=\"alert\" id=\"loi-nhan-cho\">\(E.escape($0))</p>" } ?? "")
            <input type="hidden" name="csrf" value="\(E.escape(csrf))">
            <label for="cho">\(lang.text { $0.thePlaceOf })</label>
            <select id="cho" name="cho" required>\(placeOptions)</select>
            <label for="du-bi">\(lang.text { $0.theReserveWhoTakesIt })</label>
            <select id="du-bi" name="du-bi">\(reserveOptions)</select>
            <label class="check"><input type="checkbox" name="xac-nhan" value="1"> \(lang.text { $0.confirmAtOnce })</label>
            \(late)
            <button type="submit">\(lang.text { $0.giveThePlace })</button>
            </form>
            """
    }

    /// A refusal's status in words, never a bare number.
    static func statusWords(_ status: Int, lang: Language) -> String {
        switch status {
        case 400: lang.text { $0.badRequest }
        case 401: lang.text { $0.signInNeeded }
        case 403: lang.text { $0.notAllowed }
        case 404: lang.text { $0.notFound }
        case 409: lang.text { $0.notPossibleInTheCurrentState }
        case 413: lang.text { $0.tooLarge }
        case 415: lang.text { $0.wrongKindOfContent }
        case 422: lang.text { $0.theDataIsNotValid }
        case 429: lang.text { $0.tooManyAttempts }
        case 500...: lang.text { $0.serverError }
        default: lang.text { $0.couldNotBeDone }
        }
    }
}
