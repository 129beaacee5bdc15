import OutreachCore
import Testing
import TestSupport

/// `Placement` and `NominationDeadlines`, table by table, on the mini session (deadline 05/05/2022, held on
/// 10/05/2022) and the mini unit tree: Bát Xát's office (one leader of its own, two managers or teachers of its
/// schools) and Sa Pa's office (one leader), organised by the Sở and run by its Văn phòng.
@Suite("Placement and deadlines: the rules of a nomination")
struct PlacementRuleTests {
    static func code(_ text: String) -> UnitCode { UnitCode(rawValue: text)! }
    static func role(_ text: String) -> RoleCode { RoleCode(rawValue: text)! }

    static let tree = UnitTree(try! TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "u").units)
    static let session = try! TemplateLoader.session(
        yaml: Fixture.text("mini-session.yaml"), file: "s.yaml", units: tree).template.session

    static let quotas = [
        UnitQuota(unit: code("PGD-BATXAT"), groupLabel: "Phòng", groupIndex: 0, slots: [
            QuotaSlot(id: 1, index: 0, rule: SlotRule(roles: [role("lanh-dao")], count: 1)),
            QuotaSlot(id: 2, index: 1, rule: SlotRule(roles: [role("cbql"), role("giao-vien")], count: 2, source: .subordinate)),
        ]),
        UnitQuota(unit: code("PGD-SAPA"), groupLabel: "Phòng", groupIndex: 0, slots: [
            QuotaSlot(id: 3, index: 0, rule: SlotRule(roles: [role("lanh-dao")], count: 1)),
        ]),
    ]

    static func facts(active: [Int64: Int] = [:]) -> Placement.Facts {
        Placement.Facts(
            quotas: quotas, units: tree, organisers: [code("SGDDT-LCI"), code("PHONG-VANPHONG")], active: active)
    }

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var candidate: Placement.Candidate
        var principal: Principal = .databaseOperator
        var active: [Int64: Int] = [:]
        /// The slot and office expected, or the error.
        var expected: Result<(sender: String, slot: Int64), OutreachError>
        var description: String { name }
    }

    static func nominee(
        _ workplace: String?, _ role: String, sender: String? = nil, reserve: Bool = false,
        replacing: Placement.Replaced? = nil, existing: String? = nil, twin: String? = nil
    ) -> Placement.Candidate {
        Placement.Candidate(
            name: "Lò Thị Hoa", workplace: workplace.map(code), role: Self.role(role), sender: sender.map(code),
            reserve: reserve, replacing: replacing, existing: existing.map(code), twin: twin.map(code))
    }

    static let cases: [Case] = [
        Case(name: "a school's teacher counts for its district office", candidate: nominee("TH-BATXAT-KIMDONG", "giao-vien"),
             expected: .success(("PGD-BATXAT", 2))),
        Case(name: "the last place of a slot", candidate: nominee("TH-BATXAT-KIMDONG", "cbql"), active: [2: 1],
             expected: .success(("PGD-BATXAT", 2))),
        Case(name: "one over the slot", candidate: nominee("TH-BATXAT-KIMDONG", "cbql"), active: [2: 2],
             expected: .failure(.quotaFull(unit: "PGD-BATXAT", roles: "cbql/giao-vien", count: 2))),
        // The office's own slot is free, but takes leaders only: a full teachers' slot is not filled elsewhere.
        Case(name: "a role whose slots are full while another role's is free", candidate: nominee("TH-BATXAT-KIMDONG", "giao-vien"),
             active: [1: 0, 2: 2], expected: .failure(.quotaFull(unit: "PGD-BATXAT", roles: "cbql/giao-vien", count: 2))),
        Case(name: "a school's teacher in the office's own leader slot", candidate: nominee("TH-BATXAT-KIMDONG", "lanh-dao"),
             expected: .failure(.notFromSender(
                person: "Lò Thị Hoa", worksAt: "TH-BATXAT-KIMDONG", sender: "PGD-BATXAT", source: SlotSource.own.label))),
        Case(name: "a role the office's quota does not take", candidate: nominee("PGD-BATXAT", "can-bo-tdkt"),
             expected: .failure(.roleNotAllowed(unit: "PGD-BATXAT", role: "can-bo-tdkt", allowed: ["cbql", "giao-vien", "lanh-dao"]))),
        Case(name: "a role the session does not have", candidate: nominee("PGD-BATXAT", "thu-ky"),
             expected: .failure(.unknownRole(role: "thu-ky", session: "LCI-2022-TDKT",
                                             known: ["lanh-dao", "can-bo-tdkt", "cbql", "giao-vien"]))),
        Case(name: "already holding a place", candidate: nominee("PGD-BATXAT", "lanh-dao", existing: "PGD-BATXAT"),
             expected: .failure(.duplicateNominee(name: "Lò Thị Hoa", session: "LCI-2022-TDKT", sender: "PGD-BATXAT"))),
        Case(name: "a twin holding a place", candidate: nominee("PGD-SAPA", "lanh-dao", twin: "PGD-SAPA"),
             expected: .failure(.duplicateNominee(name: "Lò Thị Hoa", session: "LCI-2022-TDKT", sender: "PGD-SAPA"))),
        Case(name: "a workplace not invited", candidate: nominee("THPT-CHUYEN", "giao-vien"),
             expected: .failure(.notInvited(unit: "THPT-CHUYEN", session: "LCI-2022-TDKT"))),
        Case(name: "no workplace nor sender", candidate: nominee(nil, "giao-vien"),
             expected: .failure(.invalidInput(.worksAt, value: "", reason: LocalizedText(
                vi: "chưa biết nơi công tác của người này", en: "this person's workplace is not known")))),
        Case(name: "a reserve waits in a full slot", candidate: nominee("TH-BATXAT-KIMDONG", "cbql", reserve: true),
             active: [2: 2], expected: .success(("PGD-BATXAT", 2))),
        Case(name: "a replacement takes the freed place of a full slot",
             candidate: nominee("TH-BATXAT-KIMDONG", "giao-vien", sender: "PGD-BATXAT", replacing: .init(id: 7, slot: 2)),
             active: [2: 1], expected: .success(("PGD-BATXAT", 2))),
        Case(name: "a replacement in a role its place does not take",
             candidate: nominee("PGD-BATXAT", "giao-vien", sender: "PGD-BATXAT", replacing: .init(id: 7, slot: 1)),
             expected: .failure(.invalidInput(.role, value: "giao-vien", reason: LocalizedText(
                vi: "người thay vào chỗ của #7, chỗ này chỉ nhận: lanh-dao; muốn cử người vai trò khác thì rút #7 rồi thêm người mới",
                en: "the replacement takes the place of #7, which only takes: lanh-dao; to send someone in another role, withdraw #7 and add them")))),
        // Rights come before room: an office naming another office's quota is refused as such (exit 6).
        Case(name: "an office putting its staff in another office's quota",
             candidate: nominee("PGD-BATXAT", "lanh-dao", sender: "PGD-SAPA"), principal: .unit(code("PGD-BATXAT")),
             expected: .failure(.notAllowed(actor: "PGD-BATXAT", action: LocalizedText(
                vi: "cử người vào chỉ tiêu của PGD-SAPA (chỉ đơn vị tổ chức, đơn vị liên quan hoặc cấp trên của đơn vị đó mới được)",
                en: "nominate for the quota of PGD-SAPA (only the organisers, the office concerned or a unit above it may)")))),
        Case(name: "the organiser for any office", candidate: nominee("PGD-SAPA", "lanh-dao"),
             principal: .unit(code("SGDDT-LCI")), expected: .success(("PGD-SAPA", 3))),
        Case(name: "a school for its own teacher", candidate: nominee("TH-BATXAT-KIMDONG", "giao-vien"),
             principal: .unit(code("TH-BATXAT-KIMDONG")), expected: .success(("PGD-BATXAT", 2))),
    ]

    @Test(arguments: cases)
    func placement(_ row: Case) {
        let result = Result { () throws(OutreachError) -> Placement.Answer in
            try Placement.place(row.candidate, in: Self.session, by: row.principal, facts: Self.facts(active: row.active))
        }
        switch (result, row.expected) {
        case (.success(let answer), .success(let expected)):
            #expect(answer.sender.rawValue == expected.sender && answer.slot.id == expected.slot, "\(row)")
        case (.failure(let error), .failure(let expected)):
            #expect(error == expected, "\(row)")
            #expect(error.exitStatus == expected.exitStatus)
        default:
            Issue.record("\(row): \(result) where \(row.expected) was expected")
        }
    }

    @Test func theStandingComesWithThePlace() throws {
        let asOffice = try Placement.place(
            Self.nominee("TH-BATXAT-KIMDONG", "giao-vien"), in: Self.session, by: .unit(Self.code("PGD-BATXAT")), facts: Self.facts())
        #expect(asOffice.standing == .concerned)
        let asOrganiser = try Placement.place(
            Self.nominee("TH-BATXAT-KIMDONG", "giao-vien"), in: Self.session, by: .unit(Self.code("PHONG-VANPHONG")), facts: Self.facts())
        #expect(asOrganiser.standing == .organiser)
    }

    // MARK: - Reserves

    static func waiting(_ id: Int64, slot: Int64, _ role: String) -> Placement.Waiting {
        Placement.Waiting(id: id, slot: slot, role: Self.role(role))
    }

    @Test(arguments: [
        // (queue, the freed place's slot and role, the slot's roles, the reserve expected)
        ([waiting(5, slot: 2, "cbql"), waiting(6, slot: 2, "giao-vien")], 2, "giao-vien", ["cbql", "giao-vien"], 6 as Int64?),
        ([waiting(5, slot: 2, "cbql"), waiting(6, slot: 2, "giao-vien")], 2, "lanh-dao", ["cbql", "giao-vien"], 5),
        ([waiting(5, slot: 1, "lanh-dao"), waiting(6, slot: 9, "giao-vien")], 2, "cbql", ["cbql", "giao-vien"], 6),
        ([waiting(5, slot: 1, "lanh-dao")], 2, "cbql", ["cbql", "giao-vien"], nil),
        ([waiting(5, slot: 9, "giao-vien")], 2, "cbql", nil, nil),
        ([], 2, "cbql", ["cbql"], nil),
    ] as [([Placement.Waiting], Int64, String, [String]?, Int64?)])
    func nextReserve(_ queue: [Placement.Waiting], _ slot: Int64, _ role: String, _ roles: [String]?, _ expected: Int64?) {
        let next = Placement.nextReserve(
            forSlot: slot, role: Self.role(role), slotRoles: roles?.map(Self.role), waiting: queue)
        #expect(next?.id == expected)
    }

    @Test(arguments: [
        // (the reserve's role and workplace, its slot, the freed slot, places still held there, the error expected)
        ("cbql", "TH-BATXAT-KIMDONG", 2 as Int64, 2 as Int64, 1, nil as OutreachError?),
        ("cbql", "TH-BATXAT-KIMDONG", 2, 2, 2, .quotaFull(unit: "PGD-BATXAT", roles: "cbql/giao-vien", count: 2)),
        ("lanh-dao", "PGD-BATXAT", 1, 2, 0, .roleNotAllowed(unit: "PGD-BATXAT", role: "lanh-dao", allowed: ["cbql", "giao-vien"])),
        ("giao-vien", "PGD-BATXAT", 9, 2, 0, .notFromSender(
            person: "Lò Thị Hoa", worksAt: "PGD-BATXAT", sender: "PGD-BATXAT", source: SlotSource.subordinate.label)),
        ("giao-vien", "THCS-BATXAT-YTY", 9, 2, 1, nil),
    ] as [(String, String, Int64, Int64, Int, OutreachError?)])
    func promotion(_ role: String, _ workplace: String, _ from: Int64, _ into: Int64, _ taken: Int, _ expected: OutreachError?) {
        let quota = Self.quotas[0]
        let slot = quota.slots.first { $0.id == into }!
        let result = Result { () throws(OutreachError) in
            try Placement.checkPromotion(
                name: "Lò Thị Hoa", role: Self.role(role), workplace: Self.code(workplace), fromSlot: from, into: slot,
                of: quota, units: Self.tree, taken: taken)
        }
        switch result {
        case .success: #expect(expected == nil, "promoted where \(String(describing: expected)) was expected")
        case .failure(let error): #expect(error == expected)
        }
    }

    // MARK: - Deadlines

    static func day(_ iso: String) -> CalendarDate { try! CalendarDate(iso: iso) }

    @Test(arguments: [
        // (the change, the day, a late reason given, the error expected: the deadline is 05/05, the session 10/05)
        (NominationDeadlines.Change.nominate, "2022-05-04", false, nil as String?),
        (.nominate, "2022-05-05", false, nil),  // the deadline day itself is open
        (.nominate, "2022-05-06", false, "deadlinePassed"),  // the day after
        (.nominate, "2022-05-06", true, nil),
        (.nominate, "2022-05-10", true, nil),  // the session's day, late
        (.nominate, "2022-05-11", true, "sessionOver"),  // over: not even late
        (.nominate, "2022-05-11", false, "sessionOver"),
        (.withdraw, "2022-05-05", false, nil),
        (.withdraw, "2022-05-06", false, "deadlinePassed"),
        (.withdraw, "2022-05-10", true, nil),
        (.withdraw, "2022-05-11", true, "sessionEnded"),
        // The organisers and the operator confirm after the deadline as routine, even after the session.
        (.confirm(standings: [.organiser]), "2022-05-06", false, nil),
        (.confirm(standings: [.databaseOperator]), "2022-05-20", false, nil),
        (.confirm(standings: [.concerned]), "2022-05-05", false, nil),
        (.confirm(standings: [.concerned]), "2022-05-06", false, "deadlinePassed"),
        (.confirm(standings: [.above]), "2022-05-06", true, nil),
        (.confirm(standings: [.organiser, .concerned]), "2022-05-06", false, "deadlinePassed"),
        (.confirm(standings: []), "2022-05-06", false, nil),
        // An office's list is closed once the session is over, even with a late reason.
        (.confirm(standings: [.concerned]), "2022-05-10", true, nil),
        (.confirm(standings: [.concerned]), "2022-05-11", true, "sessionEnded"),
        (.confirm(standings: [.organiser, .above]), "2022-05-11", true, "sessionEnded"),
        (.confirm(standings: [.organiser]), "2022-05-11", false, nil),  // the organisers still tidy their list
    ] as [(NominationDeadlines.Change, String, Bool, String?)])
    func deadline(_ change: NominationDeadlines.Change, _ today: String, _ late: Bool, _ expected: String?) {
        let result = Result { () throws(OutreachError) in
            try NominationDeadlines.check(change, session: Self.session, today: Self.day(today), late: late)
        }
        switch result {
        case .success:
            #expect(expected == nil, "\(change) on \(today): allowed where \(expected ?? "") was expected")
        case .failure(let error):
            let kind = switch error {
            case .deadlinePassed: "deadlinePassed"
            case .sessionOver: "sessionOver"
            case .sessionEnded: "sessionEnded"
            default: "\(error)"
            }
            #expect(kind == expected, "\(change) on \(today), late \(late)")
        }
    }

    @Test func withoutADeadlineOnlyTheSessionsEndCounts() {
        var session = Self.session
        session.nominationDeadline = nil
        #expect(throws: Never.self) {
            try NominationDeadlines.check(.nominate, session: session, today: Self.day("2022-05-10"), late: false)
        }
        #expect(throws: OutreachError.self) {
            try NominationDeadlines.check(.nominate, session: session, today: Self.day("2022-05-11"), late: false)
        }
    }
}
