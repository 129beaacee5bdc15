import Foundation
import ArgumentParser
import OutreachCore
import OutreachStore

/// `outreach session …`: sessions and their quotas.
struct SessionGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: Help.text(
            vi: "Tạo đợt tập huấn từ tệp mẫu, xem các đợt, xem hoặc sửa định mức.",
            en: "Create sessions from templates, list them, and see or change their quotas."),
        subcommands: [Create.self, List.self, Show.self, Quota.self])
}

extension SessionGroup {
    struct Create: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Tạo đợt tập huấn từ tệp mẫu (YAML); định mức được chốt cho từng đơn vị được mời.",
                en: "Create a session from a session template (YAML); its quotas are fixed for every invited office."),
            discussion: Help.text(
                vi: """
                    Nhập danh sách đơn vị trước (outreach units import …). Cấu trúc tệp xem trong
                    Templates/README.md.
                    Ví dụ:
                      outreach session create \\
                        --template Templates/sessions/lao-cai-2022-tdkt.yaml
                    """,
                en: """
                    Import the units first (outreach units import …).
                    See Templates/README.md for the file format.
                    Example:
                      outreach session create \\
                        --template Templates/sessions/lao-cai-2022-tdkt.yaml
                    """))

        @OptionGroup var global: GlobalOptions
        @Option(help: .text(vi: "Tệp mẫu của đợt tập huấn.", en: "The session template file."))
        var template: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let yaml = try TemplateLoader.readText(path: template)
            let (session, quotas) = try cli.database().createSession(yaml: yaml, file: template, context: try cli.context())
            let total = quotas.reduce(0) { $0 + $1.slots.reduce(0) { $0 + $1.count } }
            if cli.json {
                return cli.printJSON(["code": session.code.rawValue, "offices": "\(quotas.count)", "places": "\(total)"])
            }
            cli.say(cli.lang.pick(
                "Đã tạo đợt \(session.code): \(quotas.count) đơn vị được triệu tập, tổng \(total) đại biểu.",
                "Created session \(session.code): \(quotas.count) offices invited, \(total) places in all."))
        }
    }

    struct List: OutreachCommand {
        static let configuration = CommandConfiguration(abstract: Help.text(
            vi: "Danh sách các đợt tập huấn, đợt mới nhất trước.",
            en: "List sessions, newest first."))

        @OptionGroup var global: GlobalOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            // With --as, only the sessions that unit takes part in or organises, as its pages list them.
            let sessions = try cli.database().sessions(visibleTo: Principal(cli.global.actingUnit))
            let day = cli.global.todayDate
            if cli.json { return cli.printJSON(sessions.map { SessionJSON($0, statusOn: day) }) }
            // The organiser tells apart the follow-up sessions, which carry their parent's title; the status is
            // as on the command's day.
            var table = Table(cli.lang.pick(
                ["Mã", "Ngày", "Đơn vị tổ chức", "Tên", "Trạng thái"], ["Code", "Date", "Organiser", "Title", "Status"]))
            for session in sessions {
                table.add([
                    session.code.rawValue, VietnameseDate.numeric(session.starts), session.organiser.rawValue,
                    session.title, session.status(on: cli.global.todayDate).label(cli.lang),
                ])
            }
            cli.say(table.render())
        }
    }

    struct Show: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(vi: "Xem thông tin của một đợt tập huấn.", en: "Show a session's facts."), discussion: Help.text(
                vi: "Ví dụ: outreach session show LCI-2022-TDKT",
                en: "Example: outreach session show LCI-2022-TDKT"))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var code: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let database = try cli.database()
            let session = try database.session(try cli.sessionCode(code))
            if cli.json { return cli.printJSON(SessionJSON(session, statusOn: cli.global.todayDate)) }
            let l = cli.lang
            let organiser = (try? database.unit(session.organiser))?.name ?? session.organiser.rawValue
            var lines = [
                "\(session.code)  \(session.title)",
                "  \(l.pick("Đơn vị tổ chức", "Organiser")): \(organiser)",
                "  \(l.pick("Thời gian", "When")): \(session.whenText)",
                "  \(l.pick("Địa điểm", "Venue")): \(session.venue)",
            ]
            if session.schedule != nil {
                let parts = session.parts.map { part in
                    session.schedule(of: part).map {
                        "\(part.label(l)) \($0.start.vietnamese)–\($0.end.vietnamese) (\(VietnameseDuration.text(minutes: $0.minutes)))"
                    } ?? part.label(l)
                }
                lines.append("  \(l.pick("Các buổi", "Parts")): " + parts.joined(separator: "; "))
            }
            if let deadline = session.nominationDeadline {
                lines.append("  \(l.pick("Hạn đăng ký", "Nomination deadline")): \(VietnameseDate.numeric(deadline))")
            }
            lines.append("  \(l.pick("Vai trò", "Roles")): " + session.roles.map { "\($0.code) (\($0.label(l)))" }.joined(separator: ", "))
            if !session.content.isEmpty {
                lines.append("  \(l.pick("Nội dung", "Content")):")
                lines += session.content.map { "    - \($0)" }
            }
            cli.say(lines.joined(separator: "\n"))
        }
    }

    struct Quota: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Xem định mức của từng đơn vị (phải cử, đã đăng ký, đã xác nhận, còn thiếu theo vai trò), hoặc sửa một định mức.",
                en: "Show each office's quota (required, nominated, confirmed, missing by role), or change one."),
            discussion: Help.text(
                vi: """
                    Xem:
                      outreach session quota LCI-2022-TDKT [--unit PGD-BATXAT] [--json]
                    Sửa (do đơn vị tổ chức quyết định, được sửa cả sau hạn đăng ký):
                      outreach session quota LCI-2022-TDKT \\
                        --unit PGD-BATXAT --role lanh-dao --count 2
                    Giảm số lượng xuống dưới số người đã đăng ký thì bị từ chối, trừ khi có
                    --force; khi đó lệnh nêu tên những người vượt quá định mức.
                    """,
                en: """
                    Show:
                      outreach session quota LCI-2022-TDKT [--unit PGD-BATXAT] [--json]
                    Change (the organiser's decision, allowed after the deadline too):
                      outreach session quota LCI-2022-TDKT \\
                        --unit PGD-BATXAT --role lanh-dao --count 2
                    Lowering a count below the people already nominated is refused unless --force,
                    which names the people then left beyond the quota.
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var code: String
        @Option(help: .text(
            vi: "Chỉ đơn vị này (bắt buộc khi sửa số lượng).",
            en: "Only this office (required to change a count)."))
        var unit: String?
        @Option(help: .text(
            vi: "Vai trò có chỗ cần sửa: mã hoặc tên vai trò, ví dụ \"Giáo viên\".",
            en: "The role whose slot to change: its code or its name, e.g. \"Giáo viên\"."))
        var role: String?
        @Option(help: .text(vi: "Số chỗ mới cho vai trò đó.", en: "The new number of places for that slot."))
        var count: Int?
        @Flag(help: .text(
            vi: "Vẫn giảm số lượng dù thấp hơn số người đã đăng ký.",
            en: "Lower the count even below the people already nominated."))
        var force = false

        func validate() throws {
            if count != nil && (unit == nil || role == nil) {
                throw usageError(vi: "--count cần --unit và --role", en: "--count needs --unit and --role")
            }
            if count == nil && (role != nil || force) {
                throw usageError(vi: "--role và --force chỉ dùng cùng --count", en: "--role and --force only make sense with --count")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let session = try cli.sessionCode(code)
            let remote = try cli.remote()
            if let count, let unit, let role {
                if remote != nil {
                    throw .usage(LocalizedText(
                        vi: "sửa định mức là việc của đơn vị tổ chức, trên máy của mình, không qua --server",
                        en: "changing a quota is the organiser's, on its own machine, not through --server"))
                }
                let database = try cli.database()
                let change = try database.setQuota(
                    session: session, unit: try cli.unitCode(unit), role: try cli.roleCode(role, session: session), count: count,
                    force: force, context: try cli.context())
                cli.say(cli.lang.pick(
                    "\(change.unit) – \(change.roles): \(change.from) → \(change.to)",
                    "\(change.unit) – \(change.roles): \(change.from) → \(change.to)"))
                if !change.beyond.isEmpty {
                    cli.warn(cli.lang.pick("vượt định mức: ", "beyond the quota: ") + change.beyond.joined(separator: "; "))
                }
                return
            }
            let statuses: [QuotaStatus]
            if let remote {
                // What the server lets this office's code see, as `session quota --as` shows it locally.
                let office = try unit.map { raw throws(OutreachError) in try remote.unitCode(raw) }
                let body = try remote.send(
                    "GET", "/api/v1/sessions/\(session.rawValue)/quota" + (office.map { "?unit=\($0.rawValue)" } ?? ""))
                guard let report = try? JSONDecoder().decode(QuotaReportJSON.self, from: body) else {
                    throw .server(message: cli.lang.pick("máy chủ trả lời không đúng dạng", "the server's answer is malformed"), status: .io)
                }
                statuses = report.offices
            } else {
                let office = try unit.map { raw throws(OutreachError) in try cli.unitCode(raw) }
                statuses = try cli.database().quotaStatus(
                    session: session, office: office, visibleTo: Principal(cli.global.actingUnit))
            }
            if cli.json { return cli.printJSON(QuotaReportJSON(session: session.rawValue, offices: statuses)) }
            let l = cli.lang
            var table = Table(
                l.pick(["Đơn vị", "Vai trò", "Định mức", "Đã cử", "Đã xác nhận", "Còn thiếu"],
                       ["Office", "Role", "Required", "Nominated", "Confirmed", "Missing"]),
                numeric: [2, 3, 4, 5])
            var group = ""
            for status in statuses {
                if status.group != group {
                    group = status.group
                    table.add(["[\(group)]", "", "", "", "", ""])
                }
                for (index, slot) in status.slots.enumerated() {
                    table.add([
                        index == 0 ? status.unit : "", slot.roles.joined(separator: "/"), "\(slot.required)",
                        "\(slot.nominated)", "\(slot.confirmed)",
                        slot.missing > 0 ? "\(slot.missing)" : slot.over > 0 ? l.pick("vượt \(slot.over)", "\(slot.over) over") : "",
                    ])
                }
            }
            let total = QuotaStatus.total(statuses)
            table.add([
                l.pick("Tổng cộng", "Total"), "", "\(total.required)", "\(total.nominated)", "\(total.confirmed)",
                "\(total.missing)",
            ])
            cli.say(table.render())
            let short = statuses.filter { $0.missing > 0 }
            if !short.isEmpty {
                let named = short.prefix(12).map { "\($0.unit) (\($0.missing))" }.joined(separator: ", ")
                let more = short.count > 12 ? l.pick(" và \(short.count - 12) đơn vị khác", " and \(short.count - 12) more") : ""
                cli.say(l.pick("Đơn vị còn thiếu: ", "Offices short: ") + named + more)
            }
        }
    }
}

