import Foundation

/// Checks every row of an imported nominee list on its own (names, roles, phones, years, units, duplicates
/// inside the file) before anything is written; the rules that need the database (quota, deadline,
/// authority, nominations already made) are the store's.
///
/// Phones: a number cell with 9 digits is read with its leading 0 restored and a warning, since Excel drops
/// the 0 of a phone typed as a number and the office typed it right; text with 9 digits is an error, since
/// the office typed it so.
public struct NomineeRowChecker: Sendable {
    public var file: String
    public var session: Session
    public var sender: UnitCode?
    private let unitsByKey: [String: [UnitCode]]
    /// The session's role names as `headerKey` folds them, in the order of `session.roles` (folded once,
    /// not for every row).
    private let roleKeys: [(name: String, nameEn: String?)]
    /// Each role's name as written in the session, and the role it reads as.
    private let rolesByName: [String: RoleCode]

    public init(file: String, session: Session, units: [OrgUnit], sender: UnitCode?) {
        self.file = file
        self.session = session
        self.sender = sender
        var byKey: [String: [UnitCode]] = [:]
        for unit in units {
            for key in UnitLookup.keys(unit) { byKey[key, default: []].append(unit.code) }
        }
        unitsByKey = byKey
        let roleKeys = session.roles.map { (ImportField.headerKey($0.name), $0.nameEn.map(ImportField.headerKey)) }
        self.roleKeys = roleKeys
        var rolesByName: [String: RoleCode] = [:]
        for role in session.roles {
            rolesByName[role.name] = Self.role(role.name, of: session, keys: roleKeys)
        }
        self.rolesByName = rolesByName
    }

    /// The rows that passed, and every problem found. A large table is checked in slices on every core
    /// (rows are checked on their own); the results are joined in file order, then duplicates are found.
    /// The tables are consumed: each one's cells are freed once its rows are checked, so a province's file
    /// is not held twice (pass them with `consume` to let that happen).
    public func check(_ tables: consuming [ImportTable]) -> (rows: [NomineeImportRow], problems: [ImportProblem]) {
        var results: [(rows: [NomineeImportRow], problems: [ImportProblem])] = []
        var notes: [ImportProblem] = []
        for index in tables.indices {
            var table = tables[index]
            tables[index].rows = []
            notes += SignatureBlock.cut(&table, file: file)
            results += check(table)
        }
        // Joined into an array of the right size, each slice freed once copied.
        var rows: [NomineeImportRow] = []
        rows.reserveCapacity(results.reduce(0) { $0 + $1.rows.count })
        var problems = notes
        for index in results.indices {
            rows += results[index].rows
            problems += results[index].problems
            results[index] = ([], [])
        }
        let duplicates = Self.duplicates(rows)
        problems += duplicates.problems
        if !duplicates.rows.isEmpty { rows.removeAll { duplicates.rows.contains(Self.place($0)) } }
        return (rows, problems)
    }

    /// The same checks, a chunk of rows at a time in file order, for an import that writes the rows checked so
    /// far while the rest are checked (on another thread): `deliver` gets each chunk's rows that passed, the
    /// duplicates of earlier rows already left out, and returns false to stop. Gives every problem found, in the
    /// order `check(_:)` gives them, and the same rows in the same order across the chunks. Each chunk's cells
    /// are freed once checked (pass the tables with `consume`).
    public func check(
        _ tables: consuming [ImportTable], chunk size: Int, deliver: ([NomineeImportRow]) -> Bool
    ) -> [ImportProblem] {
        var checking = Checking(self, capacity: tables.reduce(0) { $0 + $1.rows.count })
        for index in tables.indices {
            var table = tables[index]
            tables[index].rows = []
            checking.cut(&table)
            var rows = table.rows
            table.rows = []
            guard checking.check(&rows, in: table, chunk: size, deliver: deliver) else { break }
        }
        return checking.problems
    }

    /// The checks of `check(_:chunk:deliver:)` made part by part, for a file whose rows come as they are read:
    /// each table's closing signature block cut (`cut`), its rows checked in file order (`check`, as many
    /// times as they come), then every problem in the order `check(_:)` gives them (`problems`).
    public struct Checking {
        private let checker: NomineeRowChecker
        private var notes: [ImportProblem] = []
        private var found: [ImportProblem] = []
        private var duplicates: [ImportProblem] = []
        private var finder: DuplicateFinder
        private var memo = Memo()

        /// `capacity`: about how many rows will come (room is reserved for them).
        public init(_ checker: NomineeRowChecker, capacity: Int) {
            self.checker = checker
            finder = DuplicateFinder(capacity: capacity)
        }

        /// Cuts the signature block closing `table` off its rows: given the whole table, or only its last rows
        /// from the last one that cannot belong to such a block (`SignatureBlock.mayClose`), which the cut is
        /// the same over.
        public mutating func cut(_ table: inout ImportTable) {
            notes += SignatureBlock.cut(&table, file: checker.file)
        }

        /// Checks `rows`, the next rows of `table` in file order (the table's own rows are not looked at), `size`
        /// at a time: `deliver` gets each chunk's rows that passed, the duplicates of earlier rows left out, and
        /// returns false to stop (then so does this, returning false). Each chunk's cells are freed once checked.
        public mutating func check(
            _ rows: inout [ImportRow], in table: ImportTable, chunk size: Int, deliver: ([NomineeImportRow]) -> Bool
        ) -> Bool {
            let columnOf = ImportField.allCases.map { table.columns.columns[$0] }
            var start = 0
            while start < rows.count {
                let end = min(start + max(1, size), rows.count)
                var (passed, problems) = checker.check(rows[start..<end], in: table, columnOf: columnOf, memo: &memo)
                for row in start..<end { rows[row].cells = [] }
                found += problems
                duplicates += finder.take(&passed)
                guard deliver(passed) else { return false }
                start = end
            }
            return true
        }

        /// Every problem found so far, in the order `check(_:)` gives them.
        public var problems: [ImportProblem] { notes + found + duplicates }
    }

    /// One table's rows checked in slices, one per core for a large table.
    private func check(_ table: ImportTable) -> [(rows: [NomineeImportRow], problems: [ImportProblem])] {
        let columnOf = ImportField.allCases.map { table.columns.columns[$0] }
        let slices = table.rows.count >= 4_000 ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1
        let size = (table.rows.count + slices - 1) / slices
        var results = [(rows: [NomineeImportRow], problems: [ImportProblem])](repeating: ([], []), count: slices)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each slice writes only its own element.
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: slices) { slice in
                let range = min(slice * size, table.rows.count)..<min((slice + 1) * size, table.rows.count)
                buffer[slice] = check(table.rows[range], in: table, columnOf: columnOf)
            }
        }
        return results
    }

    private func check(
        _ sources: ArraySlice<ImportRow>, in table: ImportTable, columnOf: [Int?]
    ) -> (rows: [NomineeImportRow], problems: [ImportProblem]) {
        var memo = Memo()
        return check(sources, in: table, columnOf: columnOf, memo: &memo)
    }

    private func check(
        _ sources: ArraySlice<ImportRow>, in table: ImportTable, columnOf: [Int?], memo: inout Memo
    ) -> (rows: [NomineeImportRow], problems: [ImportProblem]) {
        var rows: [NomineeImportRow] = []
        rows.reserveCapacity(sources.count)
        var problems: [ImportProblem] = []
        for source in sources {
            var rowProblems: [ImportProblem] = []
            if let row = check(source, in: table, columnOf: columnOf, memo: &memo, problems: &rowProblems) {
                if !rowProblems.contains(where: { $0.severity == .error }) { rows.append(row) }
            }
            problems += rowProblems
        }
        return (rows, problems)
    }

    /// The fields that make a row without a name still a row (someone forgot the name).
    private static let details: [ImportField] = [.role, .phone, .position, .email, .birth, .gender]

    /// Every header text of every field, as `headerKey` folds them.
    private static let allHeaders = Set(ImportField.allCases.flatMap(\.headers))

    /// Words that start the lines around a table (totals, signatures, notes), never a person's name.
    static let decorations = [
        "tong cong", "tong so", "nguoi lap", "thu truong", "xac nhan", "ghi chu", "ky ten", "ky ghi ro",
        "danh sach nay", "noi nhan",
    ]

    /// What the checks of one file found for texts that repeat from row to row (workplaces, offices):
    /// each distinct text is looked up once.
    private struct Memo {
        var units: [ExactText: Result<UnitCode, UnitLookupFailure>] = [:]
    }

    private enum UnitLookupFailure: Error {
        case none
        case several([UnitCode])
    }

    private func check(
        _ source: ImportRow, in table: ImportTable, columnOf: [Int?], memo: inout Memo, problems: inout [ImportProblem]
    ) -> NomineeImportRow? {
        let columns = table.columns
        func value(_ field: ImportField) -> ImportValue {
            columnOf[field.index].map { source[$0] } ?? .empty
        }
        // Each field's text is asked for several times per row; normalised once.
        var texts = [String?](repeating: nil, count: columnOf.count)
        func text(_ field: ImportField) -> String {
            if let known = texts[field.index] { return known }
            let raw = value(field).text
            let text = raw.isEmpty ? "" : VietnameseText.normalized(raw)
            texts[field.index] = text
            return text
        }
        let marker = table.markers?[source.number]
        if table.markers != nil && marker == nil { return nil }
        let nameText = text(.name)
        if source.isBlank || source.isMergedHeading { return nil }
        // A header repeated on each printed page: checked only when the name cell reads as a header.
        // Folded once: both the header test and the decoration test below need it.
        let folded = nameText.isEmpty ? "" : ImportField.headerKey(nameText)
        if !folded.isEmpty, Self.allHeaders.contains(folded), nameText.count < 30,
           ImportColumns.match(source) != nil { return nil }
        let hasDetails = Self.details.contains { field in
            // A form prefills the role of single-role places: a role alone is an empty place.
            !(marker != nil && field == .role) && !text(field).isEmpty
        }
        if nameText.isEmpty {
            if let marker, let id = marker.nominationID, !hasDetails {
                problems.append(ImportProblem(
                    .warning, file: file, sheet: source.sheet, row: source.number, column: columns.title(.name),
                    reason: LocalizedText { $0.thePlaceOfNomineeId(id) }))
            }
            guard hasDetails else { return nil }
        }
        if Self.decorations.contains(where: { folded.hasPrefix($0) }) { return nil }

        var row = NomineeImportRow(
            file: file, sheet: source.sheet, row: source.number, fullName: "", role: RoleCode(rawValue: "x")!,
            sender: table.formUnit ?? sender, slotID: marker?.slotID, nominationID: marker?.nominationID)
        func fail(_ field: ImportField, _ value: String?, _ reason: LocalizedText, _ severity: ImportProblem.Severity = .error) {
            problems.append(row.problem(reason, severity: severity, column: columns.title(field), value: value))
        }
        func reason(of error: OutreachError) -> LocalizedText {
            if case let .invalidValue(_, _, reason) = error { return reason }
            if case let .invalidInput(_, _, reason) = error { return reason }
            return LocalizedText(each: { error.message($0) })
        }

        do {
            row.fullName = try NameInput.tidied(nameText, field: columns.title(.name))
        } catch {
            fail(.name, nameText, nameText.isEmpty
                 ? LocalizedText { $0.theFullNameIsMissing } : reason(of: error))
        }
        if let role = self.role(text(.role), marker: marker, fail: { fail(.role, text(.role), $0) }) { row.role = role }
        row.gender = gender(text(.gender), fail: { fail(.gender, text(.gender), $0) })
        row.birthYear = birthYear(value(.birth), fail: { fail(.birth, value(.birth).text, $0) })
        row.phone = phone(value(.phone), fail: { fail(.phone, value(.phone).text, $0, $1) })
        for (field, keyPath, limit) in [(ImportField.position, \NomineeImportRow.position, 200),
                                        (.note, \NomineeImportRow.note, 500)] {
            do { row[keyPath: keyPath] = try FreeText.checked(text(field), field: columns.title(field), maxLength: limit) }
            catch { fail(field, text(field), reason(of: error)) }
        }
        let email = text(.email)
        if !email.isEmpty {
            if !email.contains("@") || email.contains(" ") || email.hasPrefix("@") || email.hasSuffix("@") {
                fail(.email, email, LocalizedText { $0.isNotAnEmailAddress })
            } else {
                row.email = email
            }
        }
        let workplace = text(.workplace)
        if !workplace.isEmpty {
            row.worksAt = unit(workplace, memo: &memo, fail: { fail(.workplace, workplace, $0) })
        }
        let senderText = text(.sender)
        if row.sender == nil, !senderText.isEmpty {
            row.sender = unit(senderText, memo: &memo, fail: { fail(.sender, senderText, $0) })
        }
        if row.sender == nil && row.worksAt == nil && workplace.isEmpty {
            // The sending office can come from the workplace or from the one the whole import is for, which each
            // front end asks for its own way.
            let reason = LocalizedText { $0.theSendingOfficeIsUnknown }
            problems.append(row.problem(
                reason, column: columns.title(.workplace),
                cause: .missingInput(.unit, reason: LocalizedText { $0.theSendingOfficeIsUnknownFill })))
        }
        return row
    }

    private func role(_ text: String, marker: FormRowMarker?, fail: (LocalizedText) -> Void) -> RoleCode? {
        let allowed = marker.map { marker in session.roles.filter { marker.roles.contains($0.code) } } ?? session.roles
        var names: String { allowed.map(\.name).joined(separator: ", ") }
        if text.isEmpty {
            if allowed.count == 1 { return allowed[0].code }
            fail(LocalizedText { $0.theRoleIsMissingWrite(names) })
            return nil
        }
        // Most rows write a role exactly as the session names it: looked up as found once in `init`.
        guard let found = rolesByName[text] ?? Self.role(text, of: session, keys: roleKeys) else {
            fail(LocalizedText { $0.isNotARoleOf(names) })
            return nil
        }
        guard allowed.contains(where: { $0.code == found }) else {
            fail(LocalizedText { $0.thisPlaceOnlyTakesNames(names) })
            return nil
        }
        return found
    }

    /// The session's role a text names: by code, by name or by English name, whatever its case or accents.
    private static func role(_ text: String, of session: Session, keys: [(name: String, nameEn: String?)]) -> RoleCode? {
        let key = ImportField.headerKey(text)
        let lowercased = text.lowercased()
        return zip(session.roles, keys).first { role, keys in
            role.code.rawValue == lowercased || keys.name == key || keys.nameEn == key
        }?.0.code
    }

    private func gender(_ text: String, fail: (LocalizedText) -> Void) -> String? {
        guard !text.isEmpty else { return nil }
        switch ImportField.headerKey(text) {
        case "nam", "male", "m": return "Nam"
        case "nu", "female", "f": return "Nữ"
        default:
            fail(LocalizedText { $0.writeNamMaleOrFemale })
            return nil
        }
    }

    private func birthYear(_ value: ImportValue, fail: (LocalizedText) -> Void) -> Int? {
        let last = session.starts.year - 18
        let year: Int?
        switch value {
        case .empty: return nil
        case .date(let date): year = date.year
        case .number(let number):
            // A bare date typed into a General cell arrives as its serial number.
            year = number >= 1_000 && number <= 9_999 && number == number.rounded()
                ? Int(number) : ImportValue.excelDate(serial: number)?.year
        case .text(let raw):
            let text = VietnameseText.normalized(raw)
            if text.isEmpty { return nil }
            if text.count == 4, let number = Int(text) {
                year = number
            } else {
                year = (try? CalendarDate(vietnamese: text))?.year
            }
        }
        guard let year else {
            fail(LocalizedText { $0.cannotReadTheBirthYear })
            return nil
        }
        guard (1940...last).contains(year) else {
            fail(LocalizedText { $0.theBirthYearMustBe(last) })
            return nil
        }
        return year
    }

    private func phone(_ value: ImportValue, fail: (LocalizedText, ImportProblem.Severity) -> Void) -> String? {
        switch value {
        case .empty, .date: return value == .empty ? nil : { fail(LocalizedText { $0.isADateNotA }, .error); return nil }()
        case .number(let number):
            let digits = value.text
            if number == number.rounded(), digits.count == 9, digits.first != "0" {
                let fixed = "0" + digits
                fail(LocalizedText { $0.theNumberCellLostThe(fixed) }, .warning)
                return fixed
            }
            return normalizedPhone(digits, fail: fail)
        case .text(let text):
            let trimmed = VietnameseText.normalized(text)
            return trimmed.isEmpty ? nil : normalizedPhone(trimmed, fail: fail)
        }
    }

    private func normalizedPhone(_ text: String, fail: (LocalizedText, ImportProblem.Severity) -> Void) -> String? {
        do {
            return try PhoneNumber.normalized(text)
        } catch {
            guard case var .invalidInput(_, _, reason) = error else { return nil }
            let digits = text.filter { $0.isASCII && $0.isNumber }
            if digits.count == 9, digits.first != "0" {
                reason = LocalizedText { $0.reasonWithLeadingZeroFix(reason, digits) }
            }
            fail(reason, .error)
            return nil
        }
    }

    private func unit(_ text: String, memo: inout Memo, fail: (LocalizedText) -> Void) -> UnitCode? {
        let found: Result<UnitCode, UnitLookupFailure>
        if let known = memo.units[ExactText(text)] {
            found = known
        } else {
            let codes = unitsByKey[text.lowercased()] ?? unitsByKey[ImportField.headerKey(text)] ?? []
            let unique = Array(Set(codes))
            found = unique.count == 1 ? .success(unique[0]) : .failure(unique.isEmpty ? .none : .several(unique))
            memo.units[ExactText(text)] = found
        }
        switch found {
        case .success(let code):
            return code
        case .failure(.none):
            fail(LocalizedText { $0.noSuchUnitWriteIts })
        case .failure(.several(let unique)):
            fail(LocalizedText { $0.matchesSeveralUnitsUniqueWrite(unique.map(\.rawValue).sorted().joined(separator: ", ")) })
        }
        return nil
    }

    /// Rows naming a person already named earlier in the file: same name (NFC, case and tone placement
    /// aside) and the same phone or birth year.
    static func duplicates(_ rows: [NomineeImportRow]) -> (rows: Set<String>, problems: [ImportProblem]) {
        var finder = DuplicateFinder(capacity: rows.count)
        var problems: [ImportProblem] = []
        var duplicated: Set<String> = []
        for index in rows.indices {
            guard let problem = finder.take(rows[index]) else { continue }
            problems.append(problem)
            duplicated.insert(place(rows[index]))
        }
        return (duplicated, problems)
    }

    /// The duplicate search of `duplicates(_:)`, row after row in file order: a row is a duplicate of an
    /// earlier one only, so a file checked in chunks finds the same duplicates chunk by chunk.
    struct DuplicateFinder {
        private struct Key: Hashable {
            var name: ExactText
            var phone: String?
            var year: Int?
        }

        /// What the report and the rule need of an earlier row: not the row (a dozen strings retained).
        private struct Seen {
            var sheet: String?
            var row: Int
            var phone: String?
            var birthYear: Int?

            init(_ row: NomineeImportRow) {
                sheet = row.sheet
                self.row = row.row
                phone = row.phone
                birthYear = row.birthYear
            }
        }

        // Only a name met twice can be a duplicate, and most names are met once: one lookup by name per row
        // (the name's first row, or nil once that name's rows are in the tables below), and the name-and-phone
        // and name-and-year tables hold only names met more than once.
        private var firstWithName: [ExactText: Seen?] = [:]
        private var seenPhone: [Key: Seen] = [:]
        private var seenYear: [Key: Seen] = [:]

        init(capacity: Int) {
            firstWithName.reserveCapacity(capacity)
        }

        /// Leaves out of `rows` those naming a person of an earlier row (of these or of rows taken before),
        /// and gives a problem for each.
        mutating func take(_ rows: inout [NomineeImportRow]) -> [ImportProblem] {
            var problems: [ImportProblem] = []
            var duplicated: [Int] = []
            for index in rows.indices {
                guard let problem = take(rows[index]) else { continue }
                problems.append(problem)
                duplicated.append(index)
            }
            for index in duplicated.reversed() { rows.remove(at: index) }
            return problems
        }

        /// The problem of a row naming the person of an earlier row, if it does.
        mutating func take(_ row: NomineeImportRow) -> ImportProblem? {
            let key = ExactText(row.matchKey)
            guard let first = firstWithName.updateValue(Seen(row), forKey: key) else { return nil }
            _ = firstWithName.updateValue(nil, forKey: key)
            // `PersonIdentity`'s rule on the file's own rows: a row with a phone is the same person as an earlier
            // row with that phone and no other; a row without one is the same as an earlier row without a
            // phone born the same year. Two phones never make one person, whatever the birth year.
            if let first {
                // The name's first row, never a duplicate itself, goes into the tables now.
                if let phone = first.phone {
                    seenPhone[Key(name: key, phone: phone)] = first
                } else if let year = first.birthYear {
                    seenYear[Key(name: key, year: year)] = first
                }
            }
            let phone = row.phone, year = row.birthYear
            let earlier = phone != nil
                ? phone.flatMap { seenPhone[Key(name: key, phone: $0)] }
                : year.flatMap { seenYear[Key(name: key, year: $0)] }
            if let first = earlier {
                let sheet = first.sheet.map { name in LocalizedText(each: { ImportProblem.sheet(name, $0) }) }
                let samePhone = row.phone != nil && row.phone == first.phone
                return row.problem(LocalizedText { $0.theSamePersonAsRow(sheet, first.row, samePhone) },
                    value: row.fullName)
            }
            if let phone {
                seenPhone[Key(name: key, phone: phone)] = Seen(row)
            } else if let year {
                seenYear[Key(name: key, year: year)] = Seen(row)
            }
            return nil
        }
    }

    /// A row's sheet and number as one key.
    private static func place(_ row: NomineeImportRow) -> String { "\(row.sheet ?? "")|\(row.row)" }
}
