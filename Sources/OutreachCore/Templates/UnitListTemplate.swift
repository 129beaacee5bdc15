/// A units file (`Templates/units/*.yaml`): a titled list of units with default validity dates.
public struct UnitListTemplate: Sendable, Decodable {
    public var name: String
    public var units: [OrgUnit]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, units
        case validFrom = "valid_from"
        case validTo = "valid_to"
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeText(forKey: .name)
        let validFrom = try c.decodeDateIfPresent(forKey: .validFrom)
        let validTo = try c.decodeDateIfPresent(forKey: .validTo)
        var list = try c.nestedUnkeyedContainer(forKey: .units)
        var units: [OrgUnit] = []
        while !list.isAtEnd {
            let entry = try list.decode(UnitEntry.self)
            var unit = entry.unit
            unit.sortOrder = units.count
            unit.validFrom = unit.validFrom ?? validFrom
            unit.validTo = unit.validTo ?? validTo
            units.append(unit)
        }
        self.units = units
    }

    /// Checks what decoding cannot: unique codes, known parents, no cycles, sensible validity.
    /// Returns the coding path and reason of the first problem, for the loader to locate.
    func problems() -> [(path: [String], reason: LocalizedText)] {
        var problems: [(path: [String], reason: LocalizedText)] = []
        var seen: [UnitCode: Int] = [:]
        for (index, unit) in units.enumerated() {
            if let first = seen[unit.code] {
                problems.append((["units", "\(index)", "code"], LocalizedText(
                    vi: "mã \(unit.code) trùng với đơn vị thứ \(first + 1)",
                    en: "code \(unit.code) repeats unit number \(first + 1)")))
            }
            seen[unit.code] = seen[unit.code] ?? index
            if let from = unit.validFrom, let to = unit.validTo, to < from {
                problems.append((["units", "\(index)", "valid_to"], LocalizedText(
                    vi: "ngày hết hiệu lực \(to.iso) trước ngày bắt đầu \(from.iso)",
                    en: "valid_to \(to.iso) is before valid_from \(from.iso)")))
            }
        }
        for (index, unit) in units.enumerated() {
            guard let parent = unit.parent else { continue }
            if seen[parent] == nil {
                problems.append((["units", "\(index)", "parent"], LocalizedText(
                    vi: "đơn vị cấp trên \(parent) không có trong tệp",
                    en: "parent \(parent) is not in the file")))
            }
        }
        let tree = UnitTree(units)
        for (index, unit) in units.enumerated() where tree.hasCycle(from: unit.code) {
            problems.append((["units", "\(index)", "parent"], LocalizedText(
                vi: "quan hệ cấp trên của \(unit.code) tạo thành vòng lặp",
                en: "the parents of \(unit.code) form a cycle")))
            break
        }
        return problems
    }
}

/// One unit as written in a units file.
private struct UnitEntry: Decodable {
    var unit: OrgUnit

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, name, kind, parent, district, address, phone, email
        case shortName = "short_name"
        case headerName = "header_name"
        case validFrom = "valid_from"
        case validTo = "valid_to"
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        unit = OrgUnit(
            code: try c.decode(UnitCode.self, forKey: .code),
            name: try c.decodeText(forKey: .name),
            shortName: try c.decodeTextIfPresent(forKey: .shortName),
            headerName: try c.decodeTextIfPresent(forKey: .headerName),
            kind: try c.decode(UnitKind.self, forKey: .kind),
            parent: try c.decodeIfPresent(UnitCode.self, forKey: .parent),
            district: try c.decodeTextIfPresent(forKey: .district),
            address: try c.decodeTextIfPresent(forKey: .address),
            phone: try c.decodeTextIfPresent(forKey: .phone),
            email: try c.decodeTextIfPresent(forKey: .email),
            validFrom: try c.decodeDateIfPresent(forKey: .validFrom),
            validTo: try c.decodeDateIfPresent(forKey: .validTo))
    }
}
