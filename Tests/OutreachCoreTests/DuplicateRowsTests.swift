import Testing

@testable import OutreachCore

@Suite struct DuplicateRowsTests {
    /// The duplicates as `PersonIdentity` decides them: each row against the earlier rows of its name that are
    /// not duplicates themselves, taken as known people. The checker's tables must report the same rows, in the
    /// same order, pointing at the same earlier rows: one identity rule, in a file as in the database.
    private static func reference(_ rows: [NomineeImportRow]) -> [String] {
        var kept: [String: [PersonIdentity.Known]] = [:]
        var found: [String] = []
        for index in rows.indices {
            let row = rows[index]
            let verdict = PersonIdentity.identify(
                PersonIdentity.Typed(phone: row.phone, birthYear: row.birthYear, workplace: nil),
                among: kept[row.matchKey] ?? [])
            if let same = verdict.same {
                found.append("\(row.row)→\(rows[Int(same.id)].row)")
                continue
            }
            kept[row.matchKey, default: []].append(
                PersonIdentity.Known(id: Int64(index), phone: row.phone, birthYear: row.birthYear, workplace: nil))
        }
        return found
    }

    @Test func duplicatesAreTheRowsTheTwoTablesFind() throws {
        let names = ["Nguyễn Văn An", "Nguyễn Văn Ân", "Lò Thị Mai", "Giàng A Páo", "Hoàng Thị Hoà", "Hoàng Thị Hòa"]
        var generator = SystemRandomNumberGenerator()
        var reported = 0
        for round in 0..<200 {
            var rows: [NomineeImportRow] = []
            for number in 1...Int.random(in: 1...40, using: &generator) {
                var row = NomineeImportRow(
                    file: "t.xlsx", sheet: nil, row: number, fullName: try NameInput.tidied(names.randomElement()!),
                    role: RoleCode(rawValue: "gv")!, sender: nil, slotID: nil, nominationID: nil)
                row.phone = Bool.random() ? nil : ["0912345678", "0987654321", "0203123456"].randomElement()
                row.birthYear = Bool.random() ? nil : Int.random(in: 1980...1982)
                rows.append(row)
            }
            let result = NomineeRowChecker.duplicates(rows)
            let expected = Self.reference(rows)
            let found = result.problems.map { problem in
                let earlier = problem.reason.en.split(separator: " ").drop { $0 != "row" }.dropFirst().first ?? ""
                return "\(problem.row ?? 0)→\(earlier)"
            }
            #expect(found == expected, "round \(round)")
            #expect(Set(result.rows) == Set(expected.map { "|" + $0.split(separator: "→")[0] }))
            reported += expected.count
        }
        #expect(reported > 100)  // the rounds do meet duplicates
    }
}
