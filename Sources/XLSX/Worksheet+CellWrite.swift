import CXlsxWriter

/// A cell write whose input has been checked and whose format exists, ready for one C call.
/// A plain value, not a closure: a large export prepares millions of them, and a capturing closure
/// costs a heap allocation each.
struct PreparedWrite {
    /// The checked value, in the form the C call takes.
    enum Value {
        case string(String)
        case number(Double)
        case bool(Bool)
        case datetime(lxw_datetime)
        case formulaNumber(String, cached: Double)
        case formulaString(String, cached: String)
        case blank
    }

    let cell: CellReference
    let format: UnsafeMutablePointer<lxw_format>?
    let value: Value

    /// The libxlsxwriter function this write calls, named in errors.
    var function: String {
        switch value {
        case .string: "worksheet_write_string"
        case .number: "worksheet_write_number"
        case .bool: "worksheet_write_boolean"
        case .datetime: "worksheet_write_datetime"
        case .formulaNumber: "worksheet_write_formula_num"
        case .formulaString: "worksheet_write_formula_str"
        case .blank: "worksheet_write_blank"
        }
    }

    /// The one C call; the caller holds the "C" numeric locale.
    func call(_ worksheet: UnsafeMutablePointer<lxw_worksheet>) -> lxw_error {
        let row = lxw_row_t(cell.row), column = lxw_col_t(cell.column)
        switch value {
        case .string(let text):
            return worksheet_write_string(worksheet, row, column, text, format)
        case .number(let number):
            return worksheet_write_number(worksheet, row, column, number, format)
        case .bool(let flag):
            return worksheet_write_boolean(worksheet, row, column, flag ? 1 : 0, format)
        case .datetime(var date):
            return worksheet_write_datetime(worksheet, row, column, &date, format)
        case let .formulaNumber(body, cached):
            return worksheet_write_formula_num(worksheet, row, column, body, format, cached)
        case let .formulaString(body, cached):
            return worksheet_write_formula_str(worksheet, row, column, body, format, cached)
        case .blank:
            return worksheet_write_blank(worksheet, row, column, format)
        }
    }
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
        let (value, dateStyle) = try checkedValue(content, at: cell, style: style)
        let format = try workbook.format(for: dateStyle ?? style)
        return PreparedWrite(cell: cell, format: format, value: value)
    }

    /// Like `prepare`, with the format already resolved for `style` (a row's shared style): the format
    /// is looked up again only for a date that needs the default date format.
    func prepare(_ content: CellContent, at cell: CellReference, style: CellStyle?,
                 format: UnsafeMutablePointer<lxw_format>?, in workbook: Workbook) throws -> PreparedWrite {
        let (value, dateStyle) = try checkedValue(content, at: cell, style: style)
        guard let dateStyle else { return PreparedWrite(cell: cell, format: format, value: value) }
        return PreparedWrite(cell: cell, format: try workbook.format(for: dateStyle), value: value)
    }

    /// The checked value, and for a date without a number format the style that gives it one.
    private func checkedValue(_ content: CellContent, at cell: CellReference,
                              style: CellStyle?) throws -> (PreparedWrite.Value, CellStyle?) {
        try checkInside(cell)
        switch content {
        case .text(let text):
            return (.string(try checkedText(text, at: cell, what: "text")), nil)
        case .number(let number):
            try checkFinite(number, at: cell)
            return (.number(number), nil)
        case .integer(let integer):
            guard (-Self.maxExactInteger...Self.maxExactInteger).contains(integer) else {
                throw XLSXError.invalidValue(sheet: name, what: "integer \(integer) in \(cell.a1)",
                                             reason: "beyond ±2^53 Excel would round it")
            }
            return (.number(Double(integer)), nil)
        case .bool(let value):
            return (.bool(value), nil)
        case .date(let date):
            guard date.isValid else {
                throw XLSXError.invalidValue(sheet: name, what: "date \(date.iso) in \(cell.a1)",
                                             reason: "no such day between 1900-01-01 and 9999-12-31")
            }
            let value = lxw_datetime(year: Int32(date.year), month: Int32(date.month), day: Int32(date.day),
                                     hour: 0, min: 0, sec: 0)
            guard style?.numberFormat == nil else { return (.datetime(value), nil) }
            var dated = style ?? CellStyle()
            dated.numberFormat = Self.defaultDateFormat
            return (.datetime(value), dated)
        case let .formula(formula, cached):
            let body = try checkedFormula(formula, at: cell)
            try checkFinite(cached, at: cell)
            return (.formulaNumber(body, cached: cached), nil)
        case let .formulaText(formula, cached):
            let body = try checkedFormula(formula, at: cell)
            // The cached result goes into <v> without the _xHHHH_ escaping cell text gets.
            try XMLText.check(cached, what: "cached formula text in \(cell.a1)", sheet: name)
            try checkLength(cached, at: cell, what: "cached formula text")
            return (.formulaString(body, cached: cached), nil)
        case .blank:
            return (.blank, nil)
        }
    }

    /// Runs a prepared write and records that its row now has content.
    func perform(_ write: PreparedWrite) throws {
        try lxwCall(write.function) { write.call(handle) }
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
        guard !XMLText.containsNUL(text) else {
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
