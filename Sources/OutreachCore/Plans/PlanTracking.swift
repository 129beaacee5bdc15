/// A report on a plan duty, with the file it cites (a path and its SHA-256, never a copy).
public struct PlanReport: Hashable, Sendable, Codable {
    public var report: DutyReport
    public var file: String?
    public var sha256: String?

    public init(report: DutyReport, file: String? = nil, sha256: String? = nil) {
        self.report = report
        self.file = file
        self.sha256 = sha256
    }
}

/// One unit's plan duty judged on a day: what it owes, by when, and the report in force if any.
public struct PlanDutyLine: Hashable, Sendable, Codable {
    public var duty: Duty
    /// The duty's code in the plan file (`dang-ky-thi-dua`).
    public var code: Slug
    public var title: String
    public var unitName: String
    public var status: DutyStatus
    /// The report in force on the day looked at: the last recorded up to that day.
    public var report: PlanReport?
    /// Reports recorded up to that day, corrections included.
    public var reportCount: Int
    /// The bloc that owes the duty, when it is owed by a bloc (its chair, `duty.unit`, acts for it).
    public var bloc: UnitCode?
    /// Where the report goes as the plan says (units, departments, outside bodies); empty: `duty.owedTo`.
    public var recipients: [String]
    /// The period a recurring duty covers ("6 tháng đầu năm 2022"); nil for a duty that does not recur.
    public var period: DutyPeriod?
    /// Who owes it, in both languages: the unit's name, or the bloc's with its standing member (`unitName` is the
    /// Vietnamese).
    public var owner: LocalizedText

    public init(duty: Duty, code: Slug, title: String, unitName: String, status: DutyStatus, report: PlanReport?,
                reportCount: Int, bloc: UnitCode? = nil, recipients: [String] = [], period: DutyPeriod? = nil,
                owner: LocalizedText? = nil) {
        self.bloc = bloc
        self.recipients = recipients
        self.period = period
        self.owner = owner ?? LocalizedText(verbatim: unitName)
        self.duty = duty
        self.code = code
        self.title = title
        self.unitName = unitName
        self.status = status
        self.report = report
        self.reportCount = reportCount
    }

    /// Judges a duty on `today` from all its reports: those recorded after `today` are not seen, and of the
    /// others the last recorded is in force (the same rule as the cascade).
    public static func judge(
        _ duty: Duty, code: Slug, title: String, unitName: String, reports: [PlanReport], today: CalendarDate,
        bloc: UnitCode? = nil, recipients: [String] = []
    ) -> PlanDutyLine {
        judge(duty, code: code, title: title, owner: LocalizedText(verbatim: unitName), reports: reports,
              today: today, bloc: bloc, recipients: recipients)
    }

    /// A duty owed by a bloc, named as its reports name it: the bloc, then its standing member (the chair).
    public static func blocOwner(bloc: String, chair: String) -> LocalizedText {
        LocalizedText { $0.blocStandingMemberChair(bloc, chair) }
    }

    /// The title with the period a recurring duty covers: "Báo cáo … (6 tháng đầu năm 2022)".
    public var titleWithPeriod: String { period.map { "\(title) (\($0.name(.vi)))" } ?? title }

    /// Judges a duty on `today`, with who owes it in both languages and the period it covers.
    public static func judge(
        _ duty: Duty, code: Slug, title: String, owner: LocalizedText, reports: [PlanReport], today: CalendarDate,
        bloc: UnitCode? = nil, recipients: [String] = [], period: DutyPeriod? = nil
    ) -> PlanDutyLine {
        let seen = reports.filter { $0.report.reported <= today }.sorted { $0.report.id < $1.report.id }
        let current = seen.last
        // A plan report's `done` is the day it reached the office it is owed to: that is also when it was
        // reported, whenever it was typed in (recording lag does not make it late).
        let status = DutyStatus.of(due: duty.due, closes: duty.closes, done: current?.report.done,
                                   reported: current?.report.done, today: today)
        return PlanDutyLine(duty: duty, code: code, title: title, unitName: owner.vi, status: status,
                            report: current, reportCount: seen.count, bloc: bloc, recipients: recipients, period: period,
                            owner: owner)
    }

    /// Days after the due date: for a report, how late it came; otherwise how long it has been owed.
    public func daysLate(today: CalendarDate) -> Int {
        max(0, duty.due.days(to: report?.report.done ?? today))
    }
}

/// One member's place in its bloc: points per criterion, total, rank (shared by members still equal
/// after the tie-break criteria) and, when its total equals another's, how the tie was settled.
public struct BlocStanding: Sendable, Equatable {
    public var unit: UnitCode
    public var unitName: String
    /// Points per criterion code; a criterion not scored yet is absent.
    public var points: [String: Int]
    public var total: Int
    public var rank: Int
    public var tie: LocalizedText?

    public init(unit: UnitCode, unitName: String, points: [String: Int], total: Int, rank: Int, tie: LocalizedText?) {
        self.unit = unit
        self.unitName = unitName
        self.points = points
        self.total = total
        self.rank = rank
        self.tie = tie
    }

    /// Ranks members by total, then by each tie-break criterion in turn (higher first); members equal on all
    /// of them share the rank (1, 2, 2, 4), listed in the order given (administrative order). The explanations
    /// name a criterion by its name in `criterionNames` (“Thực hiện nhiệm vụ”), as printed documents do, its
    /// code only when it has none.
    public static func rank(
        members: [(unit: UnitCode, name: String)], points: [UnitCode: [String: Int]], tieBreak: [Slug],
        criterionNames: [String: String] = [:]
    ) -> [BlocStanding] {
        func named(_ code: Slug) -> String { criterionNames[code.rawValue].map { "“\($0)”" } ?? code.rawValue }
        struct Entry {
            var index: Int
            var unit: UnitCode
            var name: String
            var points: [String: Int]
            var total: Int
            var keys: [Int]
        }
        let entries = members.enumerated().map { index, member in
            let scored = points[member.unit] ?? [:]
            return Entry(index: index, unit: member.unit, name: member.name, points: scored,
                         total: scored.values.reduce(0, +), keys: tieBreak.map { scored[$0.rawValue] ?? 0 })
        }
        let sorted = entries.sorted { a, b in
            if a.total != b.total { return a.total > b.total }
            if a.keys != b.keys { return a.keys.lexicographicallyPrecedes(b.keys, by: >) }
            return a.index < b.index
        }
        func criterionClause(_ a: Entry, _ b: Entry, above: Bool) -> LocalizedText {
            guard let position = a.keys.indices.first(where: { a.keys[$0] != b.keys[$0] }) else {
                let names = tieBreak.map(named).joined(separator: ", ")
                return LocalizedText { $0.sameTotalAs("\(a.total)", "\(b.name)", names) }
            }
            let code = named(tieBreak[position])
            let mine = a.keys[position], theirs = b.keys[position]
            return above
                ? LocalizedText { $0.sameTotalAsName(a.total, b.name, code, mine, theirs) }
                : LocalizedText { $0.sameTotalAsNameRanked(a.total, b.name, code, mine, theirs) }
        }
        var standings: [BlocStanding] = []
        var rank = 0
        for (position, entry) in sorted.enumerated() {
            let previous = position > 0 ? sorted[position - 1] : nil
            if previous == nil || previous!.total != entry.total || previous!.keys != entry.keys { rank = position + 1 }
            let next = position + 1 < sorted.count ? sorted[position + 1] : nil
            var clauses: [LocalizedText] = []
            // Members not scored at all are not "tied": there is nothing to explain yet.
            if let previous, previous.total == entry.total, !(entry.points.isEmpty && previous.points.isEmpty) {
                clauses.append(criterionClause(entry, previous, above: false))
            }
            if let next, next.total == entry.total, !(entry.points.isEmpty && next.points.isEmpty) {
                clauses.append(criterionClause(entry, next, above: true))
            }
            let tie = clauses.isEmpty ? nil : LocalizedText(
                vi: clauses.map(\.vi).joined(separator: "; "), en: clauses.map(\.en).joined(separator: "; "))
            standings.append(BlocStanding(unit: entry.unit, unitName: entry.name, points: entry.points,
                                          total: entry.total, rank: rank, tie: tie))
        }
        return standings
    }
}

/// A bloc as shown: who chairs it, its criteria and its members ranked on their scores.
public struct BlocView: Sendable {
    public var code: UnitCode
    public var name: String
    public var plan: ResolvedPlan
    public var chair: UnitCode
    public var deputy: UnitCode?
    public var standings: [BlocStanding]
    /// Every score recorded, corrections included: (unit, criterion, points, by, on), oldest first.
    public var history: [(unit: UnitCode, criterion: String, points: Int, by: String?, on: CalendarDate)]

    /// The bloc's own scale in force (issued by its chair, or written in the plan file); nil: the plan's criteria.
    public var scale: BlocScale?
    /// Self-scores in force (the last sent), cross-checks in force (the last per member), the ballots in force
    /// (one per voter), the vote's result per member, and the meetings, oldest first.
    public var selfScores: [UnitCode: BlocSubmission] = [:]
    public var checks: [UnitCode: BlocSubmission] = [:]
    public var ballots: [UnitCode: [UnitCode]] = [:]
    public var votes: [BlocVoteResult] = []
    public var voteRule: BlocVoteRule = .majority
    public var meetings: [BlocMeeting] = []

    public var criteria: [ScoreCriterion] { scale?.criteria ?? plan.template.criteria }
    public var tieBreak: [Slug] { scale?.tieBreak ?? plan.template.tieBreak }

    public init(
        code: UnitCode, name: String, plan: ResolvedPlan, chair: UnitCode, deputy: UnitCode?, standings: [BlocStanding],
        history: [(unit: UnitCode, criterion: String, points: Int, by: String?, on: CalendarDate)]
    ) {
        self.code = code
        self.name = name
        self.plan = plan
        self.chair = chair
        self.deputy = deputy
        self.standings = standings
        self.history = history
    }
}

