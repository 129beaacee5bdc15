/// A session's budget section: the lines its estimate is built from, and who is paid lodging and per diem.
public struct SessionBudget: Hashable, Sendable, Codable {
    /// Whether every sending office is paid lodging when no `lodgingRule` says which ones.
    public var lodging: Bool
    /// Which sending offices are paid lodging (the night before, and every night of the session), by distance or
    /// district; lines of category `luu-tru` count for those offices only.
    public var lodgingRule: LodgingRule?
    /// Which sending offices are paid per diem (*phụ cấp lưu trú*), by distance or district; lines of category
    /// `phu-cap-luu-tru` count for those offices only. nil (a template without `per_diem:`): every office.
    public var perDiemRule: LodgingRule?
    public var lines: [BudgetLine]

    public init(lodging: Bool = false, lodgingRule: LodgingRule? = nil, perDiemRule: LodgingRule? = nil, lines: [BudgetLine]) {
        self.lodging = lodging
        self.lodgingRule = lodgingRule
        self.perDiemRule = perDiemRule
        self.lines = lines
    }

    /// Whether any office can be paid lodging, so the lodging lines are estimated at all.
    public var paysLodging: Bool { lodging || lodgingRule != nil }

    /// The lines that apply: lodging lines only when the session pays lodging to some office.
    public var applicableLines: [BudgetLine] {
        lines.filter { paysLodging || $0.category != BudgetLine.lodgingCategory }
    }

    /// Whether the people of `unit` are paid lodging.
    public func lodges(_ unit: OrgUnit) -> Bool {
        guard let lodgingRule else { return lodging }
        return lodgingRule.applies(to: unit)
    }

    /// Whether the people of `unit` are paid per diem: every office unless the template's `per_diem` rule leaves
    /// it out (an office nearer than the rule's distance, e.g. in the town of the venue). An office whose distance
    /// is unknown is paid: only a known distance below the threshold takes the per diem away.
    public func paysPerDiem(_ unit: OrgUnit) -> Bool {
        guard let perDiemRule else { return true }
        return perDiemRule.applies(to: unit, whenDistanceUnknown: true)
    }

    /// Whether `unit` pays `line` for its people: lodging, per diem and `far`/`near` lines by the session's rules.
    /// A unit without its own seal and accounts (a Sở's division, `OrgUnit.hasOwnSeal`) pays no sending-unit
    /// line: it sits in the province's city, its people travel nowhere (no travel lump sum), and it has no
    /// settlement of its own to sign.
    public func applies(_ line: BudgetLine, to unit: OrgUnit) -> Bool {
        if line.payer == .sendingUnit && !unit.hasOwnSeal { return false }
        return line.applies(lodges: lodges(unit), perDiem: paysPerDiem(unit))
    }

    /// The line with this code.
    public func line(_ code: Slug) -> BudgetLine? { lines.first { $0.code == code } }
}

/// Which sending offices are paid lodging (or per diem, `per_diem:`): those at least `fromKm` from the province's
/// centre (the unit's `distance_km`, or its district's), and those of the listed districts whatever their distance.
public struct LodgingRule: Hashable, Sendable, Codable {
    public var fromKm: Int?
    public var districts: [String]

    public init(fromKm: Int?, districts: [String]) {
        self.fromKm = fromKm
        self.districts = districts
    }

    /// Whether an office qualifies; an office with no known distance qualifies through its district, or, under a
    /// `fromKm` rule, when `whenDistanceUnknown` (per diem is paid unless the office is known to be near).
    public func applies(to unit: OrgUnit, whenDistanceUnknown: Bool = false) -> Bool {
        if let district = unit.district, districts.contains(district) { return true }
        guard let fromKm else { return false }
        guard let distance = unit.distanceKm else { return whenDistanceUnknown }
        return distance >= fromKm
    }

    /// The rule in words, for documents: "cách địa điểm từ 60 km trở lên hoặc thuộc SIMACAI".
    public var text: String {
        let words = Language.vi.catalogue
        var parts: [String] = []
        if let fromKm { parts.append(words.eligibleFromKm(fromKm)) }
        if !districts.isEmpty { parts.append(words.eligibleInDistricts(districts.joined(separator: ", "))) }
        return parts.joined(separator: words.eligibleOr)
    }
}

/// One line of a budget (*dòng dự toán*): what is paid, by whom, how many, at what price.
public struct BudgetLine: Hashable, Sendable, Codable {
    public var code: Slug
    /// The "Nội dung" column: `Thuê hội trường`.
    public var name: String
    /// `hoi-truong`, `tai-lieu`, `nuoc-uong`, `giang-vien`, `phu-cap-luu-tru`, `luu-tru`, `di-lai`…
    public var category: Slug
    public var payer: BudgetPayer
    /// The "Đơn vị tính" column: `người/ngày`, `buổi`, `gói`.
    public var unit: String
    public var quantity: QuantityRule
    public var price: BudgetPrice
    /// The "Căn cứ" column for a fixed amount; a rate brings its own basis.
    public var basis: String?
    /// For a sending-unit line, which offices pay it: those far enough to lodge, or the others; nil = every office.
    public var offices: OfficeDistance?

    /// The category whose lines count only when the session pays lodging.
    public static let lodgingCategory = Slug(rawValue: "luu-tru")!
    /// The category whose lines count only for the offices the session's `per_diem` rule pays.
    public static let perDiemCategory = Slug(rawValue: "phu-cap-luu-tru")!

    public init(
        code: Slug, name: String, category: Slug, payer: BudgetPayer, unit: String, quantity: QuantityRule,
        price: BudgetPrice, basis: String? = nil, offices: OfficeDistance? = nil
    ) {
        self.code = code
        self.name = name
        self.category = category
        self.payer = payer
        self.unit = unit
        self.quantity = quantity
        self.price = price
        self.basis = basis
        self.offices = offices
    }

    /// The days a per-day line pays one person who was at the session on `days` days. Per diem (phụ cấp lưu
    /// trú) is counted from the day of departure to the day of return (Điều 5 Thông tư 40/2017/TT-BTC): someone
    /// paid lodging the night before left the day before, so their trip is one day longer than the session; a
    /// trip out and back on the session's days counts those days (whether it is paid at all is the session's
    /// `per_diem` rule). Every other per-day line (lodging: the night before and the nights between session
    /// days) counts the session's days.
    public func paidDays(days: Int64, lodges: Bool) -> Int64 {
        guard category == Self.perDiemCategory, lodges, days > 0 else { return days }
        return days + 1
    }

    /// Whether an office pays this line: lodging lines and `far` lines only where lodging is paid, `near` lines
    /// only where it is not, per diem lines only where per diem is paid (`SessionBudget.paysPerDiem`).
    public func applies(lodges: Bool, perDiem: Bool = true) -> Bool {
        if category == Self.lodgingCategory && !lodges { return false }
        if category == Self.perDiemCategory && !perDiem { return false }
        switch offices {
        case .far?: return lodges
        case .near?: return !lodges
        case nil: return true
        }
    }
}

/// Which sending offices a line is for, by the session's lodging rule: `far` = the offices paid lodging
/// (a longer trip: a larger travel lump sum), `near` = the others.
public enum OfficeDistance: String, Hashable, Sendable, Codable, CaseIterable {
    case far, near
}

/// Who pays a line: the organiser (its planning and finance division), or each office for the people it sends.
public enum BudgetPayer: String, Hashable, Sendable, Codable, CaseIterable {
    case organiser
    case sendingUnit = "sending-unit"

    public func label(_ lang: Language) -> String {
        switch self {
        case .organiser: lang.text { $0.organiser }
        case .sendingUnit: lang.text { $0.sendingUnit }
        }
    }
}

/// How a line's quantity follows from the session's facts. For a sending-unit line it is counted per office.
public enum QuantityRule: Hashable, Sendable, Codable {
    /// Confirmed nominees, or the quota while nobody is confirmed.
    case participants
    /// Participants × days; a day with only a morning or an afternoon counts as a day (per diem is paid per day).
    case participantDays
    /// The half-days (*buổi*) held: the schedule's mornings and afternoons (a whole day counts two), or 2 a day.
    case halfDays
    case days
    /// A fixed count (per office for a sending-unit line).
    case fixed(Int64)

    /// The rule as written in a template: `participants`, `participant-days`, `half-days`, `days`, `fixed 2`.
    public init?(text: String) {
        let words = text.split(separator: " ")
        switch words.first {
        case "participants" where words.count == 1: self = .participants
        case "participant-days" where words.count == 1: self = .participantDays
        case "half-days" where words.count == 1: self = .halfDays
        case "days" where words.count == 1: self = .days
        case "fixed" where words.count == 2:
            guard let count = Int64(words[1]), (1...1_000_000).contains(count) else { return nil }
            self = .fixed(count)
        default: return nil
        }
    }

    /// The rule as a template writes it.
    public var text: String {
        switch self {
        case .participants: "participants"
        case .participantDays: "participant-days"
        case .halfDays: "half-days"
        case .days: "days"
        case .fixed(let count): "fixed \(count)"
        }
    }

    /// Whether the line is paid per person, so a payment list can name who receives it.
    public var isPerPerson: Bool { self == .participants || self == .participantDays }
}

/// The unit price of a line: a rate from the rate book, or the organiser's own price.
public enum BudgetPrice: Hashable, Sendable, Codable {
    /// Looked up in the rate book on the session's first day.
    case rate(Slug)
    /// An amount the organiser sets itself (hall hire, banner, printing), in đồng.
    case amount(Int64)
}
