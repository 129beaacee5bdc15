import Foundation
import GRDB
import OutreachCore

/// A token just given to a unit: the only moment its text exists outside the holder's hands.
public struct AccessGrant: Sendable, Equatable, Codable {
    public var id: Int64
    public var unit: UnitCode
    /// 32 random bytes, base64url without padding; the database keeps only its SHA-256.
    public var token: String
    /// The last day it signs in (inclusive, Vietnam's calendar); nil for no end.
    public var expires: CalendarDate?
}

/// A unit's account on the server, found from a valid token.
public struct AccessAccount: Sendable, Hashable, Codable {
    public var id: Int64
    public var unit: UnitCode
    public var expires: CalendarDate?
    /// Who acts, as `Authority` sees it.
    public var principal: Principal { .unit(unit) }
}

/// What a presented token (or a signed-in account) is worth now.
public enum AccessCheck: Sendable, Equatable {
    case valid(AccessAccount)
    /// No such token: never issued, mistyped, or from another database.
    case unknown
    case revoked
    case expired(CalendarDate)
}

/// One token as `access list` shows it (never the token itself).
public struct AccessEntry: Sendable, Equatable, Codable {
    public enum State: String, Sendable, Codable { case active, revoked, expired }
    public var id: Int64
    public var unit: String
    public var unitName: String
    public var createdAt: Date
    public var expires: String?
    public var revokedAt: Date?
    public var lastUsedAt: Date?
    public var state: State
}

extension AppDatabase {
    // MARK: - Access: writes

    /// Gives `unit` a new sign-in token for the server. Allowed to the operator and to a unit at or above `unit`
    /// (the same reach as changing the unit: `Authority`'s `changeUnits`). `expires` is judged on the real
    /// clock, never on `--today`: a demo's fixed day must not keep a token alive.
    public func grantAccess(unit: UnitCode, expires: CalendarDate?, context: CommandContext) throws(OutreachError) -> AccessGrant {
        let realToday = CalendarDate.today(now: context.now)
        if let expires, expires < realToday {
            throw OutreachError.invalidInput(.expires, value: expires.iso, reason: LocalizedText { $0.isPastTodayIsRealTodayIso(realToday.iso) })
        }
        let token = Self.newToken()
        return try write { db in
            guard try UnitRecord.exists(db, key: unit.rawValue) else { throw OutreachError.unknownUnit(unit.rawValue) }
            try Self.authorizeAccess(db, context, unit: unit, action: LocalizedText { $0.grantAccessToUnit(unit) })
            try db.execute(
                sql: "INSERT INTO accessToken (unitCode, tokenHash, createdAt, expires) VALUES (?, ?, ?, ?)",
                arguments: [unit.rawValue, Self.tokenHash(token), context.now, expires?.iso])
            let id = db.lastInsertedRowID
            try audit(db, context, entity: "access", key: "\(id)",
                      after: ["unit": unit.rawValue, "expires": expires?.iso ?? "-"])
            return AccessGrant(id: id, unit: unit, token: token, expires: expires)
        }
    }

    /// Revokes every token of `unit` still in force; returns how many. Signed-in browsers of that unit are
    /// refused from their next request (the server checks the account on every request).
    @discardableResult
    public func revokeAccess(unit: UnitCode, context: CommandContext) throws(OutreachError) -> Int {
        try write { db in
            guard try UnitRecord.exists(db, key: unit.rawValue) else { throw OutreachError.unknownUnit(unit.rawValue) }
            try Self.authorizeAccess(db, context, unit: unit, action: LocalizedText { $0.revokeTheAccessOfUnit(unit) })
            let ids = try Int64.fetchAll(db, sql: """
                SELECT id FROM accessToken WHERE unitCode = ? AND revokedAt IS NULL ORDER BY id
                """, arguments: [unit.rawValue])
            for id in ids {
                try db.execute(sql: "UPDATE accessToken SET revokedAt = ? WHERE id = ?", arguments: [context.now, id])
                try audit(db, context, entity: "access", key: "\(id)", before: ["state": "active"], after: ["state": "revoked"])
            }
            return ids.count
        }
    }

    /// Checks a presented token. With `markUsed` (a browser sign-in) its last use is recorded; an API call
    /// only reads, so many clients at once never queue for the write lock just to be recognised.
    public func checkAccess(token: String, now: Date = Date(), markUsed: Bool = false) throws(OutreachError) -> AccessCheck {
        // Tokens have one shape; anything else is unknown without touching the database.
        guard token.utf8.count == 43, token.utf8.allSatisfy(Self.isBase64URL) else { return .unknown }
        let hash = Self.tokenHash(token)
        let check: (AccessCheck, Int64?) = try read { db in
            let fetch = { () throws -> StoreCache.TokenFacts? in
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM accessToken WHERE tokenHash = ?", arguments: [hash]),
                      Self.constantTimeEqual(row["tokenHash"], hash)
                else { return nil }
                return StoreCache.TokenFacts(row)
            }
            // A server checks the same few tokens on every request: kept while no token's standing changed.
            guard let facts = try StoreCache.current.map({ try $0.token(db, hash: hash, fetch: fetch) }) ?? fetch() else {
                return (.unknown, nil)
            }
            return (Self.state(of: facts, now: now), facts.id)
        }
        if markUsed, case .valid = check.0, let id = check.1 {
            try write { db in
                try db.execute(sql: "UPDATE accessToken SET lastUsedAt = ? WHERE id = ?", arguments: [now, id])
            }
        }
        return check.0
    }

    /// Records a token's last use (`access list`'s last sign-in): the server calls it for API requests, at most
    /// once a minute per token, so the write lock is not taken per request.
    public func markAccessUsed(account id: Int64, at now: Date) throws(OutreachError) {
        try write { db in
            try db.execute(sql: "UPDATE accessToken SET lastUsedAt = ? WHERE id = ?", arguments: [now, id])
        }
    }

    /// The same check for an account already signed in (a browser session holds the id, never the token).
    public func checkAccess(account id: Int64, now: Date = Date()) throws(OutreachError) -> AccessCheck {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM accessToken WHERE id = ?", arguments: [id]) else {
                return .unknown
            }
            return Self.state(of: row, now: now)
        }
    }

    // MARK: - Access: reads

    /// Every token the acting principal may manage (its own unit's and those below it), oldest first.
    public func accessList(context: CommandContext) throws(OutreachError) -> [AccessEntry] {
        try read { db in
            let facts = context.principal == .databaseOperator ? nil : try Self.authorityFacts(db, session: nil)
            let invitedBy = facts == nil ? [:] : try Self.invitingOrganisers(db)
            let names = Dictionary(uniqueKeysWithValues: try Self.fetchUnits(db).map { ($0.code.rawValue, $0.displayName) })
            return try Row.fetchAll(db, sql: "SELECT * FROM accessToken ORDER BY unitCode, id").compactMap { row in
                let unit: String = row["unitCode"]
                if var facts, let code = UnitCode(rawValue: unit) {
                    facts.organisers = invitedBy[code] ?? []
                    if (try? Authority.decide(context.principal, .grantAccess(unit: code), facts: facts).get()) == nil {
                        return nil
                    }
                }
                let state: AccessEntry.State
                switch Self.state(of: row, now: context.now) {
                case .valid: state = .active
                case .revoked: state = .revoked
                case .expired, .unknown: state = .expired
                }
                return AccessEntry(
                    id: row["id"], unit: unit, unitName: names[unit] ?? unit, createdAt: row["createdAt"],
                    expires: row["expires"], revokedAt: row["revokedAt"], lastUsedAt: row["lastUsedAt"], state: state)
            }
        }
    }

    // MARK: - Access: internals

    /// Giving or revoking `unit`'s sign-in: decided by `Act.grantAccess` on the tree and the organisers of every
    /// session that invites the unit.
    private static func authorizeAccess(_ db: Database, _ context: CommandContext, unit: UnitCode, action: LocalizedText) throws {
        guard context.principal != .databaseOperator else { return }
        var facts = try authorityFacts(db, session: nil)
        facts.organisers = try invitingOrganisers(db)[unit] ?? []
        try Authority.check(context.principal, .grantAccess(unit: unit), facts: facts, action: action)
    }

    /// For each invited office, the organisers (and managing divisions) of the sessions that invite it.
    private static func invitingOrganisers(_ db: Database) throws -> [UnitCode: Set<UnitCode>] {
        var result: [UnitCode: Set<UnitCode>] = [:]
        var bySession: [SessionCode: Set<UnitCode>] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT DISTINCT unitCode, sessionCode FROM sessionOffice") {
            guard let unit = UnitCode(rawValue: row[0]), let session = SessionCode(rawValue: row[1]) else { continue }
            if bySession[session] == nil { bySession[session] = try organisers(db, from: session) }
            result[unit, default: []].formUnion(bySession[session] ?? [])
        }
        return result
    }

    private static func state(of row: Row, now: Date) -> AccessCheck {
        state(of: StoreCache.TokenFacts(row), now: now)
    }

    private static func state(of facts: StoreCache.TokenFacts, now: Date) -> AccessCheck {
        if facts.revoked { return .revoked }
        let expires = facts.expires.flatMap { try? CalendarDate(iso: $0) }
        if let expires, expires < CalendarDate.today(now: now) { return .expired(expires) }
        guard let unit = UnitCode(rawValue: facts.unitCode) else { return .unknown }
        return .valid(AccessAccount(id: facts.id, unit: unit, expires: expires))
    }

    /// 32 bytes from the system's cryptographic generator (getrandom on Linux), base64url without padding: access
    /// tokens, and the server's CSRF tokens.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func tokenHash(_ token: String) -> String { SHA256.hex(Array(token.utf8)) }

    private static func isBase64URL(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D
            || byte == 0x5F
    }

    /// Compares two strings without stopping at the first difference, so the time taken says nothing of how
    /// much of a guess was right.
    public static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
