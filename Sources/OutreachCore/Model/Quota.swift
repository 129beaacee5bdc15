/// Where the person filling a slot works, relative to the office that sends them.
public enum SlotSource: String, Hashable, Sendable, Codable, CaseIterable {
    /// At the sending office itself.
    case own
    /// At a unit under the sending office, at any depth (a district office's schools).
    case subordinate

    public var label: LocalizedText {
        switch self {
        case .own: LocalizedText { $0.staffOfTheOfficeItself }
        case .subordinate: LocalizedText { $0.staffOfASubordinateUnit }
        }
    }
}

/// A group of places in a quota: `count` people, each in one of `roles` (alternatives: "a manager or a teacher").
public struct SlotRule: Hashable, Sendable, Codable {
    public var roles: [RoleCode]
    public var count: Int
    public var source: SlotSource

    public init(roles: [RoleCode], count: Int, source: SlotSource = .own) {
        self.roles = roles
        self.count = count
        self.source = source
    }

    /// The role codes joined for messages and listings (`cbql/giao-vien`).
    public var rolesLabel: String { roles.map(\.rawValue).joined(separator: "/") }
}

/// One office's quota in one session: its slots, fixed when the session is created.
public struct UnitQuota: Hashable, Sendable {
    public var unit: UnitCode
    /// The quota block it came from (its heading in reports) and that block's position.
    public var groupLabel: String
    public var groupIndex: Int
    public var slots: [QuotaSlot]

    public init(unit: UnitCode, groupLabel: String, groupIndex: Int, slots: [QuotaSlot]) {
        self.unit = unit
        self.groupLabel = groupLabel
        self.groupIndex = groupIndex
        self.slots = slots
    }

    /// The number of people the office must send.
    public var required: Int { slots.reduce(0) { $0 + $1.rule.count } }
}

/// One slot of an office's quota, with its stored identity.
public struct QuotaSlot: Hashable, Sendable {
    public var id: Int64
    public var index: Int
    public var rule: SlotRule

    public init(id: Int64, index: Int, rule: SlotRule) {
        self.id = id
        self.index = index
        self.rule = rule
    }
}

/// How far a quota (or one slot of it) is filled. Counted per slot, so a full slot never hides an empty one.
public struct QuotaFigures: Sendable, Equatable, Codable {
    public var required: Int
    public var nominated: Int
    public var confirmed: Int
    /// Places no nomination fills yet.
    public var missing: Int
    /// Nominations beyond the places (only after a quota was lowered with --force).
    public var over: Int

    public init(required: Int, nominated: Int, confirmed: Int, missing: Int, over: Int) {
        self.required = required
        self.nominated = nominated
        self.confirmed = confirmed
        self.missing = missing
        self.over = over
    }

    /// The figures of one slot holding `nominated` active nominations, `confirmed` of them confirmed.
    public init(slot: SlotRule, nominated: Int, confirmed: Int) {
        self.init(
            required: slot.count, nominated: nominated, confirmed: confirmed,
            missing: max(0, slot.count - nominated), over: max(0, nominated - slot.count))
    }

    /// The sum of several slots' figures.
    public static func sum(_ parts: [QuotaFigures]) -> QuotaFigures {
        parts.reduce(QuotaFigures(required: 0, nominated: 0, confirmed: 0, missing: 0, over: 0)) {
            QuotaFigures(
                required: $0.required + $1.required, nominated: $0.nominated + $1.nominated,
                confirmed: $0.confirmed + $1.confirmed, missing: $0.missing + $1.missing, over: $0.over + $1.over)
        }
    }
}

extension UnitQuota {
    /// The figures of each slot and of the whole quota, from the active nominations of each slot.
    public func figures(nominated: [Int64: Int], confirmed: [Int64: Int]) -> (total: QuotaFigures, slots: [QuotaFigures]) {
        let slots = self.slots.map {
            QuotaFigures(slot: $0.rule, nominated: nominated[$0.id, default: 0], confirmed: confirmed[$0.id, default: 0])
        }
        return (QuotaFigures.sum(slots), slots)
    }
}
