import Foundation
import GRDB
import OutreachCore

/// A stored plan: its file's text and the units it selected when loaded.
struct PlanRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "plan"
    var code: String
    var title: String
    var year: Int
    var issuerCode: String
    var yaml: String
    var resolution: String
    var source: String
    var createdAt: Date

    func plan() throws -> ResolvedPlan {
        do {
            let template = try TemplateLoader.planTemplate(yaml: yaml, file: source)
            let resolution = try JSONDecoder().decode(PlanResolution.self, from: Data(self.resolution.utf8))
            return try ResolvedPlan(template: template, resolution: resolution)
        } catch {
            throw StoreCorruption(what: "plan \(code)")
        }
    }
}

/// What `plan import` did.
public enum PlanImportOutcome: String, Sendable, Codable {
    case inserted
    case unchanged
}

extension AppDatabase {
    // MARK: - Plans: writes

    /// Reads a plan file, resolves its selections against the units as they are in the same transaction,
    /// and stores it. Loading the same file again changes nothing; other content under the same code is refused.
    public func importPlan(
        yaml: String, file: String, context: CommandContext
    ) throws(OutreachError) -> (plan: ResolvedPlan, outcome: PlanImportOutcome) {
        try write { db in
            let plan = try TemplateLoader.plan(yaml: yaml, file: file, units: UnitTree(try Self.fetchUnits(db)))
            let code = plan.template.code
            let named = Self.ordered((plan.owing + plan.assigned + plan.blocMembers).flatMap { $0 })
            try Self.authorize(db, context, .issuePlan(issuer: plan.template.issuer, owing: named), session: nil, action: LocalizedText { $0.loadAPlanIssuedBy(plan.template.issuer) })
            if let existing = try PlanRecord.fetchOne(db, key: code.rawValue) {
                guard existing.yaml == yaml else { throw OutreachError.planExists(code.rawValue) }
                // A plan stored before plans had duty rows gets them now; otherwise nothing changes.
                let stored = try existing.plan()
                _ = try createPlanRows(db, stored, context)
                return (stored, .unchanged)
            }
            let resolution = String(decoding: try JSONEncoder.sorted.encode(plan.resolution), as: UTF8.self)
            try PlanRecord(
                code: code.rawValue, title: plan.template.title, year: plan.template.year,
                issuerCode: plan.template.issuer.rawValue, yaml: yaml, resolution: resolution, source: file,
                createdAt: context.now
            ).insert(db)
            try audit(db, context, entity: "plan", key: code.rawValue, after: [
                "title": plan.template.title, "activities": "\(plan.template.activities.count)",
                "duties": "\(plan.template.duties.count)", "blocs": "\(plan.template.blocs.count)",
            ])
            _ = try createPlanRows(db, plan, context)
            return (plan, .inserted)
        }
    }

    // MARK: - Plans: reads

    /// Every plan, newest year first.
    public func plans() throws(OutreachError) -> [ResolvedPlan] {
        try read { db in
            try PlanRecord.order(Column("year").desc, Column("code")).fetchAll(db).map { try $0.plan() }
        }
    }

    /// The plan with this code.
    public func plan(_ code: UnitCode) throws(OutreachError) -> ResolvedPlan {
        guard let plan = try read({ db in try PlanRecord.fetchOne(db, key: code.rawValue)?.plan() }) else {
            throw .unknownPlan(code.rawValue)
        }
        return plan
    }
}

extension JSONEncoder {
    /// Keys in a fixed order, so the same value always encodes to the same text.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
