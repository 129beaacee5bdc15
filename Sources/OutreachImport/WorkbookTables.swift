import Foundation
import OutreachCore
import XLSX

/// `.xlsx` workbooks: every visible sheet with a header row, or our own form trusted through its markers.
enum WorkbookTables {
    static func read(url: URL, name: String, required: ImportField) throws(OutreachError) -> ImportFile {
        // One budget for every read of the file (outline, each sheet): the bytes it inflates add up.
        let budget = XLSXReadBudget()
        do {
            let outline = try XLSXReader.outline(url: url, budget: budget)
            if outline.definedNames.contains(where: { $0.name == "outreach_session" }),
               outline.sheets.contains(where: { $0.name == "_outreach" }) {
                return try readForm(url: url, name: name, required: required, budget: budget)
            }
            var tables: [ImportTable] = []
            var notes: [ImportProblem] = []
            for sheet in outline.sheets where sheet.state == .visible {
                let rows = try sheetRows(url: url, sheet: sheet.name, budget: budget)
                if let table = ImportFile.table(
                    sheet: sheet.name, rows: rows, file: name, required: required, notes: &notes) {
                    tables.append(table)
                }
            }
            return ImportFile(name: name, tables: tables, notes: notes)
        } catch {
            throw failure(error, url: url, name: name)
        }
    }

    /// A workbook's reading that failed, as the import refuses it: too large (invalid input naming the part),
    /// unreadable, or not a workbook.
    static func failure(_ error: any Error, url: URL, name: String) -> OutreachError {
        switch error {
        case let error as OutreachError:
            return error
        case let error as XLSXReadError:
            if let reason = tooLarge(error) { return .invalidValue(field: name, value: "", reason: reason) }
            return .file(path: url.path, reason: unreadable(error))
        default:
            return .file(path: url.path, reason: LocalizedText { $0.cannotBeReadAsXlsx(error) })
        }
    }

    /// A sheet's rows as import values, merged ranges filled from their top-left cell (an office merges
    /// the workplace of several people into one cell).
    static func sheetRows(url: URL, sheet: String, budget: XLSXReadBudget = XLSXReadBudget()) throws -> [ImportRow] {
        var rows: [ImportRow] = []
        let layout = try XLSXReader.scanRows(url: url, sheet: sheet, budget: budget) { row in
            rows.append(importRow(row, sheet: sheet))
        }
        fill(layout.merges, in: &rows)
        return rows
    }

    /// A streamed row as import values.
    static func importRow(_ row: StreamedRow, sheet: String) -> ImportRow {
        // By index, so that each cell is read in place rather than copied whole.
        let cells = row.cells
        var width = 0
        var dense = true
        for index in cells.indices {
            let column = cells[index].column
            if column != index { dense = false }
            if column >= width { width = column + 1 }
        }
        let values: [ImportValue]
        if dense {
            // Cells A, B, C… in order, as nearly every sheet has them: each value written once, in place.
            values = Array(unsafeUninitializedCapacity: width) { buffer, count in
                for index in cells.indices { (buffer.baseAddress! + index).initialize(to: value(cells[index])) }
                count = width
            }
        } else {
            var spread = [ImportValue](repeating: .empty, count: width)
            // In the file's order, so of two cells in one column the later wins, as it always did.
            for index in cells.indices { spread[cells[index].column] = value(cells[index]) }
            values = spread
        }
        return ImportRow(sheet: sheet, number: row.index + 1, cells: values)
    }

    /// The merged ranges the import fills (from their top-left cell): those of fewer than 10,000 rows.
    static func filled(_ merges: [CellRange]) -> [CellRange] {
        merges.filter { $0.last.row - $0.first.row < 10_000 }
    }

    /// Fills merged ranges from their top-left cell, in the order the sheet lists them, in the rows given (a
    /// sheet's, in file order; a range whose top row is not among them is left as it is).
    static func fill(_ merges: [CellRange], in rows: inout [ImportRow]) {
        guard !merges.isEmpty else { return }
        let positions = Dictionary(rows.enumerated().map { ($1.number - 1, $0) }, uniquingKeysWith: { first, _ in first })
        for merge in filled(merges) {
            let (first, last) = (merge.first, merge.last)
            guard let top = positions[first.row] else { continue }
            let value = rows[top][first.column]
            guard !value.isBlank else { continue }
            for row in first.row...last.row {
                guard let position = positions[row] else { continue }
                for column in first.column...min(last.column, first.column + 50)
                where row != first.row || column != first.column {
                    if rows[position].cells.count <= column {
                        rows[position].cells += Array(repeating: .empty, count: column + 1 - rows[position].cells.count)
                    }
                    rows[position].cells[column] = value
                }
            }
        }
    }

    /// A file refused for its size (a cell, the shared strings, what it inflates to), in the user's words: invalid
    /// input naming the part of the file and the cell when known; nil for any other read error.
    /// Why a workbook could not be read, in both languages, without its path (the error names the file).
    static func unreadable(_ error: XLSXReadError) -> LocalizedText {
        LocalizedText { words in
            switch error {
            case .cannotOpen: words.xlsxCannotOpen
            case .notAZip: words.xlsxNotAZip
            case .damagedZip: words.xlsxDamagedZip
            case .notAnXLSX: words.xlsxNotAWorkbook
            case let .missingPart(_, part): words.xlsxMissingPart(part)
            case let .malformedXML(part, line, _): words.xlsxMalformedXML(part, line)
            case let .corruptPart(part, _): words.xlsxCorruptPart(part)
            case let .sheetNotFound(sheet): words.xlsxNoSheetNamed(sheet)
            case .partTooLarge, .sizeLimit: words.xlsxTooLargeToRead
            }
        }
    }

    static func tooLarge(_ error: XLSXReadError) -> LocalizedText? {
        let part: String, cell: String?, limit: XLSXSizeLimit
        switch error {
        case let .sizeLimit(p, c, l): (part, cell, limit) = (p, c, l)
        case let .partTooLarge(p, bytes): (part, cell, limit) = (p, nil, .inflatedBytes(bytes))
        default: return nil
        }
        func mib(_ bytes: some BinaryInteger) -> String { "\(Int(bytes) / 1_048_576) MiB" }
        let place = LocalizedText { $0.xlsxPlace(part, cell) }
        let what: LocalizedText
        switch limit {
        case let .cellCharacters(count):
            what = LocalizedText { $0.holdsMoreThanCountCharacters(count) }
        case let .sharedStrings(count):
            what = LocalizedText { $0.holdsMoreThanCountStrings(count) }
        case let .sharedStringBytes(bytes):
            what = LocalizedText { $0.holdsMoreThanMibOf(mib(bytes)) }
        case let .inflatedBytes(bytes):
            what = LocalizedText { $0.decompressesToMoreThanMib(mib(bytes)) }
        case let .expansion(allowance, fileBytes, ratio):
            let size = fileBytes >= 1_048_576 ? mib(fileBytes) : "\(fileBytes / 1024) KB"
            what = LocalizedText { $0.decompressesToMoreThanMibFrom(mib(allowance), size, ratio) }
        case let .tokenBytes(bytes):
            what = LocalizedText { $0.holdsAnXMLTagLonger(mib(bytes)) }
        case let .sheetTextBytes(bytes):
            // The cell only says how far the reading went: every cell before it counts.
            let upTo = LocalizedText { $0.xlsxUpToCell(cell) }
            return LocalizedText { $0.fileTooLargeNotImported(part, mib(bytes), upTo) }
        }
        return LocalizedText { $0.fileTooLargeAtPlace(place, what) }
    }

    /// A cell as an import value: cached results of formulas, dates from date-formatted numbers.
    static func value(_ cell: StreamedCell) -> ImportValue {
        switch cell.value {
        case .text(let text): return isBlank(text) ? .empty : .text(text)
        case .number(let number):
            if cell.isDateFormatted, let date = ImportValue.excelDate(serial: number) { return .date(date) }
            return .number(number)
        case .bool(let flag): return .text(flag ? "TRUE" : "FALSE")
        case .error(let code): return .text(code)
        case .empty: return .empty
        }
    }

    /// Whether every character is whitespace (`Character.isWhitespace`, which looks at a character's
    /// first scalar): text starting with an ASCII byte that is not a space is decided without walking
    /// its characters, which is nearly every cell.
    static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, first < 0x80, first != 0x20, !(0x09...0x0D).contains(first) { return false }
        return text.allSatisfy(\.isWhitespace)
    }

    /// Our own form: the markers name the session, the office, the sheet, and each row's place.
    private static func readForm(url: URL, name: String, required: ImportField, budget: XLSXReadBudget) throws
        -> ImportFile {
        var facts: [String: String] = [:]
        var markers: [Int: FormRowMarker] = [:]
        try XLSXReader.forEachRow(url: url, sheet: "_outreach", budget: budget) { index, cells in
            let a = cells[0]?.displayText ?? "", b = cells[1]?.displayText ?? ""
            if index < 6 { facts[a] = b }
            guard index >= 8, let row = Int(a), let slot = Int64(b) else { return }
            let roles = (cells[3]?.displayText ?? "").split(separator: "/").compactMap { RoleCode(rawValue: String($0)) }
            markers[row] = FormRowMarker(slotID: slot, nominationID: cells[2].flatMap { Int64($0.displayText) }, roles: roles)
        }
        let path = url.path
        func broken(_ what: String) -> OutreachError {
            .file(path: path, reason: LocalizedText { $0.theFormsHiddenMarkersAre(what) })
        }
        guard facts["schema"] == "1" else { throw broken("schema") }
        guard let session = facts["session"].flatMap(SessionCode.init(rawValue:)) else { throw broken("session") }
        guard let unit = facts["unit"].flatMap(UnitCode.init(rawValue:)) else { throw broken("unit") }
        guard let sheet = facts["sheet"], let firstRow = facts["first_row"].flatMap({ Int($0) }), firstRow > 1 else {
            throw broken("sheet")
        }
        let rows = try sheetRows(url: url, sheet: sheet, budget: budget)
        var notes: [ImportProblem] = []
        guard let header = rows.first(where: { $0.number == firstRow - 1 }),
              ImportColumns.match(header, required: required) != nil,
              var table = ImportFile.table(
                sheet: sheet, rows: rows.filter { $0.number >= firstRow - 1 }, file: name, required: required,
                notes: &notes)
        else { throw broken("header") }
        table.markers = markers
        table.formUnit = unit
        return ImportFile(name: name, tables: [table], notes: notes, formSession: session, formUnit: unit)
    }
}

extension ImportFile {
    /// One sheet's rows as the workbook import reads them (import values, merged ranges filled), before any
    /// header is matched: for the read benchmark (`outreach-bench read`).
    public static func workbookRows(path: String, sheet: String) throws -> [ImportRow] {
        // The import's own limits and budget, so the benchmark reads as the import does.
        try WorkbookTables.sheetRows(url: URL(fileURLWithPath: path), sheet: sheet)
    }
}
