import OutreachCore
import XLSX

/// A yearly plan as the body issues it (*Kế hoạch*): the Decree 30 header with number and date, the table
/// TT | Nội dung | Đơn vị thực hiện grouped by quarter, the report-back deadlines and the award rule, and the
/// signer; a second sheet lists each duty with the units that owe it.
public struct PlanSheet {
    public var plan: ResolvedPlan
    public var issuer: OrgUnit
    public var parentBody: OrgUnit?
    /// Every unit the plan names, for their names.
    public var units: UnitTree
    /// *Nơi nhận* of the plan as issued, one recipient a line (from the plan's document template,
    /// `Templates/documents/ke-hoach-nam.md`); the plan's units and the archive when nil.
    public var recipients: [String]?

    public init(plan: ResolvedPlan, issuer: OrgUnit, parentBody: OrgUnit?, units: UnitTree, recipients: [String]? = nil) {
        self.plan = plan
        self.issuer = issuer
        self.parentBody = parentBody
        self.units = units
        self.recipients = recipients
    }

    /// The recipients printed beside the signer.
    var recipientLines: [String] { recipients ?? ["Các đơn vị;", "Lưu: VT."] }

    public static let planHeadings = ["TT", "Nội dung", "Đơn vị thực hiện"]
    public static let dutyHeadings = ["TT", "Nội dung phải thực hiện", "Thời hạn", "Đơn vị phải thực hiện", "Số đơn vị"]

    /// Writes the workbook to `path`.
    public func write(to path: String) throws(OutreachError) {
        let properties = ExportFile.properties(
            title: "Kế hoạch \(plan.template.title)", subject: plan.template.title, author: issuer, company: issuer,
            keywords: plan.template.code.rawValue)
        try ExportFile.write(to: path, properties: properties) { workbook in
            try writePlan(try workbook.addWorksheet(named: "Kế hoạch"))
            if !plan.template.duties.isEmpty {
                try writeDuties(try workbook.addWorksheet(named: "Nhiệm vụ báo cáo"))
            }
        }
    }

    private func heading(_ page: inout OfficialSheet, title: String, leftColumns: Int) throws {
        let template = plan.template
        try page.header(
            parentBody: parentBody?.headerAsParent, issuingBody: issuer.documentHeaderName, leftColumns: leftColumns)
        try page.numberAndDate(
            number: template.document?.number, place: template.place, date: template.document?.date,
            leftColumns: leftColumns)
        try page.title(title, lines: [(template.title, true, false)])
    }

    private func writePlan(_ sheet: Worksheet) throws {
        let style = DocumentStyle()
        var page = try OfficialSheet(sheet: sheet, style: style, widths: [6, 44, 48], landscape: false, continues: true)
        page.pageNumbers = .issued
        try heading(&page, title: "KẾ HOẠCH", leftColumns: 2)
        try page.columnHeadings(Self.planHeadings)
        for (quarter, activities) in plan.activitiesByQuarter {
            try page.groupHeading("QUÝ \(RomanNumeral.of(quarter))")
            for activity in activities {
                try page.tableRow(["\(activity.number)", activity.content, activity.responsible], minimum: 20) { sheet, row in
                    try sheet.write(row: row, column: 0, integer: Int64(activity.number), style: style.cell(horizontal: .center))
                    try sheet.write(row: row, column: 1, text: activity.content, style: style.cell())
                    try sheet.write(row: row, column: 2, text: activity.responsible, style: style.cell())
                }
            }
            page.endGroup()
        }
        for line in deadlineLines() {
            try page.note(line.text, italic: line.italic)
        }
        let document = plan.template.document
        try page.signer(
            onBehalf: document?.signerOnBehalf, title: document?.signerTitle, name: document?.signer, columns: 2...2,
            recipients: recipientLines)
        try page.finishPages()
    }

    /// The deadlines and the award rule under the table, as part IV of the plan words them.
    func deadlineLines() -> [(text: String, italic: Bool)] {
        guard !plan.template.duties.isEmpty else { return [] }
        var lines: [(String, Bool)] = [("Thời hạn báo cáo:", false)]
        for duty in plan.template.duties where duty.printed {
            lines.append(("- \(duty.title): " + Self.dueWords(duty) + ";", false))
        }
        if let note = plan.template.awardRule?.note {
            lines.append(("Lưu ý: \(note)", true))
        }
        return lines
    }

    /// "chậm nhất ngày 10/06/2022", or for a recurring duty its periods and their days: "định kỳ 6 tháng: 6 tháng
    /// đầu năm 2021 chậm nhất ngày 15/07/2021, …".
    static func dueWords(_ duty: PlanDuty) -> String {
        guard let recurs = duty.recurs else { return "chậm nhất ngày \(VietnameseDate.numeric(duty.due))" }
        return "định kỳ \(recurs.every.name(.vi)): " + recurs.schedule.map { period, due in
            "\(period.name(.vi)) chậm nhất ngày \(due.map(VietnameseDate.numeric) ?? "…")"
        }.joined(separator: ", ")
    }

    private func writeDuties(_ sheet: Worksheet) throws {
        let style = DocumentStyle()
        var page = try OfficialSheet(sheet: sheet, style: style, widths: [5, 36, 12, 46, 9], landscape: true, continues: true)
        page.pageNumbers = .issued
        try heading(&page, title: "CÁC NỘI DUNG ĐƠN VỊ PHẢI BÁO CÁO", leftColumns: 2)
        try page.columnHeadings(Self.dutyHeadings)
        for (index, duty) in plan.template.duties.enumerated() {
            let owing = plan.owing[index]
            let names = owing.map { units[$0]?.displayName ?? $0.rawValue }.joined(separator: "; ")
            let due = duty.recurs == nil ? VietnameseDate.numeric(duty.due) : Self.dueWords(duty)
            try page.tableRow(["\(index + 1)", duty.title, due, names, "\(owing.count)"], minimum: 22) { sheet, row in
                try sheet.write(row: row, column: 0, integer: Int64(index + 1), style: style.cell(horizontal: .center))
                try sheet.write(row: row, column: 1, text: duty.title, style: style.cell())
                try sheet.write(row: row, column: 2, text: due, style: style.cell(horizontal: .center))
                try sheet.write(row: row, column: 3, text: names, style: style.cell())
                try sheet.write(row: row, column: 4, integer: Int64(owing.count), style: style.number())
            }
        }
        if let note = plan.template.awardRule?.note {
            try page.note("Lưu ý: \(note)", italic: true)
        }
        let document = plan.template.document
        try page.signer(
            onBehalf: document?.signerOnBehalf, title: document?.signerTitle, name: document?.signer, columns: 3...4)
        try page.finishPages()
    }
}
