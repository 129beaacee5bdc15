import OutreachCore
import OutreachStore

/// An office's follow-up duty on its session page, and its yearly plans' report-backs.
extension Pages {
    static func followUp(_ session: Session, unit: UnitCode, node: CascadeNode, csrf: String, today: CalendarDate, lang: Language) -> String {
        let base = officeBase(session, unit) + "/tuyen-truyen-lai"
        let token = "<input type=\"hidden\" name=\"csrf\" value=\"\(E.escape(csrf))\">"
        let duty = node.duty
        var facts = lang.pick(
            "Hạn \(VietnameseDate.numeric(duty.due)); đối tượng: \(duty.audienceUnits) đơn vị, \(duty.audiencePeople) người. Tình trạng: \(node.status.label(lang)).",
            "Due \(VietnameseDate.numeric(duty.due)); audience: \(duty.audienceUnits) units, \(duty.audiencePeople) people. Status: \(node.status.label(lang)).")
        if let child = duty.childSession {
            facts += " " + lang.pick("Đợt tuyên truyền lại: ", "Follow-up session: ")
                + "<a href=\"/dot/\(E.url(child.rawValue))\">\(E.escape(child.rawValue))</a>."
        }
        if let report = node.report {
            facts += " " + E.escape(lang.pick(
                "Đã báo cáo: tổ chức \(VietnameseDate.numeric(report.done)), \(report.reachedUnits) đơn vị, \(report.reachedPeople) người.",
                "Reported: held \(VietnameseDate.numeric(report.done)), \(report.reachedUnits) units, \(report.reachedPeople) people."))
        }
        let plan = duty.childSession != nil ? "" : """
            <h3>\(lang.pick("Lập đợt tuyên truyền lại", "Plan the follow-up session"))</h3>
            <form method="post" action="\(base)/ke-hoach" class="stack" id="lap-dot">
            \(token)
            <label for="ngay">\(lang.pick("Ngày tổ chức (DD/MM/YYYY)", "Date (DD/MM/YYYY)"))</label>
            <input id="ngay" name="ngay" required placeholder="25/05/2022" autocomplete="off">
            <label for="so-ngay">\(lang.pick("Số ngày", "Days"))</label>
            <input id="so-ngay" name="so-ngay" inputmode="numeric" value="1">
            <label for="dia-diem">\(lang.pick("Địa điểm", "Venue"))</label>
            <input id="dia-diem" name="dia-diem" required autocomplete="off">
            <label for="so-nguoi">\(lang.pick("Số người mỗi đơn vị cử", "People per unit"))</label>
            <input id="so-nguoi" name="so-nguoi" inputmode="numeric" value="1">
            <button type="submit">\(lang.pick("Lập đợt", "Plan"))</button>
            </form>
            """
        let fromAttendance = duty.childSession == nil ? "" : """
            <label><input type="checkbox" name="tu-diem-danh" value="1"> \(lang.pick("Đếm từ điểm danh của đợt tuyên truyền lại", "Count from the follow-up session's attendance"))</label>
            """
        return """
            <h2 id="tuyen-truyen-lai">\(lang.pick("Tuyên truyền lại", "Follow-up cascade"))</h2>
            <p id="nhiem-vu">\(facts)</p>
            \(plan)
            <h3>\(lang.pick("Báo cáo kết quả", "Report the result"))</h3>
            <form method="post" action="\(base)/bao-cao" class="stack" id="bao-cao-ttl">
            \(token)
            <label for="ngay-to-chuc">\(lang.pick("Ngày tổ chức (DD/MM/YYYY)", "Day held (DD/MM/YYYY)"))</label>
            <input id="ngay-to-chuc" name="ngay-to-chuc" placeholder="25/05/2022" autocomplete="off">
            <label for="so-don-vi">\(lang.pick("Số đơn vị đã tuyên truyền", "Units reached"))</label>
            <input id="so-don-vi" name="so-don-vi" inputmode="numeric">
            <label for="so-nguoi-du">\(lang.pick("Số người đã tuyên truyền", "People reached"))</label>
            <input id="so-nguoi-du" name="so-nguoi-du" inputmode="numeric">
            \(fromAttendance)
            <label for="ghi-chu">\(lang.pick("Ghi chú", "Note"))</label>
            <input id="ghi-chu" name="ghi-chu" autocomplete="off">
            <button type="submit">\(lang.pick("Gửi báo cáo", "Send the report"))</button>
            </form>
            """
    }

    static func planDuties(
        _ plans: [(ResolvedPlan, [PlanDutyLine])], csrf: String, today: CalendarDate, maxUpload: Int, lang: Language
    ) -> String {
        guard !plans.isEmpty else {
            return "<h1>\(lang.pick("Báo cáo theo kế hoạch", "Plan report-backs"))</h1><p>\(lang.pick("Không có kế hoạch nào giao nhiệm vụ báo cáo cho đơn vị.", "No plan asks your unit for a report."))</p>"
        }
        let sections = plans.map { plan, lines -> String in
            let rows = lines.map { line -> String in
                let action = "/ke-hoach/\(E.url(plan.template.code.rawValue))/\(E.url(line.code.rawValue))/bao-cao"
                let reported = line.report.map { report -> String in
                    lang.pick("đã báo cáo ngày \(VietnameseDate.numeric(report.report.reported))", "reported on \(VietnameseDate.numeric(report.report.reported))")
                        + (report.file != nil ? lang.pick(", có tệp minh chứng", ", with an evidence file") : "")
                } ?? ""
                return """
                    <tr id="nhiem-vu-\(E.escape(line.code.rawValue))\(line.period.map { "-" + E.escape($0.code) } ?? "")"><td data-label="\(lang.pick("Nhiệm vụ", "Duty"))">\(E.escape(line.period.map { "\(line.title) (\(lang.pick($0.vietnamese, $0.english)))" } ?? line.title))</td>\
                    <td data-label="\(lang.pick("Hạn", "Due"))">\(VietnameseDate.numeric(line.duty.due))</td>\
                    <td data-label="\(lang.pick("Tình trạng", "Status"))" class="status">\(E.escape(line.status.label(lang)))\(reported.isEmpty ? "" : "; " + E.escape(reported))</td>\
                    <td data-label="\(lang.pick("Báo cáo", "Report"))"><form method="post" action="\(action)" enctype="multipart/form-data" class="inline">\
                    <input type="hidden" name="csrf" value="\(E.escape(csrf))">\
                    \(line.period.map { "<input type=\"hidden\" name=\"ky\" value=\"\(E.escape($0.code))\">" } ?? "")\
                    <input name="ngay-bao-cao" required placeholder="\(lang.pick("Ngày gửi (DD/MM/YYYY)", "Sent on (DD/MM/YYYY)"))" aria-label="\(lang.pick("Ngày gửi báo cáo", "Day the report was sent"))">\
                    <input type="file" name="minh-chung" aria-label="\(lang.pick("Tệp minh chứng", "Evidence file"))">\
                    <input name="ghi-chu" placeholder="\(lang.pick("Ghi chú", "Note"))" aria-label="\(lang.pick("Ghi chú", "Note"))">\
                    <button type="submit">\(lang.pick("Báo cáo", "Report"))</button></form></td></tr>
                    """
            }.joined(separator: "\n")
            return """
                <h2>\(E.escape(plan.template.title)) (\(E.escape(plan.template.code.rawValue)))</h2>
                <table><thead><tr><th>\(lang.pick("Nhiệm vụ", "Duty"))</th><th>\(lang.pick("Hạn", "Due"))</th>\
                <th>\(lang.pick("Tình trạng", "Status"))</th><th>\(lang.pick("Báo cáo", "Report"))</th></tr></thead><tbody>\(rows)</tbody></table>
                """
        }.joined(separator: "\n")
        return """
            <p class="crumbs"><a href="/">\(lang.pick("Các đợt", "Sessions"))</a></p>
            <h1>\(lang.pick("Báo cáo theo kế hoạch", "Plan report-backs"))</h1>
            <p>\(lang.pick(
                "Ghi ngày báo cáo đến nơi nhận; tệp minh chứng (tùy chọn, tối đa \(maxUpload / 1024) KiB) được lưu lại kèm mã SHA-256. Báo cáo lần hai sửa lần một.",
                "Give the day the report reached the office it is owed to; the evidence file (optional, at most \(maxUpload / 1024) KiB) is kept with its SHA-256. A second report corrects the first."))</p>
            \(sections)
            """
    }
}
