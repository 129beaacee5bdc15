import Foundation
import GRDB
import OutreachCore

/// A stored unit.
struct UnitRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "unit"
    var code: String
    var name: String
    var shortName: String?
    var headerName: String?
    var kind: String
    var parentCode: String?
    var district: String?
    var address: String?
    var phone: String?
    var email: String?
    var validFrom: String?
    var validTo: String?
    var sortOrder: Int
    var source: String?
    var distanceKm: Int?
    var staff: Int?
    var parentHeaderName: String?

    init(_ unit: OrgUnit, source: String?) {
        parentHeaderName = unit.parentHeaderName
        code = unit.code.rawValue
        name = unit.name
        shortName = unit.shortName
        headerName = unit.headerName
        kind = unit.kind.rawValue
        parentCode = unit.parent?.rawValue
        district = unit.district
        distanceKm = unit.distanceKm
        staff = unit.staff
        address = unit.address
        phone = unit.phone
        email = unit.email
        validFrom = unit.validFrom?.iso
        validTo = unit.validTo?.iso
        sortOrder = unit.sortOrder
        self.source = source
    }

    /// The domain value; stored rows were validated on the way in, so a bad row means a damaged database.
    func unit() throws -> OrgUnit {
        guard let code = UnitCode(rawValue: code), let kind = UnitKind(rawValue: kind) else {
            throw StoreCorruption(what: "unit \(self.code)")
        }
        return OrgUnit(
            code: code, name: name, shortName: shortName, headerName: headerName, kind: kind,
            parent: parentCode.flatMap(UnitCode.init(rawValue:)), district: district, distanceKm: distanceKm,
            address: address,
            phone: phone, email: email, validFrom: try validFrom.map { try CalendarDate(iso: $0) },
            validTo: try validTo.map { try CalendarDate(iso: $0) }, sortOrder: sortOrder, staff: staff,
            parentHeaderName: parentHeaderName)
    }
}

/// A stored person.
struct PersonRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "person"
    var id: Int64?
    var fullName: String
    var matchKey: String
    var unitCode: String?
    var position: String?
    var phone: String?
    var email: String?
    var createdAt: Date
    /// Known from imports only; nil for people added with `nominee add`.
    var birthYear: Int? = nil
    /// "Nam" or "Nữ", from imports only.
    var gender: String? = nil

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func person() -> Person {
        Person(
            id: id ?? 0, fullName: fullName, unit: unitCode.flatMap(UnitCode.init(rawValue:)), position: position,
            phone: phone, email: email)
    }
}

/// A stored session: searchable columns plus the whole facts as JSON.
struct SessionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "session"
    var code: String
    var title: String
    var organiserCode: String
    var startDate: String
    var nominationDeadline: String?
    var status: String
    var parentCode: String?
    var facts: Session
    var createdAt: Date

    init(_ session: Session, createdAt: Date) {
        code = session.code.rawValue
        title = session.title
        organiserCode = session.organiser.rawValue
        startDate = session.starts.iso
        nominationDeadline = session.nominationDeadline?.iso
        status = session.status.rawValue
        parentCode = session.parent?.rawValue
        facts = session
        self.createdAt = createdAt
    }

    func session() -> Session {
        var session = facts
        session.status = SessionStatus(rawValue: status) ?? session.status
        return session
    }
}

/// A stored quota slot of one office in one session.
struct QuotaSlotRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "quotaSlot"
    var id: Int64?
    var sessionCode: String
    var unitCode: String
    var groupIndex: Int
    var groupLabel: String
    var slotIndex: Int
    var roles: String
    var count: Int
    var source: String

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var rule: SlotRule {
        SlotRule(
            roles: roles.split(separator: ",").compactMap { RoleCode(rawValue: String($0)) }, count: count,
            source: SlotSource(rawValue: source) ?? .own)
    }
}

/// A stored nomination.
struct NominationRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "nomination"
    var id: Int64?
    var sessionCode: String
    var personId: Int64
    var senderCode: String
    var slotId: Int64
    var role: String
    var status: String
    var replacesId: Int64?
    var note: String?
    var createdAt: Date
    var updatedAt: Date
    var nominatedOn: String?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func nomination() throws -> Nomination {
        guard let session = SessionCode(rawValue: sessionCode), let sender = UnitCode(rawValue: senderCode),
              let role = RoleCode(rawValue: role), let status = NominationStatus(rawValue: status)
        else { throw StoreCorruption(what: "nomination \(id ?? 0)") }
        return Nomination(
            id: id ?? 0, session: session, personID: personId, sender: sender, slotID: slotId, role: role,
            status: status, replaces: replacesId, note: note)
    }
}

/// One line of the audit log: who did what to which entity, before and after.
struct AuditRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "audit"
    var id: Int64?
    var at: Date
    var actor: String?
    var command: String
    var today: String
    var todaySet: Bool
    var entity: String
    var entityKey: String
    var before: String?
    var after: String?
    var reason: String?
}

/// A stored value that no longer decodes: the database was damaged or edited by hand.
struct StoreCorruption: Error, CustomStringConvertible {
    var what: String
    var description: String { "damaged record: \(what)" }
}

extension NominationStatus {
    /// The stored values of the statuses that hold a place, for queries.
    static let activeRawValues = allCases.filter(\.isActive).map(\.rawValue)
    /// The same as an SQL list, `('proposed', 'confirmed')`.
    static let activeSQL = "(" + activeRawValues.map { "'\($0)'" }.joined(separator: ", ") + ")"
}

/// One recorded attendance of a nominee at one part of a session.
struct AttendanceRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "attendance"
    var id: Int64?
    var sessionCode: String
    var nominationId: Int64
    var part: String
    var status: String
    var note: String?
    var recordedAt: Date
    /// The day the mark was recorded, as the rules saw it (ISO); nil for a mark from before this was kept.
    var recordedOn: String?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func mark() -> AttendanceMark? {
        guard let part = SessionPart(code: part), let status = AttendanceStatus(rawValue: status) else { return nil }
        return AttendanceMark(nominationID: nominationId, part: part, status: status, note: note)
    }
}
