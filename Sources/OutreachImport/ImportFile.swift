import Foundation
import OutreachCore
import XLSX

/// A list file read into tables: an `.xlsx` workbook (our own nomination form, or any sheet whose header
/// row names the columns) or a CSV text file in any of the encodings offices use. Legacy-font text (TCVN3,
/// VNI) is detected per column and converted; what was converted or ignored is reported as warnings.
public struct ImportFile: Sendable {
    /// The file name used in messages.
    public var name: String
    /// The tables found, one per sheet with a header row.
    public var tables: [ImportTable]
    /// What the reader noticed: columns converted from a legacy encoding, columns ignored.
    public var notes: [ImportProblem]
    /// The session our own form was made for, from its hidden markers.
    public var formSession: SessionCode?
    /// The office our own form was made for.
    public var formUnit: UnitCode?
    /// How a CSV file's bytes were read.
    public var encoding: String?

    /// The data rows of every table.
    public var rowCount: Int { tables.reduce(0) { $0 + $1.rows.count } }

    /// Reads `path`, choosing the reader from the file's first bytes (a zip is a workbook, anything else text).
    public static func read(path: String, required: ImportField = .name) throws(OutreachError) -> ImportFile {
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent
        guard FileManager.default.fileExists(atPath: path) else { throw .fileNotFound(path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .file(path: path, reason: LocalizedText { $0.cannotBeRead })
        }
        let magic = (try? handle.read(upToCount: 4)) ?? Data()
        try? handle.close()
        var file: ImportFile
        if magic.starts(with: [0x50, 0x4B]) || url.pathExtension.lowercased() == "xlsx" {
            file = try WorkbookTables.read(url: url, name: name, required: required)
        } else {
            file = try TextTables.read(url: url, name: name, required: required)
        }
        if file.tables.isEmpty {
            // The file was read: holding no table is invalid input (exit 1), like a header without rows.
            throw .invalidValue(field: name, value: "", reason: LocalizedText { $0.noHeaderRowNamingThe(required == .name ? $0.nomineeColumnTitles : $0.attendanceColumnTitles) })
        }
        return file
    }

    /// Builds a table from a sheet's rows: finds the header, keeps the rows below it, converts legacy text.
    static func table(
        sheet: String?, rows: [ImportRow], windows1252: [ImportRow]? = nil, file: String, required: ImportField,
        notes: inout [ImportProblem]
    ) -> ImportTable? {
        // An 8-bit file's header may be in a legacy font, which only its Windows-1252 reading keeps.
        let found = [ImportColumns.find(in: rows, required: required)]
            + [windows1252.flatMap { ImportColumns.find(in: $0, required: required) }]
        guard let columns = found.compactMap({ $0 }).max(by: { $0.columns.count < $1.columns.count }) else { return nil }
        var body = rows.filter { $0.number > columns.headerRow }
        let legacyBody = windows1252?.filter { $0.number > columns.headerRow }
        let width = body.reduce(0) { max($0, $1.cells.count) }
        for column in 0..<width {
            let texts = body.map { row -> String in
                if case .text(let text) = row[column] { return text }
                return ""
            }
            let legacyTexts = legacyBody?.map { row -> String in
                if case .text(let text) = row[column] { return text }
                return ""
            }
            let (converted, legacy) = LegacyVietnamese.converted(texts, windows1252: legacyTexts)
            guard legacy != nil || legacyTexts != nil else { continue }
            for index in body.indices where body[index].cells.indices.contains(column) {
                if case .text = body[index].cells[column] {
                    body[index].cells[column] = .text(converted[index].precomposedStringWithCanonicalMapping)
                }
            }
            if let legacy {
                let title = columns.columns.first { $0.value == column }.map { columns.title($0.key) } ?? "\(column + 1)"
                notes.append(ImportProblem(.warning, file: file, sheet: sheet, column: title, reason: LocalizedText { $0.textTypedInLegacyConverted(legacy.rawValue) }))
            }
        }
        if let note = ignoredNote(columns, sheet: sheet, file: file) { notes.append(note) }
        return ImportTable(sheet: sheet, columns: columns, rows: body)
    }

    /// The warning naming the header's columns that are ignored, if any.
    static func ignoredNote(_ columns: ImportColumns, sheet: String?, file: String) -> ImportProblem? {
        guard !columns.ignored.isEmpty else { return nil }
        return ImportProblem(.warning, file: file, sheet: sheet, row: columns.headerRow, reason: LocalizedText { $0.ignoringUnusedColumnsIgnored(columns.ignored.joined(separator: ", ")) })
    }
}
