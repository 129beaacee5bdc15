/// Where the person filling a slot works, relative to the office that sends them.
public enum SlotSource: String, Hashable, Sendable, Codable, CaseIterable {
    /// At the sending office itself.
    case own
    /// At a unit under the sending office, at any depth (a district office's schools).
    case subordinate

    var label: LocalizedText {
        switch self {
        case .own: LocalizedText(vi: "cán bộ của chính đơn vị", en: "staff of the office itself")
        case .subordinate: LocalizedText(vi: "cán bộ của đơn vị trực thuộc", en: "staff of a subordinate unit")
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
