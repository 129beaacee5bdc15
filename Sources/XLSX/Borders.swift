import CXlsxWriter

/// A cell border line style.
public enum BorderStyle: Hashable, Sendable, CaseIterable {
    case none, thin, medium, thick, dashed, dotted, double, hair

    /// Mapped here, never passed through as a raw number: 1.1.4 does not range-check border values.
    var lxw: UInt8 {
        let value: lxw_format_borders
        switch self {
        case .none: value = LXW_BORDER_NONE
        case .thin: value = LXW_BORDER_THIN
        case .medium: value = LXW_BORDER_MEDIUM
        case .thick: value = LXW_BORDER_THICK
        case .dashed: value = LXW_BORDER_DASHED
        case .dotted: value = LXW_BORDER_DOTTED
        case .double: value = LXW_BORDER_DOUBLE
        case .hair: value = LXW_BORDER_HAIR
        }
        return UInt8(value.rawValue)
    }
}

/// The four borders of a cell.
public struct Borders: Hashable, Sendable {
    /// Top edge.
    public var top: BorderStyle
    /// Bottom edge.
    public var bottom: BorderStyle
    /// Left edge.
    public var left: BorderStyle
    /// Right edge.
    public var right: BorderStyle
    /// Colour of all four edges; nil is Excel's automatic (black).
    public var color: Color?

    /// Borders given edge by edge; none by default.
    public init(top: BorderStyle = .none, bottom: BorderStyle = .none,
                left: BorderStyle = .none, right: BorderStyle = .none, color: Color? = nil) {
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
        self.color = color
    }

    /// The same style on all four edges, as in a table grid.
    public static func all(_ style: BorderStyle, color: Color? = nil) -> Borders {
        Borders(top: style, bottom: style, left: style, right: style, color: color)
    }

    /// No borders.
    public static let none = Borders()
}
