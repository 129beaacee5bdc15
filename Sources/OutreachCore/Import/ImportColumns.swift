/// The columns a nominee list can have, recognised from the header row whatever its case, accents
/// (Họ và tên, Ho va ten, HỌ TÊN), order, or legacy encoding (TCVN3 "Hä vµ tªn").
public enum ImportField: String, Sendable, CaseIterable {
    case number, name, role, gender, birth, position, workplace, sender, phone, email, note, status, part, signature

    /// The field's place in `allCases`, for per-row tables indexed by field.
    var index: Int {
        switch self {
        case .number: 0
        case .name: 1
        case .role: 2
        case .gender: 3
        case .birth: 4
        case .position: 5
        case .workplace: 6
        case .sender: 7
        case .phone: 8
        case .email: 9
        case .note: 10
        case .status: 11
        case .part: 12
        case .signature: 13
        }
    }

    /// Header texts as `headerKey` folds them.
    var headers: [String] {
        switch self {
        case .number: ["stt", "tt", "so tt", "so thu tu", "no"]
        case .name: ["ho va ten", "ho ten", "ho va ten dai bieu", "ho ten dai bieu", "ten dai bieu", "full name",
                     "name", "ho va ten nguoi tham du"]
        case .role: ["vai tro", "role", "thanh phan", "vai tro tham du"]
        case .gender: ["gioi tinh", "gender", "nam nu", "phai"]
        case .birth: ["nam sinh", "ngay sinh", "ngay thang nam sinh", "sinh nam", "birth year", "year of birth",
                      "date of birth"]
        case .position: ["chuc vu", "position", "chuc danh", "chuc vu hien tai"]
        case .workplace: ["noi cong tac", "don vi", "don vi cong tac", "co quan", "co quan cong tac", "workplace",
                          "ma don vi", "truong", "don vi noi cong tac"]
        case .sender: ["don vi cu", "sender", "ma don vi cu"]
        case .phone: ["dien thoai", "so dien thoai", "sdt", "so dt", "dt", "di dong", "dien thoai di dong",
                      "so di dong", "phone"]
        case .email: ["email", "e mail", "thu dien tu", "dia chi email", "dia chi thu dien tu"]
        case .note: ["ghi chu", "note", "notes"]
        case .status: ["trang thai", "tinh trang", "diem danh", "status", "co mat"]
        case .part: ["buoi", "part", "ngay buoi", "buoi hoc"]
        case .signature: ["ky ten", "chu ky", "ky", "signature"]
        }
    }

    /// Lower case, no accents, punctuation as spaces: "Số ĐT (*):" → "so dt".
    static func headerKey(_ text: String) -> String {
        FastVietnameseText.headerKey(text) ?? headerKeyGeneral(text)
    }

    static func headerKeyGeneral(_ text: String) -> String {
        String(VietnameseText.foldedKeyGeneral(text).map { $0.isLetter || $0.isNumber ? $0 : " " })
            .split(separator: " ").joined(separator: " ")
    }

    /// The field a header cell names, if any.
    static func field(forHeader text: String) -> ImportField? {
        let key = headerKey(text)
        guard !key.isEmpty else { return nil }
        return allCases.first { $0.headers.contains(key) }
    }
}

/// Where each field is in a table: the header row found and the column of each field.
public struct ImportColumns: Sendable, Equatable {
    /// The row number (1-based) of the header.
    public var headerRow: Int
    /// Field → zero-based column.
    public var columns: [ImportField: Int]
    /// Field → the header text as the file writes it, for messages.
    public var titles: [ImportField: String]
    /// Header cells that name no known field.
    public var ignored: [String]

    /// The header among the first rows: the first with a name column and at least one more known column.
    /// Header cells typed in a legacy font are read through it.
    public static func find(in rows: [ImportRow], required: ImportField = .name) -> ImportColumns? {
        for row in rows.prefix(40) {
            if let found = match(row, required: required) { return found }
        }
        return nil
    }

    /// The row's cells as headers, if they hold the required field and another.
    public static func match(_ row: ImportRow, required: ImportField = .name) -> ImportColumns? {
        var columns: [ImportField: Int] = [:]
        var titles: [ImportField: String] = [:]
        var ignored: [String] = []
        for (index, cell) in row.cells.enumerated() {
            let text = VietnameseText.normalized(cell.text)
            guard !text.isEmpty else { continue }
            let readings = [text] + LegacyVietnamese.allCases.map { $0.decode(text) }
            if let (field, reading) = readings.lazy.compactMap({ reading in
                ImportField.field(forHeader: reading).map { ($0, reading) } }).first {
                if columns[field] == nil {
                    columns[field] = index
                    titles[field] = reading
                }
            } else {
                ignored.append(text)
            }
        }
        guard columns[required] != nil, columns.count >= 2 else { return nil }
        return ImportColumns(headerRow: row.number, columns: columns, titles: titles, ignored: ignored)
    }

    /// The header of a field as the file writes it (the Vietnamese default when absent).
    public func title(_ field: ImportField) -> String {
        titles[field] ?? field.rawValue
    }
}
