import Foundation
import OutreachCore
import XLSX

/// The offices still owing a follow-up report, one per row with their contacts: a plain table with one
/// heading row, as a mail merge wants it (CSV or xlsx), not a printed document.
public struct ReminderSheet {
    public var session: SessionCode
    public var today: CalendarDate
    public var reminders: [CascadeReminder]

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
        let lines = [Self.headings] + reminders.map(fields)
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
        properties.title = "Danh sách đơn vị chưa báo cáo tuyên truyền lại – \(session)"
        try ExportFile.write(to: path, properties: properties) { workbook in
            let sheet = try workbook.addWorksheet(named: "Nhắc báo cáo")
            let style = DocumentStyle()
            let widths: [Double] = [6, 22, 36, 30, 12, 16, 10, 32, 14, 28, 40]
            for (column, width) in widths.enumerated() { try sheet.setColumnWidth(column...column, width: width) }
            for (column, heading) in Self.headings.enumerated() {
                try sheet.write(row: 0, column: column, text: heading, style: style.columnHeading)
            }
            for (index, reminder) in reminders.enumerated() {
                let row = index + 1
                for (column, field) in fields(reminder).enumerated() {
                    if column == 0 || column == 6 {
                        try sheet.write(row: row, column: column, integer: Int64(field) ?? 0, style: style.number())
                    } else {
                        try sheet.write(row: row, column: column, text: field, style: style.cell())
                    }
                }
            }
            try sheet.freezePanes(row: 1, column: 0)
        }
    }
}
