/// A session's budget section: the lines its estimate is built from, and whether lodging is due.
public struct SessionBudget: Hashable, Sendable, Codable {
    /// Whether people travel far enough to be paid lodging; lines of category `luu-tru` count only then.
    public var lodging: Bool
    public var lines: [BudgetLine]

    public init(lodging: Bool = false, lines: [BudgetLine]) {
        self.lodging = lodging
        self.lines = lines
    }

    /// The lines that apply: lodging lines only when the session pays lodging.
    public var applicableLines: [BudgetLine] {
        lines.filter { lodging || $0.category != BudgetLine.lodgingCategory }
    }

    /// The line with this code.
    public func line(_ code: Slug) -> BudgetLine? { lines.first { $0.code == code } }
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

    /// The category whose lines count only when the session pays lodging.
    public static let lodgingCategory = Slug(rawValue: "luu-tru")!

    public init(
        code: Slug, name: String, category: Slug, payer: BudgetPayer, unit: String, quantity: QuantityRule,
        price: BudgetPrice, basis: String? = nil
    ) {
        self.code = code
        self.name = name
        self.category = category
        self.payer = payer
        self.unit = unit
        self.quantity = quantity
        self.price = price
        self.basis = basis
    }
}

/// Who pays a line: the organiser (its planning and finance division), or each office for the people it sends.
public enum BudgetPayer: String, Hashable, Sendable, Codable, CaseIterable {
    case organiser
    case sendingUnit = "sending-unit"

    public func label(_ lang: Language) -> String {
        switch self {
        case .organiser: lang.pick("đơn vị tổ chức", "organiser")
        case .sendingUnit: lang.pick("đơn vị cử người", "sending unit")
        }
    }
}

/// How a line's quantity follows from the session's facts. For a sending-unit line it is counted per office.
public enum QuantityRule: Hashable, Sendable, Codable {
    /// Confirmed nominees, or the quota while nobody is confirmed.
    case participants
    /// Participants × days.
    case participantDays
    /// Days × 2 (a morning and an afternoon *buổi* each day).
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
