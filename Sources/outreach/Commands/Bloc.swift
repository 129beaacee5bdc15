import ArgumentParser
import Foundation
import OutreachCore
import OutreachExport
import OutreachOperations
import OutreachStore

/// `outreach bloc …`: emulation blocs (khối, cụm thi đua), their members and the chair's scores.
struct BlocGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bloc",
        abstract: Help.text(
            vi: "Khối thi đua: thành viên, tiêu chí của khối, tự chấm, kiểm tra chéo, điểm của khối trưởng, bình xét, giao ban.",
            en: "Emulation blocs: members, the bloc's criteria, self-scores, cross-checks, the chair's scores, the vote, meetings."),
        subcommands: [Create.self, Add.self, Criteria.self, SelfScore.self, Check.self, Score.self, Vote.self, Meeting.self,
                      Show.self, List.self])
}

extension BlocGroup {
    struct Create: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Tạo một khối thi đua của kế hoạch (các khối ghi trong tệp kế hoạch được tạo khi chạy plan import).",
                en: "Create a bloc of a plan (blocs written in the plan file are created by plan import)."),
            discussion: Help.text(
                vi: """
                    Khối được chấm điểm theo các tiêu chí của kế hoạch. Chỉ đơn vị ban hành kế
                    hoạch được tạo khối. Mỗi đơn vị chỉ thuộc một khối trong một kế hoạch; khối
                    trưởng và khối phó là thành viên.
                    Ví dụ:
                      outreach bloc create KHOI-CDCS --plan LCU-2022-TDKT-CD \\
                        --name "Khối công đoàn cơ sở" --chair CDCS-TAMDUONG-UBND \\
                        --deputy CDCS-TAMDUONG-TTYT --member CDCS-PHONGTHO-UBND
                    """,
                en: """
                    The bloc is scored on the plan's criteria. Only the plan's issuer may create
                    one. A unit belongs to one bloc per plan; the chair and deputy are members.
                    Example:
                      outreach bloc create KHOI-CDCS --plan LCU-2022-TDKT-CD \\
                        --name "Khối công đoàn cơ sở" --chair CDCS-TAMDUONG-UBND \\
                        --deputy CDCS-TAMDUONG-TTYT --member CDCS-PHONGTHO-UBND
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã khối thi đua.", en: "The bloc's code."))
        var code: String
        @Option(help: .text(
            vi: "Kế hoạch có các tiêu chí mà khối dùng để chấm điểm.",
            en: "The plan whose criteria the bloc scores on."))
        var plan: String
        @Option(help: .text(vi: "Tên khối thi đua.", en: "The bloc's name."))
        var name: String
        @Option(help: .text(vi: "Đơn vị khối trưởng.", en: "The chair unit (khối trưởng)."))
        var chair: String
        @Option(help: .text(vi: "Đơn vị khối phó.", en: "The deputy unit (khối phó)."))
        var deputy: String?
        @Option(parsing: .upToNextOption, help: .text(vi: "Các thành viên khác.", en: "Further members."))
        var member: [String] = []

        func execute(_ cli: CLI) throws(OutreachError) {
            let view = try cli.database().createBloc(
                code: try cli.unitCode(code, field: "CODE"), name: name, plan: try cli.planCode(plan),
                chair: try cli.unitCode(chair, field: "--chair"),
                deputy: try deputy.map { raw throws(OutreachError) in try cli.unitCode(raw, field: "--deputy") },
                members: try member.map { raw throws(OutreachError) in try cli.unitCode(raw, field: "--member") },
                context: try cli.context())
            if cli.json { return cli.printJSON(BlocJSON(view, lang: cli.lang)) }
            cli.say(cli.lang.pick("Đã lập khối \(view.code): \(view.standings.count) thành viên.",
                                  "Created bloc \(view.code): \(view.standings.count) members."))
        }
    }

    struct Add: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Thêm thành viên vào khối thi đua (do đơn vị ban hành kế hoạch hoặc khối trưởng thực hiện).",
                en: "Add members to a bloc (the plan's issuer or the bloc's chair)."),
            discussion: Help.text(
                vi: "Ví dụ: outreach bloc add KHOI-CDCS CDCS-GD-THPT-LCU CDCS-YTE-BVDK-LCU",
                en: "Example: outreach bloc add KHOI-CDCS CDCS-GD-THPT-LCU CDCS-YTE-BVDK-LCU"))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã khối thi đua.", en: "The bloc's code."))
        var bloc: String
        @Argument(help: .text(vi: "Các đơn vị cần thêm.", en: "The units to add."))
        var units: [String]

        func execute(_ cli: CLI) throws(OutreachError) {
            let view = try cli.database().addBlocMembers(
                try cli.unitCode(bloc, field: "BLOC"), units: try units.map { raw throws(OutreachError) in try cli.unitCode(raw, field: "UNIT") },
                context: try cli.context())
            if cli.json { return cli.printJSON(BlocJSON(view, lang: cli.lang)) }
            cli.say(cli.lang.pick("Khối \(view.code) có \(view.standings.count) thành viên.",
                                  "Bloc \(view.code) has \(view.standings.count) members."))
        }
    }

    struct Score: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Ghi điểm của một thành viên theo một tiêu chí (do khối trưởng hoặc khối phó thực hiện).",
                en: "Record a member's points on one criterion (the bloc's chair or deputy)."),
            discussion: Help.text(
                vi: """
                    POINTS từ 0 đến điểm tối đa của tiêu chí trong kế hoạch. Chấm lại cùng một
                    tiêu chí là sửa điểm; điểm cũ vẫn được giữ trong lịch sử và nhật ký.
                    Ví dụ:
                      outreach bloc score KHOI-LDLD-CDN-CDVC LDLD-SINHO nhiem-vu 38 \\
                          --as LDLD-TPLAICHAU
                    """,
                en: """
                    POINTS run from 0 to the criterion's maximum in the plan. Scoring the same
                    criterion again corrects it; the earlier score is kept in the history and the
                    audit log.
                    Example:
                      outreach bloc score KHOI-LDLD-CDN-CDVC LDLD-SINHO nhiem-vu 38 \\
                          --as LDLD-TPLAICHAU
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã khối thi đua.", en: "The bloc's code."))
        var bloc: String
        @Argument(help: .text(vi: "Thành viên được chấm điểm.", en: "The member scored."))
        var unit: String
        @Argument(help: .text(vi: "Mã tiêu chí trong kế hoạch.", en: "The criterion's code in the plan."))
        var criterion: String
        @Argument(help: .text(vi: "Số điểm.", en: "The points."))
        var points: Int

        func execute(_ cli: CLI) throws(OutreachError) {
            guard let slug = Slug(rawValue: criterion.lowercased()) else {
                throw .invalidValue(field: "CRITERION", value: criterion, reason: LocalizedText(
                    vi: "không phải mã tiêu chí (chữ thường, số, gạch ngang)", en: "is not a criterion code (a–z, 0–9, dashes)"))
            }
            let member = try cli.unitCode(unit, field: "UNIT")
            let view = try cli.database().scoreBloc(
                try cli.unitCode(bloc, field: "BLOC"), unit: member, criterion: slug, points: points, context: try cli.context())
            let standing = view.standings.first { $0.unit == member }
            if cli.json {
                return cli.printJSON(["unit": member.rawValue, "criterion": slug.rawValue, "points": "\(points)",
                                      "total": "\(standing?.total ?? 0)", "rank": "\(standing?.rank ?? 0)"])
            }
            cli.say(cli.lang.pick(
                "\(member): \(slug) = \(points) điểm; tổng \(standing?.total ?? 0), hạng \(standing?.rank ?? 0)",
                "\(member): \(slug) = \(points) points; total \(standing?.total ?? 0), rank \(standing?.rank ?? 0)"))
        }
    }

    struct Criteria: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Ban hành tiêu chí, thang điểm riêng của khối từ một tệp YAML (khối trưởng hoặc khối phó).",
                en: "Issue the bloc's own criteria and scale from a YAML file (the bloc's chair or deputy)."),
            discussion: Help.text(
                vi: """
                    Tệp có các khóa như scale: của một khối trong tệp kế hoạch: criteria (code,
                    name, points), tie_break, self_score_due (hạn gửi bản tự chấm cho khối trưởng),
                    basis. Khối chưa ban hành tiêu chí thì chấm theo tiêu chí của kế hoạch. Khi khối
                    có tiêu chí riêng, thành viên phải tự chấm và được kiểm tra chéo trước khi khối
                    trưởng chấm.
                    Ví dụ:
                      outreach bloc criteria KHOI-XA-PHUONG tieu-chi.yaml --as UBND-BICHDONG
                    """,
                en: """
                    The file has the keys of a bloc's scale: in a plan file: criteria (code, name,
                    points), tie_break, self_score_due (when self-scores reach the chair), basis. A
                    bloc without its own criteria scores on the plan's. With its own, members
                    self-score and are cross-checked before the chair scores.
                    Example:
                      outreach bloc criteria KHOI-XA-PHUONG tieu-chi.yaml --as UBND-BICHDONG
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã khối thi đua.", en: "The bloc's code."))
        var bloc: String
        @Argument(help: .text(vi: "Tệp tiêu chí (YAML).", en: "The criteria file (YAML)."))
        var file: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let yaml = try TemplateLoader.readText(path: file)
            let view = try cli.database().issueBlocScale(try cli.unitCode(bloc, field: "BLOC"), yaml: yaml, file: file,
                                                         context: try cli.context())
            if cli.json { return cli.printJSON(BlocJSON(view, lang: cli.lang)) }
            let total = view.criteria.map(\.points).reduce(0, +)
            cli.say(cli.lang.pick("Khối \(view.code): \(view.criteria.count) tiêu chí, tối đa \(total) điểm.",
                                  "Bloc \(view.code): \(view.criteria.count) criteria, \(total) points at most."))
        }
    }

    struct SelfScore: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "self-score",
            abstract: Help.text(
                vi: "Thành viên tự chấm điểm theo tiêu chí của khối và gửi khối trưởng (gửi sau hạn được ghi là muộn).",
                en: "A member's self-score against the bloc's criteria, sent to the chair (after the due date it is recorded late)."),
            discussion: Help.text(
                vi: """
                    Mỗi tiêu chí một lần, dạng mã=điểm. Ngày gửi là hôm nay (--today). Chỉ chính
                    đơn vị đó (hoặc đơn vị ban hành kế hoạch) được gửi.
                    Ví dụ:
                      outreach bloc self-score KHOI-XA-PHUONG UBND-NENH nhiem-vu=55 phong-trao=18 \\
                          bao-cao=9 --as UBND-NENH
                    """,
                en: """
                    Each criterion once, as code=points. It is sent today (--today). Only the unit
                    itself (or the plan's issuer) may send it.
                    Example:
                      outreach bloc self-score KHOI-XA-PHUONG UBND-NENH nhiem-vu=55 phong-trao=18 \\
                          bao-cao=9 --as UBND-NENH
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã khối thi đua.", en: "The bloc's code."))
        var bloc: String
        @Argument(help: .text(vi: "Thành viên tự chấm.", en: "The member scoring itself."))
        var unit: String
        @Argument(help: .text(vi: "Điểm từng tiêu chí: mã=điểm.", en: "Points per criterion: code=points."))
        var points: [String]

        func execute(_ cli: CLI) throws(OutreachError) {
            let member = try cli.unitCode(unit, field: "UNIT")
            let view = try cli.database().selfScoreBloc(try cli.unitCode(bloc, field: "BLOC"), unit: member,
                                                        points: try parsePoints(points), context: try cli.context())
            let sent = view.selfScores[member]
            if cli.json {
                return cli.printJSON(["unit": member.rawValue, "total": "\(sent?.total ?? 0)", "late": sent?.late == true ? "true" : "false"])
            }
            let late = sent?.late == true
            cli.say(cli.lang.pick("\(member) tự chấm \(sent?.total ?? 0) điểm" + (late ? " (gửi muộn)" : ""),
                                  "\(member) self-scored \(sent?.total ?? 0) points" + (late ? " (sent late)" : "")))
        }
    }

    struct Check: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Kết quả kiểm tra chéo: một thành viên kiểm tra minh chứng của thành viên khác, ghi điểm và nhận xét.",
                en: "A cross-check: one member checks another's evidence, recording the points it finds and a remark."),
            discussion: Help.text(
                vi: """
                    Sau khi thành viên được kiểm tra đã gửi bản tự chấm, trước khi khối trưởng chấm.
                    Khối trưởng, khối phó (tổ chức kiểm tra chéo) hoặc chính đơn vị kiểm tra ghi.
                    Ví dụ:
                      outreach bloc check KHOI-XA-PHUONG UBND-NENH \\
                          --by UBND-HONGTHAI nhiem-vu=52 phong-trao=18 bao-cao=9 \\
                        --remark "Thiếu minh chứng chỉ tiêu 3" --as UBND-BICHDONG
                    """,
                en: """
                    After the member checked sent its self-score, before the chair scores. The chair
                    or deputy (who organise the cross-checks) or the checking member records it.
                    Example:
                      outreach bloc check KHOI-XA-PHUONG UBND-NENH \\
                          --by UBND-HONGTHAI nhiem-vu=52 phong-trao=18 bao-cao=9 \\
                        --remark "Thiếu minh chứng chỉ tiêu 3" --as UBND-BICHDONG
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã khối thi đua.", en: "The bloc's code."))
        var bloc: String
        @Argument(help: .text(vi: "Thành viên được kiểm tra.", en: "The member checked."))
        var unit: String
        @Option(help: .text(vi: "Thành viên kiểm tra.", en: "The checking member."))
        var by: String
        @Option(help: .text(vi: "Nhận xét.", en: "A remark."))
        var remark: String?
        @Argument(help: .text(vi: "Điểm kiểm tra từng tiêu chí: mã=điểm.", en: "Checked points per criterion: code=points."))
        var points: [String]

        func execute(_ cli: CLI) throws(OutreachError) {
            let member = try cli.unitCode(unit, field: "UNIT")
            let view = try cli.database().crossCheckBloc(
                try cli.unitCode(bloc, field: "BLOC"), unit: member, checker: try cli.unitCode(by, field: "--by"),
                points: try parsePoints(points), remark: remark, context: try cli.context())
            let check = view.checks[member]
            if cli.json { return cli.printJSON(["unit": member.rawValue, "checker": by, "total": "\(check?.total ?? 0)"]) }
            cli.say(cli.lang.pick("\(member): kiểm tra chéo \(check?.total ?? 0) điểm (tự chấm \(view.selfScores[member]?.total ?? 0))",
                                  "\(member): cross-checked \(check?.total ?? 0) points (self-scored \(view.selfScores[member]?.total ?? 0))"))
        }
    }

    struct Vote: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Phiếu bình xét, suy tôn của một thành viên: các đơn vị được đề nghị khen thưởng.",
                en: "A member's ballot in the bloc's vote (bình xét, suy tôn): the units it proposes for awards."),
            discussion: Help.text(
                vi: """
                    Chỉ khi mọi thành viên đã có điểm chính thức. Phiếu mới thay phiếu cũ của cùng
                    thành viên. Được đề nghị khi quá nửa số thành viên bỏ phiếu (văn bản không quy
                    định tỷ lệ [M]). Không nêu đơn vị nào là phiếu không đề nghị ai.
                    Ví dụ:
                      outreach bloc vote KHOI-XA-PHUONG UBND-NENH UBND-BICHDONG UBND-HONGTHAI \\
                          --as UBND-NENH
                    """,
                en: """
                    Only once every member has its final score. A new ballot replaces the member's
                    last. A unit is proposed when more than half of the members vote for it (the
                    text sets no share [M]). No unit named: a ballot proposing nobody.
                    Example:
                      outreach bloc vote KHOI-XA-PHUONG UBND-NENH UBND-BICHDONG UBND-HONGTHAI \\
                          --as UBND-NENH
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã khối thi đua.", en: "The bloc's code."))
        var bloc: String
        @Argument(help: .text(vi: "Thành viên bỏ phiếu.", en: "The voting member."))
        var voter: String
        @Argument(help: .text(vi: "Các đơn vị được đề nghị.", en: "The units proposed."))
        var proposes: [String] = []

        func execute(_ cli: CLI) throws(OutreachError) {
            let view = try cli.database().voteBloc(
                try cli.unitCode(bloc, field: "BLOC"),
                ballot: BlocBallotRequest(voter: try cli.unitCode(voter, field: "VOTER"),
                                          proposes: try proposes.map { raw throws(OutreachError) in try cli.unitCode(raw, field: "PROPOSES") }),
                context: try cli.context())
            if cli.json { return cli.printJSON(BlocJSON(view, lang: cli.lang)) }
            cli.say(cli.lang.pick("Khối \(view.code): \(view.ballots.count)/\(view.standings.count) thành viên đã bỏ phiếu.",
                                  "Bloc \(view.code): \(view.ballots.count)/\(view.standings.count) members have voted."))
        }
    }

    struct Meeting: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Ghi một cuộc họp của khối (ký giao ước, giao ban quý, 6 tháng, tổng kết) với ngày và thành viên dự.",
                en: "Record a meeting of the bloc (compact signing, quarterly, six-month, year-end) with its day and who attended."),
            discussion: Help.text(
                vi: """
                    KIND: compact (ký kết giao ước), quarterly (giao ban quý), six-month (giao ban
                    6 tháng), year-end (tổng kết). Thành viên không có trong --present là vắng.
                    Ví dụ:
                      outreach bloc meeting KHOI-XA-PHUONG quarterly --on 2024-06-20 \\
                          --present UBND-BICHDONG UBND-NENH --as UBND-BICHDONG
                    """,
                en: """
                    KIND: compact, quarterly, six-month, year-end. Members not in --present were
                    absent.
                    Example:
                      outreach bloc meeting KHOI-XA-PHUONG quarterly --on 2024-06-20 \\
                          --present UBND-BICHDONG UBND-NENH --as UBND-BICHDONG
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã khối thi đua.", en: "The bloc's code."))
        var bloc: String
        @Argument(help: .text(vi: "Loại cuộc họp.", en: "The kind of meeting."))
        var kind: String
        @Option(help: .text(vi: "Ngày họp (YYYY-MM-DD hoặc DD/MM/YYYY).", en: "The day held (YYYY-MM-DD or DD/MM/YYYY)."))
        var on: String
        @Option(parsing: .upToNextOption, help: .text(vi: "Các thành viên dự họp.", en: "The members present."))
        var present: [String] = []
        @Option(help: .text(vi: "Ghi chú.", en: "A note."))
        var note: String?

        func execute(_ cli: CLI) throws(OutreachError) {
            guard let meeting = BlocMeetingKind(rawValue: kind) else {
                throw .invalidValue(field: "KIND", value: kind, reason: LocalizedText(
                    vi: "phải là \(BlocMeetingKind.allCases.map(\.rawValue).joined(separator: ", "))",
                    en: "must be \(BlocMeetingKind.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            let view = try cli.database().recordBlocMeeting(
                try cli.unitCode(bloc, field: "BLOC"), kind: meeting, on: try DateOption.required(on, option: "--on"),
                present: try present.map { raw throws(OutreachError) in try cli.unitCode(raw, field: "--present") }, note: note,
                context: try cli.context())
            let held = view.meetings.last { $0.kind == meeting }
            if cli.json {
                return cli.printJSON(["kind": meeting.rawValue, "present": "\(held?.present.count ?? 0)", "absent": "\(held?.absent.count ?? 0)"])
            }
            cli.say(cli.lang.pick(
                "\(meeting.label.vi) khối \(view.code): \(held?.present.count ?? 0) thành viên dự, \(held?.absent.count ?? 0) vắng",
                "\(meeting.label.en) of bloc \(view.code): \(held?.present.count ?? 0) present, \(held?.absent.count ?? 0) absent"))
        }
    }

    struct Show: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Xếp hạng thành viên của khối theo tổng điểm; bằng điểm thì xét theo các tiêu chí tie_break của kế hoạch, có giải thích.",
                en: "A bloc's members ranked by total score, ties broken by the plan's tie_break criteria and explained."),
            discussion: Help.text(
                vi: "Ví dụ: outreach bloc show KHOI-LDLD-CDN-CDVC",
                en: "Example: outreach bloc show KHOI-LDLD-CDN-CDVC"))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã khối thi đua.", en: "The bloc's code."))
        var bloc: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let view = try cli.database().bloc(try cli.unitCode(bloc, field: "BLOC"), asOf: cli.global.todayDate)
            let l = cli.lang
            if cli.json { return cli.printJSON(BlocJSON(view, lang: l)) }
            var lines = ["\(view.code)  \(view.name)",
                         l.pick("  Khối trưởng \(view.chair)", "  Chair \(view.chair)")
                             + (view.deputy.map { l.pick(", khối phó \($0)", ", deputy \($0)") } ?? "")
                             + l.pick(" – kế hoạch \(view.plan.template.code)", " – plan \(view.plan.template.code)")]
            let criteria = view.criteria
            if view.scale != nil {
                lines.append(l.pick("  Tiêu chí riêng của khối", "  The bloc's own criteria")
                             + (view.scale?.selfScoreDue.map { l.pick(", hạn tự chấm \(VietnameseDate.numeric($0))", ", self-scores due \(VietnameseDate.numeric($0))") } ?? ""))
            }
            let chain = view.scale != nil || !view.selfScores.isEmpty
            let voted = !view.votes.isEmpty
            var table = Table([l.pick("Hạng", "Rank"), l.pick("Đơn vị", "Unit")]
                              + criteria.map { "\($0.code) (\($0.points))" }
                              + (chain ? [l.pick("Tự chấm", "Self"), l.pick("Kiểm tra chéo", "Checked")] : [])
                              + [l.pick("Tổng", "Total")]
                              + (voted ? [l.pick("Phiếu", "Votes"), l.pick("Đề nghị", "Proposed")] : []))
            for standing in view.standings {
                let vote = view.votes.first { $0.unit == standing.unit }
                let selfScore = view.selfScores[standing.unit].map { "\($0.total)" + ($0.late ? l.pick(" (muộn)", " (late)") : "") } ?? "–"
                table.add(["\(standing.rank)", standing.unitName]
                          + criteria.map { standing.points[$0.code.rawValue].map(String.init) ?? "–" }
                          + (chain ? [selfScore, view.checks[standing.unit].map { "\($0.total)" } ?? "–"] : [])
                          + ["\(standing.total)"]
                          + (voted ? ["\(vote?.votes ?? 0)/\(vote?.members ?? 0)", vote?.proposed == true ? l.pick("có", "yes") : l.pick("không", "no")] : []))
            }
            lines.append(table.render())
            for standing in view.standings {
                if let tie = standing.tie { lines.append("  \(standing.unitName): \(tie.text(l))") }
                if let check = view.checks[standing.unit], let remark = check.remark {
                    lines.append(l.pick("  \(standing.unitName): kiểm tra chéo bởi \(check.checker?.rawValue ?? "?"): \(remark)",
                                        "  \(standing.unitName): cross-checked by \(check.checker?.rawValue ?? "?"): \(remark)"))
                }
            }
            if voted { lines.append(l.pick("  Đề nghị khen thưởng khi: ", "  Proposed when: ") + view.voteRule.label.text(l)) }
            for meeting in view.meetings {
                lines.append("  \(meeting.kind.label.text(l)) \(VietnameseDate.numeric(meeting.heldOn)): "
                             + l.pick("\(meeting.present.count) dự, vắng: ", "\(meeting.present.count) present, absent: ")
                             + (meeting.absent.isEmpty ? "–" : meeting.absent.map(\.rawValue).joined(separator: ", ")))
            }
            cli.say(lines.joined(separator: "\n"))
        }
    }

    struct List: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(vi: "Các khối thi đua của một kế hoạch.", en: "The blocs of a plan."), discussion: Help.text(
                vi: "Ví dụ: outreach bloc list LCU-2022-TDKT-CD",
                en: "Example: outreach bloc list LCU-2022-TDKT-CD"))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã kế hoạch.", en: "The plan code."))
        var plan: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let database = try cli.database()
            let code = try cli.planCode(plan)
            _ = try database.plan(code)
            let views = try database.blocs(plan: code).map { code throws(OutreachError) in try database.bloc(code) }
            if cli.json { return cli.printJSON(views.map { BlocJSON($0, lang: cli.lang) }) }
            let l = cli.lang
            var table = Table(l.pick(["Mã", "Tên", "Khối trưởng", "Khối phó", "Thành viên"], ["Code", "Name", "Chair", "Deputy", "Members"]))
            for view in views {
                table.add([view.code.rawValue, view.name, view.chair.rawValue, view.deputy?.rawValue ?? "", "\(view.standings.count)"])
            }
            cli.say(table.render())
        }
    }
}

/// A bloc as `--json` prints it.
struct BlocJSON: Encodable {
    struct Member: Encodable {
        var unit: String
        var name: String
        var rank: Int
        var total: Int
        var points: [String: Int]
        var tie: String?
        var selfScore: Int?
        var selfScoreLate: Bool?
        var checkedScore: Int?
        var checkedBy: String?
        var remark: String?
        var votes: Int?
        var share: Double?
        var proposed: Bool?
    }

    struct MeetingJSON: Encodable {
        var kind: String
        var on: String
        var present: [String]
        var absent: [String]
        var note: String?
    }

    var code: String
    var name: String
    var plan: String
    var chair: String
    var deputy: String?
    var members: [Member]
    var ownCriteria: Bool
    var criteria: [String: Int]
    var voteRule: String?
    var meetings: [MeetingJSON]

    init(_ view: BlocView, lang: Language) {
        code = view.code.rawValue
        name = view.name
        plan = view.plan.template.code.rawValue
        chair = view.chair.rawValue
        deputy = view.deputy?.rawValue
        members = view.standings.map {
            let vote = view.votes.first { [unit = $0.unit] in $0.unit == unit }
            let selfScore = view.selfScores[$0.unit], check = view.checks[$0.unit]
            return Member(unit: $0.unit.rawValue, name: $0.unitName, rank: $0.rank, total: $0.total, points: $0.points,
                          tie: $0.tie?.text(lang), selfScore: selfScore?.total, selfScoreLate: selfScore?.late,
                          checkedScore: check?.total, checkedBy: check?.checker?.rawValue, remark: check?.remark,
                          votes: vote?.votes, share: vote?.share, proposed: vote?.proposed)
        }
        ownCriteria = view.scale != nil
        criteria = Dictionary(view.criteria.map { ($0.code.rawValue, $0.points) }, uniquingKeysWith: { a, _ in a })
        voteRule = view.votes.isEmpty ? nil : view.voteRule.label.text(lang)
        meetings = view.meetings.map {
            MeetingJSON(kind: $0.kind.rawValue, on: $0.heldOn.iso, present: $0.present.map(\.rawValue),
                        absent: $0.absent.map(\.rawValue), note: $0.note)
        }
    }
}

extension ExportGroup {
    struct BlocExport: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "bloc",
            abstract: Help.text(
                vi: "Bảng điểm của khối: điểm theo tiêu chí, tổng điểm và thứ hạng bằng công thức, giải thích trường hợp bằng điểm.",
                en: "A bloc's score sheet: points per criterion, live totals and ranks, ties explained."),
            discussion: Help.text(
                vi: """
                    Ví dụ (ghi tệp exports/KHOI-LDLD-CDN-CDVC/cham-diem.xlsx):
                      outreach export bloc KHOI-LDLD-CDN-CDVC --today 2022-12-20
                    """,
                en: """
                    Example (writes exports/KHOI-LDLD-CDN-CDVC/cham-diem.xlsx):
                      outreach export bloc KHOI-LDLD-CDN-CDVC --today 2022-12-20
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã khối thi đua.", en: "The bloc's code."))
        var bloc: String
        @OptionGroup var output: OutputOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let database = try cli.database()
            let code = try cli.unitCode(bloc, field: "BLOC")
            let path = try output.path(folder: code.rawValue, name: Exports.Name.bloc)
            let view = try Exports.bloc(database, bloc: code, today: cli.global.todayDate, to: path)
            if cli.json { return cli.printJSON(["path": path, "members": "\(view.standings.count)"]) }
            cli.say(cli.lang.pick("Đã ghi \(path) (\(view.standings.count) đơn vị)", "Wrote \(path) (\(view.standings.count) units)"))
        }
    }
}

/// `code=points` arguments as points per criterion; a malformed one or a criterion given twice is a usage mistake.
func parsePoints(_ raw: [String]) throws(OutreachError) -> [Slug: Int] {
    var points: [Slug: Int] = [:]
    for item in raw {
        let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let code = Slug(rawValue: parts[0].lowercased()), let value = Int(parts[1]) else {
            throw .invalidValue(field: "POINTS", value: item, reason: LocalizedText(
                vi: "viết mã-tiêu-chí=điểm, ví dụ nhiem-vu=55", en: "write criterion-code=points, e.g. nhiem-vu=55"))
        }
        if points[code] != nil {
            throw .invalidValue(field: "POINTS", value: item, reason: LocalizedText(
                vi: "tiêu chí \(code) ghi hai lần", en: "criterion \(code) is given twice"))
        }
        points[code] = value
    }
    return points
}
