/// A cell style as stored in styles.xml, with the number format resolved to its code.
public struct ReadStyle: Sendable, Equatable, Hashable {
    /// The four border styles by side, as Excel names them ("thin", "medium"…); nil is no border.
    public struct Borders: Sendable, Equatable, Hashable {
        /// Top edge.
        public var top: String?
        /// Bottom edge.
        public var bottom: String?
        /// Left edge.
        public var left: String?
        /// Right edge.
        public var right: String?

        /// Borders by side; nil is no border.
        public init(top: String? = nil, bottom: String? = nil, left: String? = nil, right: String? = nil) {
            self.top = top
            self.bottom = bottom
            self.left = left
            self.right = right
        }
    }

    /// Font family.
    public var fontName: String?
    /// Font size in points.
    public var fontSize: Double?
    /// Bold font.
    public var bold = false
    /// Italic font.
    public var italic = false
    /// Underline kind ("single", "double"…), nil when not underlined.
    public var underline: String?
    /// Font colour as 0xRRGGBB, when given as RGB.
    public var fontColor: UInt32?
    /// Horizontal alignment ("left", "center", "centerContinuous"…).
    public var horizontal: String?
    /// Vertical alignment ("top", "center", "bottom"…).
    public var vertical: String?
    /// Wrap text.
    public var wrap = false
    /// Indent level.
    public var indent = 0
    /// Shrink to fit.
    public var shrinkToFit = false
    /// The number format id.
    public var numberFormatID = 0
    /// The number format code: built-in ids resolved ("General", "#,##0"…), custom ones from numFmts.
    public var numberFormat = "General"
    /// Border styles by side.
    public var borders = Borders()
    /// Solid fill colour as 0xRRGGBB, when given as RGB.
    public var fill: UInt32?
    /// Locked when the sheet is protected.
    public var locked = true

    /// Excel's built-in number formats, which files reference by id only.
    static let builtInFormats: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
        12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
        18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
        37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
        45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
    ]
}

extension ReadStyle {
    /// Whether the number format shows a date (d, m or y outside quotes and brackets, and not only a time),
    /// so a number in such a cell is an Excel serial date.
    public var isDateFormat: Bool {
        if (14...17).contains(numberFormatID) || numberFormatID == 22 { return true }
        var quoted = false
        var bracketed = false
        var sawDay = false
        var sawYear = false
        var sawMonthOrMinute = false
        for character in numberFormat.lowercased() {
            switch character {
            case "\"": quoted.toggle()
            case "[": bracketed = true
            case "]": bracketed = false
            case "d" where !quoted && !bracketed: sawDay = true
            case "y" where !quoted && !bracketed: sawYear = true
            case "m" where !quoted && !bracketed: sawMonthOrMinute = true
            default: break
            }
        }
        return sawDay || sawYear || (sawMonthOrMinute && !numberFormat.lowercased().contains("h"))
    }
}
