/// A plan file (`Templates/plans/*.yaml`): a body's yearly plan of activities by quarter, the
/// report-back duties its units owe by a date, the award rule tied to them, and its emulation blocs.
public struct PlanTemplate: Sendable, Decodable {
    public var code: UnitCode
    public var title: String
    public var year: Int
    public var issuer: UnitCode
    public var place: String
    public var document: PlanDocument?
    /// The units the plan addresses ("các đơn vị"); duties without `owed_by` are owed by them.
    public var members: UnitSelection?
    public var activities: [PlanActivity]
    public var duties: [PlanDuty]
    public var awardRule: AwardRule?
    public var blocs: [BlocDefinition]
    public var criteria: [ScoreCriterion]
    public var tieBreak: [Slug]
    /// Bodies outside the unit tree that duties are owed to (a provincial council, a cluster of provinces).
    public var bodies: [OutsideBody]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, title, year, issuer, place, document, members, activities, duties, blocs, criteria, bodies
        case awardRule = "award_rule"
        case tieBreak = "tie_break"
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(UnitCode.self, forKey: .code)
        title = try c.decodeText(forKey: .title)
        year = try c.decode(Int.self, forKey: .year)
        guard (2000...2100).contains(year) else {
            throw TemplateFieldError(
                c.codingPath + [CodingKeys.year], { [year] in $0.yearIsOutOf(year) })
        }
        issuer = try c.decode(UnitCode.self, forKey: .issuer)
        place = try c.decodeText(forKey: .place)
        document = try c.decodeIfPresent(PlanEntry.self, forKey: .document)?.document
        members = try c.decodeIfPresent(UnitSelection.self, forKey: .members)
        activities = try c.decodeIfPresent([PlanActivity].self, forKey: .activities) ?? []
        duties = try c.decodeIfPresent([PlanDuty].self, forKey: .duties) ?? []
        awardRule = try c.decodeIfPresent(AwardRule.self, forKey: .awardRule)
        blocs = try c.decodeIfPresent([BlocDefinition].self, forKey: .blocs) ?? []
        criteria = try c.decodeIfPresent([ScoreCriterion].self, forKey: .criteria) ?? []
        tieBreak = try c.decodeIfPresent([Slug].self, forKey: .tieBreak) ?? []
        bodies = try c.decodeIfPresent([OutsideBody].self, forKey: .bodies) ?? []
    }

    /// The outside body with this code, if the plan names one.
    public func body(_ code: UnitCode) -> OutsideBody? { bodies.first { $0.code == code } }

    /// The rules that span keys: unique numbers and codes, known references, dates within the year.
    func problems() -> [(path: [String], reason: LocalizedText)] {
        var problems: [(path: [String], reason: LocalizedText)] = []
        func add(_ path: [String], _ words: Words) {
            problems.append((path, LocalizedText(words)))
        }
        if activities.isEmpty && duties.isEmpty {
            add([], { $0.aPlanNeedsAtLeast })
        }
        var numbers: Set<Int> = []
        var lastQuarter = 1
        for (index, activity) in activities.enumerated() {
            if !numbers.insert(activity.number).inserted {
                add(["activities", "\(index)", "number"], { $0.numberIsUsedTwice(activity.number) })
            }
            if activity.quarter < lastQuarter {
                add(["activities", "\(index)", "quarter"],
                    { $0.aQuarterActivityFollows(activity.quarter, lastQuarter) })
            }
            lastQuarter = max(lastQuarter, activity.quarter)
        }
        var dutyCodes: Set<Slug> = []
        for (index, duty) in duties.enumerated() {
            if !dutyCodes.insert(duty.code).inserted {
                add(["duties", "\(index)", "code"], { $0.dutyCodeDutyCodeIsUsed(duty.code) })
            }
            if let recurs = duty.recurs {
                if recurs.first.year != year {
                    add(["duties", "\(index)", "recurs", "from"], { $0.theFirstPeriodFirstCodeIs(recurs.first.code, year) })
                }
            } else if duty.due.year != year {
                add(["duties", "\(index)", "due"], { $0.dueDateDueIsoIsNot(duty.due.iso, year) })
            }
            if duty.owedBy == nil && duty.owedByBlocs.isEmpty && members == nil {
                add(["duties", "\(index)"], { $0.owedByIsMissingOr })
            }
            if duty.owedBy != nil && !duty.owedByBlocs.isEmpty {
                add(["duties", "\(index)", "owed_by_blocs"], { $0.aDutyIsOwedBy })
            }
            if duty.reportToBlocChair && blocs.isEmpty {
                add(["duties", "\(index)", "report_to_bloc_chair"], { $0.thePlanHasNoBlocs })
            }
            for (position, bloc) in duty.owedByBlocs.enumerated() where !blocs.contains(where: { $0.code == bloc }) {
                add(["duties", "\(index)", "owed_by_blocs", "\(position)"], { $0.noBlocUnderBlocs(bloc) })
            }
            for (position, recipient) in duty.sendTo.enumerated() {
                if case let .body(code) = recipient, body(code) == nil {
                    add(["duties", "\(index)", "send_to", "\(position)", "body"], { $0.noBodyCodeUnderBodies(code) })
                }
            }
        }
        var bodyCodes: Set<UnitCode> = []
        for (index, body) in bodies.enumerated() where !bodyCodes.insert(body.code).inserted {
            add(["bodies", "\(index)", "code"], { $0.bodyCodeBodyCodeIsUsed(body.code) })
        }
        if let rule = awardRule {
            for (index, code) in rule.requires.enumerated() where !dutyCodes.contains(code) {
                add(["award_rule", "requires", "\(index)"], { $0.noDutyCodeUnderDuties(code) })
            }
        }
        var criterionCodes: Set<Slug> = []
        for (index, criterion) in criteria.enumerated() where !criterionCodes.insert(criterion.code).inserted {
            add(["criteria", "\(index)", "code"], { $0.criterionCodeCriterionCodeIsUsed(criterion.code) })
        }
        for (index, code) in tieBreak.enumerated() where !criterionCodes.contains(code) {
            add(["tie_break", "\(index)"], { $0.noCriterionCodeUnderCriteria(code) })
        }
        var blocCodes: Set<UnitCode> = []
        for (index, bloc) in blocs.enumerated() {
            if !blocCodes.insert(bloc.code).inserted {
                add(["blocs", "\(index)", "code"], { $0.blocCodeBlocCodeIsUsed(bloc.code) })
            }
            if bloc.chair == bloc.deputy {
                add(["blocs", "\(index)", "deputy"], { $0.theDeputyIsTheChair })
            }
        }
        return problems
    }
}

/// One row of the plan's table: TT | Nội dung | Đơn vị thực hiện, in a quarter.
public struct PlanActivity: Hashable, Sendable, Decodable {
    /// The number printed in the TT column (plans do skip numbers).
    public var number: Int
    public var quarter: Int
    public var content: String
    /// "Đơn vị thực hiện" as the plan words it, printed as is.
    public var responsible: String
    /// The same units as data, for reports per unit; nil when the plan names nobody in particular.
    public var assigned: UnitSelection?
    /// A session of this toolkit that carries the activity out.
    public var session: SessionCode?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case number, quarter, content, responsible, assigned, session
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        number = try c.decode(Int.self, forKey: .number)
        guard (1...10_000).contains(number) else {
            throw TemplateFieldError(c.codingPath + [CodingKeys.number], { $0.mustBeBetweenAnd })
        }
        quarter = try c.decode(Int.self, forKey: .quarter)
        guard (1...4).contains(quarter) else {
            throw TemplateFieldError(c.codingPath + [CodingKeys.quarter], { [quarter] in $0.quarterMustBeToNot(quarter) })
        }
        content = try c.decodeText(forKey: .content)
        responsible = try c.decodeText(forKey: .responsible)
        assigned = try c.decodeIfPresent(UnitSelection.self, forKey: .assigned)
        session = try c.decodeIfPresent(SessionCode.self, forKey: .session)
    }
}

/// Something each selected unit owes the plan's issuer by a date, discharged by a report.
public struct PlanDuty: Hashable, Sendable, Decodable {
    /// What sort of duty: the same mechanism serves all of them.
    public enum Kind: String, CaseIterable, Sendable, Codable {
        /// Registering for emulation titles (đăng ký thi đua).
        case registration
        /// Launching emulation among one's own units (phát động thi đua).
        case launch
        /// A six-month, annual or other periodic report (báo cáo sơ kết, tổng kết).
        case periodicReport = "periodic-report"
        /// Signing the bloc's emulation compact (ký kết giao ước thi đua).
        case compact
        /// Re-running a session for one's own units (tuyên truyền lại).
        case followUp = "follow-up"
        /// Anything else a dispatch asks for by a date.
        case other
    }

    public var code: Slug
    public var kind: Kind
    public var title: String
    /// The last day on which the duty is discharged on time ("chậm nhất ngày …"); for a recurring duty, its
    /// first period's.
    public var due: CalendarDate
    /// A duty that recurs by period ("định kỳ 06 tháng và hàng năm"): one duty per period, each with its due day.
    public var recurs: RecurrenceRule?
    /// Who owes it; nil means the plan's `members`.
    public var owedBy: UnitSelection?
    /// The office in the unit tree that tracks the reports and may accept them; nil means the plan's issuer.
    public var reportTo: UnitCode?
    /// Blocs that owe it as blocs (their standing members act for them: the chair reports), instead of units.
    public var owedByBlocs: [UnitCode]
    /// Where the report goes as the text says: units, a department of a unit, or bodies outside the unit tree.
    /// Empty means `reportTo` (else the issuer).
    public var sendTo: [Recipient]
    /// Owed to the chair of the owing unit's bloc (seed 002: "đăng ký thi đua gửi về Trưởng cụm khối"), not
    /// to `reportTo` or the issuer.
    public var reportToBlocChair: Bool
    /// Whether the printed plan lists it among its deadlines (part IV): false for a duty the text implies
    /// without a deadline of its own (a launch, an item of the table), so the paper stays as issued.
    public var printed: Bool

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, kind, title, due, printed, recurs
        case owedBy = "owed_by"
        case reportTo = "report_to"
        case owedByBlocs = "owed_by_blocs"
        case sendTo = "send_to"
        case reportToBlocChair = "report_to_bloc_chair"
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(Slug.self, forKey: .code)
        kind = try c.decodeChoice(Kind.self, forKey: .kind)
        title = try c.decodeText(forKey: .title)
        recurs = try c.decodeIfPresent(RecurrenceEntry.self, forKey: .recurs)?.rule
        if let recurs {
            if c.contains(.due) {
                throw TemplateFieldError(c.codingPath + [CodingKeys.due], { $0.aRecurringDutyGivesEach })
            }
            guard let first = recurs.schedule.first?.due else {
                throw TemplateFieldError(c.codingPath + [CodingKeys.recurs], { $0.noPeriodHasADue })
            }
            due = first
        } else {
            due = try c.decodeDate(forKey: .due)
        }
        owedBy = try c.decodeIfPresent(UnitSelection.self, forKey: .owedBy)
        reportTo = try c.decodeIfPresent(UnitCode.self, forKey: .reportTo)
        owedByBlocs = try c.decodeIfPresent([UnitCode].self, forKey: .owedByBlocs) ?? []
        sendTo = try c.decodeIfPresent([Recipient].self, forKey: .sendTo) ?? []
        printed = try c.decodeIfPresent(Bool.self, forKey: .printed) ?? true
        reportToBlocChair = try c.decodeIfPresent(Bool.self, forKey: .reportToBlocChair) ?? false
    }
}

/// `recurs:` of a plan duty: `every`, `from` and `until` (period codes), `only`, `due_days_after_end`, `due_on`.
struct RecurrenceEntry: Decodable {
    var rule: RecurrenceRule

    enum CodingKeys: String, CodingKey, CaseIterable {
        case every, from, until, only
        case dueDaysAfterEnd = "due_days_after_end"
        case dueOn = "due_on"
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let every = try c.decodeChoice(Recurrence.self, forKey: .every)
        func period(_ raw: String, _ path: [any CodingKey]) throws -> DutyPeriod {
            guard let period = DutyPeriod(code: raw) else {
                throw TemplateFieldError(path, { $0.rawIsNotAPeriod(raw) })
            }
            return period
        }
        let first = try period(try c.decode(String.self, forKey: .from), c.codingPath + [CodingKeys.from])
        let last = try period(try c.decode(String.self, forKey: .until), c.codingPath + [CodingKeys.until])
        var dueOn: [DutyPeriod: CalendarDate] = [:]
        let raw = try c.decodeIfPresent([String: String].self, forKey: .dueOn) ?? [:]
        for (key, value) in raw.sorted(by: { $0.key < $1.key }) {
            let path = c.codingPath + [CodingKeys.dueOn, AnyCodingKey(stringValue: key)]
            guard let day = try? CalendarDate(iso: value) else {
                throw TemplateFieldError(path, { $0.valueIsNotAReal(value) })
            }
            dueOn[try period(key, path)] = day
        }
        let days = try c.decodeIfPresent(Int.self, forKey: .dueDaysAfterEnd)
        if let days, !(-366...366).contains(days) {
            throw TemplateFieldError(c.codingPath + [CodingKeys.dueDaysAfterEnd], { $0.mustBeBetweenAndDays })
        }
        rule = RecurrenceRule(every: every, first: first, last: last, only: try c.decodeIfPresent([Int].self, forKey: .only) ?? [],
                              dueDaysAfterEnd: days, dueOn: dueOn)
        if let problem = rule.problems.first {
            throw TemplateFieldError(c.codingPath, problem)
        }
    }
}

/// A body a duty may be owed to that is not in the unit tree (*Hội đồng TĐKT tỉnh*, *Cụm thi đua 7 tỉnh biên
/// giới phía Bắc*): named in the plan file, with its own code.
public struct OutsideBody: Hashable, Sendable, Decodable {
    public var code: UnitCode
    public var name: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, name
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(UnitCode.self, forKey: .code)
        name = try c.decodeText(forKey: .name)
    }
}

/// Where a duty's report goes: a unit of the tree, a department of one (*Ban CSPL&QHLĐ, LĐLĐ tỉnh*), or an
/// outside body of the plan. In the file: `{unit: LDLD-LCU, department: Ban …}` or `{body: HDTDKT-LCU}`.
public enum Recipient: Hashable, Sendable, Decodable {
    case unit(UnitCode, department: String?)
    case body(UnitCode)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case unit, department, body
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let unit = try c.decodeIfPresent(UnitCode.self, forKey: .unit)
        let body = try c.decodeIfPresent(UnitCode.self, forKey: .body)
        switch (unit, body) {
        case let (unit?, nil):
            self = .unit(unit, department: try c.decodeTextIfPresent(forKey: .department))
        case let (nil, body?):
            if c.contains(.department) {
                throw TemplateFieldError(c.codingPath + [CodingKeys.department], { $0.aDepartmentBelongsToA })
            }
            self = .body(body)
        default:
            throw TemplateFieldError(decoder.codingPath, { $0.giveUnitWithAnOptional })
        }
    }

    /// The recipient as the plan's reports name it: "Ban CSPL&QHLĐ, LĐLĐ tỉnh Lai Châu", or the body's name.
    public func name(units: (UnitCode) -> String?, plan: PlanTemplate) -> String {
        switch self {
        case let .unit(code, department):
            let unit = units(code) ?? code.rawValue
            return department.map { "\($0), \(unit)" } ?? unit
        case let .body(code):
            return plan.body(code)?.name ?? code.rawValue
        }
    }
}

/// Which duties a unit must have discharged to be considered for awards.
public struct AwardRule: Hashable, Sendable, Decodable {
    public var requires: [Slug]
    /// The stricter reading: a report after the due date disqualifies (true). By default (false) the rule is
    /// applied as written: a duty done at all, whenever, counts. See `AwardReading`.
    public var onTime: Bool
    /// The rule as the plan words it.
    public var note: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case requires, note
        case onTime = "on_time"
    }

    public init(requires: [Slug], onTime: Bool = false, note: String? = nil) {
        self.requires = requires
        self.onTime = onTime
        self.note = note
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        requires = try c.decode([Slug].self, forKey: .requires)
        if requires.isEmpty {
            throw TemplateFieldError(c.codingPath + [CodingKeys.requires], { $0.needsAtLeastOneDuty })
        }
        onTime = try c.decodeIfPresent(Bool.self, forKey: .onTime) ?? false
        note = try c.decodeTextIfPresent(forKey: .note)
    }
}

/// An emulation bloc (khối/cụm thi đua): members, and the chair and deputy who collect and score.
public struct BlocDefinition: Hashable, Sendable, Decodable {
    public var code: UnitCode
    public var name: String
    public var chair: UnitCode
    public var deputy: UnitCode?
    public var members: UnitSelection
    /// The bloc's own criteria and scale, issued by its chair (seed 002); nil: the plan's criteria.
    public var scale: BlocScale?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, name, chair, deputy, members, scale
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(UnitCode.self, forKey: .code)
        name = try c.decodeText(forKey: .name)
        chair = try c.decode(UnitCode.self, forKey: .chair)
        deputy = try c.decodeIfPresent(UnitCode.self, forKey: .deputy)
        members = try c.decode(UnitSelection.self, forKey: .members)
        scale = try c.decodeIfPresent(BlocScale.self, forKey: .scale)
    }
}

/// One line of a bloc's scale: what is scored and how many points it can earn at most.
public struct ScoreCriterion: Hashable, Sendable, Decodable {
    public var code: Slug
    public var name: String
    public var points: Int

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, name, points
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(Slug.self, forKey: .code)
        name = try c.decodeText(forKey: .name)
        points = try c.decode(Int.self, forKey: .points)
        guard (1...1_000).contains(points) else {
            throw TemplateFieldError(c.codingPath + [CodingKeys.points], { $0.pointsMustBeBetweenAnd })
        }
    }
}

/// A set of units named by code and/or kind, minus exceptions: "LĐLĐ tỉnh and every district federation".
public struct UnitSelection: Hashable, Sendable, Decodable {
    public var units: [UnitCode]
    public var kinds: [UnitKind]
    public var except: [UnitCode]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case units, kinds, except
    }

    public init(units: [UnitCode] = [], kinds: [UnitKind] = [], except: [UnitCode] = []) {
        self.units = units
        self.kinds = kinds
        self.except = except
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        units = try c.decodeIfPresent([UnitCode].self, forKey: .units) ?? []
        kinds = try c.decodeIfPresent([UnitKind].self, forKey: .kinds) ?? []
        except = try c.decodeIfPresent([UnitCode].self, forKey: .except) ?? []
        if units.isEmpty && kinds.isEmpty {
            throw TemplateFieldError(decoder.codingPath, { $0.giveUnitsOrKindsOr })
        }
    }

    /// The selected units valid on `date`, listed units first in their order, then the units of
    /// the kinds in administrative order (then by code), each once, without the exceptions.
    public func select(in tree: UnitTree, on date: CalendarDate) -> [OrgUnit] {
        var seen = Set(except)
        var selected: [OrgUnit] = []
        for code in units {
            if let unit = tree[code], unit.isValid(on: date), seen.insert(code).inserted { selected.append(unit) }
        }
        let kindSet = Set(kinds)
        // Units of two files can share a position: the code settles the order, never the hash seed.
        let ofKinds = tree.units.values
            .filter { kindSet.contains($0.kind) && $0.isValid(on: date) }
            .sorted { ($0.sortOrder, $0.code) < ($1.sortOrder, $1.code) }
        for unit in ofKinds where seen.insert(unit.code).inserted {
            selected.append(unit)
        }
        return selected
    }

    /// The unit codes that are not in the tree, with the key they are under.
    func unknownCodes(in tree: UnitTree) -> [(key: String, index: Int, code: UnitCode)] {
        units.enumerated().filter { tree[$0.element] == nil }.map { ("units", $0.offset, $0.element) }
            + except.enumerated().filter { tree[$0.element] == nil }.map { ("except", $0.offset, $0.element) }
    }
}

/// A plan with its selections resolved against the units, fixed when the plan is loaded: units
/// opened, closed or merged later do not change who owed what.
public struct ResolvedPlan: Sendable {
    public var template: PlanTemplate
    /// The day the selections were made on: the plan's date, else 1 January of its year.
    public var resolvedOn: CalendarDate
    /// For each activity (same order), the units that carry it out.
    public var assigned: [[UnitCode]]
    /// For each duty (same order), the units that owe it.
    public var owing: [[UnitCode]]
    /// For each bloc (same order), its members in administrative order.
    public var blocMembers: [[UnitCode]]
}

extension ResolvedPlan {
    /// Resolves every selection of the plan, or lists what does not fit the units.
    static func resolve(_ template: PlanTemplate, units tree: UnitTree) -> (
        plan: ResolvedPlan, problems: [(path: [String], reason: LocalizedText)]
    ) {
        var problems: [(path: [String], reason: LocalizedText)] = []
        func add(_ path: [String], _ words: Words) {
            problems.append((path, LocalizedText(words)))
        }
        func known(_ code: UnitCode?, at path: [String]) {
            guard let code, tree[code] == nil else { return }
            add(path, { $0.unitCodeIsNotAmong(code) })
        }
        // The year was checked (2000–2100) when decoded, so its 1 January exists.
        guard let day = template.document?.date ?? (try? CalendarDate(year: template.year, month: 1, day: 1)) else {
            preconditionFailure("year \(template.year) passed decoding but has no 1 January")
        }
        func resolve(_ selection: UnitSelection, at path: [String]) -> [UnitCode] {
            for unknown in selection.unknownCodes(in: tree) {
                known(unknown.code, at: path + [unknown.key, "\(unknown.index)"])
            }
            let selected = selection.select(in: tree, on: day).map(\.code)
            if selected.isEmpty {
                add(path, { $0.selectsNoUnitCheckUnits })
            }
            return selected
        }
        known(template.issuer, at: ["issuer"])
        let assigned = template.activities.enumerated().map { index, activity in
            activity.assigned.map { resolve($0, at: ["activities", "\(index)", "assigned"]) } ?? []
        }
        let owing = template.duties.enumerated().map { index, duty in
            if let owedBy = duty.owedBy { return resolve(owedBy, at: ["duties", "\(index)", "owed_by"]) }
            // Owed by blocs: their chairs act for them, resolved when the duty rows are made.
            if !duty.owedByBlocs.isEmpty { return [UnitCode]() }
            return template.members.map { resolve($0, at: ["members"]) } ?? []
        }
        for (index, duty) in template.duties.enumerated() {
            known(duty.reportTo, at: ["duties", "\(index)", "report_to"])
            for (position, recipient) in duty.sendTo.enumerated() {
                if case let .unit(code, _) = recipient { known(code, at: ["duties", "\(index)", "send_to", "\(position)", "unit"]) }
            }
        }
        for (index, body) in template.bodies.enumerated() where tree[body.code] != nil {
            add(["bodies", "\(index)", "code"], { $0.bodyCodeIsAnImportedUnit(body.code) })
        }
        var blocOf: [UnitCode: UnitCode] = [:]
        let blocMembers = template.blocs.enumerated().map { index, bloc in
            let path = ["blocs", "\(index)"]
            let members = resolve(bloc.members, at: path + ["members"])
            for (key, code) in [("chair", bloc.chair), ("deputy", bloc.deputy)] {
                guard let code else { continue }
                known(code, at: path + [key])
                if tree[code] != nil && !members.contains(code) {
                    add(path + [key], { $0.codeIsNotAMember(code, bloc.code) })
                }
            }
            for member in members {
                if let other = blocOf[member] {
                    add(path + ["members"], { $0.memberAlreadyBelongsToBloc("\(member)", other) })
                }
                blocOf[member] = bloc.code
            }
            return members
        }
        return (ResolvedPlan(template: template, resolvedOn: day, assigned: assigned, owing: owing,
                             blocMembers: blocMembers), problems)
    }
}

extension ResolvedPlan {
    /// A plan as stored: the template read again from its file's text, and the selections made when it was loaded.
    public init(template: PlanTemplate, resolution: PlanResolution) throws {
        let count = (template.activities.count, template.duties.count, template.blocs.count)
        guard (resolution.assigned.count, resolution.owing.count, resolution.blocMembers.count) == count else {
            throw PlanResolution.Mismatch()
        }
        self.init(template: template, resolvedOn: resolution.resolvedOn, assigned: resolution.assigned,
                  owing: resolution.owing, blocMembers: resolution.blocMembers)
    }

    /// The selections, to store beside the file's text.
    public var resolution: PlanResolution {
        PlanResolution(resolvedOn: resolvedOn, assigned: assigned, owing: owing, blocMembers: blocMembers)
    }

    /// The activities grouped by quarter, in plan order; quarters without activities are left out.
    public var activitiesByQuarter: [(quarter: Int, activities: [PlanActivity])] {
        (1...4).compactMap { quarter in
            let activities = template.activities.filter { $0.quarter == quarter }
            return activities.isEmpty ? nil : (quarter, activities)
        }
    }
}

/// Which units each activity, duty and bloc selected when the plan was loaded.
public struct PlanResolution: Codable, Sendable, Equatable {
    public var resolvedOn: CalendarDate
    public var assigned: [[UnitCode]]
    public var owing: [[UnitCode]]
    public var blocMembers: [[UnitCode]]

    /// A stored resolution that does not fit its plan's text: the database was changed by hand.
    public struct Mismatch: Error {}
}
