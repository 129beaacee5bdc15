/// A units file (`Templates/units/*.yaml`): a titled list of units with default validity dates, and the
/// distance of each district from the province's centre that its units inherit.
public struct UnitListTemplate: Sendable, Decodable {
    public var name: String
    public var units: [OrgUnit]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, units
        case districtDistances = "district_distances_km"
        case validFrom = "valid_from"
        case validTo = "valid_to"
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeText(forKey: .name)
        let validFrom = try c.decodeDateIfPresent(forKey: .validFrom)
        let validTo = try c.decodeDateIfPresent(forKey: .validTo)
        let distances = try c.decodeIfPresent([String: Int].self, forKey: .districtDistances) ?? [:]
        for (district, km) in distances.sorted(by: { $0.key < $1.key }) {
            guard (0...UnitEntry.maximumDistance).contains(km) else {
                throw TemplateFieldError(
                    c.codingPath + [CodingKeys.districtDistances, AnyCodingKey(stringValue: district)],
                    vi: "phải từ 0 đến \(UnitEntry.maximumDistance) km, không phải \(km)",
                    en: "must be between 0 and \(UnitEntry.maximumDistance) km, not \(km)")
            }
        }
        var list = try c.nestedUnkeyedContainer(forKey: .units)
        var units: [OrgUnit] = []
        while !list.isAtEnd {
            let entry = try list.decode(UnitEntry.self)
            var unit = entry.unit
            unit.sortOrder = units.count
            unit.validFrom = unit.validFrom ?? validFrom
            unit.validTo = unit.validTo ?? validTo
            unit.distanceKm = unit.distanceKm ?? unit.district.flatMap { distances[$0] }
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

    /// Farther than any road inside Vietnam: a larger figure is a typing mistake.
    static let maximumDistance = 2000
    /// More people than any single office or school employs: a larger figure is a typing mistake.
    static let maximumStaff = 100_000

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, name, kind, parent, district, address, phone, email, staff
        case distanceKm = "distance_km"
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
            distanceKm: try c.decodeIfPresent(Int.self, forKey: .distanceKm),
            address: try c.decodeTextIfPresent(forKey: .address),
            phone: try c.decodeTextIfPresent(forKey: .phone),
            email: try c.decodeTextIfPresent(forKey: .email),
            validFrom: try c.decodeDateIfPresent(forKey: .validFrom),
            validTo: try c.decodeDateIfPresent(forKey: .validTo),
            staff: try c.decodeIfPresent(Int.self, forKey: .staff))
        if let staff = unit.staff, !(0...Self.maximumStaff).contains(staff) {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.staff], vi: "số người phải từ 0 đến \(Self.maximumStaff), không phải \(staff)",
                en: "the number of people must be between 0 and \(Self.maximumStaff), not \(staff)")
        }
        if let km = unit.distanceKm, !(0...Self.maximumDistance).contains(km) {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.distanceKm], vi: "phải từ 0 đến \(Self.maximumDistance) km, không phải \(km)",
                en: "must be between 0 and \(Self.maximumDistance) km, not \(km)")
        }
    }
}
