import Foundation
import OutreachCore

/// What every writing command carries: who acts, which command, the day rules are judged on, and a late reason.
public struct CommandContext: Sendable {
    /// The acting unit; nil for the operator of the database.
    public var actor: UnitCode?
    /// Who acts, as `Authority` sees it.
    public var principal: Principal { Principal(actor) }
    public var command: String
    public var today: CalendarDate
    /// Whether `today` was fixed by hand (`--today`) instead of read from the clock; kept in the audit log.
    public var todayIsSet: Bool
    /// Set by `--late --reason …`: allows a change after the nomination deadline and is kept in the audit log.
    public var lateReason: String?
    public var now: Date

    public init(
        actor: UnitCode? = nil, command: String, today: CalendarDate, todayIsSet: Bool = true,
        lateReason: String? = nil, now: Date = Date()
    ) {
        self.actor = actor
        self.command = command
        self.today = today
        self.todayIsSet = todayIsSet
        self.lateReason = lateReason
        self.now = now
    }
}

/// A new nominee as an office or the organiser puts them forward.
public struct NomineeRequest: Sendable {
    public var session: SessionCode
    /// The office whose quota the nominee fills; found from `worksAt` when not given.
    public var sender: UnitCode?
    /// Where the nominee works; the sender itself when not given.
    public var worksAt: UnitCode?
    /// An existing person, instead of the name and contact details.
    public var personID: Int64?
    public var fullName: String?
    public var role: RoleCode
    public var position: String?
    public var phone: String?
    public var email: String?
    public var note: String?
    /// Listed as a reserve (dự bị) for a slot instead of taking a place: never counts against the quota.
    public var reserve: Bool

    public init(
        session: SessionCode, sender: UnitCode? = nil, worksAt: UnitCode? = nil, personID: Int64? = nil,
        fullName: String? = nil, role: RoleCode, position: String? = nil, phone: String? = nil,
        email: String? = nil, note: String? = nil, reserve: Bool = false
    ) {
        self.reserve = reserve
        self.session = session
        self.sender = sender
        self.worksAt = worksAt
        self.personID = personID
        self.fullName = fullName
        self.role = role
        self.position = position
        self.phone = phone
        self.email = email
        self.note = note
    }
}

/// What importing a units file changed.
public struct UnitImportSummary: Sendable, Equatable, Codable {
    public var inserted: Int
    public var updated: Int
    public var unchanged: Int
}

/// One office's quota with how far it is filled, per slot and in total.
public struct QuotaStatus: Sendable, Equatable, Codable {
    public var unit: String
    public var unitName: String
    public var group: String
    public var slots: [Slot]
    public var required: Int
    public var nominated: Int
    public var confirmed: Int
    public var missing: Int
    public var over: Int

    /// The figures of several offices added up.
    public static func total(_ offices: [QuotaStatus]) -> QuotaFigures {
        QuotaFigures.sum(offices.map {
            QuotaFigures(
                required: $0.required, nominated: $0.nominated, confirmed: $0.confirmed, missing: $0.missing,
                over: $0.over)
        })
    }

    /// One slot: its roles and figures.
    public struct Slot: Sendable, Equatable, Codable {
        public var roles: [String]
        public var source: String
        public var required: Int
        public var nominated: Int
        public var confirmed: Int
        public var missing: Int
        public var over: Int
    }
}

/// The result of changing a slot's count: the people left beyond it when it was forced below them.
public struct QuotaChange: Sendable, Equatable {
    public var unit: UnitCode
    public var roles: String
    public var from: Int
    public var to: Int
    public var beyond: [String]
}

/// The quota report (`session quota --json`, `GET /api/v1/sessions/{code}/quota`), which the CLI also reads
/// back from a server.
public struct QuotaReportJSON: Codable, Sendable {
    public var session: String
    public var offices: [QuotaStatus]

    public init(session: String, offices: [QuotaStatus]) {
        self.session = session
        self.offices = offices
    }
}

/// Another nominee of a session with the same phone as one just added: by number, and by name only when the
/// principal may see the office that sent them (another office's nominee is its own business).
public struct PhoneSharer: Sendable, Equatable {
    public var number: Int64
    public var name: String?

    public init(number: Int64, name: String?) {
        self.number = number
        self.name = name
    }

    /// "#12 Hoàng Thị Mới", or "#12" for a nominee of an office the principal may not see.
    public var shown: String { name.map { "#\(number) \($0)" } ?? "#\(number)" }
}

/// A person of the same name as one just added or found, kept apart (another phone, birth year or workplace).
public struct KnownNamesake: Sendable, Equatable {
    public var id: Int64
    public var fullName: String
    public var workplace: String?
    public var phone: String?

    public init(id: Int64, fullName: String, workplace: String?, phone: String?) {
        self.id = id
        self.fullName = fullName
        self.workplace = workplace
        self.phone = phone
    }

    /// The warning every front end gives when a person is added beside a namesake (as an import's row does).
    public var warning: LocalizedText {
        guard workplace != nil || phone != nil else {
            return LocalizedText { $0.sameNameAsSomeoneIn }
        }
        let phone = phone.map { ", " + PhoneNumber.display($0) } ?? ""
        let place = workplace ?? "?"
        return LocalizedText { $0.sameNameAsPersonIdPlace(id, place, phone) }
    }
}
