/// A rates file (`Templates/rates/*.yaml`): one body's table of rates, each for one validity period.
///
/// The table's `document`, `effective_from`, `effective_to`, `confidence` and `note` are defaults
/// for its entries, so a provincial resolution's ladder need not repeat them on every line.
public struct RateTableTemplate: Sendable, Decodable {
    /// The table's code, which a later table names in `overrides`: `national`.
    public var code: Slug
    /// The table's title.
    public var name: String
    /// Who issued the rates: `Bộ Tài chính`, `HĐND tỉnh Lào Cai`.
    public var issuedBy: String?
    /// The document that sets them, and the default basis of every entry.
    public var document: String?
    /// The table this one overrides from its entries' dates; nil for a base table.
    public var overrides: Slug?
    /// What the table is, or what to check in it.
    public var note: String?
    /// The rates, in file order.
    public var rates: [Rate]
    /// The file the table was read from (set by the loader), so a listing can say where a rate comes from.
    public internal(set) var file = ""

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, name, document, overrides, confidence, note, rates
        case issuedBy = "issued_by"
        case effectiveFrom = "effective_from"
        case effectiveTo = "effective_to"
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(Slug.self, forKey: .code)
        name = try c.decodeText(forKey: .name)
        issuedBy = try c.decodeTextIfPresent(forKey: .issuedBy)
        document = try c.decodeTextIfPresent(forKey: .document)
        overrides = try c.decodeIfPresent(Slug.self, forKey: .overrides)
        note = try c.decodeTextIfPresent(forKey: .note)
        let defaults = RateEntry.Defaults(
            basis: document, effectiveFrom: try c.decodeDateIfPresent(forKey: .effectiveFrom),
            effectiveTo: try c.decodeDateIfPresent(forKey: .effectiveTo),
            confidence: try c.decodeChoiceIfPresent(RateConfidence.self, forKey: .confidence), note: note)
        var list = try c.nestedUnkeyedContainer(forKey: .rates)
        var rates: [Rate] = []
        while !list.isAtEnd {
            let path = c.codingPath + [CodingKeys.rates, AnyCodingKey(intValue: rates.count)]
            rates.append(try list.decode(RateEntry.self).rate(defaults: defaults, codingPath: path))
        }
        if rates.isEmpty {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.rates], { $0.needsAtLeastOneRate })
        }
        self.rates = rates
    }

    /// Checks what decoding cannot: sensible periods, a note on every uncertain figure, and one
    /// amount per code and region on any day (periods of the same rate must not overlap).
    func problems() -> [(path: [String], reason: LocalizedText)] {
        var problems: [(path: [String], reason: LocalizedText)] = []
        for (index, rate) in rates.enumerated() {
            if let to = rate.effectiveTo, to < rate.effectiveFrom {
                problems.append((["rates", "\(index)", "effective_to"], LocalizedText { $0.effectiveToIsoIsBefore(to.iso, rate.effectiveFrom.iso) }))
                continue
            }
            if rate.confidence != .verified, rate.note == nil {
                problems.append((["rates", "\(index)", "note"], LocalizedText { $0.aConfidenceRateNeedsA(rate.confidence.rawValue) }))
            }
            for (earlier, other) in rates.enumerated().prefix(index)
            where other.code == rate.code && other.region == rate.region && other.overlaps(rate) {
                problems.append((["rates", "\(index)", "effective_from"], LocalizedText { $0.rateOverlapsEarlierRate(index, Self.describe(rate), earlier, Self.describe(other)) }))
            }
        }
        return problems
    }

    private static func describe(_ rate: Rate) -> LocalizedText {
        LocalizedText(each: { lang in
            [rate.code.rawValue, rate.region.map { "\(lang.text { $0.region }) \($0)" }, rate.period(lang)]
                .compactMap { $0 }.joined(separator: ", ")
        })
    }
}

/// One rate as written in a rates file, before the table's defaults fill its gaps.
private struct RateEntry: Decodable {
    /// What the table says for every entry that does not say otherwise.
    struct Defaults {
        var basis: String?
        var effectiveFrom: CalendarDate?
        var effectiveTo: CalendarDate?
        var confidence: RateConfidence?
        var note: String?
    }

    var code: Slug
    var name: String
    var amount: Int64
    var unit: RateUnit
    var basis: String?
    var effectiveFrom: CalendarDate?
    var effectiveTo: CalendarDate?
    var region: Slug?
    var condition: String?
    var confidence: RateConfidence?
    var note: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, name, amount, unit, basis, region, condition, confidence, note
        case effectiveFrom = "effective_from"
        case effectiveTo = "effective_to"
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(Slug.self, forKey: .code)
        name = try c.decodeText(forKey: .name)
        // Read as text so that `1.500.000`, the way people here write amounts, is a number and not a
        // YAML decimal, and so that a fraction or a negative is refused rather than rounded.
        let rawAmount = try c.decode(String.self, forKey: .amount)
        do {
            amount = try MoneyAmount.parse(rawAmount, maximum: Rate.maximumAmount)
        } catch {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.amount], { $0.rawWithReason(rawAmount, error.reason) })
        }
        unit = try c.decodeChoice(RateUnit.self, forKey: .unit)
        basis = try c.decodeTextIfPresent(forKey: .basis)
        effectiveFrom = try c.decodeDateIfPresent(forKey: .effectiveFrom)
        effectiveTo = try c.decodeDateIfPresent(forKey: .effectiveTo)
        region = try c.decodeIfPresent(Slug.self, forKey: .region)
        condition = try c.decodeTextIfPresent(forKey: .condition)
        confidence = try c.decodeChoiceIfPresent(RateConfidence.self, forKey: .confidence)
        note = try c.decodeTextIfPresent(forKey: .note)
    }

    /// The rate with the table's defaults applied; a key missing from both is an error at the entry.
    func rate(defaults: Defaults, codingPath: [any CodingKey]) throws -> Rate {
        func missing(_ key: CodingKeys, tableKey: String) -> TemplateFieldError {
            TemplateFieldError(
                codingPath + [key], { $0.missingStringValueGiveItHere(key.stringValue, tableKey) })
        }
        guard let basis = basis ?? defaults.basis else { throw missing(.basis, tableKey: "document") }
        guard let effectiveFrom = effectiveFrom ?? defaults.effectiveFrom else {
            throw missing(.effectiveFrom, tableKey: "effective_from")
        }
        guard let confidence = confidence ?? defaults.confidence else {
            throw missing(.confidence, tableKey: "confidence")
        }
        return Rate(
            code: code, name: name, amount: amount, unit: unit, basis: basis, effectiveFrom: effectiveFrom,
            effectiveTo: effectiveTo ?? defaults.effectiveTo, region: region, condition: condition,
            confidence: confidence, note: note ?? defaults.note)
    }
}
