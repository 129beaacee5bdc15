/// The parent links of a set of units, for questions such as "is this school under that office?".
public struct UnitTree: Sendable {
    public let units: [UnitCode: OrgUnit]

    public init(_ units: [OrgUnit]) {
        var byCode: [UnitCode: OrgUnit] = [:]
        for unit in units where byCode[unit.code] == nil { byCode[unit.code] = unit }
        self.units = byCode
    }

    /// The unit with this code, if known.
    public subscript(code: UnitCode) -> OrgUnit? { units[code] }

    /// The parent chain of a unit, nearest first, stopping at a cycle or an unknown parent.
    public func ancestors(of code: UnitCode) -> [UnitCode] {
        var chain: [UnitCode] = []
        var seen: Set<UnitCode> = [code]
        var current = units[code]?.parent
        while let parent = current, !seen.contains(parent) {
            chain.append(parent)
            seen.insert(parent)
            current = units[parent]?.parent
        }
        return chain
    }

    /// Whether `code` sits under `ancestor` at any depth (a unit is not under itself).
    public func isSubordinate(_ code: UnitCode, of ancestor: UnitCode) -> Bool {
        // The parents walked without building the chain (an import asks once per row); a cycle in broken
        // data ends the walk after as many steps as there are units, as `ancestors` ends it at a repeat.
        var current = units[code]?.parent
        var steps = 0
        while let parent = current, parent != code, steps <= units.count {
            if parent == ancestor { return true }
            current = units[parent]?.parent
            steps += 1
        }
        return false
    }

    /// Whether following the parents of `code` comes back to a unit already visited.
    public func hasCycle(from code: UnitCode) -> Bool {
        var seen: Set<UnitCode> = [code]
        var current = units[code]?.parent
        while let parent = current {
            if seen.contains(parent) { return true }
            seen.insert(parent)
            current = units[parent]?.parent
        }
        return false
    }

    /// The units directly under a unit, in file order.
    public func children(of code: UnitCode) -> [OrgUnit] {
        units.values.filter { $0.parent == code }.sorted { $0.sortOrder < $1.sortOrder }
    }

    /// The place a unit writes in its date line: its district's ("Bát Xát"); nil when it has none.
    public func placeName(of unit: OrgUnit) -> String? {
        unit.district.flatMap { placeName(ofDistrict: $0) }
    }

    /// The place a unit of `district` writes in its date line ("Bát Xát, ngày …"): the district People's
    /// Committee's name without "UBND" and the word for its rank; nil when the district has none.
    public func placeName(ofDistrict district: String) -> String? {
        let committee = units.values
            .filter { $0.kind.rawValue == "ubnd-huyen" && $0.district == district }
            .min { ($0.sortOrder, $0.code) < ($1.sortOrder, $1.code) }
        guard let committee else { return nil }
        var name = committee.displayName
        for prefix in ["UBND ", "Ủy ban nhân dân ", "huyện ", "thị xã ", "thành phố "] where name.hasPrefix(prefix) {
            name.removeFirst(prefix.count)
        }
        return name.isEmpty ? nil : name
    }
}
