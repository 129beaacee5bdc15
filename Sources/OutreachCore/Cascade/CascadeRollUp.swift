/// Counts of duties and what they reached, added up over a set of duties.
///
/// Completeness is duties reported over duties owed; each duty counts once whatever the number of reports
/// (corrections replace, never add), so it never exceeds 100 %.
public struct CascadeFigures: Hashable, Sendable, Codable {
    public var owed = 0
    public var reported = 0
    public var onTime = 0
    public var late = 0
    public var due = 0
    public var overdue = 0
    public var missing = 0
    public var reachedUnits = 0
    public var reachedPeople = 0
    public var audienceUnits = 0
    public var audiencePeople = 0

    public init() {}

    /// Adds one duty in the given status, with what it reached (nothing when not done).
    mutating func add(_ duty: Duty, status: DutyStatus, report: DutyReport?) {
        owed += 1
        audienceUnits += duty.audienceUnits
        audiencePeople += duty.audiencePeople
        switch status {
        case .onTime: onTime += 1
        case .late: late += 1
        case .due: due += 1
        case .overdue: overdue += 1
        case .missing: missing += 1
        }
        if status.isDone, let report {
            reported += 1
            reachedUnits += report.reachedUnits
            reachedPeople += report.reachedPeople
        }
    }

    /// Adds the figures of other duties.
    public mutating func add(_ other: CascadeFigures) {
        owed += other.owed
        reported += other.reported
        onTime += other.onTime
        late += other.late
        due += other.due
        overdue += other.overdue
        missing += other.missing
        reachedUnits += other.reachedUnits
        reachedPeople += other.reachedPeople
        audienceUnits += other.audienceUnits
        audiencePeople += other.audiencePeople
    }

    /// Reported over owed (0…1), nil when nothing is owed.
    public var completeness: Double? { owed == 0 ? nil : Double(reported) / Double(owed) }
    /// On time over reported (0…1), nil when nothing is reported.
    public var timeliness: Double? { reported == 0 ? nil : Double(onTime) / Double(reported) }
}

/// One duty in the cascade tree, with its own status and the figures of everything below it.
public struct CascadeNode: Hashable, Sendable, Codable {
    public var duty: Duty
    public var unitName: String
    /// 1 for the offices that attended the top session, 2 for the units they re-trained, and so on.
    public var level: Int
    /// The id of the duty whose child session this duty comes from; nil at level 1.
    public var parent: Int64?
    public var status: DutyStatus
    /// The report in force on the day looked at, if any.
    public var report: DutyReport?
    /// How many reports were recorded for the duty up to that day (corrections included).
    public var reportCount: Int
    /// This duty and every duty below it.
    public var subtree: CascadeFigures
}

/// The follow-up tree of a session judged on one day: every duty in depth-first order, the figures
/// of each level and of the whole cascade. Built in one pass over rows fetched in a fixed number of queries.
public struct CascadeTree: Sendable, Codable {
    public var session: SessionCode
    public var today: CalendarDate
    /// Depth-first: each node is followed by the nodes below it, siblings in administrative order.
    public var nodes: [CascadeNode]
    /// Figures per level, index 0 for level 1.
    public var levels: [CascadeFigures]
    public var total: CascadeFigures

    /// The total of the levels down to `level` (every level when nil): what a view cut at that level adds up to.
    public func total(upTo level: Int?) -> CascadeFigures {
        guard let level, level < levels.count else { return total }
        var sum = CascadeFigures()
        for figures in levels.prefix(max(level, 0)) { sum.add(figures) }
        return sum
    }

    /// One duty as read from the store: the duty, the session it belongs to and that session's depth.
    public struct Row: Sendable {
        public var duty: Duty
        public var unitName: String
        public var sortKey: Int
        public init(duty: Duty, unitName: String, sortKey: Int) {
            self.duty = duty
            self.unitName = unitName
            self.sortKey = sortKey
        }
    }

    /// Builds the tree of `root` from every duty of its session tree and every report of those duties.
    /// A report recorded after `today` is not seen; of those seen, the last recorded is in force.
    public init(root: SessionCode, today: CalendarDate, rows: [Row], reports: [DutyReport]) {
        session = root
        self.today = today
        var current: [Int64: DutyReport] = [:]
        var counts: [Int64: Int] = [:]
        for report in reports where report.reported <= today {
            counts[report.duty, default: 0] += 1
            if let known = current[report.duty], known.id > report.id { continue }
            current[report.duty] = report
        }
        // The duty each child session discharges: its duties hang under that one.
        // A view of an earlier day sees only the duties that existed then, and no acceptance made later.
        let rows = rows.filter { $0.duty.createdOn <= today }.map { row in
            var row = row
            if let accepted = row.duty.acceptedOn, accepted > today {
                row.duty.acceptedOn = nil
                row.duty.acceptedBy = nil
            }
            return row
        }
        var dutyOfChild: [SessionCode: Int64] = [:]
        for row in rows { if let child = row.duty.childSession { dutyOfChild[child] = row.duty.id } }
        var children: [Int64?: [Row]] = [:]
        for row in rows {
            let parent: Int64? = row.duty.session == root ? nil : row.duty.session.flatMap { dutyOfChild[$0] }
            // Duties of a session no duty leads to (planned outside the cascade) are not part of the tree.
            if parent == nil && row.duty.session != root { continue }
            children[parent, default: []].append(row)
        }
        for key in children.keys {
            children[key]?.sort { ($0.sortKey, $0.duty.unit.rawValue, $0.duty.id) < ($1.sortKey, $1.duty.unit.rawValue, $1.duty.id) }
        }
        var nodes: [CascadeNode] = []
        var levels: [CascadeFigures] = []
        var total = CascadeFigures()
        // Iterative depth-first walk: a province tree is deep enough that recursion is not worth the risk.
        var stack: [(row: Row, level: Int, parent: Int64?)] = (children[nil] ?? []).reversed().map { ($0, 1, nil) }
        var visited: Set<Int64> = []
        while let (row, level, parent) = stack.popLast() {
            guard visited.insert(row.duty.id).inserted else { continue }
            let report = current[row.duty.id]
            let status = DutyStatus.of(due: row.duty.due, closes: row.duty.closes, done: report?.done,
                                       reported: report?.reported, today: today)
            var own = CascadeFigures()
            own.add(row.duty, status: status, report: report)
            nodes.append(CascadeNode(
                duty: row.duty, unitName: row.unitName, level: level, parent: parent, status: status,
                report: status.isDone ? report : nil, reportCount: counts[row.duty.id] ?? 0, subtree: own))
            while levels.count < level { levels.append(CascadeFigures()) }
            levels[level - 1].add(own)
            total.add(own)
            for child in (children[row.duty.id] ?? []).reversed() { stack.append((child, level + 1, row.duty.id)) }
        }
        // Subtree figures: depth-first order puts every node after its parent, so one backward pass adds each
        // node's subtree into its parent's.
        var index: [Int64: Int] = [:]
        for (position, node) in nodes.enumerated() { index[node.duty.id] = position }
        for position in nodes.indices.reversed() {
            guard let parent = nodes[position].parent, let target = index[parent] else { continue }
            nodes[target].subtree.add(nodes[position].subtree)
        }
        self.nodes = nodes
        self.levels = levels
        self.total = total
    }

    /// The nodes down to `level` (every node when nil).
    public func nodes(upTo level: Int?) -> [CascadeNode] {
        guard let level else { return nodes }
        return nodes.filter { $0.level <= level }
    }
}
