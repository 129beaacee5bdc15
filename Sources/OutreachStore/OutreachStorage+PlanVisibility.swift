import OutreachCore

extension OutreachStorage {
    // MARK: - Which plans and blocs a principal may see whole (their workbooks): `Authority`'s `viewPlan`, `viewBloc`

    /// The facts a plan's or a bloc's rights are decided on: the unit tree (no session's organisers).
    private func planFacts() throws(OutreachError) -> AuthorityFacts {
        AuthorityFacts(units: UnitTree(try units()), organisers: [])
    }

    /// The plans `principal` may see whole: those it issued and those of units below it (every plan for the
    /// operator).
    public func plans(visibleTo principal: Principal) throws(OutreachError) -> [ResolvedPlan] {
        let all = try plans()
        guard principal != .databaseOperator else { return all }
        let facts = try planFacts()
        return all.filter { (try? Authority.decide(principal, .viewPlan(issuer: $0.template.issuer), facts: facts).get()) != nil }
    }

    /// One plan, once `principal` may see it whole (`notAllowed` otherwise).
    public func plan(_ code: UnitCode, visibleTo principal: Principal) throws(OutreachError) -> ResolvedPlan {
        let plan = try plan(code)
        if principal != .databaseOperator {
            try Authority.check(principal, .viewPlan(issuer: plan.template.issuer), facts: try planFacts(), action: LocalizedText { $0.seeTheWholePlanCode(code) })
        }
        return plan
    }

    /// The blocs `principal` may see whole, plan by plan: those it chairs or deputises, and those of the plans
    /// it issued or of units below it (every bloc for the operator).
    public func blocs(visibleTo principal: Principal) throws(OutreachError) -> [BlocView] {
        let facts = principal == .databaseOperator ? nil : try planFacts()
        var found: [BlocView] = []
        for plan in try plans() {
            for code in try blocs(plan: plan.template.code) {
                let view = try bloc(code, asOf: nil)
                if let facts, (try? Authority.decide(principal, Self.viewing(view), facts: facts).get()) == nil { continue }
                found.append(view)
            }
        }
        return found
    }

    /// One bloc as of `asOf`, once `principal` may see it whole (`notAllowed` otherwise).
    public func bloc(_ code: UnitCode, asOf: CalendarDate?, visibleTo principal: Principal) throws(OutreachError) -> BlocView {
        let view = try bloc(code, asOf: asOf)
        if principal != .databaseOperator {
            try Authority.check(principal, Self.viewing(view), facts: try planFacts(), action: LocalizedText { $0.seeTheWholeBlocCode(code) })
        }
        return view
    }

    /// A plan's duties as `principal` may see them: every unit's for those who may see the plan whole, else the
    /// duties of the principal and of the units below it (a unit that owes a duty sees its own, not the others').
    public func planDuties(
        _ code: UnitCode, today: CalendarDate, unit: UnitCode?, visibleTo principal: Principal
    ) throws(OutreachError) -> (plan: ResolvedPlan, lines: [PlanDutyLine]) {
        let (plan, lines) = try planDuties(code, today: today, unit: unit)
        guard let sees = try seesOwnDutiesOnly(plan, principal) else { return (plan, lines) }
        return (plan, lines.filter { sees($0.duty.unit) })
    }

    /// The reminders of a plan's duties, as `principal` may see them (as `planDuties(_:today:unit:visibleTo:)`).
    public func planReminders(
        _ code: UnitCode, today: CalendarDate, within days: Int, visibleTo principal: Principal
    ) throws(OutreachError) -> [CascadeReminder] {
        let reminders = try planReminders(code, today: today, within: days)
        guard let sees = try seesOwnDutiesOnly(try plan(code), principal) else { return reminders }
        return reminders.filter { UnitCode(rawValue: $0.unit).map(sees) ?? false }
    }

    /// Nil when `principal` may see the whole plan; else which units' duties it sees (itself and below).
    private func seesOwnDutiesOnly(_ plan: ResolvedPlan, _ principal: Principal) throws(OutreachError) -> ((UnitCode) -> Bool)? {
        guard case .unit(let actor) = principal else { return nil }
        let facts = try planFacts()
        if (try? Authority.decide(principal, .viewPlan(issuer: plan.template.issuer), facts: facts).get()) != nil { return nil }
        return { unit in unit == actor || facts.units.isSubordinate(unit, of: actor) }
    }

    private static func viewing(_ view: BlocView) -> Act {
        .viewBloc(chair: view.chair, deputy: view.deputy, issuer: view.plan.template.issuer)
    }
}
