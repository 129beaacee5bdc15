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
            parentBody: list.parentBody?.headerAsParent, issuingBody: list.organiser.documentHeaderName,
            leftColumns: leftColumns)
        try page.title(title, lines: [
            (list.session.title, true, false),
            ("Thời gian: \(list.session.whenText). Địa điểm: \(list.session.venue)", false, true),
        ])
    }

    private func writeSummary(_ sheet: Worksheet) throws {
        let style = DocumentStyle()
        var page = try OfficialSheet(sheet: sheet, style: style, widths: [6, 40, 11, 10, 12, 11], landscape: false)
        try heading(&page, title: "TỔNG HỢP ĐẠI BIỂU THEO ĐƠN VỊ", leftColumns: 2)
        try page.columnHeadings(Self.summaryHeadings)
        let firstDataRow = page.row
        var number = 0
        for (blockIndex, block) in list.blocks.enumerated() {
            try page.groupHeading("\(RomanNumeral.of(blockIndex + 1)). \(VietnameseText.uppercased(block.label))")
            for group in block.groups {
                number += 1
                let figures = group.quota
                try page.tableRow([nil, group.unit.name], minimum: 20) { row in
                    try sheet.write(row: row, column: 0, integer: Int64(number), style: style.cell(horizontal: .center))
                    try sheet.write(row: row, column: 1, text: group.unit.name, style: style.cell())
                    // Counted per slot (a full slot does not make up for an empty one), so values, not C−D.
                    for (column, value) in [figures.required, figures.nominated, figures.confirmed, figures.missing]
                        .enumerated() {
                        try sheet.write(row: row, column: column + 2, integer: Int64(value), style: style.number())
                    }
                }
            }
        }
        let total = QuotaFigures.sum(list.groups.map(\.quota))
        try page.tableRow([], minimum: 22, closing: true) { row in
            try sheet.merge(
                CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 1),
                text: "Tổng cộng", style: style.cell(bold: true, horizontal: .center))
            for (offset, value) in [total.required, total.nominated, total.confirmed, total.missing].enumerated() {
                let letter = CellReference.columnLetters(offset + 2)
                try sheet.write(
                    row: row, column: offset + 2, formula: "SUM(\(letter)\(firstDataRow + 1):\(letter)\(row))",
                    cachedNumber: Double(value), style: style.number(bold: true))
            }
        }
        try page.signatures(
            place: list.session.place, date: list.session.starts,
            left: ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"), right: ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên, đóng dấu)"),
            leftColumns: 2)
        try page.finishPages()
    }

    private func writeDetail(_ sheet: Worksheet) throws {
        let style = DocumentStyle()
        var page = try OfficialSheet(
            sheet: sheet, style: style, widths: [5, 24, 17, 28, 18, 14, 13, 14], landscape: true, continues: true)
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
                    try personRow(nominee, number: number, page: &page, style: style)
                }
            }
        }
        if !list.reserves.isEmpty {
            // Reserves wait apart, office by office in the order they would be called, numbered on their own.
            try page.groupHeading("\(RomanNumeral.of(list.blocks.count + 1)). DANH SÁCH DỰ BỊ")
            let names = Dictionary(list.groups.map { ($0.unit.code, $0.unit.name) }, uniquingKeysWith: { first, _ in first })
            var offices: [(code: UnitCode, people: [Nominee])] = []
            for nominee in list.reserves {
                if offices.last?.code == nominee.nomination.sender {
                    offices[offices.count - 1].people.append(nominee)
                } else {
                    offices.append((nominee.nomination.sender, [nominee]))
                }
            }
            var reserveNumber = 0
            for (index, office) in offices.enumerated() {
                try page.subgroupHeading(
                    "\(index + 1). \(names[office.code] ?? office.code.rawValue) – dự bị \(office.people.count)")
                for nominee in office.people {
                    reserveNumber += 1
                    try personRow(nominee, number: reserveNumber, page: &page, style: style)
                }
            }
        }
        try page.signatures(
            place: list.session.place, date: list.session.starts,
            left: ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"), right: ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên, đóng dấu)"),
            leftColumns: 3)
        try page.finishPages()
    }

    private func personRow(
        _ nominee: Nominee, number: Int, page: inout OfficialSheet, style: DocumentStyle
    ) throws {
        let role = list.session.role(nominee.nomination.role)?.name ?? nominee.nomination.role.rawValue
        let values = [
            nominee.person.fullName, nominee.person.position ?? "", nominee.workplace ?? "", role,
            nominee.person.phone.map(PhoneNumber.display) ?? "", nominee.nomination.status.label(.vi),
            nominee.nomination.note ?? "",
        ]
        // On the sheet the row falls on: a long list goes on to "Danh sách (2)", numbering on.
        try page.tableRow(["\(number)"] + values, minimum: 24) { sheet, row in
            try sheet.write(row: row, column: 0, integer: Int64(number), style: style.cell(horizontal: .center))
            for (offset, value) in values.enumerated() {
                let centred = offset == 4 || offset == 5
                try sheet.write(
                    row: row, column: offset + 1, text: value, style: style.cell(horizontal: centred ? .center : .left))
            }
        }
    }
}
