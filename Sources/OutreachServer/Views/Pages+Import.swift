import OutreachCore
import OutreachOperations
import OutreachStore

/// The upload of a filled form or list: the form, then the dry run's report (every row problem by row, column and
/// message, or what would change) with the button that confirms exactly the file checked.
extension Pages {
    static func officeBase(_ session: Session, _ unit: UnitCode) -> String {
        "/dot/\(E.url(session.code.rawValue))/don-vi/\(E.url(unit.rawValue))"
    }

    static func importForm(
        _ session: Session, unit: UnitCode, unitName: String, csrf: String, maxUpload: Int, lang: Language
    ) -> String {
        let base = officeBase(session, unit)
        return """
            <p class="crumbs"><a href="/">\(lang.pick("Các đợt", "Sessions"))</a> › <a href="\(base)">\(E.escape(unitName))</a></p>
            <h1>\(lang.pick("Nhập đại biểu từ tệp", "Import nominees from a file"))</h1>
            \(uploadForm(base: base, csrf: csrf, maxUpload: maxUpload, lang: lang))
            """
    }

    static func uploadForm(base: String, csrf: String, maxUpload: Int, lang: Language) -> String {
        """
        <p>\(lang.pick(
            "Tải lên phiếu đăng ký đã điền (<a href=\"\(base)/phieu-dang-ky.xlsx\">tải phiếu</a>) hoặc một danh sách .xlsx/.csv có dòng tiêu đề (Họ và tên, Vai trò, Chức vụ, Nơi công tác, Điện thoại…). Tệp được kiểm tra trước, chưa ghi gì; sau đó bạn xác nhận để nhập. Tối đa \(maxUpload / 1024) KiB.",
            "Upload the filled nomination form (<a href=\"\(base)/phieu-dang-ky.xlsx\">download the form</a>) or an .xlsx/.csv list with a header row (Họ và tên, Vai trò, Chức vụ, Nơi công tác, Điện thoại…). The file is checked first and nothing is written; then you confirm the import. At most \(maxUpload / 1024) KiB."))</p>
        <form method="post" action="\(base)/nhap" enctype="multipart/form-data" class="stack" id="tai-len">
        <input type="hidden" name="csrf" value="\(E.escape(csrf))">
        <label for="tep">\(lang.pick("Tệp (.xlsx hoặc .csv)", "File (.xlsx or .csv)"))</label>
        <input id="tep" name="tep" type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required>
        <button type="submit">\(lang.pick("Kiểm tra (chưa ghi gì)", "Check (writes nothing)"))</button>
        </form>
        """
    }

    static func importResult(
        _ session: Session, unit: UnitCode, result: NomineeFileImport, refusal: String?, held: (id: String, sha256: String)?,
        csrf: String, maxUpload: Int, lang: Language
    ) -> String {
        let base = officeBase(session, unit)
        let problems = result.problems.map { problem -> String in
            let severity = problem.severity == .error ? lang.pick("Lỗi", "Error") : lang.pick("Cảnh báo", "Warning")
            return """
                <tr class="\(problem.severity == .error ? "short" : "")"><td data-label="\(lang.pick("Mức", "Severity"))">\(severity)</td>\
                <td data-label="\(lang.pick("Trang tính", "Sheet"))">\(E.escape(problem.sheet ?? ""))</td>\
                <td data-label="\(lang.pick("Dòng", "Row"))" class="n">\(problem.row.map(String.init) ?? "")</td>\
                <td data-label="\(lang.pick("Cột", "Column"))">\(E.escape(problem.column ?? ""))</td>\
                <td data-label="\(lang.pick("Nội dung", "Message"))">\(E.escape(problem.message(lang)))</td></tr>
                """
        }.joined(separator: "\n")
        let problemTable = result.problems.isEmpty ? "" : """
            <h2>\(lang.pick("Các vấn đề", "Problems")) (\(result.errors) \(lang.pick("lỗi", "errors")))</h2>
            <table id="van-de"><thead><tr><th>\(lang.pick("Mức", "Severity"))</th><th>\(lang.pick("Trang tính", "Sheet"))</th>\
            <th>\(lang.pick("Dòng", "Row"))</th><th>\(lang.pick("Cột", "Column"))</th><th>\(lang.pick("Nội dung", "Message"))</th></tr></thead>
            <tbody>\(problems)</tbody></table>
            """
        let outcome = result.outcome
        let changed = outcome.rows.filter { $0.change != .unchanged }
        let changes = changed.prefix(500).map { row -> String in
            let verb: String = switch row.change {
            case .added: lang.pick("thêm", "add")
            case .replaced: lang.pick("thay chỗ", "replace")
            case .updated: lang.pick("cập nhật", "update")
            case .unchanged: ""
            }
            return """
                <tr><td data-label="\(lang.pick("Dòng", "Row"))" class="n">\(row.row)</td><td data-label="\(lang.pick("Thay đổi", "Change"))">\(verb)</td>\
                <td data-label="\(lang.pick("Họ và tên", "Name"))">\(E.escape(row.fullName))</td>\
                <td data-label="\(lang.pick("Vai trò", "Role"))">\(E.escape(roleNames([row.role.rawValue], session, lang)))</td></tr>
                """
        }.joined(separator: "\n")
        let counts = lang.pick(
            "thêm \(outcome.count(.added)), thay \(outcome.count(.replaced)), cập nhật \(outcome.count(.updated)), không đổi \(outcome.count(.unchanged))",
            "add \(outcome.count(.added)), replace \(outcome.count(.replaced)), update \(outcome.count(.updated)), unchanged \(outcome.count(.unchanged))")
        var verdict: String
        if let refusal {
            verdict = "<p class=\"error\" role=\"alert\">\(E.escape(refusal))</p><p>\(lang.pick("Không có gì bị thay đổi. Sửa tệp rồi tải lên lại.", "Nothing was changed. Correct the file and upload it again."))</p>"
        } else {
            verdict = "<p class=\"flash\" id=\"chay-thu\">\(lang.pick("Chạy thử, chưa ghi gì", "Dry run, nothing written")): \(counts).</p>"
        }
        if !changed.isEmpty, refusal == nil {
            verdict += """
                <table id="thay-doi"><thead><tr><th>\(lang.pick("Dòng", "Row"))</th><th>\(lang.pick("Thay đổi", "Change"))</th>\
                <th>\(lang.pick("Họ và tên", "Name"))</th><th>\(lang.pick("Vai trò", "Role"))</th></tr></thead><tbody>\(changes)</tbody></table>
                """
        }
        var confirm = ""
        if let held {
            confirm = """
                <form method="post" action="\(base)/nhap/xac-nhan" class="stack" id="xac-nhan-nhap">
                <input type="hidden" name="csrf" value="\(E.escape(csrf))">
                <input type="hidden" name="tai-len" value="\(E.escape(held.id))">
                <input type="hidden" name="sha256" value="\(E.escape(held.sha256))">
                <button type="submit">\(lang.pick("Xác nhận nhập đúng tệp này", "Confirm: import exactly this file"))</button>
                </form>
                """
        }
        return """
            <p class="crumbs"><a href="/">\(lang.pick("Các đợt", "Sessions"))</a> › <a href="\(base)">\(E.escape(unit.rawValue))</a></p>
            <h1>\(lang.pick("Kiểm tra tệp", "File check")) \(E.escape(result.file))</h1>
            \(verdict)
            \(problemTable)
            \(confirm)
            <h2>\(lang.pick("Tải lên tệp khác", "Upload another file"))</h2>
            \(uploadForm(base: base, csrf: csrf, maxUpload: maxUpload, lang: lang))
            """
    }
}

/// The 403 page: what was refused, in the words of the request itself (its path), and to whom; nothing read from
/// the database about the thing refused.
extension Pages {
    static func forbidden(actor: String, asked: String, back: String?, lang: Language) -> String {
        let link: String = back.map { (path: String) -> String in "<a href=\"\(E.escape(path))\">\(lang.pick("Quay lại", "Back"))</a> · " } ?? ""
        return """
            <h1>\(lang.pick("Không có quyền", "Not allowed"))</h1>
            <p class="error" role="alert" id="tu-choi">\(E.escape(lang.pick(
                "\(actor) không có quyền \(asked).", "\(actor) may not \(asked).")))</p>
            <p>\(lang.pick(
                "Mỗi đơn vị chỉ xem và thay đổi định mức, đại biểu của mình và của các đơn vị trực thuộc; đơn vị tổ chức đợt xem được tất cả.",
                "An office sees and changes only its own quotas and nominees and those of the units below it; the session's organiser sees everything."))</p>
            <p>\(lang.pick("Không có gì bị thay đổi.", "Nothing was changed.")) \(link)<a href="/">\(lang.pick("Về trang đầu", "Home"))</a></p>
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
                ? lang.pick("tải bảng điểm của khối \(code)", "download the score sheet of bloc \(code)")
                : lang.pick("tải các bảng tính của kế hoạch \(code)", "download the workbooks of plan \(code)")
        }
        guard parts.count >= 2, parts[0] == "dot" else { return lang.pick("thực hiện thao tác này", "do this") }
        let session = parts[1].uppercased()
        let ofSession = lang.pick(" của đợt \(session)", " in session \(session)")
        if parts.count >= 4, parts[2] == "dai-bieu" {
            let number = "#" + parts[3].prefix(12)
            switch (parts.count > 4 ? parts[4] : "", method) {
            case ("xac-nhan", _): return lang.pick("xác nhận đại biểu \(number)", "confirm nominee \(number)") + ofSession
            case ("rut", _): return lang.pick("rút đại biểu \(number)", "withdraw nominee \(number)") + ofSession
            case ("thay", _): return lang.pick("thay đại biểu \(number)", "replace nominee \(number)") + ofSession
            default: return lang.pick("xem đại biểu \(number)", "see nominee \(number)") + ofSession
            }
        }
        if parts.count >= 4, parts[2] == "don-vi" {
            let code = String(parts[3].uppercased().prefix(40))
            let unit = name(code) ?? code
            switch parts.count > 4 ? parts[4] : "" {
            case "de-cu": return lang.pick("đề cử người vào định mức của \(unit)", "nominate for the quota of \(unit)") + ofSession
            case "phieu-dang-ky.xlsx": return lang.pick("tải phiếu đăng ký của \(unit)", "download the nomination form of \(unit)") + ofSession
            case "nhap": return lang.pick("nhập danh sách đại biểu của \(unit)", "import the nominees of \(unit)") + ofSession
            case "tuyen-truyen-lai": return lang.pick("báo cáo tuyên truyền lại của \(unit)", "report the follow-up of \(unit)") + ofSession
            default: return lang.pick("xem định mức và đại biểu của \(unit)", "see the quota and nominees of \(unit)") + ofSession
            }
        }
        if parts.count >= 3, parts[2] == "xuat" || parts[2] == "tai-ve" {
            if parts.count >= 4, parts[3] == "forms" {
                return lang.pick("tải phiếu đăng ký của đơn vị", "download an office's nomination form") + ofSession
            }
            return lang.pick("tải các bảng tính", "download the workbooks") + ofSession
        }
        return lang.pick("xem đợt \(session)", "see session \(session)")
    }
}
