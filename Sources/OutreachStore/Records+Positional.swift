import Foundation
import GRDB

// The rows read on every confirm, nomination and page of the server, decoded by column position: GRDB's Codable
// decoding looks every column up by name and was the largest item in the server's profile. Each record selects
// its columns in the table's own order (so `SELECT *` and `SELECT n.*` give the same positions), which
// `RecordColumnsTests` holds to the schema.

extension NominationRecord {
    static let columnNames = [
        "id", "sessionCode", "personId", "senderCode", "slotId", "role", "status", "replacesId", "note", "createdAt",
        "updatedAt", "nominatedOn",
    ]
    static var databaseSelection: [any SQLSelectable] { columnNames.map { Column($0) } }

    init(row: Row) throws {
        try Self.checkWidth(row, Self.columnNames.count)
        self.init(
            id: row[0], sessionCode: row[1], personId: row[2], senderCode: row[3], slotId: row[4], role: row[5],
            status: row[6], replacesId: row[7], note: row[8], createdAt: row[9], updatedAt: row[10],
            nominatedOn: row[11])
    }
}

extension QuotaSlotRecord {
    static let columnNames = ["id", "sessionCode", "unitCode", "groupIndex", "groupLabel", "slotIndex", "roles", "count", "source"]
    static var databaseSelection: [any SQLSelectable] { columnNames.map { Column($0) } }

    init(row: Row) throws {
        try Self.checkWidth(row, Self.columnNames.count)
        self.init(
            id: row[0], sessionCode: row[1], unitCode: row[2], groupIndex: row[3], groupLabel: row[4], slotIndex: row[5],
            roles: row[6], count: row[7], source: row[8])
    }
}

extension PersonRecord {
    static let columnNames = [
        "id", "fullName", "matchKey", "unitCode", "position", "phone", "email", "createdAt", "birthYear", "gender",
    ]
    static var databaseSelection: [any SQLSelectable] { columnNames.map { Column($0) } }

    init(row: Row) throws {
        try Self.checkWidth(row, Self.columnNames.count)
        self.init(
            id: row[0], fullName: row[1], matchKey: row[2], unitCode: row[3], position: row[4], phone: row[5],
            email: row[6], createdAt: row[7], birthYear: row[8], gender: row[9])
    }
}

extension FetchableRecord {
    /// A row narrower than the record is a query that selected other columns: refused rather than misread.
    static func checkWidth(_ row: Row, _ width: Int) throws {
        guard row.count >= width else { throw StoreCorruption(what: "\(Self.self): \(row.count) columns, \(width) expected") }
    }
}
