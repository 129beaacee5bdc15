/// A person known to the database, with where they work.
public struct Person: Hashable, Sendable, Codable {
    public var id: Int64
    public var fullName: String
    public var unit: UnitCode?
    public var position: String?
    public var phone: String?
    public var email: String?

    public init(
        id: Int64, fullName: String, unit: UnitCode?, position: String? = nil, phone: String? = nil,
        email: String? = nil
    ) {
        self.id = id
        self.fullName = fullName
        self.unit = unit
        self.position = position
        self.phone = phone
        self.email = email
    }
}

/// Where a nomination stands. Proposed and confirmed nominations take a place in the quota;
/// a reserve (dự bị) waits, in the order listed, for a place in its slot to free up.
public enum NominationStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case proposed, confirmed, withdrawn, replaced, reserve

    /// Whether the nomination holds a place in its slot.
    public var isActive: Bool { self == .proposed || self == .confirmed }

    /// The Vietnamese or English label shown in lists.
    public func label(_ lang: Language) -> String {
        switch self {
        case .proposed: lang.text { $0.proposed }
        case .confirmed: lang.text { $0.confirmed }
        case .withdrawn: lang.text { $0.withdrawn }
        case .replaced: lang.text { $0.replaced }
        case .reserve: lang.text { $0.reserve }
        }
    }
}

/// A person put forward by an office for a place in a session's quota.
public struct Nomination: Hashable, Sendable, Codable {
    public var id: Int64
    public var session: SessionCode
    public var personID: Int64
    /// The office whose quota the place belongs to.
    public var sender: UnitCode
    public var slotID: Int64
    public var role: RoleCode
    public var status: NominationStatus
    public var replaces: Int64?
    public var note: String?

    public init(
        id: Int64, session: SessionCode, personID: Int64, sender: UnitCode, slotID: Int64, role: RoleCode,
        status: NominationStatus, replaces: Int64? = nil, note: String? = nil
    ) {
        self.id = id
        self.session = session
        self.personID = personID
        self.sender = sender
        self.slotID = slotID
        self.role = role
        self.status = status
        self.replaces = replaces
        self.note = note
    }
}

/// A nomination with its person and the names needed to print it.
public struct Nominee: Hashable, Sendable {
    public var nomination: Nomination
    public var person: Person
    /// The display name of the unit the person works at.
    public var workplace: String?

    public init(nomination: Nomination, person: Person, workplace: String?) {
        self.nomination = nomination
        self.person = person
        self.workplace = workplace
    }
}
