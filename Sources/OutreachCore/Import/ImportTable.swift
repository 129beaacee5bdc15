/// One cell of an imported table, typed as the file stored it.
public enum ImportValue: Sendable, Equatable {
    case empty
    case text(String)
    /// A number; Excel also stores years and phones typed without quotes this way.
    case number(Double)
    /// A number shown as a date (an Excel serial date), already converted.
    case date(CalendarDate)

    /// The text as a user sees it: numbers without a trailing ".0", dates as dd/mm/yyyy.
    public var text: String {
        switch self {
        case .empty: ""
        case .text(let text): text
        case .number(let number):
            number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .date(let date): VietnameseDate.numeric(date)
        }
    }

    /// Whether the cell holds nothing but spaces.
    public var isBlank: Bool {
        guard case .text(let text) = self else { return self == .empty }
        // Most cells start with a visible ASCII character: told apart by their first byte.
        for byte in text.utf8 where byte != 0x20 && !(0x09...0x0D).contains(byte) {
            return byte < 0x80 ? false : text.allSatisfy(\.isWhitespace)
        }
        return true
    }

    /// The date of an Excel serial number (1900 date system, with Excel's phantom 29/02/1900 skipped).
    public static func excelDate(serial: Double) -> CalendarDate? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        let day = Int(serial.rounded(.down))
        guard let epoch = try? CalendarDate(year: 1899, month: 12, day: day > 59 ? 30 : 31) else { return nil }
        return epoch.adding(days: day)
    }
}

/// One row of an imported table: where it is, and its cells by zero-based column.
public struct ImportRow: Sendable {
    /// The sheet's name (nil for CSV).
    public var sheet: String?
    /// The row number as the user sees it (1-based).
    public var number: Int
    /// Cells by zero-based column.
    public var cells: [ImportValue]

    public init(sheet: String?, number: Int, cells: [ImportValue]) {
        self.sheet = sheet
        self.number = number
        self.cells = cells
    }

    /// The cell at a column, empty past the end.
    public subscript(column: Int) -> ImportValue {
        cells.indices.contains(column) ? cells[column] : .empty
    }

    /// Whether every cell is blank.
    public var isBlank: Bool { cells.allSatisfy(\.isBlank) }

    /// Whether the row is a heading merged across the table ("I. PHÒNG GD&ĐT"): the same text in every cell.
    public var isMergedHeading: Bool {
        var first: ImportValue?
        var filled = 0
        for cell in cells where !cell.isBlank {
            if let first, cell != first { return false }
            first = first ?? cell
            filled += 1
        }
        return filled >= 3
    }
}

/// What the nominee import found in a file, before any rule of the database is applied.
public struct ImportProblem: Sendable, Equatable, Codable {
    public enum Severity: String, Sendable, Codable {
        case error, warning
    }

    public var severity: Severity
    public var file: String
    public var sheet: String?
    public var row: Int?
    public var column: String?
    public var value: String?
    public var reason: LocalizedText
    /// The rule's error when the problem is one (a full quota, a session over): each front end words it its own
    /// way (`FieldNames`), `reason` holding it in plain words.
    public var cause: OutreachError?

    public init(
        _ severity: Severity, file: String, sheet: String? = nil, row: Int? = nil, column: String? = nil,
        value: String? = nil, reason: LocalizedText, cause: OutreachError? = nil
    ) {
        self.cause = cause
        self.severity = severity
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.value = value
        self.reason = reason
    }

    /// Problems by sheet (in first-seen order) and row, keeping the order of those on the same row.
    public static func inFileOrder(_ problems: [ImportProblem]) -> [ImportProblem] {
        var sheets: [String?] = []
        for problem in problems where !sheets.contains(problem.sheet) { sheets.append(problem.sheet) }
        return problems.enumerated().sorted { a, b in
            let left = (sheets.firstIndex(of: a.element.sheet) ?? 0, a.element.row ?? 0, a.offset)
            let right = (sheets.firstIndex(of: b.element.sheet) ?? 0, b.element.row ?? 0, b.offset)
            return left < right
        }.map(\.element)
    }

    /// "ds.xlsx, sheet Phiếu đăng ký, dòng 7, cột Điện thoại: 912345678 thiếu số 0 đầu".
    public func message(_ lang: Language, fields: FieldNames = .words) -> String {
        var parts = [file]
        if let sheet { parts.append(Self.sheet(sheet, lang)) }
        if let row { parts.append(lang.text { $0.rowRow(row) }) }
        if let column { parts.append(lang.text { $0.columnColumn(column) }) }
        let value = self.value.map { $0.isEmpty ? "" : "\(Self.shown($0)) " } ?? ""
        return parts.joined(separator: ", ") + ": " + value + (cause?.message(lang, fields: fields) ?? reason.text(lang))
    }

    /// "sheet Danh sách", or for a sheet whose name is empty (a workbook another program wrote) "sheet
    /// không tên", never an empty name in quotes.
    public static func sheet(_ name: String, _ lang: Language) -> String {
        let name = name.trimmingCharacters(in: .whitespaces)
        return lang.text { name.isEmpty ? $0.unnamedSheet : $0.sheetNamed(name) }
    }

    /// The value on one line, control characters written out, long values cut.
    private static func shown(_ value: String) -> String {
        var shown = ""
        for scalar in value.prefix(60).unicodeScalars {
            if scalar.properties.generalCategory == .control {
                shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return value.count > 60 ? shown + "…" : shown
    }
}
