import ArgumentParser
import Foundation
import OutreachCore
import OutreachExport
import OutreachStore

/// `outreach bloc …`: emulation blocs (khối, cụm thi đua), their members and the chair's scores.
struct BlocGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bloc",
        abstract: Help.text(
            vi: "Khối thi đua: thành viên, điểm do khối trưởng chấm theo tiêu chí của kế hoạch, xếp hạng.",
            en: "Emulation blocs: members, the chair's scores against the plan's criteria, the ranking."),
        subcommands: [Create.self, Add.self, Score.self, Show.self, List.self])
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
                    The bloc is scored on the plan's criteria. Only the plan's issuer may create one. A unit
                    belongs to one bloc per plan; the chair and deputy are members.
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
                      outreach bloc score KHOI-LDLD-CDN-CDVC LDLD-SINHO nhiem-vu 38 --as LDLD-TPLAICHAU
                    """,
                en: """
                    POINTS run from 0 to the criterion's maximum in the plan. Scoring the same criterion again
                    corrects it; the earlier score is kept in the history and the audit log.
                    Example:
                      outreach bloc score KHOI-LDLD-CDN-CDVC LDLD-SINHO nhiem-vu 38 --as LDLD-TPLAICHAU
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
            var table = Table([l.pick("Hạng", "Rank"), l.pick("Đơn vị", "Unit")]
                              + criteria.map { "\($0.code) (\($0.points))" } + [l.pick("Tổng", "Total")])
            for standing in view.standings {
                table.add(["\(standing.rank)", standing.unitName]
                          + criteria.map { standing.points[$0.code.rawValue].map(String.init) ?? "–" } + ["\(standing.total)"])
            }
            lines.append(table.render())
            for standing in view.standings {
                if let tie = standing.tie { lines.append("  \(standing.unitName): \(tie.text(l))") }
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
    }

    var code: String
    var name: String
    var plan: String
    var chair: String
    var deputy: String?
    var members: [Member]

    init(_ view: BlocView, lang: Language) {
        code = view.code.rawValue
        name = view.name
        plan = view.plan.template.code.rawValue
        chair = view.chair.rawValue
        deputy = view.deputy?.rawValue
        members = view.standings.map {
            Member(unit: $0.unit.rawValue, name: $0.unitName, rank: $0.rank, total: $0.total, points: $0.points,
                   tie: $0.tie?.text(lang))
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
            let view = try database.bloc(try cli.unitCode(bloc, field: "BLOC"), asOf: cli.global.todayDate)
            let units = UnitTree(try database.units())
            guard let issuer = units[view.plan.template.issuer] else { throw .unknownUnit(view.plan.template.issuer.rawValue) }
            let path = try output.path(folder: view.code.rawValue, name: "cham-diem.xlsx")
            try BlocSheet(bloc: view, issuer: issuer, parentBody: issuer.parent.flatMap { units[$0] }, chair: units[view.chair],
                          today: cli.global.todayDate).write(to: path)
            if cli.json { return cli.printJSON(["path": path, "members": "\(view.standings.count)"]) }
            cli.say(cli.lang.pick("Đã ghi \(path) (\(view.standings.count) đơn vị)", "Wrote \(path) (\(view.standings.count) units)"))
        }
    }
}
