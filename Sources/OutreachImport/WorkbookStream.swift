import Foundation
import OutreachCore
import XLSX

/// Where the rows of a workbook read as a stream go (`ImportFile.stream`), table by table, in file order. Called
/// on the reading thread.
public protocol ImportRowConsumer: AnyObject {
    /// A sheet's header row was found; its rows follow. `table` holds no rows; `expected` is about how many the
    /// sheet says it has below the header (a hint: the file may say anything).
    func begin(_ table: ImportTable, expected: Int)
    /// The next rows of the table begun, as the whole reading of the file would give them: nothing read later
    /// changes them. The consumer may empty them. False to stop the reading (then the stream is abandoned).
    func take(_ rows: inout [ImportRow]) -> Bool
    /// The table's last rows, held back until the sheet was read whole because they may close it (a signature
    /// block is cut from them), now final. False to stop the reading.
    func end(_ rows: inout [ImportRow]) -> Bool
}

extension ImportFile {
    /// How a stream of a file's rows ended.
    public enum Streamed: Sendable {
        /// Not a plain workbook (a text file, our own form, a file that is no zip): nothing was handed on.
        case notStreamed
        /// Every row was handed on as `read(path:)` gives it; the file as it reads it, its tables without rows.
        case read(ImportFile)
        /// What was handed on may differ from what `read(path:)` gives (a merged range over rows handed on, text
        /// in a legacy font, a consumer that stopped, no table at all): read the file whole.
        case abandoned
        /// The file cannot be read (too large, damaged): `read(path:)` refuses it with this error, reading it in
        /// the same order within the same limits, so it need not be read again.
        case refused(OutreachError)
    }

    /// Reads a plain workbook (not our own form) sheet by sheet, handing each table's rows to `consumer` as
    /// they are read, `chunk` at a time, rather than once the file is read whole: speculatively, since the end
    /// of a sheet can still change rows read before it (merged ranges are listed after the rows, a legacy font
    /// is decided over a whole column, a signature block is cut from a table's end). Rows that may close the
    /// table are held back to its end; whatever else the end changes abandons the stream, and the caller reads
    /// the file whole (`read(path:)`), undoing what it did with the rows. Never throws: a file the whole
    /// reading refuses is abandoned, so that it is refused as that reading refuses it.
    public static func stream(
        path: String, required: ImportField = .name, chunk: Int = 4_096, into consumer: some ImportRowConsumer
    ) -> Streamed {
        WorkbookStream.read(path: path, required: required, chunk: max(1, chunk), consumer: consumer)
    }
}

enum WorkbookStream {
    /// The stream cannot give what the whole reading gives.
    private struct Abandon: Error {}

    static func read(path: String, required: ImportField, chunk: Int, consumer: some ImportRowConsumer)
        -> ImportFile.Streamed {
        let url = URL(fileURLWithPath: path)
        // A zip, as `ImportFile.read` tells a workbook (a file named .xlsx that is none is refused by that reading).
        guard let handle = FileHandle(forReadingAtPath: path) else { return .notStreamed }
        let magic = (try? handle.read(upToCount: 4)) ?? Data()
        try? handle.close()
        guard magic.starts(with: [0x50, 0x4B]) else { return .notStreamed }
        let name = url.lastPathComponent
        // A sheet's declared size is believed up to a row for every 4 bytes of the file (a real list takes 20–30 a
        // row): room reserved for a million rows by a small file would be filled all over by its few.
        let fileBytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        let plausibleRows = min(fileBytes / 4, 1_048_576)
        // One budget for every read of the file, as `WorkbookTables.read` has it.
        let budget = XLSXReadBudget()
        do {
            let outline = try XLSXReader.outline(url: url, budget: budget)
            if outline.definedNames.contains(where: { $0.name == "outreach_session" }),
               outline.sheets.contains(where: { $0.name == "_outreach" }) {
                return .notStreamed
            }
            var tables: [ImportTable] = []
            var notes: [ImportProblem] = []
            for sheet in outline.sheets where sheet.state == .visible {
                var reading = SheetStream(
                    sheet: sheet.name, file: name, required: required, chunk: chunk, plausibleRows: plausibleRows)
                let layout = try XLSXReader.scanRows(url: url, sheet: sheet.name, budget: budget) { row in
                    try reading.add(row, consumer)
                }
                if let table = try reading.finish(merges: layout.merges, consumer, notes: &notes) { tables.append(table) }
            }
            // A file without a table is refused by the whole reading.
            guard !tables.isEmpty else { return .abandoned }
            return .read(ImportFile(name: name, tables: tables, notes: notes))
        } catch is Abandon {
            return .abandoned
        } catch {
            return .refused(WorkbookTables.failure(error, url: url, name: name))
        }
    }

    /// One sheet as it streams: the rows up to its header, then its rows handed on as soon as nothing read later
    /// can change them.
    private struct SheetStream {
        let sheet: String
        let file: String
        let required: ImportField
        let chunk: Int
        /// The rows up to the header row, or the first 40 while none is found (`ImportColumns.find`).
        private var prefix: [ImportRow] = []
        /// The table, once its header row was found.
        private var table: ImportTable?
        /// Rows final but not handed on yet (fewer than a chunk).
        private var ready: [ImportRow] = []
        /// The rows from the last one that cannot close the table (`SignatureBlock.mayClose`) to the last read.
        private var held: [ImportRow] = []
        /// The first and last row numbers handed on or ready.
        private var given: (first: Int, last: Int)?
        /// Each column's legacy-font evidence over the rows handed on or ready.
        private var evidence: [LegacyVietnamese.Evidence] = []
        private var lastNumber = 0

        /// The most rows a sheet's `<dimension>` is believed to declare.
        let plausibleRows: Int

        init(sheet: String, file: String, required: ImportField, chunk: Int, plausibleRows: Int) {
            self.sheet = sheet
            self.file = file
            self.required = required
            self.chunk = chunk
            self.plausibleRows = plausibleRows
        }

        mutating func add(_ streamed: StreamedRow, _ consumer: some ImportRowConsumer) throws {
            let row = WorkbookTables.importRow(streamed, sheet: sheet)
            // Rows out of order: merged ranges and the header are found by row number in the whole reading.
            guard row.number > lastNumber else { throw Abandon() }
            lastNumber = row.number
            guard let table else {
                guard prefix.count < 40 else { return }
                prefix.append(row)
                if let columns = ImportColumns.match(row, required: required) {
                    let table = ImportTable(sheet: sheet, columns: columns, rows: [])
                    self.table = table
                    let declared = streamed.dimension.map { min($0.last.row + 1, plausibleRows) } ?? 0
                    consumer.begin(table, expected: max(0, declared - row.number))
                }
                return
            }
            if SignatureBlock.mayClose(row, columns: table.columns) {
                held.append(row)
                return
            }
            // A row that cannot close the table: those before it are final.
            for index in held.indices { try weigh(held[index]) }
            ready += held
            held.removeAll(keepingCapacity: true)
            held.append(row)
            if ready.count >= chunk { try hand(consumer) }
        }

        /// Adds a row's texts to its columns' legacy-font evidence and notes its number as given. A text no list
        /// has (a cell of thousands of bytes, a sheet of tens of megabytes of text) abandons the stream: checked
        /// row by row as it is read, a hostile file would cost far more than the whole reading that refuses it.
        private mutating func weigh(_ row: ImportRow) throws {
            given = (given?.first ?? row.number, row.number)
            if evidence.count < row.cells.count {
                evidence += Array(repeating: LegacyVietnamese.Evidence(), count: row.cells.count - evidence.count)
            }
            for column in row.cells.indices {
                guard case .text(let text) = row.cells[column] else { continue }
                let bytes = text.utf8.count
                textBytes += bytes
                guard bytes <= Self.longestText, textBytes <= Self.textBudget else { throw Abandon() }
                evidence[column].add(text)
            }
        }

        /// The longest cell text (UTF-8 bytes) and the most text a streamed sheet hands on.
        static let longestText = 2_048
        static let textBudget = 64 << 20
        private var textBytes = 0

        private mutating func hand(_ consumer: some ImportRowConsumer) throws {
            guard !ready.isEmpty else { return }
            guard consumer.take(&ready) else { throw Abandon() }
            ready.removeAll(keepingCapacity: true)
        }

        /// The sheet read: its merged ranges, the legacy-font decision and the held rows settled as the whole
        /// reading settles them, or the stream abandoned where they would change a row given already. Gives the
        /// table (without rows), its note added to `notes`, or nil for a sheet without a header.
        mutating func finish(merges all: [CellRange], _ consumer: some ImportRowConsumer, notes: inout [ImportProblem])
            throws -> ImportTable? {
            let merges = WorkbookTables.filled(all)
            guard let table else {
                // No header among the first rows as read: none once their merged ranges are filled either.
                if !merges.isEmpty {
                    WorkbookTables.fill(merges, in: &prefix)
                    if ImportColumns.find(in: prefix, required: required) != nil { throw Abandon() }
                }
                return nil
            }
            if !merges.isEmpty {
                if let given, merges.contains(where: { $0.first.row + 1 <= given.last && $0.last.row + 1 >= given.first }) {
                    throw Abandon()
                }
                var rows = prefix + held
                held = []
                WorkbookTables.fill(merges, in: &rows)
                held = Array(rows[prefix.count...])
                rows.removeSubrange(prefix.count...)
                // The same header once the ranges above and on it are filled.
                guard ImportColumns.find(in: rows, required: required) == table.columns else { throw Abandon() }
                // The rows held back still start with one that cannot close the table, so that the signature
                // block is cut from them as from the whole table.
                if given != nil, let first = held.first, SignatureBlock.mayClose(first, columns: table.columns) {
                    throw Abandon()
                }
            }
            for row in held { try weigh(row) }
            // Text typed in a legacy font is converted over the whole column, rows given already included.
            if evidence.contains(where: { $0.encoding != nil }) { throw Abandon() }
            if let note = ImportFile.ignoredNote(table.columns, sheet: sheet, file: file) { notes.append(note) }
            try hand(consumer)
            guard consumer.end(&held) else { throw Abandon() }
            held = []
            return table
        }
    }
}
