/// Why an .xlsx file could not be read.
public enum XLSXReadError: Error, CustomStringConvertible, Equatable {
    /// The file does not exist or cannot be opened.
    case cannotOpen(path: String, reason: String)
    /// The file is not a zip archive at all (e.g. a PDF renamed .xlsx).
    case notAZip(path: String)
    /// The file starts like a zip archive but is truncated or damaged.
    case damagedZip(path: String, reason: String)
    /// A zip archive without a spreadsheet workbook in it.
    case notAnXLSX(path: String, reason: String)
    /// A part the workbook refers to is missing.
    case missingPart(path: String, part: String)
    /// A part is not well-formed XML.
    case malformedXML(part: String, line: Int, reason: String)
    /// A part decompresses to more than the allowed size (zip-bomb guard).
    case partTooLarge(part: String, limit: UInt64)
    /// A part cannot be decompressed (bad checksum, unknown compression).
    case corruptPart(part: String, reason: String)
    /// No sheet has the requested name.
    case sheetNotFound(name: String)
    /// The file passed one of the reader's size limits (`XLSXReadLimits`) in `part`, at `cell` (A1) when known.
    case sizeLimit(part: String, cell: String?, limit: XLSXSizeLimit)

    /// A one-line English message naming the file or part.
    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): "cannot open '\(path)': \(reason)"
        case let .notAZip(path): "'\(path)' is not an .xlsx file (not a zip archive)"
        case let .damagedZip(path, reason): "'\(path)' is a damaged or truncated .xlsx file: \(reason)"
        case let .notAnXLSX(path, reason): "'\(path)' is a zip archive but not an .xlsx workbook: \(reason)"
        case let .missingPart(path, part): "'\(path)' is missing its part \(part)"
        case let .malformedXML(part, line, reason): "\(part) line \(line): malformed XML: \(reason)"
        case let .partTooLarge(part, limit): "\(part) decompresses to more than \(limit) bytes; refusing to read it"
        case let .corruptPart(part, reason): "\(part) cannot be decompressed: \(reason)"
        case let .sheetNotFound(name): "there is no sheet named '\(name)'"
        case let .sizeLimit(part, cell, limit):
            (cell.map { "cell \($0) of " } ?? "") + "\(part): " + limit.description + "; refusing to read it"
        }
    }
}

extension XLSXSizeLimit: CustomStringConvertible {
    /// What was too large, in English.
    public var description: String {
        switch self {
        case let .cellCharacters(limit): "text longer than \(limit) characters (Excel's limit for a cell)"
        case let .sharedStrings(limit): "more than \(limit) shared strings"
        case let .sharedStringBytes(limit): "shared strings larger than \(limit / 1_048_576) MiB in all"
        case let .inflatedBytes(limit): "the file decompresses to more than \(limit / 1_048_576) MiB"
        case let .expansion(allowance, fileBytes, ratio):
            "the file (\(fileBytes) bytes) decompresses to more than \(allowance / 1_048_576) MiB, "
                + "beyond the \(ratio) times a workbook ever compresses"
        case let .tokenBytes(limit): "one XML tag longer than \(limit) bytes"
        case let .sheetTextBytes(limit): "the sheet's cells hold more than \(limit / 1_048_576) MiB of text"
        }
    }
}
