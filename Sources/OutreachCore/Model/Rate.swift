/// One spending rate (*định mức chi*) for one validity period: what it pays, how much per what, and why.
public struct Rate: Hashable, Sendable {
    /// The rate's code, the same in every period and every table that sets it: `phu-cap-luu-tru`.
    public var code: Slug
    /// The Vietnamese name, as a budget line prints it.
    public var name: String
    /// The amount in whole đồng per `unit`.
    public var amount: Int64
    /// What the amount is paid per.
    public var unit: RateUnit
    /// The legal basis: `Khoản 1 Điều 5 Thông tư 40/2017/TT-BTC`.
    public var basis: String
    /// The first day the amount applies.
    public var effectiveFrom: CalendarDate
    /// The last day it applies; nil while it still does.
    public var effectiveTo: CalendarDate?
    /// Where it applies when not everywhere (`bien-dao`); nil for every region.
    public var region: Slug?
    /// The condition under which it applies, as the basis words it.
    public var condition: String?
    /// How sure the figure is.
    public var confidence: RateConfidence
    /// Where the figure comes from, or what is still to be checked.
    public var note: String?

    /// The largest amount a rate may have: anything above is a typing mistake, not a rate.
    public static let maximumAmount: Int64 = 1_000_000_000

    public init(
        code: Slug, name: String, amount: Int64, unit: RateUnit, basis: String, effectiveFrom: CalendarDate,
        effectiveTo: CalendarDate? = nil, region: Slug? = nil, condition: String? = nil,
        confidence: RateConfidence, note: String? = nil
    ) {
        self.code = code
        self.name = name
        self.amount = amount
        self.unit = unit
        self.basis = basis
        self.effectiveFrom = effectiveFrom
        self.effectiveTo = effectiveTo
        self.region = region
        self.condition = condition
        self.confidence = confidence
        self.note = note
    }

    /// Whether the rate applies on a day (both ends of the period included).
    public func isEffective(on date: CalendarDate) -> Bool {
        effectiveFrom <= date && effectiveTo.map { date <= $0 } ?? true
    }

    /// Whether two periods share at least one day.
    func overlaps(_ other: Rate) -> Bool {
        let startsBeforeOtherEnds = other.effectiveTo.map { effectiveFrom <= $0 } ?? true
        let otherStartsBeforeThisEnds = effectiveTo.map { other.effectiveFrom <= $0 } ?? true
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds
    }

    /// The period as people read it: `01/07/2017 – 03/05/2025`, or `từ 04/05/2025` when open.
    public func period(_ lang: Language) -> String {
        let from = VietnameseDate.numeric(effectiveFrom)
        guard let to = effectiveTo else { return lang.text { $0.fromFrom(from) } }
        return "\(from) – \(VietnameseDate.numeric(to))"
    }
}

/// What a rate is paid per; the budget multiplies the amount by a count of these.
public enum RateUnit: String, Sendable, Hashable, Codable, CaseIterable {
    /// Per person per day (per diem, lodging).
    case nguoiNgay = "nguoi-ngay"
    /// Per delegate per day of a meeting (meal support, drinking water).
    case daiBieuNgay = "dai-bieu-ngay"
    /// Per half-day session (*buổi*) taught or spoken (speaker fees).
    case buoi = "buoi"
    /// Per person, once.
    case nguoi = "nguoi"
    /// Per day of the session, whoever attends (hall, equipment).
    case ngay = "ngay"

    /// The unit as printed after an amount: `người/ngày`.
    public func label(_ lang: Language) -> String {
        switch self {
        case .nguoiNgay: lang.text { $0.personDay }
        case .daiBieuNgay: lang.text { $0.delegateDay }
        case .buoi: lang.text { $0.halfDay }
        case .nguoi: lang.text { $0.person }
        case .ngay: lang.text { $0.day }
        }
    }
}

/// How sure a rate's figure is, so nobody signs off a guessed number unknowingly.
public enum RateConfidence: String, Sendable, Hashable, Codable, CaseIterable {
    /// Read in the legal text cited as its basis.
    case verified
    /// Believed right, but not found in any source yet.
    case unconfirmed
    /// A stand-in until the user enters the real figure.
    case placeholder

    /// A short mark for tables: nothing, `?` or `!`.
    public var mark: String {
        switch self {
        case .verified: ""
        case .unconfirmed: "?"
        case .placeholder: "!"
        }
    }

    /// What the mark means.
    public func label(_ lang: Language) -> String {
        switch self {
        case .verified: lang.text { $0.checkedAgainstTheText }
        case .unconfirmed: lang.text { $0.notConfirmedInAnySource }
        case .placeholder: lang.text { $0.placeholderConfirmBeforeUse }
        }
    }
}
