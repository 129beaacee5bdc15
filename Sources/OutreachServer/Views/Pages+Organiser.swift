import Foundation
import OutreachCore
import OutreachOperations
import OutreachStore

/// The organiser's part of a session page: confirmations over time, attendance, the cascade's completeness, and
/// the workbooks to download.
extension Pages {
    static func percent(_ value: Double?) -> String {
        guard let value else { return "–" }
        return String(format: "%.0f %%", value * 100)
    }

    static func organiser(_ session: Session, overview: PageController.Overview, lang: Language) -> String {
        let base = "/dot/\(E.url(session.code.rawValue))"
        // Confirmations over time: per day and running total, with a bar (<progress>: no script, no inline style).
        let most = overview.confirmations.map(\.count).max() ?? 0
        var running = 0
        let days = overview.confirmations.map { entry -> String in
            running += entry.count
            let day = (try? CalendarDate(iso: entry.day)).map(VietnameseDate.numeric) ?? entry.day
            return """
                <tr><td data-label="\(lang.text { $0.dayInPageOrganiser })">\(E.escape(day))</td>\
                <td data-label="\(lang.text { $0.confirmedInPageOrganiser })" class="n">\(entry.count)</td>\
                <td data-label="\(lang.text { $0.runningTotal })" class="n">\(running)</td>\
                <td aria-hidden="true"><progress value="\(entry.count)" max="\(max(most, 1))"></progress></td></tr>
                """
        }.joined(separator: "\n")
        let confirmations = overview.confirmations.isEmpty
            ? "<p>\(lang.text { $0.noConfirmationsYet })</p>"
            : """
                <table id="xac-nhan-theo-ngay"><thead><tr><th>\(lang.text { $0.dayInPageOrganiser })</th><th>\(lang.text { $0.confirmedInPageOrganiser })</th>\
                <th>\(lang.text { $0.runningTotal })</th><th></th></tr></thead><tbody>\(days)</tbody></table>
                """

        let report = overview.attendance
        let recorded = report.total.present + report.total.late + report.total.excused + report.total.absent
        let attendanceRows = report.offices.map { line -> String in
            """
            <tr><td data-label="\(lang.text { $0.office })">\(E.escape(line.name))</td>\
            <td data-label="\(lang.text { $0.required })" class="n">\(line.required)</td>\
            <td data-label="\(lang.text { $0.present })" class="n">\(line.present)</td>\
            <td data-label="\(lang.text { $0.lateInPageOrganiser })" class="n">\(line.late)</td>\
            <td data-label="\(lang.text { $0.absent })" class="n">\(line.absent + line.excused)</td>\
            <td data-label="\(lang.text { $0.rate })" class="n">\(line.rateAgainstQuota.map { String(format: "%.0f %%", $0) } ?? "–")</td></tr>
            """
        }.joined(separator: "\n")
        let attendance = recorded == 0
            ? "<p id=\"diem-danh\">\(lang.text { $0.noAttendanceRecordedYet })</p>"
            : """
                <p id="diem-danh">\(lang.text { w in w.presentLateAbsent(report.total.present, report.total.late, report.total.absent + report.total.excused, report.total.unmarked, report.total.rateAgainstQuota.map { String(format: "%.0f %%", $0) } ?? "–") })</p>
                <table><thead><tr><th>\(lang.text { $0.office })</th><th>\(lang.text { $0.required })</th>\
                <th>\(lang.text { $0.present })</th><th>\(lang.text { $0.lateInPageOrganiser })</th><th>\(lang.text { $0.absent })</th>\
                <th>\(lang.text { $0.rate })</th></tr></thead><tbody>\(attendanceRows)</tbody></table>
                """

        var cascade = "<p id=\"tuyen-truyen-lai\">\(lang.text { $0.noFollowUpDutiesOpened })</p>"
        if let tree = overview.cascade {
            let total = tree.total
            let rows = tree.nodes.filter { $0.level == 1 }.map { node -> String in
                """
                <tr><td data-label="\(lang.text { $0.office })">\(E.escape(node.unitName))</td>\
                <td data-label="\(lang.text { $0.dueInPageDuties })">\(VietnameseDate.numeric(node.duty.due))</td>\
                <td data-label="\(lang.text { $0.status })">\(E.escape(node.status.label(lang)))</td>\
                <td data-label="\(lang.text { $0.completeWithLevelsBelow })" class="n">\(node.subtree.reported)/\(node.subtree.owed)</td></tr>
                """
            }.joined(separator: "\n")
            cascade = """
                <p id="tuyen-truyen-lai">\(lang.text { $0.reportedOwedDutiesPercent(total.reported, total.owed, percent(total.completeness), total.onTime, total.late, total.overdue, total.missing, total.reachedUnits, total.reachedPeople) })</p>
                <table><thead><tr><th>\(lang.text { $0.office })</th><th>\(lang.text { $0.dueInPageDuties })</th><th>\(lang.text { $0.status })</th>\
                <th>\(lang.text { $0.completeWithLevelsBelow })</th></tr></thead><tbody>\(rows)</tbody></table>
                """
        }

        // What can be made now: the cascade once opened, the budget's files once the session has one, the
        // certificates once someone is marked present.
        let offered = SessionExport.allCases.filter { kind in
            switch kind {
            case .cascade: overview.cascade != nil
            case .budget, .decision: session.budget != nil
            case .certificates: report.total.present + report.total.late > 0
            default: true
            }
        }
        func link(_ kind: SessionExport) -> String {
            "<li><a href=\"\(base)/xuat/\(kind.filename)\" download>\(E.escape(kind.label(lang)))</a></li>"
        }
        var made = offered.filter { !$0.isDocument }.map(link).joined()
        // A payment list for each line paid per person, as `export payment --line` writes it.
        for line in session.budget?.lines ?? [] where line.quantity.isPerPerson {
            let file = Exports.Name.payment(line.code)
            let label = lang.text { $0.paymentListNameExportPayment(line.name) }
            made += "<li><a href=\"\(base)/xuat/\(E.url(file))\" download>\(E.escape(label))</a></li>"
        }
        let documents = offered.filter(\.isDocument).map(link).joined()
        // Each invited office's nomination form, as `export form` writes them (exports/<SESSION>/forms/).
        let forms = overview.offices.map { office -> String in
            "<li><a href=\"\(base)/xuat/forms/\(E.url(Exports.Name.form(office.code)))\" download>\(E.escape(office.name))</a></li>"
        }.joined()
        let files = overview.files.map { file -> String in
            "<li><a href=\"\(base)/tai-ve?tep=\(E.url(file))\" download>\(E.escape(file))</a></li>"
        }.joined()
        let folder = overview.files.isEmpty
            ? "<p>\(lang.text { $0.theSessionsExportsFolderHolds })</p>"
            : "<ul id=\"tep-da-xuat\">\(files)</ul>"
        return """
            <h2>\(lang.text { $0.confirmationsOverTime })</h2>
            \(confirmations)
            <h2>\(lang.text { $0.attendance })</h2>
            \(attendance)
            <h2>\(lang.text { $0.followUpCascade })</h2>
            \(cascade)
            <h2>\(lang.text { $0.downloadWorkbooks })</h2>
            <p>\(lang.text { $0.eachWorkbookIsMadeAgain })</p>
            <ul id="xuat">\(made)</ul>
            <h3>\(lang.text { $0.eachOfficesNominationFormExport })</h3>
            <details><summary>\(lang.text { $0.officesCountOfficesInvited(overview.offices.count) })</summary>
            <ul id="phieu-dang-ky">\(forms)</ul></details>
            <h2>\(lang.text { $0.downloadDocumentsWord })</h2>
            <p>\(lang.text { $0.eachDocumentIsWrittenAgain })</p>
            <ul id="van-ban">\(documents)</ul>
            <p><a href="/ke-hoach-khoi">\(lang.text { $0.yearlyPlansAndBlocsWorkbooks })</a></p>
            <h3>\(lang.text { $0.filesInTheSessionsExports })</h3>
            \(folder)
            """
    }
}
