import Foundation
import GRDB
import GRDBSQLite
import OutreachCore

extension AppDatabase {
    // MARK: - Nominations: writes

    /// Puts a person forward for a place in an office's quota; never over-fills it.
    public func addNominee(_ request: NomineeRequest, context: CommandContext) throws(OutreachError) -> Nominee {
        try write { db in
            let session = try Self.fetchSession(db, request.session)
            try Self.checkDeadline(.nominate, session, context)
            let person = try resolvePerson(db, request, context)
            return try nominate(db, session: session, person: person, request: request, replacing: nil, context)
        }
    }

    /// Confirms nominees (by number, phone or name); confirming one already confirmed changes nothing.
    public func confirm(
        session code: SessionCode, nominees keys: [String], context: CommandContext
    ) throws(OutreachError) -> [Nominee] {
        try write { db in
            let session = try Self.fetchSession(db, code)
            // Who is meant comes first: an unknown nominee is "not found", whatever the day.
            let records = try keys.map { try Self.findNomination(db, session: code, key: $0, visibleTo: context.principal) }
            let standings = try records.map { try Self.authorize(db, session, context, $0, action: Self.confirming) }
            try Self.checkDeadline(.confirm(standings: standings), session, context)
            return try confirm(db, records, context)
        }
    }

    /// Confirms every proposed nominee of one office, in the same transaction that finds them.
    public func confirmAll(
        session code: SessionCode, unit: UnitCode, context: CommandContext
    ) throws(OutreachError) -> [Nominee] {
        try write { db in
            let session = try Self.fetchSession(db, code)
            guard try UnitRecord.exists(db, key: unit.rawValue) else { throw OutreachError.unknownUnit(unit.rawValue) }
            guard try QuotaSlotRecord
                .filter(Column("sessionCode") == code.rawValue && Column("unitCode") == unit.rawValue).fetchCount(db) > 0
            else { throw OutreachError.notInvited(unit: unit.rawValue, session: code.rawValue) }
            let standing = try Self.authorize(db, session, context, sender: unit.rawValue, workplace: nil, action: Self.confirming)
            try Self.checkDeadline(.confirm(standings: [standing]), session, context)
            let records = try NominationRecord
                .filter(Column("sessionCode") == code.rawValue && Column("senderCode") == unit.rawValue)
                .filter(Column("status") == NominationStatus.proposed.rawValue)
                .order(Column("id")).fetchAll(db)
            return try confirm(db, records, context)
        }
    }

    private static let confirming = LocalizedText { $0.confirmNominees }

    private func confirm(_ db: Database, _ records: [NominationRecord], _ context: CommandContext) throws -> [Nominee] {
        var confirmed: [Nominee] = []
        for var record in records {
            let status = NominationStatus(rawValue: record.status)
            guard status?.isActive == true, let id = record.id else {
                throw OutreachError.invalidTransition(
                    nominee: "#\(record.id ?? 0)", from: record.status, to: NominationStatus.confirmed.rawValue)
            }
            if status == .proposed {
                // Counted inside the write lock: another office confirming at the same moment waits here.
                // Statements compiled once per connection (the query interface built and prepared each anew, the
                // largest item of the server's profile).
                let slot = try QuotaSlotRecord.fetchOne(
                    db.cachedStatement(sql: "SELECT * FROM quotaSlot WHERE id = ?"), arguments: [record.slotId])
                // Filtered by session too, so the (sessionCode, slotId) index finds the slot's few rows.
                let alreadyConfirmed = try Int.fetchOne(db.cachedStatement(sql: """
                    SELECT COUNT(*) FROM nomination WHERE sessionCode = ? AND slotId = ? AND id <> ? AND status = ?
                    """), arguments: [record.sessionCode, record.slotId, id, NominationStatus.confirmed.rawValue]) ?? 0
                if let slot, alreadyConfirmed >= slot.count {
                    throw OutreachError.quotaFull(unit: slot.unitCode, roles: slot.rule.rolesLabel, count: slot.count)
                }
                record.status = NominationStatus.confirmed.rawValue
                record.updatedAt = context.now
                // Only the two columns that change (a record's update writes all twelve).
                try db.cachedStatement(sql: "UPDATE nomination SET status = ?, updatedAt = ? WHERE id = ?")
                    .execute(arguments: [record.status, record.updatedAt, id])
                try audit(db, context, entity: "nomination", key: "\(id)",
                          before: ["status": "proposed"], after: ["status": "confirmed"])
            }
            confirmed.append(try Self.nominee(db, record))
        }
        return confirmed
    }

    /// Withdraws a nominee, freeing their place (or a reserve, leaving the queue).
    public func withdraw(
        session code: SessionCode, nominee key: String, reason: String?, context: CommandContext
    ) throws(OutreachError) -> Nominee {
        try withdrawProposingReserve(session: code, nominee: key, reason: reason, context: context).withdrawn
    }

    /// Withdraws a nominee and, when that frees a place, names the reserve proposed to take it
    /// (`promote` takes it up); nothing is promoted here.
    public func withdrawProposingReserve(
        session code: SessionCode, nominee key: String, reason: String?, context: CommandContext
    ) throws(OutreachError) -> (withdrawn: Nominee, proposal: Nominee?) {
        try write { db in
            let session = try Self.fetchSession(db, code)
            // Once the session is over its list is closed: who came is paid by the attendance, and a
            // withdrawal then would show them gone while paying them.
            try Self.checkDeadline(.withdraw, session, context)
            var record = try Self.activeNomination(
                db, session, key: key, becoming: .withdrawn, context,
                action: LocalizedText { $0.withdrawNominees }, orReserve: true)
            let before = record.status
            record.status = NominationStatus.withdrawn.rawValue
            record.updatedAt = context.now
            try record.update(db)
            try audit(db, context, entity: "nomination", key: "\(record.id ?? 0)",
                      before: ["status": before], after: ["status": record.status],
                      reason: try FreeText.checked(reason, input: .reason) ?? context.lateReason)
            let freed = NominationStatus(rawValue: before)?.isActive == true
            let proposal = freed ? try Self.firstReserve(db, for: record).map { try Self.nominee(db, $0) } : nil
            return (try Self.nominee(db, record), proposal)
        }
    }

    /// Replaces a nominee with another person in the same place of the same office.
    public func replace(
        session code: SessionCode, nominee key: String, with request: NomineeRequest, context: CommandContext
    ) throws(OutreachError) -> Nominee {
        try write { db in
            let session = try Self.fetchSession(db, code)
            try Self.checkDeadline(.nominate, session, context)
            var old = try Self.activeNomination(
                db, session, key: key, becoming: .replaced, context,
                action: LocalizedText { $0.replaceNominees })
            let oldID = old.id ?? 0
            let before = old.status
            var request = request
            request.sender = UnitCode(rawValue: old.senderCode)
            if request.worksAt == nil && request.personID == nil {
                request.worksAt = try PersonRecord.fetchOne(db, key: old.personId)?.unitCode.flatMap(UnitCode.init)
            }
            let person = try resolvePerson(db, request, context)
            // The same person named again: the place stays theirs (their details brought up to date), no
            // new nomination replacing itself.
            if person.id == old.personId { return try Self.nominee(db, old) }
            old.status = NominationStatus.replaced.rawValue
            old.updatedAt = context.now
            try old.update(db)
            let new = try nominate(db, session: session, person: person, request: request, replacing: old, context)
            try audit(db, context, entity: "nomination", key: "\(oldID)",
                      before: ["status": before], after: ["status": old.status, "replacedBy": "\(new.nomination.id)"])
            return new
        }
    }

    // MARK: - Nominations: reads

    /// The session's other nominees (holding or waiting for a place) whose phone is `phone`: two people with
    /// one number is most often a copy-paste slip in a list, worth a warning though not a refusal (a shared
    /// office phone is real).
    /// Named only where `principal` may see the office that sent them: the number alone says "look again"
    /// without telling one office who another nominated.
    public func nomineesSharingPhone(
        session code: SessionCode, phone: String, except personID: Int64, visibleTo principal: Principal
    ) throws(OutreachError) -> [PhoneSharer] {
        let others = try read { db in
            let records = try NominationRecord.fetchAll(db, sql: """
                SELECT n.* FROM nomination n JOIN person p ON p.id = n.personId
                WHERE n.sessionCode = ? AND p.phone = ? AND p.id <> ? AND n.status IN (?, ?, ?)
                ORDER BY n.id
                """, arguments: [code.rawValue, phone, personID] + StatementArguments(Self.placedOrWaiting))
            return try records.map { try Self.nominee(db, $0) }
        }
        guard !others.isEmpty else { return [] }
        let visible = Set(try quotaStatus(session: code, visibleTo: principal).map(\.unit))
        return others.map { other in
            PhoneSharer(number: other.nomination.id,
                        name: visible.contains(other.nomination.sender.rawValue) ? other.person.fullName : nil)
        }
    }

    /// The other people known by the same name as person `personID` (`PersonIdentity`'s namesakes: another phone,
    /// birth year or workplace), oldest first: kept apart, never merged on the name alone, and worth a warning
    /// wherever someone is added, as an import warns of them.
    /// A namesake `principal` may not see (`Act.viewPerson`) is given without workplace or phone.
    public func namesakes(ofPerson personID: Int64, visibleTo principal: Principal) throws(OutreachError) -> [KnownNamesake] {
        try read { db in
            guard let person = try PersonRecord.fetchOne(db, key: personID) else { return [] }
            let facts = principal == .databaseOperator ? nil : try Self.authorityFacts(db, session: nil)
            return try Row.fetchAll(db, sql: """
                SELECT p.id, p.fullName, p.phone, COALESCE(u.shortName, u.name, p.unitCode) AS workplace, p.unitCode
                FROM person p LEFT JOIN unit u ON u.code = p.unitCode
                WHERE p.matchKey = ? AND p.id <> ? ORDER BY p.id
                """, arguments: [person.matchKey, personID]).map { row in
                    let code: String? = row["unitCode"]
                    if let facts, !Authority.allows(
                        principal, .viewPerson(workplace: code.flatMap(UnitCode.init(rawValue:))), facts: facts) {
                        return KnownNamesake(id: row["id"], fullName: row["fullName"], workplace: nil, phone: nil)
                    }
                    return KnownNamesake(id: row["id"], fullName: row["fullName"], workplace: row["workplace"], phone: row["phone"])
                }
        }
    }

    /// Every nomination of a session with its person, in the order they were made.
    public func nominees(session code: SessionCode, includeInactive: Bool = false) throws(OutreachError) -> [Nominee] {
        try read { db in
            _ = try Self.fetchSession(db, code)
            return try Self.fetchNominees(db, code, includeInactive: includeInactive)
        }
    }

    /// The session's nominees grouped by office in official order, ready to print.
    public func nomineeList(
        session code: SessionCode, nameOrder: NameOrder = .givenThenFamily, includeEmptyGroups: Bool = false
    ) throws(OutreachError) -> NomineeList {
        try nomineeList(session: code, nameOrder: nameOrder, includeEmptyGroups: includeEmptyGroups, visibleTo: .databaseOperator)
    }

    /// The list as `principal` may see it: for a unit, only the offices it may see (`Authority`'s `viewOffice`);
    /// one that sees none is refused (`viewSession`: the organisers').
    public func nomineeList(
        session code: SessionCode, nameOrder: NameOrder = .givenThenFamily, includeEmptyGroups: Bool = false,
        visibleTo principal: Principal
    ) throws(OutreachError) -> NomineeList {
        try read { db in
            let session = try Self.fetchSession(db, code)
            var quotas = try Self.fetchQuotas(db, code)
            var visible: Set<UnitCode>?
            if principal != .databaseOperator {
                let facts = try Self.authorityFacts(db, session: code)
                visible = Set(quotas.map(\.unit).filter {
                    (try? Authority.decide(principal, .viewOffice($0), facts: facts).get()) != nil
                })
                if visible?.isEmpty == true {
                    try Authority.check(principal, .viewSession(fundedBy: nil), facts: facts, action: LocalizedText { $0.seeTheNomineesOfCode(code) })
                }
                quotas = quotas.filter { visible?.contains($0.unit) == true }
            }
            // Offices at the distances the session was created with: its lodging and per diem follow them.
            let tree = try Self.sessionUnits(db, code)
            guard let organiser = tree[session.organiser] else {
                throw OutreachError.unknownUnit(session.organiser.rawValue)
            }
            // Read straight into each office's array (sized by a count first), which the list empties as it
            // makes its groups: a session of 200,000 people is held about once, not three times.
            // The counts are of every nomination of each office's slots, whatever its status (an upper bound):
            // read from the index on (session, slot) alone, without visiting the table a second time.
            // The same pass over the index gives the session's first and last nomination, which the read takes as
            // its range of ids (a second pass cost as much again).
            var bySender: [UnitCode: [Nominee]] = [:]
            let counts = try Row.fetchAll(db, sql: """
                SELECT q.unitCode, c.n, c.first, c.last FROM (
                    SELECT slotId, COUNT(*) AS n, MIN(id) AS first, MAX(id) AS last
                    FROM nomination WHERE sessionCode = ? GROUP BY slotId
                ) c LEFT JOIN quotaSlot q ON q.id = c.slotId
                """, arguments: [code.rawValue])
            var capacity: [UnitCode: Int] = [:]
            var span: ClosedRange<Int64>?
            for row in counts {
                let (first, last): (Int64, Int64) = (row[2], row[3])
                span = span.map { min($0.lowerBound, first)...max($0.upperBound, last) } ?? first...last
                guard let unit: String = row[0], let sender = UnitCode(rawValue: unit) else { continue }
                capacity[sender, default: 0] += row[1]
            }
            // Each office's array found by the sender's place among them: the previous row's, or looked up.
            var offices: [UnitCode] = []
            var lists: [[Nominee]] = []
            var place: [UnitCode: Int] = [:]
            for (sender, count) in capacity {
                var rows: [Nominee] = []
                rows.reserveCapacity(count)
                place[sender] = lists.count
                offices.append(sender)
                lists.append(rows)
            }
            var last: (sender: UnitCode, index: Int)?
            if let span {
                try Self.fetchNominees(db, code, includeInactive: false, includeReserves: true, span: span) { nominee in
                    let sender = nominee.nomination.sender
                    let index: Int
                    if let last, last.sender == sender {
                        index = last.index
                    } else {
                        if let visible, !visible.contains(sender) { return }
                        var found = place[sender]
                        if found == nil {
                            found = lists.count
                            place[sender] = lists.count
                            offices.append(sender)
                            lists.append([])
                        }
                        index = found!
                        last = (sender, index)
                    }
                    lists[index].append(nominee)
                }
            }
            for (index, sender) in offices.enumerated() where visible?.contains(sender) ?? true {
                bySender[sender] = lists[index]
                lists[index] = []
            }
            return NomineeList(
                session: session, organiser: organiser, parentBody: organiser.parent.flatMap { tree[$0] },
                quotas: quotas, units: tree, nomineesBySender: &bySender,
                nameOrder: nameOrder, includeEmptyGroups: includeEmptyGroups)
        }
    }

    /// Finds one nominee of a session by number (`12` or `#12`), phone, or an unambiguous part of the name.
    public func findNominee(session code: SessionCode, key: String) throws(OutreachError) -> Nominee {
        try read { db in
            _ = try Self.fetchSession(db, code)
            return try Self.nominee(db, try Self.findNomination(db, session: code, key: key, visibleTo: .databaseOperator))
        }
    }

    // MARK: - Nominations: internals

    /// The nomination `key` names, once the acting unit may change it and it still holds a place
    /// (or, with `orReserve`, waits as a reserve).
    static func activeNomination(
        _ db: Database, _ session: Session, key: String, becoming status: NominationStatus,
        _ context: CommandContext, action: LocalizedText, orReserve: Bool = false
    ) throws -> NominationRecord {
        let record = try findNomination(db, session: session.code, key: key, visibleTo: context.principal)
        try authorize(db, session, context, record, action: action)
        let current = NominationStatus(rawValue: record.status)
        guard current?.isActive == true || (orReserve && current == .reserve) else {
            throw OutreachError.invalidTransition(nominee: "#\(record.id ?? 0)", from: record.status, to: status.rawValue)
        }
        return record
    }

    /// Checks, by `Authority`'s rule, that the acting principal may change a nomination that `sender` makes for a
    /// person working at `workplace`; returns the principal's standing (deadlines depend on it).
    @discardableResult
    static func authorize(
        _ db: Database, _ session: Session, _ context: CommandContext, sender: String, workplace: String?,
        action: @autoclosure () -> LocalizedText
    ) throws -> Standing {
        guard let act = nominationAct(sender: sender, workplace: workplace) else {
            throw StoreCorruption(what: "nomination of an invalid unit code \(sender)")
        }
        return try authorize(db, context, act, session: session.code, action: action())
    }

    /// The same check on facts already loaded (an import checks thousands of rows against one tree).
    @discardableResult
    static func authorize(
        _ facts: AuthorityFacts, _ context: CommandContext, sender: String, workplace: String?,
        action: @autoclosure () -> LocalizedText
    ) throws -> Standing {
        guard let act = nominationAct(sender: sender, workplace: workplace) else {
            throw StoreCorruption(what: "nomination of an invalid unit code \(sender)")
        }
        return try Authority.check(context.principal, act, facts: facts, action: action())
    }

    private static func nominationAct(sender: String, workplace: String?) -> Act? {
        UnitCode(rawValue: sender).map { .changeNomination(sender: $0, workplace: workplace.flatMap(UnitCode.init(rawValue:))) }
    }

    /// Checks that the acting unit may change this nomination.
    @discardableResult
    static func authorize(
        _ db: Database, _ session: Session, _ context: CommandContext, _ record: NominationRecord, action: LocalizedText
    ) throws -> Standing {
        let workplace = try Self.person(db, record.personId)?.unitCode
        return try authorize(db, session, context, sender: record.senderCode, workplace: workplace, action: action)
    }

    /// `NominationDeadlines`' rule for `change`, on the context's day and late reason.
    static func checkDeadline(
        _ change: NominationDeadlines.Change, _ session: Session, _ context: CommandContext
    ) throws {
        try NominationDeadlines.check(change, session: session, today: context.today, late: context.lateReason != nil)
    }

    /// The person a request names: an existing id, the same name and phone already known, or a new person.
    /// A known person's workplace and position follow the request, since people move between schools.
    func resolvePerson(_ db: Database, _ request: NomineeRequest, _ context: CommandContext) throws -> PersonRecord {
        let details = try Self.personDetails(request)
        if let worksAt = request.worksAt ?? request.sender, !(try UnitRecord.exists(db, key: worksAt.rawValue)) {
            throw OutreachError.unknownUnit(worksAt.rawValue)
        }
        var person: PersonRecord
        if let id = request.personID {
            // A number names only a person the acting unit may see: counting up from 1 never tells whose anyone is.
            guard let known = try PersonRecord.fetchOne(db, key: id),
                  try Self.mayView(db, context, person: known, session: request.session)
            else { throw OutreachError.unknownPerson(id) }
            person = known
        } else {
            let new = try Self.newPerson(request, details, context)
            let namesakes = try PersonRecord.filter(Column("matchKey") == new.matchKey).order(Column("id")).fetchAll(db)
            let verdict = PersonIdentity.identify(
                PersonIdentity.Typed(phone: new.phone, birthYear: new.birthYear, workplace: new.unitCode),
                among: namesakes.compactMap { person in
                    person.id.map { PersonIdentity.Known(id: $0, phone: person.phone, birthYear: person.birthYear, workplace: person.unitCode) }
                })
            if let same = verdict.same, let known = namesakes.first(where: { $0.id == same.id }) {
                person = known
            } else {
                person = new
                try person.insert(db)
                return person
            }
        }
        let change = Self.moved(person, request, details)
        if change.after != change.before {
            try Self.authorize(
                db, context, .changePerson(workplace: person.unitCode.flatMap(UnitCode.init(rawValue:))),
                session: request.session, action: Self.personChange(person))
        }
        person = change.person
        if change.after != change.before {
            try person.update(db)
            try audit(db, context, entity: "person", key: "\(person.id ?? 0)", before: change.before, after: change.after)
        }
        return person
    }

    /// What changing a known person's details is called in a refusal.
    static func personChange(_ person: PersonRecord) -> LocalizedText {
        // Where they work now is not said: the refusal goes to a unit that may not see it.
        LocalizedText { $0.changeTheWorkplaceOrPosition(person.fullName) }
    }

    /// The position and email a request gives, checked.
    static func personDetails(_ request: NomineeRequest) throws -> (position: String?, email: String?) {
        let position = try FreeText.checked(request.position, input: .position, maxLength: 200)
        let email = try FreeText.checked(request.email, input: .email, maxLength: 200)
        if let email, !email.contains("@") || email.contains(" ") || email.hasPrefix("@") || email.hasSuffix("@") {
            throw OutreachError.invalidInput(.email, value: email, reason: LocalizedText { $0.isNotAnEmailAddress })
        }
        return (position, email)
    }

    /// A person not known yet, as the request describes them (not inserted): tidy name, normalised phone,
    /// a workplace.
    /// `matchKey` is a name the caller already tidied with `NameInput.tidied` and its key (an import, which
    /// checked and keyed every row).
    static func newPerson(
        _ request: NomineeRequest, _ details: (position: String?, email: String?), _ context: CommandContext,
        matchKey known: (name: String, key: String)? = nil
    ) throws -> PersonRecord {
        guard let rawName = request.fullName else {
            throw OutreachError.invalidInput(.name, value: "", reason: LocalizedText { $0.aFullNameIsNeeded })
        }
        // A name the caller tidied already comes back unchanged from `tidied`, which is not run twice.
        let name = known?.name == rawName ? rawName : try NameInput.tidied(rawName)
        let phone = try request.phone.map { raw throws(OutreachError) in try PhoneNumber.normalized(raw) }
        guard let worksAt = request.worksAt ?? request.sender else {
            throw OutreachError.invalidInput(.unit, value: "", reason: LocalizedText { $0.theSendingOfficeOrThe })
        }
        return PersonRecord(
            id: nil, fullName: name, matchKey: known?.name == name ? known?.key ?? "" : VietnameseText.matchKey(name),
            unitCode: worksAt.rawValue,
            position: details.position, phone: phone, email: details.email, createdAt: context.now)
    }

    /// A known person with the workplace, position and email the request gives, and what the audit shows
    /// before and after (workplace, position); it is written only when those differ.
    static func moved(
        _ person: PersonRecord, _ request: NomineeRequest, _ details: (position: String?, email: String?)
    ) -> (person: PersonRecord, before: [String: String], after: [String: String]) {
        var person = person
        let before = ["unit": person.unitCode ?? "", "position": person.position ?? ""]
        if let worksAt = request.worksAt { person.unitCode = worksAt.rawValue }
        if let position = details.position { person.position = position }
        if let email = details.email { person.email = email }
        let after = ["unit": person.unitCode ?? "", "position": person.position ?? ""]
        return (person, before, after)
    }

    /// Places `person` in the right slot of the right office, checking role, workplace, duplicates and room.
    func nominate(
        _ db: Database, session: Session, person: PersonRecord, request: NomineeRequest,
        replacing old: NominationRecord?, _ context: CommandContext
    ) throws -> Nominee {
        guard let personID = person.id else { throw StoreCorruption(what: "person without id") }
        let existing = try NominationRecord
            .filter(Column("sessionCode") == session.code.rawValue && Column("personId") == personID)
            .filter(Self.placedOrWaiting.contains(Column("status"))).fetchOne(db)
        // One indexed query rather than every nominee per call.
        let twin = existing != nil ? nil : try Row.fetchAll(db, sql: """
            SELECT nomination.senderCode, person.unitCode, person.phone FROM nomination
            JOIN person ON person.id = nomination.personId
            WHERE nomination.sessionCode = ?
              AND (nomination.status IN \(NominationStatus.activeSQL) OR nomination.status = 'reserve')
              AND person.matchKey = ? AND person.id <> ?
            """, arguments: [session.code.rawValue, person.matchKey, personID]).first { row in
                PersonIdentity.indistinguishable(
                    workplace: person.unitCode, phone: person.phone, fromWorkplace: row[1], phone: row[2])
            }.map { row -> String in row[0] }
        let facts = Placement.Facts(
            quotas: try Self.fetchQuotas(db, session.code), units: UnitTree(try Self.fetchUnits(db)),
            organisers: try Self.organisers(db, from: session.code), active: old == nil && request.reserve ? [:] : try Self.activeCounts(db, session.code))
        let (sender, slot) = try Self.placement(
            person: person, request: request, replacing: old, existing: existing?.senderCode, twin: twin,
            in: session, facts: facts, context)
        var record = NominationRecord(
            id: nil, sessionCode: session.code.rawValue, personId: personID, senderCode: sender.rawValue,
            slotId: slot.id, role: request.role.rawValue,
            status: (request.reserve && old == nil ? NominationStatus.reserve : .proposed).rawValue,
            replacesId: old?.id, note: try FreeText.checked(request.note, input: .note), createdAt: context.now,
            updatedAt: context.now, nominatedOn: context.today.iso)
        try record.insert(db)
        try audit(db, context, entity: "nomination", key: "\(record.id ?? 0)",
                  after: Self.nominationAudit(person: person, sender: sender, request: request, status: record.status))
        return try Self.nominee(db, record)
    }

    /// `Placement`'s rule for a nomination `request` asks for `person`: the office and slot it takes. The
    /// facts are the session's (`nominee add` looks them up for one nomination, an import once per file).
    static func placement(
        person: PersonRecord, request: NomineeRequest, replacing old: NominationRecord?, existing: String?,
        twin: String?, in session: Session, facts: Placement.Facts, _ context: CommandContext
    ) throws -> (sender: UnitCode, slot: QuotaSlot) {
        let candidate = Placement.Candidate(
            name: person.fullName, workplace: person.unitCode.flatMap(UnitCode.init(rawValue:)), role: request.role,
            sender: request.sender, reserve: request.reserve,
            replacing: old.map { Placement.Replaced(id: $0.id ?? 0, slot: $0.slotId) },
            existing: existing.flatMap(UnitCode.init(rawValue:)), twin: twin.flatMap(UnitCode.init(rawValue:)))
        let answer = try Placement.place(candidate, in: session, by: context.principal, facts: facts)
        return (answer.sender, answer.slot)
    }

    /// The audit of a new nomination.
    static func nominationAudit(
        person: PersonRecord, sender: UnitCode, request: NomineeRequest, status: String
    ) -> [String: String] {
        ["person": person.fullName, "sender": sender.rawValue, "role": request.role.rawValue, "status": status]
    }

    /// The statuses a person can hold only once per session: a place, or a wait for one.
    static let placedOrWaiting = NominationStatus.activeRawValues + [NominationStatus.reserve.rawValue]

    static func activeCounts(_ db: Database, _ session: SessionCode) throws -> [Int64: Int] {
        var counts: [Int64: Int] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT slotId, COUNT(*) AS n FROM nomination
            WHERE sessionCode = ? AND status IN \(NominationStatus.activeSQL) GROUP BY slotId
            """, arguments: [session.rawValue]) {
            counts[row["slotId"]] = row["n"]
        }
        return counts
    }

    /// A person by number, from a statement compiled once per connection.
    static func person(_ db: Database, _ id: Int64) throws -> PersonRecord? {
        try PersonRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM person WHERE id = ?"), arguments: [id])
    }

    static func nominee(_ db: Database, _ record: NominationRecord) throws -> Nominee {
        guard let person = try Self.person(db, record.personId) else {
            throw StoreCorruption(what: "nomination \(record.id ?? 0) without person")
        }
        let workplace = try person.unitCode.flatMap(UnitCode.init(rawValue:)).flatMap { try unit(db, $0) }
        return Nominee(
            nomination: try record.nomination(), person: person.person(),
            workplace: workplace.map { $0.shortName ?? $0.name })
    }

    static func fetchNominees(
        _ db: Database, _ code: SessionCode, includeInactive: Bool, includeReserves: Bool = false
    ) throws -> [Nominee] {
        var nominees: [Nominee] = []
        try fetchNominees(db, code, includeInactive: includeInactive, includeReserves: includeReserves, count: {
            nominees.reserveCapacity($0)
        }) { nominees.append($0) }
        return nominees
    }

    /// Each nomination of the session with its person, in the order they were made, handed to `each`;
    /// `count` is told how many first, unless the caller gives the `span` of the session's ids (its first and last
    /// nomination), which it read already.
    static func fetchNominees(
        _ db: Database, _ code: SessionCode, includeInactive: Bool, includeReserves: Bool = false,
        span known: ClosedRange<Int64>? = nil, count: (Int) -> Void = { _ in }, _ each: (consuming Nominee) throws -> Void
    ) throws {
        var arguments: StatementArguments = [code.rawValue]
        var statuses = ""
        if !includeInactive {
            let wanted = includeReserves ? placedOrWaiting : NominationStatus.activeRawValues
            statuses = " AND n.status IN (\(wanted.map { _ in "?" }.joined(separator: ", ")))"
            arguments += StatementArguments(wanted)
        }
        let workplaces = Dictionary(
            uniqueKeysWithValues: try UnitRecord.fetchAll(db).map { ($0.code, $0.shortName ?? $0.name) })
        // One join read by column position (a session of 200,000 people is read and ordered in well under a
        // second; records decoded through Codable and a second query by 200,000 ids took several). The codes a
        // session repeats on every row (its own, the senders, workplaces, roles) are checked once each and
        // shared, which also keeps the list's memory to the names, positions and phones.
        var senders: [String: UnitCode] = [:]
        var units: [String: (code: UnitCode, name: String?)] = [:]
        var roles: [String: RoleCode] = [:]
        // The session's first and last nomination, and how many it has whatever their status (an upper bound for
        // `count`), from the index on (session, slot) alone; or the span the caller read there already.
        let first: Int64, last: Int64
        if let known {
            (first, last) = (known.lowerBound, known.upperBound)
        } else {
            guard let span = try Row.fetchOne(db, sql: """
                SELECT MIN(id), MAX(id), COUNT(*) FROM nomination WHERE sessionCode = ?
                """, arguments: [code.rawValue]), let low: Int64 = span[0], let high: Int64 = span[1]
            else { return }
            (first, last) = (low, high)
            count(span[2])
        }
        // The rows between them in the order they were made, the table walked by id: through the index, the
        // nominations of 200,000 people came in slot order, pages read again and again (three times the time).
        // `+n.sessionCode` keeps the planner from taking that index back.
        let statement = try db.makeStatement(sql: """
            SELECT n.id, n.personId, n.senderCode, n.slotId, n.role, n.status, n.replacesId, n.note,
                   p.fullName, p.unitCode, p.position, p.phone, p.email
            FROM nomination n JOIN person p ON p.id = n.personId
            WHERE n.id BETWEEN ? AND ? AND +n.sessionCode = ?\(statuses) ORDER BY n.id
            """)
        try statement.setArguments([first, last] + arguments)
        // Stepped and read through SQLite's C API: GRDB's row asks each column's type and makes each text with
        // `strlen`. The codes rows repeat are found by their bytes (`TextCache`), not made into strings again.
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        func text(_ column: Int32) -> String? {
            guard let bytes = sqlite3_column_text(handle, column) else { return nil }
            return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column))), as: UTF8.self)
        }
        func number(_ column: Int32) -> Int64? {
            sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, column)
        }
        var sender = TextCache<UnitCode>()
        var role = TextCache<RoleCode>()
        var status = TextCache<NominationStatus>()
        var workplace = TextCache<(code: UnitCode, name: String?)?>()
        while true {
            let step = sqlite3_step(handle)
            if step == SQLITE_DONE { break }
            guard step == SQLITE_ROW else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: step), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                    sql: statement.sql)
            }
            let id = sqlite3_column_int64(handle, 0)
            let corrupt = { StoreCorruption(what: "nomination \(id)") }
            guard let senderCode = sender.value(handle, 2, make: { raw in
                      if let known = senders[raw] { return known }
                      let made = UnitCode(rawValue: raw)
                      senders[raw] = made
                      return made
                  }),
                  let roleCode = role.value(handle, 4, make: { raw in
                      if let known = roles[raw] { return known }
                      let made = RoleCode(rawValue: raw)
                      roles[raw] = made
                      return made
                  }),
                  let statusValue = status.value(handle, 5, make: NominationStatus.init(rawValue:)),
                  let fullName = text(8)
            else { throw corrupt() }
            // A workplace whose code is not a valid unit code is no workplace (as before: no unit and no name).
            let place = workplace.value(handle, 9, make: { raw -> (code: UnitCode, name: String?)?? in
                if let known = units[raw] { return .some(known) }
                guard let unit = UnitCode(rawValue: raw) else { return .some(nil) }
                units[raw] = (unit, workplaces[raw])
                return .some((unit, workplaces[raw]))
            }) ?? nil
            let personID = sqlite3_column_int64(handle, 1)
            try each(Nominee(
                nomination: Nomination(
                    id: id, session: code, personID: personID, sender: senderCode, slotID: sqlite3_column_int64(handle, 3),
                    role: roleCode, status: statusValue, replaces: number(6), note: text(7)),
                person: Person(id: personID, fullName: fullName, unit: place?.code, position: text(10), phone: text(11), email: text(12)),
                workplace: place?.name))
        }
    }

    /// Resolves a number, phone or name fragment to exactly one nomination of the session. Of the nominations a
    /// phone or a name matches, only those `principal` may see (`Authority.mayView`) count and are listed as
    /// candidates; when it may see none of them the act is refused (exit 6, as for another office's number)
    /// without naming anyone or any office.
    static func findNomination(
        _ db: Database, session code: SessionCode, key rawKey: String, visibleTo principal: Principal
    ) throws -> NominationRecord {
        let key = VietnameseText.normalized(rawKey)
        let digits = key.hasPrefix("#") ? String(key.dropFirst()) : key
        if !digits.isEmpty, digits.count <= 9, !digits.hasPrefix("0"), digits.allSatisfy(\.isASCII),
           let id = Int64(digits) {
            guard let record = try NominationRecord.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM nomination WHERE sessionCode = ? AND id = ?"), arguments: [code.rawValue, id])
            else { throw OutreachError.unknownNominee(rawKey, session: code.rawValue) }
            return record
        }
        let all = try fetchNominees(db, code, includeInactive: true)
        var candidates: [Nominee]
        if let phone = try? PhoneNumber.normalized(key) {
            candidates = all.filter { $0.person.phone == phone }
        } else {
            candidates = NameSearch.best(key, among: all) { $0.person.fullName }
        }
        if principal != .databaseOperator, !candidates.isEmpty {
            let facts = try authorityFacts(db, session: code)
            let visible = candidates.filter {
                Authority.mayView(principal, sender: $0.nomination.sender, workplace: $0.person.unit, facts: facts)
            }
            // Only others' people answer: a refusal of rights, as for a number, naming nobody and no office.
            if visible.isEmpty {
                throw Refusal.notConcerned(concerned: []).error(principal, action: LocalizedText { $0.lookUpNomineeRawKey(rawKey) })
            }
            candidates = visible
        }
        // Prefer the active nomination (then a reserve) when the same person was also withdrawn or replaced earlier.
        let active = candidates.filter { $0.nomination.status.isActive }
        let waiting = candidates.filter { $0.nomination.status == .reserve }
        let pool = !active.isEmpty ? active : !waiting.isEmpty ? waiting : candidates
        guard let first = pool.first else { throw OutreachError.unknownNominee(rawKey, session: code.rawValue) }
        guard pool.count == 1 else {
            var listed = pool.prefix(8).map { "#\($0.nomination.id) \($0.person.fullName) (\($0.nomination.sender))" }
            if pool.count > 8 { listed.append("… +\(pool.count - 8)") }
            throw OutreachError.ambiguousNominee(rawKey, candidates: listed)
        }
        guard let record = try NominationRecord.fetchOne(db, key: first.nomination.id) else {
            throw OutreachError.unknownNominee(rawKey, session: code.rawValue)
        }
        return record
    }
}

/// Values made from the short texts a query repeats on every row (a session's offices, roles, statuses,
/// workplaces), found again by their bytes: a hash of a few bytes and one compare, where making a string and
/// looking it up in a dictionary took several times that (the rows of a session rarely repeat the previous row's
/// office: a file lists its offices in turn). `make` answering nil is a value the caller refuses; a NULL column
/// answers nil too.
private struct TextCache<Value> {
    /// Texts of up to 32 bytes are kept, in 256 slots of 32 bytes chosen by a hash of the bytes.
    private var keys = [UInt8](repeating: 0, count: 256 * 32)
    /// Each slot's text length; -1 for an empty slot.
    private var lengths = [Int](repeating: -1, count: 256)
    private var values = [Value?](repeating: nil, count: 256)

    mutating func value(_ handle: OpaquePointer, _ column: Int32, make: (String) -> Value?) -> Value? {
        guard let pointer = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count <= 32 else { return make(String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)) }
        var hash: UInt32 = 2_166_136_261
        for offset in 0..<count { hash = (hash ^ UInt32(pointer[offset])) &* 16_777_619 }
        let slot = Int((hash ^ hash >> 8 ^ hash >> 16) & 0xFF)
        let same = lengths[slot] == count && keys.withUnsafeBufferPointer { memcmp($0.baseAddress! + slot * 32, pointer, count) == 0 }
        if same { return values[slot] }
        let made = make(String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self))
        keys.withUnsafeMutableBufferPointer { keys in
            (keys.baseAddress! + slot * 32).update(from: pointer, count: count)
        }
        lengths[slot] = count
        values[slot] = made
        return made
    }
}
