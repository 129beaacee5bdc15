import GRDB
import OutreachCore

extension AppDatabase {
    // MARK: - Attendance: writes

    /// Records whether a nominee came, at one part of the session or (without `part`) at every part
    /// they were expected at; a mark already there is replaced and the change audited.
    public func markAttendance(
        session code: SessionCode, nominee key: String, status: AttendanceStatus, part: SessionPart?, note: String?,
        context: CommandContext
    ) throws(OutreachError) -> [AttendanceMark] {
        try write { db in
            let session = try Self.fetchSession(db, code)
            let nomination = try Self.findNomination(db, session: code, key: key, visibleTo: context.principal)
            guard let id = nomination.id, let current = NominationStatus(rawValue: nomination.status), current.isActive
            else {
                let status = LocalizedText(each: { NominationStatus(rawValue: nomination.status)?.label($0) ?? nomination.status })
                throw OutreachError.invalidInput(.nominee, value: key, reason: LocalizedText { $0.nomineeWhoseStatusCannotBeMarked(nomination.id ?? 0, status) })
            }
            try Self.authorize(db, context, .recordAttendance, session: code,
                               action: LocalizedText { $0.recordAttendanceOfId(id) })
            let marks = try mark(db, session, nomination, status: status, part: part, note: note, context)
            // Nothing to mark (no part held yet, or none since the person was nominated): said, never a silent
            // success that records nothing.
            if marks.isEmpty, part == nil {
                guard session.parts.contains(where: { $0.date <= context.today }) else {
                    throw OutreachError.conflict(LocalizedText {
                        $0.nothingHeldYetToMark(VietnameseDate.numeric(context.today), VietnameseDate.numeric(session.starts))
                    })
                }
                throw OutreachError.conflict(LocalizedText { $0.thisPersonWasNominatedAfter })
            }
            return marks
        }
    }

    /// Marks one active nomination at one part, or at every part it was expected at so far.
    func mark(
        _ db: Database, _ session: Session, _ nomination: NominationRecord, status: AttendanceStatus,
        part: SessionPart?, note: String?, dropStaleNote: Bool = false, _ context: CommandContext
    ) throws -> [AttendanceMark] {
        guard let id = nomination.id else { throw StoreCorruption(what: "nomination without id") }
        let nominatedOn = nomination.nominatedOn.flatMap { try? CalendarDate(iso: $0) }
        // Only parts already held (on or before today) and held after the person was nominated.
        let expected = session.parts.filter { part in
            part.date <= context.today && (nominatedOn.map { $0 <= part.date } ?? true)
        }
        let parts: [SessionPart]
        if let part {
            let all = session.parts.map(\.code).joined(separator: ", ")
            guard session.parts.contains(part) else {
                throw OutreachError.invalidInput(.part, value: part.code, reason: LocalizedText { $0.isNotAPartOfThis(all) })
            }
            guard part.date <= context.today else {
                throw OutreachError.invalidInput(.part, value: part.code, reason: LocalizedText { $0.thisPartHasNotBeen(VietnameseDate.numeric(context.today)) })
            }
            guard expected.contains(part) else {
                throw OutreachError.invalidInput(.part, value: part.code, reason: LocalizedText { $0.thisPersonWasNominatedAfter })
            }
            parts = [part]
        } else {
            parts = expected
        }
        let note = try FreeText.checked(note, input: .note)
        var marks: [AttendanceMark] = []
        for part in parts {
            var record = try AttendanceRecord
                .filter(Column("nominationId") == id && Column("part") == part.code).fetchOne(db)
                ?? AttendanceRecord(
                    id: nil, sessionCode: session.code.rawValue, nominationId: id, part: part.code, status: "",
                    note: nil, recordedAt: context.now, recordedOn: context.today.iso)
            let before = record.status
            // A note written for another status (an excuse) goes with it when `dropStaleNote`.
            let staleNote = dropStaleNote && !before.isEmpty && before != status.rawValue
            record.status = status.rawValue
            record.note = note ?? (staleNote ? nil : record.note)
            record.recordedAt = context.now
            if before != status.rawValue { record.recordedOn = context.today.iso }
            try record.save(db)
            try audit(db, context, entity: "attendance", key: "\(id)/\(part.code)",
                      before: before.isEmpty ? nil : ["status": before], after: ["status": status.rawValue])
            if let mark = record.mark() { marks.append(mark) }
        }
        return marks
    }

    /// Records someone who came without being on the list (*đại biểu đến không đăng ký trước*): in place of
    /// a nominee who did not come (`replacing`), or in a free place of their office's quota; the person is
    /// marked as come and the nomination noted as a walk-in, all in one transaction.
    public func recordWalkIn(
        _ request: NomineeRequest, replacing key: String?, status: AttendanceStatus, part: SessionPart?,
        context: CommandContext
    ) throws(OutreachError) -> Nominee {
        guard status.attended else {
            throw .invalidInput(.status, value: status.rawValue, reason: LocalizedText { $0.aWalkInCanOnly })
        }
        return try write { db in
            let session = try Self.fetchSession(db, request.session)
            try Self.authorize(db, context, .recordAttendance, session: session.code, action: LocalizedText { $0.recordAWalkIn })
            var request = request
            request.note = request.note ?? Language.vi.text { $0.walkInNote }
            var old: NominationRecord?
            if let key {
                var replaced = try Self.activeNomination(
                    db, session, key: key, becoming: .replaced, context,
                    action: LocalizedText { $0.replaceNominees })
                request.sender = UnitCode(rawValue: replaced.senderCode)
                replaced.status = NominationStatus.replaced.rawValue
                replaced.updatedAt = context.now
                try replaced.update(db)
                old = replaced
            }
            let person = try resolvePerson(db, request, context)
            let nominee = try nominate(db, session: session, person: person, request: request, replacing: old, context)
            guard let record = try NominationRecord.fetchOne(db, key: nominee.nomination.id) else {
                throw StoreCorruption(what: "walk-in nomination")
            }
            _ = try mark(db, session, record, status: status, part: part, note: request.note, context)
            try audit(db, context, entity: "walk-in", key: "\(nominee.nomination.id)",
                      after: ["person": nominee.person.fullName, "replaces": old.map { "\($0.id ?? 0)" } ?? ""])
            return nominee
        }
    }

    // MARK: - Attendance: reads

    /// Who came, per office, per role and in total; with `asOf`, only the marks recorded by that day.
    public func attendanceReport(session code: SessionCode, asOf: CalendarDate? = nil) throws(OutreachError) -> AttendanceReport {
        try read { db in try Self.attendanceReport(db, code, asOf: asOf, offices: nil) }
    }

    /// The report over the offices `offices` accepts (every office when nil): their quotas, nominations and marks.
    static func attendanceReport(
        _ db: Database, _ code: SessionCode, asOf: CalendarDate?, offices: ((UnitCode) -> Bool)?
    ) throws -> AttendanceReport {
        let session = try fetchSession(db, code)
        var nominations = try NominationRecord.filter(Column("sessionCode") == code.rawValue).fetchAll(db)
        if let offices { nominations = nominations.filter { UnitCode(rawValue: $0.senderCode).map(offices) ?? false } }
        let entries = try nominations.map {
            AttendanceReport.Entry(
                nomination: try $0.nomination(), nominatedOn: $0.nominatedOn.flatMap { try? CalendarDate(iso: $0) })
        }
        let shown = Set(nominations.compactMap(\.id))
        let marks = try attendanceRecords(db, code, asOf: asOf).compactMap { $0.mark() }
            .filter { offices == nil || shown.contains($0.nominationID) }
        let quotas = try fetchQuotas(db, code).filter { offices?($0.unit) ?? true }
        return AttendanceReport(
            session: session, quotas: quotas, units: UnitTree(try fetchUnits(db)), entries: entries, marks: marks)
    }

    /// Every recorded mark of a session; with `asOf`, those recorded by that day.
    public func attendanceMarks(session code: SessionCode, asOf: CalendarDate? = nil) throws(OutreachError) -> [AttendanceMark] {
        try read { db in
            _ = try Self.fetchSession(db, code)
            return try Self.attendanceRecords(db, code, asOf: asOf).compactMap { $0.mark() }
        }
    }

    /// A session's marks as stored; with `asOf`, only those recorded on or before that day (a mark kept from
    /// before the day was stored counts on every day).
    static func attendanceRecords(_ db: Database, _ code: SessionCode, asOf: CalendarDate?) throws -> [AttendanceRecord] {
        var request = AttendanceRecord.filter(Column("sessionCode") == code.rawValue)
        if let asOf { request = request.filter(Column("recordedOn") == nil || Column("recordedOn") <= asOf.iso) }
        return try request.fetchAll(db)
    }
}
