/// A cell's stored value; dates stay numbers, as in the file.
public enum CellValue: Sendable, Equatable, Hashable {
    /// Text, from shared or inline strings or a formula's text result.
    case text(String)
    /// A number (dates included, as Excel serial numbers).
    case number(Double)
    /// TRUE or FALSE.
    case bool(Bool)
    /// An error value such as "#DIV/0!".
    case error(String)
    /// A cell with no value (e.g. a formatted blank).
    case empty
}

/// One cell as read back: value, formula and resolved style.
public struct CellData: Sendable, Equatable {
    /// The value (for a formula, its cached result).
    public var value: CellValue
    /// The formula without "=", if any.
    public var formula: String?
    /// The cell's style, nil when the cell names none.
    public var style: ReadStyle?

    /// A cell.
    public init(value: CellValue, formula: String? = nil, style: ReadStyle? = nil) {
        self.value = value
        self.formula = formula
        self.style = style
    }

    /// The value as displayed text: text as is, numbers plainly ("1234.5", "42"), TRUE/FALSE, error codes.
    public var displayText: String {
        switch value {
        case .text(let text): return text
        case .number(let number):
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        case .bool(let value): return value ? "TRUE" : "FALSE"
        case .error(let code): return code
        case .empty: return ""
        }
    }
}
