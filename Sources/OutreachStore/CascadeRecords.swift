import Foundation
import GRDB
import OutreachCore

/// A stored duty.
struct DutyRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "duty"
    var id: Int64?
    var kind: String
    var scope: String
    var sessionCode: String?
    var unitCode: String
    var owedTo: String
    var dueDate: String
    var closesOn: String
    var audience: String
    var audienceUnits: Int
    var audiencePeople: Int
    var note: String?
    var childSessionCode: String?
    var acceptedOn: String?
    var acceptedBy: String?
    var createdOn: String
    var createdAt: Date
    /// `staff` or `known-people`; nil for duties fixed before staff figures existed (known people).
    var audiencePeopleFrom: String?
    /// The plan and the duty's code in it, for a plan duty.
    var planCode: String? = nil
    var planDutyCode: String? = nil
    /// The period a recurring plan duty covers (`2022-H1`).
    var period: String? = nil
    /// The bloc that owes a plan duty (`unitCode`, its chair, acts for it).
    var blocCode: String? = nil

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The domain value; stored rows were validated on the way in, so a bad row means a damaged database.
    func duty() throws -> Duty {
        guard let id, let kind = DutyKind(rawValue: kind), let unit = UnitCode(rawValue: unitCode),
              let owedTo = UnitCode(rawValue: owedTo), let audience = DutyAudience(rawValue: audience),
              let counted = AudienceCount(rawValue: audiencePeopleFrom ?? AudienceCount.knownPeople.rawValue)
        else { throw StoreCorruption(what: "duty \(id ?? 0)") }
        return Duty(
            id: id, kind: kind, scope: scope, session: sessionCode.flatMap(SessionCode.init(rawValue:)), unit: unit,
            owedTo: owedTo, due: try CalendarDate(iso: dueDate), closes: try CalendarDate(iso: closesOn),
            audience: audience, audienceUnits: audienceUnits, audiencePeople: audiencePeople, note: note,
            childSession: childSessionCode.flatMap(SessionCode.init(rawValue:)),
            acceptedOn: try acceptedOn.map { try CalendarDate(iso: $0) },
            acceptedBy: acceptedBy.flatMap(UnitCode.init(rawValue:)), createdOn: try CalendarDate(iso: createdOn),
            audiencePeopleFrom: counted)
    }
}

/// A stored report on a duty; corrections are further rows.
struct DutyReportRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "dutyReport"
    var id: Int64?
    var dutyId: Int64
    var doneOn: String
    var reportedOn: String
    var reachedUnits: Int
    var reachedPeople: Int
    var source: String
    var note: String?
    var recordedBy: String?
    var recordedAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func report() throws -> DutyReport {
        guard let id else { throw StoreCorruption(what: "duty report without id") }
        return DutyReport(
            id: id, duty: dutyId, done: try CalendarDate(iso: doneOn), reported: try CalendarDate(iso: reportedOn),
            reachedUnits: reachedUnits, reachedPeople: reachedPeople, source: source, note: note,
            recordedBy: recordedBy.flatMap(UnitCode.init(rawValue:)))
    }
}
