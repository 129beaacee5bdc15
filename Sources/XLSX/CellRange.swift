/// A rectangle of cells, normalised so `first` is the top-left and `last` the bottom-right corner.
public struct CellRange: Hashable, Sendable {
    /// Top-left cell.
    public let first: CellReference
    /// Bottom-right cell.
    public let last: CellReference

    /// The rectangle spanned by two corners given in any order.
    public init(_ a: CellReference, _ b: CellReference) {
        first = CellReference(row: min(a.row, b.row), column: min(a.column, b.column))
        last = CellReference(row: max(a.row, b.row), column: max(a.column, b.column))
    }

    /// The rectangle between two zero-based corners.
    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.init(CellReference(row: firstRow, column: firstColumn),
                  CellReference(row: lastRow, column: lastColumn))
    }

    /// Parses "A1:G1", "$A$1:$G$1" or a single cell "B2"; nil if either end is not a cell.
    public init?(a1: String) {
        let ends = a1.split(separator: ":", omittingEmptySubsequences: false)
        switch ends.count {
        case 1:
            guard let cell = CellReference(a1: String(ends[0])) else { return nil }
            self.init(cell, cell)
        case 2:
            guard let a = CellReference(a1: String(ends[0])), let b = CellReference(a1: String(ends[1]))
            else { return nil }
            self.init(a, b)
        default:
            return nil
        }
    }

    /// A1 notation, "A1:G1"; a single cell is written "B2".
    public var a1: String { first == last ? first.a1 : first.a1 + ":" + last.a1 }

    /// Absolute A1 notation, "$A$1:$G$1".
    public var absolute: String { first == last ? first.absolute : first.absolute + ":" + last.absolute }

    /// Number of rows spanned.
    public var rowCount: Int { last.row - first.row + 1 }

    /// Number of columns spanned.
    public var columnCount: Int { last.column - first.column + 1 }

    /// Whether the range is a single cell.
    public var isSingleCell: Bool { first == last }

    /// Whether `cell` lies inside the range.
    public func contains(_ cell: CellReference) -> Bool {
        (first.row...last.row).contains(cell.row) && (first.column...last.column).contains(cell.column)
    }

    /// Whether the two ranges share at least one cell.
    public func intersects(_ other: CellRange) -> Bool {
        first.row <= other.last.row && other.first.row <= last.row
            && first.column <= other.last.column && other.first.column <= last.column
    }
}
