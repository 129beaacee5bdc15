/// An activity of a plan marked done: on which day, with what evidence (a file's path and SHA-256, never a copy).
/// A second mark corrects the first; the last recorded is in force.
public struct ActivityMark: Hashable, Sendable, Codable {
    public var id: Int64
    /// The activity's number in the plan (the TT column).
    public var number: Int
    public var done: CalendarDate
    /// The day the mark was recorded: a view of an earlier day does not see it.
    public var recorded: CalendarDate
    public var file: String?
    public var sha256: String?
    public var note: String?
    public var recordedBy: UnitCode?

    public init(id: Int64, number: Int, done: CalendarDate, recorded: CalendarDate, file: String? = nil, sha256: String? = nil,
                note: String? = nil, recordedBy: UnitCode? = nil) {
        self.id = id
        self.number = number
        self.done = done
        self.recorded = recorded
        self.file = file
        self.sha256 = sha256
        self.note = note
        self.recordedBy = recordedBy
    }
}

/// How far a plan's activities of one quarter are done on a day.
public struct QuarterProgress: Sendable {
    public var quarter: Int
    /// The activities of the quarter, in plan order, with the mark in force on the day (nil: not done).
    public var activities: [(number: Int, mark: ActivityMark?)]
    public var total: Int { activities.count }
    public var done: Int { activities.filter { $0.mark != nil }.count }
    /// Done after the quarter's last day.
    public var doneLate: Int
    /// Not done and the quarter is over.
    public var overdue: Int

    /// The last day of a quarter of `year`.
    public static func lastDay(of quarter: Int, year: Int) -> CalendarDate {
        let month = quarter * 3
        let day = [3: 31, 6: 30, 9: 30, 12: 31][month] ?? 31
        return try! CalendarDate(year: year, month: month, day: day)
    }

    /// The plan's progress per quarter on `today`: marks recorded after `today` are not seen; of the others the last
    /// recorded for an activity is in force. Quarters without activities are left out.
    public static func of(_ plan: PlanTemplate, marks: [ActivityMark], today: CalendarDate) -> [QuarterProgress] {
        var inForce: [Int: ActivityMark] = [:]
        for mark in marks.sorted(by: { $0.id < $1.id }) where mark.recorded <= today { inForce[mark.number] = mark }
        return (1...4).compactMap { quarter in
            let activities = plan.activities.filter { $0.quarter == quarter }
            guard !activities.isEmpty else { return nil }
            let end = lastDay(of: quarter, year: plan.year)
            let lines = activities.map { (number: $0.number, mark: inForce[$0.number]) }
            return QuarterProgress(
                quarter: quarter, activities: lines,
                doneLate: lines.filter { ($0.mark?.done).map { $0 > end } ?? false }.count,
                overdue: lines.filter { $0.mark == nil && today > end }.count)
        }
    }
}
