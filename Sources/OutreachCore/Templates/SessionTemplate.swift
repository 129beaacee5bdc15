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
                c.codingPath + [CodingKeys.days], vi: "phải từ 1 đến 366, không phải \(days)",
                en: "must be between 1 and 366, not \(days)")
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
                    c.codingPath + [CodingKeys.schedule], vi: "cần ít nhất một buổi", en: "needs at least one part")
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
            problems.append((["roles", "\(index)", "code"], LocalizedText(
                vi: "vai trò \(role.code) khai báo hai lần", en: "role \(role.code) is declared twice")))
        }
        if session.roles.isEmpty {
            problems.append((["roles"], LocalizedText(vi: "cần ít nhất một vai trò", en: "needs at least one role")))
        }
        if quotas.isEmpty {
            problems.append((["quotas"], LocalizedText(
                vi: "cần ít nhất một nhóm định mức", en: "needs at least one quota block")))
        }
        for (blockIndex, block) in quotas.enumerated() {
            for (slotIndex, slot) in block.slots.enumerated() {
                for (roleIndex, role) in slot.roles.enumerated() where !roleCodes.contains(role) {
                    problems.append((
                        ["quotas", "\(blockIndex)", "slots", "\(slotIndex)", "roles", "\(roleIndex)"],
                        LocalizedText(
                            vi: "vai trò “\(role)” chưa khai báo trong roles",
                            en: "role “\(role)” is not declared under roles")))
                }
            }
        }
        if let deadline = session.nominationDeadline, session.starts < deadline {
            problems.append((["nomination_deadline"], LocalizedText(
                vi: "hạn đăng ký \(deadline.iso) sau ngày bắt đầu \(session.starts.iso)",
                en: "nomination deadline \(deadline.iso) is after the start \(session.starts.iso)")))
        }
        problems += scheduleProblems()
        if let due = session.followUp?.dueDate, due < session.ends {
            problems.append((["follow_up", "due_date"], LocalizedText(
                vi: "hạn tuyên truyền lại \(due.iso) trước ngày kết thúc đợt \(session.ends.iso)",
                en: "follow-up due date \(due.iso) is before the session ends \(session.ends.iso)")))
        }
        if let start = session.startTime, let end = session.endTime, session.days == 1,
           (end.hour, end.minute) <= (start.hour, start.minute) {
            problems.append((["end_time"], LocalizedText(
                vi: "giờ kết thúc không sau giờ bắt đầu", en: "end_time is not after start_time")))
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
                problems.append((path + ["part"], LocalizedText(
                    vi: session.attendanceBy == .day ? "đợt điểm danh theo ngày: dùng part: day" : "đợt điểm danh theo buổi: dùng part: am hoặc pm",
                    en: session.attendanceBy == .day ? "attendance is by day: use part: day" : "attendance is by half-day: use part: am or pm")))
            }
            if let date = part.date, date < session.starts || session.ends < date {
                problems.append((path + ["date"], LocalizedText(
                    vi: "ngày \(date.iso) không thuộc đợt (\(session.starts.iso) đến \(session.ends.iso))",
                    en: "\(date.iso) is not a day of the session (\(session.starts.iso) to \(session.ends.iso))")))
            }
            if !seen.insert("\(part.date?.iso ?? "*")|\(part.half.rawValue)").inserted {
                problems.append((path + ["part"], LocalizedText(
                    vi: "buổi \(part.half.rawValue) khai báo hai lần\(part.date.map { " cho ngày \($0.iso)" } ?? "")",
                    en: "part \(part.half.rawValue) is given twice\(part.date.map { " for \($0.iso)" } ?? "")")))
            }
        }
        for offset in 0..<session.days {
            let date = session.starts.adding(days: offset)
            let parts = session.parts.filter { $0.date == date }.compactMap { session.schedule(of: $0) }
            if parts.isEmpty {
                problems.append((["schedule"], LocalizedText(
                    vi: "ngày \(date.iso) không có buổi nào; thêm một buổi không ghi date (mọi ngày) hoặc có date: \(date.iso)",
                    en: "\(date.iso) has no part; add a part without date (every day) or with date: \(date.iso)")))
            }
            if let morning = parts.first(where: { $0.half == .morning }), let afternoon = parts.first(where: { $0.half == .afternoon }),
               afternoon.start < morning.end {
                let index = schedule.firstIndex(of: afternoon) ?? 0
                problems.append((["schedule", "\(index)", "time"], LocalizedText(
                    vi: "buổi chiều bắt đầu \(afternoon.start) trước khi buổi sáng kết thúc \(morning.end)",
                    en: "the afternoon starts at \(afternoon.start), before the morning ends at \(morning.end)")))
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
                c.codingPath + [CodingKeys.part], vi: "“\(rawHalf)” không hợp lệ; chọn am (sáng), pm (chiều) hoặc day (cả ngày)",
                en: "“\(rawHalf)” is not allowed; choose am, pm or day")
        }
        let rawTime = try c.decode(String.self, forKey: .time)
        guard let times = ScheduledPart.times(rawTime) else {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.time],
                vi: "“\(rawTime)” không hợp lệ; viết giờ bắt đầu–giờ kết thúc, ví dụ 07:30–11:30 (kết thúc sau bắt đầu)",
                en: "“\(rawTime)” is not allowed; write start–end, e.g. 07:30–11:30 (the end after the start)")
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
                decoder.codingPath, vi: "cần đúng một trong hai: kind hoặc units",
                en: "give either kind or units (exactly one of them)")
        }
        slots = try c.decode([SlotEntry].self, forKey: .slots).map(\.rule)
        if slots.isEmpty {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.slots], vi: "cần ít nhất một nhóm chỉ tiêu", en: "needs at least one slot")
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
                c.codingPath + [CodingKeys.roles], vi: "cần một hoặc nhiều vai trò khác nhau",
                en: "needs one or more different roles")
        }
        let count = try c.decode(Int.self, forKey: .count)
        guard (1...10_000).contains(count) else {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.count], vi: "phải từ 1 đến 10000, không phải \(count)",
                en: "must be between 1 and 10000, not \(count)")
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
                c.codingPath + [CodingKeys.audience], vi: "phải là một trong: \(known), không phải “\(audience)”",
                en: "must be one of: \(known), not “\(audience)”")
        }
        for key in [CodingKeys.dueDaysAfter, .missingAfterDays] {
            if let days = try c.decodeIfPresent(Int.self, forKey: key), !(0...3650).contains(days) {
                throw TemplateFieldError(
                    c.codingPath + [key], vi: "phải từ 0 đến 3650 ngày, không phải \(days)",
                    en: "must be between 0 and 3650 days, not \(days)")
            }
        }
        let dueDays = try c.decodeIfPresent(Int.self, forKey: .dueDaysAfter)
        let dueDate = try c.decodeDateIfPresent(forKey: .dueDate)
        if dueDays != nil && dueDate != nil {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.dueDate], vi: "chỉ dùng một trong hai: due_date hoặc due_days_after",
                en: "give either due_date or due_days_after, not both")
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
                    c.codingPath + [key], vi: "phải là tên một tệp trong Templates/documents/ (chữ thường, gạch ngang, không có .md), không phải “\(value)”",
                    en: "must name a file of Templates/documents/ (lower case, dashes, without .md), not “\(value)”")
            }
            return value
        }
        let basis = try c.decodeIfPresent([String].self, forKey: .basis) ?? []
        documents = SessionDocuments(
            basis: basis.map(VietnameseText.normalized).filter { !$0.isEmpty }, plan: try name(.plan),
            invitation: try name(.invitation), budgetDecision: try name(.budgetDecision), certificate: try name(.certificate))
    }
}
