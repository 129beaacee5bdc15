/// A bloc's own scale (seed 002, 1370/UBND-NV, item 1): the criteria and points its chair (or deputy) issues
/// "theo Hướng dẫn số 1010/HD-UBND", separate from the plan's. In a plan file it is a bloc's `scale:`; `bloc
/// criteria` issues one from a file of the same shape. A bloc without one scores on the plan's criteria.
public struct BlocScale: Hashable, Sendable, Decodable {
    public var criteria: [ScoreCriterion]
    /// Equal totals are ranked on these criteria in turn.
    public var tieBreak: [Slug]
    /// The last day members send their self-scores to the chair ("đảm bảo đúng thời gian quy định"); nil: no date.
    public var selfScoreDue: CalendarDate?
    /// What the scale follows, as written ("Hướng dẫn số 1010/HD-UBND ngày 14/3/2022 của UBND tỉnh Bắc Giang").
    public var basis: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case criteria, basis
        case tieBreak = "tie_break"
        case selfScoreDue = "self_score_due"
    }

    public init(criteria: [ScoreCriterion], tieBreak: [Slug] = [], selfScoreDue: CalendarDate? = nil, basis: String? = nil) {
        self.criteria = criteria
        self.tieBreak = tieBreak
        self.selfScoreDue = selfScoreDue
        self.basis = basis
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        criteria = try c.decode([ScoreCriterion].self, forKey: .criteria)
        tieBreak = try c.decodeIfPresent([Slug].self, forKey: .tieBreak) ?? []
        selfScoreDue = try c.decodeDateIfPresent(forKey: .selfScoreDue)
        basis = try c.decodeTextIfPresent(forKey: .basis)
        if criteria.isEmpty {
            throw TemplateFieldError(c.codingPath + [CodingKeys.criteria], { $0.needsAtLeastOneCriterion })
        }
        var codes: Set<Slug> = []
        for (index, criterion) in criteria.enumerated() where !codes.insert(criterion.code).inserted {
            throw TemplateFieldError(c.codingPath + [CodingKeys.criteria, AnyCodingKey(intValue: index)],
                                     { $0.criterionCodeCriterionCodeIsUsed(criterion.code) })
        }
        for (index, code) in tieBreak.enumerated() where !codes.contains(code) {
            throw TemplateFieldError(c.codingPath + [CodingKeys.tieBreak, AnyCodingKey(intValue: index)],
                                     { $0.noCriterionCodeUnderCriteria(code) })
        }
    }

    /// The most a member can score.
    public var maximum: Int { criteria.map(\.points).reduce(0, +) }
}

extension TemplateLoader {
    /// Parses a bloc's scale file (`bloc criteria`): the same keys as a bloc's `scale:` in a plan file.
    public static func blocScale(yaml: String, file: String) throws(OutreachError) -> BlocScale {
        try decodeOnly(yaml: yaml, file: file)
    }
}

/// The steps of a bloc's scoring as seed 002 orders them: each member self-scores against the bloc's criteria and
/// sends it to the chair; the chair organises cross-checks (*kiểm tra chéo*: one member checks another's
/// evidence); the chair scores (the final score); then the members vote (*bình xét, suy tôn*) on whom to propose.
public enum BlocStep: String, Sendable, CaseIterable, Codable {
    case selfScore = "self-score"
    case crossCheck = "cross-check"
    case finalScore = "final-score"
    case vote
}

/// What a member has been through so far, as the rule needs it.
public struct BlocMemberProgress: Sendable, Equatable {
    public var selfScored: Bool
    public var checked: Bool
    /// Criteria the chair has scored for it.
    public var finalCriteria: Int

    public init(selfScored: Bool = false, checked: Bool = false, finalCriteria: Int = 0) {
        self.selfScored = selfScored
        self.checked = checked
        self.finalCriteria = finalCriteria
    }
}

/// The order of a bloc's scoring, as pure rules: each returns why a step is refused, or nil when it may go ahead.
///
/// The whole chain applies to a bloc that issued its own scale (seed 002: members self-score "theo nội dung và
/// tiêu chí thi đua đã được trưởng cụm, trưởng khối ban hành"); a bloc on its plan's criteria (seed 003 says
/// nothing of self-scoring) is scored by its chair directly, and only the vote waits for the final scores.
public enum BlocScoring {
    /// A member's self-score (sent to the chair): not once the chair has scored it.
    public static func refuseSelfScore(unit: UnitCode, progress: BlocMemberProgress) -> LocalizedText? {
        guard progress.finalCriteria > 0 else { return nil }
        return LocalizedText { $0.theChairHasAlreadyGiven(unit) }
    }

    /// A cross-check of `unit` by `checker`: another member, after `unit` sent its self-score, before the final score.
    public static func refuseCrossCheck(
        unit: UnitCode, checker: UnitCode, checkerIsMember: Bool, progress: BlocMemberProgress
    ) -> LocalizedText? {
        if checker == unit {
            return LocalizedText { $0.unitCannotCrossCheckItself(unit) }
        }
        if !checkerIsMember {
            return LocalizedText { $0.checkerIsNotAMember(checker) }
        }
        if !progress.selfScored {
            return LocalizedText { $0.unitHasNotSentIts(unit) }
        }
        if progress.finalCriteria > 0 {
            return LocalizedText { $0.theChairHasAlreadyGivenUnit(unit) }
        }
        return nil
    }

    /// The chair's final score of `unit`: on a bloc with its own scale, after its self-score and a cross-check.
    public static func refuseFinalScore(unit: UnitCode, ownScale: Bool, progress: BlocMemberProgress) -> LocalizedText? {
        guard ownScale else { return nil }
        if !progress.selfScored {
            return LocalizedText { $0.unitHasNotSentItsSelf(unit) }
        }
        if !progress.checked {
            return LocalizedText { $0.unitHasNotBeenCross(unit) }
        }
        return nil
    }

    /// A vote (*bình xét, suy tôn*): only once every member has its final score on every criterion.
    public static func refuseVote(criteria: Int, members: [(unit: UnitCode, progress: BlocMemberProgress)]) -> LocalizedText? {
        let missing = members.filter { $0.progress.finalCriteria < criteria }.map(\.unit.rawValue)
        guard !missing.isEmpty else { return nil }
        return LocalizedText { $0.noVoteYetTheChair(missing.joined(separator: ", ")) }
    }

    /// Whether a self-score sent on `sent` is late against the scale's date.
    public static func isLate(sent: CalendarDate, due: CalendarDate?) -> Bool {
        guard let due else { return false }
        return sent > due
    }

    /// Every criterion of the scale given once, each within its points: the problems, empty when the sheet is whole.
    public static func sheetProblems(_ points: [Slug: Int], scale: [ScoreCriterion]) -> [LocalizedText] {
        var problems: [LocalizedText] = []
        let known = Set(scale.map(\.code))
        for code in points.keys.sorted(by: { $0.rawValue < $1.rawValue }) where !known.contains(code) {
            problems.append(LocalizedText { $0.codeIsNotACriterion(code, scale.map(\.code.rawValue).joined(separator: ", ")) })
        }
        for criterion in scale {
            guard let value = points[criterion.code] else {
                problems.append(LocalizedText { $0.criterionCodeHasNoPoints(criterion.code) })
                continue
            }
            if !(0...criterion.points).contains(value) {
                problems.append(LocalizedText { $0.criterionCodeTakesToPoints(criterion.code, criterion.points, value) })
            }
        }
        return problems
    }
}

/// How the vote decides who is proposed. Seed 002 says the bloc holds "bình xét, suy tôn" but states no
/// threshold: by default more than half of the bloc's members must vote for a unit, which is ours [M].
public struct BlocVoteRule: Sendable, Equatable {
    /// Proposed when votes × 100 > members × percent.
    public var morePercentThan: Int
    /// The threshold is not in the seed (marked [M] wherever it is shown).
    public var marked: Bool

    public init(morePercentThan: Int = 50, marked: Bool = true) {
        self.morePercentThan = morePercentThan
        self.marked = marked
    }

    public static let majority = BlocVoteRule()

    public var label: LocalizedText {
        let mark = marked ? " [M]" : ""
        return morePercentThan == 50
            ? LocalizedText { $0.moreThanHalfOfThe(mark) }
            : LocalizedText { $0.votedByMoreThanPercent(morePercentThan, mark) }
    }

    public func proposes(votes: Int, members: Int) -> Bool { members > 0 && votes * 100 > members * morePercentThan }
}

/// One member's result of the vote.
public struct BlocVoteResult: Sendable, Equatable {
    public var unit: UnitCode
    public var unitName: String
    public var votes: Int
    /// Members of the bloc: the base of the share.
    public var members: Int
    /// Members who cast a ballot.
    public var ballots: Int
    public var proposed: Bool

    /// Votes as a share of the members, 0–1.
    public var share: Double { members == 0 ? 0 : Double(votes) / Double(members) }

    public init(unit: UnitCode, unitName: String, votes: Int, members: Int, ballots: Int, proposed: Bool) {
        self.unit = unit
        self.unitName = unitName
        self.votes = votes
        self.members = members
        self.ballots = ballots
        self.proposed = proposed
    }

    /// Counts the ballots in force (one per voter: whom it proposes) for every member, in the members' order.
    public static func tally(
        members: [(unit: UnitCode, name: String)], ballots: [UnitCode: [UnitCode]], rule: BlocVoteRule
    ) -> [BlocVoteResult] {
        var votes: [UnitCode: Int] = [:]
        for (_, chosen) in ballots { for unit in Set(chosen) { votes[unit, default: 0] += 1 } }
        return members.map { member in
            let count = votes[member.unit] ?? 0
            return BlocVoteResult(unit: member.unit, unitName: member.name, votes: count, members: members.count,
                                  ballots: ballots.count, proposed: rule.proposes(votes: count, members: members.count))
        }
    }
}
