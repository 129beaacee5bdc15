import CXlsxWriter

/// A cell write whose input has been checked and whose format exists, ready for one C call.
struct PreparedWrite {
    let cell: CellReference
    let format: UnsafeMutablePointer<lxw_format>?
    let function: String
    let call: (UnsafeMutablePointer<lxw_worksheet>, lxw_row_t, lxw_col_t, UnsafeMutablePointer<lxw_format>?) -> lxw_error
}

extension Worksheet {
    /// Excel's limit on formula length.
    static let maxFormulaLength = 8_192
    /// Doubles hold integers exactly only up to 2^53.
    static let maxExactInteger: Int64 = 9_007_199_254_740_992
    /// Shown for dates when the caller's style has no number format of its own.
    static let defaultDateFormat = "dd/mm/yyyy"

    /// Checks everything libxlsxwriter would refuse, corrupt or silently change, before any C call.
    func prepare(_ content: CellContent, at cell: CellReference, style: CellStyle?,
                 in workbook: Workbook) throws -> PreparedWrite {
        try checkInside(cell)
        var style = style
        let function: String
        let call: (UnsafeMutablePointer<lxw_worksheet>, lxw_row_t, lxw_col_t, UnsafeMutablePointer<lxw_format>?) -> lxw_error
        switch content {
        case .text(let text):
            let stored = try checkedText(text, at: cell, what: "text")
            function = "worksheet_write_string"
            call = { worksheet_write_string($0, $1, $2, stored, $3) }
        case .number(let number):
            try checkFinite(number, at: cell)
            function = "worksheet_write_number"
            call = { worksheet_write_number($0, $1, $2, number, $3) }
        case .integer(let integer):
            guard (-Self.maxExactInteger...Self.maxExactInteger).contains(integer) else {
                throw XLSXError.invalidValue(sheet: name, what: "integer \(integer) in \(cell.a1)",
                                             reason: "beyond ±2^53 Excel would round it")
            }
            function = "worksheet_write_number"
            call = { worksheet_write_number($0, $1, $2, Double(integer), $3) }
        case .bool(let value):
            function = "worksheet_write_boolean"
            call = { worksheet_write_boolean($0, $1, $2, value ? 1 : 0, $3) }
        case .date(let date):
            guard date.isValid else {
                throw XLSXError.invalidValue(sheet: name, what: "date \(date.iso) in \(cell.a1)",
                                             reason: "no such day between 1900-01-01 and 9999-12-31")
            }
            if style?.numberFormat == nil {
                style = style ?? CellStyle()
                style?.numberFormat = Self.defaultDateFormat
            }
            function = "worksheet_write_datetime"
            call = { ws, row, column, format in
                var value = lxw_datetime(year: Int32(date.year), month: Int32(date.month), day: Int32(date.day),
                                         hour: 0, min: 0, sec: 0)
                return worksheet_write_datetime(ws, row, column, &value, format)
            }
        case let .formula(formula, cached):
            let body = try checkedFormula(formula, at: cell)
            try checkFinite(cached, at: cell)
            function = "worksheet_write_formula_num"
            call = { worksheet_write_formula_num($0, $1, $2, body, $3, cached) }
        case let .formulaText(formula, cached):
            let body = try checkedFormula(formula, at: cell)
            // The cached result goes into <v> without the _xHHHH_ escaping cell text gets.
            try XMLText.check(cached, what: "cached formula text in \(cell.a1)", sheet: name)
            try checkLength(cached, at: cell, what: "cached formula text")
            function = "worksheet_write_formula_str"
            call = { worksheet_write_formula_str($0, $1, $2, body, $3, cached) }
        case .blank:
            function = "worksheet_write_blank"
            call = { worksheet_write_blank($0, $1, $2, $3) }
        }
        let format = try workbook.format(for: style)
        return PreparedWrite(cell: cell, format: format, function: function, call: call)
    }

    /// Runs a prepared write and records that its row now has content.
    func perform(_ write: PreparedWrite) throws {
        try lxwCall(write.function) {
            write.call(handle, lxw_row_t(write.cell.row), lxw_col_t(write.cell.column), write.format)
        }
        nextRow = max(nextRow, write.cell.row + 1)
    }

    private func checkFinite(_ number: Double, at cell: CellReference) throws {
        // libxlsxwriter would write "-NAN" or "INF" into the XML, which Excel cannot open.
        guard number.isFinite else { throw XLSXError.nonFiniteNumber(sheet: name, cell: cell.a1) }
    }

    private func checkLength(_ text: String, at cell: CellReference, what: String,
                             limit: Int = Limits.cellTextCodePoints) throws {
        // A scalar takes at least one UTF-8 byte: the byte count, known at once, settles almost every text.
        guard text.utf8.count > limit else { return }
        let length = text.unicodeScalars.count
        guard length <= limit else {
            throw XLSXError.stringTooLong(sheet: name, cell: "\(what) in \(cell.a1)", length: length, limit: limit)
        }
    }

    /// The text as stored: literal "_xHHHH_" protected so Excel does not decode it.
    private func checkedText(_ text: String, at cell: CellReference, what: String) throws -> String {
        // A NUL would silently cut the C string short.
        guard !text.utf8.contains(0) else {
            throw XLSXError.invalidValue(sheet: name, what: "\(what) in \(cell.a1)", reason: "contains a NUL character")
        }
        let stored = XMLText.protectEscapes(text)
        try checkLength(stored, at: cell, what: what)
        return stored
    }

    /// The formula without its leading "=", checked for emptiness, length and XML safety.
    private func checkedFormula(_ formula: String, at cell: CellReference) throws -> String {
        let body = formula.hasPrefix("=") ? String(formula.dropFirst()) : formula
        guard !body.allSatisfy(\.isWhitespace) else {
            throw XLSXError.invalidValue(sheet: name, what: "formula in \(cell.a1)", reason: "it is empty")
        }
        try checkLength(body, at: cell, what: "formula", limit: Self.maxFormulaLength)
        try XMLText.check(body, what: "formula in \(cell.a1)", sheet: name)
        return body
    }
}
