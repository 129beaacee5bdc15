/// Where a nomination goes: which office's quota and which slot of it a new nominee, a replacement or a reserve
/// takes, which reserve is next for a freed place, and whether a reserve may take it. Pure: the store fetches
/// the facts (the session's quotas, the unit tree, the organisers, the places held per slot) in the command's
/// transaction, asks these rules, and saves what they answer. Shared by `nominee add`, `replace`, `promote`,
/// the walk-in and the import.
public enum Placement {
    /// What the rules of a new nomination read besides the person: the session's quotas, the unit tree, the
    /// session's organisers (for `Authority`) and the places already held per slot. An import keeps one for the
    /// whole file, counting its rows into `active` as they go in.
    public struct Facts: Sendable {
        public let quotas: [UnitQuota]
        /// The offices the quotas invite.
        public let invited: Set<UnitCode>
        public let units: UnitTree
        public let organisers: Set<UnitCode>
        /// Places held (proposed or confirmed) per slot id.
        public var active: [Int64: Int]

        public init(quotas: [UnitQuota], units: UnitTree, organisers: Set<UnitCode>, active: [Int64: Int]) {
            self.quotas = quotas
            invited = Set(quotas.map(\.unit))
            self.units = units
            self.organisers = organisers
            self.active = active
        }
    }

    /// The place a replacement takes: the nomination it replaces and that nomination's slot.
    public struct Replaced: Sendable, Equatable {
        public var id: Int64
        public var slot: Int64

        public init(id: Int64, slot: Int64) {
            self.id = id
            self.slot = slot
        }
    }

    /// The nomination asked for.
    public struct Candidate: Sendable {
        /// The person's name, for messages.
        public var name: String
        /// Where the person works (nil: not known; the sending office named stands for it).
        public var workplace: UnitCode?
        public var role: RoleCode
        /// The sending office named (nil: found from the workplace).
        public var sender: UnitCode?
        /// A reserve (dự bị): waits in the first slot that takes the person, full or not.
        public var reserve: Bool
        /// The place of the nomination this one replaces.
        public var replacing: Replaced?
        /// The office that already holds a place (or a wait) for the same person in this session.
        public var existing: UnitCode?
        /// The office that holds a place for a twin: the same name at the same workplace, not told apart by two
        /// phones (`PersonIdentity.indistinguishable`).
        public var twin: UnitCode?

        public init(
            name: String, workplace: UnitCode?, role: RoleCode, sender: UnitCode?, reserve: Bool = false,
            replacing: Replaced? = nil, existing: UnitCode? = nil, twin: UnitCode? = nil
        ) {
            self.name = name
            self.workplace = workplace
            self.role = role
            self.sender = sender
            self.reserve = reserve
            self.replacing = replacing
            self.existing = existing
            self.twin = twin
        }
    }

    /// Where the nomination goes, and the principal's standing for it.
    public struct Answer: Sendable, Equatable {
        public var sender: UnitCode
        public var slot: QuotaSlot
        public var standing: Standing
    }

    /// The rules of a new nomination, asked in this order: a role of the session; no other place or wait of the
    /// same person, nor of a twin; a known workplace; an invited sending office (the one named, else the
    /// workplace or its nearest invited parent) that the principal may act for (`Authority`'s
    /// `changeNomination`); and a slot that takes the role and the workplace and has room. A replacement takes
    /// the slot it frees, which must take the new person's role; a reserve takes the first slot that fits, full
    /// or not.
    public static func place(
        _ candidate: Candidate, in session: Session, by principal: Principal, facts: Facts
    ) throws(OutreachError) -> Answer {
        guard session.role(candidate.role) != nil else {
            throw .unknownRole(
                role: candidate.role.rawValue, session: session.code.rawValue, known: session.roles.map(\.code.rawValue))
        }
        if let held = candidate.existing ?? candidate.twin {
            // The office that holds them is named only to a unit that may see it.
            let shown = Authority.mayView(
                principal, sender: held, workplace: nil, facts: AuthorityFacts(units: facts.units, organisers: facts.organisers))
            throw .duplicateNominee(name: candidate.name, session: session.code.rawValue, sender: shown ? held.rawValue : nil)
        }
        let tree = facts.units
        guard let worksAt = candidate.workplace ?? candidate.sender else {
            throw .invalidInput(.worksAt, value: "", reason: LocalizedText { $0.thisPersonsWorkplaceIsNot })
        }
        guard let sender = candidate.sender
            ?? QuotaRules.sender(forWorkplace: worksAt, invited: facts.invited, units: tree)
        else { throw .notInvited(unit: worksAt.rawValue, session: session.code.rawValue) }
        guard tree[sender] != nil else { throw .unknownUnit(sender.rawValue) }
        guard let quota = facts.quotas.first(where: { $0.unit == sender }) else {
            throw .notInvited(unit: sender.rawValue, session: session.code.rawValue)
        }
        let standing = try Authority.check(
            principal, .changeNomination(sender: sender, workplace: worksAt),
            facts: AuthorityFacts(units: tree, organisers: facts.organisers),
            action: LocalizedText { $0.nominateForTheQuotaOf(sender) })
        var candidates = quota
        var active = facts.active
        if let old = candidate.replacing, let oldSlot = quota.slots.first(where: { $0.id == old.slot }) {
            // A replacement takes the place the old nominee frees, so its slot must accept the new person:
            // said of that place, not of the office's whole quota (which may take the role elsewhere).
            guard oldSlot.rule.roles.contains(candidate.role) else {
                let roles = oldSlot.rule.roles.map(\.rawValue).joined(separator: ", ")
                throw .invalidInput(.role, value: candidate.role.rawValue, reason: LocalizedText { $0.theReplacementTakesThePlace(old.id, roles) })
            }
            candidates.slots = [oldSlot]
        } else if candidate.reserve {
            // A reserve waits in the first slot that accepts the person, full or not: it takes no place.
            active = [:]
        }
        let slot = try QuotaRules.slot(
            for: candidate.role, worksAt: worksAt, personName: candidate.name, in: candidates, units: tree,
            active: active)
        return Answer(sender: sender, slot: slot, standing: standing)
    }

    /// A reserve waiting for a place, as the queue lists it.
    public struct Waiting: Sendable, Equatable {
        public var id: Int64
        public var slot: Int64
        public var role: RoleCode

        public init(id: Int64, slot: Int64, role: RoleCode) {
            self.id = id
            self.slot = slot
            self.role = role
        }
    }

    /// The reserve next in line for the place `slot` (held by someone in `role`): of the office's reserves
    /// (`waiting`, in the order they were listed), the first in the same slot with the same role, else the first
    /// in that slot, else the first whose role the slot takes (`slotRoles`; nil when the slot is not known).
    public static func nextReserve(
        forSlot slot: Int64, role: RoleCode, slotRoles: [RoleCode]?, waiting: [Waiting]
    ) -> Waiting? {
        let inSlot = waiting.filter { $0.slot == slot }
        if let same = inSlot.first(where: { $0.role == role }) ?? inSlot.first { return same }
        guard let roles = slotRoles else { return nil }
        return waiting.first { roles.contains($0.role) }
    }

    /// Whether a reserve (`name`, in `role`, working at `workplace`) may take the place freed in `slot` of
    /// `quota`: a reserve of another slot must be one the freed slot takes (role and workplace), and the slot
    /// must have room once the old nominee is out (`taken`: the places it still holds).
    public static func checkPromotion(
        name: String, role: RoleCode, workplace: UnitCode?, fromSlot: Int64, into slot: QuotaSlot, of quota: UnitQuota,
        units: UnitTree, taken: Int
    ) throws(OutreachError) {
        if fromSlot != slot.id {
            var single = quota
            single.slots = [slot]
            _ = try QuotaRules.slot(
                for: role, worksAt: workplace ?? quota.unit, personName: name, in: single, units: units, active: [:])
        }
        if taken >= slot.rule.count {
            throw .quotaFull(unit: quota.unit.rawValue, roles: slot.rule.rolesLabel, count: slot.rule.count)
        }
    }
}
