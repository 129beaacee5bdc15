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
                <tr><td data-label="\(lang.pick("Ngày", "Day"))">\(E.escape(day))</td>\
                <td data-label="\(lang.pick("Xác nhận", "Confirmed"))" class="n">\(entry.count)</td>\
                <td data-label="\(lang.pick("Cộng dồn", "Running total"))" class="n">\(running)</td>\
                <td aria-hidden="true"><progress value="\(entry.count)" max="\(max(most, 1))"></progress></td></tr>
                """
        }.joined(separator: "\n")
        let confirmations = overview.confirmations.isEmpty
            ? "<p>\(lang.pick("Chưa có xác nhận nào.", "No confirmations yet."))</p>"
            : """
                <table id="xac-nhan-theo-ngay"><thead><tr><th>\(lang.pick("Ngày", "Day"))</th><th>\(lang.pick("Xác nhận", "Confirmed"))</th>\
                <th>\(lang.pick("Cộng dồn", "Running total"))</th><th></th></tr></thead><tbody>\(days)</tbody></table>
                """

        let report = overview.attendance
        let recorded = report.total.present + report.total.late + report.total.excused + report.total.absent
        let attendanceRows = report.offices.map { line -> String in
            """
            <tr><td data-label="\(lang.pick("Đơn vị", "Office"))">\(E.escape(line.name))</td>\
            <td data-label="\(lang.pick("Định mức", "Required"))" class="n">\(line.required)</td>\
            <td data-label="\(lang.pick("Có mặt", "Present"))" class="n">\(line.present)</td>\
            <td data-label="\(lang.pick("Muộn", "Late"))" class="n">\(line.late)</td>\
            <td data-label="\(lang.pick("Vắng", "Absent"))" class="n">\(line.absent + line.excused)</td>\
            <td data-label="\(lang.pick("Tỷ lệ", "Rate"))" class="n">\(line.rateAgainstQuota.map { String(format: "%.0f %%", $0) } ?? "–")</td></tr>
            """
        }.joined(separator: "\n")
        let attendance = recorded == 0
            ? "<p id=\"diem-danh\">\(lang.pick("Chưa có điểm danh.", "No attendance recorded yet."))</p>"
            : """
                <p id="diem-danh">\(lang.pick(
                    "Có mặt \(report.total.present), muộn \(report.total.late), vắng \(report.total.absent + report.total.excused), chưa ghi \(report.total.unmarked); tỷ lệ so với định mức \(report.total.rateAgainstQuota.map { String(format: "%.0f %%", $0) } ?? "–").",
                    "Present \(report.total.present), late \(report.total.late), absent \(report.total.absent + report.total.excused), unmarked \(report.total.unmarked); rate against the quota \(report.total.rateAgainstQuota.map { String(format: "%.0f %%", $0) } ?? "–")."))</p>
                <table><thead><tr><th>\(lang.pick("Đơn vị", "Office"))</th><th>\(lang.pick("Định mức", "Required"))</th>\
                <th>\(lang.pick("Có mặt", "Present"))</th><th>\(lang.pick("Muộn", "Late"))</th><th>\(lang.pick("Vắng", "Absent"))</th>\
                <th>\(lang.pick("Tỷ lệ", "Rate"))</th></tr></thead><tbody>\(attendanceRows)</tbody></table>
                """

        var cascade = "<p id=\"tuyen-truyen-lai\">\(lang.pick("Chưa giao nhiệm vụ tuyên truyền lại.", "No follow-up duties opened yet."))</p>"
        if let tree = overview.cascade {
            let total = tree.total
            let rows = tree.nodes.filter { $0.level == 1 }.map { node -> String in
                """
                <tr><td data-label="\(lang.pick("Đơn vị", "Office"))">\(E.escape(node.unitName))</td>\
                <td data-label="\(lang.pick("Hạn", "Due"))">\(VietnameseDate.numeric(node.duty.due))</td>\
                <td data-label="\(lang.pick("Tình trạng", "Status"))">\(E.escape(node.status.label(lang)))</td>\
                <td data-label="\(lang.pick("Hoàn thành (cả cấp dưới)", "Complete (with levels below)"))" class="n">\(node.subtree.reported)/\(node.subtree.owed)</td></tr>
                """
            }.joined(separator: "\n")
            cascade = """
                <p id="tuyen-truyen-lai">\(lang.pick(
                    "Đã báo cáo \(total.reported)/\(total.owed) nhiệm vụ (\(percent(total.completeness))), đúng hạn \(total.onTime), trễ hạn \(total.late), quá hạn \(total.overdue), không báo cáo \(total.missing); đã tuyên truyền cho \(total.reachedUnits) đơn vị, \(total.reachedPeople) người.",
                    "Reported \(total.reported)/\(total.owed) duties (\(percent(total.completeness))), on time \(total.onTime), late \(total.late), overdue \(total.overdue), missing \(total.missing); reached \(total.reachedUnits) units, \(total.reachedPeople) people."))</p>
                <table><thead><tr><th>\(lang.pick("Đơn vị", "Office"))</th><th>\(lang.pick("Hạn", "Due"))</th><th>\(lang.pick("Tình trạng", "Status"))</th>\
                <th>\(lang.pick("Hoàn thành (cả cấp dưới)", "Complete (with levels below)"))</th></tr></thead><tbody>\(rows)</tbody></table>
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
            let label = lang.pick("Danh sách chi tiền: \(line.name) (export payment)", "Payment list: \(line.name) (export payment)")
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
            ? "<p>\(lang.pick("Thư mục xuất của đợt chưa có tệp nào.", "The session's exports folder holds no file yet."))</p>"
            : "<ul id=\"tep-da-xuat\">\(files)</ul>"
        return """
            <h2>\(lang.pick("Xác nhận theo ngày", "Confirmations over time"))</h2>
            \(confirmations)
            <h2>\(lang.pick("Điểm danh", "Attendance"))</h2>
            \(attendance)
            <h2>\(lang.pick("Tuyên truyền lại", "Follow-up cascade"))</h2>
            \(cascade)
            <h2>\(lang.pick("Tải bảng tính", "Download workbooks"))</h2>
            <p>\(lang.pick(
                "Mỗi bảng tính được lập lại từ dữ liệu hiện tại, ghi vào thư mục xuất như lệnh outreach export, rồi tải về. Phiếu đăng ký của từng đơn vị ở trang của đơn vị đó.",
                "Each workbook is made again from the data as it stands, written into the exports folder as outreach export does, then downloaded. Each office's form is on that office's page."))</p>
            <ul id="xuat">\(made)</ul>
            <h3>\(lang.pick("Phiếu đăng ký của từng đơn vị (export form)", "Each office's nomination form (export form)"))</h3>
            <details><summary>\(lang.pick("\(overview.offices.count) đơn vị được mời", "\(overview.offices.count) offices invited"))</summary>
            <ul id="phieu-dang-ky">\(forms)</ul></details>
            <h2>\(lang.pick("Tải văn bản (Word)", "Download documents (Word)"))</h2>
            <p>\(lang.pick(
                "Văn bản được soạn lại từ dữ liệu hiện tại như lệnh outreach doc, ghi vào thư mục xuất, rồi tải về.",
                "Each document is written again from the data as it stands, as outreach doc does, into the exports folder, then downloaded."))</p>
            <ul id="van-ban">\(documents)</ul>
            <p><a href="/ke-hoach-khoi">\(lang.pick("Kế hoạch năm và khối thi đua: bảng tính tải về", "Yearly plans and blocs: workbooks to download"))</a></p>
            <h3>\(lang.pick("Các tệp trong thư mục xuất của đợt", "Files in the session's exports folder"))</h3>
            \(folder)
            """
    }
}
