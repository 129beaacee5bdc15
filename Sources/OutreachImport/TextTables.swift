import Foundation
import OutreachCore

/// CSV (or tab-separated) text files: UTF-8 with or without BOM, UTF-16 with BOM, Windows-1258, legacy fonts.
enum TextTables {
    static func read(url: URL, name: String, required: ImportField) throws(OutreachError) -> ImportFile {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .file(path: url.path, reason: LocalizedText(vi: "không đọc được", en: "cannot be read"))
        }
        guard let decoded = TextDecoding.decode(data) else {
            throw .file(path: url.path, reason: LocalizedText(
                vi: "không phải tệp .xlsx hay .csv (có byte NUL hoặc mã UTF-16 hỏng)",
                en: "is neither an .xlsx nor a .csv file (NUL bytes or broken UTF-16)"))
        }
        let rows = Self.rows(CSVTable.parse(decoded.text))
        let legacy = decoded.asWindows1252.map { Self.rows(CSVTable.parse($0)) }
        var notes: [ImportProblem] = []
        let table = ImportFile.table(
            sheet: nil, rows: rows, windows1252: legacy, file: name, required: required, notes: &notes)
        return ImportFile(name: name, tables: table.map { [$0] } ?? [], notes: notes, encoding: decoded.encoding.rawValue)
    }

    private static func rows(_ records: [[String]]) -> [ImportRow] {
        records.enumerated().map { index, fields in
            ImportRow(sheet: nil, number: index + 1, cells: fields.map { $0.isEmpty ? .empty : .text($0) })
        }
    }
}
