import GRDB
import OutreachCore

extension AppDatabase {
    // MARK: - Reads as one principal may see them (the command line's `--as`, the server's signed-in unit)

    /// The rows of `nominee list`: each office's nominees in official order followed by its reserves, then reserves
    /// of offices with no one listed, and with `includeInactive` the withdrawn and replaced. Only the offices
    /// `principal` may see (`Authority`'s `viewOffice`); naming another office is refused with `notAllowed`.
    public func nomineeRows(
        session code: SessionCode, office: UnitCode? = nil, includeInactive: Bool = false,
        visibleTo principal: Principal = .databaseOperator
    ) throws(OutreachError) -> [Nominee] {
        let list = try nomineeList(session: code)
        if let office, !list.groups.contains(where: { $0.unit.code == office }) {
            _ = try unit(office)
        }
        let visible = try visibility(session: code, principal: principal)
        if let office, !visible(office) {
            _ = try read { db in
                try Authority.check(
                    principal, .viewOffice(office), facts: try Self.authorityFacts(db, session: code),
                    action: LocalizedText { $0.seeTheNomineesOfOffice(office) })
            }
        }
        func shown(_ sender: UnitCode) -> Bool { (office == nil || sender == office) && visible(sender) }
        var rows: [Nominee] = []
        for group in list.groups where shown(group.unit.code) {
            rows += group.rows
            rows += list.reserves.filter { $0.nomination.sender == group.unit.code }
        }
        let listed = Set(list.groups.map(\.unit.code))
        rows += list.reserves.filter { !listed.contains($0.nomination.sender) && shown($0.nomination.sender) }
        if includeInactive {
            rows += try nominees(session: code, includeInactive: true).filter {
                !$0.nomination.status.isActive && $0.nomination.status != .reserve && shown($0.nomination.sender)
            }
        }
        return rows
    }

    /// Who came, per office, per role and in total, over the offices `principal` may see (every office for the
    /// session's organisers).
    public func attendanceReport(session code: SessionCode, visibleTo principal: Principal) throws(OutreachError) -> AttendanceReport {
        guard principal != .databaseOperator else { return try attendanceReport(session: code) }
        let visible = try visibility(session: code, principal: principal)
        return try read { db in try Self.attendanceReport(db, code, asOf: nil, offices: visible) }
    }

    /// Whether `principal` may see an office of the session (`viewOffice`), decided once per office; a session it
    /// may not see at all is refused (`requireVisible`).
    func visibility(session code: SessionCode, principal: Principal) throws(OutreachError) -> (UnitCode) -> Bool {
        guard principal != .databaseOperator else { return { _ in true } }
        let facts = try read { db in
            try Self.requireVisible(db, code, to: principal)
            return try Self.authorityFacts(db, session: code)
        }
        return { office in (try? Authority.decide(principal, .viewOffice(office), facts: facts).get()) != nil }
    }
}
