import Foundation
import GRDB
import OutreachCore

extension AppDatabase {
    // MARK: - Blocs: writes

    /// Creates a bloc of a plan (blocs written in the plan file are created by `plan import`). Only the plan's
    /// issuer may. Members: the chair and deputy, plus `members`; a unit belongs to one bloc per plan.
    public func createBloc(
        code: UnitCode, name: String, plan planCode: UnitCode, chair: UnitCode, deputy: UnitCode?,
        members: [UnitCode], context: CommandContext
    ) throws(OutreachError) -> BlocView {
        guard let name = try FreeText.checked(name, input: .name, maxLength: 300) else {
            throw .invalidInput(.name, value: name, reason: LocalizedText { $0.mustNotBeEmpty })
        }
        if deputy == chair {
            throw .invalidInput(.deputy, value: chair.rawValue, reason: LocalizedText { $0.theDeputyIsTheChair })
        }
        try write { db in
            guard let plan = try PlanRecord.fetchOne(db, key: planCode.rawValue)?.plan() else {
                throw OutreachError.unknownPlan(planCode.rawValue)
            }
            let all = Self.ordered([chair] + [deputy].compactMap { $0 } + members)
            try Self.authorize(
                db, context, .issuePlan(issuer: plan.template.issuer, owing: all),
                session: nil, action: LocalizedText { $0.createBlocCode(code) })
            if try String.fetchOne(db, sql: "SELECT code FROM bloc WHERE code = ?", arguments: [code.rawValue]) != nil {
                throw OutreachError.conflict(LocalizedText { $0.blocCodeExistsAlready(code) })
            }
            try Self.checkNewMembers(db, all, plan: planCode.rawValue)
            try insertBloc(db, code: code, name: name, plan: planCode.rawValue, chair: chair, deputy: deputy,
                           members: all, context)
        }
        return try bloc(code)
    }

    /// Adds members to a bloc: the plan's issuer or the bloc's chair may.
    public func addBlocMembers(_ code: UnitCode, units: [UnitCode], context: CommandContext) throws(OutreachError) -> BlocView {
        try write { db in
            let info = try Self.blocInfo(db, code)
            guard let plan = try PlanRecord.fetchOne(db, key: info.plan)?.plan() else { throw OutreachError.unknownPlan(info.plan) }
            guard let chair = UnitCode(rawValue: info.chair) else { throw StoreCorruption(what: "bloc chair \(info.chair)") }
            let unique = Self.ordered(units)
            try Self.authorize(db, context, .manageBloc(issuer: plan.template.issuer, chair: chair, adding: unique), session: nil,
                               action: LocalizedText { $0.addMembersToBlocCode(code) })
            try Self.checkNewMembers(db, unique, plan: info.plan)
            let start = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position), -1) + 1 FROM blocMember WHERE blocCode = ?",
                                         arguments: [code.rawValue]) ?? 0
            for (offset, unit) in unique.enumerated() {
                try db.execute(sql: "INSERT INTO blocMember (blocCode, unitCode, position) VALUES (?, ?, ?)",
                               arguments: [code.rawValue, unit.rawValue, start + offset])
            }
            try audit(db, context, entity: "bloc", key: code.rawValue,
                      after: ["added": unique.map(\.rawValue).joined(separator: ",")])
        }
        return try bloc(code)
    }

    /// Records a member's points on one criterion: the chair's final score. Only the bloc's chair or deputy (or
    /// the plan's issuer, or the operator) may; points run from 0 to the criterion's maximum on the bloc's scale
    /// (its own, else the plan's). On a bloc with its own scale the member must have sent its self-score and been
    /// cross-checked first (`BlocScoring`). A new score for the same criterion corrects the last one, which is kept.
    public func scoreBloc(
        _ code: UnitCode, unit: UnitCode, criterion: Slug, points: Int, context: CommandContext
    ) throws(OutreachError) -> BlocView {
        try write { db in
            let facts = try Self.blocFacts(db, code, asOf: nil)
            try Self.authorize(
                db, context, .scoreBloc(chair: facts.chair, deputy: facts.deputy, issuer: facts.plan.template.issuer),
                session: nil, action: LocalizedText { $0.scoreBlocCode(code) })
            try facts.requireMember(db, unit)
            let criteria = facts.criteria
            if criteria.isEmpty {
                throw OutreachError.conflict(LocalizedText { $0.blocCodeHasNoScoring(code, facts.plan.template.code) })
            }
            guard let scale = criteria.first(where: { $0.code == criterion }) else {
                throw OutreachError.invalidInput(.criterion, value: criterion.rawValue, reason: LocalizedText { $0.isNotACriterionOf(facts.scaleOwner, criteria.map(\.code.rawValue).joined(separator: ", ")) })
            }
            guard (0...scale.points).contains(points) else {
                throw OutreachError.invalidInput(.points, value: "\(points)", reason: LocalizedText { $0.criterionTakesToPoints(criterion, scale.points) })
            }
            if let refusal = BlocScoring.refuseFinalScore(unit: unit, ownScale: facts.scale != nil, progress: facts.progress(unit)) {
                throw OutreachError.conflict(refusal)
            }
            let before = try Int.fetchOne(db, sql: """
                SELECT points FROM blocScore WHERE blocCode = ? AND unitCode = ? AND criterion = ? ORDER BY id DESC LIMIT 1
                """, arguments: [code.rawValue, unit.rawValue, criterion.rawValue])
            try db.execute(sql: """
                INSERT INTO blocScore (blocCode, unitCode, criterion, points, scoredBy, scoredOn, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [code.rawValue, unit.rawValue, criterion.rawValue, points, context.actor?.rawValue,
                                 context.today.iso, context.now])
            try audit(db, context, entity: "bloc-score", key: code.rawValue,
                      before: before.map { ["unit": unit.rawValue, "criterion": criterion.rawValue, "points": "\($0)"] },
                      after: ["unit": unit.rawValue, "criterion": criterion.rawValue, "points": "\(points)"])
        }
        return try bloc(code)
    }

    // MARK: - Blocs: reads

    /// A bloc with its members ranked on the scores in force; with `asOf`, the scores given by that day
    /// (a sheet "tính đến ngày" a day shows no later score), with the self-scores, cross-checks, ballots and
    /// meetings recorded by then.
    public func bloc(_ code: UnitCode, asOf: CalendarDate? = nil) throws(OutreachError) -> BlocView {
        try read { db in
            let facts = try Self.blocFacts(db, code, asOf: asOf)
            let units = Dictionary(uniqueKeysWithValues: try Self.fetchUnits(db).map { ($0.code, $0) })
            let named = facts.members.map { ($0, units[$0]?.displayName ?? $0.rawValue) }
            let standings = BlocStanding.rank(
                members: named, points: facts.finals, tieBreak: facts.tieBreak,
                criterionNames: Dictionary(facts.criteria.map { ($0.code.rawValue, $0.name) }, uniquingKeysWith: { a, _ in a }))
            var view = BlocView(code: code, name: facts.name, plan: facts.plan, chair: facts.chair, deputy: facts.deputy,
                                standings: standings, history: facts.history)
            view.scale = facts.scale
            view.selfScores = facts.selfScores
            view.checks = facts.checks
            view.ballots = facts.ballots
            view.voteRule = .majority
            view.votes = facts.ballots.isEmpty ? [] : BlocVoteResult.tally(members: named, ballots: facts.ballots, rule: .majority)
            view.meetings = facts.meetings
            return view
        }
    }

    /// The blocs of a plan, in code order.
    public func blocs(plan code: UnitCode) throws(OutreachError) -> [UnitCode] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT code FROM bloc WHERE planCode = ? ORDER BY code", arguments: [code.rawValue])
                .compactMap(UnitCode.init(rawValue:))
        }
    }

    // MARK: - Blocs: internals

    static func blocInfo(_ db: Database, _ code: UnitCode) throws -> (name: String, plan: String, chair: String, deputy: String?) {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM bloc WHERE code = ?", arguments: [code.rawValue]) else {
            throw OutreachError.unknownBloc(code.rawValue)
        }
        return (row["name"], row["planCode"], row["chairCode"], row["deputyCode"])
    }

    private static func checkNewMembers(_ db: Database, _ units: [UnitCode], plan: String) throws {
        for unit in units {
            if !(try UnitRecord.exists(db, key: unit.rawValue)) { throw OutreachError.unknownUnit(unit.rawValue) }
            if let other = try String.fetchOne(db, sql: """
                SELECT m.blocCode FROM blocMember m JOIN bloc b ON b.code = m.blocCode WHERE b.planCode = ? AND m.unitCode = ?
                """, arguments: [plan, unit.rawValue]) {
                throw OutreachError.conflict(LocalizedText { $0.unitAlreadyBelongsToBloc(unit, other, plan) })
            }
        }
    }
}
