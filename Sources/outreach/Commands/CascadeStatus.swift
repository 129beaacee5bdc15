import ArgumentParser
import Foundation
import OutreachCore
import OutreachExport
import OutreachOperations
import OutreachStore

extension CascadeGroup {
    struct Status: RemoteCapable {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Cây tuyên truyền lại của một đợt vào một ngày: tình trạng của từng đơn vị và số tổng hợp ở mọi cấp.",
                en: "The follow-up tree of a session on a day: each office's status and the roll-up at every level."),
            discussion: Help.text(
                vi: """
                    Tỷ lệ hoàn thành là số báo cáo trên số nghĩa vụ (mỗi đơn vị tính một lần,
                    không quá 100 %); tỷ lệ đúng hạn là số đúng hạn trên số đã báo cáo; số đơn vị
                    và số người được tuyên truyền so với số đối tượng chốt khi giao nghĩa vụ. Số
                    tổng hợp của một dòng gồm dòng đó và mọi cấp dưới.
                    Ví dụ (trên dữ liệu mẫu):
                      outreach cascade status LCI-2022-TDKT --today 2022-07-15
                      outreach cascade status LCI-2022-TDKT --level 1 --json
                    """,
                en: """
                    Completeness is reports over duties owed (each office counted once, never over
                    100 %); timeliness is on-time over reported; units and people reached against
                    the audience fixed when the duties were opened. The roll-up of a row covers it
                    and everything below.
                    Examples (on the demo):
                      outreach cascade status LCI-2022-TDKT --today 2022-07-15
                      outreach cascade status LCI-2022-TDKT --level 1 --json
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Option(help: .text(
            vi: "Hiện cây đến cấp này (1 = các đơn vị đã dự đợt).",
            en: "Show the tree down to this level (1 = the offices that attended)."))
        var level: Int?

        func validate() throws {
            if let level, level < 1 { throw usageError(vi: "--level phải từ 1 trở lên", en: "--level must be 1 or more") }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            // The duties of the offices the acting unit may see; through `--server`, on the server's day.
            let tree: CascadeTree = if let remote = try cli.remote() {
                try remote.get("/api/v1/sessions/\(code.rawValue)/cascade")
            } else {
                try cli.database().cascadeTree(
                    session: code, today: cli.global.todayDate, visibleTo: Principal(cli.global.actingUnit))
            }
            if cli.json {
                var json = JSONWriter.standardOutput()
                return CascadeJSON.write(tree, level: level, to: &json)
            }
            let l = cli.lang
            cli.say(l.pick(
                "Tuyên truyền lại của đợt \(tree.session), tính đến ngày \(VietnameseDate.numeric(tree.today))",
                "Follow-up of session \(tree.session), as of \(VietnameseDate.numeric(tree.today))"))
            if tree.nodes.isEmpty {
                return cli.say(l.pick(
                    "Chưa giao nhiệm vụ nào (outreach cascade open \(tree.session))",
                    "No duties yet (outreach cascade open \(tree.session))"))
            }
            var summary = Table(
                l.pick(["Cấp", "Phải báo cáo", "Đã báo cáo", "Hoàn thành", "Đúng hạn", "Trễ", "Chưa đến hạn", "Quá hạn", "Không báo cáo", "Đơn vị đạt", "Người đạt"],
                       ["Level", "Owed", "Reported", "Complete", "On time", "Late", "Due", "Overdue", "Missing", "Units reached", "People reached"]),
                numeric: Set(1...10))
            let shown = level.map { min($0, tree.levels.count) } ?? tree.levels.count
            for (index, figures) in tree.levels.prefix(shown).enumerated() {
                summary.add(Self.cells("\(index + 1)", figures))
            }
            summary.add(Self.cells(l.pick("Tổng", "Total"), tree.total(upTo: level)))
            cli.say(summary.render())
            cli.say("")
            var table = Table(
                l.pick(["#", "Đơn vị", "Hạn", "Tình trạng", "Ngày tổ chức", "Đơn vị đạt", "Người đạt", "Báo cáo (cả cấp dưới)", "Hoàn thành"],
                       ["#", "Office", "Due", "Status", "Held", "Units", "People", "Reported (with below)", "Complete"]),
                numeric: [0, 5, 6, 7, 8])
            // A province prints tens of thousands of rows over a handful of dates: format each date once.
            var dates: [CalendarDate: String] = [:]
            func numeric(_ date: CalendarDate) -> String {
                if let text = dates[date] { return text }
                let text = VietnameseDate.numeric(date)
                dates[date] = text
                return text
            }
            for node in tree.nodes(upTo: level) {
                let indent = String(repeating: "  ", count: node.level - 1)
                let lock = node.duty.acceptedOn == nil ? "" : l.pick(" (đã xác nhận)", " (accepted)")
                table.add([
                    "\(node.duty.id)", indent + node.unitName, numeric(node.duty.due),
                    node.status.label(l) + lock, node.report.map { numeric($0.done) } ?? "",
                    "\(node.report?.reachedUnits ?? 0)/\(node.duty.audienceUnits)",
                    "\(node.report?.reachedPeople ?? 0)/\(node.duty.audiencePeople)"
                        + (node.duty.audiencePeopleFrom == .knownPeople ? "*" : ""),
                    "\(node.subtree.reported)/\(node.subtree.owed)", Self.percent(node.subtree.completeness),
                ])
            }
            cli.say(table.render())
            let guessed = tree.nodes(upTo: level).filter { $0.duty.audiencePeopleFrom == .knownPeople }.count
            if guessed > 0 {
                cli.say(l.pick(
                    "* \(guessed) đơn vị: không đơn vị nào của họ có số cán bộ, giáo viên (staff trong tệp đơn vị) khi giao nhiệm vụ, nên số người phải tuyên truyền chỉ là số người đã có trong cơ sở dữ liệu",
                    "* \(guessed) offices: no unit of theirs had a staff figure (staff in the units file) when the duty was fixed, so the people to reach are only those already in the database"))
            }
        }

        static func cells(_ label: String, _ f: CascadeFigures) -> [String] {
            [label, "\(f.owed)", "\(f.reported)", percent(f.completeness), "\(f.onTime)", "\(f.late)", "\(f.due)",
             "\(f.overdue)", "\(f.missing)", "\(f.reachedUnits)/\(f.audienceUnits)", "\(f.reachedPeople)/\(f.audiencePeople)"]
        }

        static func percent(_ value: Double?) -> String {
            value.map { VietnameseNumber.decimal($0 * 100, fractionDigits: 1) + " %" } ?? "–"
        }
    }

    struct Remind: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Các đơn vị còn nợ báo cáo tuyên truyền lại, kèm thông tin liên hệ, dạng CSV hoặc xlsx để trộn thư.",
                en: "The offices still owing a follow-up report, with contacts, as CSV or xlsx for a mail merge."),
            discussion: Help.text(
                vi: """
                    Liệt kê mọi nghĩa vụ chưa hoàn thành vào ngày --today (chưa đến hạn, quá hạn,
                    không báo cáo) theo thứ tự của cây. In ra CSV (UTF-8 có BOM để Excel đọc đúng
                    tiếng Việt), trừ khi -o ghi tên tệp .csv hoặc .xlsx. Tệp xlsx có bảng để trộn
                    thư ("Nhắc báo cáo") và một trang để in ("Bản in"): phần tiêu đề, mỗi đơn vị
                    một khối, phần chữ ký, khổ A4 ngang.
                    Ví dụ:
                      outreach cascade remind LCI-2022-TDKT --today 2022-07-01 \\
                          -o exports/nhac-bao-cao.xlsx
                      outreach cascade remind LCI-2022-TDKT --level 1 > nhac.csv
                    """,
                en: """
                    Lists every duty not done on --today (due, overdue, missing) in tree order.
                    Prints CSV (UTF-8 with a byte-order mark, so Excel reads the Vietnamese) unless
                    -o names a .csv or .xlsx file. The xlsx holds the mail-merge table ("Nhắc báo
                    cáo") and a sheet to print ("Bản in"): the header, one block per office, the
                    signatures, A4 landscape.
                    Examples:
                      outreach cascade remind LCI-2022-TDKT --today 2022-07-01 \\
                          -o exports/nhac-bao-cao.xlsx
                      outreach cascade remind LCI-2022-TDKT --level 1 > nhac.csv
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Option(help: .text(vi: "Chỉ các nghĩa vụ đến cấp này.", en: "Only duties down to this level."))
        var level: Int?
        @Option(name: [.customShort("o"), .long], help: .text(
            vi: "Ghi ra tệp FILE.csv hoặc FILE.xlsx thay vì in CSV ra màn hình.",
            en: "Write to FILE.csv or FILE.xlsx instead of printing CSV."))
        var output: String?

        func validate() throws {
            if let level, level < 1 { throw usageError(vi: "--level phải từ 1 trở lên", en: "--level must be 1 or more") }
            if let output, !(output.lowercased().hasSuffix(".csv") || output.lowercased().hasSuffix(".xlsx")) {
                throw usageError(vi: "-o phải là tệp .csv hoặc .xlsx", en: "-o must name a .csv or .xlsx file")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let reminders = try database.cascadeReminders(session: code, today: cli.global.todayDate, level: level)
            var sheet = ReminderSheet(session: code, today: cli.global.todayDate, reminders: reminders)
            let session = try database.session(code)
            let units = UnitTree(try database.units())
            sheet.issuer = units[session.organiser]
            sheet.parentBody = sheet.issuer?.parent.flatMap { units[$0] }
            sheet.place = session.place
            sheet.subject = "\(session.title) (đợt \(code))"
            try cli.deliver(sheet, to: output, counted: ("offices", "đơn vị", "offices"))
        }
    }
}

/// The tree as data, for scripts: the session, the figures per level and in total (with completeness and
/// timeliness), and every node down to the level asked, one node a line. Written by hand rather than through
/// `JSONEncoder`, which took two seconds on a province (Benchmarks/history.md); keys sorted, as `printJSON` sorts them.
enum CascadeJSON {
    /// Writes the tree to `json`, handing it full chunks as it goes; ends with a newline, flushed.
    static func write(_ tree: CascadeTree, level: Int?, to json: inout JSONWriter) {
        let nodes = tree.nodes(upTo: level)
        var dates: [CalendarDate: String] = [:]
        func iso(_ date: CalendarDate?) -> String? {
            guard let date else { return nil }
            if let text = dates[date] { return text }
            let text = date.iso
            dates[date] = text
            return text
        }
        json.beginObject()
        json.key("levels")
        json.beginArray()
        for figures in tree.levels.prefix(level ?? tree.levels.count) {
            json.element()
            write(figures, to: &json)
        }
        json.endArray()
        json.key("nodes")
        json.beginArray()
        for node in nodes {
            let duty = node.duty
            json.element()
            json.beginObject(inline: true)
            json.field("accepted", iso(duty.acceptedOn))
            json.field("audiencePeople", duty.audiencePeople)
            json.field("audiencePeopleFrom", duty.audiencePeopleFrom.rawValue)
            json.field("audienceUnits", duty.audienceUnits)
            json.field("childSession", duty.childSession?.rawValue)
            json.field("due", iso(duty.due))
            json.field("duty", duty.id)
            json.field("held", iso(node.report?.done))
            json.field("level", node.level)
            json.field("parent", node.parent)
            json.field("reachedPeople", node.report?.reachedPeople)
            json.field("reachedUnits", node.report?.reachedUnits)
            json.field("reports", node.reportCount)
            json.field("session", duty.session?.rawValue)
            json.field("status", node.status.rawValue)
            json.key("subtree")
            write(node.subtree, to: &json)
            json.field("unit", duty.unit.rawValue)
            json.field("unitName", node.unitName)
            json.endObject()
            json.flush()
        }
        json.endArray()
        json.field("session", tree.session.rawValue)
        json.field("today", iso(tree.today))
        json.key("total")
        write(tree.total(upTo: level), to: &json)
        json.endObject()
        json.newlineAtEnd()
        json.flush(force: true)
    }

    /// Figures with their rates: `{completeness, figures: {…}, timeliness}`.
    private static func write(_ f: CascadeFigures, to json: inout JSONWriter) {
        json.beginObject()
        json.field("completeness", f.completeness)
        json.key("figures")
        json.beginObject()
        json.field("audiencePeople", f.audiencePeople)
        json.field("audienceUnits", f.audienceUnits)
        json.field("due", f.due)
        json.field("late", f.late)
        json.field("missing", f.missing)
        json.field("onTime", f.onTime)
        json.field("overdue", f.overdue)
        json.field("owed", f.owed)
        json.field("reachedPeople", f.reachedPeople)
        json.field("reachedUnits", f.reachedUnits)
        json.field("reported", f.reported)
        json.endObject()
        json.field("timeliness", f.timeliness)
        json.endObject()
    }
}

extension ExportGroup {
    struct CascadeExport: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "cascade",
            abstract: Help.text(
                vi: "Bảng tính tuyên truyền lại: cây các cấp thu gọn được, tổng cộng bằng công thức, đánh dấu tình trạng, biểu đồ.",
                en: "The follow-up workbook: the cascade tree with collapsible levels, live totals, marks, a chart."),
            discussion: Help.text(
                vi: """
                    Mỗi đơn vị có nghĩa vụ tuyên truyền lại một dòng, xếp dưới đơn vị cấp trên
                    (nút +/– của Excel mở và đóng từng cấp); các dòng trễ hạn, quá hạn và không
                    báo cáo được tô màu; tổng cộng theo từng cấp và toàn bộ bằng công thức; tỷ lệ
                    hoàn thành theo huyện ở một trang riêng, kèm biểu đồ.
                    Ví dụ (ghi tệp exports/LCI-2022-TDKT/tuyen-truyen-lai.xlsx):
                      outreach export cascade LCI-2022-TDKT --today 2022-07-15
                    """,
                en: """
                    One row per office owing a follow-up, grouped under the office above (Excel's
                    +/– buttons open and close each level); late, overdue and missing rows coloured;
                    totals per level and overall as live formulas; completeness per district on its
                    own sheet, with a chart.
                    Example (writes exports/LCI-2022-TDKT/tuyen-truyen-lai.xlsx):
                      outreach export cascade LCI-2022-TDKT --today 2022-07-15
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @OptionGroup var output: OutputOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let path = try output.path(session: code, name: Exports.Name.cascade)
            let tree = try Exports.cascade(
                database, session: code, today: cli.global.todayDate, visibleTo: cli.principal, to: path)
            if cli.json { return cli.printJSON(["path": path, "offices": "\(tree.nodes.count)"]) }
            cli.say(cli.lang.pick("Đã ghi \(path) (\(tree.nodes.count) đơn vị)", "Wrote \(path) (\(tree.nodes.count) offices)"))
        }
    }
}

extension CascadeSheet {
    /// The workbook of a tree, with the session and units it names.
    static func build(database: AppDatabase, tree: CascadeTree) throws(OutreachError) -> CascadeSheet {
        try CascadeSheet(tree: tree, session: try database.session(tree.session), units: try database.units())
    }
}

extension CLI {
    /// Reminders for a mail merge: CSV on stdout (or their data with `--json`), or a .csv or .xlsx file.
    func deliver(
        _ sheet: ReminderSheet, to output: String?, counted: (key: String, vi: String, en: String)
    ) throws(OutreachError) {
        let count = sheet.reminders.count
        guard let output else {
            if json { return printJSON(sheet.reminders) }
            return FileHandle.standardOutput.write(Data(sheet.csv().utf8))
        }
        if output.lowercased().hasSuffix(".xlsx") {
            try sheet.write(to: output)
        } else {
            try sheet.writeCSV(to: output)
        }
        if json { return printJSON(["path": output, counted.key: "\(count)"]) }
        say(lang.pick("Đã ghi \(output) (\(count) \(counted.vi))", "Wrote \(output) (\(count) \(counted.en))"))
    }
}
