import Foundation
import OutreachCore

/// CSV (or tab-separated) text files: UTF-8 with or without BOM, UTF-16 with BOM, Windows-1258, legacy fonts.
enum TextTables {
    static func read(url: URL, name: String, required: ImportField) throws(OutreachError) -> ImportFile {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .file(path: url.path, reason: LocalizedText { $0.cannotBeRead })
        }
        guard let decoded = TextDecoding.decode(data) else {
            if let place = Self.firstNUL(in: data) {
                let column = place.column.map { number in LocalizedText { $0.columnNumber(number) } } ?? LocalizedText(verbatim: "")
                throw .file(path: url.path, reason: LocalizedText { $0.nulCharacterInCSV(place.line, column) })
            }
            throw .file(path: url.path, reason: LocalizedText { $0.isNeitherAnXlsxNor })
        }
        let rows = Self.rows(CSVTable.parse(decoded.text))
        let legacy = decoded.asWindows1252.map { Self.rows(CSVTable.parse($0)) }
        var notes: [ImportProblem] = []
        let table = ImportFile.table(
            sheet: nil, rows: rows, windows1252: legacy, file: name, required: required, notes: &notes)
        return ImportFile(name: name, tables: table.map { [$0] } ?? [], notes: notes, encoding: decoded.encoding.rawValue)
    }

    /// Where the first NUL byte is, for a file refused as a whole: its line (a CSV row, unless a quoted field
    /// spans lines) and the heading of its column, counted by the separator the first line uses most.
    static func firstNUL(in data: Data) -> (line: Int, column: String?)? {
        let bytes = [UInt8](data)
        guard let nul = bytes.firstIndex(of: 0) else { return nil }
        let line = bytes[..<nul].count { $0 == 0x0A } + 1
        let lineStart = bytes[..<nul].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let headerEnd = bytes.firstIndex(of: 0x0A) ?? bytes.endIndex
        let header = bytes[..<min(headerEnd, nul)]
        guard let separator = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09].max(by: { a, b in
            header.count { $0 == a } < header.count { $0 == b }
        }), line > 1 else { return (line, nil) }
        let index = bytes[lineStart..<nul].count { $0 == separator }
        let headings = header.split(separator: separator, omittingEmptySubsequences: false)
        guard headings.indices.contains(index) else { return (line, nil) }
        let heading = String(decoding: headings[index], as: UTF8.self)
            .trimmingCharacters(in: CharacterSet(charactersIn: "\"\u{FEFF}\r ").union(.whitespaces))
        return (line, heading.isEmpty ? nil : TerminalText.printable(heading))
    }

    private static func rows(_ records: [[String]]) -> [ImportRow] {
        records.enumerated().map { index, fields in
            ImportRow(sheet: nil, number: index + 1, cells: fields.map { $0.isEmpty ? .empty : .text($0) })
        }
    }
}
