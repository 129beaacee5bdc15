/// The budget estimate (*dự toán*) of a session, computed from its facts: never typed numbers.
///
/// Organiser lines count everyone; sending-unit lines are counted for each sending office on its own
/// people, then summed. Every amount is whole đồng in `Int64`, every product and sum checked for overflow,
/// and no total exceeds what can be written in words.
public struct BudgetEstimate: Sendable {
    public var session: Session
    /// Whether participants are the quota (while nominations are open on `today`) or, once the nomination
    /// deadline has passed, the confirmed nominees.
    public var basis: ParticipantBasis
    public var participants: Int64
    /// The organiser's lines, in template order.
    public var organiserItems: [Item]
    /// The sending-unit lines summed over every office, in template order.
    public var sendingUnitItems: [Item]
    /// What each sending office pays, in the list's office order: the offices with someone counted.
    public var offices: [Office]
    /// Every office invited to the session, in the list's office order, also those with nobody counted (the
    /// settlement still shows what such an office spent).
    public var invited: [OrgUnit]

    /// Where the participant count comes from.
    public enum ParticipantBasis: String, Sendable, Codable {
        case confirmed, quota

        public func label(_ lang: Language) -> String {
            switch self {
            case .confirmed: lang.text { $0.confirmedNomineesNominationsClosed }
            case .quota: lang.text { $0.theQuotaNominationsStillOpen }
            }
        }
    }

    /// One computed line: quantity × unit price = amount.
    public struct Item: Sendable, Hashable {
        public var line: BudgetLine
        public var quantity: Int64
        public var unitPrice: Int64
        public var amount: Int64
        /// The "Căn cứ" text: the rate's legal basis, or what the organiser gave for its own price.
        public var basis: String
        /// How sure the rate is (nil for the organiser's own price).
        public var confidence: RateConfidence?
    }

    /// One sending office's share.
    public struct Office: Sendable {
        public var unit: OrgUnit
        public var participants: Int64
        /// Whether its people are paid lodging (the session's rule, by distance or district).
        public var lodges: Bool
        /// Whether its people are paid per diem (the session's `per_diem` rule; every office without one).
        public var paysPerDiem: Bool
        public var items: [Item]
        public var total: Int64
    }

    public var organiserTotal: Int64
    public var sendingUnitTotal: Int64
    public var total: Int64

    /// The "Căn cứ" of an organiser's own price given without a basis.
    public static let ownPriceBasis = Language.vi.text { $0.ownPriceBasis }

    /// Computes the estimate on `today`; an unknown rate, a missing budget or an overflow is an error naming the line.
    ///
    /// While nominations are open (`today` ≤ the nomination deadline, or before the first day of a session
    /// without a deadline) the estimate plans for every office's required places; once they are closed it
    /// counts the confirmed nominees: one early confirmation does not shrink the plan.
    public init(list: NomineeList, rates: RateBook, today: CalendarDate) throws(OutreachError) {
        session = list.session
        guard let budget = list.session.budget else {
            throw .invalidValue(field: "budget", value: list.session.code.rawValue, reason: LocalizedText { $0.theSessionsTemplateHasNo })
        }
        let closed = Self.nominationsClosed(list.session, on: today)
        basis = closed ? .confirmed : .quota
        let perOffice = list.groups.map { (unit: $0.unit, count: Int64(closed ? $0.quota.confirmed : $0.quota.required)) }
        participants = perOffice.reduce(0) { $0 + $1.count }
        invited = list.groups.map(\.unit)
        let lines = budget.applicableLines
        var prices: [Slug: (amount: Int64, basis: String, confidence: RateConfidence?)] = [:]
        for line in lines {
            prices[line.code] = try Self.price(line, session: list.session, rates: rates)
        }
        func item(_ line: BudgetLine, people: Int64, lodges: Bool = false) throws(OutreachError) -> Item {
            let price = prices[line.code]!
            let quantity = try Self.quantity(line, people: people, lodges: lodges, session: list.session)
            return Item(
                line: line, quantity: quantity, unitPrice: price.amount,
                amount: try MoneyMath.product(quantity, price.amount, line: line.code), basis: price.basis,
                confidence: price.confidence)
        }
        organiserItems = []
        for line in lines where line.payer == .organiser {
            organiserItems.append(try item(line, people: participants))
        }
        offices = []
        for office in perOffice where office.count > 0 {
            var items: [Item] = []
            for line in lines where line.payer == .sendingUnit && budget.applies(line, to: office.unit) {
                items.append(try item(line, people: office.count, lodges: budget.lodges(office.unit)))
            }
            // A division of the Sở pays nothing itself: no share, no settlement sheet of its own.
            if !office.unit.hasOwnSeal && items.isEmpty { continue }
            offices.append(Office(
                unit: office.unit, participants: office.count, lodges: budget.lodges(office.unit),
                paysPerDiem: budget.paysPerDiem(office.unit), items: items,
                total: try MoneyMath.sum(items.map(\.amount), what: office.unit.code.rawValue)))
        }
        sendingUnitItems = []
        for line in lines where line.payer == .sendingUnit {
            let parts = offices.compactMap { $0.items.first { $0.line.code == line.code } }
            let quantity = try MoneyMath.sum(parts.map(\.quantity), what: line.code.rawValue)
            let price = prices[line.code]!
            sendingUnitItems.append(Item(
                line: line, quantity: quantity, unitPrice: price.amount,
                amount: try MoneyMath.product(quantity, price.amount, line: line.code), basis: price.basis,
                confidence: price.confidence))
        }
        organiserTotal = try MoneyMath.sum(organiserItems.map(\.amount), what: "organiser")
        sendingUnitTotal = try MoneyMath.sum(sendingUnitItems.map(\.amount), what: "sending-unit")
        total = try MoneyMath.sum([organiserTotal, sendingUnitTotal], what: "total")
    }

    /// Whether the estimate counts the confirmed nominees on `today`: the nomination deadline has passed, or,
    /// for a session without one, the session has begun.
    public static func nominationsClosed(_ session: Session, on today: CalendarDate) -> Bool {
        session.nominationDeadline == nil ? session.starts <= today : session.isPastDeadline(on: today)
    }

    /// Every line as estimated for the whole session: organiser lines, then sending-unit lines summed.
    public var items: [Item] { organiserItems + sendingUnitItems }

    /// An amount in words, as the documents print it ("Bằng chữ: …").
    public static func words(_ amount: Int64) -> String {
        // Totals are checked against MoneyInWords.maximum when summed, so this cannot fail.
        (try? MoneyInWords.words(amount)) ?? VietnameseNumber.grouped(amount)
    }

    private static func quantity(
        _ line: BudgetLine, people: Int64, lodges: Bool, session: Session
    ) throws(OutreachError) -> Int64 {
        let days = Int64(session.days)
        switch line.quantity {
        case .participants: return people
        case .participantDays:
            return try MoneyMath.product(people, line.paidDays(days: days, lodges: lodges), line: line.code)
        // The parts held: a session of one morning pays its speaker one buổi, not two.
        case .halfDays: return Int64(session.halfDayCount)
        case .days: return days
        case .fixed(let count): return count
        }
    }

    private static func price(
        _ line: BudgetLine, session: Session, rates: RateBook
    ) throws(OutreachError) -> (amount: Int64, basis: String, confidence: RateConfidence?) {
        switch line.price {
        case .amount(let amount):
            return (amount, line.basis ?? ownPriceBasis, nil)
        case .rate(let code):
            guard let applied = rates.rate(code, on: session.starts) else {
                throw .invalidValue(field: "budget.\(line.code)", value: code.rawValue, reason: LocalizedText { $0.noRateCodeIsIn(code, VietnameseDate.numeric(session.starts)) })
            }
            return (applied.rate.amount, line.basis ?? applied.rate.basis, applied.rate.confidence)
        }
    }
}

/// Checked arithmetic on whole đồng: an overflow, or a result beyond what can be written in words, is an error.
public enum MoneyMath {
    /// `a × b`, refused beyond `MoneyInWords.maximum`.
    public static func product(_ a: Int64, _ b: Int64, line: Slug) throws(OutreachError) -> Int64 {
        let (value, overflow) = a.multipliedReportingOverflow(by: b)
        guard !overflow, (0...MoneyInWords.maximum).contains(value) else { throw tooLarge(line.rawValue) }
        return value
    }

    /// The sum of amounts, refused beyond `MoneyInWords.maximum`.
    public static func sum(_ amounts: [Int64], what: String) throws(OutreachError) -> Int64 {
        var total: Int64 = 0
        for amount in amounts {
            let (value, overflow) = total.addingReportingOverflow(amount)
            guard !overflow, (0...MoneyInWords.maximum).contains(value) else { throw tooLarge(what) }
            total = value
        }
        return total
    }

    /// `a − b` for a difference that may be negative (actual minus estimate).
    public static func difference(_ a: Int64, _ b: Int64, what: String) throws(OutreachError) -> Int64 {
        let (value, overflow) = a.subtractingReportingOverflow(b)
        guard !overflow else { throw tooLarge(what) }
        return value
    }

    static func tooLarge(_ what: String) -> OutreachError {
        .invalidValue(field: "budget", value: what, reason: LocalizedText { $0.theAmountExceedsGrouped(VietnameseNumber.grouped(MoneyInWords.maximum)) })
    }
}
