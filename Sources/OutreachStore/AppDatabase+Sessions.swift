import GRDB
import OutreachCore

extension AppDatabase {
    // MARK: - Sessions: writes

    /// The units with each office invited to `code` at the distance it had when the session was created.
    static func sessionUnits(_ db: Database, _ code: SessionCode) throws -> UnitTree {
        var frozen: [String: Int?] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT unitCode, distanceKm FROM sessionOffice WHERE sessionCode = ?", arguments: [code.rawValue]) {
            frozen[row[0]] = .some(row[1])
        }
        return UnitTree(try fetchUnits(db).map { unit in
            guard let distance = frozen[unit.code.rawValue] else { return unit }
            var kept = unit
            kept.distanceKm = distance
            return kept
        })
    }

    /// Reads a session template, plans its quotas against the units as they are in the same transaction,
    /// and stores the session with the quota of every office it invites, fixed from now on.
    public func createSession(
        yaml: String, file: String, context: CommandContext
    ) throws(OutreachError) -> (session: Session, quotas: [PlannedQuota]) {
        try write { db in
            let (template, quotas) = try TemplateLoader.session(
                yaml: yaml, file: file, units: UnitTree(try Self.fetchUnits(db)))
            try insertSession(db, template, quotas: quotas, context: context)
            return (template.session, quotas)
        }
    }

    private func insertSession(
        _ db: Database, _ template: SessionTemplate, quotas: [PlannedQuota], context: CommandContext
    ) throws {
        let session = template.session
        try Self.authorize(
            db, context, .createSession(
                organiser: session.organiser, managedBy: session.managedBy, invited: Self.ordered(quotas.map(\.unit))),
            session: session.parent, action: LocalizedText { $0.createSessionCode(session.code) })
        if try SessionRecord.exists(db, key: session.code.rawValue) {
            throw OutreachError.sessionExists(session.code.rawValue)
        }
        try SessionRecord(session, createdAt: context.now).insert(db)
        for quota in quotas {
            for (index, rule) in quota.slots.enumerated() {
                var slot = QuotaSlotRecord(
                    id: nil, sessionCode: session.code.rawValue, unitCode: quota.unit.rawValue,
                    groupIndex: quota.groupIndex, groupLabel: quota.groupLabel, slotIndex: index,
                    roles: rule.roles.map(\.rawValue).joined(separator: ","), count: rule.count,
                    source: rule.source.rawValue)
                try slot.insert(db)
            }
        }
        // The invited offices' distances as they are today, which the session's lodging and per diem keep.
        let units = UnitTree(try Self.fetchUnits(db))
        let office = try db.cachedStatement(
            sql: "INSERT INTO sessionOffice (sessionCode, unitCode, distanceKm) VALUES (?, ?, ?)")
        for unit in Set(quotas.map(\.unit)) {
            try office.execute(arguments: [session.code.rawValue, unit.rawValue, units[unit]?.distanceKm])
        }
        try audit(db, context, entity: "session", key: session.code.rawValue,
                  after: ["title": session.title, "offices": "\(quotas.count)"])
    }

    /// Changes the count of the slot of `unit` that accepts `role`. Lowering it below the places already held
    /// is refused unless `force`, and the result names the people then left beyond the quota.
    public func setQuota(
        session code: SessionCode, unit: UnitCode, role: RoleCode, count: Int, force: Bool, context: CommandContext
    ) throws(OutreachError) -> QuotaChange {
        guard QuotaRules.isQuotaSize(count, emptyAllowed: true) else {
            throw .invalidInput(.count, value: "\(count)", reason: LocalizedText { $0.quotaCountRange })
        }
        return try write { db in
            let session = try Self.fetchSession(db, code)
            try Self.authorize(db, context, .changeQuota, session: code, action: LocalizedText { $0.changeQuotas })
            guard session.role(role) != nil else {
                throw OutreachError.unknownRole(
                    role: role.rawValue, session: code.rawValue, known: session.roles.map(\.code.rawValue))
            }
            let slots = try QuotaSlotRecord
                .filter(Column("sessionCode") == code.rawValue && Column("unitCode") == unit.rawValue)
                .order(Column("slotIndex")).fetchAll(db)
            guard !slots.isEmpty else { throw OutreachError.notInvited(unit: unit.rawValue, session: code.rawValue) }
            let matching = slots.filter { $0.rule.roles.contains(role) }
            if matching.count > 1 {
                throw OutreachError.invalidInput(.role, value: role.rawValue, reason: LocalizedText { $0.severalSlotsOfUnitAccept(unit, matching.map(\.rule.rolesLabel).joined(separator: "; ")) })
            }
            guard var slot = matching.first, let slotID = slot.id else {
                throw OutreachError.roleNotAllowed(
                    unit: unit.rawValue, role: role.rawValue,
                    allowed: Array(Set(slots.flatMap { $0.rule.roles.map(\.rawValue) })).sorted())
            }
            let active = try Self.activeNominees(db, slot: slotID)
            let beyond = count < active.count ? active[count...].map { "#\($0.id ?? 0) \($0.name)" } : []
            if !beyond.isEmpty && !force {
                throw OutreachError.quotaBelowActive(
                    unit: unit.rawValue, roles: slot.rule.rolesLabel, requested: count, active: active.count,
                    beyond: beyond)
            }
            let change = QuotaChange(unit: unit, roles: slot.rule.rolesLabel, from: slot.count, to: count, beyond: beyond)
            slot.count = count
            try slot.update(db)
            try audit(db, context, entity: "quota", key: "\(code)/\(unit)/\(slot.slotIndex)",
                      before: ["count": "\(change.from)"], after: ["count": "\(count)"],
                      reason: beyond.isEmpty ? nil : "forced; beyond: " + beyond.joined(separator: "; "))
            return change
        }
    }

    // MARK: - Sessions: reads

    /// Every session, newest first.
    public func sessions() throws(OutreachError) -> [Session] {
        try read { db in
            try SessionRecord.order(Column("startDate").desc, Column("code")).fetchAll(db).map { $0.session() }
        }
    }

    /// The session with this code.
    public func session(_ code: SessionCode) throws(OutreachError) -> Session {
        try read { db in try Self.fetchSession(db, code) }
    }

    /// The quotas of a session, one per invited office, in block and administrative order.
    public func quotas(session code: SessionCode) throws(OutreachError) -> [UnitQuota] {
        try read { db in
            _ = try Self.fetchSession(db, code)
            return try Self.fetchQuotas(db, code)
        }
    }

    /// How far each office has filled its quota, by slot.
    ///
    /// With `visibleTo`, only the offices that principal may see (`Authority`'s `viewOffice`): a web page or an
    /// API call of one office never carries another's figures.
    public func quotaStatus(
        session code: SessionCode, visibleTo principal: Principal = .databaseOperator
    ) throws(OutreachError) -> [QuotaStatus] {
        try read { db in
            _ = try Self.fetchSession(db, code)
            let facts = principal == .databaseOperator ? nil : try Self.authorityFacts(db, session: code)
            func visible(_ office: UnitCode) -> Bool {
                guard let facts else { return true }
                return (try? Authority.decide(principal, .viewOffice(office), facts: facts).get()) != nil
            }
            let units = Dictionary(uniqueKeysWithValues: try Self.fetchUnits(db).map { ($0.code, $0) })
            let counts = try Row.fetchAll(db, sql: """
                SELECT slotId, status, COUNT(*) AS n FROM nomination
                WHERE sessionCode = ? AND status IN \(NominationStatus.activeSQL) GROUP BY slotId, status
                """, arguments: [code.rawValue])
            var nominated: [Int64: Int] = [:]
            var confirmed: [Int64: Int] = [:]
            for row in counts {
                let slot: Int64 = row["slotId"]
                let n: Int = row["n"]
                nominated[slot, default: 0] += n
                if row["status"] == "confirmed" { confirmed[slot, default: 0] += n }
            }
            return try Self.fetchQuotas(db, code).filter { visible($0.unit) }.map { quota in
                let (total, figures) = quota.figures(nominated: nominated, confirmed: confirmed)
                let slots = zip(quota.slots, figures).map { slot, figure in
                    QuotaStatus.Slot(
                        roles: slot.rule.roles.map(\.rawValue), source: slot.rule.source.rawValue,
                        required: figure.required, nominated: figure.nominated, confirmed: figure.confirmed,
                        missing: figure.missing, over: figure.over)
                }
                return QuotaStatus(
                    unit: quota.unit.rawValue, unitName: units[quota.unit]?.displayName ?? quota.unit.rawValue,
                    group: quota.groupLabel, slots: slots, required: total.required, nominated: total.nominated,
                    confirmed: total.confirmed, missing: total.missing, over: total.over)
            }
        }
    }

    static func fetchSession(_ db: Database, _ code: SessionCode) throws -> Session {
        let fetch = { try SessionRecord.fetchOne(db, key: code.rawValue)?.session() }
        guard let session = try StoreCache.current.map({ try $0.session(db, code.rawValue, fetch: fetch) }) ?? fetch() else {
            throw OutreachError.unknownSession(code.rawValue)
        }
        return session
    }

    static func fetchQuotas(_ db: Database, _ code: SessionCode) throws -> [UnitQuota] {
        let records = try QuotaSlotRecord
            .filter(Column("sessionCode") == code.rawValue)
            .fetchAll(db)
        let units = Dictionary(uniqueKeysWithValues: try fetchUnits(db).map { ($0.code.rawValue, $0.sortOrder) })
        let byUnit = Dictionary(grouping: records, by: \.unitCode)
        return byUnit.compactMap { unitCode, slots -> UnitQuota? in
            guard let code = UnitCode(rawValue: unitCode), let first = slots.first else { return nil }
            let ordered = slots.sorted { $0.slotIndex < $1.slotIndex }
            return UnitQuota(
                unit: code, groupLabel: first.groupLabel, groupIndex: first.groupIndex,
                slots: ordered.map { QuotaSlot(id: $0.id ?? 0, index: $0.slotIndex, rule: $0.rule) })
        }
        .sorted {
            ($0.groupIndex, units[$0.unit.rawValue] ?? .max, $0.unit.rawValue)
                < ($1.groupIndex, units[$1.unit.rawValue] ?? .max, $1.unit.rawValue)
        }
    }

    /// The active nominations of a slot, earliest first (those nominated last are the ones beyond a lowered quota).
    static func activeNominees(_ db: Database, slot: Int64) throws -> [(id: Int64?, name: String)] {
        try Row.fetchAll(db, sql: """
            SELECT n.id, p.fullName FROM nomination n JOIN person p ON p.id = n.personId
            WHERE n.slotId = ? AND n.status IN \(NominationStatus.activeSQL) ORDER BY n.createdAt, n.id
            """, arguments: [slot]).map { (id: $0["id"], name: $0["fullName"]) }
    }
}
