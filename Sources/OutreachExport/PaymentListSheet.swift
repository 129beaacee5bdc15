import OutreachCore
import XLSX

/// A payment list (*danh sách chi tiền*) for one per-person budget line: who receives how much, with a column
/// for each recipient to sign, the total as a formula and in words.
///
/// Once attendance is recorded it pays the people who came (present or late, walk-ins included), each for what
/// they attended: a per-day line counts the days each person came, as the settlement counts them
/// (`BudgetStatement.attendedQuantity`). Before that it is the estimate's list, titled "(DỰ KIẾN)": the confirmed
/// nominees (everyone nominated while nobody is confirmed) for every day of the session.
public struct PaymentListSheet {
    public var list: NomineeList
    public var item: BudgetEstimate.Item
    /// Who came; nil while no attendance is recorded (the list is then a forecast).
    public var attendees: Attendees?
    /// The people paid, by office in the list's order, then Vietnamese name order.
    public private(set) var payments: [Payment]
    /// What the list pays in all.
    public private(set) var total: Int64

    /// One recipient.
    public struct Payment: Sendable {
        public var nominee: Nominee
        /// The sending office's name, as the list shows it.
        public var office: String
        /// The days paid for a per-day line; 1 for a per-person line.
        public var quantity: Int64
        public var amount: Int64
    }

    public static let headings = ["STT", "Họ và tên", "Đơn vị", "Số tiền", "Ký nhận"]
    /// The headings of a per-day line (per diem, lodging): the days and the daily rate before the amount.
    public static let perDayHeadings = ["STT", "Họ và tên", "Đơn vị", "Số ngày", "Mức chi (đồng/ngày)", "Số tiền", "Ký nhận"]
    /// The title; a forecast adds " (DỰ KIẾN)".
    public static let title = "DANH SÁCH CHI TIỀN"

    /// Refuses a line that is not paid per person (hall hire, speakers), which has nobody to list. A sending-unit
    /// line pays only the offices it applies to: lodging only the offices the session's distance rule pays.
    public init(
        list: NomineeList, estimate: BudgetEstimate, line: Slug, attendees: Attendees? = nil
    ) throws(OutreachError) {
        guard let item = estimate.items.first(where: { $0.line.code == line }) else {
            let codes = estimate.items.map(\.line.code.rawValue).joined(separator: ", ")
            throw .unknownValue(field: "--line", value: line.rawValue, reason: LocalizedText { $0.sessionCodeHasNoSuch(list.session.code, codes) })
        }
        guard item.line.quantity.isPerPerson else {
            throw .invalidValue(field: "--line", value: line.rawValue, reason: LocalizedText { $0.thisLineIsNotPaid(item.line.quantity.text) })
        }
        self.list = list
        self.item = item
        self.attendees = attendees
        let offices = Dictionary(list.groups.enumerated().map { ($1.unit.code, (index: $0, unit: $1.unit)) },
                                 uniquingKeysWith: { a, _ in a })
        let budget = list.session.budget
        func paid(_ nominee: Nominee) -> Bool {
            guard item.line.payer == .sendingUnit else { return true }
            guard let office = offices[nominee.nomination.sender] else { return false }
            return budget?.applies(item.line, to: office.unit) ?? item.line.applies(lodges: false)
        }
        var people: [(Nominee, OfficeAttendance)]
        if let attendees {
            // The list's order: office, then Vietnamese name order, then the person, as the nominee list sorts.
            people = attendees.people.compactMap { nominee in attendees.came[nominee.nomination.id].map { (nominee, $0) } }
                .map { (key: (offices[$0.0.nomination.sender]?.index ?? .max, PersonName($0.0.person.fullName).sortKey()), entry: $0) }
                .sorted { lhs, rhs in
                    if lhs.key.0 != rhs.key.0 { return lhs.key.0 < rhs.key.0 }
                    if lhs.key.1 != rhs.key.1 { return lhs.key.1 < rhs.key.1 }
                    return lhs.entry.0.nomination.id < rhs.entry.0.nomination.id
                }
                .map(\.entry)
        } else {
            let confirmedOnly = estimate.basis == .confirmed
            let expected = OfficeAttendance(people: 1, personDays: Int64(list.session.days))
            people = list.allRows.filter { !confirmedOnly || $0.nomination.status == .confirmed }.map { ($0, expected) }
        }
        var payments: [Payment] = []
        for (nominee, came) in people where paid(nominee) {
            let lodges = offices[nominee.nomination.sender].map { budget?.lodges($0.unit) ?? false } ?? false
            let quantity = BudgetStatement.attendedQuantity(item.line, came, lodges: lodges) ?? 1
            payments.append(Payment(
                nominee: nominee,
                office: offices[nominee.nomination.sender]?.unit.displayName ?? nominee.nomination.sender.rawValue,
                quantity: quantity, amount: try MoneyMath.product(quantity, item.unitPrice, line: item.line.code)))
        }
        self.payments = payments
        total = try MoneyMath.sum(payments.map(\.amount), what: item.line.code.rawValue)
    }

    /// The people paid, in the list's order.
    public var people: [Nominee] { payments.map(\.nominee) }
    /// Whether the list is the estimate's (no attendance recorded yet).
    public var isForecast: Bool { attendees == nil }
    /// Whether the line is paid per day, so the list shows each person's days and the daily rate.
    public var perDay: Bool { item.line.quantity == .participantDays }

    /// Writes the workbook to `path`.
    public func write(to path: String) throws(OutreachError) {
        let properties = ExportFile.properties(
            title: "Danh sách chi tiền – \(list.session.code)", session: list.session, organiser: list.organiser)
        try ExportFile.write(to: path, properties: properties) { workbook in
            try writeList(try workbook.addWorksheet(named: "Danh sách chi"))
        }
    }

    /// The line under the title saying whom the list pays.
    var basisLine: String {
        if attendees != nil {
            return "Theo số người thực tế tham dự (điểm danh): \(payments.count) người"
                + (perDay ? ", \(VietnameseNumber.grouped(payments.reduce(0) { $0 + $1.quantity })) ngày-người" : "")
        }
        return "Danh sách dự kiến theo các đại biểu được cử, chưa có điểm danh: \(payments.count) người. "
            + "Chi theo số người thực tế tham dự sau khi điểm danh."
    }

    private func writeList(_ sheet: Worksheet) throws {
        let style = DocumentStyle()
        let widths: [Double] = perDay ? [5, 26, 30, 8, 12, 14, 14] : [6, 28, 34, 14, 16]
        let headings = perDay ? Self.perDayHeadings : Self.headings
        let amountColumn = perDay ? 5 : 3
        // A list of any length: past `OfficialSheet.breaksPerSheet` page breaks it goes on to "Danh sách chi (2)",
        // numbering on, and the total sums the amounts on every sheet (`cells`).
        var page = try OfficialSheet(sheet: sheet, style: style, widths: widths, landscape: false, continues: true)
        try page.header(
            parentBody: list.parentBody?.headerAsParent, issuingBody: list.organiser.documentHeaderName,
            leftColumns: 2)
        let rate = "\(VietnameseNumber.grouped(item.unitPrice)) đồng/người" + (perDay ? "/ngày" : "")
        try page.title(isForecast ? "\(Self.title) (DỰ KIẾN)" : Self.title, lines: [
            ("\(item.line.name) – \(list.session.title)", true, false),
            ("Thời gian: \(list.session.whenText). Mức chi: \(rate)", false, true),
            (basisLine, false, true),
        ])
        try page.columnHeadings(headings)
        let first = page.mark
        for (index, payment) in payments.enumerated() {
            var texts: [String?] = ["\(index + 1)", payment.nominee.person.fullName, payment.office]
            texts += Array(repeating: nil, count: headings.count - 3)
            try page.tableRow(texts, minimum: 26) { sheet, row in
                try sheet.write(row: row, column: 0, integer: Int64(index + 1), style: style.cell(horizontal: .center))
                try sheet.write(row: row, column: 1, text: payment.nominee.person.fullName, style: style.cell())
                try sheet.write(row: row, column: 2, text: payment.office, style: style.cell())
                if perDay {
                    try sheet.write(row: row, column: 3, integer: payment.quantity, style: style.number())
                    try sheet.write(row: row, column: 4, integer: item.unitPrice, style: style.number())
                    try sheet.write(row: row, column: 5, formula: "D\(row + 1)*E\(row + 1)",
                                    cachedNumber: Double(payment.amount), style: style.number())
                } else {
                    try sheet.write(row: row, column: 3, integer: payment.amount, style: style.number())
                }
                try sheet.write(row: row, column: amountColumn + 1, text: "", style: style.cell())
            }
        }
        if payments.isEmpty {
            // Nobody to pay: one row saying so, so the total's range is a real one and sums to 0.
            try page.tableRow([], minimum: 22) { sheet, row in
                try sheet.merge(CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: headings.count - 1),
                                text: "Không có người nào được chi khoản này", style: style.cell(italic: true, horizontal: .center))
            }
        }
        let days = page.cells("D", from: first)
        let amounts = page.cells(perDay ? "F" : "D", from: first)
        try page.tableRow([], minimum: 22, closing: true) { sheet, row in
            try sheet.merge(CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 2),
                            text: "Tổng cộng", style: style.cell(bold: true, horizontal: .center))
            if perDay {
                try sheet.write(row: row, column: 3, formula: "SUM(\(days.reference(on: sheet)))",
                                cachedNumber: Double(payments.reduce(Int64(0)) { $0 + $1.quantity }),
                                style: style.number(bold: true))
                try sheet.write(row: row, column: 4, text: "", style: style.cell())
            }
            try sheet.write(row: row, column: amountColumn, formula: "SUM(\(amounts.reference(on: sheet)))",
                            cachedNumber: Double(total), style: style.number(bold: true))
            try sheet.write(row: row, column: amountColumn + 1, text: "", style: style.cell())
        }
        try page.note("Bằng chữ: \(BudgetEstimate.words(total))", italic: true)
        let right = headings.count - 1
        try page.signatures(place: list.session.place, date: list.session.starts, signers: [
            ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)", 0...1), ("KẾ TOÁN", "(Ký, ghi rõ họ tên)", 2...(right - 2)),
            ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên, đóng dấu)", (right - 1)...right),
        ])
        try page.finishPages()
    }
}
