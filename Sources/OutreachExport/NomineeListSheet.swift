import OutreachCore
import XLSX

/// The nominee list (*danh sách đại biểu*): a summary of each office's quota, then everyone by office with
/// role and status, for the organiser to chase offices that are short.
public struct NomineeListSheet {
    public var list: NomineeList

    /// The list must include offices that sent nobody (`includeEmptyGroups`), so they show as missing.
    public init(list: NomineeList) {
        self.list = list
    }

    public static let summaryHeadings = ["STT", "Đơn vị", "Định mức", "Đã cử", "Đã xác nhận", "Còn thiếu"]
    public static let detailHeadings = [
        "STT", "Họ và tên", "Chức vụ", "Nơi công tác", "Vai trò", "Số điện thoại", "Trạng thái", "Ghi chú",
    ]

    /// Writes the workbook to `path`.
    public func write(to path: String) throws(OutreachError) {
        let session = list.session
        let properties = ExportFile.properties(
            title: "Danh sách đại biểu – \(session.code)", session: session, organiser: list.organiser)
        try ExportFile.write(to: path, properties: properties) { workbook in
            try writeSummary(try workbook.addWorksheet(named: "Tổng hợp"))
            try writeDetail(try workbook.addWorksheet(named: "Danh sách"))
        }
    }

    private func heading(_ page: inout OfficialSheet, title: String, leftColumns: Int) throws {
        try page.header(
            parentBody: list.parentBody?.documentHeaderName, issuingBody: list.organiser.documentHeaderName,
            leftColumns: leftColumns)
        try page.title(title, lines: [
            (list.session.title, true, false),
            ("Thời gian: \(list.session.whenText). Địa điểm: \(list.session.venue)", false, true),
        ])
    }

    private func writeSummary(_ sheet: Worksheet) throws {
        let style = DocumentStyle()
        var page = OfficialSheet(sheet: sheet, style: style, columns: Self.summaryHeadings.count)
        try page.widths([6, 40, 11, 10, 12, 11])
        try heading(&page, title: "TỔNG HỢP ĐẠI BIỂU THEO ĐƠN VỊ", leftColumns: 2)
        try page.columnHeadings(Self.summaryHeadings)
        let firstDataRow = page.row
        var block = ""
        var blockNumber = 0
        var totals = (required: 0, nominated: 0, confirmed: 0, missing: 0)
        for (index, group) in list.groups.enumerated() {
            if group.blockLabel != block {
                block = group.blockLabel
                blockNumber += 1
                try page.groupHeading("\(RomanNumeral.of(blockNumber)). \(VietnameseText.uppercased(block))")
            }
            let row = page.row
            let figures = group.quota
            try sheet.write(row: row, column: 0, integer: Int64(index + 1), style: style.cell(horizontal: .center))
            try sheet.write(row: row, column: 1, text: group.unit.name, style: style.cell())
            try sheet.write(row: row, column: 2, integer: Int64(figures.required), style: style.number())
            try sheet.write(row: row, column: 3, integer: Int64(figures.nominated), style: style.number())
            try sheet.write(row: row, column: 4, integer: Int64(figures.confirmed), style: style.number())
            // Counted per slot (a full slot does not make up for an empty one), so a value, not C−D.
            try sheet.write(row: row, column: 5, integer: Int64(figures.missing), style: style.number())
            try sheet.setRowHeight(row, height: 20)
            totals.required += figures.required
            totals.nominated += figures.nominated
            totals.confirmed += figures.confirmed
            totals.missing += figures.missing
            page.advance()
        }
        let row = page.row
        try sheet.merge(
            CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 1),
            text: "Tổng cộng", style: style.cell(bold: true, horizontal: .center))
        let range = { (column: String) in "\(column)\(firstDataRow + 1):\(column)\(row)" }
        for (column, letter, value) in [(2, "C", totals.required), (3, "D", totals.nominated),
                                        (4, "E", totals.confirmed), (5, "F", totals.missing)] {
            try sheet.write(
                row: row, column: column, formula: "SUM(\(range(letter)))", cachedNumber: Double(value),
                style: style.number(bold: true))
        }
        page.advance()
        try page.signatures(
            place: list.session.place, date: list.session.starts,
            left: ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"), right: ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên, đóng dấu)"),
            leftColumns: 2)
        try page.pageSetup(landscape: false)
    }

    private func writeDetailRow(_ page: OfficialSheet, number: Int, nominee: Nominee) throws {
        let style = page.style
        let sheet = page.sheet
        let row = page.row
        try sheet.write(row: row, column: 0, integer: Int64(number), style: style.cell(horizontal: .center))
        let role = list.session.role(nominee.nomination.role)?.name ?? nominee.nomination.role.rawValue
        let values = [
            nominee.person.fullName, nominee.person.position ?? "", nominee.workplace ?? "", role,
            nominee.person.phone.map(PhoneNumber.display) ?? "", nominee.nomination.status.label(.vi),
            nominee.nomination.note ?? "",
        ]
        for (offset, value) in values.enumerated() {
            let centred = offset == 4 || offset == 5
            try sheet.write(row: row, column: offset + 1, text: value, style: style.cell(horizontal: centred ? .center : .left))
        }
        try sheet.setRowHeight(row, height: 30)
    }

    private func writeDetail(_ sheet: Worksheet) throws {
        let style = DocumentStyle()
        var page = OfficialSheet(sheet: sheet, style: style, columns: Self.detailHeadings.count)
        try page.widths([5, 24, 17, 28, 18, 14, 13, 14])
        try heading(&page, title: "DANH SÁCH ĐẠI BIỂU THAM DỰ", leftColumns: 3)
        try page.columnHeadings(Self.detailHeadings)
        var number = 0
        for (blockIndex, block) in list.blocks.enumerated() {
            try page.groupHeading("\(RomanNumeral.of(blockIndex + 1)). \(VietnameseText.uppercased(block.label))")
            for (index, group) in block.groups.enumerated() {
                let figures = group.quota
                var text = "\(index + 1). \(group.unit.name) – định mức \(figures.required), "
                    + "đã cử \(figures.nominated), đã xác nhận \(figures.confirmed)"
                if figures.missing > 0 { text += ", còn thiếu \(figures.missing)" }
                if figures.over > 0 { text += ", vượt định mức \(figures.over)" }
                try page.subgroupHeading(text)
                for nominee in group.rows {
                    number += 1
                    try writeDetailRow(page, number: number, nominee: nominee)
                    page.advance()
                }
            }
        }
        try page.signatures(
            place: list.session.place, date: list.session.starts,
            left: ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"), right: ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên, đóng dấu)"),
            leftColumns: 3)
        try page.pageSetup(landscape: true)
    }
}
