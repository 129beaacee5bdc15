/// A session file (`Templates/sessions/*.yaml`): the session's facts and who is invited with what quota.
public struct SessionTemplate: Sendable, Decodable {
    public var session: Session
    public var quotas: [QuotaBlock]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, title, kind, topic, content, organiser, plan, place, venue, starts, days, roles, quotas, budget
        case schedule
        case managedBy = "managed_by"
        case fundedBy = "funded_by"
        case startTime = "start_time"
        case endTime = "end_time"
        case attendanceBy = "attendance_by"
        case nominationDeadline = "nomination_deadline"
        case followUp = "follow_up"
        case parent
        case documents
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let days = try c.decodeIfPresent(Int.self, forKey: .days) ?? 1
        guard (1...366).contains(days) else {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.days], { $0.mustBeBetweenAndNot(days) })
        }
        session = Session(
            code: try c.decode(SessionCode.self, forKey: .code),
            title: try c.decodeText(forKey: .title),
            kind: try c.decodeIfPresent(Slug.self, forKey: .kind) ?? Slug(rawValue: "tap-huan")!,
            topic: try c.decodeTextIfPresent(forKey: .topic),
            content: try c.decodeTextList(forKey: .content),
            organiser: try c.decode(UnitCode.self, forKey: .organiser),
            managedBy: try c.decodeIfPresent(UnitCode.self, forKey: .managedBy),
            fundedBy: try c.decodeIfPresent(UnitCode.self, forKey: .fundedBy),
            plan: try c.decodeIfPresent(PlanEntry.self, forKey: .plan)?.document,
            place: try c.decodeText(forKey: .place),
            venue: try c.decodeText(forKey: .venue),
            starts: try c.decodeDate(forKey: .starts),
            days: days,
            startTime: try c.decodeTimeIfPresent(forKey: .startTime),
            endTime: try c.decodeTimeIfPresent(forKey: .endTime),
            attendanceBy: try c.decodeIfPresent(AttendancePeriod.self, forKey: .attendanceBy) ?? .halfDay,
            nominationDeadline: try c.decodeDateIfPresent(forKey: .nominationDeadline),
            roles: try c.decode([Role].self, forKey: .roles),
            followUp: try c.decodeIfPresent(FollowUpEntry.self, forKey: .followUp)?.rule,
            status: .planned,
            parent: try c.decodeIfPresent(SessionCode.self, forKey: .parent))
        quotas = try c.decode([QuotaBlock].self, forKey: .quotas)
        session.budget = try c.decodeIfPresent(BudgetSection.self, forKey: .budget)?.budget
        session.documents = try c.decodeIfPresent(DocumentsEntry.self, forKey: .documents)?.documents
        if let schedule = try c.decodeIfPresent([ScheduleEntry].self, forKey: .schedule)?.map(\.part) {
            if schedule.isEmpty {
                throw TemplateFieldError(
                    c.codingPath + [CodingKeys.schedule], { $0.needsAtLeastOnePart })
            }
            session.schedule = schedule
            // The day's times follow the schedule unless the template gives them itself.
            if session.startTime == nil, let first = session.parts.first { session.startTime = session.schedule(of: first)?.start }
            if session.endTime == nil, let last = session.parts.last { session.endTime = session.schedule(of: last)?.end }
        }
    }

    /// Checks the rules that span keys: known roles, unique role codes, deadline before the session.
    func problems() -> [(path: [String], reason: LocalizedText)] {
        var problems: [(path: [String], reason: LocalizedText)] = []
        var roleCodes: Set<RoleCode> = []
        for (index, role) in session.roles.enumerated() where !roleCodes.insert(role.code).inserted {
            problems.append((["roles", "\(index)", "code"], LocalizedText { $0.roleCodeIsDeclaredTwice(role.code) }))
        }
        if session.roles.isEmpty {
            problems.append((["roles"], LocalizedText { $0.needsAtLeastOneRole }))
        }
        if quotas.isEmpty {
            problems.append((["quotas"], LocalizedText { $0.needsAtLeastOneQuota }))
        }
        for (blockIndex, block) in quotas.enumerated() {
            for (slotIndex, slot) in block.slots.enumerated() {
                for (roleIndex, role) in slot.roles.enumerated() where !roleCodes.contains(role) {
                    problems.append((
                        ["quotas", "\(blockIndex)", "slots", "\(slotIndex)", "roles", "\(roleIndex)"],
                        LocalizedText { $0.roleIsNotDeclared(role) }))
                }
            }
        }
        if let deadline = session.nominationDeadline, session.starts < deadline {
            problems.append((["nomination_deadline"], LocalizedText { $0.nominationDeadlineIsoIsAfter(deadline.iso, session.starts.iso) }))
        }
        problems += scheduleProblems()
        if let due = session.followUp?.dueDate, due < session.ends {
            problems.append((["follow_up", "due_date"], LocalizedText { $0.followUpDueDateDueIso(due.iso, session.ends.iso) }))
        }
        if let start = session.startTime, let end = session.endTime, session.days == 1,
           (end.hour, end.minute) <= (start.hour, start.minute) {
            problems.append((["end_time"], LocalizedText { $0.endTimeIsNotAfter }))
        }
        return problems
    }
}

extension SessionTemplate {
    /// The schedule's rules: parts that fit `attendance_by`, dates inside the session, no part twice, every day
    /// with a part, and a morning over before its afternoon starts.
    func scheduleProblems() -> [(path: [String], reason: LocalizedText)] {
        guard let schedule = session.schedule else { return [] }
        var problems: [(path: [String], reason: LocalizedText)] = []
        var seen: Set<String> = []
        for (index, part) in schedule.enumerated() {
            let path = ["schedule", "\(index)"]
            if (part.half == .day) != (session.attendanceBy == .day) {
                problems.append((path + ["part"], LocalizedText {
                    session.attendanceBy == .day ? $0.attendanceByDayUsePartDay : $0.attendanceByHalfDayUseAmOrPm
                }))
            }
            if let date = part.date, date < session.starts || session.ends < date {
                problems.append((path + ["date"], LocalizedText { $0.dateIsoIsNotADay(date.iso, session.starts.iso, session.ends.iso) }))
            }
            if !seen.insert("\(part.date?.iso ?? "*")|\(part.half.rawValue)").inserted {
                problems.append((path + ["part"], LocalizedText { $0.partHalfIsGivenTwice(part.half.rawValue, part.date?.iso) }))
            }
        }
        for offset in 0..<session.days {
            let date = session.starts.adding(days: offset)
            let parts = session.parts.filter { $0.date == date }.compactMap { session.schedule(of: $0) }
            if parts.isEmpty {
                problems.append((["schedule"], LocalizedText { $0.dateIsoHasNoPartAdd(date.iso) }))
            }
            if let morning = parts.first(where: { $0.half == .morning }), let afternoon = parts.first(where: { $0.half == .afternoon }),
               afternoon.start < morning.end {
                let index = schedule.firstIndex(of: afternoon) ?? 0
                problems.append((["schedule", "\(index)", "time"], LocalizedText { $0.theAfternoonStartsAtStart(afternoon.start, morning.end) }))
            }
        }
        return problems
    }
}

/// One part of `schedule:` as written: `{part: am, time: "07:30–11:30"}`, optionally `date:` for one day only.
private struct ScheduleEntry: Decodable {
    var part: ScheduledPart

    enum CodingKeys: String, CodingKey, CaseIterable {
        case part, time, date
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let rawHalf = try c.decode(String.self, forKey: .part)
        guard let half = SessionPart.Half(rawValue: rawHalf) else {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.part], { $0.rawHalfIsNotAllowedChoose(rawHalf) })
        }
        let rawTime = try c.decode(String.self, forKey: .time)
        guard let times = ScheduledPart.times(rawTime) else {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.time],
                { $0.rawTimeIsNotAllowedWrite(rawTime) })
        }
        part = ScheduledPart(date: try c.decodeDateIfPresent(forKey: .date), half: half, start: times.start, end: times.end)
    }
}

/// Who a quota block invites, and the slots each invited unit gets.
public struct QuotaBlock: Hashable, Sendable, Decodable {
    public var label: String
    public var kind: UnitKind?
    public var units: [UnitCode]?
    public var except: [UnitCode]
    public var slots: [SlotRule]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case label, kind, units, except, slots
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        label = try c.decodeText(forKey: .label)
        kind = try c.decodeIfPresent(UnitKind.self, forKey: .kind)
        units = try c.decodeIfPresent([UnitCode].self, forKey: .units)
        except = try c.decodeIfPresent([UnitCode].self, forKey: .except) ?? []
        if (kind == nil) == (units == nil) {
            throw TemplateFieldError(
                decoder.codingPath, { $0.giveEitherKindOrUnits })
        }
        slots = try c.decode([SlotEntry].self, forKey: .slots).map(\.rule)
        if slots.isEmpty {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.slots], { $0.needsAtLeastOneSlot })
        }
    }
}

private struct SlotEntry: Decodable {
    var rule: SlotRule

    enum CodingKeys: String, CodingKey, CaseIterable {
        case roles, count, from
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let roles = try c.decode([RoleCode].self, forKey: .roles)
        if roles.isEmpty || Set(roles).count != roles.count {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.roles], { $0.needsOneOrMoreDifferent })
        }
        let count = try c.decode(Int.self, forKey: .count)
        guard QuotaRules.isQuotaSize(count) else {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.count], { $0.mustBeBetweenAndNotCount(count) })
        }
        rule = SlotRule(roles: roles, count: count, source: try c.decodeIfPresent(SlotSource.self, forKey: .from) ?? .own)
    }
}

/// The `plan` map of a session file and the `document` map of a plan file: the issuing document.
struct PlanEntry: Decodable {
    var document: PlanDocument

    enum CodingKeys: String, CodingKey, CaseIterable {
        case number, date, signer, type
        case signerTitle = "signer_title"
        case signerOnBehalf = "signer_on_behalf"
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        document = PlanDocument(
            number: try c.decodeTextIfPresent(forKey: .number),
            date: try c.decodeDateIfPresent(forKey: .date),
            signer: try c.decodeTextIfPresent(forKey: .signer),
            signerTitle: try c.decodeTextIfPresent(forKey: .signerTitle),
            signerOnBehalf: try c.decodeTextIfPresent(forKey: .signerOnBehalf),
            type: try c.decodeTextIfPresent(forKey: .type))
    }
}

private struct FollowUpEntry: Decodable {
    var rule: FollowUpRule

    enum CodingKeys: String, CodingKey, CaseIterable {
        case required, audience, note, kinds
        case dueDaysAfter = "due_days_after"
        case dueDate = "due_date"
        case missingAfterDays = "missing_after_days"
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let audience = try c.decodeTextIfPresent(forKey: .audience)
        if let audience, DutyAudience(rawValue: audience) == nil {
            let known = DutyAudience.allCases.map(\.rawValue).joined(separator: ", ")
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.audience], { $0.mustBeOneOfKnown(known, audience) })
        }
        for key in [CodingKeys.dueDaysAfter, .missingAfterDays] {
            if let days = try c.decodeIfPresent(Int.self, forKey: key), !(0...3650).contains(days) {
                throw TemplateFieldError(
                    c.codingPath + [key], { $0.mustBeBetweenAndDaysNot(days) })
            }
        }
        let dueDays = try c.decodeIfPresent(Int.self, forKey: .dueDaysAfter)
        let dueDate = try c.decodeDateIfPresent(forKey: .dueDate)
        if dueDays != nil && dueDate != nil {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.dueDate], { $0.giveEitherDueDateOr })
        }
        rule = FollowUpRule(
            required: try c.decodeIfPresent(Bool.self, forKey: .required) ?? true,
            dueDaysAfter: dueDays, dueDate: dueDate, audience: audience,
            note: try c.decodeTextIfPresent(forKey: .note),
            missingAfterDays: try c.decodeIfPresent(Int.self, forKey: .missingAfterDays),
            kinds: try c.decodeIfPresent([UnitKind].self, forKey: .kinds))
    }
}

/// The `documents` map of a session file.
private struct DocumentsEntry: Decodable {
    var documents: SessionDocuments

    enum CodingKeys: String, CodingKey, CaseIterable {
        case basis, plan, invitation, certificate
        case budgetDecision = "budget_decision"
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func name(_ key: CodingKeys) throws -> String? {
            guard let value = try c.decodeTextIfPresent(forKey: key) else { return nil }
            guard Slug(rawValue: value) != nil else {
                throw TemplateFieldError(
                    c.codingPath + [key], { $0.mustNameAFileOf(value) })
            }
            return value
        }
        let basis = try c.decodeIfPresent([String].self, forKey: .basis) ?? []
        documents = SessionDocuments(
            basis: basis.map(VietnameseText.normalized).filter { !$0.isEmpty }, plan: try name(.plan),
            invitation: try name(.invitation), budgetDecision: try name(.budgetDecision), certificate: try name(.certificate))
    }
}
