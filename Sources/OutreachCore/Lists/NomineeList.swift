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
            // Nominees are read in place through a buffer, never copied out of the array (a copy retains each of
            // their dozen strings: most of the time of ordering 200,000 people went there). Each sort key is
            // computed once into one buffer of weights shared by the office, and sorted as (start, length, id,
            // index): no array per key, nothing to retain while the sort moves them.
            // A tidy name of known letters (nearly all) is keyed in one pass over its bytes, which also gives its
            // first sixteen weights in sixteen bytes (`prefix`): most comparisons end there, without reading the
            // buffer.
            var weights: [UInt32] = []
            var keyed: [SortEntry] = []
            var reserved: [Int] = []
            var scratch: [UInt16] = []
            keyed.reserveCapacity(sent.count)
            sent.withUnsafeBufferPointer { rows in
                weights.reserveCapacity(rows.count * 80)
                for index in rows.indices {
                    let status = rows[index].nomination.status
                    if status == .reserve { reserved.append(index) }
                    guard status.isActive else { continue }
                    let name = rows[index].person.fullName
                    var entry = SortEntry(start: weights.count, count: -1, prefix: .none, id: rows[index].person.id, index: index)
                    if !name.isEmpty {
                        if nameOrder == .givenThenFamily,
                           let prefix = VietnameseCollation.appendNameKey(name, to: &weights, scratch: &scratch) {
                            entry.prefix = prefix
                        } else {
                            PersonName(name).appendSortKey(tieBreak: nameOrder, to: &weights)
                        }
                        entry.count = weights.count - entry.start
                    }
                    keyed.append(entry)
                }
            }
            weights.withUnsafeBufferPointer { weights in
                keyed.sort { lhs, rhs in
                    if lhs.count >= 0, rhs.count >= 0 {
                        // Equal prefixes of two keys of sixteen weights or more: the rest of them decides.
                        var skip = 0
                        if lhs.prefix != .none, rhs.prefix != .none {
                            if lhs.prefix != rhs.prefix { return lhs.prefix < rhs.prefix }
                            if lhs.count >= 16, rhs.count >= 16 { skip = 16 }
                        }
                        let order = CollationKey.compare(
                            UnsafeBufferPointer(rebasing: weights[(lhs.start + skip)..<(lhs.start + lhs.count)]),
                            UnsafeBufferPointer(rebasing: weights[(rhs.start + skip)..<(rhs.start + rhs.count)]))
                        if order != 0 { return order < 0 }
                    }
                    return lhs.id < rhs.id
                }
            }
            weights = []
            reserveRows += reserved.sorted { sent[$0].nomination.id < sent[$1].nomination.id }.map { sent[$0] }
            let order = keyed.map(\.index)
            keyed = []
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
            people.withUnsafeBufferPointer { people in
                for index in people.indices {
                    let slot = people[index].nomination.slotID
                    nominated[slot, default: 0] += 1
                    if people[index].nomination.status == .confirmed { confirmed[slot, default: 0] += 1 }
                }
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
        // Each cycle's first value is moved out, the others moved one place along it, the first into the gap:
        // one move per value (a swap took three; the array's subscript copied each one, a retain of every field).
        items.withUnsafeMutableBufferPointer { items in
            guard let base = items.baseAddress else { return }
            for start in order.indices where order[start] != start {
                let first = (base + start).move()
                var position = start
                while true {
                    let next = order[position]
                    order[position] = position
                    if next == start { break }
                    (base + position).moveInitialize(from: base + next, count: 1)
                    position = next
                }
                (base + position).initialize(to: first)
            }
        }
    }

    /// An active nominee's place in the office's sort: its key's weights (`count` -1 for an empty name, which has
    /// none) and their first sixteen summarised, the person's id, its position in the office's array.
    struct SortEntry {
        var start: Int
        var count: Int
        /// The key's first weights as `VietnameseCollation.appendNameKey` summarises them; `none` when the key was
        /// made another way (compared by its weights only).
        var prefix: VietnameseCollation.KeyPrefix
        var id: Int64
        var index: Int
    }
}
