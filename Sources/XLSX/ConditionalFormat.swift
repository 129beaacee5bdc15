import CXlsxWriter

/// How a cell's value is compared with a number in `ConditionalFormat.Rule.cell`.
public enum CellComparison: Hashable, Sendable {
    case equal, notEqual, greater, greaterOrEqual, less, lessOrEqual
}

/// A look applied to the cells of a range that meet a rule.
///
/// Each rule carries exactly the values its type needs, so the type/criteria mismatches that make
/// libxlsxwriter 1.1.4 read out of bounds (#445) cannot be expressed. Top/bottom-N rules are left
/// out because 1.1.4 writes rank 10 for any rank other than 1.
public struct ConditionalFormat: Hashable, Sendable {
    /// Which cells are formatted.
    public enum Rule: Hashable, Sendable {
        /// Cells whose value compares so with the number.
        case cell(CellComparison, Double)
        /// Cells whose value lies between the two numbers, inclusive.
        case cellBetween(Double, Double)
        /// Cells whose text contains this text, ignoring case.
        case textContains(String)
        /// Cells for which the formula, written for the top-left cell, is TRUE.
        case formula(String)
        /// Empty cells.
        case blanks
        /// Non-empty cells.
        case noBlanks
        /// A bar in each cell, as long as its value is large; takes no style.
        case dataBar(Color)
        /// A fill shading from the first colour (lowest value) to the second (highest); takes no style.
        case twoColorScale(Color, Color)
    }

    /// Which cells are formatted.
    public var rule: Rule
    /// The look of matching cells: font colour, bold, fill and borders only, the parts of a style
    /// Excel applies conditionally. Required for every rule except data bars and colour scales.
    public var style: CellStyle?

    /// A conditional format.
    public init(_ rule: Rule, style: CellStyle? = nil) {
        self.rule = rule
        self.style = style
    }

    /// Excel's limit on the text of a "contains" rule.
    static let maxTextLength = 255
}

extension Worksheet {
    /// Formats the cells of `range` that meet the rule; checked entirely before libxlsxwriter sees it.
    public func addConditionalFormat(_ range: CellRange, _ format: ConditionalFormat) throws {
        let workbook = try openWorkbook()
        try checkInside(range.first)
        try checkInside(range.last)
        func refuse(_ reason: String) -> XLSXError {
            .invalidConditionalFormat(sheet: name, range: range.a1, reason: reason)
        }
        try Self.checkRule(format.rule, refuse: refuse)
        var dxf: UnsafeMutablePointer<lxw_format>?
        switch (format.rule, format.style) {
        case (.dataBar, .some), (.twoColorScale, .some):
            throw refuse("data bars and colour scales take no style")
        case (.dataBar, nil), (.twoColorScale, nil):
            break
        case (_, nil):
            throw refuse("the rule needs a style to apply")
        case (_, let style?):
            let kept = CellStyle(bold: style.bold, fontColor: style.fontColor, fill: style.fill, border: style.border)
            guard kept == style else {
                throw refuse("a conditional style may set only font colour, bold, fill and borders")
            }
            dxf = try workbook.differentialFormat(for: style)
        }

        try withCStringPool { pool in
            var c = lxw_conditional_format()
            c.format = dxf
            var perColumn = false
            switch format.rule {
            case let .cell(comparison, value):
                c.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
                c.criteria = Self.criteria(comparison)
                c.value = value
            case let .cellBetween(low, high):
                c.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
                c.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_BETWEEN.rawValue)
                c.min_value = low
                c.max_value = high
            case .textContains(let text):
                c.type = UInt8(LXW_CONDITIONAL_TYPE_TEXT.rawValue)
                c.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING.rawValue)
                c.value_string = pool.copy(text)
                perColumn = true
            case .formula(let formula):
                c.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
                c.value_string = pool.copy(formula)
            case .blanks:
                c.type = UInt8(LXW_CONDITIONAL_TYPE_BLANKS.rawValue)
                perColumn = true
            case .noBlanks:
                c.type = UInt8(LXW_CONDITIONAL_TYPE_NO_BLANKS.rawValue)
                perColumn = true
            case .dataBar(let color):
                c.type = UInt8(LXW_CONDITIONAL_DATA_BAR.rawValue)
                c.bar_color = color.lxw
            case let .twoColorScale(low, high):
                c.type = UInt8(LXW_CONDITIONAL_2_COLOR_SCALE.rawValue)
                c.min_color = low.lxw
                c.max_color = high.lxw
            }
            // 1.1.4 builds the formula of text and blank rules from the range's last column (bug (a),
            // fixed in 1.1.6), so those rules are added one column at a time.
            let pieces = perColumn
                ? (range.first.column...range.last.column).map {
                    CellRange(firstRow: range.first.row, firstColumn: $0, lastRow: range.last.row, lastColumn: $0)
                }
                : [range]
            for piece in pieces {
                try lxwCall("worksheet_conditional_format_range") {
                    worksheet_conditional_format_range(
                        handle, lxw_row_t(piece.first.row), lxw_col_t(piece.first.column),
                        lxw_row_t(piece.last.row), lxw_col_t(piece.last.column), &c)
                }
            }
        }
    }

    private static func checkRule(_ rule: ConditionalFormat.Rule, refuse: (String) -> XLSXError) throws {
        switch rule {
        case let .cell(_, value):
            guard value.isFinite else { throw refuse("the number must be finite") }
        case let .cellBetween(low, high):
            guard low.isFinite, high.isFinite else { throw refuse("the bounds must be finite") }
            guard low <= high else { throw refuse("the lower bound \(low) is above the upper bound \(high)") }
        case .textContains(let text):
            guard !text.isEmpty else { throw refuse("the text to look for is empty") }
            let length = text.unicodeScalars.count
            guard length <= ConditionalFormat.maxTextLength else {
                throw refuse("the text has \(length) characters, limit is \(ConditionalFormat.maxTextLength)")
            }
            // 1.1.4 puts the text into SEARCH("…") without doubling quotes, which breaks the formula.
            guard !text.contains("\"") else {
                throw refuse("the text contains '\"'; use .formula(\"ISNUMBER(SEARCH(\"\"…\"\",A1))\") instead")
            }
            if let reason = XMLText.controlCharacter(in: text) { throw refuse("the text \(reason)") }
        case .formula(let formula):
            let body = formula.hasPrefix("=") ? String(formula.dropFirst()) : formula
            guard !body.allSatisfy(\.isWhitespace) else { throw refuse("the formula is empty") }
            guard body.unicodeScalars.count <= maxFormulaLength else {
                throw refuse("the formula has \(body.unicodeScalars.count) characters, limit is \(maxFormulaLength)")
            }
            if let reason = XMLText.controlCharacter(in: body) { throw refuse("the formula \(reason)") }
        case .blanks, .noBlanks, .dataBar, .twoColorScale:
            break
        }
    }

    private static func criteria(_ comparison: CellComparison) -> UInt8 {
        let value: lxw_conditional_criteria
        switch comparison {
        case .equal: value = LXW_CONDITIONAL_CRITERIA_EQUAL_TO
        case .notEqual: value = LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO
        case .greater: value = LXW_CONDITIONAL_CRITERIA_GREATER_THAN
        case .greaterOrEqual: value = LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO
        case .less: value = LXW_CONDITIONAL_CRITERIA_LESS_THAN
        case .lessOrEqual: value = LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO
        }
        return UInt8(value.rawValue)
    }
}
