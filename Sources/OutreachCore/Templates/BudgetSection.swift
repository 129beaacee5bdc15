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
                c.codingPath + [CodingKeys.lines], vi: "cần ít nhất một dòng dự toán", en: "needs at least one budget line")
        }
        var seen: Set<Slug> = []
        for (index, line) in lines.enumerated() where !seen.insert(line.code).inserted {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.lines, AnyCodingKey(intValue: index), BudgetLineEntry.CodingKeys.code],
                vi: "dòng \(line.code) khai báo hai lần", en: "line \(line.code) is declared twice")
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
                    decoder.codingPath, vi: "phải là một quy tắc {from_km: N, districts: [...]}",
                    en: "must be a rule {from_km: N, districts: [...]}")
            }
            throw TemplateFieldError(
                decoder.codingPath, vi: "phải là true, false hoặc một quy tắc {from_km: N, districts: [...]}",
                en: "must be true, false or a rule {from_km: N, districts: [...]}")
        }
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let fromKm = try c.decodeIfPresent(Int.self, forKey: .fromKm)
        if let fromKm, !(1...2000).contains(fromKm) {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.fromKm], vi: "phải từ 1 đến 2000 km, không phải \(fromKm)",
                en: "must be between 1 and 2000 km, not \(fromKm)")
        }
        let districts = try c.decodeTextList(forKey: .districts)
        if fromKm == nil && districts.isEmpty {
            throw TemplateFieldError(
                decoder.codingPath, vi: "cần from_km hoặc districts (hoặc cả hai)",
                en: "needs from_km or districts (or both)")
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
                vi: "“\(rawQuantity)” không hợp lệ; chọn participants, participant-days, half-days, days hoặc fixed N (N từ 1 đến 1000000)",
                en: "“\(rawQuantity)” is not allowed; choose participants, participant-days, half-days, days or fixed N (N from 1 to 1000000)")
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
                    c.codingPath + [CodingKeys.amount], vi: "“\(raw)” \(error.reason.vi)", en: "“\(raw)” \(error.reason.en)")
            }
        default:
            throw TemplateFieldError(
                decoder.codingPath, vi: "cần đúng một trong hai: rate (mã định mức) hoặc amount (đơn giá tự xác định)",
                en: "give either rate (a rate code) or amount (the organiser's own price), exactly one of them")
        }
        line = BudgetLine(
            code: try c.decode(Slug.self, forKey: .code), name: try c.decodeText(forKey: .name),
            category: try c.decode(Slug.self, forKey: .category),
            payer: try c.decodeChoice(BudgetPayer.self, forKey: .payer), unit: try c.decodeText(forKey: .unit),
            quantity: quantity, price: price, basis: try c.decodeTextIfPresent(forKey: .basis),
            offices: try c.decodeChoiceIfPresent(OfficeDistance.self, forKey: .offices))
        if line.offices != nil, line.payer != .sendingUnit {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.offices], vi: "chỉ dùng cho dòng do đơn vị cử người chi (payer: sending-unit)",
                en: "only for lines paid by the sending offices (payer: sending-unit)")
        }
    }
}
