/// The rules that decide which slot a nominee takes, so no office is ever over-filled.
public enum QuotaRules {
    /// The most places one quota holds (a slot of a session, a follow-up's places per unit): far above any real
    /// session, low enough that a phone number typed as a count is refused.
    public static let mostPlaces = 10_000

    /// Whether `count` can be the size of a quota: 1 to `mostPlaces`, or also 0 where a quota may be emptied
    /// (an organiser setting an office's quota to nothing).
    public static func isQuotaSize(_ count: Int, emptyAllowed: Bool = false) -> Bool {
        ((emptyAllowed ? 0 : 1)...mostPlaces).contains(count)
    }

    /// The office whose quota a person working at `worksAt` counts for: that unit, or its nearest invited parent.
    public static func sender(
        forWorkplace worksAt: UnitCode, invited: Set<UnitCode>, units: UnitTree
    ) -> UnitCode? {
        if invited.contains(worksAt) { return worksAt }
        return units.ancestors(of: worksAt).first { invited.contains($0) }
    }

    /// The slot a new nominee in `role`, working at `worksAt`, takes in `quota`; throws when none fits or all are full.
    /// `active` counts the places already held in each slot (by slot id).
    public static func slot(
        for role: RoleCode, worksAt: UnitCode, personName: String, in quota: UnitQuota, units: UnitTree,
        active: [Int64: Int]
    ) throws(OutreachError) -> QuotaSlot {
        // The first slot that takes the role, fits the workplace and has room: what the checks below end with
        // when nothing is wrong, found without building their lists (an import asks once per row).
        for slot in quota.slots where slot.rule.roles.contains(role) && active[slot.id, default: 0] < slot.rule.count
            && fits(worksAt: worksAt, sender: quota.unit, source: slot.rule.source, units: units) {
            return slot
        }
        let byRole = quota.slots.filter { $0.rule.roles.contains(role) }
        guard !byRole.isEmpty else {
            let allowed = Array(Set(quota.slots.flatMap(\.rule.roles))).sorted().map(\.rawValue)
            throw .roleNotAllowed(unit: quota.unit.rawValue, role: role.rawValue, allowed: allowed)
        }
        let fitting = byRole.filter { fits(worksAt: worksAt, sender: quota.unit, source: $0.rule.source, units: units) }
        guard !fitting.isEmpty else {
            let source = byRole[0].rule.source
            throw .notFromSender(
                person: personName, worksAt: worksAt.rawValue, sender: quota.unit.rawValue, source: source.label)
        }
        if let free = fitting.first(where: { active[$0.id, default: 0] < $0.rule.count }) {
            return free
        }
        let roles = Array(Set(fitting.flatMap(\.rule.roles))).sorted().map(\.rawValue).joined(separator: "/")
        throw .quotaFull(unit: quota.unit.rawValue, roles: roles, count: fitting.reduce(0) { $0 + $1.rule.count })
    }

    static func fits(worksAt: UnitCode, sender: UnitCode, source: SlotSource, units: UnitTree) -> Bool {
        switch source {
        case .own: worksAt == sender
        case .subordinate: units.isSubordinate(worksAt, of: sender)
        }
    }
}
