import Foundation
import GRDB
import OutreachCore

/// What a nominee import did (or, on a dry run or a refused file, would have done) to each row.
public struct NomineeImportOutcome: Sendable {
    /// What happened to one row.
    public enum Change: String, Sendable {
        /// A new nomination.
        case added
        /// The same person already holds this place: nothing written.
        case unchanged
        /// The same nomination, with the person's position, workplace or email brought up to date.
        case updated
        /// A form row naming someone else than the nominee it was prefilled with: the place changes hands.
        case replaced
    }

    /// One row that went through.
    public struct Row: Sendable {
        public var row: NomineeImportRow
        public var change: Change
        public var nominee: Nominee
    }

    public var rows: [Row] = []
    /// Rows the rules refused (quota, duplicates, authority) and what was noticed (likely duplicates).
    public var problems: [ImportProblem] = []
    /// Whether the changes were kept: false on a dry run, and when a row failed without `partial`.
    public var committed = false

    /// How many rows had each change.
    public func count(_ change: Change) -> Int { rows.filter { $0.change == change }.count }
}

extension AppDatabase {
    // MARK: - Import: writes

    /// Applies checked rows in one transaction with the rules of `nominee add` and `nominee replace`
    /// (deadline, authority, quota, one place per person). A row the rules refuse is reported with its place
    /// in the file; then nothing is kept unless `partial`, which keeps the rows that passed. `dryRun` keeps
    /// nothing and reports what would change. Importing the same file again changes nothing.
    public func importNominees(
        _ rows: [NomineeImportRow], session code: SessionCode, partial: Bool, dryRun: Bool, context: CommandContext,
        progress: ((Int) -> Void)? = nil
    ) throws(OutreachError) -> NomineeImportOutcome {
        var kept: NomineeImportOutcome?
        do throws(OutreachError) {
            return try write { db in
                let session = try Self.fetchSession(db, code)
                try Self.checkDeadline(session, context)
                var importer = try NomineeImporter(db: db, session: session, rows: rows)
                var outcome = NomineeImportOutcome()
                for (index, row) in rows.enumerated() {
                    progress?(index)
                    do {
                        var applied: (NomineeImportOutcome.Row, [ImportProblem])?
                        try db.inSavepoint {
                            applied = try importer.apply(row, database: self, context)
                            return .commit
                        }
                        if let applied {
                            outcome.rows.append(applied.0)
                            outcome.problems += applied.1
                            importer.remember(applied.0)
                        }
                    } catch let error as OutreachError {
                        outcome.problems.append(row.problem(LocalizedText(
                            vi: error.message(.vi), en: error.message(.en))))
                    }
                }
                let failed = outcome.problems.contains { $0.severity == .error }
                if dryRun || (failed && !partial) {
                    kept = outcome
                    throw ImportRolledBack()
                }
                outcome.committed = true
                return outcome
            }
        } catch {
            if let kept { return kept }
            throw error
        }
    }

    /// Thrown to undo the whole import transaction after its report is made.
    private struct ImportRolledBack: Error {}
}

/// The state one import needs, looked up once for all rows and kept current as rows go in: people by
/// name key, the session's active nominations by person.
private struct NomineeImporter {
    let db: Database
    let session: Session
    private var people: [String: [PersonRecord]] = [:]
    private var active: [Int64: NominationRecord] = [:]
    private var unitNames: [String: String] = [:]

    init(db: Database, session: Session, rows: [NomineeImportRow]) throws {
        self.db = db
        self.session = session
        let keys = Array(Set(rows.map { VietnameseText.matchKey($0.fullName) }))
        // Chunked to stay under SQLite's limit on bound parameters.
        for start in stride(from: 0, to: keys.count, by: 500) {
            let chunk = Array(keys[start..<min(start + 500, keys.count)])
            for person in try PersonRecord.filter(chunk.contains(Column("matchKey"))).fetchAll(db) {
                people[person.matchKey, default: []].append(person)
            }
        }
        for record in try NominationRecord
            .filter(Column("sessionCode") == session.code.rawValue)
            .filter(NominationStatus.activeRawValues.contains(Column("status"))).fetchAll(db) {
            active[record.personId] = record
        }
        for unit in try AppDatabase.fetchUnits(db) { unitNames[unit.code.rawValue] = unit.shortName ?? unit.name }
    }

    /// Keeps the lookups current once a row's savepoint is released.
    mutating func remember(_ done: NomineeImportOutcome.Row) {
        let person = done.nominee.person
        let key = VietnameseText.matchKey(person.fullName)
        var list = people[key, default: []]
        let previous = list.first { $0.id == person.id }
        list.removeAll { $0.id == person.id }
        list.append(PersonRecord(
            id: person.id, fullName: person.fullName, matchKey: key, unitCode: person.unit?.rawValue,
            position: person.position, phone: person.phone, email: person.email, createdAt: Date(),
            birthYear: done.row.birthYear ?? previous?.birthYear, gender: done.row.gender ?? previous?.gender))
        people[key] = list
        let nomination = done.nominee.nomination
        if let replaced = nomination.replaces {
            active = active.filter { $0.value.id != replaced }
        }
        active[person.id] = NominationRecord(
            id: nomination.id, sessionCode: nomination.session.rawValue, personId: person.id,
            senderCode: nomination.sender.rawValue, slotId: nomination.slotID, role: nomination.role.rawValue,
            status: nomination.status.rawValue, replacesId: nomination.replaces, note: nomination.note,
            createdAt: Date(), updatedAt: Date(), nominatedOn: nil)
    }

    /// One row through the rules: unchanged, updated, replacing the form's prefilled nominee, or added.
    func apply(
        _ row: NomineeImportRow, database: AppDatabase, _ context: CommandContext
    ) throws -> (NomineeImportOutcome.Row, [ImportProblem]) {
        var notes: [ImportProblem] = []
        let key = VietnameseText.matchKey(row.fullName)
        let workplace = (row.worksAt ?? row.sender)?.rawValue
        let namesakes = people[key] ?? []
        // The same person: same name and phone; without a phone, same name and birth year, or same name at the
        // same workplace with no phone known.
        let known = row.phone.map { phone in namesakes.first { $0.phone == phone } }
            ?? row.birthYear.flatMap { year in namesakes.first { $0.birthYear == year && $0.phone == nil } }
            ?? namesakes.first { $0.unitCode == workplace && $0.phone == nil && $0.birthYear == nil }
        if let known, let id = known.id, let workplace, known.unitCode != workplace, row.worksAt != nil {
            notes.append(row.problem(LocalizedText(
                vi: "cùng họ tên và số điện thoại với người #\(id) đang công tác tại \(name(known.unitCode)): coi là một người, nơi công tác đổi thành \(name(workplace))",
                en: "same name and phone as person #\(id) working at \(name(known.unitCode)): taken as the same person, workplace now \(name(workplace))"),
                severity: .warning, value: row.fullName))
        } else if known == nil, let year = row.birthYear, let other = namesakes.first(where: { $0.birthYear == year }),
                  let id = other.id {
            notes.append(row.problem(LocalizedText(
                vi: "cùng họ tên và năm sinh \(year) với người #\(id) (\(name(other.unitCode))) nhưng khác số điện thoại: nhập như một người khác, không gộp; nếu là một người thì sửa số điện thoại cho khớp",
                en: "same name and birth year \(year) as person #\(id) (\(name(other.unitCode))) but another phone: added as someone else, not merged; if it is one person make the phones match"),
                severity: .warning, value: row.fullName))
        } else if known == nil, let other = namesakes.first, let id = other.id {
            let phone = other.phone.map { ", " + PhoneNumber.display($0) } ?? ""
            notes.append(row.problem(LocalizedText(
                vi: "trùng họ tên với người #\(id) (\(name(other.unitCode))\(phone)) nhưng khác số điện thoại hoặc đơn vị: nhập như một người khác, không gộp; kiểm tra lại",
                en: "same name as person #\(id) (\(name(other.unitCode))\(phone)) but another phone or unit: added as someone else, not merged; check it"),
                severity: .warning, value: row.fullName))
        }
        let request = NomineeRequest(
            session: session.code, sender: row.sender, worksAt: row.worksAt, personID: known?.id,
            fullName: row.fullName, role: row.role, position: row.position, phone: row.phone, email: row.email,
            note: row.note)

        if let known, let personID = known.id, let existing = active[personID] {
            guard row.sender == nil || existing.senderCode == row.sender?.rawValue, existing.role == row.role.rawValue
            else {
                throw OutreachError.duplicateNominee(
                    name: known.fullName, session: session.code.rawValue, sender: existing.senderCode)
            }
            let changed = (row.position != nil && row.position != known.position)
                || (row.email != nil && row.email != known.email)
                || (row.worksAt != nil && row.worksAt?.rawValue != known.unitCode)
                || (row.birthYear != nil && row.birthYear != known.birthYear)
                || (row.gender != nil && row.gender != known.gender)
            if changed {
                try AppDatabase.authorize(
                    db, session, context, sender: existing.senderCode, workplace: known.unitCode,
                    action: LocalizedText(vi: "sửa thông tin đại biểu", en: "change nominee details"))
                _ = try details(row, of: database.resolvePerson(db, request, context), database, context)
            }
            let nominee = try AppDatabase.nominee(db, existing)
            return (.init(row: row, change: changed ? .updated : .unchanged, nominee: nominee), notes)
        }

        if let prefilled = row.nominationID, active.values.contains(where: { $0.id == prefilled }) {
            var old = try AppDatabase.activeNomination(
                db, session, key: "#\(prefilled)", becoming: .replaced, context,
                action: LocalizedText(vi: "thay đại biểu", en: "replace nominees"))
            let before = old.status
            old.status = NominationStatus.replaced.rawValue
            old.updatedAt = context.now
            try old.update(db)
            let person = try details(row, of: database.resolvePerson(db, request, context), database, context)
            let new = try database.nominate(db, session: session, person: person, request: request, replacing: old, context)
            try database.audit(db, context, entity: "nomination", key: "\(prefilled)",
                               before: ["status": before],
                               after: ["status": old.status, "replacedBy": "\(new.nomination.id)"])
            return (.init(row: row, change: .replaced, nominee: new), notes)
        }

        let person = try details(row, of: database.resolvePerson(db, request, context), database, context)
        let nominee = try database.nominate(db, session: session, person: person, request: request, replacing: nil, context)
        return (.init(row: row, change: .added, nominee: nominee), notes)
    }

    /// Keeps the birth year and gender a row gives, audited like the other details of a person.
    private func details(
        _ row: NomineeImportRow, of person: PersonRecord, _ database: AppDatabase, _ context: CommandContext
    ) throws -> PersonRecord {
        var person = person
        let before = ["birthYear": person.birthYear.map(String.init) ?? "", "gender": person.gender ?? ""]
        if let year = row.birthYear { person.birthYear = year }
        if let gender = row.gender { person.gender = gender }
        let after = ["birthYear": person.birthYear.map(String.init) ?? "", "gender": person.gender ?? ""]
        guard after != before else { return person }
        try person.update(db)
        try database.audit(db, context, entity: "person", key: "\(person.id ?? 0)", before: before, after: after)
        return person
    }

    private func name(_ code: String?) -> String {
        code.map { unitNames[$0] ?? $0 } ?? "?"
    }
}
