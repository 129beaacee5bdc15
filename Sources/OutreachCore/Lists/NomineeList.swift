/// A printed list of nominees grouped by sending office: the shared shape of the sign-in sheet and the nominee list.
public struct NomineeList: Sendable {
    public var session: Session
    public var organiser: OrgUnit
    /// The body above the organiser, printed on the first header line (`UBND TỈNH LÀO CAI`).
    public var parentBody: OrgUnit?
    public var groups: [Group]
    /// The reserves (dự bị), office by office in the same order as the groups, each office's in the order listed.
    /// They take no place: never in `groups`, the quota figures or the sign-in sheet.
    public var reserves: [Nominee] = []

    /// One sending office with its people in official order and its quota figures.
    public struct Group: Sendable {
        public var unit: OrgUnit
        public var blockLabel: String
        public var quota: QuotaFigures
        public var rows: [Nominee]
    }

    /// All people in the list, in printed order.
    public var allRows: [Nominee] { groups.flatMap(\.rows) }

    /// Everyone in one alphabetical list (given name first), for a list without office headings.
    public func alphabetical(nameOrder: NameOrder = .givenThenFamily) -> [Nominee] {
        allRows
            .map { (key: PersonName($0.person.fullName).sortKey(tieBreak: nameOrder), nominee: $0) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.nominee.person.id < $1.nominee.person.id }
            .map(\.nominee)
    }

    /// The groups under their quota block (*Phòng GD&ĐT…*, *Các đơn vị trực thuộc Sở*…), in order.
    public var blocks: [(label: String, groups: [Group])] {
        var blocks: [(label: String, groups: [Group])] = []
        for group in groups {
            if blocks.last?.label == group.blockLabel {
                blocks[blocks.count - 1].groups.append(group)
            } else {
                blocks.append((group.blockLabel, [group]))
            }
        }
        return blocks
    }

    /// Builds the list: offices in quota-block order, then administrative order; people by given name,
    /// then the rest of the name (or middle name first), then by id so every export gives the same order.
    public init(
        session: Session, organiser: OrgUnit, parentBody: OrgUnit?, quotas: [UnitQuota], units: UnitTree,
        nominees: [Nominee], nameOrder: NameOrder = .givenThenFamily, includeEmptyGroups: Bool = false
    ) {
        var bySender = Dictionary(grouping: nominees, by: \.nomination.sender)
        self.init(
            session: session, organiser: organiser, parentBody: parentBody, quotas: quotas, units: units,
            nomineesBySender: &bySender, nameOrder: nameOrder, includeEmptyGroups: includeEmptyGroups)
    }

    /// The same list from the nominees already grouped by sending office, each office's in the order they were
    /// made; `nomineesBySender` is emptied office by office as the groups are made, so a list of 200,000 people
    /// is held about once (a store reading a large session fills it as it reads).
    public init(
        session: Session, organiser: OrgUnit, parentBody: OrgUnit?, quotas: [UnitQuota], units: UnitTree,
        nomineesBySender: inout [UnitCode: [Nominee]], nameOrder: NameOrder = .givenThenFamily,
        includeEmptyGroups: Bool = false
    ) {
        self.session = session
        self.organiser = organiser
        self.parentBody = parentBody
        let ordered = quotas.sorted {
            ($0.groupIndex, units[$0.unit]?.sortOrder ?? .max, $0.unit) < ($1.groupIndex, units[$1.unit]?.sortOrder ?? .max, $1.unit)
        }
        var groups: [Group] = []
        var reserveRows: [Nominee] = []
        for quota in ordered {
            guard let unit = units[quota.unit] else { continue }
            var sent = nomineesBySender.removeValue(forKey: quota.unit) ?? []
            reserveRows += sent.filter { $0.nomination.status == .reserve }.sorted { $0.nomination.id < $1.nomination.id }
            // Each sort key computed once, and alive only while its office is sorted.
            let order = sent.indices.filter { sent[$0].nomination.status.isActive }
                .map { index in
                    let name = sent[index].person.fullName
                    return (key: name.isEmpty ? nil : PersonName(name).sortKey(tieBreak: nameOrder), index: index)
                }
                .sorted { lhs, rhs in
                    if lhs.key != rhs.key, let l = lhs.key, let r = rhs.key { return l < r }
                    return sent[lhs.index].person.id < sent[rhs.index].person.id
                }
                .map(\.index)
            let people: [Nominee]
            if order.count == sent.count {
                // Everyone holds a place (the usual case): the office's own array put in order in place, by swaps.
                Self.permute(&sent, to: order)
                people = sent
            } else {
                people = order.map { sent[$0] }
            }
            if people.isEmpty && !includeEmptyGroups { continue }
            var nominated: [Int64: Int] = [:]
            var confirmed: [Int64: Int] = [:]
            for person in people {
                nominated[person.nomination.slotID, default: 0] += 1
                if person.nomination.status == .confirmed { confirmed[person.nomination.slotID, default: 0] += 1 }
            }
            let figures = quota.figures(nominated: nominated, confirmed: confirmed).total
            groups.append(Group(unit: unit, blockLabel: quota.groupLabel, quota: figures, rows: people))
        }
        self.groups = groups
        self.reserves = reserveRows
    }

    /// Reorders `items` so that position i holds what was at `order[i]` (a permutation), following its cycles
    /// with swaps: no element copied, none released.
    static func permute<T>(_ items: inout [T], to order: [Int]) {
        var order = order
        for start in order.indices where order[start] != start {
            var position = start
            while true {
                let next = order[position]
                order[position] = position
                if next == start { break }
                items.swapAt(position, next)
                position = next
            }
        }
    }
}
