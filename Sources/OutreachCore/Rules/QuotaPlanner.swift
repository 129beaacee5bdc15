/// One office's quota as planned from a session template, before it is stored.
public struct PlannedQuota: Hashable, Sendable {
    public var unit: UnitCode
    public var groupLabel: String
    public var groupIndex: Int
    public var slots: [SlotRule]
}

/// Expands a template's quota blocks into one quota per invited office, fixed when the session is created
/// (offices opened or closed later do not change who was invited).
public enum QuotaPlanner {
    /// The quotas of every invited office, in block order, then in the units' administrative order.
    public static func plan(_ template: SessionTemplate, units: UnitTree) -> (
        quotas: [PlannedQuota], problems: [(path: [String], reason: LocalizedText)]
    ) {
        var problems: [(path: [String], reason: LocalizedText)] = []
        let session = template.session
        for (key, code) in [("organiser", session.organiser), ("managed_by", session.managedBy),
                            ("funded_by", session.fundedBy)] {
            if let code, units[code] == nil {
                problems.append(([key], LocalizedText { $0.unitCodeIsNotAmong(code) }))
            }
        }
        var quotas: [PlannedQuota] = []
        var invitedBy: [UnitCode: Int] = [:]
        for (blockIndex, block) in template.quotas.enumerated() {
            for (index, code) in (block.units ?? []).enumerated() where units[code] == nil {
                problems.append((["quotas", "\(blockIndex)", "units", "\(index)"], LocalizedText { $0.noUnitCode(code) }))
            }
            for (index, code) in block.except.enumerated() where units[code] == nil {
                problems.append((["quotas", "\(blockIndex)", "except", "\(index)"], LocalizedText { $0.noUnitCode(code) }))
            }
            let members: [OrgUnit]
            if let listed = block.units {
                members = listed.compactMap { units[$0] }
            } else {
                members = units.units.values
                    .filter { $0.kind == block.kind && $0.isValid(on: session.starts) }
                    .sorted { $0.sortOrder < $1.sortOrder }
            }
            let invited = members.filter { !block.except.contains($0.code) }
            if invited.isEmpty {
                problems.append((["quotas", "\(blockIndex)"], LocalizedText { $0.blockLabelInvitesNoUnit(block.label) }))
            }
            for unit in invited {
                if let other = invitedBy[unit.code] {
                    problems.append((["quotas", "\(blockIndex)"], LocalizedText { $0.unitCodeAlreadyHasAQuota(unit.code, other + 1) }))
                    continue
                }
                invitedBy[unit.code] = blockIndex
                quotas.append(PlannedQuota(
                    unit: unit.code, groupLabel: block.label, groupIndex: blockIndex, slots: block.slots))
            }
        }
        return (quotas, problems)
    }
}
