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
        self.session = session
        self.organiser = organiser
        self.parentBody = parentBody
        let active = nominees.filter { $0.nomination.status.isActive }
        let bySender = Dictionary(grouping: active, by: \.nomination.sender)
        let waiting = Dictionary(grouping: nominees.filter { $0.nomination.status == .reserve }, by: \.nomination.sender)
        let ordered = quotas.sorted {
            ($0.groupIndex, units[$0.unit]?.sortOrder ?? .max, $0.unit) < ($1.groupIndex, units[$1.unit]?.sortOrder ?? .max, $1.unit)
        }
        var groups: [Group] = []
        var reserveRows: [Nominee] = []
        for quota in ordered {
            guard let unit = units[quota.unit] else { continue }
            reserveRows += (waiting[quota.unit] ?? []).sorted { $0.nomination.id < $1.nomination.id }
            let people = (bySender[quota.unit] ?? [])
                .map { (key: $0.person.fullName.isEmpty ? nil : PersonName($0.person.fullName).sortKey(tieBreak: nameOrder), nominee: $0) }
                .sorted { lhs, rhs in
                    if lhs.key != rhs.key, let l = lhs.key, let r = rhs.key { return l < r }
                    return lhs.nominee.person.id < rhs.nominee.person.id
                }
                .map(\.nominee)
            if people.isEmpty && !includeEmptyGroups { continue }
            let nominated = Dictionary(grouping: people, by: \.nomination.slotID).mapValues(\.count)
            let confirmed = Dictionary(
                grouping: people.filter { $0.nomination.status == .confirmed }, by: \.nomination.slotID
            ).mapValues(\.count)
            let figures = quota.figures(nominated: nominated, confirmed: confirmed).total
            groups.append(Group(unit: unit, blockLabel: quota.groupLabel, quota: figures, rows: people))
        }
        self.groups = groups
        self.reserves = reserveRows
    }
}
