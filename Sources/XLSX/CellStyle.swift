import CXlsxWriter

/// Font underline.
public enum Underline: Hashable, Sendable {
    case none, single, double
}

/// Horizontal alignment inside a cell.
public enum HorizontalAlignment: Hashable, Sendable {
    case left, center, right, fill, justify, centerAcross
}

/// Vertical alignment inside a cell.
public enum VerticalAlignment: Hashable, Sendable {
    case top, center, bottom
}

/// How a cell looks: a plain value the workbook turns into exactly one libxlsxwriter format.
public struct CellStyle: Hashable, Sendable {
    /// Font family; nil uses the workbook's default font.
    public var fontName: String?
    /// Font size in points (1...409); nil uses the workbook's default size.
    public var fontSize: Double?
    /// Bold font.
    public var bold: Bool
    /// Italic font.
    public var italic: Bool
    /// Font underline.
    public var underline: Underline
    /// Font colour; nil is Excel's automatic colour.
    public var fontColor: Color?
    /// Solid background colour; nil is no fill.
    public var fill: Color?
    /// Horizontal alignment; nil is Excel's general alignment.
    public var horizontal: HorizontalAlignment?
    /// Vertical alignment; nil is Excel's default (bottom).
    public var vertical: VerticalAlignment?
    /// Wrap text onto several lines.
    public var wrap: Bool
    /// Indent level (0...15).
    public var indent: Int
    /// Excel number format such as "#,##0" or "dd/mm/yyyy"; nil is General.
    public var numberFormat: String?
    /// Cell borders.
    public var border: Borders
    /// Locked once the sheet is protected (Excel's default).
    public var locked: Bool
    /// Shrink text to fit the column width.
    public var shrinkToFit: Bool

    /// A style; every argument defaults to Excel's plain cell.
    public init(fontName: String? = nil, fontSize: Double? = nil, bold: Bool = false, italic: Bool = false,
                underline: Underline = .none, fontColor: Color? = nil, fill: Color? = nil,
                horizontal: HorizontalAlignment? = nil, vertical: VerticalAlignment? = nil,
                wrap: Bool = false, indent: Int = 0, numberFormat: String? = nil,
                border: Borders = .none, locked: Bool = true, shrinkToFit: Bool = false) {
        self.fontName = fontName
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.fontColor = fontColor
        self.fill = fill
        self.horizontal = horizontal
        self.vertical = vertical
        self.wrap = wrap
        self.indent = indent
        self.numberFormat = numberFormat
        self.border = border
        self.locked = locked
        self.shrinkToFit = shrinkToFit
    }

    /// Checks what libxlsxwriter would silently ignore or truncate.
    func validate() throws {
        if let size = fontSize, !(size.isFinite && (1...409).contains(size)) {
            throw XLSXError.invalidValue(sheet: nil, what: "font size \(size)", reason: "must be 1...409 points")
        }
        guard (0...15).contains(indent) else {
            throw XLSXError.invalidValue(sheet: nil, what: "indent \(indent)", reason: "must be 0...15")
        }
        // libxlsxwriter would silently switch the alignment to left or drop shrinkToFit.
        if indent > 0, let horizontal, horizontal != .left, horizontal != .right {
            throw XLSXError.invalidValue(sheet: nil, what: "indent with \(horizontal) alignment",
                                         reason: "Excel indents only left- or right-aligned text")
        }
        if shrinkToFit, wrap || horizontal == .fill || horizontal == .justify {
            throw XLSXError.invalidValue(sheet: nil, what: "shrinkToFit",
                                         reason: "cannot be combined with wrap, fill or justify")
        }
        if let name = fontName {
            // Excel caps font names at 31 characters; libxlsxwriter would truncate at 127 bytes.
            guard !name.isEmpty, name.utf16.count <= 31 else {
                throw XLSXError.invalidValue(sheet: nil, what: "font name '\(name)'", reason: "must be 1...31 characters")
            }
            try XMLText.check(name, what: "font name")
        }
        if let format = numberFormat {
            // The C field is 128 bytes and truncates silently.
            guard !format.isEmpty, format.utf8.count <= 127 else {
                throw XLSXError.invalidValue(sheet: nil, what: "number format '\(format)'",
                                             reason: "must be 1...127 UTF-8 bytes")
            }
            try XMLText.check(format, what: "number format")
        }
    }

    var lxwUnderline: UInt8? {
        switch underline {
        case .none: nil
        case .single: UInt8(LXW_UNDERLINE_SINGLE.rawValue)
        case .double: UInt8(LXW_UNDERLINE_DOUBLE.rawValue)
        }
    }

    var lxwHorizontal: UInt8? {
        guard let horizontal else { return nil }
        let value: lxw_format_alignments
        switch horizontal {
        case .left: value = LXW_ALIGN_LEFT
        case .center: value = LXW_ALIGN_CENTER
        case .right: value = LXW_ALIGN_RIGHT
        case .fill: value = LXW_ALIGN_FILL
        case .justify: value = LXW_ALIGN_JUSTIFY
        case .centerAcross: value = LXW_ALIGN_CENTER_ACROSS
        }
        return UInt8(value.rawValue)
    }

    var lxwVertical: UInt8? {
        guard let vertical else { return nil }
        let value: lxw_format_alignments
        switch vertical {
        case .top: value = LXW_ALIGN_VERTICAL_TOP
        case .center: value = LXW_ALIGN_VERTICAL_CENTER
        case .bottom: value = LXW_ALIGN_VERTICAL_BOTTOM
        }
        return UInt8(value.rawValue)
    }
}
