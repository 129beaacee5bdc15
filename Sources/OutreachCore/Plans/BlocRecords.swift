/// A sheet of points per criterion sent or recorded for a member: its self-score (sent to the chair) or a
/// cross-check of it by another member (with the checker's remark).
public struct BlocSubmission: Sendable, Equatable {
    public var unit: UnitCode
    /// Points per criterion code.
    public var points: [String: Int]
    /// The day it was sent (self-score) or checked (cross-check).
    public var on: CalendarDate
    /// A self-score sent after the scale's date.
    public var late: Bool
    /// The member that checked (cross-check); nil for a self-score.
    public var checker: UnitCode?
    public var remark: String?

    public var total: Int { points.values.reduce(0, +) }

    public init(unit: UnitCode, points: [String: Int], on: CalendarDate, late: Bool = false, checker: UnitCode? = nil,
                remark: String? = nil) {
        self.unit = unit
        self.points = points
        self.on = on
        self.late = late
        self.checker = checker
        self.remark = remark
    }
}

/// What a bloc meets for (seed 002, item 1: "tổ chức kí giao ước thi đua, tổ chức giao ban quý, 6 tháng và
/// tổng kết").
public enum BlocMeetingKind: String, Sendable, CaseIterable, Codable {
    case compact
    case quarterly
    case sixMonth = "six-month"
    case yearEnd = "year-end"

    public var label: LocalizedText {
        switch self {
        case .compact: LocalizedText { $0.signingTheEmulationCompact }
        case .quarterly: LocalizedText { $0.quarterlyMeeting }
        case .sixMonth: LocalizedText { $0.sixMonthMeeting }
        case .yearEnd: LocalizedText { $0.yearEndReview }
        }
    }
}

/// One meeting of a bloc, with the members present (the others were absent).
public struct BlocMeeting: Sendable, Equatable {
    public var kind: BlocMeetingKind
    public var heldOn: CalendarDate
    public var present: [UnitCode]
    public var absent: [UnitCode]
    public var note: String?

    public init(kind: BlocMeetingKind, heldOn: CalendarDate, present: [UnitCode], absent: [UnitCode], note: String? = nil) {
        self.kind = kind
        self.heldOn = heldOn
        self.present = present
        self.absent = absent
        self.note = note
    }

    /// The quarter the meeting was held in.
    public var quarter: Int { (heldOn.month - 1) / 3 + 1 }
}
