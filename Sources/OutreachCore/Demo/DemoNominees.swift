/// A nominee the demo invents for one office.
public struct DemoNominee: Sendable, Equatable {
    public var sender: UnitCode
    public var worksAt: UnitCode
    public var fullName: String
    public var role: RoleCode
    public var position: String
    public var phone: String
    public var confirmed: Bool
}

/// Invents a deterministic, realistic set of nominees: most offices full, a few short, a few unconfirmed.
public struct DemoNominees {
    private var random: SeededRandom
    private let people: DemoPeople
    private let units: UnitTree
    private var usedPhones: Set<String> = []
    private var usedNames: Set<String> = []

    public init(people: DemoPeople, units: UnitTree, seed: UInt64 = 2022) {
        self.people = people
        self.units = units
        random = SeededRandom(seed: seed)
    }

    /// Nominees for every quota, in order: the same input always gives the same people.
    public mutating func generate(for quotas: [UnitQuota]) -> [DemoNominee] {
        var result: [DemoNominee] = []
        for (index, quota) in quotas.enumerated() {
            // Every seventh office sends fewer than asked, and one in eleven sends nobody yet.
            let sendsNobody = index % 11 == 10
            let shortBy = index % 7 == 3 ? 1 + Int(random.next() % 2) : 0
            if sendsNobody { continue }
            var places = quota.slots.flatMap { slot in Array(repeating: slot, count: slot.rule.count) }
            places.removeLast(min(shortBy, max(0, places.count - 1)))
            for slot in places {
                guard let nominee = invent(for: quota.unit, slot: slot.rule) else { continue }
                result.append(nominee)
            }
        }
        return result
    }

    private mutating func invent(for sender: UnitCode, slot: SlotRule) -> DemoNominee? {
        let workplace: OrgUnit?
        switch slot.source {
        case .own:
            workplace = units[sender]
        case .subordinate:
            workplace = pick(descendants(of: sender))
        }
        guard let workplace, let role = pick(slot.roles) else { return nil }
        let female = random.next() % 100 < 62
        let minority = random.unit() < minorityShare(of: workplace)
        let pool = minority ? people.minority : people.kinh
        var name = ""
        for _ in 0..<20 {
            let family = pick(pool.family) ?? "Nguyễn"
            let middle = pick(female ? pool.middleFemale : pool.middleMale) ?? ""
            let given = pick(female ? pool.givenFemale : pool.givenMale) ?? "An"
            name = [family, middle, given].filter { !$0.isEmpty }.joined(separator: " ")
            if usedNames.insert(name).inserted { break }
        }
        return DemoNominee(
            sender: sender, worksAt: workplace.code, fullName: name, role: role,
            position: pick(positions(role, at: workplace)) ?? "Cán bộ", phone: newPhone(), confirmed: random.next() % 100 < 85)
    }

    /// The titles a person of `role` may hold at `workplace`: those of its kind, else of the nearest unit above it
    /// whose kind is listed (a school's subject group takes the school's), else of the first kind by name. Never
    /// a dictionary's order, which changes from one run to the next: the same input always gives the same people.
    public func positions(_ role: RoleCode, at workplace: OrgUnit) -> [String] {
        guard let byKind = people.positions[role.rawValue], !byKind.isEmpty else { return ["Cán bộ"] }
        let kinds = [workplace.kind] + units.ancestors(of: workplace.code).compactMap { units[$0]?.kind }
        if let listed = kinds.lazy.compactMap({ byKind[$0.rawValue] }).first { return listed }
        return byKind.keys.sorted().first.flatMap { byKind[$0] } ?? ["Cán bộ"]
    }

    private func descendants(of code: UnitCode) -> [OrgUnit] {
        var found: [OrgUnit] = []
        var queue = units.children(of: code)
        while let unit = queue.first {
            queue.removeFirst()
            found.append(unit)
            queue.append(contentsOf: units.children(of: unit.code))
        }
        return found
    }

    private func minorityShare(of unit: OrgUnit) -> Double {
        let district = unit.district ?? units.ancestors(of: unit.code).lazy.compactMap { units[$0]?.district }.first
        return district.flatMap { people.minorityShareByDistrict[$0] } ?? 0.1
    }

    private mutating func newPhone() -> String {
        while true {
            let prefix = pick(people.phonePrefixes) ?? "091"
            let rest = (0..<7).map { _ in String(random.next() % 10) }.joined()
            let phone = prefix + rest
            if usedPhones.insert(phone).inserted { return phone }
        }
    }

    private mutating func pick<T>(_ items: [T]) -> T? {
        guard !items.isEmpty else { return nil }
        return items[Int(random.next() % UInt64(items.count))]
    }
}

/// A tiny seeded generator (SplitMix64), so the demo and shuffled tests are the same on every machine.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<1.
    mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }
}
