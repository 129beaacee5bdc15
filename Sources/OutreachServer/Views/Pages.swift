import OutreachCore
import OutreachStore

/// The bodies of the pages, Vietnamese first. Tables become cards on a narrow screen (the stylesheet), every action
/// is a plain form with its CSRF token.
enum Pages {
    typealias E = HTML

    static func signIn(lang: Language, csrf: String, code: String?, error: String?) -> String {
        let problem: String = error.map { (text: String) -> String in "<p class=\"error\" role=\"alert\">\(E.escape(text))</p>" } ?? ""
        return """
            <h1>\(lang.pick("Đăng nhập", "Sign in"))</h1>
            \(problem)
            <p>\(lang.pick(
                "Nhập mã truy cập mà đơn vị tổ chức đã gửi cho đơn vị của bạn, hoặc mở liên kết đăng nhập rồi bấm Đăng nhập.",
                "Enter the access code the organiser sent your unit, or open the sign-in link and press Sign in."))</p>
            <form method="post" action="/dang-nhap" class="stack">
            <input type="hidden" name="csrf" value="\(E.escape(csrf))">
            <label for="ma">\(lang.pick("Mã truy cập", "Access code"))</label>
            <input id="ma" name="ma" value="\(E.escape(code ?? ""))" autocomplete="off" spellcheck="false" required>
            <button type="submit">\(lang.pick("Đăng nhập", "Sign in"))</button>
            </form>
            """
    }

    /// "còn 4 ngày đến hạn đăng ký (05/05/2022)" and the like.
    static func deadline(_ session: Session, today: CalendarDate, lang: Language) -> String {
        guard let deadline = session.nominationDeadline else {
            return lang.pick("không có hạn đăng ký", "no nomination deadline")
        }
        let day = VietnameseDate.numeric(deadline)
        let left = today.days(to: deadline)
        if left > 0 { return lang.pick("còn \(left) ngày đến hạn đăng ký (\(day))", "\(left) days left before the deadline (\(day))") }
        if left == 0 { return lang.pick("hôm nay là hạn cuối đăng ký (\(day))", "today is the nomination deadline (\(day))") }
        return lang.pick("đã hết hạn đăng ký (\(day))", "the nomination deadline has passed (\(day))")
    }

    static func sessions(_ sessions: [Session], today: CalendarDate, lang: Language) -> String {
        guard !sessions.isEmpty else {
            return "<h1>\(lang.pick("Các đợt tập huấn", "Sessions"))</h1><p>\(lang.pick("Đơn vị chưa tham gia đợt nào.", "Your unit takes part in no session yet."))</p>"
                + "<p><a href=\"/ke-hoach\">\(lang.pick("Báo cáo theo kế hoạch năm của đơn vị", "My unit's yearly plan report-backs"))</a></p>"
                + "<p><a href=\"/ke-hoach-khoi\">\(lang.pick("Kế hoạch năm và khối thi đua: bảng tính tải về", "Yearly plans and blocs: workbooks to download"))</a></p>"
        }
        let rows = sessions.map { session -> String in
            """
            <tr><td data-label="\(lang.pick("Mã", "Code"))"><a href="/dot/\(E.url(session.code.rawValue))">\(E.escape(session.code.rawValue))</a></td>\
            <td data-label="\(lang.pick("Tên đợt", "Title"))">\(E.escape(session.title))</td>\
            <td data-label="\(lang.pick("Ngày", "Date"))">\(VietnameseDate.numeric(session.starts))</td>\
            <td data-label="\(lang.pick("Hạn đăng ký", "Deadline"))">\(E.escape(deadline(session, today: today, lang: lang)))</td></tr>
            """
        }.joined(separator: "\n")
        return """
            <h1>\(lang.pick("Các đợt tập huấn", "Sessions"))</h1>
            <p><a href="/ke-hoach">\(lang.pick("Báo cáo theo kế hoạch năm của đơn vị", "My unit's yearly plan report-backs"))</a></p>
            <p><a href="/ke-hoach-khoi">\(lang.pick("Kế hoạch năm và khối thi đua: bảng tính tải về", "Yearly plans and blocs: workbooks to download"))</a></p>
            <table><thead><tr><th>\(lang.pick("Mã", "Code"))</th><th>\(lang.pick("Tên đợt", "Title"))</th>\
            <th>\(lang.pick("Ngày", "Date"))</th><th>\(lang.pick("Hạn đăng ký", "Deadline"))</th></tr></thead>
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
        return status.over > 0 ? lang.pick("Đã đủ (vượt \(status.over))", "None (\(status.over) over)") : lang.pick("Đã đủ", "None")
    }

    static func session(
        _ session: Session, offices: [QuotaStatus], ownUnit: UnitCode, today: CalendarDate, lang: Language
    ) -> String {
        let total = QuotaStatus.total(offices)
        let complete = offices.filter { $0.missing == 0 }.count
        let rows = offices.map { office -> String in
            """
            <tr class="\(office.missing > 0 ? "short" : "done")">\
            <td data-label="\(lang.pick("Đơn vị", "Office"))"><a href="/dot/\(E.url(session.code.rawValue))/don-vi/\(E.url(office.unit))">\(E.escape(office.unitName))</a></td>\
            <td data-label="\(lang.pick("Định mức", "Required"))" class="n">\(office.required)</td>\
            <td data-label="\(lang.pick("Đã cử", "Nominated"))" class="n">\(office.nominated)</td>\
            <td data-label="\(lang.pick("Đã xác nhận", "Confirmed"))" class="n">\(office.confirmed)</td>\
            <td data-label="\(lang.pick("Còn thiếu", "Missing"))">\(E.escape(lacking(office, session, lang)))</td></tr>
            """
        }.joined(separator: "\n")
        let own = offices.contains { $0.unit == ownUnit.rawValue }
            ? "<p><a class=\"button\" href=\"/dot/\(E.url(session.code.rawValue))/don-vi/\(E.url(ownUnit.rawValue))\">\(lang.pick("Đại biểu của đơn vị mình", "My unit's nominees"))</a></p>"
            : ""
        return """
            <p class="crumbs"><a href="/">\(lang.pick("Các đợt", "Sessions"))</a></p>
            <h1>\(E.escape(session.title))</h1>
            <p>\(E.escape(session.code.rawValue)) · \(VietnameseDate.numeric(session.starts)) · \(E.escape(session.venue))</p>
            <p class="deadline">\(E.escape(deadline(session, today: today, lang: lang)).capitalizedFirst)</p>
            \(own)
            <h2>\(lang.pick("Định mức và số đã cử", "Quotas and nominations"))</h2>
            <p id="tong">\(lang.pick(
                "Tổng: định mức \(total.required), đã cử \(total.nominated), đã xác nhận \(total.confirmed), còn thiếu \(total.missing); \(complete)/\(offices.count) đơn vị đủ.",
                "Total: required \(total.required), nominated \(total.nominated), confirmed \(total.confirmed), missing \(total.missing); \(complete)/\(offices.count) offices complete."))</p>
            <table id="dinh-muc"><thead><tr><th>\(lang.pick("Đơn vị", "Office"))</th><th>\(lang.pick("Định mức", "Required"))</th>\
            <th>\(lang.pick("Đã cử", "Nominated"))</th><th>\(lang.pick("Đã xác nhận", "Confirmed"))</th><th>\(lang.pick("Còn thiếu", "Missing"))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }

    static func office(
        _ session: Session, status: QuotaStatus, nominees: [Nominee], csrf: String, today: CalendarDate, lang: Language,
        units: [OrgUnit] = [], form: PersonForm = PersonForm(), search: String? = nil, found: [PersonMatch] = [],
        places: [Nominee] = []
    ) -> String {
        let base = "/dot/\(E.url(session.code.rawValue))"
        let officePath = "\(base)/don-vi/\(E.url(status.unit))"
        let slots = status.slots.map { slot -> String in
            """
            <tr><td data-label="\(lang.pick("Vai trò", "Role"))">\(E.escape(roleNames(slot.roles, session, lang)))</td>\
            <td data-label="\(lang.pick("Định mức", "Required"))" class="n">\(slot.required)</td>\
            <td data-label="\(lang.pick("Đã cử", "Nominated"))" class="n">\(slot.nominated)</td>\
            <td data-label="\(lang.pick("Đã xác nhận", "Confirmed"))" class="n">\(slot.confirmed)</td>\
            <td data-label="\(lang.pick("Còn thiếu", "Missing"))" class="n">\(slot.missing)</td></tr>
            """
        }.joined(separator: "\n")
        let token = "<input type=\"hidden\" name=\"csrf\" value=\"\(E.escape(csrf))\">"
        let people = nominees.map { nominee -> String in
            let id = nominee.nomination.id
            var actions = ""
            if nominee.nomination.status == .proposed {
                actions += """
                    <form method="post" action="\(base)/dai-bieu/\(id)/xac-nhan" class="inline">\(token)\
                    <button type="submit" name="xac-nhan" value="\(id)">\(lang.pick("Xác nhận", "Confirm"))</button></form>
                    """
            }
            if nominee.nomination.status.isActive {
                actions += "<a class=\"button secondary\" href=\"\(base)/dai-bieu/\(id)/thay\">\(lang.pick("Thay", "Replace"))</a>"
            }
            actions += """
                <form method="post" action="\(base)/dai-bieu/\(id)/rut" class="inline">\(token)\
                <input name="ly-do" placeholder="\(lang.pick("Lý do rút", "Reason"))" aria-label="\(lang.pick("Lý do rút", "Reason"))">\
                <button type="submit" class="secondary">\(lang.pick("Rút", "Withdraw"))</button></form>
                """
            return """
                <tr id="dai-bieu-\(id)"><td data-label="\(lang.pick("Số", "No."))">#\(id)</td>\
                <td data-label="\(lang.pick("Họ và tên", "Name"))">\(E.escape(nominee.person.fullName))</td>\
                <td data-label="\(lang.pick("Vai trò", "Role"))">\(E.escape(roleNames([nominee.nomination.role.rawValue], session, lang)))</td>\
                <td data-label="\(lang.pick("Nơi công tác", "Workplace"))">\(E.escape(nominee.workplace ?? ""))</td>\
                <td data-label="\(lang.pick("Điện thoại", "Phone"))">\(E.escape(nominee.person.phone ?? ""))</td>\
                <td data-label="\(lang.pick("Trạng thái", "Status"))" class="status">\(E.escape(nominee.nomination.status.label(lang)))</td>\
                <td data-label="\(lang.pick("Thao tác", "Actions"))">\(actions)</td></tr>
                """
        }.joined(separator: "\n")
        let roles = Set(status.slots.flatMap(\.roles))
        let options = roleOptions(session.roles.filter { roles.contains($0.code.rawValue) }, selected: form.values["vai-tro"], lang: lang)
        let problem = form.message.map { message -> String in
            form.field == nil ? "<p class=\"error\" role=\"alert\" id=\"loi-de-cu\">\(E.escape(message))</p>" : ""
        } ?? ""
        // The form is far down a long list: the refusal is also said at the top, with a link to the form.
        let summary = form.message.map { message -> String in
            "<p class=\"error\" id=\"chua-ghi\">\(lang.pick("Chưa ghi được", "Not saved")): \(E.escape(message)) – "
                + "<a href=\"#de-cu\">\(lang.pick("sửa trong biểu mẫu", "correct it in the form"))</a></p>"
        } ?? ""
        let reserves = nominees.filter { $0.nomination.status == .reserve }
        let head = """
            <table id="dai-bieu"><thead><tr><th>\(lang.pick("Số", "No."))</th><th>\(lang.pick("Họ và tên", "Name"))</th>\
            <th>\(lang.pick("Vai trò", "Role"))</th><th>\(lang.pick("Nơi công tác", "Workplace"))</th><th>\(lang.pick("Điện thoại", "Phone"))</th>\
            <th>\(lang.pick("Trạng thái", "Status"))</th><th>\(lang.pick("Thao tác", "Actions"))</th></tr></thead>
            """
        let list = nominees.isEmpty
            ? "<p>\(lang.pick("Chưa có đại biểu.", "No nominees yet."))</p>" : head + "<tbody>\(people)</tbody></table>"
        return """
            <p class="crumbs"><a href="/">\(lang.pick("Các đợt", "Sessions"))</a> › <a href="\(base)">\(E.escape(session.code.rawValue))</a></p>
            <h1>\(E.escape(status.unitName))</h1>
            \(summary)
            <p class="deadline">\(E.escape(deadline(session, today: today, lang: lang)).capitalizedFirst)</p>
            <h2>\(lang.pick("Định mức", "Quota"))</h2>
            <table id="dinh-muc"><thead><tr><th>\(lang.pick("Vai trò", "Role"))</th><th>\(lang.pick("Định mức", "Required"))</th>\
            <th>\(lang.pick("Đã cử", "Nominated"))</th><th>\(lang.pick("Đã xác nhận", "Confirmed"))</th><th>\(lang.pick("Còn thiếu", "Missing"))</th></tr></thead>
            <tbody>\(slots)</tbody>
            <tfoot><tr><th>\(lang.pick("Tổng", "Total"))</th>\
            <td data-label="\(lang.pick("Định mức", "Required"))" class="n">\(status.required)</td>\
            <td data-label="\(lang.pick("Đã cử", "Nominated"))" class="n">\(status.nominated)</td>\
            <td data-label="\(lang.pick("Đã xác nhận", "Confirmed"))" class="n">\(status.confirmed)</td>\
            <td data-label="\(lang.pick("Còn thiếu", "Missing"))" class="n" id="con-thieu">\(status.missing)</td></tr></tfoot></table>
            <h2>\(lang.pick("Đại biểu", "Nominees"))</h2>
            \(list)
            <h2>\(lang.pick("Phiếu đăng ký", "Nomination form"))</h2>
            <p><a class="button secondary" id="tai-phieu" href="\(base)/don-vi/\(E.url(status.unit))/phieu-dang-ky.xlsx">\(lang.pick("Tải phiếu đăng ký (.xlsx)", "Download the nomination form (.xlsx)"))</a> \
            <a class="button secondary" id="nhap-tep" href="\(base)/don-vi/\(E.url(status.unit))/nhap">\(lang.pick("Nhập từ phiếu đã điền hoặc danh sách", "Import a filled form or a list"))</a></p>
            \(promoteForm(officePath: officePath, places: places, reserves: reserves, csrf: csrf, lang: lang))
            <h2 id="tim-nguoi">\(lang.pick("Tìm người để đề cử", "Find someone to nominate"))</h2>
            \(peopleSearch(officePath: officePath, query: search, found: found, lang: lang))
            <h2>\(lang.pick("Đề cử đại biểu hoặc ghi người dự bị", "Nominate someone or list a reserve"))</h2>
            <form method="post" action="\(officePath)/de-cu" class="stack" id="de-cu">
            \(problem)
            \(token)
            \(personFields(options: options, units: units, form: form, lang: lang))
            <div class="buttons"><button type="submit" id="nut-de-cu">\(lang.pick("Đề cử", "Nominate"))</button> \
            <button type="submit" name="du-bi" value="1" class="secondary" id="nut-du-bi">\(lang.pick("Ghi là người dự bị (không chiếm chỗ)", "List as a reserve (takes no place)"))</button></div>
            </form>
            """
    }

    static func replace(
        _ session: Session, nominee: Nominee, roles: [Role], csrf: String, lang: Language, units: [OrgUnit] = [],
        form: PersonForm = PersonForm()
    ) -> String {
        let base = "/dot/\(E.url(session.code.rawValue))"
        let options = roleOptions(roles, selected: form.values["vai-tro"] ?? nominee.nomination.role.rawValue, lang: lang)
        let problem = form.message.map { message -> String in
            form.field == nil ? "<p class=\"error\" role=\"alert\">\(E.escape(message))</p>" : ""
        } ?? ""
        return """
            <p class="crumbs"><a href="\(base)/don-vi/\(E.url(nominee.nomination.sender.rawValue))">\(lang.pick("Quay lại", "Back"))</a></p>
            <h1>\(lang.pick("Thay đại biểu", "Replace a nominee")) #\(nominee.nomination.id) \(E.escape(nominee.person.fullName))</h1>
            <form method="post" action="\(base)/dai-bieu/\(nominee.nomination.id)/thay" class="stack">
            \(problem)
            <input type="hidden" name="csrf" value="\(E.escape(csrf))">
            \(personFields(options: options, units: units, form: form, lang: lang))
            <button type="submit">\(lang.pick("Thay", "Replace"))</button>
            </form>
            """
    }

    /// A refusal: what was wrong, that nothing changed, and the way back (`back`: a path on this site).
    static func error(_ message: String, status: Int, back: String?, lang: Language) -> String {
        let link: String = back.map { (path: String) -> String in "<a href=\"\(E.escape(path))\">\(lang.pick("Quay lại", "Back"))</a> · " } ?? ""
        return """
            <h1>\(lang.pick("Không thực hiện được", "Could not be done"))</h1>
            <p class="error" role="alert">\(E.escape(message))</p>
            <p>\(lang.pick("Không có gì bị thay đổi.", "Nothing was changed.")) \(link)<a href="/">\(lang.pick("Về trang đầu", "Home"))</a></p>
            <p class="code">\(statusWords(status, lang: lang))</p>
            """
    }
}

extension String {
    /// The first letter in upper case (a sentence built from a clause).
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
