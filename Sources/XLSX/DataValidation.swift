import CXlsxWriter

/// What a range of cells accepts, with the prompt shown on entry and the message shown on refusal.
public struct DataValidation: Hashable, Sendable {
    /// The values allowed.
    public enum Rule: Hashable, Sendable {
        /// One of these texts, offered in a dropdown; none may contain "," or '"', and joined with commas
        /// they must fit in 255 UTF-8 bytes. Longer lists belong in cells, with `.listFormula`.
        case list([String])
        /// One of the values of a range or defined name, e.g. "=$H$1:$H$5" or "=Units".
        case listFormula(String)
        /// A whole number in the range.
        case wholeNumber(ClosedRange<Int>)
        /// A number in the range.
        case decimal(ClosedRange<Double>)
        /// Text whose length in characters is in the range.
        case textLength(ClosedRange<Int>)
        /// A date in the range.
        case date(ClosedRange<ExcelDate>)
        /// Anything for which the formula, written for the top-left cell, is TRUE.
        case custom(String)
    }

    /// How Excel reacts to a refused value.
    public enum ErrorStyle: Hashable, Sendable {
        /// Refuses the value.
        case stop
        /// Asks whether to keep it.
        case warning
        /// Informs and keeps it.
        case information
    }

    /// The values allowed.
    public var rule: Rule
    /// Title of the prompt shown when a cell is selected (≤ 32 characters).
    public var inputTitle: String?
    /// Prompt shown when a cell is selected (≤ 255 characters).
    public var inputMessage: String?
    /// Title of the message shown on a refused value (≤ 32 characters).
    public var errorTitle: String?
    /// Message shown on a refused value (≤ 255 characters).
    public var errorMessage: String?
    /// How Excel reacts to a refused value.
    public var errorStyle: ErrorStyle
    /// Whether empty cells are accepted.
    public var ignoreBlank: Bool
    /// Whether a `.list` or `.listFormula` offers its values in a dropdown.
    public var showDropdown: Bool

    /// A validation; only the rule is required.
    public init(_ rule: Rule, inputTitle: String? = nil, inputMessage: String? = nil, errorTitle: String? = nil,
                errorMessage: String? = nil, errorStyle: ErrorStyle = .stop, ignoreBlank: Bool = true,
                showDropdown: Bool = true) {
        self.rule = rule
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
        self.errorStyle = errorStyle
        self.ignoreBlank = ignoreBlank
        self.showDropdown = showDropdown
    }

    /// Excel's limits on prompt texts, which libxlsxwriter enforces in characters.
    static let maxTitleLength = 32
    static let maxMessageLength = 255
    /// Excel's limit on a validation list or formula.
    static let maxFormulaLength = 255
}

extension Worksheet {
    /// Restricts what the cells of `range` accept; checked entirely before libxlsxwriter sees it.
    public func addValidation(_ range: CellRange, _ validation: DataValidation) throws {
        _ = try openWorkbook()
        try checkInside(range.first)
        try checkInside(range.last)
        func refuse(_ reason: String) -> XLSXError {
            .invalidValidation(sheet: name, range: range.a1, reason: reason)
        }
        let texts: [(String, String?, Int)] = [
            ("input title", validation.inputTitle, DataValidation.maxTitleLength),
            ("input message", validation.inputMessage, DataValidation.maxMessageLength),
            ("error title", validation.errorTitle, DataValidation.maxTitleLength),
            ("error message", validation.errorMessage, DataValidation.maxMessageLength),
        ]
        for case let (what, text?, limit) in texts {
            if let reason = Self.promptProblem(text, limit: limit) { throw refuse("the \(what) \(reason)") }
        }
        try Self.checkRule(validation.rule, refuse: refuse)

        try withCStringPool { pool in
            var c = lxw_data_validation()
            c.ignore_blank = Self.flag(validation.ignoreBlank)
            c.dropdown = Self.flag(validation.showDropdown)
            c.error_type = switch validation.errorStyle {
            case .stop: UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
            case .warning: UInt8(LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
            case .information: UInt8(LXW_VALIDATION_ERROR_TYPE_INFORMATION.rawValue)
            }
            c.input_title = pool.copy(validation.inputTitle)
            c.input_message = pool.copy(validation.inputMessage)
            c.error_title = pool.copy(validation.errorTitle)
            c.error_message = pool.copy(validation.errorMessage)
            let between = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            switch validation.rule {
            case .list(let items):
                c.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
                var list = items.map { pool.copy($0) } + [nil]
                return try list.withUnsafeMutableBufferPointer { buffer in
                    c.value_list = buffer.baseAddress
                    return try apply(&c, to: range)
                }
            case .listFormula(let formula):
                c.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
                c.value_formula = pool.copy(formula)
            case .custom(let formula):
                c.validate = UInt8(LXW_VALIDATION_TYPE_CUSTOM_FORMULA.rawValue)
                c.value_formula = pool.copy(formula)
            case .wholeNumber(let bounds):
                c.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
                c.criteria = between
                c.minimum_number = Double(bounds.lowerBound)
                c.maximum_number = Double(bounds.upperBound)
            case .decimal(let bounds):
                c.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
                c.criteria = between
                c.minimum_number = bounds.lowerBound
                c.maximum_number = bounds.upperBound
            case .textLength(let bounds):
                c.validate = UInt8(LXW_VALIDATION_TYPE_LENGTH.rawValue)
                c.criteria = between
                c.minimum_number = Double(bounds.lowerBound)
                c.maximum_number = Double(bounds.upperBound)
            case .date(let bounds):
                c.validate = UInt8(LXW_VALIDATION_TYPE_DATE.rawValue)
                c.criteria = between
                c.minimum_datetime = Self.datetime(bounds.lowerBound)
                c.maximum_datetime = Self.datetime(bounds.upperBound)
            }
            try apply(&c, to: range)
        }
    }

    private func apply(_ validation: inout lxw_data_validation, to range: CellRange) throws {
        try lxwCall("worksheet_data_validation_range") {
            worksheet_data_validation_range(handle, lxw_row_t(range.first.row), lxw_col_t(range.first.column),
                                            lxw_row_t(range.last.row), lxw_col_t(range.last.column), &validation)
        }
    }

    /// Why a prompt text is unusable, or nil: too long, a leading "=" that 1.1.4 would strip, or a
    /// control character (line breaks included, which the prompt boxes do not show reliably).
    static func promptProblem(_ text: String, limit: Int) -> String? {
        let length = text.unicodeScalars.count
        if length > limit { return "has \(length) characters, limit is \(limit)" }
        if text.hasPrefix("=") { return "starts with '=', which libxlsxwriter 1.1.4 would drop" }
        return XMLText.controlCharacter(in: text)
    }

    private static func checkRule(_ rule: DataValidation.Rule, refuse: (String) -> XLSXError) throws {
        switch rule {
        case .list(let items):
            let suggestion = "; put the values in cells and use .listFormula(\"=$H$1:$H$n\") instead"
            guard !items.isEmpty else { throw refuse("the list is empty") }
            if let item = items.first(where: { $0.contains(",") || $0.contains("\"") }) {
                // libxlsxwriter 1.1.4 joins the items into one quoted string without escaping.
                throw refuse("list item '\(item)' contains ',' or '\"', which a list cannot hold\(suggestion)")
            }
            if items.contains(where: \.isEmpty) { throw refuse("the list has an empty item") }
            for item in items {
                if let reason = XMLText.controlCharacter(in: item) { throw refuse("list item '\(item)' \(reason)") }
            }
            // 1.1.4 counts characters but copies bytes into a 258-byte buffer: multi-byte lists
            // over 255 bytes abort the process (fixed in 1.1.6, #394).
            let bytes = items.joined(separator: ",").utf8.count
            guard bytes <= DataValidation.maxFormulaLength else {
                throw refuse("the list joined with commas is \(bytes) bytes in UTF-8, limit is "
                    + "\(DataValidation.maxFormulaLength)\(suggestion)")
            }
        case .listFormula(let formula), .custom(let formula):
            let body = formula.hasPrefix("=") ? String(formula.dropFirst()) : formula
            guard !body.allSatisfy(\.isWhitespace) else { throw refuse("the formula is empty") }
            guard body.unicodeScalars.count <= DataValidation.maxFormulaLength else {
                throw refuse("the formula has \(body.unicodeScalars.count) characters, limit is \(DataValidation.maxFormulaLength)")
            }
            if let reason = XMLText.controlCharacter(in: body) { throw refuse("the formula \(reason)") }
        case .wholeNumber(let bounds):
            // Doubles hold integers exactly only up to 2^53.
            let limit = Int(Worksheet.maxExactInteger)
            guard bounds.lowerBound >= -limit, bounds.upperBound <= limit else {
                throw refuse("whole-number bounds beyond ±2^53 would be rounded")
            }
        case .decimal(let bounds):
            guard bounds.lowerBound.isFinite, bounds.upperBound.isFinite else {
                throw refuse("decimal bounds must be finite")
            }
        case .textLength(let bounds):
            guard bounds.lowerBound >= 0, bounds.upperBound <= Limits.cellTextCodePoints else {
                throw refuse("text-length bounds must lie in 0...\(Limits.cellTextCodePoints)")
            }
        case .date(let bounds):
            for date in [bounds.lowerBound, bounds.upperBound] where !date.isValid {
                throw refuse("date \(date.iso) does not exist between 1900-01-01 and 9999-12-31")
            }
        }
    }

    private static func flag(_ on: Bool) -> UInt8 {
        UInt8((on ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF).rawValue)
    }

    private static func datetime(_ date: ExcelDate) -> lxw_datetime {
        lxw_datetime(year: Int32(date.year), month: Int32(date.month), day: Int32(date.day), hour: 0, min: 0, sec: 0)
    }
}
