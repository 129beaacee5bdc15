import OutreachCore
import OutreachStore

extension DemoScenario {
    /// The day the demo's follow-up workbook is judged on: after every level-1 duty has closed.
    public static let demoCascadeDay = try! CalendarDate(iso: "2022-07-15")

    /// Continues the Lào Cai story after the session: every attending office owes a follow-up by 09/06/2022.
    /// Most district offices hold theirs on time (each inviting its schools, which re-train their teachers,
    /// two of them in a session of their own), two are late and Si Ma Cai never reports; the schools under
    /// the Sở and the centres report directly, a few late. The Sở accepts the district reports on time.
    func recordDemoCascade(_ session: Session) throws(OutreachError) {
        let organiser = session.organiser
        func on(_ day: CalendarDate, as actor: UnitCode? = nil) -> CommandContext {
            CommandContext(actor: actor ?? organiser, command: "demo", today: day)
        }
        let duties = try database.openCascade(session: session.code, context: on(session.ends.adding(days: 1)))
        let units = UnitTree(try database.units())
        var random = SeededRandom(seed: 2022)
        func roll(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(random.next() % UInt64(range.count)) }
        // Most of the staff come to a re-training; a few are away.
        func share(of audience: Int) -> Int { audience * roll(75...100) / 100 }
        let late: [String: CalendarDate] = [
            "PGD-BACHA": try! CalendarDate(iso: "2022-06-13"), "PGD-MUONGKHUONG": try! CalendarDate(iso: "2022-06-17"),
        ]
        let missing: Set<String> = ["PGD-SIMACAI"]
        var districtIndex = 0
        for duty in duties {
            let code = duty.unit.rawValue
            if missing.contains(code) { continue }
            guard units[duty.unit]?.kind.rawValue == "phong-gddt" else {
                // Schools and centres re-train their own staff and report directly; about one in seven late.
                let held = roll(1...7) == 1 ? duty.due.adding(days: roll(2...12)) : duty.due.adding(days: -roll(3...20))
                _ = try database.reportDuty(
                    CascadeReportRequest(
                        target: .id(duty.id), held: held, reachedUnits: 0, reachedPeople: share(of: duty.audiencePeople)),
                    context: on(held.adding(days: roll(1...3)), as: duty.unit))
                continue
            }
            let held = late[code] ?? session.ends.adding(days: 10 + 2 * districtIndex)
            districtIndex += 1
            let (child, _, invited) = try database.planCascade(
                CascadePlanRequest(
                    parent: session.code, unit: duty.unit, date: held, venue: "Hội trường \(units[duty.unit]?.displayName ?? code)",
                    perUnit: 2, roles: [RoleCode(rawValue: "cbql")!, RoleCode(rawValue: "giao-vien")!],
                    followUp: FollowUpRule(dueDaysAfter: 20, audience: DutyAudience.people.rawValue, missingAfterDays: 20)),
                context: on(held.adding(days: -7), as: duty.unit))
            let schools = try database.openCascade(session: child.code, invited: true, context: on(held.adding(days: 1), as: duty.unit))
            let reached = max(0, invited - roll(0...2))
            _ = try database.reportDuty(
                CascadeReportRequest(target: .id(duty.id), held: held, reachedUnits: reached, reachedPeople: reached * 2 - roll(0...3)),
                context: on(held.adding(days: 2), as: duty.unit))
            if late[code] == nil {
                _ = try database.acceptDuty(.id(duty.id), context: on(held.adding(days: 5)))
            }
            // The schools of the first three districts re-train their teachers; most report, some late. The first
            // school of each district holds a session of its own; a school with professional groups (tổ chuyên môn)
            // invites them and each group re-trains its teachers in turn (a third level of duties).
            guard districtIndex <= 3 else { continue }
            for (index, school) in schools.enumerated() {
                let groups = units.children(of: school.unit)
                let chance = groups.isEmpty ? roll(1...20) : 1
                if chance > 17 { continue }
                let schoolHeld = chance > 15 ? school.due.adding(days: roll(3...10)) : school.due.adding(days: -roll(2...15))
                if index == 0 || !groups.isEmpty {
                    let (own, _, _) = try database.planCascade(
                        CascadePlanRequest(
                            parent: child.code, unit: school.unit, date: schoolHeld,
                            venue: "Phòng họp \(units[school.unit]?.displayName ?? school.unit.rawValue)",
                            followUp: groups.isEmpty ? nil : FollowUpRule(
                                dueDaysAfter: 10, audience: DutyAudience.people.rawValue, missingAfterDays: 20)),
                        context: on(schoolHeld.adding(days: -5), as: school.unit))
                    if !groups.isEmpty {
                        let owed = try database.openCascade(session: own.code, invited: true, context: on(schoolHeld.adding(days: 1), as: school.unit))
                        for (number, group) in owed.enumerated() {
                            // The last group holds its meeting after the school's deadline.
                            let groupHeld = number == owed.count - 1 ? group.due.adding(days: 2) : group.due.adding(days: -roll(1...6))
                            _ = try database.reportDuty(
                                CascadeReportRequest(
                                    target: .id(group.id), held: groupHeld, reachedUnits: 0,
                                    reachedPeople: share(of: group.audiencePeople)),
                                context: on(groupHeld.adding(days: 1), as: group.unit))
                        }
                    }
                }
                _ = try database.reportDuty(
                    CascadeReportRequest(
                        target: .id(school.id), held: schoolHeld, reachedUnits: groups.isEmpty ? 0 : groups.count,
                        reachedPeople: share(of: school.audiencePeople)),
                    context: on(schoolHeld.adding(days: roll(0...4)), as: school.unit))
            }
        }
    }
}
