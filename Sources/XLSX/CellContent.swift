/// What a cell holds when written.
public enum CellContent: Hashable, Sendable {
    /// Text, always stored as text even when it starts with "=", "+", "-" or "@".
    case text(String)
    /// A finite number.
    case number(Double)
    /// An integer; refused beyond ±2^53, where a Double would round it.
    case integer(Int64)
    /// TRUE or FALSE.
    case bool(Bool)
    /// A calendar day, shown as "dd/mm/yyyy" unless the style gives a number format.
    case date(ExcelDate)
    /// A formula (with or without "=") and the number Excel should show before recalculating.
    case formula(String, cached: Double)
    /// A formula (with or without "=") and the text Excel should show before recalculating.
    case formulaText(String, cached: String)
    /// Nothing; with a style it becomes a formatted empty cell.
    case blank
}

/// One cell of a row given to `Worksheet.appendRow`: content and an optional style of its own.
public struct Cell: Hashable, Sendable {
    /// The content.
    public var content: CellContent
    /// The cell's own style; nil uses the row's style.
    public var style: CellStyle?

    /// A cell with optional style.
    public init(_ content: CellContent, style: CellStyle? = nil) {
        self.content = content
        self.style = style
    }

    /// An empty cell, which leaves a gap unless the row has a style.
    public static let blank = Cell(.blank)
}

extension Cell: ExpressibleByStringInterpolation {
    /// A text cell from a literal.
    public init(stringLiteral value: String) {
        self.init(.text(value))
    }

    /// A text cell from an interpolated literal, e.g. "Người \(index)".
    public init(stringInterpolation: DefaultStringInterpolation) {
        self.init(.text(String(stringInterpolation: stringInterpolation)))
    }
}

extension Cell: ExpressibleByIntegerLiteral {
    /// An integer cell from a literal.
    public init(integerLiteral value: Int64) {
        self.init(.integer(value))
    }
}

extension Cell: ExpressibleByFloatLiteral {
    /// A number cell from a literal.
    public init(floatLiteral value: Double) {
        self.init(.number(value))
    }
}
