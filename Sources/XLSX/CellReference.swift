/// A zero-based cell position; ordered row by row, as Excel writes them.
public struct CellReference: Hashable, Sendable, Comparable {
    /// Zero-based row (row 1 in Excel is 0).
    public var row: Int
    /// Zero-based column (column A is 0).
    public var column: Int

    /// A cell at a zero-based row and column.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses "B3" or "$B$3"; nil when the text is not a cell inside Excel's grid.
    public init?(a1: String) {
        var scalars = Substring(a1).unicodeScalars[...]
        if scalars.first == "$" { scalars = scalars.dropFirst() }
        var column = 0
        var letters = 0
        while let s = scalars.first, let value = Self.letterValue(s) {
            column = column * 26 + value
            letters += 1
            scalars = scalars.dropFirst()
            if letters > 3 { return nil }
        }
        if scalars.first == "$" { scalars = scalars.dropFirst() }
        guard letters > 0, !scalars.isEmpty, scalars.count <= 7,
              scalars.allSatisfy({ ("0"..."9").contains($0) }),
              let row = Int(String(String.UnicodeScalarView(scalars))),
              (1...Limits.rows).contains(row), column <= Limits.columns
        else { return nil }
        self.init(row: row - 1, column: column - 1)
    }

    /// Relative A1 notation, e.g. "B3".
    public var a1: String { Self.columnLetters(column) + String(row + 1) }

    /// Absolute A1 notation, e.g. "$B$3".
    public var absolute: String { "$" + Self.columnLetters(column) + "$" + String(row + 1) }

    /// Excel's letters for a zero-based column: 0 → "A", 27 → "AB"; empty for a negative column.
    public static func columnLetters(_ column: Int) -> String {
        guard column >= 0 else { return "" }
        var n = column + 1
        var letters: [Character] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// Row-major order, the order rows are flushed in constant-memory mode.
    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }

    /// Whether the position lies inside Excel's grid.
    var isInsideSheet: Bool {
        (0..<Limits.rows).contains(row) && (0..<Limits.columns).contains(column)
    }

    private static func letterValue(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 65...90: return Int(s.value) - 64
        case 97...122: return Int(s.value) - 96
        default: return nil
        }
    }
}
