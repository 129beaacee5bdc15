import GRDB
import OutreachCore

extension AppDatabase {
    // MARK: - What a principal may see (web pages and API): `Authority`'s `viewOffice`, decided here

    /// The sessions in which `principal` organises or may see at least one invited office, newest first.
    public func sessions(visibleTo principal: Principal) throws(OutreachError) -> [Session] {
        let all = try sessions()
        guard principal != .databaseOperator else { return all }
        return try read { db in
            let units = try Self.unitTree(db)
            return try all.filter { session in
                let facts = AuthorityFacts(units: units, organisers: try Self.organisers(db, from: session.code))
                let offices = try String.fetchAll(db, sql: """
                    SELECT DISTINCT unitCode FROM quotaSlot WHERE sessionCode = ?
                    """, arguments: [session.code.rawValue]).compactMap(UnitCode.init(rawValue:))
                return offices.contains { office in
                    (try? Authority.decide(principal, .viewOffice(office), facts: facts).get()) != nil
                }
            }
        }
    }

    /// One office's nominees of a session (holding a place or waiting as reserves), once `principal` may see that
    /// office; another office's list is refused with `notAllowed`, an office not invited with `notInvited`.
    public func nominees(
        session code: SessionCode, office: UnitCode, visibleTo principal: Principal
    ) throws(OutreachError) -> [Nominee] {
        try read { db in
            _ = try Self.fetchSession(db, code)
            guard try UnitRecord.exists(db, key: office.rawValue) else { throw OutreachError.unknownUnit(office.rawValue) }
            if principal != .databaseOperator {
                try Authority.check(
                    principal, .viewOffice(office), facts: try Self.authorityFacts(db, session: code),
                    action: LocalizedText(vi: "xem đại biểu của \(office)", en: "see the nominees of \(office)"))
            }
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
                    action: LocalizedText(vi: "xem đại biểu #\(number)", en: "see nominee #\(number)"))
            }
            return nominee
        }
    }
}
