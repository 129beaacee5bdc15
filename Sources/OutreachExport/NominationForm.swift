import Foundation
import OutreachCore
import XLSX

/// The nomination form (*phiếu đăng ký đại biểu*) sent to one invited office: one row per quota place,
/// prefilled with who is already nominated, input cells unlocked and validated, everything else protected,
/// an instruction sheet, and a hidden sheet of markers a later import checks before trusting the file.
///
/// The hidden sheet `_outreach` holds, in column B: the schema version (B1), the session code (B2), the
/// unit code (B3), the form sheet's name (B4), the first data row in Excel's 1-based numbering (B5) and
/// the number of rows (B6); from row 9 one line per form row: its Excel row, slot id, the prefilled
/// nomination id (blank when none) and the slot's role codes. Workbook names point at them
/// (`outreach_schema`, `outreach_session`, `outreach_unit`, `outreach_sheet`, `outreach_first_row`,
/// `outreach_rows_count`; `outreach_rows` for the per-row table; `outreach_roles_<slot id>` for each slot's
/// role names, from row 9 in columns F onward), so the import need not know the layout.
public struct NominationForm {
    public var list: NomineeList
    public var quota: UnitQuota
    /// The body above the office, printed over its name in the header: the office returns the form as its own.
    public var officeParent: OrgUnit?
    /// The place in the office's date line ("Bát Xát, ngày … tháng … năm …"); the session's place when nil.
    public var officePlace: String?

    /// The form of `quota`'s office; `list` must include offices that sent nobody (`includeEmptyGroups`).
    public init(list: NomineeList, quota: UnitQuota, officeParent: OrgUnit? = nil, officePlace: String? = nil) {
        self.list = list
        self.quota = quota
        self.officeParent = officeParent
        self.officePlace = officePlace
    }

    public static let schemaVersion = 1
    public static let formSheet = "Phiếu đăng ký"
    public static let instructionSheet = "Hướng dẫn"
    public static let markerSheet = "_outreach"
    public static let title = "PHIẾU ĐĂNG KÝ ĐẠI BIỂU THAM DỰ"
    public static let headings = [
        "STT", "Vai trò", "Họ và tên", "Giới tính", "Năm sinh", "Chức vụ", "Nơi công tác", "Số điện thoại", "Email",
        "Ghi chú",
    ]
    /// Chức vụ and Nơi công tác as wide as the usual positions and schools ("Tổ trưởng chuyên môn", "PTDTBT
    /// TH&THCS Mường Hum") print on one line; Email and Ghi chú, mostly empty, narrower.
    public static let widths: [Double] = [5, 17, 22, 7, 7, 20, 28, 13, 15, 10]
    /// The form prints on one landscape page when its rows at their real heights (one line of 12-point text is a
    /// 20-point row, each further line 15 more; the form is filled in the workbook, so a blank row needs no room
    /// for handwriting), with the header, the title lines, the note and the signatures, fit on the page at a print
    /// scale of at least this (12-point text printing at 7.4 points, as Excel's "fit to one page" would print it;
    /// see `chosenWidths`); a longer form keeps the width-filling scale and runs over pages as any list, its
    /// column headings repeated.
    public static let onePageMinimumScale = 62
    /// The height of a table row holding one line of text.
    static let rowMinimum = 20.0
    /// The row of the marker sheet (0-based) where the per-row markers start.
    static let markerFirstRow = 8

    /// One place of the quota, with the nomination already filling it, if any.
    public struct Place: Sendable {
        public var slot: QuotaSlot
        public var nominee: Nominee?
    }

    /// The places in slot order; a slot holding more nominations than places (a lowered quota) gets a row each.
    public var places: [Place] {
        let rows = list.groups.first { $0.unit.code == quota.unit }?.rows ?? []
        return quota.slots.sorted { $0.index < $1.index }.flatMap { slot in
            let filled = rows.filter { $0.nomination.slotID == slot.id }
            return (0..<max(slot.rule.count, filled.count)).map {
                Place(slot: slot, nominee: $0 < filled.count ? filled[$0] : nil)
            }
        }
    }

    /// The office, looked up in the list.
    var unit: OrgUnit? { list.groups.first { $0.unit.code == quota.unit }?.unit }

    /// The quota in words: "Định mức: 4 người gồm 01 Lãnh đạo, …, 02 Cán bộ quản lý hoặc Giáo viên (cán bộ của đơn vị trực thuộc)".
    public var quotaText: String {
        let parts = quota.slots.sorted { $0.index < $1.index }.map { slot in
            let roles = slot.rule.roles.map { list.session.role($0)?.name ?? $0.rawValue }.joined(separator: " hoặc ")
            let source = slot.rule.source == .subordinate ? " (\(slot.rule.source.label.vi))" : ""
            return String(format: "%02d ", slot.rule.count) + roles + source
        }
        return "Định mức: \(quota.required) người gồm " + parts.joined(separator: ", ")
    }

    /// The role names a slot accepts, as offered in its dropdown.
    func roleNames(_ slot: QuotaSlot) -> [String] {
        slot.rule.roles.map { list.session.role($0)?.name ?? $0.rawValue }
    }

    /// Whether a role list can be written as a literal dropdown list (Excel's 255-byte limit, no commas or quotes).
    static func fitsLiteralList(_ names: [String]) -> Bool {
        names.joined(separator: ",").utf8.count <= 255 && !names.contains { $0.contains(",") || $0.contains("\"") }
    }

    /// Writes the workbook to `path`.
    public func write(to path: String) throws(OutreachError) {
        guard let unit else { throw .notInvited(unit: quota.unit.rawValue, session: list.session.code.rawValue) }
        let properties = ExportFile.properties(
            title: "Phiếu đăng ký đại biểu – \(unit.name)", session: list.session, organiser: list.organiser)
        try ExportFile.write(to: path, properties: properties) { workbook in
            let form = try workbook.addWorksheet(named: Self.formSheet)
            let guide = try workbook.addWorksheet(named: Self.instructionSheet)
            let markers = try workbook.addWorksheet(named: Self.markerSheet)
            let (firstRow, places) = try writeForm(form, unit: unit, workbook: workbook)
            try writeGuide(guide)
            try writeMarkers(markers, workbook: workbook, firstRow: firstRow, places: places)
            try markers.hide()
        }
    }

    // MARK: - The form

    private func writeForm(_ sheet: Worksheet, unit: OrgUnit, workbook: Workbook) throws -> (Int, [Place]) {
        let (page, firstRow, places) = try layOut(sheet, unit: unit, widths: try chosenWidths(unit: unit))
        try page.finishPages()
        try addValidations(sheet, firstRow: firstRow, places: places)
        try sheet.protect(allowing: ProtectionOptions(formatColumns: true, formatRows: true))
        return (firstRow, places)
    }

    /// The column widths the form is printed with. One landscape page where it fits (an office of 15 places
    /// included): `widths` when the form fits on a page with them (at the scale that fills the page's width, or
    /// lowered to `onePageMinimumScale`, see `OfficialSheet.onePageMinimumScale`); else, when it then fits,
    /// the text columns widened to fill the page's width at about that minimum scale, so that long positions and
    /// schools wrap less and the rows take fewer lines; else `widths`, over as many pages as it takes. Each
    /// candidate is measured by laying the form out on a scratch workbook, discarded unwritten.
    func chosenWidths(unit: OrgUnit) throws -> [Double] {
        func fitsOnePage(_ widths: [Double]) throws -> Bool {
            let scratch = try Workbook(
                path: FileManager.default.temporaryDirectory.appendingPathComponent("outreach-form-\(UUID().uuidString).xlsx").path,
                options: Workbook.Options(defaultFont: Workbook.Font(name: DocumentStyle.font, size: 11)))
            return try layOut(try scratch.addWorksheet(named: Self.formSheet), unit: unit, widths: widths).page.printsOnOnePage
        }
        if try fitsOnePage(Self.widths) { return Self.widths }
        let widened = Self.widenedWidths
        return try fitsOnePage(widened) ? widened : Self.widths
    }

    /// `widths` with the text columns (role, name, position, workplace, email, note) widened so the table fills
    /// the landscape page's width at two points above `onePageMinimumScale`.
    static var widenedWidths: [Double] {
        let text: Set<Int> = [1, 2, 5, 6, 8, 9]
        let margins = OfficialSheet.margins
        let pixels = (297.0 - margins.left - margins.right) / 25.4 * 96 * 100 / Double(onePageMinimumScale + 3)
        // A column of width w prints w × 8 + 5 pixels (`OfficialSheet.millimetres`).
        let fixed = widths.enumerated().reduce(0.0) { $0 + 5 + (text.contains($1.offset) ? 0 : $1.element * 8) }
        let factor = (pixels - fixed) / (8 * widths.enumerated().filter { text.contains($0.offset) }.reduce(0) { $0 + $1.element })
        return widths.enumerated().map { text.contains($0.offset) ? ($0.element * factor * 10).rounded(.down) / 10 : $0.element }
    }

    /// Lays the form out on `sheet` with these column widths, up to its signatures: the page to finish, the
    /// first row of places and the places.
    private func layOut(_ sheet: Worksheet, unit: OrgUnit, widths: [Double]) throws -> (page: OfficialSheet, firstRow: Int, places: [Place]) {
        let style = DocumentStyle()
        let session = list.session
        var page = try OfficialSheet(sheet: sheet, style: style, widths: widths, landscape: true)
        page.onePageMinimumScale = Self.onePageMinimumScale
        // The office fills, signs and returns the form: its own name heads it, as on any document it sends.
        try page.header(
            parentBody: officeParent?.headerAsParent, issuingBody: unit.documentHeaderName, leftColumns: 4)
        var lines: [(text: String, bold: Bool, italic: Bool)] = [
            (session.title, true, false),
            ("Thời gian: \(session.whenText). Địa điểm: \(session.venue)", false, true),
            ("Đơn vị: \(unit.name)", true, false),
            (quotaText, false, false),
        ]
        if let deadline = session.nominationDeadline {
            lines.append(("Hạn gửi: \(VietnameseDate.numeric(deadline))", true, false))
        }
        try page.title(Self.title, lines: lines)
        try page.columnHeadings(Self.headings)
        let firstRow = page.row
        let places = self.places
        var input = style.cell()
        input.locked = false
        var phoneStyle = input
        phoneStyle.numberFormat = "@"
        var centredInput = style.cell(horizontal: .center)
        centredInput.locked = false
        for (number, place) in places.enumerated() {
            let nominee = place.nominee
            let role = nominee.map { session.role($0.nomination.role)?.name ?? $0.nomination.role.rawValue }
                ?? (place.slot.rule.roles.count == 1 ? roleNames(place.slot)[0] : "")
            let values: [(Int, String, CellStyle)] = [
                (1, role, centredInput),
                (2, nominee?.person.fullName ?? "", input),
                (3, "", centredInput),
                (4, "", centredInput),
                (5, nominee?.person.position ?? "", input),
                (6, nominee?.workplace ?? "", input),
                (7, nominee?.person.phone ?? "", phoneStyle),
                (8, nominee?.person.email ?? "", input),
                (9, nominee?.nomination.note ?? "", input),
            ]
            try page.tableRow(["\(number + 1)"] + values.map(\.1), minimum: Self.rowMinimum) { row in
                try sheet.write(row: row, column: 0, integer: Int64(number + 1), style: style.cell(horizontal: .center))
                for (column, text, cellStyle) in values {
                    if text.isEmpty {
                        try sheet.writeBlank(row: row, column: column, style: cellStyle)
                    } else {
                        try sheet.write(row: row, column: column, text: text, style: cellStyle)
                    }
                }
            }
        }
        try page.note("Ghi chú: chỉ điền vào các ô có viền trong bảng; không sửa các ô bị khóa, không đổi tên sheet.",
                      italic: true)
        // Dated and signed by the office: the day is left blank for it to write.
        try page.signatures(place: officePlace ?? session.place, date: nil, signers: [
            ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)", 0...4),
            ("THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên, đóng dấu)", 5...(Self.widths.count - 1)),
        ])
        return (page, firstRow, places)
    }

    /// Role dropdowns per slot, then gender, birth year and phone rules over all rows.
    private func addValidations(_ sheet: Worksheet, firstRow: Int, places: [Place]) throws {
        guard !places.isEmpty else { return }
        let lastRow = firstRow + places.count - 1
        func column(_ index: Int, _ first: Int = firstRow, _ last: Int? = nil) -> CellRange {
            CellRange(firstRow: first, firstColumn: index, lastRow: last ?? lastRow, lastColumn: index)
        }
        var start = firstRow
        for (offset, place) in places.enumerated() {
            let isLastOfSlot = offset == places.count - 1 || places[offset + 1].slot.id != place.slot.id
            guard isLastOfSlot else { continue }
            let names = roleNames(place.slot)
            let rule: DataValidation.Rule = Self.fitsLiteralList(names)
                ? .list(names) : .listFormula("=\(Self.roleListName(place.slot))")
            // Long role names would overflow the 255-character prompt; the dropdown still shows them.
            let listed = "Chọn vai trò trong danh sách: " + names.joined(separator: "; ") + "."
            let prompt = listed.unicodeScalars.count <= 255 ? listed : "Chọn vai trò trong danh sách thả xuống."
            try sheet.addValidation(column(1, start, firstRow + offset), DataValidation(
                rule, inputTitle: "Vai trò", inputMessage: prompt,
                errorTitle: "Vai trò không hợp lệ",
                errorMessage: "Chỉ chọn một vai trò trong danh sách thả xuống của dòng này."))
            start = firstRow + offset + 1
        }
        try sheet.addValidation(column(3), DataValidation(
            .list(["Nam", "Nữ"]), inputTitle: "Giới tính", inputMessage: "Chọn Nam hoặc Nữ.",
            errorTitle: "Giới tính không hợp lệ", errorMessage: "Chỉ chọn Nam hoặc Nữ."))
        let lastYear = list.session.starts.year - 18
        try sheet.addValidation(column(4), DataValidation(
            .wholeNumber(1940...lastYear), inputTitle: "Năm sinh",
            inputMessage: "Nhập năm sinh gồm 4 chữ số, từ 1940 đến \(lastYear).",
            errorTitle: "Năm sinh không hợp lệ", errorMessage: "Năm sinh phải là số nguyên từ 1940 đến \(lastYear)."))
        let phone = CellReference(row: firstRow, column: 7).a1
        try sheet.addValidation(column(7), DataValidation(
            .custom("AND(LEN(\(phone))>=10,LEN(\(phone))<=11,LEFT(\(phone),1)=\"0\",ISNUMBER(--\(phone)))"),
            inputTitle: "Số điện thoại", inputMessage: "Nhập 10 hoặc 11 chữ số, bắt đầu bằng 0, không có dấu cách.",
            errorTitle: "Số điện thoại không hợp lệ",
            errorMessage: "Số điện thoại gồm 10 hoặc 11 chữ số và bắt đầu bằng số 0, ví dụ 0912345678."))
    }

    /// The workbook name of a slot's role list on the marker sheet.
    static func roleListName(_ slot: QuotaSlot) -> String { "outreach_roles_\(slot.id)" }

    // MARK: - The instructions

    private func writeGuide(_ sheet: Worksheet) throws {
        let style = DocumentStyle()
        let session = list.session
        // 75 units print about 160 mm: the width of A4 portrait inside Decree 30 margins, at 100 %.
        let width = 75.0
        try sheet.setColumnWidth(0...0, width: width)
        var lines: [(String, Bool)] = [
            ("HƯỚNG DẪN ĐIỀN PHIẾU ĐĂNG KÝ ĐẠI BIỂU", true),
            (session.title, false),
            ("", false),
            ("1. Điền vào sheet \"\(Self.formSheet)\": mỗi dòng là một chỗ trong định mức của đơn vị. "
                + "Các dòng đã có tên là đại biểu đơn vị đã đăng ký; kiểm tra và sửa nếu cần.", false),
            ("2. Chỉ điền vào các ô của bảng (từ cột Vai trò đến cột Ghi chú). Các ô khác bị khóa.", false),
            ("3. Ý nghĩa các cột:", true),
            ("   - Vai trò: chọn trong danh sách thả xuống; mỗi dòng chỉ nhận các vai trò của chỗ đó.", false),
            ("   - Họ và tên: viết đầy đủ, có dấu (ví dụ: Giàng A Páo).", false),
            ("   - Giới tính: chọn Nam hoặc Nữ.", false),
            ("   - Năm sinh: 4 chữ số, từ 1940 đến \(session.starts.year - 18).", false),
            ("   - Chức vụ: chức vụ hiện tại (ví dụ: Phó Trưởng phòng, Giáo viên).", false),
            ("   - Nơi công tác: tên đơn vị nơi đại biểu đang công tác (trường, phòng…).", false),
            ("   - Số điện thoại: 10 hoặc 11 chữ số, bắt đầu bằng số 0, không có dấu cách.", false),
            ("   - Email: địa chỉ thư điện tử để nhận tài liệu (nếu có).", false),
            ("   - Ghi chú: thông tin khác cần báo cho đơn vị tổ chức.", false),
            ("4. Không sửa các ô bị khóa, không đổi tên sheet, không thêm hoặc xóa dòng, cột: "
                + "tệp sẽ được nhập lại tự động.", true),
        ]
        if let deadline = session.nominationDeadline {
            lines.append(("5. Hạn gửi: \(VietnameseDate.numeric(deadline)). Gửi lại chính tệp này (định dạng .xlsx).", true))
        }
        for (row, line) in lines.enumerated() {
            let height = Double(OfficialSheet.lines(line.0, width: width, size: style.headerSize)) * 18 + 2
            try sheet.setRowHeight(row, height: height)
            try sheet.write(row: row, column: 0, text: line.0, style: style.text(size: style.headerSize, bold: line.1))
        }
        var setup = PageSetup()
        setup.paper = .a4
        setup.orientation = .portrait
        setup.margins = OfficialSheet.margins
        try sheet.pageSetup(setup)
        try sheet.protect(allowing: ProtectionOptions(formatColumns: true, formatRows: true))
    }

    // MARK: - The markers

    private func writeMarkers(_ sheet: Worksheet, workbook: Workbook, firstRow: Int, places: [Place]) throws {
        let facts: [(String, String)] = [
            ("schema", "\(Self.schemaVersion)"), ("session", list.session.code.rawValue), ("unit", quota.unit.rawValue),
            ("sheet", Self.formSheet), ("first_row", "\(firstRow + 1)"), ("rows", "\(places.count)"),
        ]
        let names = ["schema", "session", "unit", "sheet", "first_row", "rows_count"]
        for (row, fact) in facts.enumerated() {
            try sheet.write(row: row, column: 0, text: fact.0)
            if let number = Int64(fact.1) {
                try sheet.write(row: row, column: 1, integer: number)
            } else {
                try sheet.write(row: row, column: 1, text: fact.1)
            }
            try workbook.defineName(
                "outreach_\(names[row])", range: CellRange(firstRow: row, firstColumn: 1, lastRow: row, lastColumn: 1),
                sheet: Self.markerSheet)
        }
        for (column, heading) in ["row", "slot_id", "nomination_id", "role_codes"].enumerated() {
            try sheet.write(row: Self.markerFirstRow - 1, column: column, text: heading)
        }
        for (offset, place) in places.enumerated() {
            let row = Self.markerFirstRow + offset
            try sheet.write(row: row, column: 0, integer: Int64(firstRow + offset + 1))
            try sheet.write(row: row, column: 1, integer: place.slot.id)
            if let nomination = place.nominee?.nomination.id {
                try sheet.write(row: row, column: 2, integer: nomination)
            }
            try sheet.write(row: row, column: 3, text: place.slot.rule.roles.map(\.rawValue).joined(separator: "/"))
        }
        if !places.isEmpty {
            try workbook.defineName(
                "outreach_rows",
                range: CellRange(firstRow: Self.markerFirstRow, firstColumn: 0,
                                 lastRow: Self.markerFirstRow + places.count - 1, lastColumn: 3),
                sheet: Self.markerSheet)
        }
        // Each slot's role names in a column of their own, for dropdowns too long for a literal list.
        for (index, slot) in quota.slots.sorted(by: { $0.index < $1.index }).enumerated() {
            let column = 5 + index
            try sheet.write(row: Self.markerFirstRow - 1, column: column, integer: slot.id)
            let names = roleNames(slot)
            for (offset, name) in names.enumerated() {
                try sheet.write(row: Self.markerFirstRow + offset, column: column, text: name)
            }
            try workbook.defineName(
                Self.roleListName(slot),
                range: CellRange(firstRow: Self.markerFirstRow, firstColumn: column,
                                 lastRow: Self.markerFirstRow + names.count - 1, lastColumn: column),
                sheet: Self.markerSheet)
        }
    }
}

extension NominationForm {
    /// The form of the office `quota` is for, with its parent body and place from the unit tree.
    public init(list: NomineeList, quota: UnitQuota, units: UnitTree) {
        let office = units[quota.unit]
        self.init(
            list: list, quota: quota, officeParent: office?.parent.flatMap { units[$0] },
            officePlace: office.flatMap { units.placeName(of: $0) })
    }
}
