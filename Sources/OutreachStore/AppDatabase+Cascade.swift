import Foundation
import GRDB
import OutreachCore

extension AppDatabase {
    // MARK: - Cascade: writes

    /// Fixes the follow-up duties of a session that was held: one per attending office (every invited office
    /// with `invited`), due as the session's `follow_up` says, with the audience counted today. Marks the
    /// session held. Done once; the duties never change when units change later.
    public func openCascade(
        session code: SessionCode, invited: Bool = false, context: CommandContext
    ) throws(OutreachError) -> [Duty] {
        try write { db in
            let session = try Self.fetchSession(db, code)
            try Self.authorizeOrganiser(db, session, context, action: LocalizedText { $0.openTheFollowUpOf(code) })
            return try openDuties(db, session, invited: invited, context)
        }
    }

    private func openDuties(
        _ db: Database, _ session: Session, invited: Bool, _ context: CommandContext
    ) throws -> [Duty] {
        let code = session.code
        guard let rule = session.followUp, rule.required else {
            throw OutreachError.conflict(LocalizedText { $0.sessionCodeRequiresNoFollow(code) })
        }
        if let openedISO = try String.fetchOne(db, sql: "SELECT MIN(createdOn) FROM duty WHERE sessionCode = ?", arguments: [code.rawValue]) {
            let opened = (try? CalendarDate(iso: openedISO)).map(VietnameseDate.numeric) ?? openedISO
            throw OutreachError.conflict(LocalizedText { $0.theFollowUpDutiesOf(code, opened) })
        }
        guard session.ends <= context.today else {
            throw OutreachError.conflict(LocalizedText { $0.sessionCodeHasNotEnded(code, VietnameseDate.numeric(session.ends)) })
        }
        let offices: [String]
        if invited {
            offices = try String.fetchAll(db, sql: "SELECT DISTINCT unitCode FROM quotaSlot WHERE sessionCode = ?",
                                          arguments: [code.rawValue])
        } else {
            offices = try String.fetchAll(db, sql: """
                SELECT DISTINCT n.senderCode FROM attendance a JOIN nomination n ON n.id = a.nominationId
                WHERE a.sessionCode = ? AND a.status IN ('present', 'late')
                """, arguments: [code.rawValue])
            if offices.isEmpty {
                throw OutreachError.conflict(LocalizedText { $0.sessionCodeHasNoAttendance(code) })
            }
        }
        let audience = try AudienceCounter(db, on: session.ends)
        let due = rule.due(after: session.ends)
        let closes = due.adding(days: rule.missingAfterDays ?? FollowUpRule.defaultMissingAfterDays)
        var duties: [Duty] = []
        let kinds = Dictionary(uniqueKeysWithValues: try Self.fetchUnits(db).map { ($0.code.rawValue, $0.kind) })
        for office in offices {
            // Only the kinds of office the rule names owe it (the Sở's own divisions are not asked to).
            if let only = rule.kinds, let kind = kinds[office], !only.contains(kind) { continue }
            let units = audience.units(below: office)
            let people = audience.people(atOrBelow: office)
            var record = DutyRecord(
                id: nil, kind: DutyKind.followUp.rawValue, scope: code.rawValue, sessionCode: code.rawValue,
                unitCode: office, owedTo: session.organiser.rawValue, dueDate: due.iso, closesOn: closes.iso,
                audience: rule.audienceKind.rawValue, audienceUnits: units,
                audiencePeople: people.count, note: rule.note, childSessionCode: nil,
                acceptedOn: nil, acceptedBy: nil, createdOn: context.today.iso, createdAt: context.now,
                audiencePeopleFrom: people.from.rawValue)
            try record.insert(db)
            try audit(db, context, entity: "duty", key: "\(record.id ?? 0)", after: [
                "kind": record.kind, "session": code.rawValue, "unit": office, "due": due.iso,
                "audienceUnits": "\(units)", "audiencePeople": "\(record.audiencePeople)",
                "audiencePeopleFrom": people.from.rawValue,
            ])
            duties.append(try record.duty())
        }
        if session.status == .planned || session.status == .open {
            try db.execute(sql: "UPDATE session SET status = ? WHERE code = ?",
                           arguments: [SessionStatus.held.rawValue, code.rawValue])
            try audit(db, context, entity: "session", key: code.rawValue,
                      before: ["status": session.status.rawValue], after: ["status": SessionStatus.held.rawValue])
        }
        return duties
    }

    /// Creates the session an office holds to discharge its follow-up duty: topic and content from the parent,
    /// one quota per unit directly under the office (its own staff when it has none), and, when asked, a
    /// follow-up of its own. Opens the parent's duties first if nobody has yet.
    public func planCascade(
        _ request: CascadePlanRequest, context: CommandContext
    ) throws(OutreachError) -> (session: Session, duty: Duty, quotas: Int) {
        let venue = try FreeText.checked(request.venue, input: .venue, maxLength: 300)
        let place = try FreeText.checked(request.place, input: .place, maxLength: 100)
        guard let venue else {
            throw .invalidInput(.venue, value: request.venue, reason: LocalizedText { $0.mustNotBeEmpty })
        }
        guard QuotaRules.isQuotaSize(request.perUnit) else {
            throw .invalidInput(.perUnit, value: "\(request.perUnit)", reason: LocalizedText { $0.mustBeBetweenAnd })
        }
        guard (1...366).contains(request.days) else {
            throw .invalidInput(.days, value: "\(request.days)", reason: LocalizedText { $0.mustBeBetweenAndInCascade })
        }
        return try write { db in
            let parent = try Self.fetchSession(db, request.parent)
            let tree = UnitTree(try Self.fetchUnits(db))
            guard let office = tree[request.unit] else { throw OutreachError.unknownUnit(request.unit.rawValue) }
            if try DutyRecord.filter(Column("sessionCode") == parent.code.rawValue).fetchCount(db) == 0 {
                // Fixing who owes a follow-up is the organiser's act, even when the first plan triggers it.
                try Self.authorizeOrganiser(db, parent, context, action: LocalizedText { $0.assignTheFollowUpDuties(parent.code) })
                _ = try openDuties(db, parent, invited: false, context)
            }
            var record = try Self.dutyRecord(db, .session(parent.code, unit: request.unit))
            let duty = try record.duty()
            try Self.authorizeOffice(db, duty, context, action: LocalizedText { $0.planTheFollowUpOf(duty.unit) })
            if let child = duty.childSession {
                throw OutreachError.conflict(LocalizedText { $0.unitAlreadyPlannedFollowUp(duty.unit, child, parent.code) })
            }
            guard parent.ends <= request.date else {
                throw OutreachError.invalidInput(.date, value: request.date.iso, reason: LocalizedText { $0.isBeforeSessionParentCodeEnds(parent.code, VietnameseDate.numeric(parent.ends)) })
            }
            let code = try request.code ?? Self.childCode(parent.code, request.unit)
            if try SessionRecord.exists(db, key: code.rawValue) { throw OutreachError.sessionExists(code.rawValue) }
            let roles = request.roles.isEmpty ? parent.roles.map(\.code) : request.roles
            for role in roles where parent.role(role) == nil {
                throw OutreachError.unknownRole(
                    role: role.rawValue, session: parent.code.rawValue, known: parent.roles.map(\.code.rawValue))
            }
            // Topic, content, times and roles from the parent; the rest is the office's own.
            var child = parent
            child.code = code
            child.organiser = request.unit
            child.managedBy = nil
            child.fundedBy = nil
            child.plan = nil
            child.place = place ?? office.district.flatMap { tree.placeName(ofDistrict: $0) } ?? parent.place
            child.venue = venue
            child.starts = request.date
            child.days = request.days
            child.nominationDeadline = nil
            child.roles = parent.roles.filter { roles.contains($0.code) }
            child.followUp = request.followUp
            if let due = child.followUp?.dueDate, due < child.ends {
                throw OutreachError.invalidInput(.followUpDue, value: due.iso, reason: LocalizedText { $0.isBeforeSessionCodeEnds(code, VietnameseDate.numeric(child.ends)) })
            }
            child.status = .planned
            child.parent = parent.code
            child.budget = nil
            try SessionRecord(child, createdAt: context.now).insert(db)
            let below = tree.children(of: request.unit).filter { $0.isValid(on: request.date) }
            let invited = below.isEmpty ? [office] : below
            // Stored and printed, so in the documents' language.
            let label = Language.vi.text {
                below.isEmpty ? $0.cascadeGroupStaffOf(office.displayName) : $0.cascadeGroupUnitsBelow(office.displayName)
            }
            for unit in invited {
                var slot = QuotaSlotRecord(
                    id: nil, sessionCode: code.rawValue, unitCode: unit.code.rawValue, groupIndex: 0, groupLabel: label,
                    slotIndex: 0, roles: roles.map(\.rawValue).joined(separator: ","), count: request.perUnit,
                    source: SlotSource.own.rawValue)
                try slot.insert(db)
            }
            record.childSessionCode = code.rawValue
            try record.update(db)
            try audit(db, context, entity: "session", key: code.rawValue, after: [
                "title": child.title, "parent": parent.code.rawValue, "organiser": request.unit.rawValue,
                "offices": "\(invited.count)", "duty": "\(duty.id)",
            ])
            return (child, try record.duty(), invited.count)
        }
    }

    /// Records what an office did for its duty; a second report is a correction (the earlier is kept and
    /// the audit log holds both). Refused once the report was accepted, until it is reopened.
    public func reportDuty(
        _ request: CascadeReportRequest, context: CommandContext
    ) throws(OutreachError) -> (duty: Duty, report: DutyReport, previous: DutyReport?) {
        let note = try FreeText.checked(request.note, input: .note)
        for (field, value) in [(InputField.reachedUnits, request.reachedUnits), (.reachedPeople, request.reachedPeople)] {
            if let value, !(0...10_000_000).contains(value) {
                throw .invalidInput(field, value: "\(value)", reason: LocalizedText { $0.reachedMustBeBetween0And10Million })
            }
        }
        return try write { db in
            let record = try Self.dutyRecord(db, request.target)
            let duty = try record.duty()
            // A plan's registration or report is discharged by `duty report`, which takes no reach figures.
            guard duty.kind == .followUp else {
                throw OutreachError.conflict(LocalizedText { $0.dutyIdOfUnitIs(duty.id, duty.unit) })
            }
            try Self.authorizeOffice(db, duty, context, action: LocalizedText { $0.reportOnDutyIdOf(duty.id, duty.unit) })
            if let accepted = duty.acceptedOn {
                throw OutreachError.conflict(LocalizedText { $0.theReportOfUnitWas(duty.unit, duty.acceptedBy?.rawValue ?? duty.owedTo.rawValue, VietnameseDate.numeric(accepted)) })
            }
            var held = request.held
            var units = request.reachedUnits
            var people = request.reachedPeople
            if request.fromAttendance {
                guard let child = duty.childSession else {
                    throw OutreachError.conflict(LocalizedText { $0.unitHasNoFollowUp(duty.unit) })
                }
                let marks = try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM attendance WHERE sessionCode = ?", arguments: [child.rawValue]) ?? 0
                guard marks > 0 else {
                    throw OutreachError.conflict(LocalizedText { $0.sessionChildHasNoAttendance(child) })
                }
                let counted = try Row.fetchOne(db, sql: """
                    SELECT COUNT(DISTINCT n.senderCode) AS units, COUNT(DISTINCT n.personId) AS people
                    FROM attendance a JOIN nomination n ON n.id = a.nominationId
                    WHERE a.sessionCode = ? AND a.status IN ('present', 'late')
                    """, arguments: [child.rawValue])
                units = units ?? counted?["units"] ?? 0
                people = people ?? counted?["people"] ?? 0
                let childStart = try Self.fetchSession(db, child).starts
                held = held ?? childStart
            }
            guard let held else {
                throw OutreachError.invalidInput(.held, value: "", reason: LocalizedText { $0.theDayItWasHeld })
            }
            guard let units, let people else {
                throw OutreachError.invalidInput(
                    units == nil ? .reachedUnits : .reachedPeople, value: "", reason: LocalizedText { $0.theUnitsAndPeopleReached })
            }
            guard held <= context.today else {
                throw OutreachError.invalidInput(.held, value: held.iso, reason: LocalizedText { $0.isAfterTodayNumericOnlyReport(VietnameseDate.numeric(context.today)) })
            }
            if let source = duty.session, held < (try Self.fetchSession(db, source)).ends {
                throw OutreachError.invalidInput(.held, value: held.iso, reason: LocalizedText { $0.isBeforeSessionSourceEnded(source) })
            }
            // Reach is measured against the audience fixed with the duty: more units than it has is a typing error.
            if duty.audienceUnits > 0, units > duty.audienceUnits {
                throw OutreachError.invalidInput(.reachedUnits, value: "\(units)", reason: LocalizedText { $0.moreThanTheAudienceUnits(duty.audienceUnits, duty.unit) })
            }
            let previous = try DutyReportRecord.filter(Column("dutyId") == duty.id).order(Column("id").desc)
                .fetchOne(db)?.report()
            var report = DutyReportRecord(
                id: nil, dutyId: duty.id, doneOn: held.iso, reportedOn: context.today.iso, reachedUnits: units,
                reachedPeople: people, source: request.fromAttendance ? "attendance" : "typed", note: note,
                recordedBy: context.actor?.rawValue, recordedAt: context.now)
            try report.insert(db)
            try audit(
                db, context, entity: "duty-report", key: "\(duty.id)",
                before: previous.map { ["held": $0.done.iso, "units": "\($0.reachedUnits)", "people": "\($0.reachedPeople)"] },
                after: ["held": held.iso, "units": "\(units)", "people": "\(people)", "source": report.source])
            return (duty, try report.report(), previous)
        }
    }

    /// The office owed a report accepts it, which locks it against corrections until reopened.
    public func acceptDuty(_ target: DutyTarget, context: CommandContext) throws(OutreachError) -> Duty {
        try write { db in
            var record = try Self.dutyRecord(db, target)
            let duty = try record.duty()
            try Self.authorizeAbove(db, duty, context, action: LocalizedText { $0.acceptTheReportOfUnit(duty.unit) })
            if let accepted = duty.acceptedOn {
                throw OutreachError.conflict(LocalizedText { $0.theReportOfUnitWasAlready(duty.unit, VietnameseDate.numeric(accepted)) })
            }
            guard try DutyReportRecord.filter(Column("dutyId") == duty.id).fetchCount(db) > 0 else {
                throw OutreachError.conflict(LocalizedText { $0.unitHasNotReportedYet(duty.unit) })
            }
            let by = context.actor ?? duty.owedTo
            record.acceptedOn = context.today.iso
            record.acceptedBy = by.rawValue
            try record.update(db)
            try audit(db, context, entity: "duty", key: "\(duty.id)", before: ["accepted": ""],
                      after: ["accepted": context.today.iso, "by": by.rawValue])
            return try record.duty()
        }
    }

    /// Unlocks an accepted report so the office can correct it; the reason is kept in the audit log.
    public func reopenDuty(_ target: DutyTarget, reason: String, context: CommandContext) throws(OutreachError) -> Duty {
        guard let reason = try FreeText.checked(reason, input: .reason) else {
            throw .invalidInput(.reason, value: reason, reason: LocalizedText { $0.aReasonForReopeningIs })
        }
        return try write { db in
            var record = try Self.dutyRecord(db, target)
            let duty = try record.duty()
            try Self.authorizeAbove(db, duty, context, action: LocalizedText { $0.reopenTheReportOfUnit(duty.unit) })
            guard let accepted = duty.acceptedOn else {
                throw OutreachError.conflict(LocalizedText { $0.theReportOfUnitIs(duty.unit) })
            }
            record.acceptedOn = nil
            record.acceptedBy = nil
            try record.update(db)
            try audit(db, context, entity: "duty", key: "\(duty.id)",
                      before: ["accepted": accepted.iso, "by": duty.acceptedBy?.rawValue ?? ""], after: ["accepted": ""],
                      reason: reason)
            return try record.duty()
        }
    }

    // MARK: - Cascade: reads

    /// The follow-up tree of a session as it stood on `today`: three queries whatever its size (the session,
    /// the duties of its whole session tree through a recursive CTE, and their reports), rolled up in one pass.
    /// For a unit's account (`visibleTo`), only the duties of the offices it may see (`viewOffice`) and what hangs
    /// below them: an office sees its own follow-up and its units', the session's organisers see everything.
    public func cascadeTree(
        session code: SessionCode, today: CalendarDate, visibleTo principal: Principal
    ) throws(OutreachError) -> CascadeTree {
        try read { db in
            _ = try Self.fetchSession(db, code)
            try Self.requireVisible(db, code, to: principal, orBelow: true)
            let tree = """
                WITH RECURSIVE tree(code) AS (
                    SELECT ? UNION SELECT s.code FROM session s JOIN tree t ON s.parentCode = t.code)
                """
            // Read by column position, not through Codable: on a province (60 000 duties) decoding by name
            // cost more than everything else together. Dates repeat, so each is parsed once.
            var dates: [String: CalendarDate] = [:]
            func date(_ text: String) throws -> CalendarDate {
                if let known = dates[text] { return known }
                let parsed = try CalendarDate(iso: text)
                dates[text] = parsed
                return parsed
            }
            func unitCode(_ text: String?) throws -> UnitCode? {
                guard let text else { return nil }
                guard let code = UnitCode(rawValue: text) else { throw StoreCorruption(what: "code \(text)") }
                return code
            }
            var rows: [CascadeTree.Row] = []
            let duties = try Row.fetchCursor(db, sql: tree + """
                SELECT d.id, d.kind, d.scope, d.sessionCode, d.unitCode, d.owedTo, d.dueDate, d.closesOn, d.audience,
                    d.audienceUnits, d.audiencePeople, d.note, d.childSessionCode, d.acceptedOn, d.acceptedBy, d.createdOn,
                    COALESCE(u.shortName, u.name),
                    -- Offices in the order of the session's quota blocks, then the units' order (sortOrder < 10^14).
                    COALESCE((SELECT MIN(q.groupIndex) FROM quotaSlot q
                              WHERE q.sessionCode = d.sessionCode AND q.unitCode = d.unitCode), 0) * 100000000000000 + u.sortOrder,
                    d.audiencePeopleFrom
                FROM duty d JOIN tree t ON d.sessionCode = t.code JOIN unit u ON u.code = d.unitCode
                """, arguments: [code.rawValue])
            while let row = try duties.next() {
                let id: Int64 = row[0]
                guard let kind = DutyKind(rawValue: row[1]), let audience = DutyAudience(rawValue: row[8]),
                      let counted = AudienceCount(rawValue: (row[18] as String?) ?? AudienceCount.knownPeople.rawValue),
                      let unit = try unitCode(row[4]), let owedTo = try unitCode(row[5])
                else { throw StoreCorruption(what: "duty \(id)") }
                let duty = Duty(
                    id: id, kind: kind, scope: row[2], session: try unitCode(row[3]), unit: unit, owedTo: owedTo,
                    due: try date(row[6]), closes: try date(row[7]), audience: audience, audienceUnits: row[9],
                    audiencePeople: row[10], note: row[11], childSession: try unitCode(row[12]),
                    acceptedOn: try (row[13] as String?).map(date), acceptedBy: try unitCode(row[14]),
                    createdOn: try date(row[15]), audiencePeopleFrom: counted)
                rows.append(CascadeTree.Row(duty: duty, unitName: row[16], sortKey: row[17]))
            }
            var reports: [DutyReport] = []
            let cursor = try Row.fetchCursor(db, sql: tree + """
                SELECT r.id, r.dutyId, r.doneOn, r.reportedOn, r.reachedUnits, r.reachedPeople, r.source, r.note, r.recordedBy
                FROM dutyReport r JOIN duty d ON d.id = r.dutyId JOIN tree t ON d.sessionCode = t.code
                """, arguments: [code.rawValue])
            while let row = try cursor.next() {
                reports.append(DutyReport(
                    id: row[0], duty: row[1], done: try date(row[2]), reported: try date(row[3]), reachedUnits: row[4],
                    reachedPeople: row[5], source: row[6], note: row[7], recordedBy: try unitCode(row[8])))
            }
            if principal != .databaseOperator {
                let facts = try Self.authorityFacts(db, session: code)
                rows = rows.filter { row in
                    row.duty.session != code
                        || (try? Authority.decide(principal, .viewOffice(row.duty.unit), facts: facts).get()) != nil
                }
            }
            return CascadeTree(root: code, today: today, rows: rows, reports: reports)
        }
    }

    /// Whether the session's follow-up duties have been opened.
    public func cascadeOpened(session code: SessionCode) throws(OutreachError) -> Bool {
        try read { db in
            _ = try Self.fetchSession(db, code)
            return try DutyRecord.filter(Column("sessionCode") == code.rawValue).fetchCount(db) > 0
        }
    }

    /// Every report recorded on a duty, oldest first (corrections included).
    public func dutyReports(_ target: DutyTarget) throws(OutreachError) -> (duty: Duty, reports: [DutyReport]) {
        try read { db in
            let duty = try Self.dutyRecord(db, target).duty()
            let reports = try DutyReportRecord.filter(Column("dutyId") == duty.id).order(Column("id")).fetchAll(db)
            return (duty, try reports.map { try $0.report() })
        }
    }

    /// The offices owing a report on `today` (due, overdue or missing), with their contacts, tree order.
    public func cascadeReminders(
        session code: SessionCode, today: CalendarDate, level: Int? = nil
    ) throws(OutreachError) -> [CascadeReminder] {
        let tree = try cascadeTree(session: code, today: today)
        let units = Dictionary(uniqueKeysWithValues: try self.units().map { ($0.code, $0) })
        return tree.nodes(upTo: level).filter { !$0.status.isDone }.map { node in
            let unit = units[node.duty.unit]
            return CascadeReminder(
                duty: node.duty.id, level: node.level, session: node.duty.session?.rawValue ?? node.duty.scope,
                unit: node.duty.unit.rawValue, unitName: unit?.name ?? node.unitName, owedTo: node.duty.owedTo.rawValue,
                owedToName: units[node.duty.owedTo]?.name ?? node.duty.owedTo.rawValue, due: node.duty.due,
                status: node.status, daysLate: max(0, node.duty.due.days(to: today)), phone: unit?.phone,
                email: unit?.email, address: unit?.address,
                dutyTitle: Language.vi.text { $0.cascadeDutyTitle(node.duty.session?.rawValue ?? node.duty.scope) })
        }
    }

    // MARK: - Cascade: internals

    static func dutyRecord(_ db: Database, _ target: DutyTarget) throws -> DutyRecord {
        switch target {
        case let .id(id):
            guard let record = try DutyRecord.fetchOne(db, key: id) else {
                throw OutreachError.unknownDuty(LocalizedText { $0.noDutyNumberId(id) })
            }
            return record
        case let .session(code, unit?):
            _ = try fetchSession(db, code)
            if !(try UnitRecord.exists(db, key: unit.rawValue)) { throw OutreachError.unknownUnit(unit.rawValue) }
            guard let record = try DutyRecord
                .filter(Column("sessionCode") == code.rawValue && Column("unitCode") == unit.rawValue)
                .order(Column("id")).fetchOne(db)
            else {
                throw OutreachError.unknownDuty(LocalizedText { $0.unitOwesNoFollowUp(unit, code) })
            }
            return record
        case let .session(code, nil):
            _ = try fetchSession(db, code)
            guard let record = try DutyRecord.filter(Column("childSessionCode") == code.rawValue).fetchOne(db) else {
                throw OutreachError.unknownDuty(LocalizedText { $0.sessionCodeIsNotThe(code) })
            }
            return record
        }
    }

    /// `PARENT-UNIT`, when that is a valid code.
    private static func childCode(_ parent: SessionCode, _ unit: UnitCode) throws -> SessionCode {
        let text = "\(parent.rawValue)-\(unit.rawValue)"
        guard let code = SessionCode(rawValue: text) else {
            throw OutreachError.invalidInput(.code, value: text, reason: LocalizedText { $0.theGeneratedCodeIsOver })
        }
        return code
    }

    /// Opening a session's cascade: its organisers (and those of the sessions above it).
    private static func authorizeOrganiser(
        _ db: Database, _ session: Session, _ context: CommandContext, action: LocalizedText
    ) throws {
        try authorize(db, context, .openCascade, session: session.code, action: action)
    }

    /// A duty's report: by the office that owes it, one above it, the office it is owed to or the organisers.
    private static func authorizeOffice(
        _ db: Database, _ duty: Duty, _ context: CommandContext, action: LocalizedText
    ) throws {
        try authorize(db, context, .reportDuty(owner: duty.unit, owedTo: duty.owedTo), session: duty.session, action: action)
    }

    /// Accepting or reopening a report: the office it is owed to or the organisers; never the office that reported.
    private static func authorizeAbove(_ db: Database, _ duty: Duty, _ context: CommandContext, action: LocalizedText) throws {
        try authorize(db, context, .reviewDuty(owner: duty.unit, owedTo: duty.owedTo), session: duty.session, action: action)
    }
}

/// Counts, once per command, the units under an office and the people at or under it, as the tree stands.
/// People are the units' staff figures where the units file gives them, the people known to the database for
/// a unit without one; only when no unit at or below the office has a figure is the count the known people alone.
private struct AudienceCounter {
    private var children: [String: [String]] = [:]
    private var known: [String: Int] = [:]
    private var staff: [String: Int] = [:]

    init(_ db: Database, on day: CalendarDate) throws {
        for unit in try AppDatabase.fetchUnits(db) where unit.isValid(on: day) {
            if let parent = unit.parent { children[parent.rawValue, default: []].append(unit.code.rawValue) }
            if let figure = unit.staff { staff[unit.code.rawValue] = figure }
        }
        for row in try Row.fetchAll(db, sql: "SELECT unitCode, COUNT(*) AS n FROM person WHERE unitCode IS NOT NULL GROUP BY unitCode") {
            known[row["unitCode"]] = row["n"]
        }
    }

    /// Every unit below `code`, at any depth.
    func units(below code: String) -> Int {
        descendants(of: code).count
    }

    /// Everyone who works at `code` or below it, and whether staff figures gave the count.
    func people(atOrBelow code: String) -> (count: Int, from: AudienceCount) {
        let units = [code] + descendants(of: code)
        guard units.contains(where: { staff[$0] != nil }) else {
            return (units.reduce(0) { $0 + known[$1, default: 0] }, .knownPeople)
        }
        return (units.reduce(0) { $0 + (staff[$1] ?? known[$1, default: 0]) }, .staff)
    }

    private func descendants(of code: String) -> [String] {
        var found: [String] = []
        var seen: Set<String> = [code]
        var stack = children[code] ?? []
        while let next = stack.popLast() {
            guard seen.insert(next).inserted else { continue }
            found.append(next)
            stack += children[next] ?? []
        }
        return found
    }
}
