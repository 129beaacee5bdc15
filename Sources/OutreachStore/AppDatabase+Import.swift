import Foundation
import GRDB
import GRDBSQLite
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

    /// One row that went through: where it was, what happened, and the nomination it now stands for. Kept
    /// small on purpose: a province's file has hundreds of thousands of rows, all reported.
    public struct Row: Sendable {
        public var sheet: String?
        public var row: Int
        public var change: Change
        public var nomination: Int64
        public var fullName: String
        public var sender: UnitCode
        public var role: RoleCode

        init(
            _ row: NomineeImportRow, _ change: Change, nomination: Int64, fullName: String, sender: UnitCode,
            role: RoleCode
        ) {
            sheet = row.sheet
            self.row = row.row
            self.change = change
            self.nomination = nomination
            self.fullName = fullName
            self.sender = sender
            self.role = role
        }

        init(_ row: NomineeImportRow, _ change: Change, _ nominee: Nominee) {
            self.init(
                row, change, nomination: nominee.nomination.id, fullName: nominee.person.fullName,
                sender: nominee.nomination.sender, role: nominee.nomination.role)
        }
    }

    public var rows: [Row] = []
    /// Rows the rules refused (quota, duplicates, authority) and what was noticed (likely duplicates).
    public var problems: [ImportProblem] = []
    /// Whether the changes were kept: false on a dry run, and when a row failed without `partial`.
    public var committed = false

    /// How many rows had each change.
    public func count(_ change: Change) -> Int {
        // Counted in place: a filtered copy of a province's rows retained every name and code in them.
        rows.reduce(0) { $1.change == change ? $0 + 1 : $0 }
    }
}

/// The checked rows of an import as they come, in file order: a large file's rows are written while the
/// rest are still being checked (on another thread), in the same transaction.
public struct NomineeRowSource {
    /// The next rows, nil once every row was given.
    public var next: () -> [NomineeImportRow]?
    /// Asked once every row was given: whether the checks refused a row, in which case nothing is kept
    /// (unless `partial`), as for a row the rules refuse.
    public var refused: () -> Bool
    /// How many rows to expect (room is reserved for them).
    public var expected: Int
    /// Asked once `next` gave nil: whether the rows given were not the file's after all (its reading was a
    /// guess that failed, and the file is read again whole). Then nothing is kept and the outcome means
    /// nothing: no refusal, no report.
    public var abandoned: () -> Bool

    public init(
        expected: Int, refused: @escaping () -> Bool, abandoned: @escaping () -> Bool = { false },
        next: @escaping () -> [NomineeImportRow]?
    ) {
        self.next = next
        self.refused = refused
        self.abandoned = abandoned
        self.expected = expected
    }

    /// Rows checked already, given at once.
    public init(_ rows: [NomineeImportRow]) {
        var rows: [NomineeImportRow]? = rows
        self.init(expected: rows?.count ?? 0, refused: { false }, next: {
            defer { rows = nil }
            return rows
        })
    }
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
        try importNominees(
            NomineeRowSource(rows), session: code, partial: partial, dryRun: dryRun, context: context, progress: progress)
    }

    /// The same, for rows given as they are checked: each chunk is applied as it comes, and whether to keep
    /// the changes is decided once every row was given (a row the checks refused counts as one the rules
    /// refused).
    public func importNominees(
        _ source: NomineeRowSource, session code: SessionCode, partial: Bool, dryRun: Bool, context: CommandContext,
        progress: ((Int) -> Void)? = nil
    ) throws(OutreachError) -> NomineeImportOutcome {
        try writeOrRollBack { db in
            let session = try Self.fetchSession(db, code)
            // As for `nominee add`: nobody is nominated once the session is over, late or not.
            try Self.checkDeadline(.nominate, session, context)
            var importer = try NomineeImporter(db: db, database: self, session: session, expected: source.expected, context)
            var outcome = NomineeImportOutcome()
            outcome.rows.reserveCapacity(source.expected)
            var index = 0
            while let rows = source.next() {
                try importer.load(rows)
                for row in rows {
                    progress?(index)
                    index += 1
                    do {
                        let applied = try importer.apply(row)
                        outcome.rows.append(applied.0)
                        outcome.problems += applied.1
                    } catch let error as OutreachError {
                        outcome.problems.append(row.problem(error))
                    }
                }
            }
            // Rolled back, whatever the rows did: they are read again.
            if source.abandoned() { return (outcome, commit: false) }
            let failed = source.refused() || outcome.problems.contains { $0.severity == .error }
            outcome.committed = !dryRun && (!failed || partial)
            return (outcome, commit: outcome.committed)
        }
    }
}

/// The state one import needs, looked up once for all rows and kept current as rows go in: people by
/// name key, the session's nominations holding or waiting for a place by person, the quotas, the unit tree
/// and the places held per slot. New nominations go through the same rules as `nominee add`
/// (`AppDatabase.placement`) on this state, then are written with statements prepared once; rows that change
/// what is already there (details, a form's replaced nominee) take the database path of `nominee replace`.
private struct NomineeImporter {
    let db: Database
    let database: AppDatabase
    let session: Session
    let context: CommandContext
    /// What the rules need of a person to tell namesakes apart; the whole record is read when a row turns
    /// out to be that person (a province's file would otherwise hold every person twice).
    private struct Namesake {
        var id: Int64
        var unitCode: String?
        var phone: String?
        var birthYear: Int?

        init(id: Int64, unitCode: String?, phone: String?, birthYear: Int?) {
            self.id = id
            self.unitCode = unitCode
            self.phone = phone
            self.birthYear = birthYear
        }

        /// As `PersonIdentity` sees it.
        var known: PersonIdentity.Known {
            PersonIdentity.Known(id: id, phone: phone, birthYear: birthYear, workplace: unitCode)
        }

        init(_ person: PersonRecord) throws {
            guard let id = person.id else { throw StoreCorruption(what: "person without id") }
            self.id = id
            unitCode = person.unitCode
            phone = person.phone
            birthYear = person.birthYear
        }
    }

    /// The details of a person a row may change, read by column (no record decoding) for rows that name
    /// someone already holding a place: a re-imported file is all such rows.
    private struct Details {
        var fullName: String
        var position: String?
        var email: String?
        var birthYear: Int?
        var gender: String?
    }

    private var people: [ExactText: [Namesake]] = [:]
    /// Whether `people` holds every person of the database (kept current as rows go in): nothing to look up.
    private var knowsEveryone = false
    /// A nomination holding or waiting for a place: as much of it as the rules and the report need.
    private struct Held {
        var id: Int64
        var sender: UnitCode
        var role: RoleCode
    }

    private var active: [Int64: Held] = [:]
    /// Person ids of the session's active nominations by nomination id (a form row names its nominee by it).
    private var activeIDs: [Int64: Int64] = [:]
    private var reserves: [Int64: Held] = [:]
    private var facts: Placement.Facts
    private var unitNames: [String: String] = [:]
    private var writer: ImportWriter

    /// Whether the importing unit may learn about someone working at `workplace` (`Act.viewPerson`).
    private func mayView(_ workplace: String?) -> Bool {
        context.principal == .databaseOperator || Authority.allows(
            context.principal, .viewPerson(workplace: workplace.flatMap(UnitCode.init(rawValue:))),
            facts: AuthorityFacts(units: facts.units, organisers: facts.organisers))
    }

    init(db: Database, database: AppDatabase, session: Session, expected: Int, _ context: CommandContext) throws {
        self.db = db
        self.database = database
        self.session = session
        self.context = context
        people.reserveCapacity(expected)
        active.reserveCapacity(expected)
        activeIDs.reserveCapacity(expected)
        // A person table no larger than the file is read whole, once, in the order the look-ups by name give
        // (by id within a name): cheaper than looking the file's names up in it chunk by chunk (a look-up in
        // the name index for each), and every person a row can name is then known.
        if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person") ?? 0 <= expected {
            let everyone = try Row.fetchCursor(db, sql: "SELECT matchKey, id, unitCode, phone, birthYear FROM person ORDER BY id")
            while let row = try everyone.next() {
                let key: String = row[0]
                people[ExactText(key), default: []].append(Namesake(id: row[1], unitCode: row[2], phone: row[3], birthYear: row[4]))
            }
            knowsEveryone = true
        }
        // A cursor read by column position: a re-imported province's file meets hundreds of thousands of
        // nominations, kept light.
        let statuses = AppDatabase.placedOrWaiting
        let nominations = try Row.fetchCursor(db, sql: """
            SELECT id, personId, senderCode, role, status FROM nomination
            WHERE sessionCode = ? AND status IN (\(statuses.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments([session.code.rawValue] + statuses))
        while let row = try nominations.next() {
            let id: Int64 = row[0], personID: Int64 = row[1]
            guard let sender = UnitCode(rawValue: row[2]), let role = RoleCode(rawValue: row[3]),
                  let status = NominationStatus(rawValue: row[4])
            else { throw StoreCorruption(what: "nomination \(id)") }
            let held = Held(id: id, sender: sender, role: role)
            if status == .reserve {
                reserves[personID] = held
            } else {
                active[personID] = held
                activeIDs[id] = personID
            }
        }
        let units = try AppDatabase.fetchUnits(db)
        for unit in units { unitNames[unit.code.rawValue] = unit.shortName ?? unit.name }
        facts = Placement.Facts(
            quotas: try AppDatabase.fetchQuotas(db, session.code), units: UnitTree(units),
            organisers: try AppDatabase.organisers(db, from: session.code), active: try AppDatabase.activeCounts(db, session.code))
        writer = try ImportWriter(db, context)
    }

    /// The people named by the keys of `rows` not met yet, read before the rows are applied. A person this
    /// import wrote is in the database too, and known already: each person is kept once, by id.
    mutating func load(_ rows: [NomineeImportRow]) throws {
        if knowsEveryone { return }
        var unmet = Set<ExactText>()
        for row in rows {
            let key = ExactText(row.matchKey)
            if people[key] == nil { unmet.insert(key) }
        }
        let keys = unmet.map(\.text)
        // Chunked to stay under SQLite's limit on bound parameters; one statement for every full chunk.
        let chunkSize = 500
        var statement: Statement?
        for start in stride(from: 0, to: keys.count, by: chunkSize) {
            let chunk = Array(keys[start..<min(start + chunkSize, keys.count)])
            if chunk.count < chunkSize || statement == nil {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                statement = try db.makeStatement(
                    sql: "SELECT matchKey, id, unitCode, phone, birthYear FROM person WHERE matchKey IN (\(marks))")
            }
            guard let statement else { continue }
            // Read by column position: a re-imported province's file finds every person, and decoding
            // records (Codable) took a third of such an import.
            let found = try Row.fetchCursor(statement, arguments: StatementArguments(chunk))
            while let row = try found.next() {
                let key: String = row[0], id: Int64 = row[1]
                Self.add(Namesake(id: id, unitCode: row[2], phone: row[3], birthYear: row[4]), to: &people[ExactText(key), default: []])
            }
        }
    }

    private static func add(_ namesake: Namesake, to namesakes: inout [Namesake]) {
        if !namesakes.contains(where: { $0.id == namesake.id }) { namesakes.append(namesake) }
    }

    /// One row through the rules: unchanged, updated, replacing the form's prefilled nominee, or added.
    mutating func apply(_ row: NomineeImportRow) throws -> (NomineeImportOutcome.Row, [ImportProblem]) {
        var notes: [ImportProblem] = []
        let key = row.matchKey
        let workplace = (row.worksAt ?? row.sender)?.rawValue
        let namesakes = people[ExactText(key)] ?? []
        let verdict = PersonIdentity.identify(
            PersonIdentity.Typed(phone: row.phone, birthYear: row.birthYear, workplace: workplace),
            among: namesakes.map(\.known))
        let same = verdict.same.flatMap { found in namesakes.first { $0.id == found.id } }
        if let known = same, let workplace, known.unitCode != workplace, row.worksAt != nil, !mayView(known.unitCode) {
            notes.append(row.problem(LocalizedText { $0.sameNameAndPhoneAs(name(workplace)) },
                severity: .warning, value: row.fullName))
        } else if let known = same, let workplace, known.unitCode != workplace, row.worksAt != nil {
            let id = known.id
            notes.append(row.problem(LocalizedText { $0.sameNameAndPhoneAsPerson(id, name(known.unitCode), name(workplace)) },
                severity: .warning, value: row.fullName))
        } else if let other = verdict.namesake?.person, !mayView(other.workplace) {
            // Someone the importing unit may not see: no number, workplace or phone of theirs.
            notes.append(row.problem(KnownNamesake(id: other.id, fullName: row.fullName, workplace: nil, phone: nil).warning,
                                     severity: .warning, value: row.fullName))
        } else if case .sameBirthYearOtherPhone(let other)? = verdict.namesake, let year = row.birthYear {
            let id = other.id
            let other = Namesake(id: other.id, unitCode: other.workplace, phone: other.phone, birthYear: other.birthYear)
            notes.append(row.problem(LocalizedText { $0.sameNameAndBirthYear(year, id, name(other.unitCode)) },
                severity: .warning, value: row.fullName))
        } else if case .sameNameOnly(let other)? = verdict.namesake {
            let id = other.id
            let other = Namesake(id: other.id, unitCode: other.workplace, phone: other.phone, birthYear: other.birthYear)
            let phone = other.phone.map { ", " + PhoneNumber.display($0) } ?? ""
            notes.append(row.problem(LocalizedText { $0.sameNameAsPersonId(id, name(other.unitCode), phone) },
                severity: .warning, value: row.fullName))
        }
        let request = NomineeRequest(
            session: session.code, sender: row.sender, worksAt: row.worksAt, personID: same?.id,
            fullName: row.fullName, role: row.role, position: row.position, phone: row.phone, email: row.email,
            note: row.note)

        // Already holding a place: the details are compared, and the whole person read only if they change.
        if let same, let existing = active[same.id] {
            let known = try storedDetails(of: same)
            guard row.sender == nil || existing.sender == row.sender, existing.role == row.role else {
                let shown = Authority.mayView(
                    context.principal, sender: existing.sender, workplace: nil,
                    facts: AuthorityFacts(units: facts.units, organisers: facts.organisers))
                throw OutreachError.duplicateNominee(
                    name: known.fullName, session: session.code.rawValue, sender: shown ? existing.sender.rawValue : nil)
            }
            let changed = (row.position != nil && row.position != known.position)
                || (row.email != nil && row.email != known.email)
                || (row.worksAt != nil && row.worksAt?.rawValue != same.unitCode)
                || (row.birthYear != nil && row.birthYear != known.birthYear)
                || (row.gender != nil && row.gender != known.gender)
            var fullName = known.fullName
            if changed {
                try AppDatabase.authorize(
                    AuthorityFacts(units: facts.units, organisers: facts.organisers), context, sender: existing.sender.rawValue, workplace: same.unitCode,
                    action: LocalizedText { $0.changeNomineeDetails })
                var person: PersonRecord?
                try db.inSavepoint {
                    person = try details(row, of: database.resolvePerson(db, request, context))
                    return .commit
                }
                if let person {
                    remember(person)
                    fullName = person.fullName
                }
            }
            return (.init(row, changed ? .updated : .unchanged, nomination: existing.id, fullName: fullName,
                          sender: existing.sender, role: existing.role), notes)
        }

        // The form's own nominee with the same phone and the name respelled (tone marks, spacing): the office
        // corrected the spelling, not the person. The name is corrected, with a warning, and the place kept.
        if same == nil, let prefilled = row.nominationID, let holderID = activeIDs[prefilled], let held = active[holderID],
           held.role == row.role, row.sender == nil || row.sender == held.sender {
            var holder = try record(Namesake(id: holderID, unitCode: nil, phone: nil, birthYear: nil))
            if PersonIdentity.isRespelling(row.fullName, phone: row.phone, of: holder.fullName, phone: holder.phone) {
                let before = holder.fullName, oldKey = holder.matchKey
                holder.fullName = row.fullName
                holder.matchKey = row.matchKey
                try holder.update(db)
                try database.audit(db, context, entity: "person", key: "\(holderID)",
                                   before: ["fullName": before], after: ["fullName": holder.fullName])
                people[ExactText(oldKey)]?.removeAll { $0.id == holderID }
                remember(holder)
                notes.append(row.problem(LocalizedText { $0.samePhoneAsPrefilledBefore(prefilled, before) },
                    severity: .warning, value: row.fullName))
                return (.init(row, .updated, nomination: prefilled, fullName: holder.fullName, sender: held.sender,
                              role: held.role), notes)
            }
        }
        if let prefilled = row.nominationID, activeIDs[prefilled] != nil {
            var new: Nominee?
            var old: NominationRecord?
            try db.inSavepoint {
                var replaced = try AppDatabase.activeNomination(
                    db, session, key: "#\(prefilled)", becoming: .replaced, context,
                    action: LocalizedText { $0.replaceNominees })
                let before = replaced.status
                replaced.status = NominationStatus.replaced.rawValue
                replaced.updatedAt = context.now
                try replaced.update(db)
                let person = try details(row, of: database.resolvePerson(db, request, context))
                let nominee = try database.nominate(
                    db, session: session, person: person, request: request, replacing: replaced, context)
                try database.audit(db, context, entity: "nomination", key: "\(prefilled)",
                                   before: ["status": before],
                                   after: ["status": replaced.status, "replacedBy": "\(nominee.nomination.id)"])
                new = nominee
                old = replaced
                return .commit
            }
            guard let new, let old else { throw StoreCorruption(what: "replacement without nominee") }
            if let oldPerson = activeIDs.removeValue(forKey: prefilled) { active[oldPerson] = nil }
            facts.active[old.slotId, default: 1] -= 1
            let person = try PersonRecord.fetchOne(db, key: new.person.id)
            if let person { remember(person) }
            hold(new.nomination, personID: new.person.id)
            return (.init(row, .replaced, new), notes)
        }

        // A form row made for a nominee who has since left the session: naming that same person again would
        // quietly undo the withdrawal or replacement, so the form is called out of date.
        if let prefilled = row.nominationID, let gone = try formerNomination(prefilled), gone.personId == same?.id {
            throw staleForm(row, gone)
        }
        let added: (id: Int64, fullName: String, sender: UnitCode)
        do {
            added = try add(row, request, known: same.map(record), namesakes: namesakes)
        } catch let full as OutreachError {
            // Someone else in the place of a nominee who left since the export: the place is taken again.
            guard case .quotaFull = full, let prefilled = row.nominationID, let gone = try formerNomination(prefilled)
            else { throw full }
            throw staleForm(row, gone)
        }
        return (.init(row, .added, nomination: added.id, fullName: added.fullName, sender: added.sender, role: row.role),
                notes)
    }

    /// A new nomination: `nominee add`'s person resolution and placement rules on the import's state, then
    /// the person (when new), the nomination and their audit lines written by the prepared statements.
    private mutating func add(
        _ row: NomineeImportRow, _ request: NomineeRequest, known: PersonRecord?, namesakes: [Namesake]
    ) throws -> (id: Int64, fullName: String, sender: UnitCode) {
        let details = try AppDatabase.personDetails(request)
        if let worksAt = request.worksAt ?? request.sender, facts.units[worksAt] == nil {
            throw OutreachError.unknownUnit(worksAt.rawValue)
        }
        // The person `PersonIdentity` found (`known`), or someone new.
        var person: PersonRecord
        var moved: (before: [String: String], after: [String: String])?
        let match = known
        if let known {
            person = known
        } else {
            person = try AppDatabase.newPerson(request, details, context, matchKey: (row.fullName, row.matchKey))
        }
        if let match {
            let change = AppDatabase.moved(match, request, details)
            if change.after != change.before {
                try Authority.check(
                    context.principal, .changePerson(workplace: match.unitCode.flatMap(UnitCode.init(rawValue:))),
                    facts: AuthorityFacts(units: facts.units, organisers: facts.organisers),
                    action: AppDatabase.personChange(match))
                moved = (change.before, change.after)
            }
            person = change.person
        }
        // Birth year and gender, kept and audited like `details` does for the other paths (a known person's
        // only: a new one is inserted with them).
        let detailsBefore = match == nil ? nil : Self.yearAndGender(person)
        Self.take(yearAndGenderOf: row, into: &person)

        let existing = person.id.flatMap { active[$0] ?? reserves[$0] }
        // The twin rule of `nominee add`: the same name at the same workplace, not told apart by two phones.
        var twin: String?
        if existing == nil {
            // The row's namesakes, looked up by `apply` under the same key (not hashed again).
            for other in person.matchKey == row.matchKey ? namesakes : people[ExactText(person.matchKey)] ?? [] {
                let id = other.id
                guard id != person.id,
                      PersonIdentity.indistinguishable(
                        workplace: person.unitCode, phone: person.phone, fromWorkplace: other.unitCode, phone: other.phone),
                      let held = active[id] ?? reserves[id] else { continue }
                twin = held.sender.rawValue
                break
            }
        }
        let (sender, slot) = try AppDatabase.placement(
            person: person, request: request, replacing: nil, existing: existing?.sender.rawValue, twin: twin,
            in: session, facts: facts, context)
        let note = try FreeText.checked(request.note, input: .note)

        // Checked: now written, in the order `nominee add` writes.
        if person.id == nil {
            person.id = try writer.insert(person)
        } else if let moved {
            try person.update(db)
            try writer.audit(entity: "person", key: "\(person.id ?? 0)", before: moved.before, after: moved.after)
        }
        guard let personID = person.id else { throw StoreCorruption(what: "person without id") }
        // A person this import creates is inserted with them; a known person's change is kept and audited.
        if let detailsBefore, case let detailsAfter = Self.yearAndGender(person), detailsAfter != detailsBefore {
            try person.update(db)
            try writer.audit(entity: "person", key: "\(personID)", before: detailsBefore, after: detailsAfter)
        }
        var record = NominationRecord(
            id: nil, sessionCode: session.code.rawValue, personId: personID, senderCode: sender.rawValue,
            slotId: slot.id, role: request.role.rawValue, status: NominationStatus.proposed.rawValue, replacesId: nil,
            note: note, createdAt: context.now, updatedAt: context.now, nominatedOn: writer.today)
        let id = try writer.insert(record)
        record.id = id
        // The line `nominee add` writes (`AppDatabase.nominationAudit`), its keys in order.
        try writer.audit(entity: "nomination", key: String(id), sorted: [
            "person": person.fullName, "role": request.role.rawValue, "sender": sender.rawValue, "status": record.status,
        ])
        remember(person)
        hold(Held(id: id, sender: sender, role: request.role), personID: personID)
        facts.active[slot.id, default: 0] += 1
        return (id, person.fullName, sender)
    }

    /// The nomination a form row was prefilled with, when it no longer holds a place.
    private func formerNomination(_ id: Int64) throws -> NominationRecord? {
        guard activeIDs[id] == nil else { return nil }
        return try NominationRecord.filter(key: id).filter(Column("sessionCode") == session.code.rawValue).fetchOne(db)
    }

    /// A form exported before its prefilled nominee was withdrawn or replaced.
    private func staleForm(_ row: NomineeImportRow, _ gone: NominationRecord) -> OutreachError {
        let id = gone.id ?? 0
        let change = LocalizedText { words in
            switch NominationStatus(rawValue: gone.status) {
            case .withdrawn?: words.formNomineeWithdrawn
            case .replaced?: words.formNomineeReplaced
            case .reserve?: words.formNomineeOnReserve
            default: words.formNomineeHoldsNoPlace
            }
        }
        return OutreachError.invalidValue(field: "#\(id)", value: row.fullName, reason: LocalizedText { $0.thisFormIsOutOf(id, change, gone.senderCode) })
    }

    /// The details of a person already known, read by column through a statement compiled once.
    private func storedDetails(of namesake: Namesake) throws -> Details {
        let statement = try db.cachedStatement(
            sql: "SELECT fullName, position, email, birthYear, gender FROM person WHERE id = ?")
        guard let row = try Row.fetchOne(statement, arguments: [namesake.id]) else {
            throw StoreCorruption(what: "person \(namesake.id) vanished during an import")
        }
        return Details(fullName: row[0], position: row[1], email: row[2], birthYear: row[3], gender: row[4])
    }

    /// The whole record of a person the file names again (a statement compiled once for the whole file).
    private func record(_ namesake: Namesake) throws -> PersonRecord {
        let statement = try db.cachedStatement(sql: "SELECT * FROM person WHERE id = ?")
        guard let person = try PersonRecord.fetchOne(statement, arguments: [namesake.id]) else {
            throw StoreCorruption(what: "person \(namesake.id) vanished during an import")
        }
        return person
    }

    /// Keeps the people by name key current.
    private mutating func remember(_ person: PersonRecord) {
        guard let namesake = try? Namesake(person) else { return }
        // One access to the dictionary (a person new to the file adds its key once, hashed once).
        Self.replace(namesake, in: &people[ExactText(person.matchKey), default: []])
    }

    private static func replace(_ namesake: Namesake, in namesakes: inout [Namesake]) {
        namesakes.removeAll { $0.id == namesake.id }
        namesakes.append(namesake)
    }

    /// Keeps the nominations holding a place current.
    private mutating func hold(_ held: Held, personID: Int64) {
        active[personID] = held
        activeIDs[held.id] = personID
    }

    private mutating func hold(_ nomination: Nomination, personID: Int64) {
        hold(Held(id: nomination.id, sender: nomination.sender, role: nomination.role), personID: personID)
        facts.active[nomination.slotID, default: 0] += 1
    }

    /// Keeps the birth year and gender a row gives, audited like the other details of a person.
    private func details(_ row: NomineeImportRow, of person: PersonRecord) throws -> PersonRecord {
        var person = person
        let before = Self.yearAndGender(person)
        Self.take(yearAndGenderOf: row, into: &person)
        let after = Self.yearAndGender(person)
        guard after != before else { return person }
        try person.update(db)
        // A person this command has just created gets the details with its creation, as on the add path.
        guard person.createdAt != context.now else { return person }
        try database.audit(db, context, entity: "person", key: "\(person.id ?? 0)", before: before, after: after)
        return person
    }

    /// A row's birth year and gender, where it gives them.
    private static func take(yearAndGenderOf row: NomineeImportRow, into person: inout PersonRecord) {
        if let year = row.birthYear { person.birthYear = year }
        if let gender = row.gender { person.gender = gender }
    }

    /// A person's birth year and gender as their audit lines show them.
    private static func yearAndGender(_ person: PersonRecord) -> [String: String] {
        ["birthYear": person.birthYear.map(String.init) ?? "", "gender": person.gender ?? ""]
    }

    private func name(_ code: String?) -> String {
        code.map { unitNames[$0] ?? $0 } ?? "?"
    }
}

/// The inserts of an import, prepared once and run for every row: people, nominations and audit lines
/// (one per nomination, as for `nominee add`). Values are bound through SQLite's C API on GRDB's prepared
/// statements: GRDB's `StatementArguments` box every value, which cost more than the insert itself.
struct ImportWriter {
    /// The columns each insert binds, in binding order; `ImportSchemaTests` holds them to the tables' columns
    /// and to the records' own, so a column added to a table cannot be forgotten here.
    static let personColumns = ["fullName", "matchKey", "unitCode", "position", "phone", "email", "createdAt", "birthYear", "gender"]
    static let nominationColumns = [
        "sessionCode", "personId", "senderCode", "slotId", "role", "status", "replacesId", "note", "createdAt", "updatedAt",
        "nominatedOn",
    ]
    static let auditColumns = ["at", "actor", "command", "today", "todaySet", "entity", "entityKey", "before", "after", "reason"]

    static func insertSQL(_ table: String, _ columns: [String]) -> String {
        "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
    }

    let context: CommandContext
    /// The command's time and day as stored, converted once rather than for every line.
    let now: String
    let today: String
    let person: Statement
    let nomination: Statement
    let audit: Statement
    let db: Database
    /// What every audit line of the import says besides its entity, key and values, read once.
    private let auditLine: (now: String, actor: String?, command: String, today: String, todaySet: Int64, reason: String?)
    /// The JSON of the audit line being written (`audit(entity:key:sorted:)`), its memory kept from line to line.
    private var json: [UInt8] = []
    /// The bytes of the texts bound to the insert being run (`run`), their memory kept from insert to insert.
    private var texts: [UInt8] = []
    private var pending: [(index: Int32, start: Int, count: Int)] = []

    init(_ db: Database, _ context: CommandContext) throws {
        self.db = db
        self.context = context
        guard case .string(let now) = context.now.databaseValue.storage else {
            throw StoreCorruption(what: "a time not stored as text")
        }
        self.now = now
        today = context.today.iso
        // Whoever acts must be a known unit (checked by every audit line of `nominee add`; once here).
        if let actor = context.actor, !(try UnitRecord.exists(db, key: actor.rawValue)) {
            throw OutreachError.unknownUnit(actor.rawValue)
        }
        auditLine = (now, context.actor?.rawValue, context.command, today, context.todayIsSet ? 1 : 0, context.lateReason)
        person = try db.makeStatement(sql: Self.insertSQL("person", Self.personColumns))
        nomination = try db.makeStatement(sql: Self.insertSQL("nomination", Self.nominationColumns))
        audit = try db.makeStatement(sql: Self.insertSQL("audit", Self.auditColumns))
    }

    mutating func insert(_ record: PersonRecord) throws -> Int64 {
        // What the binding needs of the writer, read before `run` takes the writer's buffers.
        let created = record.createdAt == context.now ? now : Self.text(record.createdAt.databaseValue)
        return try run(person) { bind in
            try bind(1, record.fullName)
            try bind(2, record.matchKey)
            try bind(3, record.unitCode)
            try bind(4, record.position)
            try bind(5, record.phone)
            try bind(6, record.email)
            try bind(7, created)
            try bind(8, record.birthYear.map(Int64.init))
            try bind(9, record.gender)
        }
    }

    mutating func insert(_ record: NominationRecord) throws -> Int64 {
        let created = record.createdAt == context.now ? now : Self.text(record.createdAt.databaseValue)
        let updated = record.updatedAt == context.now ? now : Self.text(record.updatedAt.databaseValue)
        return try run(nomination) { bind in
            try bind(1, record.sessionCode)
            try bind(2, record.personId)
            try bind(3, record.senderCode)
            try bind(4, record.slotId)
            try bind(5, record.role)
            try bind(6, record.status)
            try bind(7, record.replacesId)
            try bind(8, record.note)
            try bind(9, created)
            try bind(10, updated)
            try bind(11, record.nominatedOn)
        }
    }

    mutating func audit(entity: String, key: String, before: [String: String]? = nil, after: [String: String]? = nil) throws {
        try audit(entity: entity, key: key, before: before.map(AuditJSON.encode), after: after.map(AuditJSON.encode))
    }

    /// An audit line with no before, its after given as pairs in key order: their JSON written into a buffer
    /// kept for the whole import and bound as it is (no string made for it).
    mutating func audit(entity: String, key: String, sorted after: KeyValuePairs<String, String>) throws {
        guard AuditJSON.write(sorted: after, into: &json) else {
            return try audit(entity: entity, key: key, after: AuditJSON.encode(sorted: after))
        }
        let after = json, line = auditLine
        _ = try run(audit) { bind in
            try bind(1, line.now)
            try bind(2, line.actor)
            try bind(3, line.command)
            try bind(4, line.today)
            try bind(5, line.todaySet)
            try bind(6, entity)
            try bind(7, key)
            try bind(8, nil as String?)
            try bind(9, after)
            try bind(10, line.reason)
        }
    }

    /// An audit line whose before and after are JSON already.
    mutating func audit(entity: String, key: String, before: String? = nil, after: String?) throws {
        let line = auditLine
        _ = try run(audit) { bind in
            try bind(1, line.now)
            try bind(2, line.actor)
            try bind(3, line.command)
            try bind(4, line.today)
            try bind(5, line.todaySet)
            try bind(6, entity)
            try bind(7, key)
            try bind(8, before)
            try bind(9, after)
            try bind(10, line.reason)
        }
    }

    /// Binds values to the parameters of one statement by position; nil binds NULL.
    ///
    /// Texts are copied one after the other into a buffer kept for the whole import and bound where they lie
    /// once all are copied (`run`; the buffer no longer moves then, and SQLite is told so: `SQLITE_STATIC`).
    /// SQLite's own copy of each text (`SQLITE_TRANSIENT`) was an allocation and a free per value, some twenty
    /// a row, on the writing thread. The binder is a value passed `inout`: held in a class, its buffer cost
    /// more in exclusivity checks and reference counting than the allocations it saved.
    private struct Binder {
        let handle: OpaquePointer
        let statement: Statement
        var texts: [UInt8]
        var pending: [(index: Int32, start: Int, count: Int)]

        mutating func callAsFunction(_ index: Int32, _ text: String?) throws {
            guard var text else { return try check(sqlite3_bind_null(handle, index)) }
            // Bound by its byte count, not up to a NUL; an empty text is '' (a nil pointer would be NULL).
            guard !text.isEmpty else { return try check(sqlite3_bind_text(handle, index, "", 0, ImportWriter.transient)) }
            let start = texts.count
            text.withUTF8 { texts.append(contentsOf: $0) }
            pending.append((index, start, texts.count - start))
        }

        /// UTF-8 bytes bound as text.
        mutating func callAsFunction(_ index: Int32, _ bytes: [UInt8]) throws {
            guard !bytes.isEmpty else { return try callAsFunction(index, "") }
            let start = texts.count
            texts.append(contentsOf: bytes)
            pending.append((index, start, bytes.count))
        }

        func callAsFunction(_ index: Int32, _ number: Int64?) throws {
            try check(number.map { sqlite3_bind_int64(handle, index, $0) } ?? sqlite3_bind_null(handle, index))
        }

        func check(_ code: Int32) throws {
            guard code == SQLITE_OK else { throw ImportWriter.error(code, statement) }
        }
    }

    /// Binds the values, runs the insert and gives the new row's id; SQLite's errors (a broken constraint)
    /// come back as GRDB's `DatabaseError`, as from any other statement.
    private mutating func run(_ statement: Statement, _ bind: (inout Binder) throws -> Void) throws -> Int64 {
        let handle = statement.sqliteStatement
        // The binder holds the statement, not a closure: a closure capturing the writer was a heap box and
        // a retain of each of its fields on every insert. It takes the buffers for the insert and gives them back.
        texts.removeAll(keepingCapacity: true)
        pending.removeAll(keepingCapacity: true)
        var binder = Binder(handle: handle, statement: statement, texts: texts, pending: pending)
        texts = []
        pending = []
        defer {
            sqlite3_reset(handle)
            // No parameter is left pointing into the texts' buffer once the insert has run.
            sqlite3_clear_bindings(handle)
            texts = binder.texts
            pending = binder.pending
        }
        try bind(&binder)
        // The texts bound where they lie (`SQLITE_STATIC`): the buffer stays as it is until the step is over.
        let code = try binder.texts.withUnsafeBufferPointer { bytes throws -> Int32 in
            if let base = bytes.baseAddress {
                for text in binder.pending {
                    try binder.check(sqlite3_bind_text(
                        handle, text.index, UnsafeRawPointer(base + text.start).assumingMemoryBound(to: CChar.self),
                        Int32(text.count), nil))
                }
            }
            return sqlite3_step(handle)
        }
        guard code == SQLITE_DONE else { throw Self.error(code, statement) }
        // Asked of the statement's connection directly: `Database.lastInsertedRowID` first checks the
        // dispatch queue it runs on (`dispatch_get_specific`), three times a row.
        return sqlite3_last_insert_rowid(sqlite3_db_handle(handle))
    }

    private static func error(_ code: Int32, _ statement: Statement) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code),
            message: String(cString: sqlite3_errmsg(sqlite3_db_handle(statement.sqliteStatement))), sql: statement.sql)
    }

    /// SQLite copies the bound text (the Swift string's buffer lives only for the call).
    fileprivate static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private static func text(_ value: DatabaseValue) -> String? {
        if case .string(let text) = value.storage { return text }
        return nil
    }
}
