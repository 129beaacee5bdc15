import GRDB
import OutreachCore

extension AppDatabase {
    // MARK: - Reserves (dự bị)

    /// The reserve who would take the place `nominee` holds or held: the first listed in the same slot,
    /// one with the same role first. Nil when none waits.
    public func proposedReserve(session code: SessionCode, for nominee: Int64) throws(OutreachError) -> Nominee? {
        try read { db in
            guard let record = try NominationRecord
                .filter(Column("sessionCode") == code.rawValue && Column("id") == nominee).fetchOne(db)
            else { throw OutreachError.unknownNominee("#\(nominee)", session: code.rawValue) }
            return try Self.firstReserve(db, for: record).map { try Self.nominee(db, $0) }
        }
    }

    /// A reserve takes the place of a nominee, in one transaction: a nominee still holding the place is marked
    /// replaced, a withdrawn one stays withdrawn; the reserve becomes proposed (or confirmed with `confirm`),
    /// in the same slot, and remembers whom it replaces. `reserve` picks another reserve of the same office
    /// than the first one waiting.
    public func promote(
        session code: SessionCode, place key: String, reserve reserveKey: String?, confirm: Bool,
        context: CommandContext
    ) throws(OutreachError) -> Nominee {
        try write { db in
            let session = try Self.fetchSession(db, code)
            try Self.checkDeadline(.nominate, session, context)
            let action = LocalizedText { $0.givePlacesToReserves }
            var old = try Self.findNomination(db, session: code, key: key, visibleTo: context.principal)
            try Self.authorize(db, session, context, old, action: action)
            let oldID = old.id ?? 0
            switch NominationStatus(rawValue: old.status) {
            case .proposed, .confirmed:
                break
            case .withdrawn:
                // A reserve who withdrew never held a place, so there is no place to fill in their stead.
                if let before = try String.fetchOne(db, sql: """
                    SELECT before FROM audit WHERE entity = 'nomination' AND entityKey = ?
                      AND json_extract(after, '$.status') = 'withdrawn' ORDER BY id DESC LIMIT 1
                    """, arguments: ["\(oldID)"]),
                   before.contains("\"\(NominationStatus.reserve.rawValue)\"") {
                    throw OutreachError.invalidTransition(
                        nominee: "#\(oldID)", from: NominationStatus.reserve.rawValue,
                        to: NominationStatus.replaced.rawValue)
                }
                if let taker = try NominationRecord
                    .filter(Column("sessionCode") == code.rawValue && Column("replacesId") == oldID).fetchOne(db) {
                    let person = try PersonRecord.fetchOne(db, key: taker.personId)?.fullName ?? ""
                    throw OutreachError.placeTaken(nominee: "#\(oldID)", by: "#\(taker.id ?? 0) \(person)")
                }
            default:
                throw OutreachError.invalidTransition(
                    nominee: "#\(oldID)", from: old.status, to: NominationStatus.replaced.rawValue)
            }
            var reserve: NominationRecord
            if let reserveKey {
                reserve = try Self.findNomination(db, session: code, key: reserveKey, visibleTo: context.principal)
                guard reserve.status == NominationStatus.reserve.rawValue else {
                    throw OutreachError.invalidInput(.reserve, value: reserveKey, reason: LocalizedText { $0.idIsNotAReserve(reserve.id ?? 0) })
                }
                guard reserve.senderCode == old.senderCode else {
                    throw OutreachError.invalidInput(.reserve, value: reserveKey, reason: LocalizedText { $0.isAReserveOfSenderCode(reserve.senderCode, old.senderCode) })
                }
            } else {
                guard let first = try Self.firstReserve(db, for: old) else {
                    throw OutreachError.noReserve(nominee: "#\(oldID)", session: code.rawValue)
                }
                reserve = first
            }
            try Self.authorize(db, session, context, reserve, action: action)
            let oldStatus = old.status
            if NominationStatus(rawValue: old.status)?.isActive == true {
                old.status = NominationStatus.replaced.rawValue
                old.updatedAt = context.now
                try old.update(db)
            }
            // The reserve must fit the freed slot (its own, or one of the same office that accepts its role),
            // and the slot must have room once the old nominee is out: `Placement`'s rule, on the slot's facts.
            guard let quota = try Self.fetchQuotas(db, code).first(where: { $0.unit.rawValue == old.senderCode }),
                  let oldSlot = quota.slots.first(where: { $0.id == old.slotId }),
                  let person = try PersonRecord.fetchOne(db, key: reserve.personId),
                  let role = RoleCode(rawValue: reserve.role)
            else { throw StoreCorruption(what: "slot of nomination \(oldID)") }
            let taken = try NominationRecord
                .filter(Column("sessionCode") == old.sessionCode && Column("slotId") == old.slotId)
                .filter(NominationStatus.activeRawValues.contains(Column("status"))).fetchCount(db)
            try Placement.checkPromotion(
                name: person.fullName, role: role, workplace: person.unitCode.flatMap(UnitCode.init(rawValue:)),
                fromSlot: reserve.slotId, into: oldSlot, of: quota,
                units: UnitTree(try Self.fetchUnits(db)), taken: taken)
            let reserveID = reserve.id ?? 0
            reserve.status = (confirm ? NominationStatus.confirmed : .proposed).rawValue
            reserve.slotId = old.slotId
            reserve.replacesId = oldID
            reserve.updatedAt = context.now
            reserve.nominatedOn = context.today.iso
            try reserve.update(db)
            let reason = context.lateReason
            try audit(db, context, entity: "nomination", key: "\(reserveID)",
                      before: ["status": NominationStatus.reserve.rawValue],
                      after: ["status": reserve.status, "replaces": "\(oldID)"], reason: reason)
            try audit(db, context, entity: "nomination", key: "\(oldID)",
                      before: ["status": oldStatus], after: ["status": old.status, "replacedBy": "\(reserveID)"],
                      reason: reason)
            return try Self.nominee(db, reserve)
        }
    }

    /// The first reserve waiting in the slot of `record` (same role first), else any of its office whose
    /// role the slot accepts.
    static func firstReserve(_ db: Database, for record: NominationRecord) throws -> NominationRecord? {
        let waiting = try NominationRecord
            .filter(Column("sessionCode") == record.sessionCode && Column("senderCode") == record.senderCode)
            .filter(Column("status") == NominationStatus.reserve.rawValue)
            .order(Column("id")).fetchAll(db)
        guard let role = RoleCode(rawValue: record.role) else { throw StoreCorruption(what: "role of nomination \(record.id ?? 0)") }
        let queue = try waiting.map { reserve in
            guard let id = reserve.id, let role = RoleCode(rawValue: reserve.role) else {
                throw StoreCorruption(what: "reserve \(reserve.id ?? 0)")
            }
            return Placement.Waiting(id: id, slot: reserve.slotId, role: role)
        }
        let slotRoles = try QuotaSlotRecord.fetchOne(db, key: record.slotId)?.rule.roles
        let next = Placement.nextReserve(forSlot: record.slotId, role: role, slotRoles: slotRoles, waiting: queue)
        return next.flatMap { next in waiting.first { $0.id == next.id } }
    }

    // MARK: - History

    /// The chain of replacements through the nominee `key` names, and what the audit log says of each link.
    /// The operator and the session's organisers see each line whole; an office (or a unit above it) sees who
    /// changed what and when, not how they reached the database (`AuditEntry.asSeenByOffice`).
    public func history(
        session code: SessionCode, nominee key: String, visibleTo principal: Principal
    ) throws(OutreachError) -> NominationHistory {
        try read { db in
            _ = try Self.fetchSession(db, code)
            let start = try Self.findNomination(db, session: code, key: key, visibleTo: principal)
            // Another office's nominee is not shown, nor whom they replaced (a chain stays within one office).
            var standing = Standing.databaseOperator
            if principal != .databaseOperator {
                guard let sender = UnitCode(rawValue: start.senderCode) else {
                    throw StoreCorruption(what: "nomination \(start.id ?? 0) of an invalid unit code")
                }
                standing = try Authority.check(
                    principal, .viewOffice(sender), facts: try Self.authorityFacts(db, session: code),
                    action: LocalizedText { $0.seeNomineeNumber(key) })
            }
            var chain = [start]
            var seen: Set<Int64> = [start.id ?? 0]
            while let previous = chain[0].replacesId, !seen.contains(previous),
                  let record = try NominationRecord.fetchOne(db, key: previous) {
                chain.insert(record, at: 0)
                seen.insert(previous)
            }
            while let last = chain.last?.id,
                  let next = try NominationRecord
                    .filter(Column("sessionCode") == code.rawValue && Column("replacesId") == last)
                    .order(Column("id")).fetchOne(db),
                  let id = next.id, !seen.contains(id) {
                chain.append(next)
                seen.insert(id)
            }
            let keys = chain.compactMap { $0.id.map { "\($0)" } }
            let entries = try AuditRecord
                .filter(["nomination", "walk-in"].contains(Column("entity")) && keys.contains(Column("entityKey")))
                .order(Column("id")).fetchAll(db).map(AuditEntry.init)
                .map { standing == .databaseOperator || standing == .organiser ? $0 : $0.asSeenByOffice }
            return NominationHistory(chain: try chain.map { try Self.nominee(db, $0) }, entries: entries)
        }
    }
}

/// A nomination with those it replaced and those who replaced it, oldest first, and their audit lines.
public struct NominationHistory: Sendable {
    public var chain: [Nominee]
    public var entries: [AuditEntry]
}

extension AppDatabase {
    public typealias NominationHistory = OutreachStore.NominationHistory
}

/// `nominee show` as the API answers it and the command line prints it: the chain, oldest first, and its audit lines.
public struct NomineeHistoryJSON: Codable, Sendable {
    public var chain: [NomineeJSON]
    public var audit: [AuditEntry]

    public init(_ history: NominationHistory) {
        chain = history.chain.map(NomineeJSON.init)
        audit = history.entries
    }
}
