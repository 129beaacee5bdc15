/// The rates in force: national tables, overridden from their dates by provincial or unit tables.
///
/// A rate is found by code and, optionally, region. An entry for that region beats one for every
/// region; among equally specific entries, the table that overrides wins over the one it overrides
/// (and, between unrelated tables, the one read later), but only on the days its entry is in force:
/// before a province's resolution takes effect, the national rate still applies.
public struct RateBook: Sendable {
    /// The tables, lowest precedence first: every table comes after the one it overrides.
    public let tables: [RateTableTemplate]

    /// Orders and checks tables already read; a problem names the file and field (the loader adds the line).
    public init(_ tables: [RateTableTemplate]) throws(OutreachError) {
        let (ordered, problems) = Self.check(tables)
        if let first = problems.first {
            throw .invalidTemplate(
                SourceLocation(file: tables[first.table].file, field: TemplateLoader.fieldName(first.path)), first.reason)
        }
        self.tables = ordered
    }

    init(ordered tables: [RateTableTemplate]) {
        self.tables = tables
    }

    /// The rate for `code` on `date`, for `region` when given; nil when none is in force.
    public func rate(_ code: Slug, on date: CalendarDate, region: Slug? = nil) -> AppliedRate? {
        var best: (rank: (Int, Int), applied: AppliedRate)?
        for (precedence, table) in tables.enumerated() {
            for rate in table.rates
            where rate.code == code && rate.isEffective(on: date) && (rate.region == nil || rate.region == region) {
                let rank = (rate.region == nil ? 0 : 1, precedence)
                if best.map({ rank >= $0.rank }) ?? true {
                    best = (rank, AppliedRate(rate: rate, table: table.code, file: table.file))
                }
            }
        }
        return best?.applied
    }

    /// Every rate in force on `date`, in the order the tables first name them.
    ///
    /// With a region, one line per code as that region gets it. Without, one line per code for every
    /// region, plus one per region-specific rate in force (`phu-cap-luu-tru` at sea, `bien-dao`).
    public func rates(on date: CalendarDate, region: Slug? = nil) -> [AppliedRate] {
        var keys: [(code: Slug, region: Slug?)] = []
        var seen: Set<String> = []
        for table in tables {
            for rate in table.rates {
                let key = (code: rate.code, region: region == nil ? rate.region : region)
                if seen.insert("\(key.code)|\(key.region?.rawValue ?? "")").inserted { keys.append(key) }
            }
        }
        return keys.compactMap { key in
            guard let applied = rate(key.code, on: date, region: key.region) else { return nil }
            // A region that falls back to the general rate would only repeat the general line.
            return region == nil && applied.rate.region != key.region ? nil : applied
        }
    }

    /// Puts each table after the one it overrides and finds what spans tables: repeated table codes,
    /// unknown or circular `overrides`, and a code priced per different units in different places.
    static func check(
        _ tables: [RateTableTemplate]
    ) -> (ordered: [RateTableTemplate], problems: [(table: Int, path: [String], reason: LocalizedText)]) {
        var problems: [(table: Int, path: [String], reason: LocalizedText)] = []
        var byCode: [Slug: Int] = [:]
        for (index, table) in tables.enumerated() {
            if let first = byCode[table.code] {
                problems.append((index, ["code"], LocalizedText { $0.tableCodeIsAlreadyDefined(table.code, tables[first].file) }))
            } else {
                byCode[table.code] = index
            }
        }
        var depths: [Int] = []
        for index in tables.indices {
            var chain = [index]
            while let target = tables[chain[chain.count - 1]].overrides {
                guard let next = byCode[target] else {
                    if chain.count == 1 {
                        let known = tables.map(\.code.rawValue).joined(separator: ", ")
                        problems.append((index, ["overrides"], LocalizedText { $0.thereIsNoTableTarget(target, known) }))
                    }
                    break
                }
                if chain.contains(next) {
                    let names = (chain + [next]).map { tables[$0].code.rawValue }.joined(separator: " → ")
                    problems.append((index, ["overrides"], LocalizedText { $0.theTablesOverrideEachOther(names) }))
                    break
                }
                chain.append(next)
            }
            depths.append(chain.count - 1)
        }
        let order = tables.indices.sorted { (depths[$0], $0) < (depths[$1], $1) }
        var units: [Slug: (unit: RateUnit, file: String)] = [:]
        for index in order {
            for (entry, rate) in tables[index].rates.enumerated() {
                guard let first = units[rate.code] else {
                    units[rate.code] = (rate.unit, tables[index].file)
                    continue
                }
                if first.unit != rate.unit {
                    problems.append((index, ["rates", "\(entry)", "unit"], LocalizedText { $0.rateCodeIsPerUnitIn(rate.code, first.unit.rawValue, first.file, rate.unit.rawValue) }))
                }
            }
        }
        return (order.map { tables[$0] }, problems)
    }
}

/// A rate as found in the book, with the table and file it comes from.
public struct AppliedRate: Hashable, Sendable {
    public var rate: Rate
    /// The code of the table that set it.
    public var table: Slug
    /// The file that table was read from.
    public var file: String
}
