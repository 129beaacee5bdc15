import AtomicFile
import Foundation
import OutreachCore
import XLSX

/// The offices still owing a follow-up report. The xlsx's first sheet is the document to print, post or send:
/// the document header, one table row per office (what it owes, the deadline and how late, whom to report to,
/// its contacts), and the signature block, on A4 landscape at 90 %. Its second sheet is the same offices as a
/// plain table with one heading row, as a mail merge wants it (also written alone as CSV).
public struct ReminderSheet {
    public var session: SessionCode
    public var today: CalendarDate
    public var reminders: [CascadeReminder]
    /// The heading of the column that names what is owed: the session of a follow-up, or a plan's duty.
    public var scopeHeading = "Đợt"
    /// The workbook's title; the follow-up one when nil.
    public var title: String?
    /// Who sends the printed reminder (the session's organiser, the plan's issuer) and its parent body, for the
    /// document header; the header's left column is left blank without them.
    public var issuer: OrgUnit?
    public var parentBody: OrgUnit?
    /// The place of the date line over the signatures ("Lào Cai, ngày …").
    public var place = ""
    /// The printed sheet's title.
    public var printTitle = "DANH SÁCH ĐƠN VỊ CHƯA BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN LẠI"
    /// The line under the title: the session's or the plan's name.
    public var subject: String?

    /// The name of the mail-merge sheet (second) and of the sheet to print (first: what prints when the
    /// workbook is printed as it opens).
    public static let dataSheet = "Nhắc báo cáo"
    public static let printSheet = "Bản in"
    /// The column widths of the printed sheet: STT, office, what it owes, deadline and how late, where to
    /// report, contacts. The first three hold the header's issuing body ("LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU"), the
    /// last three the national motto, each on one line at 12 pt; A4 landscape (Decree 30 allows it for tables)
    /// at 90 %.
    static let printWidths: [Double] = [5, 24, 30, 18, 20, 31]
    /// The printed sheet's column headings.
    public static let printHeadings = ["STT", "Đơn vị", "Nội dung phải báo cáo", "Hạn báo cáo", "Nơi nhận báo cáo", "Liên hệ"]

    /// The headings as this sheet writes them.
    public var columnHeadings: [String] { Self.headings.map { $0 == "Đợt" ? scopeHeading : $0 } }

    public init(session: SessionCode, today: CalendarDate, reminders: [CascadeReminder]) {
        self.session = session
        self.today = today
        self.reminders = reminders
    }

    public static let headings = [
        "Cấp", "Mã đơn vị", "Đơn vị", "Đợt", "Hạn báo cáo", "Tình trạng", "Số ngày quá hạn", "Nơi nhận báo cáo",
        "Điện thoại", "Email", "Địa chỉ",
    ]

    private func fields(_ r: CascadeReminder) -> [String] {
        [
            "\(r.level)", r.unit, r.unitName, r.session, VietnameseDate.numeric(r.due), r.status.label(.vi),
            "\(r.daysLate)", r.owedToName, r.phone ?? "", r.email ?? "", r.address ?? "",
        ]
    }

    /// The table as CSV: UTF-8 with a byte-order mark (so Excel reads Vietnamese), CRLF line ends, fields quoted
    /// when needed; text that a spreadsheet would take for a formula is prefixed with an apostrophe.
    public func csv() -> String {
        func quoted(_ field: String) -> String {
            var text = field
            if let first = text.first, "=+-@".contains(first) { text = "'" + text }
            guard text.contains(where: { ",\"\r\n".contains($0) }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        let lines = [columnHeadings] + reminders.map(fields)
        return "\u{FEFF}" + lines.map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Writes the CSV atomically (a `PendingFile`: a temporary renamed into place).
    public func writeCSV(to path: String) throws(OutreachError) {
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .file(path: path, reason: LocalizedText { $0.cannotBeWrittenLocalizedDescription(error.localizedDescription) })
        }
        // Through a PendingFile like every export: whole or not at all, no temporary left on failure or signal.
        do {
            try PendingFile.write(Data(csv().utf8), to: path, extension: ".csv")
        } catch {
            throw .file(path: path, reason: error.text)
        }
    }

    /// Writes the xlsx: the same table, headings frozen and filtered.
    public func write(to path: String) throws(OutreachError) {
        var properties = DocumentProperties()
        properties.title = title ?? "Danh sách đơn vị chưa báo cáo tuyên truyền lại – \(session)"
        try ExportFile.write(to: path, properties: properties) { workbook in
            try writePrint(try workbook.addWorksheet(named: Self.printSheet))
            let sheet = try workbook.addWorksheet(named: Self.dataSheet)
            let style = DocumentStyle()
            let widths: [Double] = [5, 26, 38, 36, 11, 14, 9, 44, 14, 28, 48]
            for (column, width) in widths.enumerated() { try sheet.setColumnWidth(column...column, width: width) }
            try sheet.setRowHeight(0, height: 32)
            for (column, heading) in columnHeadings.enumerated() {
                try sheet.write(row: 0, column: column, text: heading, style: style.columnHeading)
            }
            for (index, reminder) in reminders.enumerated() {
                let row = index + 1
                for (column, field) in fields(reminder).enumerated() {
                    // One line per office, unwrapped: a mail-merge source, not a document.
                    if column == 0 || column == 6 {
                        try sheet.write(row: row, column: column, integer: Int64(field) ?? 0, style: style.number())
                    } else {
                        try sheet.write(row: row, column: column, text: field, style: style.text(wrap: false, border: true))
                    }
                }
            }
            try sheet.freezePanes(row: 1, column: 0)
            // Mostly merged, sometimes printed as a checklist: A4 landscape, all columns on the page width.
            var setup = PageSetup()
            setup.paper = .a4
            setup.orientation = .landscape
            setup.margins = OfficialSheet.margins
            let printable = 297.0 - OfficialSheet.margins.left - OfficialSheet.margins.right
            setup.scale = max(10, min(100, Int(printable / OfficialSheet.millimetres(widths) * 100)))
            var footer = HeaderFooter.pageOfPages(prefix: "Trang ", separator: "/")
            footer.center.fontName = DocumentStyle.font
            setup.footer = footer
            try sheet.pageSetup(setup)
            try sheet.repeatRows(0...0)
        }
    }

    /// "Quá hạn 36 ngày", "Không báo cáo (quá hạn 36 ngày)", "Chưa đến hạn (còn 4 ngày)", "Đến hạn hôm nay".
    static func lateness(_ r: CascadeReminder, today: CalendarDate) -> String {
        switch r.status {
        case .due:
            let left = today.days(to: r.due)
            return left > 0 ? "\(r.status.label(.vi)) (còn \(left) ngày)" : "Đến hạn hôm nay"
        case .overdue:
            return "Quá hạn \(r.daysLate) ngày"
        case .missing:
            return "\(r.status.label(.vi)) (quá hạn \(r.daysLate) ngày)"
        case .onTime, .late:
            return r.status.label(.vi)
        }
    }

    /// The lines of an office's block, label and content: what it owes, the deadline and how late, where to
    /// send the report, and its contacts.
    static func blockLines(_ r: CascadeReminder, today: CalendarDate, scopeHeading: String) -> [(String, String)] {
        let scope = "\(scopeHeading.lowercased()) \(r.session)"
        let contact = [
            r.phone.map { "Điện thoại: \($0)" }, r.email.map { "Email: \($0)" },
            r.address.flatMap { $0.isEmpty ? nil : "Địa chỉ: \($0)" },
        ].compactMap { $0 }
        return [
            // A plan duty's title with its code, which the office's report must cite; a follow-up's title
            // names its session already.
            ("Nội dung phải báo cáo", r.dutyTitle.map { scopeHeading == "Đợt" ? $0 : "\($0) (\(scope))" }
                ?? scope.prefix(1).uppercased() + scope.dropFirst()),
            ("Hạn báo cáo", "\(VietnameseDate.numeric(r.due)) – \(lateness(r, today: today))"),
            ("Nơi nhận báo cáo", r.owedToName),
            ("Liên hệ", contact.isEmpty ? "(chưa có số điện thoại, email, địa chỉ)" : contact.joined(separator: "; ")),
        ]
    }

    /// The sheet to print: header, title, one row per office under repeated column headings, signatures.
    private func writePrint(_ sheet: Worksheet) throws {
        let style = DocumentStyle()
        // Any number of offices: past `OfficialSheet.breaksPerSheet` page breaks the blocks go on to "Bản in (2)".
        var page = try OfficialSheet(sheet: sheet, style: style, widths: Self.printWidths, landscape: true, continues: true)
        try page.header(parentBody: parentBody?.headerAsParent, issuingBody: issuer?.documentHeaderName ?? "",
                        leftColumns: 3)
        var lines: [(text: String, bold: Bool, italic: Bool)] = []
        if let subject { lines.append((subject, true, false)) }
        lines.append(("Tính đến ngày \(VietnameseDate.numeric(today)): \(reminders.count) \(scopeHeading == "Đợt" ? "đơn vị" : "nhiệm vụ") chưa báo cáo", false, true))
        try page.title(printTitle, lines: lines)
        try page.columnHeadings(Self.printHeadings)
        for (index, reminder) in reminders.enumerated() {
            // The office's line: what it owes, the deadline and how late, where to report, its contacts.
            let values = Self.blockLines(reminder, today: today, scopeHeading: scopeHeading).map(\.1)
            let texts = [nil, reminder.unitName] + values.map { Optional($0) }
            // The late status stands out: an office reads its own line first.
            let strong = reminder.daysLate > 0
            try page.tableRow(texts, minimum: 20, boldColumns: strong ? [1, 3] : [1]) { sheet, row in
                try sheet.write(row: row, column: 0, integer: Int64(index + 1), style: style.cell(horizontal: .center))
                try sheet.write(row: row, column: 1, text: reminder.unitName, style: style.cell(bold: true))
                for (offset, value) in values.enumerated() {
                    try sheet.write(row: row, column: 2 + offset, text: value, style: style.cell(bold: strong && offset == 1))
                }
            }
        }
        if reminders.isEmpty {
            try page.note("Không có đơn vị nào phải nhắc báo cáo.", italic: true)
        } else {
            try page.note(
                "Đề nghị các đơn vị có tên trên khẩn trương hoàn thành và gửi báo cáo về nơi nhận báo cáo; "
                    + "đơn vị đã gửi báo cáo sau ngày lập danh sách này không phải thực hiện lại.",
                italic: true)
        }
        try page.signatures(
            place: place, date: today,
            left: ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"), right: ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên, đóng dấu)"),
            leftColumns: 3)
        try page.finishPages()
    }
}
