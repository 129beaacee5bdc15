/// Who acts on the shared data: the operator of the database (the organiser's own machine, no unit named), or
/// the account of one unit (`--as` on the command line, a sign-in or a token on the server).
public enum Principal: Sendable, Hashable, CustomStringConvertible {
    case databaseOperator
    case unit(UnitCode)

    /// `nil` for the operator: the unit the audit log names.
    public var unit: UnitCode? {
        if case .unit(let code) = self { return code }
        return nil
    }

    public init(_ unit: UnitCode?) {
        self = unit.map(Principal.unit) ?? .databaseOperator
    }

    public var description: String { unit?.rawValue ?? "(operator)" }
}

/// One kind of change, with the facts about its target that decide who may make it.
public enum Act: Sendable, Equatable {
    /// Load or change units: the operator, or a unit at or above every unit the change touches. The store asks
    /// twice, against the tree before the change (for the units it alters) and after it (for every unit in the
    /// change), so no file can move a unit under its own sender to gain reach over it.
    /// A unit changed in its place (its parent, kind or years of validity) is `restructuring`: only a unit
    /// strictly above it may, never the unit itself (an office does not move itself under another body or
    /// make itself a department).
    case changeUnits(touching: [UnitCode], restructuring: [UnitCode] = [])
    /// Create a session: the operator, its organiser or the division that runs it; every invited office must be
    /// within the organiser's convening reach (`Authority.convenes`), so no file makes a unit the organiser of
    /// offices it has no say over.
    case createSession(organiser: UnitCode, managedBy: UnitCode?, invited: [UnitCode] = [])
    /// Change a session's quota: the session's organisers.
    case changeQuota
    /// Nominate, confirm, withdraw, replace, promote or list a reserve: the session's organisers, the sending
    /// office, the person's workplace when it is the sender or below it, or a unit above either.
    case changeNomination(sender: UnitCode, workplace: UnitCode?)
    /// Change a known person's workplace, position or email (a request naming someone who exists): the person's
    /// current workplace or a unit above it, or an organiser of the session that convenes that workplace. An
    /// office never takes another office's person into its own tree to act on their nominations.
    case changePerson(workplace: UnitCode?)
    /// Learn anything about a known person beyond what one typed oneself (their name from a number, their phone,
    /// workplace or nominations): the same units as `changePerson`. Whoever may not is told "not found", and
    /// lists, namesake warnings and refusals leave them out, so no number, phone or name fragment says whose a
    /// person is.
    case viewPerson(workplace: UnitCode?)
    /// See an office's quota and people: the session's organisers, the office itself and the units above it.
    case viewOffice(UnitCode)
    /// See a whole session's papers (its sign-in sheet, attendance, budget, payment lists): the session's
    /// organisers and, when named, the unit that funds it. An office sees its own part (`viewOffice`), never
    /// a paper that is the whole session's.
    case viewSession(fundedBy: UnitCode?)
    /// Import a list or form of `office`'s nominations: as `changeNomination`, and also a unit below the office
    /// (a school returns the list its district office sends); each row is then checked as `changeNomination`.
    case importNominations(office: UnitCode)
    /// Mark attendance or record a walk-in: the session's organisers, who keep the sign-in sheet.
    case recordAttendance
    /// Record actual spending: the session's organiser itself and the unit that funds it (not the division that
    /// runs it: spending is the finance office's); for one office's line, also that office (or a unit above it).
    case recordActual(office: UnitCode?, organiser: UnitCode, fundedBy: UnitCode?)
    /// Open a follow-up cascade of a session: the session's organisers.
    case openCascade
    /// Plan or report a duty: the unit that owes it, a unit above it, the unit it is owed to, or the organisers
    /// of the session it follows.
    case reportDuty(owner: UnitCode, owedTo: UnitCode)
    /// Accept or reopen a duty's report: the unit it is owed to, or the organisers of the session it follows;
    /// never the unit that owes it.
    case reviewDuty(owner: UnitCode, owedTo: UnitCode)
    /// Load a plan or create a bloc: the operator or the plan's issuer; every unit the plan makes owe a duty
    /// (`owing`) or puts in a bloc must be within the issuer's convening reach.
    case issuePlan(issuer: UnitCode, owing: [UnitCode] = [])
    /// Add members to a bloc: its chair or the plan's issuer; the units `adding` must be within the issuer's
    /// convening reach.
    case manageBloc(issuer: UnitCode, chair: UnitCode, adding: [UnitCode] = [])
    /// Replace the whole database with the demo: the operator alone.
    case replaceDatabase
    /// Copy the whole database (every office's people, phones and accounts): the operator alone.
    case copyDatabase
    /// Give or revoke a unit's sign-in to the server: the operator, the unit itself or a unit above it, and the
    /// organisers (in the facts) of a session the unit is invited to, who hand out the codes.
    case grantAccess(unit: UnitCode)
    /// Score a bloc's members (the final score): its chair or deputy, or the plan's issuer.
    case scoreBloc(chair: UnitCode, deputy: UnitCode?, issuer: UnitCode)
    /// Issue a bloc's own criteria and scale, record its meetings (giao ban): its chair or deputy, or the plan's
    /// issuer (seed 002: "Trưởng khối, phó khối … ban hành các nội dung, tiêu chí thi đua, thang điểm").
    case organiseBloc(chair: UnitCode, deputy: UnitCode?, issuer: UnitCode)
    /// A member's self-score: the member itself only, or the plan's issuer.
    case selfScoreBloc(member: UnitCode, issuer: UnitCode)
    /// A cross-check of one member by another (kiểm tra chéo): the checking member, the chair or deputy who
    /// organise it, or the plan's issuer.
    case crossCheckBloc(checker: UnitCode, chair: UnitCode, deputy: UnitCode?, issuer: UnitCode)
    /// A member's ballot in the bloc's vote (bình xét, suy tôn): the voting member, the chair or deputy who
    /// collect the ballots, or the plan's issuer.
    case voteBloc(voter: UnitCode, chair: UnitCode, deputy: UnitCode?, issuer: UnitCode)
    /// Mark a plan's activity done: the plan's issuer, which follows its own plan.
    case recordActivity(issuer: UnitCode)
    /// Set or change the due date of one period of a recurring plan duty: the plan's issuer, who sets them.
    case setDutyDue(issuer: UnitCode)
    /// See a whole plan (its activities and every unit's report-backs, as its workbooks show them): the plan's
    /// issuer and the units above it. A unit that owes a duty sees its own duties, not the others'.
    case viewPlan(issuer: UnitCode)
    /// See a whole bloc (every member's scores, as its score sheet shows them): its chair or deputy, the plan's
    /// issuer and the units above the issuer.
    case viewBloc(chair: UnitCode, deputy: UnitCode?, issuer: UnitCode)
}

/// Why an act is allowed: the standing of the principal towards its target. Deadlines depend on it (the
/// organiser confirms after the deadline as routine, an office needs a reason).
public enum Standing: Sendable, Equatable {
    /// The operator of the database.
    case databaseOperator
    /// The session's organiser, the division that runs it, or an organiser of a session above it; a plan's
    /// issuer; a bloc's chair.
    case organiser
    /// The unit concerned itself (the sending office, the workplace, the office that owes a duty).
    case concerned
    /// A unit above the one concerned.
    case above
    /// The unit a duty is owed to.
    case owedTo
}

/// Why an act is refused: one of these, never a free sentence, so every front end words it its own way.
public enum Refusal: Error, Sendable, Equatable {
    /// The acting unit is not in the unit list.
    case unknownActor(UnitCode)
    /// Only the operator or the units named may.
    case onlyOrganisers([UnitCode])
    /// Only the operator, the units named, or a unit above `concerned` may (`concerned` itself is named).
    case onlyTheseOrAbove([UnitCode], concerned: UnitCode)
    /// Only the unit concerned, a unit above it or the organisers may; an empty list names none (a nomination or
    /// an office asked for by number must not tell whose it is).
    case notConcerned(concerned: [UnitCode])
    /// The unit that owes a duty never accepts its own report.
    case ownReport(UnitCode)
    /// Only a unit at or above every unit changed may change units.
    case unitsOutsideReach([UnitCode])
    /// Only a unit strictly above a unit may change its place in the tree (parent, kind, validity).
    case restructuringItself([UnitCode])
    /// The person works outside the actor's reach; where is not said.
    case personOutsideReach
    /// The units named are outside what `organiser` convenes: its own units and those of the body it belongs to.
    case outsideConveningReach(organiser: UnitCode, units: [UnitCode])

    /// The refusal as the error every front end words: `action` (what was tried) and this reason after it.
    public func error(_ principal: Principal, action: LocalizedText) -> OutreachError {
        let reason = explanation
        return .notAllowed(actor: principal.description, action: LocalizedText { $0.actionWithReason(action, reason) })
    }

    /// The units named, each once (a bloc's member may also be its chair), in their first order.
    private static func eachOnce(_ units: [UnitCode]) -> String {
        var named = Set<UnitCode>()
        return units.filter { named.insert($0).inserted }.map(\.rawValue).joined(separator: ", ")
    }

    /// The reason, as a clause after the action ("… (only … may)").
    public var explanation: LocalizedText {
        switch self {
        case .unknownActor(let code):
            return LocalizedText { $0.unitCodeIsNotIn(code) }
        case .onlyOrganisers(let units):
            let list = Self.eachOnce(units)
            return LocalizedText { $0.onlyTheOperatorOr(list) }
        case .onlyTheseOrAbove(let units, let concerned):
            let list = Self.eachOnce(units)
            return LocalizedText { $0.onlyTheOperatorTheseOrAbove(list, concerned) }
        case .notConcerned(let units) where units.isEmpty:
            return LocalizedText { $0.onlyTheOrganisersTheOffice }
        case .notConcerned(let units):
            let list = units.map(\.rawValue).joined(separator: ", ")
            return LocalizedText { $0.onlyTheOrganisersListOr(list) }
        case .ownReport(let unit):
            return LocalizedText { $0.unitDoesNotAcceptIts(unit) }
        case .unitsOutsideReach(let units):
            let list = units.prefix(5).map(\.rawValue).joined(separator: ", ") + (units.count > 5 ? ", …" : "")
            return LocalizedText { $0.isNotAboveList(list) }
        case .restructuringItself(let units):
            let list = units.prefix(5).map(\.rawValue).joined(separator: ", ") + (units.count > 5 ? ", …" : "")
            return LocalizedText { $0.onlyAUnitAboveMay(list) }
        case .personOutsideReach:
            return LocalizedText { $0.thisPersonWorksOutsideYour }
        case .outsideConveningReach(let organiser, let units):
            let list = units.prefix(5).map(\.rawValue).joined(separator: ", ") + (units.count > 5 ? ", …" : "")
            return LocalizedText { $0.listIsOutsideWhatOrganiser(list, organiser) }
        }
    }
}

/// The facts an authority decision reads: the unit tree as it stands, and, for an act on a session or what
/// follows from it, that session's organisers (its organiser and managing division, and those of every
/// session above it in a cascade).
public struct AuthorityFacts: Sendable {
    public var units: UnitTree
    public var organisers: Set<UnitCode>

    public init(units: UnitTree, organisers: Set<UnitCode> = []) {
        self.units = units
        self.organisers = organisers
    }
}

/// Who may do what to whom: one rule for every front end (command line, web page, API) and every store.
///
/// The operator of the database may do everything. A unit's account may act on what concerns it or the units
/// below it, and a session's organisers on everything of that session; reference data (units, sessions,
/// plans) belongs to the operator and to the organiser or issuer it names.
public enum Authority {
    public static func decide(
        _ principal: Principal, _ act: Act, facts: AuthorityFacts
    ) -> Result<Standing, Refusal> {
        guard case .unit(let actor) = principal else { return .success(.databaseOperator) }
        // Whatever the unit, it never stands for the operator: no facts are needed to say so.
        if act == .replaceDatabase || act == .copyDatabase { return .failure(.onlyOrganisers([])) }
        let tree = facts.units
        // A unit's account stands for a unit that exists: a typo in `--as` never gets a blanket refusal message.
        if tree[actor] == nil { return .failure(.unknownActor(actor)) }
        let isOrganiser = facts.organisers.contains(actor)
        /// The standing of `actor` towards `unit`: itself or above it.
        func reach(_ unit: UnitCode?) -> Standing? {
            guard let unit else { return nil }
            if unit == actor { return .concerned }
            return tree.isSubordinate(unit, of: actor) ? .above : nil
        }
        let organisers = facts.organisers.sorted { $0.rawValue < $1.rawValue }

        /// The units of `units` that `organiser` does not convene.
        func notConvened(_ units: [UnitCode], by organiser: UnitCode) -> [UnitCode] {
            units.filter { !convenes(organiser, $0, in: tree) }
        }

        switch act {
        case .changeUnits(let touched, let restructured):
            let outside = touched.filter { $0 != actor && !tree.isSubordinate($0, of: actor) }
            if !outside.isEmpty { return .failure(.unitsOutsideReach(outside)) }
            let own = restructured.filter { !tree.isSubordinate($0, of: actor) }
            return own.isEmpty ? .success(.organiser) : .failure(.restructuringItself(own))
        case .createSession(let organiser, let managedBy, let invited):
            guard actor == organiser || actor == managedBy || isOrganiser else {
                return .failure(.onlyOrganisers([organiser] + [managedBy].compactMap { $0 }))
            }
            let outside = notConvened(invited, by: organiser)
            return outside.isEmpty ? .success(.organiser) : .failure(.outsideConveningReach(organiser: organiser, units: outside))
        case .changePerson(let workplace), .viewPerson(let workplace):
            guard let workplace else { return .success(.concerned) }
            if let standing = reach(workplace) { return .success(standing) }
            // An organiser moves people only among the offices it convenes: a district office organising its
            // follow-up never takes another district's person into its own tree.
            if isOrganiser, convenes(actor, workplace, in: tree) { return .success(.organiser) }
            // Not named: the refusal would tell where someone outside one's reach works.
            return .failure(.personOutsideReach)
        case .replaceDatabase, .copyDatabase:
            return .failure(.onlyOrganisers([]))  // answered above
        case .grantAccess(let unit):
            if let standing = reach(unit) { return .success(standing) }
            if isOrganiser { return .success(.organiser) }
            return .failure(.onlyTheseOrAbove(organisers + [unit], concerned: unit))
        case .changeQuota, .recordAttendance, .openCascade:
            return isOrganiser ? .success(.organiser) : .failure(.onlyOrganisers(organisers))
        case .changeNomination(let sender, let workplace):
            if isOrganiser { return .success(.organiser) }
            if let standing = reach(sender) { return .success(standing) }
            // The workplace speaks for its person only in a quota its sender holds for it (the sender itself or
            // above it): an office never puts its own staff into another office's quota.
            if let workplace, workplace == sender || tree.isSubordinate(workplace, of: sender),
               let standing = reach(workplace) {
                return .success(standing)
            }
            // The office is not named: a number asked for must not tell whose the nominee is.
            return .failure(.notConcerned(concerned: []))
        case .viewSession(let fundedBy):
            if isOrganiser || actor == fundedBy { return .success(.organiser) }
            return .failure(.onlyOrganisers(organisers + [fundedBy].compactMap { $0 }))
        case .viewOffice(let office):
            if isOrganiser { return .success(.organiser) }
            if let standing = reach(office) { return .success(standing) }
            return .failure(.notConcerned(concerned: []))
        case .importNominations(let office):
            if isOrganiser { return .success(.organiser) }
            if let standing = reach(office) { return .success(standing) }
            if tree.isSubordinate(actor, of: office) { return .success(.concerned) }
            return .failure(.notConcerned(concerned: [office]))
        case .recordActual(let office, let organiser, let fundedBy):
            if actor == organiser || actor == fundedBy { return .success(.organiser) }
            if let standing = reach(office) { return .success(standing) }
            var allowed = [organiser]
            if let fundedBy { allowed.append(fundedBy) }
            guard let office else { return .failure(.onlyOrganisers(allowed)) }
            return .failure(.onlyTheseOrAbove(allowed + [office], concerned: office))
        case .reportDuty(let owner, let owedTo):
            if actor == owedTo { return .success(.owedTo) }
            if isOrganiser { return .success(.organiser) }
            if let standing = reach(owner) { return .success(standing) }
            return .failure(.notConcerned(concerned: [owner]))
        case .reviewDuty(let owner, let owedTo):
            if actor == owedTo { return .success(.owedTo) }
            if actor == owner { return .failure(.ownReport(owner)) }
            if isOrganiser { return .success(.organiser) }
            return .failure(.onlyOrganisers([owedTo] + organisers))
        case .issuePlan(let issuer, let owing):
            guard actor == issuer else { return .failure(.onlyOrganisers([issuer])) }
            let outside = notConvened(owing, by: issuer)
            return outside.isEmpty ? .success(.organiser) : .failure(.outsideConveningReach(organiser: issuer, units: outside))
        case .recordActivity(let issuer), .setDutyDue(let issuer):
            return actor == issuer ? .success(.organiser) : .failure(.onlyOrganisers([issuer]))
        case .viewPlan(let issuer):
            if actor == issuer { return .success(.organiser) }
            return reach(issuer).map { .success($0) } ?? .failure(.onlyTheseOrAbove([issuer], concerned: issuer))
        case .viewBloc(let chair, let deputy, let issuer):
            if actor == chair || actor == deputy || actor == issuer { return .success(.organiser) }
            return reach(issuer).map { .success($0) }
                ?? .failure(.onlyTheseOrAbove([chair] + [deputy].compactMap { $0 } + [issuer], concerned: issuer))
        case .manageBloc(let issuer, let chair, let adding):
            guard actor == issuer || actor == chair else { return .failure(.onlyOrganisers([chair, issuer])) }
            let outside = notConvened(adding, by: issuer)
            return outside.isEmpty ? .success(.organiser) : .failure(.outsideConveningReach(organiser: issuer, units: outside))
        case .scoreBloc(let chair, let deputy, let issuer), .organiseBloc(let chair, let deputy, let issuer):
            return actor == chair || actor == deputy || actor == issuer
                ? .success(.organiser) : .failure(.onlyOrganisers([chair] + [deputy].compactMap { $0 } + [issuer]))
        case .selfScoreBloc(let member, let issuer):
            if actor == issuer { return .success(.organiser) }
            return actor == member ? .success(.concerned) : .failure(.onlyOrganisers([member, issuer]))
        case .crossCheckBloc(let member, let chair, let deputy, let issuer), .voteBloc(let member, let chair, let deputy, let issuer):
            if actor == chair || actor == deputy || actor == issuer { return .success(.organiser) }
            return actor == member
                ? .success(.concerned) : .failure(.onlyOrganisers([member, chair] + [deputy].compactMap { $0 } + [issuer]))
        }
    }

    /// Whether `organiser` may call `unit` to a session or make it owe a plan's duty: the organiser itself, a
    /// unit below it, or a unit below the body it belongs to (its parent). A provincial department convenes the
    /// province's district offices (all under the province's people's committee), a district office the
    /// district's schools; an office of one district never convenes another district or the province's
    /// departments. A unit the tree does not know is never convened.
    public static func convenes(_ organiser: UnitCode, _ unit: UnitCode, in tree: UnitTree) -> Bool {
        guard tree[unit] != nil else { return false }
        if unit == organiser || tree.isSubordinate(unit, of: organiser) { return true }
        guard let body = tree[organiser]?.parent else { return false }
        return unit == body || tree.isSubordinate(unit, of: body)
    }

    /// Whether `principal` may do `act`: the decision without its reason, for filtering what a list shows.
    public static func allows(_ principal: Principal, _ act: Act, facts: AuthorityFacts) -> Bool {
        (try? decide(principal, act, facts: facts).get()) != nil
    }

    /// Whether `principal` may learn about a nomination: see its sending office, or the person's workplace.
    public static func mayView(
        _ principal: Principal, sender: UnitCode, workplace: UnitCode?, facts: AuthorityFacts
    ) -> Bool {
        if allows(principal, .viewOffice(sender), facts: facts) { return true }
        guard let workplace else { return false }
        return allows(principal, .viewPerson(workplace: workplace), facts: facts)
    }

    /// The same decision as an error: `action` says what was tried ("xác nhận #12").
    @discardableResult
    public static func check(
        _ principal: Principal, _ act: Act, facts: AuthorityFacts, action: @autoclosure () -> LocalizedText
    ) throws(OutreachError) -> Standing {
        switch decide(principal, act, facts: facts) {
        case .success(let standing):
            return standing
        case .failure(.unknownActor(let code)):
            throw .unknownUnit(code.rawValue)
        case .failure(let refusal):
            throw refusal.error(principal, action: action())
        }
    }
}
