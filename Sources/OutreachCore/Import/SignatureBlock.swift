/// The block under a table that every office's list ends with (Decree 30): a place-and-date line ("Lào Cai,
/// ngày 03 tháng 5 năm 2022"), the signers' titles (NGƯỜI LẬP BIỂU, HIỆU TRƯỞNG…), "(Ký, ghi rõ họ tên)",
/// "Nơi nhận:", and a few rows lower the signers' names. None of it is data.
public enum SignatureBlock {
    /// At most this many name-only rows (the signers' names) in the block; more and it is not a block.
    static let maxNameRows = 3

    /// Where the block starts (an index into `rows`) when the table ends with one: the rows from the first
    /// title or date line of the table's tail to its end, that tail holding only titles, date lines, blank
    /// rows and at most `maxNameRows` rows of names alone (no number, no phone). A name that follows the
    /// data without a title or date after it stays data; so does every row before the block.
    public static func start(in rows: ArraySlice<ImportRow>, columns: ImportColumns) -> Int? {
        var start: Int?
        var names = 0
        for index in rows.indices.reversed() {
            let row = rows[index]
            if row.isBlank { continue }
            if isSignatureLine(row) {
                start = index
            } else if names < maxNameRows, isNameOnly(row, columns: columns) {
                names += 1
            } else {
                break
            }
        }
        // A block needs data above it.
        guard let start, rows[rows.startIndex..<start].contains(where: { !$0.isBlank }) else { return nil }
        return start
    }

    /// Whether a row could belong to a block closing the table (blank, a title or date line, a name alone):
    /// `start` only ever looks at the rows after the table's last row that is none of these and at that row
    /// itself, so a table read as a stream holds back just those until its end.
    public static func mayClose(_ row: ImportRow, columns: ImportColumns) -> Bool {
        row.isBlank || isSignatureLine(row) || isNameOnly(row, columns: columns)
    }

    /// Words that start a signer's title or the lines around the signatures (folded, without accents).
    static let titles = [
        "nguoi lap", "thu truong", "hieu truong", "pho hieu truong", "truong phong", "pho truong phong",
        "ke toan", "giam doc", "pho giam doc", "chu tich", "pho chu tich", "thu quy", "nguoi duyet",
        "tm ", "kt ", "ky ghi ro", "ky va ghi ro", "ky ten", "ky dong dau", "ky ho ten", "noi nhan", "xac nhan",
        "luu vt", "luu van thu",
    ]

    /// Whether every filled cell of the row is a title, a place-and-date line or a signing instruction.
    static func isSignatureLine(_ row: ImportRow) -> Bool {
        var any = false
        for cell in row.cells where !cell.isBlank {
            guard case .text(let text) = cell else { return false }
            let folded = ImportField.headerKey(text)
            guard isDateLine(folded) || titles.contains(where: { folded.hasPrefix($0) || folded == $0.trimmingSpace })
            else { return false }
            any = true
        }
        return any
    }

    /// "…, ngày 03 tháng 5 năm 2022", "ngày … tháng … năm 20…", folded.
    static func isDateLine(_ folded: String) -> Bool {
        let words = folded.split(separator: " ")
        guard let day = words.firstIndex(of: "ngay"), let month = words[day...].firstIndex(of: "thang"),
              words[month...].contains("nam")
        else { return false }
        // Between the words: a number or nothing (a date left to fill by hand).
        return words[(day + 1)..<month].allSatisfy { Int($0) != nil } && month - day <= 2
    }

    /// A row of one to three short texts without digits, in no number or phone column: a signer's name.
    static func isNameOnly(_ row: ImportRow, columns: ImportColumns) -> Bool {
        for field in [ImportField.number, .phone] {
            if let column = columns.columns[field], !row[column].isBlank { return false }
        }
        let filled = row.cells.filter { !$0.isBlank }
        return (1...3).contains(filled.count) && filled.allSatisfy { cell in
            guard case .text(let text) = cell else { return false }
            let words = text.split(separator: " ")
            return (2...6).contains(words.count) && !text.contains(where: \.isNumber)
        }
    }
}

private extension String {
    var trimmingSpace: String { hasSuffix(" ") ? String(dropLast()) : self }
}

extension SignatureBlock {
    /// Cuts the table's closing signature block off its rows; a warning names the signers' names it held,
    /// so that a nominee written under the signatures is not lost without a word.
    public static func cut(_ table: inout ImportTable, file: String) -> [ImportProblem] {
        guard let start = start(in: table.rows[...], columns: table.columns) else { return [] }
        let names = table.rows[start...].filter { !$0.isBlank && !isSignatureLine($0) }
        table.rows.removeSubrange(start...)
        return names.map { row in
            let text = row.cells.filter { !$0.isBlank }.map(\.text).joined(separator: ", ")
            return ImportProblem(.warning, file: file, sheet: row.sheet, row: row.number, value: text, reason: LocalizedText { $0.isUnderTheSignatureBlock })
        }
    }
}
