import AtomicFile

/// Everything the XLSX writer refuses or fails at, with a message that names the sheet and cell involved.
public enum XLSXError: Error, CustomStringConvertible, Equatable {
    /// libxlsxwriter returned an error code; `message` is its `lxw_strerror` text.
    case library(function: String, message: String)
    /// A sheet name Excel would refuse.
    case invalidSheetName(name: String, reason: String)
    /// A sheet name equal, ignoring case, to an existing sheet's.
    case duplicateSheetName(name: String, existing: String)
    /// A row or column outside 0..<1_048_576 × 0..<16_384.
    case cellOutOfRange(sheet: String, row: Int, column: Int)
    /// NaN or infinity, which Excel cannot store.
    case nonFiniteNumber(sheet: String, cell: String)
    /// Text longer than Excel accepts in that place.
    case stringTooLong(sheet: String, cell: String, length: Int, limit: Int)
    /// A merge Excel would have to repair, e.g. one overlapping an earlier merge.
    case invalidMerge(sheet: String, range: String, reason: String)
    /// A header or footer that is too long or would trigger libxlsxwriter 1.1.4's image double free.
    case invalidHeaderFooter(sheet: String?, reason: String)
    /// A defined name Excel would refuse, or one already defined in the same scope.
    case invalidDefinedName(name: String, reason: String)
    /// In constant-memory mode, a write to a row that has already been flushed to disk.
    case rowAlreadyWritten(sheet: String, row: Int, currentRow: Int)
    /// Any use of a workbook (or one of its sheets) after `close()` or after it was discarded.
    case workbookClosed
    /// The destination is refused before any work (missing or unwritable folder, a folder, a symbolic link or
    /// a read-only file in the way), or the finished file could not be moved into place.
    case destination(path: String, PendingFile.Failure)
    /// Any other argument outside what Excel accepts (font size, width, date, zoom…).
    case invalidValue(sheet: String?, what: String, reason: String)
    /// A data validation Excel would refuse, or one that would crash or corrupt libxlsxwriter 1.1.4.
    case invalidValidation(sheet: String, range: String, reason: String)
    /// A conditional format Excel would ignore, or one that would hit a libxlsxwriter 1.1.4 bug.
    case invalidConditionalFormat(sheet: String, range: String, reason: String)
    /// A chart libxlsxwriter 1.1.4 would refuse at close or write with references in place of text.
    case invalidChart(sheet: String, cell: String, reason: String)

    /// A one-line English message naming what was refused and where.
    public var description: String {
        switch self {
        case let .library(function, message):
            return "libxlsxwriter \(function) failed: \(message)"
        case let .invalidSheetName(name, reason):
            return "invalid sheet name '\(name)': \(reason)"
        case let .duplicateSheetName(name, existing):
            return "sheet name '\(name)' is already used by sheet '\(existing)' (names ignore case)"
        case let .cellOutOfRange(sheet, row, column):
            return "sheet '\(sheet)': cell at row \(row), column \(column) (zero-based) is outside "
                + "rows 0..<\(Limits.rows) and columns 0..<\(Limits.columns)"
        case let .nonFiniteNumber(sheet, cell):
            return "sheet '\(sheet)' cell \(cell): number is NaN or infinite, which Excel cannot store"
        case let .stringTooLong(sheet, cell, length, limit):
            return "sheet '\(sheet)' \(cell): text has \(length) characters, limit is \(limit)"
        case let .invalidMerge(sheet, range, reason):
            return "sheet '\(sheet)': cannot merge \(range): \(reason)"
        case let .invalidHeaderFooter(sheet, reason):
            let place = sheet.map { "sheet '\($0)': " } ?? ""
            return "\(place)invalid header/footer: \(reason)"
        case let .invalidDefinedName(name, reason):
            return "invalid defined name '\(name)': \(reason)"
        case let .rowAlreadyWritten(sheet, row, currentRow):
            return "sheet '\(sheet)': row \(row + 1) was already written to disk (constant-memory mode is at "
                + "row \(currentRow + 1)); write rows in order"
        case .workbookClosed:
            return "the workbook is already closed or was discarded"
        case let .destination(path, failure):
            return "cannot write '\(path)': \(failure)"
        case let .invalidValue(sheet, what, reason):
            let place = sheet.map { "sheet '\($0)': " } ?? ""
            return "\(place)invalid \(what): \(reason)"
        case let .invalidValidation(sheet, range, reason):
            return "sheet '\(sheet)' \(range): invalid data validation: \(reason)"
        case let .invalidConditionalFormat(sheet, range, reason):
            return "sheet '\(sheet)' \(range): invalid conditional format: \(reason)"
        case let .invalidChart(sheet, cell, reason):
            return "sheet '\(sheet)' \(cell): invalid chart: \(reason)"
        }
    }
}

/// Excel's fixed sheet limits, shared by validation and messages.
enum Limits {
    static let rows = 1_048_576
    static let columns = 16_384
    static let cellTextCodePoints = 32_767
    static let headerFooterCodePoints = 255
    static let sheetNameLength = 31
}
