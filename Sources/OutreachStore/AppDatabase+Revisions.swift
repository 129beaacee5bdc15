import Foundation
import GRDB
import OutreachCore

/// What a long-running process (the server) keeps of one database between transactions: the unit tree, sessions
/// and checked tokens, each under the revision counter the `server-revisions` migration's triggers bump. Every
/// use reads the counter in the transaction at hand, so a unit moved, a session changed or a token revoked by
/// any process (the command line on the same file) is seen by the next transaction, never a stale copy.
final class StoreCache: @unchecked Sendable {
    /// The database's cache while one of its transactions runs (set by `AppDatabase.read` and `write`): the
    /// store's static functions take only a `Database`.
    @TaskLocal static var current: StoreCache?

    private let lock = NSLock()
    private var tree: (revision: Int64, tree: UnitTree)?
    private var sessions: (revision: Int64, byCode: [String: Session]) = (-1, [:])
    private var tokens: (revision: Int64, byHash: [String: TokenFacts]) = (-1, [:])

    /// A token's row as its check needs it; it changes only with the `access` counter.
    struct TokenFacts: Sendable {
        var id: Int64
        var unitCode: String
        var expires: String?
        var revoked: Bool

        init(_ row: Row) {
            id = row["id"]
            unitCode = row["unitCode"]
            expires = row["expires"]
            revoked = (row["revokedAt"] as Date?) != nil
        }
    }

    /// The revision counters as they stand in `db`'s transaction.
    struct Revisions {
        var units: Int64
        var sessions: Int64
        var access: Int64
    }

    static func revisions(_ db: Database) throws -> Revisions {
        let statement = try db.cachedStatement(sql: "SELECT units, sessions, access FROM revision WHERE id = 1")
        guard let row = try Row.fetchOne(statement) else { throw StoreCorruption(what: "revision") }
        return Revisions(units: row[0], sessions: row[1], access: row[2])
    }

    func unitTree(_ db: Database, fetch: () throws -> UnitTree) throws -> UnitTree {
        let revision = try Self.revisions(db).units
        if let cached = lock.withLock({ tree }), cached.revision == revision { return cached.tree }
        let fresh = try fetch()
        lock.withLock { if tree.map({ $0.revision <= revision }) ?? true { tree = (revision, fresh) } }
        return fresh
    }

    /// The tree already kept, when it is still the database's; nil (nothing read) otherwise.
    func keptTree(_ db: Database) throws -> UnitTree? {
        guard let cached = lock.withLock({ tree }) else { return nil }
        return try Self.revisions(db).units == cached.revision ? cached.tree : nil
    }

    func session(_ db: Database, _ code: String, fetch: () throws -> Session?) throws -> Session? {
        let revision = try Self.revisions(db).sessions
        if let cached = lock.withLock({ sessions.revision == revision ? sessions.byCode[code] : nil }) { return cached }
        guard let fresh = try fetch() else { return nil }
        lock.withLock {
            if sessions.revision < revision { sessions = (revision, [:]) }
            if sessions.revision == revision { sessions.byCode[code] = fresh }
        }
        return fresh
    }

    /// A token's facts by its hash; unknown hashes are never kept (guesses must not fill the memory).
    func token(_ db: Database, hash: String, fetch: () throws -> TokenFacts?) throws -> TokenFacts? {
        let revision = try Self.revisions(db).access
        if let cached = lock.withLock({ tokens.revision == revision ? tokens.byHash[hash] : nil }) { return cached }
        guard let fresh = try fetch() else { return nil }
        lock.withLock {
            if tokens.revision < revision { tokens = (revision, [:]) }
            if tokens.revision == revision, tokens.byHash.count < 10_000 { tokens.byHash[hash] = fresh }
        }
        return fresh
    }
}

extension AppDatabase {
    /// The unit tree as it stands in `db`'s transaction: the database's cached tree while its revision holds.
    static func unitTree(_ db: Database) throws -> UnitTree {
        guard let cache = StoreCache.current else { return UnitTree(try fetchUnits(db)) }
        return try cache.unitTree(db) { UnitTree(try fetchUnits(db)) }
    }

    /// One unit: from the kept tree when there is one (a server), else read alone (a command reads the whole
    /// tree only when a rule needs it).
    static func unit(_ db: Database, _ code: UnitCode) throws -> OrgUnit? {
        if let tree = try StoreCache.current?.keptTree(db) { return tree[code] }
        return try UnitRecord.fetchOne(db, key: code.rawValue)?.unit()
    }
}
