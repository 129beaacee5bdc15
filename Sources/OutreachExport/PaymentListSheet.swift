import OutreachCore
import XLSX

/// A payment list (*danh sách chi tiền*) for one per-person budget line: who receives how much, with a
/// column to sign for it, the total as a formula and in words.
public struct PaymentListSheet {
    public var list: NomineeList
    public var item: BudgetEstimate.Item
    /// Whether only confirmed nominees are paid (once anyone is confirmed).
    public var confirmedOnly: Bool
    /// For a sending-unit line, the offices paid it (lodging goes only to the offices the rule names); nil = all.
    public var payingOffices: Set<UnitCode>?

    public static let headings = ["STT", "Họ và tên", "Đơn vị", "Số tiền", "Ký nhận"]

    /// Refuses a line that is not paid per person (hall hire, speakers), which has nobody to list.
    public init(list: NomineeList, estimate: BudgetEstimate, line: Slug) throws(OutreachError) {
        guard let item = estimate.items.first(where: { $0.line.code == line }) else {
            let codes = estimate.items.map(\.line.code.rawValue).joined(separator: ", ")
            throw .invalidValue(field: "--line", value: line.rawValue, reason: LocalizedText(
                vi: "đợt \(list.session.code) không có dòng dự toán này; các dòng: \(codes)",
                en: "session \(list.session.code) has no such budget line; its lines: \(codes)"))
        }
        guard item.line.quantity.isPerPerson else {
            throw .invalidValue(field: "--line", value: line.rawValue, reason: LocalizedText(
                vi: "dòng này không chi theo từng người (số lượng: \(item.line.quantity.text)), không lập danh sách chi tiền được",
                en: "this line is not paid per person (quantity: \(item.line.quantity.text)), so it has no payment list"))
        }
        self.list = list
        self.item = item
        confirmedOnly = estimate.basis == .confirmed
        if item.line.payer == .sendingUnit {
            payingOffices = Set(estimate.offices.filter { $0.items.contains { $0.line.code == line } }.map(\.unit.code))
        }
    }

    /// What each person receives: the unit price, times the days for a per-person-per-day line.
    public var amountPerPerson: Int64 {
        item.line.quantity == .participantDays ? item.unitPrice * Int64(list.session.days) : item.unitPrice
    }

    /// The people paid, in the list's order (by office, then Vietnamese name order).
    public var people: [Nominee] {
        list.allRows.filter { nominee in
            (!confirmedOnly || nominee.nomination.status == .confirmed)
                && (payingOffices?.contains(nominee.nomination.sender) ?? true)
        }
    }

    /// Writes the workbook to `path`.
    public func write(to path: String) throws(OutreachError) {
        let total = try MoneyMath.product(amountPerPerson, Int64(people.count), line: item.line.code)
        let properties = ExportFile.properties(
            title: "Danh sách chi tiền – \(list.session.code)", session: list.session, organiser: list.organiser)
        try ExportFile.write(to: path, properties: properties) { workbook in
            try writeList(try workbook.addWorksheet(named: "Danh sách chi"), total: total)
        }
    }

    private func writeList(_ sheet: Worksheet, total: Int64) throws {
        let style = DocumentStyle()
        var page = try OfficialSheet(sheet: sheet, style: style, widths: [6, 28, 34, 14, 16], landscape: false)
        try page.header(
            parentBody: list.parentBody?.documentHeaderName, issuingBody: list.organiser.documentHeaderName,
            leftColumns: 2)
        try page.title("DANH SÁCH CHI TIỀN", lines: [
            ("\(item.line.name) – \(list.session.title)", true, false),
            ("Thời gian: \(list.session.whenText). Mức chi: \(VietnameseNumber.grouped(amountPerPerson)) đồng/người", false, true),
        ])
        try page.columnHeadings(Self.headings)
        let first = page.row
        let amount = amountPerPerson
        for (index, nominee) in people.enumerated() {
            let unit = list.groups.first { $0.unit.code == nominee.nomination.sender }?.unit.displayName ?? nominee.nomination.sender.rawValue
            try page.tableRow(["\(index + 1)", nominee.person.fullName, unit, nil, nil], minimum: 26) { row in
                try sheet.write(row: row, column: 0, integer: Int64(index + 1), style: style.cell(horizontal: .center))
                try sheet.write(row: row, column: 1, text: nominee.person.fullName, style: style.cell())
                try sheet.write(row: row, column: 2, text: unit, style: style.cell())
                try sheet.write(row: row, column: 3, integer: amount, style: style.number())
                try sheet.write(row: row, column: 4, text: "", style: style.cell())
            }
        }
        let last = page.row - 1
        try page.tableRow([], minimum: 22) { row in
            try sheet.merge(CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 2),
                            text: "Tổng cộng", style: style.cell(bold: true, horizontal: .center))
            try sheet.write(row: row, column: 3, formula: "SUM(D\(first + 1):D\(last + 1))", cachedNumber: Double(total),
                            style: style.number(bold: true))
            try sheet.write(row: row, column: 4, text: "", style: style.cell())
        }
        try page.note("Bằng chữ: \(BudgetEstimate.words(total))", italic: true)
        try page.signatures(place: list.session.place, date: list.session.starts, signers: [
            ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)", 0...1), ("KẾ TOÁN", "(Ký, ghi rõ họ tên)", 2...2),
            ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên, đóng dấu)", 3...4),
        ])
        try page.finishPages()
    }
}
