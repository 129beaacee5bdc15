import Foundation

/// What was really spent on one budget line (*thực chi*), as recorded for the settlement: for the whole session
/// (organiser lines), or for one sending office (`unit`, its own lines).
public struct BudgetActual: Sendable, Hashable, Codable {
    public var line: Slug
    /// The sending office that spent it, for a sending-unit line; nil for a line of the whole session.
    public var unit: UnitCode?
    public var amount: Int64
    public var note: String?
    /// The unit that recorded it (`--as`), nil when the database's operator did.
    public var recordedBy: UnitCode?
    /// When it was recorded; nil for a figure derived from attendance.
    public var recordedAt: Date?

    public init(
        line: Slug, unit: UnitCode? = nil, amount: Int64, note: String?, recordedBy: UnitCode?, recordedAt: Date?
    ) {
        self.line = line
        self.unit = unit
        self.amount = amount
        self.note = note
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}

/// Who of an office actually came, from the attendance marks: the basis of its settlement for per-person lines.
public struct OfficeAttendance: Sendable, Hashable {
    /// People present or late at one part or more.
    public var people: Int64
    /// Person-days: for each person, the days with one part or more attended.
    public var personDays: Int64

    public init(people: Int64, personDays: Int64) {
        self.people = people
        self.personDays = personDays
    }

    /// Who came, person by person (keyed by nomination): one person each, with the days on which they were present
    /// or late at one part or more (a morning alone counts the day, as per diem is paid per day). A person marked
    /// only excused or absent did not come and is not in the result.
    public static func perPerson(_ marks: [AttendanceMark]) -> [Int64: OfficeAttendance] {
        var days: [Int64: Set<CalendarDate>] = [:]
        for mark in marks where mark.status.attended {
            days[mark.nominationID, default: []].insert(mark.part.date)
        }
        return days.mapValues { OfficeAttendance(people: 1, personDays: Int64($0.count)) }
    }

    /// The people of `perPerson` added up by sending office (`senders` maps a nomination to its office).
    public static func perOffice(
        _ perPerson: [Int64: OfficeAttendance], senders: [Int64: UnitCode]
    ) -> [UnitCode: OfficeAttendance] {
        var result: [UnitCode: OfficeAttendance] = [:]
        for (nomination, came) in perPerson {
            guard let sender = senders[nomination] else { continue }
            let sum = result[sender] ?? OfficeAttendance(people: 0, personDays: 0)
            result[sender] = OfficeAttendance(people: sum.people + came.people, personDays: sum.personDays + came.personDays)
        }
        return result
    }
}

/// Who came to a session, person by person: whom a payment list pays once attendance is recorded.
public struct Attendees: Sendable {
    /// Everyone present or late at one part or more, in no particular order.
    public var people: [Nominee]
    /// What each came to, by nomination (one person, the days attended).
    public var came: [Int64: OfficeAttendance]

    public init(people: [Nominee], came: [Int64: OfficeAttendance]) {
        self.people = people
        self.came = came
    }
}

/// The estimate beside what was spent: per line and in total, with the difference (actual − estimate), for the
/// whole session and for each sending office.
///
/// A settlement in progress (*quyết toán chưa hoàn tất*) counts a line with no actual yet as nothing spent so far:
/// a total's actual is the sum of the actuals known, and its difference is always that actual − the whole
/// estimate, so on every row that shows the three figures Thực chi − Dự toán = Chênh lệch. A line's own
/// difference stays unknown (nil) until its actual is known.
public struct BudgetStatement: Sendable {
    public var estimate: BudgetEstimate
    /// The summary's rows: organiser lines, then sending-unit lines added up over the offices.
    public var rows: [Row]
    /// Every sending office's settlement, in the estimate's office order.
    public var offices: [OfficeStatement]
    /// The estimate's total, the sum of the actuals known (a line not yet settled counts 0), and actual − estimate.
    public var estimatedTotal: Int64
    public var actualTotal: Int64?
    public var difference: Int64?

    public struct Row: Sendable {
        public var item: BudgetEstimate.Item
        public var actual: BudgetActual?
        /// Actual − estimate; positive when more was spent than planned. For a sending-unit line of the summary,
        /// the offices' actuals − the whole line's estimate (an office not yet settled counts 0 spent).
        public var difference: Int64?
    }

    /// One sending office's settlement: its estimated lines beside what it spent.
    public struct OfficeStatement: Sendable {
        public var office: BudgetEstimate.Office
        public var rows: [Row]
        /// Who came, when attendance is recorded.
        public var attendance: OfficeAttendance?
        /// Once the session has any actual: the office's actuals (0 while none) and actual − its estimate.
        public var actualTotal: Int64?
        public var difference: Int64?

        /// Lines of the office with no actual yet, counted as nothing spent in its totals.
        public var unsettledLines: Int { rows.filter { $0.actual == nil }.count }
    }

    /// Lines of the summary with no actual yet (a sending-unit line: no office settled it), counted as nothing
    /// spent in the totals; 0 when the settlement is complete.
    public var unsettledLines: Int { rows.filter { $0.actual == nil }.count }

    /// Whether some line or some office's line has no actual yet while others have: the documents then say that
    /// unsettled lines count as nothing spent so far.
    public var inProgress: Bool {
        hasActuals && (unsettledLines > 0 || offices.contains { $0.unsettledLines > 0 })
    }

    /// The note documents and `budget show` print under a settlement in progress.
    public static let inProgressNote = LocalizedText { $0.settlementInProgressALine }

    /// Whether any actual is known, so documents add the settlement columns.
    public var hasActuals: Bool { actualTotal != nil }

    /// The note of an actual derived from attendance, as the documents print it.
    public static let attendanceNote = Language.vi.text { $0.attendanceCountBasis }

    /// `actuals` are the recorded figures (per office for sending-unit lines). `attendance`, when any is recorded,
    /// settles an office's per-person lines from the people who actually came, unless a figure was recorded.
    public init(
        estimate: BudgetEstimate, actuals: [BudgetActual], attendance: [UnitCode: OfficeAttendance]? = nil
    ) throws(OutreachError) {
        self.estimate = estimate
        var offices: [OfficeStatement] = []
        for office in Self.settledOffices(estimate, actuals: actuals, attendance: attendance) {
            let recorded = Dictionary(
                actuals.filter { $0.unit == office.unit.code }.map { ($0.line, $0) }, uniquingKeysWith: { $1 })
            let came = attendance.map { $0[office.unit.code] ?? OfficeAttendance(people: 0, personDays: 0) }
            var rows: [Row] = []
            for item in office.items {
                var actual = recorded[item.line.code]
                if actual == nil, let came, let quantity = Self.attendedQuantity(item.line, came, lodges: office.lodges) {
                    actual = BudgetActual(
                        line: item.line.code, unit: office.unit.code,
                        amount: try MoneyMath.product(quantity, item.unitPrice, line: item.line.code),
                        note: Self.attendanceNote, recordedBy: nil, recordedAt: nil)
                }
                rows.append(try Self.row(item, actual))
            }
            let (actualTotal, difference) = try Self.totals(rows, estimated: office.total, what: office.unit.code.rawValue)
            offices.append(OfficeStatement(
                office: office, rows: rows, attendance: came, actualTotal: actualTotal, difference: difference))
        }
        self.offices = offices
        let byLine = Dictionary(actuals.filter { $0.unit == nil }.map { ($0.line, $0) }, uniquingKeysWith: { $1 })
        var rows: [Row] = []
        for item in estimate.organiserItems {
            rows.append(try Self.row(item, byLine[item.line.code]))
        }
        for item in estimate.sendingUnitItems {
            // A sending-unit line is settled office by office; the summary adds up the offices that settled it, and
            // its difference is that sum − the whole line's estimate: an office not yet settled has spent 0 so far.
            let settled = offices.compactMap { $0.rows.first { $0.item.line.code == item.line.code && $0.actual != nil } }
            if settled.isEmpty {
                rows.append(Row(item: item, actual: nil, difference: nil))
                continue
            }
            let actual = BudgetActual(
                line: item.line.code, amount: try MoneyMath.sum(settled.compactMap(\.actual?.amount), what: item.line.code.rawValue),
                note: nil, recordedBy: nil, recordedAt: nil)
            rows.append(try Self.row(item, actual))
        }
        self.rows = rows
        estimatedTotal = estimate.total
        (actualTotal, difference) = try Self.totals(rows, estimated: estimate.total, what: "total")
        if actualTotal != nil {
            // Once anything is settled, an office with nothing settled yet has spent 0 so far, like any line.
            for index in self.offices.indices where self.offices[index].actualTotal == nil {
                self.offices[index].actualTotal = 0
                self.offices[index].difference = -self.offices[index].office.total
            }
        }
    }

    /// The offices the settlement shows, in the list's office order: every office of the estimate, and every other
    /// invited office with spending to settle (nobody counted in the estimate, yet a figure was recorded for it or
    /// someone of it came), estimated at zero. An office's
    /// lines are its estimated ones plus, estimated at zero, any other line it recorded a figure for; so no
    /// recorded actual is left off the settlement.
    static func settledOffices(
        _ estimate: BudgetEstimate, actuals: [BudgetActual], attendance: [UnitCode: OfficeAttendance]?
    ) -> [BudgetEstimate.Office] {
        let estimated = Dictionary(estimate.offices.map { ($0.unit.code, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [BudgetEstimate.Office] = []
        for unit in estimate.invited {
            let recorded = Set(actuals.filter { $0.unit == unit.code }.map(\.line))
            let came = attendance?[unit.code].flatMap { $0.people > 0 ? $0 : nil }
            if var office = estimated[unit.code] {
                let own = Set(office.items.map(\.line.code))
                guard !recorded.subtracting(own).isEmpty else {
                    result.append(office)
                    continue
                }
                office.items = estimate.sendingUnitItems.compactMap { summed in
                    office.items.first { $0.line.code == summed.line.code }
                        ?? (recorded.contains(summed.line.code) ? Self.unestimated(summed) : nil)
                }
                result.append(office)
                continue
            }
            let budget = estimate.session.budget
            let items = estimate.sendingUnitItems.filter { summed in
                recorded.contains(summed.line.code) || ((budget?.applies(summed.line, to: unit) ?? false)
                    && came.map { Self.attendedQuantity(summed.line, $0, lodges: false) != nil } == true)
            }
            if items.isEmpty { continue }
            result.append(BudgetEstimate.Office(
                unit: unit, participants: 0, lodges: budget?.lodges(unit) ?? false,
                paysPerDiem: budget?.paysPerDiem(unit) ?? true, items: items.map(Self.unestimated), total: 0))
        }
        return result
    }

    /// A line of an office's settlement that its estimate did not count: quantity and amount zero, same price.
    private static func unestimated(_ item: BudgetEstimate.Item) -> BudgetEstimate.Item {
        var item = item
        item.quantity = 0
        item.amount = 0
        return item
    }

    /// The quantity of a per-person line from who came (an office's people, or one person's); nil for a line not
    /// counted in people. The settlement and the payment lists both count with this: a per-day line counts each
    /// person's days as `BudgetLine.paidDays` does (per diem one more for someone of an office that `lodges`).
    public static func attendedQuantity(_ line: BudgetLine, _ came: OfficeAttendance, lodges: Bool) -> Int64? {
        switch line.quantity {
        case .participants: came.people
        case .participantDays:
            came.personDays + (line.paidDays(days: 1, lodges: lodges) - 1) * came.people
        default: nil
        }
    }

    private static func row(_ item: BudgetEstimate.Item, _ actual: BudgetActual?) throws(OutreachError) -> Row {
        var difference: Int64?
        if let actual {
            difference = try MoneyMath.difference(actual.amount, item.amount, what: item.line.code.rawValue)
        }
        return Row(item: item, actual: actual, difference: difference)
    }

    /// The actual total (the actuals known; a line not yet settled counts 0) and actual − `estimated`; nil while
    /// no row has an actual.
    private static func totals(_ rows: [Row], estimated: Int64, what: String) throws(OutreachError) -> (Int64?, Int64?) {
        let recorded = rows.filter { $0.actual != nil }
        if recorded.isEmpty { return (nil, nil) }
        let actual = try MoneyMath.sum(recorded.compactMap(\.actual?.amount), what: "\(what) actual")
        return (actual, try MoneyMath.difference(actual, estimated, what: "\(what) difference"))
    }
}
