import GRDB
import OutreachCore

extension AppDatabase {
    // MARK: - Units: writes

    /// Adds or updates every unit of a units file in one transaction; unchanged units are left alone.
    public func importUnits(
        _ list: UnitListTemplate, source: String, context: CommandContext
    ) throws(OutreachError) -> UnitImportSummary {
        try write { db in
            try Self.authorizeUnitChanges(db, list.units, context)
            var summary = UnitImportSummary(inserted: 0, updated: 0, unchanged: 0)
            // Audited after every unit is in, so the acting unit may be one this very file adds.
            var changes: [(key: String, before: [String: String], after: [String: String])] = []
            for unit in list.units {
                let record = UnitRecord(unit, source: source)
                if let existing = try UnitRecord.fetchOne(db, key: record.code) {
                    if try existing.unit() == unit {
                        summary.unchanged += 1
                        continue
                    }
                    try record.update(db)
                    summary.updated += 1
                    changes.append((
                        record.code,
                        ["name": existing.name, "parent": existing.parentCode ?? "", "distanceKm": existing.distanceKm.map { "\($0)" } ?? "",
                         "staff": existing.staff.map { "\($0)" } ?? ""],
                        ["name": record.name, "parent": record.parentCode ?? "", "distanceKm": record.distanceKm.map { "\($0)" } ?? "",
                         "staff": record.staff.map { "\($0)" } ?? ""]))
                } else {
                    try record.insert(db)
                    summary.inserted += 1
                }
            }
            for change in changes {
                try audit(db, context, entity: "unit", key: change.key, before: change.before, after: change.after)
            }
            if summary.inserted > 0 {
                try audit(db, context, entity: "units", key: source, after: ["inserted": "\(summary.inserted)"])
            }
            return summary
        }
    }

    // MARK: - Units: reads

    /// Every unit, in administrative (file) order.
    public func units() throws(OutreachError) -> [OrgUnit] {
        try read { db in try Self.fetchUnits(db) }
    }

    /// The unit with this code.
    public func unit(_ code: UnitCode) throws(OutreachError) -> OrgUnit {
        guard let unit = try read({ db in try UnitRecord.fetchOne(db, key: code.rawValue)?.unit() }) else {
            throw .unknownUnit(code.rawValue)
        }
        return unit
    }

    static func fetchUnits(_ db: Database) throws -> [OrgUnit] {
        try UnitRecord.order(Column("sortOrder"), Column("code")).fetchAll(db).map { try $0.unit() }
    }

    /// Units belong to the operator, and to a unit for the units at and below it: the change is checked against
    /// the tree before it (the units it alters) and after it (every unit it adds or alters), so a file cannot
    /// move a unit under its sender to gain reach over it.
    private static func authorizeUnitChanges(_ db: Database, _ units: [OrgUnit], _ context: CommandContext) throws {
        guard context.principal != .databaseOperator else { return }
        let before = UnitTree(try fetchUnits(db))
        let touched = units.filter { before[$0.code] != $0 }.map(\.code)
        let altered = touched.filter { before[$0] != nil }
        // A unit given another parent, kind or years of validity changes its place in the tree: only a unit above
        // it may, in the tree before the change and after it.
        let restructured = units.filter { unit in
            guard let old = before[unit.code] else { return false }
            return old.parent != unit.parent || old.kind != unit.kind || old.validFrom != unit.validFrom
                || old.validTo != unit.validTo
        }.map(\.code)
        let action = LocalizedText { $0.loadUnits }
        if !altered.isEmpty {
            try Authority.check(
                context.principal, .changeUnits(touching: altered, restructuring: restructured),
                facts: AuthorityFacts(units: before), action: action)
        }
        var after = before.units
        for unit in units { after[unit.code] = unit }
        try Authority.check(
            context.principal, .changeUnits(touching: touched, restructuring: restructured),
            facts: AuthorityFacts(units: UnitTree(Array(after.values))), action: action)
    }
}
