import GRDB
import OutreachCore

extension AppDatabase {
    // MARK: - Authority: the facts `Authority` decides on, fetched in the command's transaction

    /// The unit tree, and the organisers of `session` (and of every session above it in a cascade).
    static func authorityFacts(_ db: Database, session: SessionCode?) throws -> AuthorityFacts {
        AuthorityFacts(
            units: try unitTree(db),
            organisers: try session.map { try organisers(db, from: $0) } ?? [])
    }

    /// Checks `act` for the acting principal against the facts as they stand; throws `notAllowed` (or
    /// `unknownUnit` for an acting unit that does not exist) and returns the principal's standing.
    @discardableResult
    static func authorize(
        _ db: Database, _ context: CommandContext, _ act: Act, session: SessionCode?, action: @autoclosure () -> LocalizedText
    ) throws -> Standing {
        // The operator needs no facts: most commands run without `--as`, and reading the tree costs time.
        if context.principal == .databaseOperator { return .databaseOperator }
        return try Authority.check(
            context.principal, act, facts: try authorityFacts(db, session: session), action: action())
    }

    /// Whether the acting principal may learn about `person` (`Act.viewPerson`): the operator always; a unit at or
    /// above where they work, or an organiser of `session` that convenes it.
    static func mayView(_ db: Database, _ context: CommandContext, person: PersonRecord, session: SessionCode?) throws -> Bool {
        if context.principal == .databaseOperator { return true }
        return Authority.allows(
            context.principal, .viewPerson(workplace: person.unitCode.flatMap(UnitCode.init(rawValue:))),
            facts: try authorityFacts(db, session: session))
    }

    /// `codes` without repeats, in their first order (the units an act names, for its message).
    static func ordered(_ codes: [UnitCode]) -> [UnitCode] {
        var seen: Set<UnitCode> = []
        return codes.filter { seen.insert($0).inserted }
    }

    /// The organisers (and managing divisions) of a session and of every session above it in the cascade:
    /// the units that may act for every office of the session.
    static func organisers(_ db: Database, from code: SessionCode) throws -> Set<UnitCode> {
        var found: Set<UnitCode> = []
        var seen: Set<SessionCode> = []
        var next: SessionCode? = code
        while let current = next, seen.insert(current).inserted {
            let session = try fetchSession(db, current)
            found.insert(session.organiser)
            if let managedBy = session.managedBy { found.insert(managedBy) }
            next = session.parent
        }
        return found
    }

    /// Whether the acting principal may import a list or form of `office`'s nominations at all, before any row is
    /// read (each row is checked again when it is applied).
    public func authorizeImport(session: SessionCode, office: UnitCode, context: CommandContext) throws(OutreachError) {
        _ = try read { db in
            try Self.authorize(db, context, .importNominations(office: office), session: session, action: LocalizedText { $0.importTheNominationsOfOffice(office) })
        }
    }
}
