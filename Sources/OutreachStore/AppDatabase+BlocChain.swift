import Foundation
import GRDB
import OutreachCore

/// A bloc's ballot (`bloc vote`): the member voting and whom it proposes for awards.
public struct BlocBallotRequest: Sendable {
    public var voter: UnitCode
    public var proposes: [UnitCode]

    public init(voter: UnitCode, proposes: [UnitCode]) {
        self.voter = voter
        self.proposes = proposes
    }
}

/// Everything the bloc's rules read, fetched in one transaction: who chairs it, its scale in force, and the
/// records of its scoring chain and meetings up to a day.
struct BlocFacts {
    var code: UnitCode
    var name: String
    var plan: ResolvedPlan
    var chair: UnitCode
    var deputy: UnitCode?
    var members: [UnitCode]
    /// The bloc's own scale in force; nil: the plan's criteria.
    var scale: BlocScale?
    var finals: [UnitCode: [String: Int]]
    var history: [(unit: UnitCode, criterion: String, points: Int, by: String?, on: CalendarDate)]
    var selfScores: [UnitCode: BlocSubmission]
    var checks: [UnitCode: BlocSubmission]
    var ballots: [UnitCode: [UnitCode]]
    var meetings: [BlocMeeting]

    var criteria: [ScoreCriterion] { scale?.criteria ?? plan.template.criteria }
    var tieBreak: [Slug] { scale?.tieBreak ?? plan.template.tieBreak }
    /// Whose criteria these are, for messages.
    var scaleOwner: LocalizedText {
        scale == nil ? LocalizedText { $0.planTemplateCode(plan.template.code) }
            : LocalizedText { $0.blocCode(code) }
    }

    func progress(_ unit: UnitCode) -> BlocMemberProgress {
        BlocMemberProgress(selfScored: selfScores[unit] != nil, checked: checks[unit] != nil,
                           finalCriteria: criteria.filter { finals[unit]?[$0.code.rawValue] != nil }.count)
    }

    func requireMember(_ db: Database, _ unit: UnitCode) throws {
        if !(try UnitRecord.exists(db, key: unit.rawValue)) { throw OutreachError.unknownUnit(unit.rawValue) }
        guard members.contains(unit) else {
            throw OutreachError.conflict(LocalizedText { $0.unitIsNotAMember(unit, code) })
        }
    }
}

extension AppDatabase {
    // MARK: - A bloc's scoring chain (seed 002): writes

    /// Issues the bloc's own criteria and scale from a file (the keys of a bloc's `scale:` in a plan file). The
    /// chair or deputy issues it (or the plan's issuer, or the operator); a later issue replaces it, the earlier
    /// ones are kept. Refused once a member has a final score: the scores would no longer fit the scale.
    public func issueBlocScale(_ code: UnitCode, yaml: String, file: String, context: CommandContext) throws(OutreachError) -> BlocView {
        let scale = try TemplateLoader.blocScale(yaml: yaml, file: file)
        try write { db in
            let facts = try Self.blocFacts(db, code, asOf: nil)
            try Self.authorize(db, context, .organiseBloc(chair: facts.chair, deputy: facts.deputy, issuer: facts.plan.template.issuer),
                               session: nil, action: LocalizedText { $0.issueTheCriteriaOfBloc(code) })
            if !facts.finals.isEmpty {
                throw OutreachError.conflict(LocalizedText { $0.blocCodeAlreadyHasFinal(code) })
            }
            try db.execute(sql: """
                INSERT INTO blocScale (blocCode, yaml, file, issuedBy, issuedOn, recordedAt) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [code.rawValue, yaml, file, context.actor?.rawValue, context.today.iso, context.now])
            try audit(db, context, entity: "bloc-scale", key: code.rawValue, after: [
                "file": file, "criteria": scale.criteria.map { "\($0.code)=\($0.points)" }.joined(separator: ","),
                "selfScoreDue": scale.selfScoreDue?.iso ?? "",
            ])
        }
        return try bloc(code)
    }

    /// A member's self-score against the bloc's criteria, sent to the chair on `context.today` (late after the
    /// scale's date, recorded as such). Every criterion once, within its points. Only the member itself (or the
    /// plan's issuer, or the operator); a new one replaces the last until the chair gives the final score.
    public func selfScoreBloc(
        _ code: UnitCode, unit: UnitCode, points: [Slug: Int], context: CommandContext
    ) throws(OutreachError) -> BlocView {
        try write { db in
            let facts = try Self.blocFacts(db, code, asOf: nil)
            try Self.authorize(db, context, .selfScoreBloc(member: unit, issuer: facts.plan.template.issuer), session: nil,
                               action: LocalizedText { $0.selfScoreUnitInBloc(unit, code) })
            try facts.requireMember(db, unit)
            try Self.checkSheet(points, facts)
            if let refusal = BlocScoring.refuseSelfScore(unit: unit, progress: facts.progress(unit)) {
                throw OutreachError.conflict(refusal)
            }
            let late = BlocScoring.isLate(sent: context.today, due: facts.scale?.selfScoreDue)
            try db.execute(sql: """
                INSERT INTO blocSelfScore (blocCode, unitCode, points, sentOn, late, recordedBy, recordedAt) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [code.rawValue, unit.rawValue, Self.pointsJSON(points), context.today.iso, late,
                                 context.actor?.rawValue, context.now])
            try audit(db, context, entity: "bloc-self-score", key: code.rawValue,
                      before: facts.selfScores[unit].map { ["unit": unit.rawValue, "total": "\($0.total)"] },
                      after: ["unit": unit.rawValue, "total": "\(points.values.reduce(0, +))", "late": late ? "yes" : "no"])
        }
        return try bloc(code)
    }

    /// A cross-check (kiểm tra chéo): `checker`, another member, checks `unit`'s evidence and records the points it
    /// finds per criterion and a remark. After the self-score, before the final score.
    public func crossCheckBloc(
        _ code: UnitCode, unit: UnitCode, checker: UnitCode, points: [Slug: Int], remark: String?, context: CommandContext
    ) throws(OutreachError) -> BlocView {
        let remark = try FreeText.checked(remark, input: .note)
        try write { db in
            let facts = try Self.blocFacts(db, code, asOf: nil)
            try Self.authorize(
                db, context, .crossCheckBloc(checker: checker, chair: facts.chair, deputy: facts.deputy, issuer: facts.plan.template.issuer),
                session: nil, action: LocalizedText { $0.recordCheckerSCrossCheck(unit, checker, code) })
            try facts.requireMember(db, unit)
            if !(try UnitRecord.exists(db, key: checker.rawValue)) { throw OutreachError.unknownUnit(checker.rawValue) }
            if let refusal = BlocScoring.refuseCrossCheck(unit: unit, checker: checker, checkerIsMember: facts.members.contains(checker),
                                                          progress: facts.progress(unit)) {
                throw OutreachError.conflict(refusal)
            }
            try Self.checkSheet(points, facts)
            try db.execute(sql: """
                INSERT INTO blocCheck (blocCode, unitCode, checkerCode, points, remark, checkedOn, recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [code.rawValue, unit.rawValue, checker.rawValue, Self.pointsJSON(points), remark,
                                 context.today.iso, context.actor?.rawValue, context.now])
            try audit(db, context, entity: "bloc-check", key: code.rawValue, after: [
                "unit": unit.rawValue, "checker": checker.rawValue, "total": "\(points.values.reduce(0, +))", "remark": remark ?? "",
            ])
        }
        return try bloc(code)
    }

    /// A member's ballot in the bloc's vote (bình xét, suy tôn): whom it proposes for awards (possibly nobody).
    /// Only once every member has its final score on every criterion; a new ballot replaces the voter's last.
    public func voteBloc(_ code: UnitCode, ballot: BlocBallotRequest, context: CommandContext) throws(OutreachError) -> BlocView {
        try write { db in
            let facts = try Self.blocFacts(db, code, asOf: nil)
            try Self.authorize(
                db, context, .voteBloc(voter: ballot.voter, chair: facts.chair, deputy: facts.deputy, issuer: facts.plan.template.issuer),
                session: nil, action: LocalizedText { $0.recordVoterSBallotIn(ballot.voter, code) })
            try facts.requireMember(db, ballot.voter)
            for unit in ballot.proposes { try facts.requireMember(db, unit) }
            if let refusal = BlocScoring.refuseVote(criteria: facts.criteria.count,
                                                   members: facts.members.map { ($0, facts.progress($0)) }) {
                throw OutreachError.conflict(refusal)
            }
            let unique = Self.ordered(ballot.proposes)
            let candidates = unique.map(\.rawValue).joined(separator: ",")
            try db.execute(sql: """
                INSERT INTO blocBallot (blocCode, voterCode, candidates, votedOn, recordedBy, recordedAt) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [code.rawValue, ballot.voter.rawValue, candidates, context.today.iso, context.actor?.rawValue, context.now])
            try audit(db, context, entity: "bloc-ballot", key: code.rawValue,
                      before: facts.ballots[ballot.voter].map { ["voter": ballot.voter.rawValue, "proposes": $0.map(\.rawValue).joined(separator: ",")] },
                      after: ["voter": ballot.voter.rawValue, "proposes": candidates])
        }
        return try bloc(code)
    }

    /// A meeting of the bloc (ký giao ước, giao ban quý, 6 tháng, tổng kết) held on a day, with the members present.
    /// The chair or deputy records it (or the plan's issuer, or the operator).
    public func recordBlocMeeting(
        _ code: UnitCode, kind: BlocMeetingKind, on day: CalendarDate, present: [UnitCode], note: String?, context: CommandContext
    ) throws(OutreachError) -> BlocView {
        let note = try FreeText.checked(note, input: .note)
        guard day <= context.today else {
            throw .invalidInput(.held, value: day.iso, reason: LocalizedText { $0.isAfterTodayNumericOnly(VietnameseDate.numeric(context.today)) })
        }
        try write { db in
            let facts = try Self.blocFacts(db, code, asOf: nil)
            try Self.authorize(db, context, .organiseBloc(chair: facts.chair, deputy: facts.deputy, issuer: facts.plan.template.issuer),
                               session: nil, action: LocalizedText { $0.recordAMeetingOfBloc(code) })
            if day.year != facts.plan.template.year {
                throw OutreachError.invalidInput(.held, value: day.iso, reason: LocalizedText { $0.isNotInThePlans(facts.plan.template.year) })
            }
            let unique = Self.ordered(present)
            for unit in unique { try facts.requireMember(db, unit) }
            try db.execute(sql: """
                INSERT INTO blocMeeting (blocCode, kind, heldOn, present, note, recordedBy, recordedAt) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [code.rawValue, kind.rawValue, day.iso, unique.map(\.rawValue).joined(separator: ","), note,
                                 context.actor?.rawValue, context.now])
            try audit(db, context, entity: "bloc-meeting", key: code.rawValue, after: [
                "kind": kind.rawValue, "on": day.iso, "present": unique.map(\.rawValue).joined(separator: ","), "note": note ?? "",
            ])
        }
        return try bloc(code)
    }

    // MARK: - Internals

    private static func checkSheet(_ points: [Slug: Int], _ facts: BlocFacts) throws {
        if facts.criteria.isEmpty {
            throw OutreachError.conflict(LocalizedText { $0.blocFactsCodeHasNoScoring(facts.code) })
        }
        let problems = BlocScoring.sheetProblems(points, scale: facts.criteria)
        if !problems.isEmpty {
            throw OutreachError.invalidInput(.points, value: points.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " "),
                                             reason: LocalizedText(each: { lang in problems.map { $0.text(lang) }.joined(separator: "; ") }))
        }
    }

    private static func pointsJSON(_ points: [Slug: Int]) -> String {
        let pairs = points.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\"\($0.key.rawValue)\":\($0.value)" }
        return "{" + pairs.joined(separator: ",") + "}"
    }

    private static func points(_ json: String) throws -> [String: Int] {
        guard let data = json.data(using: .utf8),
              let value = try JSONSerialization.jsonObject(with: data) as? [String: Int] else {
            throw StoreCorruption(what: "bloc points \(json)")
        }
        return value
    }

    private static func codes(_ list: String) -> [UnitCode] {
        list.split(separator: ",").compactMap { UnitCode(rawValue: String($0)) }
    }

    /// The bloc's facts as of a day (nil: everything recorded).
    static func blocFacts(_ db: Database, _ code: UnitCode, asOf: CalendarDate?) throws -> BlocFacts {
        let info = try blocInfo(db, code)
        guard let plan = try PlanRecord.fetchOne(db, key: info.plan)?.plan() else { throw OutreachError.unknownPlan(info.plan) }
        guard let chair = UnitCode(rawValue: info.chair) else { throw StoreCorruption(what: "bloc chair \(info.chair)") }
        let day = asOf?.iso ?? "9999-12-31"
        let members = try String.fetchAll(db, sql: "SELECT unitCode FROM blocMember WHERE blocCode = ? ORDER BY position",
                                          arguments: [code.rawValue]).compactMap(UnitCode.init(rawValue:))
        // The scale in force: the last issued by the bloc by that day, else the one in the plan file.
        var scale = plan.template.blocs.first { $0.code == code }?.scale
        if let row = try Row.fetchOne(db, sql: "SELECT yaml, file FROM blocScale WHERE blocCode = ? AND issuedOn <= ? ORDER BY id DESC LIMIT 1",
                                      arguments: [code.rawValue, day]) {
            scale = try TemplateLoader.blocScale(yaml: row["yaml"], file: row["file"])
        }
        var finals: [UnitCode: [String: Int]] = [:]
        var history: [(unit: UnitCode, criterion: String, points: Int, by: String?, on: CalendarDate)] = []
        for row in try Row.fetchAll(db, sql: "SELECT * FROM blocScore WHERE blocCode = ? AND scoredOn <= ? ORDER BY id",
                                    arguments: [code.rawValue, day]) {
            guard let unit = UnitCode(rawValue: row["unitCode"]) else { throw StoreCorruption(what: "bloc score") }
            let criterion: String = row["criterion"]
            let value: Int = row["points"]
            finals[unit, default: [:]][criterion] = value
            history.append((unit, criterion, value, row["scoredBy"], try CalendarDate(iso: row["scoredOn"])))
        }
        var selfScores: [UnitCode: BlocSubmission] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM blocSelfScore WHERE blocCode = ? AND sentOn <= ? ORDER BY id",
                                    arguments: [code.rawValue, day]) {
            guard let unit = UnitCode(rawValue: row["unitCode"]) else { throw StoreCorruption(what: "bloc self-score") }
            selfScores[unit] = BlocSubmission(unit: unit, points: try points(row["points"]), on: try CalendarDate(iso: row["sentOn"]),
                                              late: row["late"])
        }
        var checks: [UnitCode: BlocSubmission] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM blocCheck WHERE blocCode = ? AND checkedOn <= ? ORDER BY id",
                                    arguments: [code.rawValue, day]) {
            guard let unit = UnitCode(rawValue: row["unitCode"]) else { throw StoreCorruption(what: "bloc check") }
            checks[unit] = BlocSubmission(unit: unit, points: try points(row["points"]), on: try CalendarDate(iso: row["checkedOn"]),
                                          checker: UnitCode(rawValue: row["checkerCode"]), remark: row["remark"])
        }
        var ballots: [UnitCode: [UnitCode]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM blocBallot WHERE blocCode = ? AND votedOn <= ? ORDER BY id",
                                    arguments: [code.rawValue, day]) {
            guard let voter = UnitCode(rawValue: row["voterCode"]) else { throw StoreCorruption(what: "bloc ballot") }
            ballots[voter] = codes(row["candidates"])
        }
        var meetings: [BlocMeeting] = []
        for row in try Row.fetchAll(db, sql: "SELECT * FROM blocMeeting WHERE blocCode = ? AND heldOn <= ? ORDER BY heldOn, id",
                                    arguments: [code.rawValue, day]) {
            guard let kind = BlocMeetingKind(rawValue: row["kind"]) else { throw StoreCorruption(what: "bloc meeting") }
            let present = codes(row["present"])
            meetings.append(BlocMeeting(kind: kind, heldOn: try CalendarDate(iso: row["heldOn"]), present: present,
                                        absent: members.filter { !present.contains($0) }, note: row["note"]))
        }
        return BlocFacts(code: code, name: info.name, plan: plan, chair: chair, deputy: info.deputy.flatMap(UnitCode.init(rawValue:)),
                         members: members, scale: scale, finals: finals, history: history, selfScores: selfScores,
                         checks: checks, ballots: ballots, meetings: meetings)
    }
}
