/// The `budget:` section of a session file: who is paid lodging and per diem, and the lines.
struct BudgetSection: Decodable {
    var budget: SessionBudget

    enum CodingKeys: String, CodingKey, CaseIterable {
        case lodging
        case perDiem = "per_diem"
        case lines
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let lines = try c.decode([BudgetLineEntry].self, forKey: .lines).map(\.line)
        if lines.isEmpty {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.lines], { $0.needsAtLeastOneBudget })
        }
        var seen: Set<Slug> = []
        for (index, line) in lines.enumerated() where !seen.insert(line.code).inserted {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.lines, AnyCodingKey(intValue: index), BudgetLineEntry.CodingKeys.code],
                { $0.lineCodeIsDeclaredTwice(line.code) })
        }
        var budget = SessionBudget(lines: lines)
        if c.contains(.lodging) {
            if let flag = try? c.decode(Bool.self, forKey: .lodging) {
                budget.lodging = flag
            } else {
                budget.lodgingRule = try c.decode(LodgingEntry.self, forKey: .lodging).rule
            }
        }
        // Per diem takes only a rule: without the key every office is paid, as before the key existed.
        budget.perDiemRule = try c.decodeIfPresent(LodgingEntry.self, forKey: .perDiem)?.rule
        self.budget = budget
    }
}

/// `lodging:` or `per_diem:` as a rule: `from_km: 60` and/or `districts: [SIMACAI]` (the units file's district codes).
private struct LodgingEntry: Decodable {
    var rule: LodgingRule

    enum CodingKeys: String, CodingKey, CaseIterable {
        case fromKm = "from_km"
        case districts
    }

    init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        if (try? single.decode([String: AnyDecodable].self)) == nil {
            if decoder.codingPath.last?.stringValue == BudgetSection.CodingKeys.perDiem.rawValue {
                throw TemplateFieldError(
                    decoder.codingPath, { $0.mustBeARuleFrom })
            }
            throw TemplateFieldError(
                decoder.codingPath, { $0.mustBeTrueFalseOr })
        }
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let fromKm = try c.decodeIfPresent(Int.self, forKey: .fromKm)
        if let fromKm, !(1...2000).contains(fromKm) {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.fromKm], { $0.mustBeBetweenAndKm(fromKm) })
        }
        let districts = try c.decodeTextList(forKey: .districts)
        if fromKm == nil && districts.isEmpty {
            throw TemplateFieldError(
                decoder.codingPath, { $0.needsFromKmOrDistricts })
        }
        rule = LodgingRule(fromKm: fromKm, districts: districts)
    }
}

/// Anything, to test whether a value is a mapping before decoding it strictly.
private struct AnyDecodable: Decodable {
    init(from decoder: any Decoder) throws {}
}

/// One budget line as written: a `rate:` code or an organiser's own `amount:`, never both.
private struct BudgetLineEntry: Decodable {
    var line: BudgetLine

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, name, category, payer, unit, quantity, rate, amount, basis, offices
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let rawQuantity = try c.decode(String.self, forKey: .quantity)
        guard let quantity = QuantityRule(text: rawQuantity) else {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.quantity],
                { $0.rawQuantityIsNotAllowedChoose(rawQuantity) })
        }
        let rate = try c.decodeIfPresent(Slug.self, forKey: .rate)
        let rawAmount = try c.decodeIfPresent(String.self, forKey: .amount)
        let price: BudgetPrice
        switch (rate, rawAmount) {
        case let (rate?, nil):
            price = .rate(rate)
        case let (nil, raw?):
            do {
                // Read as text, as in the rate files: `1.500.000` is an amount, not a YAML decimal.
                price = .amount(try MoneyAmount.parse(raw, maximum: Rate.maximumAmount))
            } catch {
                throw TemplateFieldError(
                    c.codingPath + [CodingKeys.amount], { $0.rawWithReason(raw, error.reason) })
            }
        default:
            throw TemplateFieldError(
                decoder.codingPath, { $0.giveEitherRateARate })
        }
        line = BudgetLine(
            code: try c.decode(Slug.self, forKey: .code), name: try c.decodeText(forKey: .name),
            category: try c.decode(Slug.self, forKey: .category),
            payer: try c.decodeChoice(BudgetPayer.self, forKey: .payer), unit: try c.decodeText(forKey: .unit),
            quantity: quantity, price: price, basis: try c.decodeTextIfPresent(forKey: .basis),
            offices: try c.decodeChoiceIfPresent(OfficeDistance.self, forKey: .offices))
        if line.offices != nil, line.payer != .sendingUnit {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.offices], { $0.onlyForLinesPaidBy })
        }
    }
}
