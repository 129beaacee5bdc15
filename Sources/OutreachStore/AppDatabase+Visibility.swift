import GRDB
import OutreachCore

extension AppDatabase {
    // MARK: - What a principal may see (web pages and API): `Authority`'s `viewOffice`, decided here

    /// The sessions in which `principal` organises or may see at least one invited office, newest first: the one
    /// visibility rule of the session list (web, API, `session list --as`) and of every page or call about a session.
    public func sessions(visibleTo principal: Principal) throws(OutreachError) -> [Session] {
        let all = try sessions()
        guard principal != .databaseOperator else { return all }
        return try read { db in
            let units = try Self.unitTree(db)
            return try all.filter { session in try Self.isVisible(db, session.code, to: principal, units: units) }
        }
    }

    /// Whether `principal` organises the session (or one above it in the cascade, or the division that runs it), or
    /// is the operator: the standing `NominationDeadlines` does not hold to the deadline, nor to the session's end
    /// for a confirmation.
    public func organises(_ code: SessionCode, principal: Principal) throws(OutreachError) -> Bool {
        guard let unit = principal.unit else { return principal == .databaseOperator }
        return try read { db in try Self.organisers(db, from: code).contains(unit) }
    }

    /// One session's facts, for a principal that takes part in it or organises it (`requireVisible`, the rule of
    /// `sessions(visibleTo:)`): another district's follow-up is refused (`notAllowed`).
    public func session(_ code: SessionCode, visibleTo principal: Principal) throws(OutreachError) -> Session {
        try read { db in
            let session = try Self.fetchSession(db, code)
            try Self.requireVisible(db, code, to: principal)
            return session
        }
    }

    /// Whether `principal` organises the session (or one above it) or may see one of its invited offices.
    static func isVisible(_ db: Database, _ code: SessionCode, to principal: Principal, units: UnitTree? = nil) throws -> Bool {
        guard principal != .databaseOperator else { return true }
        let facts = AuthorityFacts(units: try units ?? Self.unitTree(db), organisers: try Self.organisers(db, from: code))
        let offices = try String.fetchAll(db, sql: """
            SELECT DISTINCT unitCode FROM quotaSlot WHERE sessionCode = ?
            """, arguments: [code.rawValue]).compactMap(UnitCode.init(rawValue:))
        if let unit = principal.unit, facts.organisers.contains(unit) { return true }
        return offices.contains { office in
            (try? Authority.decide(principal, .viewOffice(office), facts: facts).get()) != nil
        }
    }

    /// Refuses a read of a session `principal` may not see (`isVisible`) with `notAllowed`, as a quota is
    /// refused: a list of nominees, attendance or cascade is never answered with an empty one instead.
    /// With `orBelow`, a session one of whose follow-up sessions (at any depth) it may see is visible too: a
    /// school sees the cascade of the session its district's follow-up comes from.
    static func requireVisible(_ db: Database, _ code: SessionCode, to principal: Principal, orBelow: Bool = false) throws {
        guard principal != .databaseOperator else { return }
        var codes = [code]
        if orBelow {
            codes = try String.fetchAll(db, sql: """
                WITH RECURSIVE tree(code) AS (
                    SELECT ? UNION SELECT s.code FROM session s JOIN tree t ON s.parentCode = t.code)
                SELECT code FROM tree
                """, arguments: [code.rawValue]).compactMap(SessionCode.init(rawValue:))
        }
        let units = try Self.unitTree(db)
        for each in codes where try isVisible(db, each, to: principal, units: units) { return }
        throw OutreachError.notAllowed(actor: principal.description, action: LocalizedText { $0.seeSessionCodeTheUnit(code) })
    }

    /// One office's nominees of a session (holding a place or waiting as reserves), once `principal` may see that
    /// office; another office's list is refused with `notAllowed`, an office not invited with `notInvited`.
    public func nominees(
        session code: SessionCode, office: UnitCode, visibleTo principal: Principal
    ) throws(OutreachError) -> [Nominee] {
        try read { db in
            try Self.requireViewOffice(db, code, office, principal, action: LocalizedText { $0.seeTheNomineesOfOffice(office) })
            guard try QuotaSlotRecord
                .filter(Column("sessionCode") == code.rawValue && Column("unitCode") == office.rawValue).fetchCount(db) > 0
            else { throw OutreachError.notInvited(unit: office.rawValue, session: code.rawValue) }
            return try Self.fetchNominees(db, code, includeInactive: false, includeReserves: true)
                .filter { $0.nomination.sender == office }
        }
    }

    /// Checks that `principal` may see the whole of a session's papers (sign-in sheet, attendance, and with
    /// `funding` the budget and payment lists, which the unit that funds the session also sees): `Authority`'s
    /// `viewSession`; throws `notAllowed` (exit 6) otherwise. `what` names the paper in the refusal.
    public func authorizeWholeSession(
        _ code: SessionCode, funding: Bool = false, what: LocalizedText, visibleTo principal: Principal
    ) throws(OutreachError) {
        guard principal != .databaseOperator else { return }
        try read { db in
            let session = try Self.fetchSession(db, code)
            try Authority.check(
                principal, .viewSession(fundedBy: funding ? session.fundedBy : nil),
                facts: try Self.authorityFacts(db, session: code), action: what)
        }
    }

    /// One nominee by number, once `principal` may see the office that sent them (`notAllowed` otherwise): a page
    /// that shows a nominee never shows another office's.
    public func nominee(session code: SessionCode, number: Int64, visibleTo principal: Principal) throws(OutreachError) -> Nominee {
        try read { db in
            _ = try Self.fetchSession(db, code)
            let nominee = try Self.nominee(db, try Self.findNomination(db, session: code, key: "#\(number)", visibleTo: principal))
            if principal != .databaseOperator {
                try Authority.check(
                    principal, .viewOffice(nominee.nomination.sender), facts: try Self.authorityFacts(db, session: code),
                    action: LocalizedText { $0.seeNomineeNumberInVisibility(number) })
            }
            return nominee
        }
    }
}

/// A person an office's search found: who, and the name of where they work.
public struct PersonMatch: Sendable, Hashable {
    public var person: Person
    public var workplace: String?

    public init(person: Person, workplace: String?) {
        self.person = person
        self.workplace = workplace
    }
}

extension AppDatabase {
    /// The people who work at `office` or a unit below it whose name, workplace or phone contains `text` (accents
    /// and case ignored; a phone by its digits), once `principal` may see that office in the session (`viewOffice`):
    /// an office searches its own people to nominate them, never another office's. At most `limit`, by name.
    public func people(
        session code: SessionCode, office: UnitCode, matching text: String, visibleTo principal: Principal, limit: Int = 50
    ) throws(OutreachError) -> [PersonMatch] {
        try read { db in
            try Self.requireViewOffice(db, code, office, principal, action: LocalizedText { $0.searchThePeopleOfOffice(office) })
            let tree = try Self.unitTree(db)
            let codes = tree.units.keys.filter { $0 == office || tree.isSubordinate($0, of: office) }.map(\.rawValue)
            let query = VietnameseText.foldedKey(text)
            let digits = text.filter(\.isASCII).filter(\.isNumber)
            guard !query.isEmpty || !digits.isEmpty else { return [] }
            var found: [PersonMatch] = []
            for record in try PersonRecord.filter(codes.contains(Column("unitCode"))).fetchAll(db) {
                let person = record.person()
                let workplace = person.unit.flatMap { tree[$0]?.displayName }
                let byName = !query.isEmpty && (VietnameseText.foldedKey(person.fullName).contains(query)
                    || VietnameseText.foldedKey(workplace ?? "").contains(query))
                let byPhone = digits.count >= 3 && (person.phone?.contains(digits) ?? false)
                if byName || byPhone { found.append(PersonMatch(person: person, workplace: workplace)) }
            }
            found.sort { ($0.person.fullName, $0.person.id) < ($1.person.fullName, $1.person.id) }
            return Array(found.prefix(limit))
        }
    }
}

extension AppDatabase {
    /// The session and the office exist, and `principal` may see the office (`Authority`'s `viewOffice`): what every
    /// read of one office's people checks first.
    static func requireViewOffice(
        _ db: Database, _ code: SessionCode, _ office: UnitCode, _ principal: Principal, action: LocalizedText
    ) throws {
        _ = try fetchSession(db, code)
        guard try UnitRecord.exists(db, key: office.rawValue) else { throw OutreachError.unknownUnit(office.rawValue) }
        if principal != .databaseOperator {
            try Authority.check(principal, .viewOffice(office), facts: try authorityFacts(db, session: code), action: action)
        }
    }
}
