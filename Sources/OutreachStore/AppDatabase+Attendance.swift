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
            let nomination = try Self.findNomination(db, session: code, key: key)
            guard let id = nomination.id, let current = NominationStatus(rawValue: nomination.status), current.isActive
            else {
                let label = NominationStatus(rawValue: nomination.status)
                throw OutreachError.invalidValue(field: "NOMINEE", value: key, reason: LocalizedText(
                    vi: "#\(nomination.id ?? 0) đang “\(label?.label(.vi) ?? nomination.status)”, không điểm danh được",
                    en: "#\(nomination.id ?? 0) is “\(label?.label(.en) ?? nomination.status)” and cannot be marked"))
            }
            try Self.authorize(db, session, context, sender: nomination.senderCode,
                               workplace: try PersonRecord.fetchOne(db, key: nomination.personId)?.unitCode,
                               action: LocalizedText(vi: "điểm danh #\(id)", en: "record attendance of #\(id)"))
            let nominatedOn = nomination.nominatedOn.flatMap { try? CalendarDate(iso: $0) }
            // Only parts already held (on or before today) and held after the person was nominated.
            let expected = session.parts.filter { part in
                part.date <= context.today && (nominatedOn.map { $0 <= part.date } ?? true)
            }
            let parts: [SessionPart]
            if let part {
                guard session.parts.contains(part) else {
                    throw OutreachError.invalidValue(field: "--part", value: part.code, reason: LocalizedText(
                        vi: "không phải buổi của đợt này; các buổi: \(session.parts.map(\.code).joined(separator: ", "))",
                        en: "is not a part of this session; parts: \(session.parts.map(\.code).joined(separator: ", "))"))
                }
                guard part.date <= context.today else {
                    throw OutreachError.invalidValue(field: "--part", value: part.code, reason: LocalizedText(
                        vi: "buổi này chưa diễn ra (hôm nay \(VietnameseDate.numeric(context.today)))",
                        en: "this part has not been held yet (today \(VietnameseDate.numeric(context.today)))"))
                }
                guard expected.contains(part) else {
                    throw OutreachError.invalidValue(field: "--part", value: part.code, reason: LocalizedText(
                        vi: "người này được cử sau buổi đó nên không được tính", en: "this person was nominated after it"))
                }
                parts = [part]
            } else {
                parts = expected
            }
            let note = try FreeText.checked(note, field: "--note")
            var marks: [AttendanceMark] = []
            for part in parts {
                var record = try AttendanceRecord
                    .filter(Column("nominationId") == id && Column("part") == part.code).fetchOne(db)
                    ?? AttendanceRecord(
                        id: nil, sessionCode: code.rawValue, nominationId: id, part: part.code, status: "",
                        note: nil, recordedAt: context.now)
                let before = record.status
                record.status = status.rawValue
                record.note = note ?? record.note
                record.recordedAt = context.now
                try record.save(db)
                try audit(db, context, entity: "attendance", key: "\(id)/\(part.code)",
                          before: before.isEmpty ? nil : ["status": before], after: ["status": status.rawValue])
                if let mark = record.mark() { marks.append(mark) }
            }
            return marks
        }
    }

    // MARK: - Attendance: reads

    /// Who came, per office, per role and in total.
    public func attendanceReport(session code: SessionCode) throws(OutreachError) -> AttendanceReport {
        try read { db in
            let session = try Self.fetchSession(db, code)
            let nominations = try NominationRecord.filter(Column("sessionCode") == code.rawValue).fetchAll(db)
            let entries = try nominations.map {
                AttendanceReport.Entry(
                    nomination: try $0.nomination(), nominatedOn: $0.nominatedOn.flatMap { try? CalendarDate(iso: $0) })
            }
            let marks = try AttendanceRecord.filter(Column("sessionCode") == code.rawValue).fetchAll(db)
                .compactMap { $0.mark() }
            return AttendanceReport(
                session: session, quotas: try Self.fetchQuotas(db, code), units: UnitTree(try Self.fetchUnits(db)),
                entries: entries, marks: marks)
        }
    }

    /// Every recorded mark of a session.
    public func attendanceMarks(session code: SessionCode) throws(OutreachError) -> [AttendanceMark] {
        try read { db in
            _ = try Self.fetchSession(db, code)
            return try AttendanceRecord.filter(Column("sessionCode") == code.rawValue).fetchAll(db).compactMap { $0.mark() }
        }
    }
}
