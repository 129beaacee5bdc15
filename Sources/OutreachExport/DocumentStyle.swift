import OutreachCore
import XLSX

/// The cell styles of an official Vietnamese document (Decree 30/2020): Times New Roman, black, thin borders.
struct DocumentStyle {
    static let font = "Times New Roman"

    /// Body text size of tables (12 in dense tables, 13 in headers and titles).
    var tableSize: Double = 12
    var headerSize: Double = 13

    func text(
        size: Double? = nil, bold: Bool = false, italic: Bool = false, underline: Underline = .none,
        horizontal: HorizontalAlignment = .left, wrap: Bool = true, border: Bool = false,
        numberFormat: String? = nil
    ) -> CellStyle {
        var style = CellStyle()
        style.fontName = Self.font
        style.fontSize = size ?? tableSize
        style.bold = bold
        style.italic = italic
        style.underline = underline
        style.horizontal = horizontal
        style.vertical = .center
        style.wrap = wrap
        style.numberFormat = numberFormat
        if border { style.border = .all(.thin) }
        return style
    }

    /// A table cell with borders.
    func cell(bold: Bool = false, italic: Bool = false, horizontal: HorizontalAlignment = .left) -> CellStyle {
        text(bold: bold, italic: italic, horizontal: horizontal, border: true)
    }

    /// A whole number in a table cell with thousands grouped; the file stores Excel's US-style `#,##0`,
    /// which a Vietnamese-locale Excel or LibreOffice shows with dots (1.500).
    func number(bold: Bool = false) -> CellStyle {
        text(bold: bold, horizontal: .right, border: true, numberFormat: VietnameseNumber.excelThousandsFormat)
    }

    /// A column heading: bold, centred, wrapped, bordered.
    var columnHeading: CellStyle { text(bold: true, horizontal: .center, border: true) }
}
