/// How often a recurring duty falls due ("định kỳ 06 tháng và hàng năm").
public enum Recurrence: String, CaseIterable, Sendable, Codable {
    case month
    case quarter
    case halfYear = "half-year"
    case year

    /// Periods in one year.
    public var perYear: Int {
        switch self {
        case .month: 12
        case .quarter: 4
        case .halfYear: 2
        case .year: 1
        }
    }

    var months: Int { 12 / perYear }
}

/// One period a recurring duty covers: a month, a quarter, a half or a whole year. Its code is how plan files
/// and commands name it: `2022-M05`, `2022-Q3`, `2022-H1`, `2022`.
public struct DutyPeriod: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let recurrence: Recurrence
    public let year: Int
    /// 1-based within the year: the month, the quarter, the half; 1 for a year.
    public let index: Int

    public init?(_ recurrence: Recurrence, year: Int, index: Int) {
        guard (2000...2100).contains(year), (1...recurrence.perYear).contains(index) else { return nil }
        self.recurrence = recurrence
        self.year = year
        self.index = index
    }

    /// Reads a period code: `2022`, `2022-H2`, `2022-Q1`, `2022-M07` (letters in either case).
    public init?(code: String) {
        let parts = code.uppercased().split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        if parts.count == 1 {
            self.init(.year, year: year, index: 1)
            return
        }
        guard parts.count == 2, let letter = parts[1].first, let index = Int(parts[1].dropFirst()),
              parts[1].count >= 2, parts[1].count <= 3 else { return nil }
        switch letter {
        case "H": self.init(.halfYear, year: year, index: index)
        case "Q": self.init(.quarter, year: year, index: index)
        case "M": self.init(.month, year: year, index: index)
        default: return nil
        }
    }

    public var code: String {
        switch recurrence {
        case .year: "\(year)"
        case .halfYear: "\(year)-H\(index)"
        case .quarter: "\(year)-Q\(index)"
        case .month: index < 10 ? "\(year)-M0\(index)" : "\(year)-M\(index)"
        }
    }

    public var description: String { code }

    /// The first day of the period.
    public var start: CalendarDate {
        // Months 1–12 of a year checked at init: always a real day.
        try! CalendarDate(year: year, month: (index - 1) * recurrence.months + 1, day: 1)
    }

    /// The last day of the period.
    public var end: CalendarDate { next.start.adding(days: -1) }

    /// The period that follows (the first of the next year after the last of this one).
    public var next: DutyPeriod {
        if index < recurrence.perYear { return DutyPeriod(recurrence, year: year, index: index + 1)! }
        // After 2100's last period: a value past every checked one, so a loop up to a last period ends.
        return DutyPeriod(recurrence, year: year + 1, index: 1) ?? DutyPeriod(unchecked: recurrence, year: year + 1)
    }

    private init(unchecked recurrence: Recurrence, year: Int) {
        self.recurrence = recurrence
        self.year = year
        self.index = 1
    }

    /// The period in words, as reports name it: "6 tháng đầu năm 2022", "năm 2022", "quý III năm 2022",
    /// "tháng 5 năm 2022"; in English "first half of 2022", "year 2022", "Q3 2022", "month 5 of 2022".
    public func name(_ lang: Language) -> String { lang.text { $0.periodName(self) } }

    public var words: LocalizedText { LocalizedText { $0.periodName(self) } }

    public static func < (lhs: DutyPeriod, rhs: DutyPeriod) -> Bool {
        (lhs.start, lhs.recurrence.perYear) < (rhs.start, rhs.recurrence.perYear)
    }
}

/// When a recurring duty falls due: every period from the first to the last (keeping only some of each year's
/// periods, `only`), each due a fixed number of days after it ends unless the issuer set its day.
public struct RecurrenceRule: Hashable, Sendable {
    public var every: Recurrence
    public var first: DutyPeriod
    public var last: DutyPeriod
    /// The periods of each year kept (1-based): `[1]` of half-years is the first half of every year. Empty: all.
    public var only: [Int]
    /// Days after the period's last day that it falls due; nil: every period needs its own day in `dueOn`.
    public var dueDaysAfterEnd: Int?
    /// The issuer's day for a period, over the rule.
    public var dueOn: [DutyPeriod: CalendarDate]

    public init(every: Recurrence, first: DutyPeriod, last: DutyPeriod, only: [Int] = [], dueDaysAfterEnd: Int? = nil,
                dueOn: [DutyPeriod: CalendarDate] = [:]) {
        self.every = every
        self.first = first
        self.last = last
        self.only = only
        self.dueDaysAfterEnd = dueDaysAfterEnd
        self.dueOn = dueOn
    }

    /// The periods the duty recurs in, oldest first.
    public var periods: [DutyPeriod] {
        guard first.recurrence == every, last.recurrence == every, first <= last else { return [] }
        var found: [DutyPeriod] = []
        var period = first
        while period <= last {
            if only.isEmpty || only.contains(period.index) { found.append(period) }
            period = period.next
        }
        return found
    }

    /// Each period with its due day: the issuer's day, else the rule's; nil where neither gives one.
    public var schedule: [(period: DutyPeriod, due: CalendarDate?)] {
        periods.map { period in
            (period, dueOn[period] ?? dueDaysAfterEnd.map { period.end.adding(days: $0) })
        }
    }

    /// What does not hold together, each in both languages, for the file's reader.
    public var problems: [LocalizedText] {
        var problems: [LocalizedText] = []
        for (key, period) in [("from", first), ("until", last)] where period.recurrence != every {
            problems.append(LocalizedText { $0.keyPeriodCodeIsNot(key, period.code, every) })
        }
        if first.recurrence == every, last.recurrence == every, last < first {
            problems.append(LocalizedText { $0.theLastPeriodLastCodeIs(last.code, first.code) })
        }
        for index in only where !(1...every.perYear).contains(index) {
            problems.append(LocalizedText { $0.onlyThereIsNoPeriod(index, every.perYear) })
        }
        let periods = Set(self.periods)
        for period in dueOn.keys.sorted() where !periods.contains(period) {
            problems.append(LocalizedText { $0.dueOnPeriodCodeIs(period.code) })
        }
        for (period, due) in schedule {
            guard let due else {
                problems.append(LocalizedText { $0.periodCodeHasNoDue(period.code) })
                continue
            }
            if due < period.start {
                problems.append(LocalizedText { $0.dueDateDueIsoOfPeriod(due.iso, period.code) })
            }
        }
        if first.recurrence == every, last.recurrence == every, self.periods.count > 240 {
            problems.append(LocalizedText { $0.tooManyPeriodsAtMost })
        }
        return problems
    }
}

extension Recurrence {
    /// The recurrence as a reader names it: "6 tháng", "năm", "quý", "tháng"; "half-year", "year", ….
    public func name(_ lang: Language) -> String { lang.text { $0.recurrenceName(self) } }
}
