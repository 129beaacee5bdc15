import Testing
@testable import OutreachCore

/// Seed 002 (1370/UBND-NV): a member self-scores against the bloc's criteria and sends it to the chair, another
/// member cross-checks it, the chair gives the final score, then the members vote (bình xét, suy tôn). Each step
/// waits for the one before it; one row per situation.
@Suite("A bloc's scoring chain: self-score → cross-check → chair's score → vote")
struct BlocScoringTests {
    static func code(_ text: String) -> UnitCode { UnitCode(rawValue: text)! }
    static let a = code("UBND-NENH"), b = code("UBND-HONGTHAI")

    /// (step, own scale, progress of A, checker, refused with…; nil: allowed)
    static let rows: [(name: String, step: BlocStep, ownScale: Bool, progress: BlocMemberProgress, checker: UnitCode?,
                       refusal: String?)] = [
        ("first self-score", .selfScore, true, BlocMemberProgress(), nil, nil),
        ("self-score sent again before the chair", .selfScore, true, BlocMemberProgress(selfScored: true, checked: true), nil, nil),
        ("self-score after the chair scored", .selfScore, true, BlocMemberProgress(selfScored: true, checked: true, finalCriteria: 1),
         nil, "khối trưởng đã chấm điểm chính thức cho UBND-NENH"),
        ("check before the self-score", .crossCheck, true, BlocMemberProgress(), b, "UBND-NENH chưa gửi bản tự chấm điểm"),
        ("check after the self-score", .crossCheck, true, BlocMemberProgress(selfScored: true), b, nil),
        ("a member checking itself", .crossCheck, true, BlocMemberProgress(selfScored: true), a, "không tự kiểm tra chéo"),
        ("check after the final score", .crossCheck, true, BlocMemberProgress(selfScored: true, checked: true, finalCriteria: 3), b,
         "không kiểm tra chéo lại được"),
        ("final score with nothing sent", .finalScore, true, BlocMemberProgress(), nil, "chưa gửi bản tự chấm điểm"),
        ("final score after the self-score, unchecked", .finalScore, true, BlocMemberProgress(selfScored: true), nil,
         "chưa được kiểm tra chéo"),
        ("final score after self-score and check", .finalScore, true, BlocMemberProgress(selfScored: true, checked: true), nil, nil),
        // A bloc on its plan's criteria (seed 003 says nothing of self-scoring): the chair scores directly.
        ("final score on the plan's criteria", .finalScore, false, BlocMemberProgress(), nil, nil),
    ]

    @Test(arguments: rows.indices)
    func eachStepWaitsForTheOneBefore(_ index: Int) {
        let row = Self.rows[index]
        let refusal: LocalizedText? = switch row.step {
        case .selfScore: BlocScoring.refuseSelfScore(unit: Self.a, progress: row.progress)
        case .crossCheck: BlocScoring.refuseCrossCheck(unit: Self.a, checker: row.checker!, checkerIsMember: true, progress: row.progress)
        case .finalScore: BlocScoring.refuseFinalScore(unit: Self.a, ownScale: row.ownScale, progress: row.progress)
        case .vote: nil
        }
        if let expected = row.refusal {
            #expect(refusal?.vi.contains(expected) == true, "\(row.name): \(String(describing: refusal))")
            #expect(refusal?.en.isEmpty == false)
        } else {
            #expect(refusal == nil, "\(row.name): \(String(describing: refusal))")
        }
    }

    @Test func aCheckerFromOutsideTheBlocIsRefused() {
        let refusal = BlocScoring.refuseCrossCheck(unit: Self.a, checker: Self.code("UBND-KHAC"), checkerIsMember: false,
                                                   progress: BlocMemberProgress(selfScored: true))
        #expect(refusal?.vi.contains("không phải thành viên khối") == true)
    }

    /// No vote before every member has its final score on every criterion; the refusal names who is missing.
    @Test func theVoteWaitsForEveryFinalScore() {
        let done = BlocMemberProgress(selfScored: true, checked: true, finalCriteria: 3)
        let half = BlocMemberProgress(selfScored: true, checked: true, finalCriteria: 2)
        #expect(BlocScoring.refuseVote(criteria: 3, members: [(Self.a, done), (Self.b, done)]) == nil)
        let refusal = BlocScoring.refuseVote(criteria: 3, members: [(Self.a, done), (Self.b, half)])
        #expect(refusal?.vi == "chưa bình xét được: khối trưởng chưa chấm xong điểm chính thức cho UBND-HONGTHAI")
    }

    /// Sent on the due day is on time; the day after is late; no date set is never late.
    @Test(arguments: [("2024-11-30", "2024-11-30", false), ("2024-12-01", "2024-11-30", true), ("2024-12-20", nil, false)])
    func aSelfScoreAfterItsDateIsLate(_ sent: String, _ due: String?, _ late: Bool) throws {
        #expect(BlocScoring.isLate(sent: try CalendarDate(iso: sent), due: try due.map { try CalendarDate(iso: $0) }) == late)
    }

    @Test func aSheetNeedsEveryCriterionWithinItsPoints() throws {
        let scale = try TemplateLoader.blocScale(yaml: """
            criteria:
              - {code: nhiem-vu, name: Nhiệm vụ, points: 60}
              - {code: bao-cao, name: Báo cáo, points: 10}
            """, file: "t.yaml").criteria
        func slug(_ s: String) -> Slug { Slug(rawValue: s)! }
        #expect(BlocScoring.sheetProblems([slug("nhiem-vu"): 60, slug("bao-cao"): 0], scale: scale).isEmpty)
        #expect(BlocScoring.sheetProblems([slug("nhiem-vu"): 61, slug("bao-cao"): 5], scale: scale).map(\.vi)
                == ["tiêu chí nhiem-vu chấm từ 0 đến 60 điểm, không phải 61"])
        #expect(BlocScoring.sheetProblems([slug("nhiem-vu"): 50], scale: scale).map(\.vi) == ["thiếu điểm tiêu chí bao-cao"])
        #expect(BlocScoring.sheetProblems([slug("nhiem-vu"): 50, slug("bao-cao"): 5, slug("khac"): 1], scale: scale).first?.vi
                .hasPrefix("“khac” không có trong tiêu chí của khối") == true)
    }

    /// The votes: a unit is proposed when more than half of the bloc's members vote for it [M]; exactly half is not.
    @Test func theVoteCountsBallotsAgainstTheMembers() {
        let c = Self.code("UBND-QUANGCHAU"), d = Self.code("UBND-VANTRUNG")
        let members = [(Self.a, "Nếnh"), (Self.b, "Hồng Thái"), (c, "Quang Châu"), (d, "Vân Trung")]
        let ballots: [UnitCode: [UnitCode]] = [Self.a: [Self.b, c], Self.b: [c, Self.a], c: [c], d: [c, c]]
        let results = BlocVoteResult.tally(members: members, ballots: ballots, rule: .majority)
        #expect(results.map(\.votes) == [1, 1, 4, 0])
        #expect(results.map(\.proposed) == [false, false, true, false])
        #expect(results[2].share == 1.0 && results[0].share == 0.25 && results[0].ballots == 4)
        let half = BlocVoteResult.tally(members: members, ballots: [Self.a: [Self.b], c: [Self.b]], rule: .majority)
        #expect(half[1].votes == 2 && half[1].proposed == false)
        #expect(BlocVoteRule.majority.label.vi == "quá nửa số thành viên khối bỏ phiếu đề nghị [M]")
    }

    /// A bloc's scale file: criteria required, codes unique, tie-break codes known, located errors.
    @Test(arguments: [
        ("criteria: []\n", "cần ít nhất một tiêu chí"),
        ("criteria:\n  - {code: a, name: A, points: 5}\n  - {code: a, name: B, points: 5}\n", "mã tiêu chí a trùng"),
        ("criteria:\n  - {code: a, name: A, points: 5}\ntie_break: [b]\n", "không có tiêu chí “b”"),
        ("criteria:\n  - {code: a, name: A, points: 5}\nself_score_due: 2024-02-30\n", "không phải một ngày có thật"),
        ("criteria:\n  - {code: a, name: A, points: 5}\nhan: 2024-11-30\n", "khóa “han” không hợp lệ"),
    ])
    func aBadScaleFileIsRefused(_ yaml: String, _ message: String) {
        let error = #expect(throws: OutreachError.self) { try TemplateLoader.blocScale(yaml: yaml, file: "khoi.yaml") }
        #expect(error?.message(.vi).contains(message) == true, "\(String(describing: error?.message(.vi)))")
        #expect(error?.message(.vi).contains("khoi.yaml") == true)
    }
}
