import OutreachCore
import OutreachStore

/// An office's follow-up duty on its session page, and its yearly plans' report-backs.
extension Pages {
    static func followUp(_ session: Session, unit: UnitCode, node: CascadeNode, csrf: String, today: CalendarDate, lang: Language) -> String {
        let base = officeBase(session, unit) + "/tuyen-truyen-lai"
        let token = "<input type=\"hidden\" name=\"csrf\" value=\"\(E.escape(csrf))\">"
        let duty = node.duty
        var facts = lang.text { $0.dueNumericAudienceUnits(VietnameseDate.numeric(duty.due), duty.audienceUnits, duty.audiencePeople, node.status.label(lang)) }
        if let child = duty.childSession {
            facts += " " + lang.text { $0.followUpSession }
                + "<a href=\"/dot/\(E.url(child.rawValue))\">\(E.escape(child.rawValue))</a>."
        }
        if let report = node.report {
            facts += " " + E.escape(lang.text { $0.reportedHeldNumericReachedUnits(VietnameseDate.numeric(report.done), report.reachedUnits, report.reachedPeople) })
        }
        let plan = duty.childSession != nil ? "" : """
            <h3>\(lang.text { $0.planTheFollowUpSession })</h3>
            <form method="post" action="\(base)/ke-hoach" class="stack" id="lap-dot">
            \(token)
            <label for="ngay">\(lang.text { $0.dateDDMMYYYY })</label>
            <input id="ngay" name="ngay" required placeholder="25/05/2022" autocomplete="off">
            <label for="so-ngay">\(lang.text { $0.days })</label>
            <input id="so-ngay" name="so-ngay" inputmode="numeric" value="1">
            <label for="dia-diem">\(lang.text { $0.venue })</label>
            <input id="dia-diem" name="dia-diem" required autocomplete="off">
            <label for="so-nguoi">\(lang.text { $0.peoplePerUnit })</label>
            <input id="so-nguoi" name="so-nguoi" inputmode="numeric" value="1">
            <button type="submit">\(lang.text { $0.plan })</button>
            </form>
            """
        let fromAttendance = duty.childSession == nil ? "" : """
            <label><input type="checkbox" name="tu-diem-danh" value="1"> \(lang.text { $0.countFromTheFollowUp })</label>
            """
        return """
            <h2 id="tuyen-truyen-lai">\(lang.text { $0.followUpCascade })</h2>
            <p id="nhiem-vu">\(facts)</p>
            \(plan)
            <h3>\(lang.text { $0.reportTheResult })</h3>
            <form method="post" action="\(base)/bao-cao" class="stack" id="bao-cao-ttl">
            \(token)
            <label for="ngay-to-chuc">\(lang.text { $0.dayHeldDDMMYYYY })</label>
            <input id="ngay-to-chuc" name="ngay-to-chuc" placeholder="25/05/2022" autocomplete="off">
            <label for="so-don-vi">\(lang.text { $0.unitsReached })</label>
            <input id="so-don-vi" name="so-don-vi" inputmode="numeric">
            <label for="so-nguoi-du">\(lang.text { $0.peopleReached })</label>
            <input id="so-nguoi-du" name="so-nguoi-du" inputmode="numeric">
            \(fromAttendance)
            <label for="ghi-chu">\(lang.text { $0.note })</label>
            <input id="ghi-chu" name="ghi-chu" autocomplete="off">
            <button type="submit">\(lang.text { $0.sendTheReport })</button>
            </form>
            """
    }

    static func planDuties(
        _ plans: [(ResolvedPlan, [PlanDutyLine])], csrf: String, today: CalendarDate, maxUpload: Int, lang: Language
    ) -> String {
        guard !plans.isEmpty else {
            return "<h1>\(lang.text { $0.planReportBacks })</h1><p>\(lang.text { $0.noPlanAsksYourUnit })</p>"
        }
        let sections = plans.map { plan, lines -> String in
            let rows = lines.map { line -> String in
                let action = "/ke-hoach/\(E.url(plan.template.code.rawValue))/\(E.url(line.code.rawValue))/bao-cao"
                let reported = line.report.map { report -> String in
                    lang.text { $0.reportedOnNumeric(VietnameseDate.numeric(report.report.reported)) }
                        + (report.file != nil ? lang.text { $0.withAnEvidenceFile } : "")
                } ?? ""
                return """
                    <tr id="nhiem-vu-\(E.escape(line.code.rawValue))\(line.period.map { "-" + E.escape($0.code) } ?? "")"><td data-label="\(lang.text { $0.duty })">\(E.escape(line.period.map { "\(line.title) (\($0.name(lang)))" } ?? line.title))</td>\
                    <td data-label="\(lang.text { $0.dueInPageDuties })">\(VietnameseDate.numeric(line.duty.due))</td>\
                    <td data-label="\(lang.text { $0.status })" class="status">\(E.escape(line.status.label(lang)))\(reported.isEmpty ? "" : "; " + E.escape(reported))</td>\
                    <td data-label="\(lang.text { $0.report })"><form method="post" action="\(action)" enctype="multipart/form-data" class="inline">\
                    <input type="hidden" name="csrf" value="\(E.escape(csrf))">\
                    \(line.period.map { "<input type=\"hidden\" name=\"ky\" value=\"\(E.escape($0.code))\">" } ?? "")\
                    <input name="ngay-bao-cao" required placeholder="\(lang.text { $0.sentOnDDMMYYYY })" aria-label="\(lang.text { $0.dayTheReportWasSent })">\
                    <input type="file" name="minh-chung" aria-label="\(lang.text { $0.evidenceFile })">\
                    <input name="ghi-chu" placeholder="\(lang.text { $0.note })" aria-label="\(lang.text { $0.note })">\
                    <button type="submit">\(lang.text { $0.report })</button></form></td></tr>
                    """
            }.joined(separator: "\n")
            return """
                <h2>\(E.escape(plan.template.title)) (\(E.escape(plan.template.code.rawValue)))</h2>
                <table><thead><tr><th>\(lang.text { $0.duty })</th><th>\(lang.text { $0.dueInPageDuties })</th>\
                <th>\(lang.text { $0.status })</th><th>\(lang.text { $0.report })</th></tr></thead><tbody>\(rows)</tbody></table>
                """
        }.joined(separator: "\n")
        return """
            <p class="crumbs"><a href="/">\(lang.text { $0.sessionsInPageDuties })</a></p>
            <h1>\(lang.text { $0.planReportBacks })</h1>
            <p>\(lang.text { $0.giveTheDayTheReport(maxUpload / 1024) })</p>
            \(sections)
            """
    }
}
