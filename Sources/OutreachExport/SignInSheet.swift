import OutreachCore
import XLSX

/// The sign-in sheet (*danh sách ký tên*): one row per nominee, grouped by sending office, ready to print on A4.
public struct SignInSheet {
    public var list: NomineeList
    /// One numbered list without office headings.
    public var flat: Bool
    /// Empty numbered rows at the end for people who come without being on the list.
    public var blankRows: Int
    /// How ties on the given name are broken in the flat list (the grouped list comes sorted).
    public var nameOrder: NameOrder

    public init(list: NomineeList, flat: Bool = false, blankRows: Int = 5, nameOrder: NameOrder = .givenThenFamily) {
        self.list = list
        self.flat = flat
        self.blankRows = blankRows
        self.nameOrder = nameOrder
    }

    /// The column headings, in print order.
    public static let headings = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Số điện thoại", "Ký tên", "Ghi chú"]

    /// Writes the workbook to `path`.
    public func write(to path: String) throws(OutreachError) {
        let session = list.session
        let properties = ExportFile.properties(
            title: "Danh sách ký tên – \(session.code)", session: session, organiser: list.organiser)
        // Streamed: every row is written in order, so a list of any size is written in flat memory.
        try ExportFile.write(to: path, properties: properties, streamed: true) { workbook in
            // A session of several parts (a morning and an afternoon, or several days) signs in again at every
            // part: one sheet per half-day or day, named after it and naming it in its heading, so each
            // printout says which it is and `attendance import` knows the part from the sheet.
            let parts: [SessionPart?] = session.parts.count > 1 ? session.parts : [nil]
            for part in parts {
                try writeSheet(try workbook.addWorksheet(named: Self.sheetName(for: part)), part: part)
            }
        }
    }

    /// "Danh sách ký tên" for a session of one part; "Sáng 10-05", "Chiều 10-05" or "Ngày 10-05" per part otherwise
    /// (a sheet name cannot hold "/").
    static func sheetName(for part: SessionPart?) -> String {
        guard let part else { return "Danh sách ký tên" }
        return part.label(.vi).replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: "-\(part.date.year)", with: "")
    }

    private func writeSheet(_ sheet: Worksheet, part: SessionPart?) throws {
        let session = list.session
        // Room to sign: "Ký tên" is the widest column after the name and the office, and "Ghi chú" keeps its
        // heading on one line; names and offices wrap onto the rows' second line when they must.
        var page = try OfficialSheet(
            sheet: sheet, style: DocumentStyle(), widths: [5, 20, 14, 19, 12.5, 15, 9], landscape: false, continues: true)
        try page.header(
            parentBody: list.parentBody?.headerAsParent, issuingBody: list.organiser.documentHeaderName,
            leftColumns: 3)
        var lines: [(text: String, bold: Bool, italic: Bool)] = [
            (session.title, true, false),
            ("Thời gian: \(session.whenText). Địa điểm: \(session.venue)", false, true),
        ]
        if let part { lines.append(("Buổi: \(part.label(.vi))", true, false)) }
        try page.title("DANH SÁCH ĐẠI BIỂU THAM DỰ", lines: lines)
        try page.columnHeadings(Self.headings)
        var number = 0
        // The two cell styles made once per sheet, not per cell; each row reads its nominee in place (a copy of a
        // nominee retains its dozen strings).
        let styles = RowStyles(plain: page.style.cell(), centred: page.style.cell(horizontal: .center))
        if flat {
            let people = list.alphabetical(nameOrder: nameOrder)
            for index in people.indices {
                number += 1
                try writeRow(&page, number: number, person: Self.printed(people[index]), styles: styles)
            }
        } else {
            for (blockIndex, block) in list.blocks.enumerated() {
                try page.groupHeading("\(RomanNumeral.of(blockIndex + 1)). \(VietnameseText.uppercased(block.label))")
                for (groupIndex, group) in block.groups.enumerated() {
                    try page.subgroupHeading("\(groupIndex + 1). \(group.unit.name)")
                    for index in group.rows.indices {
                        number += 1
                        try writeRow(&page, number: number, person: Self.printed(group.rows[index]), styles: styles)
                    }
                }
            }
        }
        if blankRows > 0 {
            if flat { page.endGroup() } else {
                try page.groupHeading("\(RomanNumeral.of(list.blocks.count + 1)). ĐẠI BIỂU BỔ SUNG")
            }
            for _ in 0..<blankRows {
                number += 1
                try writeRow(&page, number: number, person: nil, styles: styles)
            }
        }
        try page.signatures(
            place: session.place, date: part?.date ?? session.starts,
            left: ("NGƯỜI LẬP DANH SÁCH", "(Ký, ghi rõ họ tên)"),
            right: ("XÁC NHẬN CỦA ĐƠN VỊ TỔ CHỨC", "(Ký, ghi rõ họ tên, đóng dấu)"), leftColumns: 3)
        try page.finishPages()
    }

    /// The styles of a row's cells: the number and the phone centred, the rest plain.
    private struct RowStyles {
        var plain: CellStyle
        var centred: CellStyle
    }

    /// What a row prints of a nominee.
    private typealias Printed = (name: String, position: String?, workplace: String?, phone: String?)

    private static func printed(_ nominee: borrowing Nominee) -> Printed {
        (nominee.person.fullName, nominee.person.position, nominee.workplace, nominee.person.phone)
    }

    private func writeRow(_ page: inout OfficialSheet, number: Int, person: Printed?, styles: RowStyles) throws {
        let values = [
            person?.name, person?.position, person?.workplace, person?.phone.map(PhoneNumber.display), nil, nil,
        ]
        // Tall enough to sign by hand, taller when a long unit name wraps.
        // On the sheet the row falls on: a long list goes on to "Danh sách ký tên (2)", numbering on.
        try page.tableRow(["\(number)"] + values, minimum: 33) { sheet, row in
            try sheet.write(row: row, column: 0, integer: Int64(number), style: styles.centred)
            for (offset, value) in values.enumerated() {
                let column = offset + 1
                try sheet.write(row: row, column: column, text: value ?? "", style: column == 4 ? styles.centred : styles.plain)
            }
        }
    }
}

/// Roman numerals for group headings (I, II, III…), as Vietnamese lists number their sections.
public enum RomanNumeral {
    public static func of(_ number: Int) -> String {
        guard number > 0, number < 4000 else { return "\(number)" }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = number
        var text = ""
        for (value, letters) in table {
            while rest >= value {
                text += letters
                rest -= value
            }
        }
        return text
    }
}
