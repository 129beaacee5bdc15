import Foundation

/// What was really spent on one budget line (*thực chi*), as recorded for the settlement.
public struct BudgetActual: Sendable, Hashable, Codable {
    public var line: Slug
    public var amount: Int64
    public var note: String?
    /// The unit that recorded it (`--as`), nil when the database's operator did.
    public var recordedBy: UnitCode?
    public var recordedAt: Date

    public init(line: Slug, amount: Int64, note: String?, recordedBy: UnitCode?, recordedAt: Date) {
        self.line = line
        self.amount = amount
        self.note = note
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}

/// The estimate beside what was spent: per line and in total, with the difference (actual − estimate).
public struct BudgetStatement: Sendable {
    public var estimate: BudgetEstimate
    public var rows: [Row]
    /// The estimate's total, the sum of the actuals recorded, and the difference summed over the lines recorded.
    public var estimatedTotal: Int64
    public var actualTotal: Int64?
    public var difference: Int64?

    public struct Row: Sendable {
        public var item: BudgetEstimate.Item
        public var actual: BudgetActual?
        /// Actual − estimate; positive when more was spent than planned.
        public var difference: Int64?
    }

    /// Whether any actual is recorded, so documents add the settlement columns.
    public var hasActuals: Bool { actualTotal != nil }

    public init(estimate: BudgetEstimate, actuals: [BudgetActual]) throws(OutreachError) {
        self.estimate = estimate
        let byLine = Dictionary(actuals.map { ($0.line, $0) }, uniquingKeysWith: { $1 })
        var rows: [Row] = []
        for item in estimate.items {
            let actual = byLine[item.line.code]
            var difference: Int64?
            if let actual {
                difference = try MoneyMath.difference(actual.amount, item.amount, what: item.line.code.rawValue)
            }
            rows.append(Row(item: item, actual: actual, difference: difference))
        }
        self.rows = rows
        estimatedTotal = estimate.total
        let recorded = rows.filter { $0.actual != nil }
        if recorded.isEmpty {
            actualTotal = nil
            difference = nil
        } else {
            actualTotal = try MoneyMath.sum(recorded.compactMap(\.actual?.amount), what: "actual")
            // Over the recorded lines only: a line not yet settled is unknown, not zero.
            var total: Int64 = 0
            for row in recorded {
                total = try MoneyMath.difference(total, -(row.difference ?? 0), what: "difference")
            }
            difference = total
        }
    }
}
