import Foundation
import OutreachCore
import XLSX

/// The offices still owing a follow-up report, one per row with their contacts: a plain table with one
/// heading row, as a mail merge wants it (CSV or xlsx), not a printed document.
public struct ReminderSheet {
    public var session: SessionCode
    public var today: CalendarDate
    public var reminders: [CascadeReminder]
    /// The heading of the column that names what is owed: the session of a follow-up, or a plan's duty.
    public var scopeHeading = "Đợt"
    /// The workbook's title; the follow-up one when nil.
    public var title: String?

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

    /// Writes the CSV atomically (a temporary file renamed into place).
    public func writeCSV(to path: String) throws(OutreachError) {
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(csv().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .file(path: path, reason: LocalizedText(
                vi: "không ghi được (\(error.localizedDescription))", en: "cannot be written (\(error.localizedDescription))"))
        }
    }

    /// Writes the xlsx: the same table, headings frozen and filtered.
    public func write(to path: String) throws(OutreachError) {
        var properties = DocumentProperties()
        properties.title = title ?? "Danh sách đơn vị chưa báo cáo tuyên truyền lại – \(session)"
        try ExportFile.write(to: path, properties: properties) { workbook in
            let sheet = try workbook.addWorksheet(named: "Nhắc báo cáo")
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
}
