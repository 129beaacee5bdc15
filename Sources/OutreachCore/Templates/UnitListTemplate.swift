/// A units file (`Templates/units/*.yaml`): a titled list of units with default validity dates, and the
/// distance of each district from the province's centre that its units inherit.
public struct UnitListTemplate: Sendable, Decodable {
    public var name: String
    public var units: [OrgUnit]
    /// The district-level units in their official order (by statistical code), when the file lists them.
    public var districts: [District]

    /// A district-level unit as the national list of administrative units numbers it.
    public struct District: Sendable, Equatable, Decodable {
        /// The key units give as `district`.
        public var code: String
        /// The statistical code (mã đơn vị hành chính), three digits: the official order.
        public var statCode: String
        public var name: String

        enum CodingKeys: String, CodingKey, CaseIterable {
            case code, name
            case statCode = "stat_code"
        }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            code = try c.decodeText(forKey: .code)
            name = try c.decodeText(forKey: .name)
            statCode = try c.decodeText(forKey: .statCode)
            guard statCode.count == 3, statCode.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw TemplateFieldError(c.codingPath + [CodingKeys.statCode],
                    { $0.theStatisticalCodeMustBe(statCode) })
            }
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, units, districts
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
                    { $0.mustBeBetweenAndMaximumDistance(UnitEntry.maximumDistance, km) })
            }
        }
        districts = try c.decodeIfPresent([District].self, forKey: .districts) ?? []
        var list = try c.nestedUnkeyedContainer(forKey: .units)
        var units: [OrgUnit] = []
        while !list.isAtEnd {
            let entry = try list.decode(UnitEntry.self)
            var unit = entry.unit
            unit.validFrom = unit.validFrom ?? validFrom
            unit.validTo = unit.validTo ?? validTo
            unit.distanceKm = unit.distanceKm ?? unit.district.flatMap { distances[$0] }
            units.append(unit)
        }
        self.units = Self.inAdministrativeOrder(units, districts: districts)
    }

    /// The units in file order (so problems name the right entry), each numbered (`sortOrder`) in the order lists print them: units of one kind under parents of one kind (the
    /// district offices, the schools under them) follow the official order of their districts (`districts`,
    /// by statistical code), then the file's order; those groups, and everything else, keep the file's order.
    static func inAdministrativeOrder(_ units: [OrgUnit], districts: [District]) -> [OrgUnit] {
        let rank = Dictionary(
            districts.sorted { $0.statCode < $1.statCode }.enumerated().map { ($1.code, $0) },
            uniquingKeysWith: { first, _ in first })
        let kinds = Dictionary(units.map { ($0.code, $0.kind) }, uniquingKeysWith: { first, _ in first })
        var groupStart: [String: Int] = [:]
        let keyed = units.enumerated().map { index, unit -> (group: Int, district: Int, index: Int, unit: OrgUnit) in
            let group = "\(unit.kind.rawValue)/\(unit.parent.flatMap { kinds[$0]?.rawValue } ?? "")"
            let start = groupStart[group] ?? index
            groupStart[group] = start
            return (start, unit.district.flatMap { rank[$0] } ?? -1, index, unit)
        }
        var ordered = units
        // The key itself, so a unit added at the end of a group renumbers no other unit (a re-import then
        // updates only what changed); compact ranks for a file too large to encode.
        if units.count < 100_000, districts.count < 999 {
            for entry in keyed {
                ordered[entry.index].sortOrder = (entry.group * 1000 + entry.district + 1) * 100_000 + entry.index
            }
        } else {
            let sorted = keyed.sorted { ($0.group, $0.district, $0.index) < ($1.group, $1.district, $1.index) }
            for (order, entry) in sorted.enumerated() { ordered[entry.index].sortOrder = order }
        }
        return ordered
    }

    /// Checks what decoding cannot: unique codes, known parents, no cycles, sensible validity.
    /// Returns the coding path and reason of the first problem, for the loader to locate.
    func problems() -> [(path: [String], reason: LocalizedText)] {
        var problems: [(path: [String], reason: LocalizedText)] = []
        var seen: [UnitCode: Int] = [:]
        let listed = Set(districts.map(\.code))
        if !districts.isEmpty {
            for (index, unit) in units.enumerated() {
                if let district = unit.district, !listed.contains(district) {
                    problems.append((["units", "\(index)", "district"], LocalizedText { $0.districtIsNotIn(district) }))
                }
            }
        }
        for (index, unit) in units.enumerated() {
            if let first = seen[unit.code] {
                problems.append((["units", "\(index)", "code"], LocalizedText { $0.codeUnitCodeRepeatsUnitNumber(unit.code, first + 1) }))
            }
            seen[unit.code] = seen[unit.code] ?? index
            if let from = unit.validFrom, let to = unit.validTo, to < from {
                problems.append((["units", "\(index)", "valid_to"], LocalizedText { $0.validToIsoIsBefore(to.iso, from.iso) }))
            }
        }
        for (index, unit) in units.enumerated() {
            guard let parent = unit.parent else { continue }
            if seen[parent] == nil {
                problems.append((["units", "\(index)", "parent"], LocalizedText { $0.parentIsNotIn(parent) }))
            }
        }
        let tree = UnitTree(units)
        for (index, unit) in units.enumerated() where tree.hasCycle(from: unit.code) {
            problems.append((["units", "\(index)", "parent"], LocalizedText { $0.theParentsOfUnitCodeForm(unit.code) }))
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
        case parentHeaderName = "parent_header_name"
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
            staff: try c.decodeIfPresent(Int.self, forKey: .staff),
            parentHeaderName: try c.decodeTextIfPresent(forKey: .parentHeaderName))
        if let staff = unit.staff, !(0...Self.maximumStaff).contains(staff) {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.staff], { $0.theNumberOfPeopleMust(Self.maximumStaff, staff) })
        }
        if let km = unit.distanceKm, !(0...Self.maximumDistance).contains(km) {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.distanceKm], { $0.mustBeBetweenAndMaximumDistance(Self.maximumDistance, km) })
        }
    }
}
