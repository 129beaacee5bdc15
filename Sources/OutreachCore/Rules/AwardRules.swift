/// The award rule of a plan ("Lưu ý" of seed 003): a unit that did not register for emulation titles or launch
/// emulation is not considered for awards.
///
/// Two readings, chosen in the plan file (`award_rule.on_time`):
/// - **as written** (the default): the duty must have been done at all, whenever, as of the day looked at;
/// - **on time** (stricter, explicit): done by its due date; a late report disqualifies.
/// Either way a duty not done keeps the unit off the list, and every required duty is named in the verdict,
/// with the day it was done or why it was not.
public enum AwardReading: String, Sendable, Codable, CaseIterable {
    case asWritten = "as-written"
    case onTime = "on-time"

    public var label: LocalizedText {
        switch self {
        case .asWritten: LocalizedText { $0.asWrittenDoneAtAll }
        case .onTime: LocalizedText { $0.stricterDoneByTheDue }
        }
    }
}

extension AwardRule {
    /// The reading the plan file chose.
    public var reading: AwardReading { onTime ? .onTime : .asWritten }
}

/// One required duty of one unit, judged under the rule's reading.
public struct AwardCheck: Sendable, Equatable {
    /// The duty's code in the plan (`dang-ky-thi-dua`, `phat-dong-thi-dua`).
    public var duty: Slug
    public var kind: DutyKind
    public var due: CalendarDate
    /// The day the report in force says it was done, if any.
    public var done: CalendarDate?
    public var status: DutyStatus
    public var passes: Bool
    /// What was found, in both languages ("đã đăng ký thi đua ngày 18/01/2022").
    public var text: LocalizedText

    public init(duty: Slug, kind: DutyKind, due: CalendarDate, done: CalendarDate?, status: DutyStatus, passes: Bool,
                text: LocalizedText) {
        self.duty = duty
        self.kind = kind
        self.due = due
        self.done = done
        self.status = status
        self.passes = passes
        self.text = text
    }

    /// Judges one unit's line of a required duty on `today` under `reading`.
    public static func judge(_ line: PlanDutyLine, reading: AwardReading, today: CalendarDate) -> AwardCheck {
        let due = VietnameseDate.numeric(line.duty.due)
        let what = Self.what(line)
        let done = line.status.isDone ? line.report?.report.done : nil
        func check(_ passes: Bool, _ words: Words) -> AwardCheck {
            AwardCheck(duty: line.code, kind: line.duty.kind, due: line.duty.due, done: done, status: line.status,
                       passes: passes, text: LocalizedText(words))
        }
        switch line.status {
        case .onTime:
            let day = VietnameseDate.numeric(done ?? line.duty.due)
            return check(true, { $0.dutyDoneOnTime(what, day, due) })
        case .late:
            let day = done.map(VietnameseDate.numeric) ?? "?"
            switch reading {
            case .asWritten:
                return check(true, { $0.dutyDoneLateAsWritten(what, day, due) })
            case .onTime:
                return check(false, { $0.dutyDoneLateCountsLate(what, line.duty.kind == .registration, day, due) })
            }
        case .due:
            let left = today.days(to: line.duty.due)
            return check(false, { $0.dutyNotYetDue(what, due, left) })
        case .overdue, .missing:
            switch reading {
            case .asWritten:
                return check(false, { $0.dutyNotDoneAsOf(what, VietnameseDate.numeric(today), due) })
            case .onTime:
                return check(false, { $0.dutyNotDoneByDue(what, due) })
            }
        }
    }

    /// The duty as a verb phrase: "đăng ký thi đua", "phát động thi đua", "gửi báo cáo …".
    private static func what(_ line: PlanDutyLine) -> LocalizedText {
        switch line.duty.kind {
        case .registration: LocalizedText { $0.dutyRegistered }
        case .launch: LocalizedText { $0.dutyLaunched }
        case .compact: LocalizedText { $0.dutyCompactSigned }
        default: LocalizedText { $0.dutySent(line.title) }
        }
    }
}

/// Whether a unit may be considered for awards under a plan's rule, and on what grounds.
public struct AwardEligibility: Sendable, Equatable {
    public var unit: UnitCode
    public var unitName: String
    public var eligible: Bool
    /// Every required duty the unit owes, in the rule's order, passed or not.
    public var checks: [AwardCheck]

    /// Why the unit is left out: the checks that failed.
    public var reasons: [LocalizedText] { checks.filter { !$0.passes }.map(\.text) }

    public init(unit: UnitCode, unitName: String, checks: [AwardCheck]) {
        self.unit = unit
        self.unitName = unitName
        self.eligible = checks.allSatisfy(\.passes)
        self.checks = checks
    }

    /// Applies the rule to every unit that owes one of its duties, in the order of `lines` (plan order, then
    /// administrative order). A unit is eligible when every required duty it owes passes under the rule's reading.
    public static func evaluate(rule: AwardRule, lines: [PlanDutyLine], today: CalendarDate) -> [AwardEligibility] {
        var order: [UnitCode] = []
        var names: [UnitCode: String] = [:]
        var checks: [UnitCode: [AwardCheck]] = [:]
        for code in rule.requires {
            for line in lines where line.code == code {
                let unit = line.duty.unit
                if names[unit] == nil {
                    order.append(unit)
                    names[unit] = line.unitName
                }
                checks[unit, default: []].append(AwardCheck.judge(line, reading: rule.reading, today: today))
            }
        }
        return order.map { AwardEligibility(unit: $0, unitName: names[$0] ?? $0.rawValue, checks: checks[$0] ?? []) }
    }
}

