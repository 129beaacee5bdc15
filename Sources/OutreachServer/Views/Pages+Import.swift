import OutreachCore
import OutreachOperations
import OutreachStore

/// The upload of a filled form or list: the form, then the dry run's report (every row problem by row, column and
/// message, or what would change) with the button that confirms exactly the file checked.
extension Pages {
    static func officeBase(_ session: Session, _ unit: UnitCode) -> String {
        "/dot/\(E.url(session.code.rawValue))/don-vi/\(E.url(unit.rawValue))"
    }

    /// `form`: a refusal of the file as a whole, shown above the form or beside the late reason's field.
    static func importForm(
        _ session: Session, unit: UnitCode, unitName: String, csrf: String, maxUpload: Int, today: CalendarDate,
        form: PersonForm = PersonForm(), lang: Language
    ) -> String {
        let base = officeBase(session, unit)
        let problem = form.message.map { message -> String in
            form.field == "ly-do-tre" ? "" : "<p class=\"error\" role=\"alert\" id=\"loi-tai-len\">\(E.escape(message))</p>"
        } ?? ""
        let head = """
            <p class="crumbs"><a href="/">\(lang.text { $0.sessionsInPageDuties })</a> › <a href="/dot/\(E.url(session.code.rawValue))">\(E.escape(session.code.rawValue))</a> › <a href="\(base)">\(E.escape(unitName))</a></p>
            <h1>\(lang.text { $0.importNomineesFromAFile })</h1>
            """
        // Once the session is over no form: the rule would refuse the file.
        guard !NominationDeadlines.isClosed(session, today: today) else {
            return head + closedNotice(session, lang: lang)
        }
        return head + """
            \(problem)
            \(uploadForm(base: base, csrf: csrf, maxUpload: maxUpload,
                         late: lateField(session, today: today, form: form, id: "ly-do-tre", lang: lang), lang: lang))
            """
    }

    /// `late`: the late reason's field after the deadline (`lateField`), else empty.
    static func uploadForm(base: String, csrf: String, maxUpload: Int, late: String, lang: Language) -> String {
        """
        <p>\(lang.text { $0.uploadTheFilledNominationForm(base, maxUpload / 1024) })</p>
        <form method="post" action="\(base)/nhap" enctype="multipart/form-data" class="stack" id="tai-len">
        <input type="hidden" name="csrf" value="\(E.escape(csrf))">
        <label for="tep">\(lang.text { $0.fileXlsxOrCsv })</label>
        <input id="tep" name="tep" type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required>
        \(late)
        <button type="submit">\(lang.text { $0.checkWritesNothing })</button>
        </form>
        """
    }

    /// The confirmation of a checked file held under `held`: after the deadline with the late reason's field,
    /// filled with the reason typed with the upload (`form`), or its refusal beside it.
    static func confirmForm(
        _ session: Session, base: String, held: (id: String, sha256: String), csrf: String, today: CalendarDate,
        form: PersonForm, lang: Language
    ) -> String {
        """
        <form method="post" action="\(base)/nhap/xac-nhan" class="stack" id="xac-nhan-nhap">
        <input type="hidden" name="csrf" value="\(E.escape(csrf))">
        <input type="hidden" name="tai-len" value="\(E.escape(held.id))">
        <input type="hidden" name="sha256" value="\(E.escape(held.sha256))">
        \(lateField(session, today: today, form: form, id: "ly-do-tre", lang: lang))
        <button type="submit">\(lang.text { $0.confirmImportExactlyThisFile })</button>
        </form>
        """
    }

    /// A confirmation refused before any row was written (the deadline passed since the check, a reason
    /// missing): the file is still held; the refusal, and the confirmation again (none once the session is over).
    static func confirmAgain(
        _ session: Session, unit: UnitCode, filename: String, held: (id: String, sha256: String), csrf: String,
        today: CalendarDate, form: PersonForm, lang: Language
    ) -> String {
        let base = officeBase(session, unit)
        let problem = form.field == "ly-do-tre" ? "" : form.message.map {
            "<p class=\"error\" role=\"alert\" id=\"loi-xac-nhan\">\(E.escape($0))</p>"
        } ?? ""
        let again = NominationDeadlines.isClosed(session, today: today) ? "" : confirmForm(
            session, base: base, held: held, csrf: csrf, today: today, form: form, lang: lang)
        return """
            <p class="crumbs"><a href="/">\(lang.text { $0.sessionsInPageDuties })</a> › <a href="/dot/\(E.url(session.code.rawValue))">\(E.escape(session.code.rawValue))</a> › <a href="\(base)">\(E.escape(unit.rawValue))</a></p>
            <h1>\(lang.text { $0.fileCheck }) \(E.escape(filename))</h1>
            \(problem)
            \(again)
            """
    }

    /// `lateReason`: the reason typed with the upload after the deadline, carried to the confirmation.
    static func importResult(
        _ session: Session, unit: UnitCode, result: NomineeFileImport, refusal: String?, held: (id: String, sha256: String)?,
        csrf: String, maxUpload: Int, today: CalendarDate, lateReason: String?, lang: Language
    ) -> String {
        let base = officeBase(session, unit)
        let problems = result.problems.map { problem -> String in
            let severity = problem.severity == .error ? lang.text { $0.errorInPageImport } : lang.text { $0.warning }
            return """
                <tr class="\(problem.severity == .error ? "short" : "")"><td data-label="\(lang.text { $0.severity })">\(severity)</td>\
                <td data-label="\(lang.text { $0.sheet })">\(E.escape(problem.sheet ?? ""))</td>\
                <td data-label="\(lang.text { $0.row })" class="n">\(problem.row.map(String.init) ?? "")</td>\
                <td data-label="\(lang.text { $0.column })">\(E.escape(problem.column ?? ""))</td>\
                <td data-label="\(lang.text { $0.message })">\(E.escape(problem.message(lang)))</td></tr>
                """
        }.joined(separator: "\n")
        let problemTable = result.problems.isEmpty ? "" : """
            <h2>\(lang.text { $0.problems }) (\(result.errors) \(lang.text { $0.errors }))</h2>
            <table id="van-de"><thead><tr><th>\(lang.text { $0.severity })</th><th>\(lang.text { $0.sheet })</th>\
            <th>\(lang.text { $0.row })</th><th>\(lang.text { $0.column })</th><th>\(lang.text { $0.message })</th></tr></thead>
            <tbody>\(problems)</tbody></table>
            """
        let outcome = result.outcome
        let changed = outcome.rows.filter { $0.change != .unchanged }
        let changes = changed.prefix(500).map { row -> String in
            let verb: String = switch row.change {
            case .added: lang.text { $0.add }
            case .replaced: lang.text { $0.replace }
            case .updated: lang.text { $0.update }
            case .unchanged: ""
            }
            return """
                <tr><td data-label="\(lang.text { $0.row })" class="n">\(row.row)</td><td data-label="\(lang.text { $0.change })">\(verb)</td>\
                <td data-label="\(lang.text { $0.name })">\(E.escape(row.fullName))</td>\
                <td data-label="\(lang.text { $0.role })">\(E.escape(roleNames([row.role.rawValue], session, lang)))</td></tr>
                """
        }.joined(separator: "\n")
        let counts = lang.text { $0.importPlanCounts(outcome.count(.added), outcome.count(.replaced), outcome.count(.updated), outcome.count(.unchanged)) }
        var verdict: String
        if let refusal {
            verdict = "<p class=\"error\" role=\"alert\">\(E.escape(refusal))</p><p>\(lang.text { $0.nothingWasChangedCorrectThe })</p>"
        } else {
            verdict = "<p class=\"flash\" id=\"chay-thu\">\(lang.text { $0.dryRunNothingWritten }): \(counts).</p>"
        }
        if !changed.isEmpty, refusal == nil {
            verdict += """
                <table id="thay-doi"><thead><tr><th>\(lang.text { $0.row })</th><th>\(lang.text { $0.change })</th>\
                <th>\(lang.text { $0.name })</th><th>\(lang.text { $0.role })</th></tr></thead><tbody>\(changes)</tbody></table>
                """
        }
        let confirm = held.map {
            confirmForm(session, base: base, held: $0, csrf: csrf, today: today,
                        form: PersonForm(values: ["ly-do-tre": lateReason ?? ""]), lang: lang)
        } ?? ""
        return """
            <p class="crumbs"><a href="/">\(lang.text { $0.sessionsInPageDuties })</a> › <a href="/dot/\(E.url(session.code.rawValue))">\(E.escape(session.code.rawValue))</a> › <a href="\(base)">\(E.escape(unit.rawValue))</a></p>
            <h1>\(lang.text { $0.fileCheck }) \(E.escape(result.file))</h1>
            \(verdict)
            \(problemTable)
            \(confirm)
            <h2>\(lang.text { $0.uploadAnotherFile })</h2>
            \(uploadForm(base: base, csrf: csrf, maxUpload: maxUpload, late: lateField(
                session, today: today, form: PersonForm(values: ["ly-do-tre": lateReason ?? ""]), id: "ly-do-tre", lang: lang),
                lang: lang))
            """
    }
}

/// The 403 page: what was refused, in the words of the request itself (its path), and to whom; nothing read from
/// the database about the thing refused.
extension Pages {
    static func forbidden(actor: String, asked: String, back: String?, lang: Language) -> String {
        let link: String = back.map { (path: String) -> String in "<a href=\"\(E.escape(path))\">\(lang.text { $0.back })</a> · " } ?? ""
        return """
            <h1>\(lang.text { $0.notAllowed })</h1>
            <p class="error" role="alert" id="tu-choi">\(E.escape(lang.text { $0.actorMayNotAsked(actor, asked) }))</p>
            <p>\(lang.text { $0.anOfficeSeesAndChanges })</p>
            <p>\(lang.text { $0.nothingWasChanged }) \(link)<a href="/">\(lang.text { $0.home })</a></p>
            <p class="code">HTTP 403</p>
            """
    }

    /// What a page's path asks for, in words: "xác nhận đại biểu #12 của đợt LCI-2022-TDKT"; a unit in the path by
    /// its name (`name`: the unit's name for a code, nil for a code no unit has).
    static func describe(method: String, path: String, lang: Language, name: (String) -> String? = { _ in nil }) -> String {
        let parts = path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        if parts.count >= 3, parts[0] == "ke-hoach-khoi" {
            let code = String(parts[2].uppercased().prefix(40))
            return parts[1] == "khoi"
                ? lang.text { $0.downloadTheScoreSheetOf(code) }
                : lang.text { $0.downloadTheWorkbooksOfPlan(code) }
        }
        guard parts.count >= 2, parts[0] == "dot" else { return lang.text { $0.doThis } }
        let session = parts[1].uppercased()
        let ofSession = lang.text { $0.inSession(session) }
        if parts.count >= 4, parts[2] == "dai-bieu" {
            let number = "#" + parts[3].prefix(12)
            switch (parts.count > 4 ? parts[4] : "", method) {
            case ("xac-nhan", _): return lang.text { $0.confirmNomineeNumber(number) } + ofSession
            case ("rut", _): return lang.text { $0.withdrawNomineeNumber(number) } + ofSession
            case ("thay", _): return lang.text { $0.replaceNomineeNumber(number) } + ofSession
            default: return lang.text { $0.seeNomineeNumber(number) } + ofSession
            }
        }
        if parts.count >= 4, parts[2] == "don-vi" {
            let code = String(parts[3].uppercased().prefix(40))
            let unit = name(code) ?? code
            switch parts.count > 4 ? parts[4] : "" {
            case "de-cu": return lang.text { $0.nominateForTheQuotaOfUnit(unit) } + ofSession
            case "phieu-dang-ky.xlsx": return lang.text { $0.downloadTheNominationFormOf(unit) } + ofSession
            case "nhap": return lang.text { $0.importTheNomineesOfUnit(unit) } + ofSession
            case "tuyen-truyen-lai": return lang.text { $0.reportTheFollowUpOf(unit) } + ofSession
            default: return lang.text { $0.seeTheQuotaAndNominees(unit) } + ofSession
            }
        }
        if parts.count >= 3, parts[2] == "xuat" || parts[2] == "tai-ve" {
            if parts.count >= 4, parts[3] == "forms" {
                return lang.text { $0.downloadAnOfficesNominationForm } + ofSession
            }
            return lang.text { $0.downloadTheWorkbooks } + ofSession
        }
        return lang.text { $0.seeSession(session) }
    }
}
