import ArgumentParser
import Foundation
import OutreachCore
import OutreachExport
import OutreachStore

/// `outreach export …`: print-ready workbooks.
struct ExportGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write print-ready workbooks (A4, Times New Roman, header row on every page).",
        subcommands: [
            SignIn.self, Nominees.self, Form.self, Attendance.self, BudgetExport.self, Payment.self, CascadeExport.self,
            PlanExport.self, DutiesExport.self, BlocExport.self,
        ])
}

/// Where an export goes: `-o FILE`, or the default name under `--exports DIR`.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .long], help: "The file to write (default: exports/<SESSION>/<name>.xlsx).")
    var output: String?
    @Option(help: "The exports folder for the default path.")
    var exports: String = "exports"

    /// The file to write: `-o FILE`, the default name inside `-o FOLDER/`, or `exports/<SESSION>/<name>`.
    func path(session: SessionCode, name: String) throws(OutreachError) -> String {
        try path(folder: session.rawValue, name: name)
    }

    /// The file to write: `-o FILE`, the default name inside `-o FOLDER/`, or `exports/<folder>/<name>`.
    func path(folder: String, name: String) throws(OutreachError) -> String {
        guard let output else { return ExportFile.defaultPath(root: exports, folder: folder, name: name) }
        var isDirectory: ObjCBool = false
        if output.hasSuffix("/") || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory)
            && isDirectory.boolValue) {
            try Self.requireFolder(output)
            return (output as NSString).appendingPathComponent(name)
        }
        guard output.lowercased().hasSuffix(".xlsx") else {
            throw .invalidValue(field: "-o", value: output, reason: LocalizedText(
                vi: "tên tệp xuất phải có đuôi .xlsx", en: "the export file name must end in .xlsx"))
        }
        try Self.requireFolder((output as NSString).deletingLastPathComponent)
        return output
    }

    /// A folder the user named must exist: only the default `exports/<…>` folders are made on demand, so a
    /// typo in `-o` is an error rather than a new tree of folders somewhere.
    private static func requireFolder(_ folder: String) throws(OutreachError) {
        guard !folder.isEmpty else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .file(path: folder, reason: LocalizedText(
                vi: "thư mục này chưa có (tạo trước, hoặc kiểm tra lại đường dẫn -o)",
                en: "this folder does not exist (create it first, or check the -o path)"))
        }
    }
}

extension ExportGroup {
    struct SignIn: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "signin",
            abstract: "The sign-in sheet: everyone nominated, by sending office, with a column to sign.",
            discussion: """
                People are ordered by given name, then family and middle names (Vietnamese alphabet);
                offices in the order of the session's quotas and the units file. A session of several
                half-days gets a sheet per half-day ("Sáng 10-05", "Chiều 10-05"), named in its heading.
                Example (writes exports/LCI-2022-TDKT/danh-sach-ky-ten.xlsx):
                  outreach export signin LCI-2022-TDKT
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The session code.")
        var session: String
        @Flag(help: "One numbered list, without office headings.")
        var flat = false
        @Option(name: .customLong("blank-rows"), help: "Empty numbered rows at the end for extra participants.")
        var blankRows: Int = 5
        @Option(name: .customLong("name-order"), help: "Tie-break after the given name: given-family or given-middle.")
        var nameOrder: String = NameOrder.givenThenFamily.rawValue
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard NameOrder(rawValue: nameOrder) != nil else {
                throw usageError(vi: "--name-order phải là given-family hoặc given-middle", en: "--name-order must be given-family or given-middle")
            }
            guard (0...200).contains(blankRows) else { throw usageError(vi: "--blank-rows phải từ 0 đến 200", en: "--blank-rows must be 0…200") }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let order = NameOrder(rawValue: nameOrder) ?? .givenThenFamily
            let list = try cli.database().nomineeList(session: code, nameOrder: order)
            let path = try output.path(session: code, name: "danh-sach-ky-ten.xlsx")
            try SignInSheet(list: list, flat: flat, blankRows: blankRows, nameOrder: order).write(to: path)
            cli.report(path: path, people: list.allRows.count)
        }
    }

    struct Nominees: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: "The nominee list: each office's quota (required, nominated, confirmed, missing) and its people.",
            discussion: """
                Example (writes exports/LCI-2022-TDKT/danh-sach-dai-bieu.xlsx):
                  outreach export nominees LCI-2022-TDKT
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The session code.")
        var session: String
        @OptionGroup var output: OutputOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let list = try cli.database().nomineeList(session: code, includeEmptyGroups: true)
            let path = try output.path(session: code, name: "danh-sach-dai-bieu.xlsx")
            try NomineeListSheet(list: list).write(to: path)
            cli.report(path: path, people: list.allRows.count)
        }
    }
}

extension ExportGroup {
    struct Form: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: "Nomination forms: one workbook per invited office, one row per quota place, to fill and send back.",
            discussion: """
                Each form is prefilled with who the office has already nominated; input cells are validated
                (role dropdown per place, gender, birth year, phone) and everything else is protected.
                A hidden sheet records the session, the office and each row's slot for the later import.
                Examples (write exports/LCI-2022-TDKT/forms/<UNIT>.xlsx, then phieu/<UNIT>.xlsx, then one file):
                  outreach export form LCI-2022-TDKT
                  outreach export form LCI-2022-TDKT -o phieu/
                  outreach export form LCI-2022-TDKT --unit PGD-BATXAT -o phieu-bat-xat.xlsx
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The session code.")
        var session: String
        @Option(help: "Only this office's form (default: every invited office).")
        var unit: String?
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if unit == nil, let file = output.output, file.lowercased().hasSuffix(".xlsx") {
                throw usageError(vi: "-o TỆP ghi một phiếu: thêm --unit MÃ_ĐƠN_VỊ, hoặc ghi một thư mục kết thúc bằng /", en: "-o FILE writes one form: add --unit CODE, or give a folder ending in /")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let list = try database.nomineeList(session: code, includeEmptyGroups: true)
            var quotas = try database.quotas(session: code)
            if let unit {
                let unitCode = try database.unit(try cli.unitCode(unit)).code
                quotas = quotas.filter { $0.unit == unitCode }
                guard !quotas.isEmpty else { throw .notInvited(unit: unitCode.rawValue, session: code.rawValue) }
            }
            // In the list's order: quota block, then administrative order.
            let order = Dictionary(uniqueKeysWithValues: list.groups.enumerated().map { ($1.unit.code, $0) })
            quotas.sort { order[$0.unit, default: .max] < order[$1.unit, default: .max] }
            var paths: [String] = []
            let units = UnitTree(try database.units())
            for quota in quotas {
                // The default folder keeps forms apart (exports/CODE/forms/); a folder the user names gets them directly.
                let name = "\(quota.unit.rawValue).xlsx"
                let path = try output.path(session: code, name: output.output == nil ? "forms/\(name)" : name)
                let office = units[quota.unit]
                try NominationForm(
                    list: list, quota: quota, officeParent: office?.parent.flatMap { units[$0] },
                    officePlace: office.flatMap { units.placeName(of: $0) }
                ).write(to: path)
                paths.append(path)
            }
            if cli.json { return cli.printJSON(["paths": paths]) }
            if paths.count <= 3 {
                for path in paths { cli.say(cli.lang.pick("Đã ghi \(path)", "Wrote \(path)")) }
            } else {
                let folder = (paths[0] as NSString).deletingLastPathComponent
                cli.say(cli.lang.pick("Đã ghi \(paths.count) phiếu đăng ký vào \(folder)/",
                                      "Wrote \(paths.count) nomination forms into \(folder)/"))
            }
        }
    }
}

extension ExportGroup {
    struct BudgetExport: OutreachCommand {
        static let configuration = CommandConfiguration(
            commandName: "budget",
            abstract: "The budget estimate (dự toán), with the settlement columns once actuals are recorded.",
            discussion: """
                A summary sheet (organiser's lines, sending units' lines, totals as formulas, total in words,
                three signers), then one sheet per sending office with what it pays.
                Example (writes exports/LCI-2022-TDKT/du-toan.xlsx):
                  outreach export budget LCI-2022-TDKT
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The session code.")
        var session: String
        @OptionGroup var rates: RatesOption
        @OptionGroup var output: OutputOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let statement = try database.budgetStatement(session: code, rates: rates.book(), today: cli.global.todayDate)
            let path = try output.path(session: code, name: "du-toan.xlsx")
            let units = UnitTree(try database.units())
            let list = try database.nomineeList(session: code, includeEmptyGroups: true)
            try BudgetSheet(list: list, statement: statement, units: units,
                            today: cli.global.todayDate)
                .write(to: path)
            cli.warnUncertainRates(statement.estimate)
            if cli.json { return cli.printJSON(["path": path, "total": "\(statement.estimate.total)"]) }
            cli.say(cli.lang.pick(
                "Đã ghi \(path) (tổng cộng \(VietnameseNumber.grouped(statement.estimate.total)) đồng)",
                "Wrote \(path) (total \(VietnameseNumber.grouped(statement.estimate.total)) đồng)"))
        }
    }

    struct Payment: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: "A payment list (danh sách chi tiền) for a per-person budget line, with a column to sign.",
            discussion: """
                Once attendance is recorded: the people who came (present or late, walk-ins included), each
                paid for the days they came on a per-day line. Before that, a forecast titled "(DỰ KIẾN)": the
                confirmed nominees (everyone nominated while nobody is confirmed) for every day. Lodging is paid
                only to the offices the session's distance rule pays. By office and Vietnamese name order; the
                total as a formula and in words.
                Example (writes exports/LCI-2022-TDKT/danh-sach-chi-tai-lieu.xlsx):
                  outreach export payment LCI-2022-TDKT --line tai-lieu
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The session code.")
        var session: String
        @Option(help: "The budget line paid, e.g. phu-cap-luu-tru.")
        var line: String
        @OptionGroup var rates: RatesOption
        @OptionGroup var output: OutputOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            guard let lineCode = Slug(rawValue: line.lowercased()) else {
                throw .invalidValue(field: "--line", value: line, reason: LocalizedText(
                    vi: "không phải mã dòng dự toán (chữ thường, gạch ngang)", en: "is not a budget line code (a–z, dashes)"))
            }
            let database = try cli.database()
            let list = try database.nomineeList(session: code, includeEmptyGroups: true)
            let sheet = try PaymentListSheet(
                list: list, estimate: try BudgetEstimate(list: list, rates: rates.book(), today: cli.global.todayDate), line: lineCode,
                attendees: try database.attendees(session: code))
            let path = try output.path(session: code, name: "danh-sach-chi-\(lineCode).xlsx")
            try sheet.write(to: path)
            if cli.json {
                return cli.printJSON([
                    "path": path, "people": "\(sheet.people.count)", "total": "\(sheet.total)",
                    "basis": sheet.isForecast ? "forecast" : "attendance",
                ])
            }
            cli.report(path: path, people: sheet.people.count)
            cli.say(cli.lang.pick(
                "Tổng cộng \(VietnameseNumber.grouped(sheet.total)) đồng, " + (sheet.isForecast
                    ? "dự kiến (chưa có điểm danh)" : "theo số người thực tế tham dự (điểm danh)"),
                "Total \(VietnameseNumber.grouped(sheet.total)) đồng, " + (sheet.isForecast
                    ? "a forecast (no attendance recorded yet)" : "for the people who came (attendance)")))
        }
    }
}

extension ExportGroup {
    struct Attendance: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: "The attendance workbook: a summary per office with rates, everyone's marks, a chart.",
            discussion: """
                Offices below --threshold of their quota are marked red, offices nobody came from grey.
                Example (writes exports/LCI-2022-TDKT/diem-danh.xlsx):
                  outreach export attendance LCI-2022-TDKT
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The session code.")
        var session: String
        @Option(help: "The attendance rate (percent of the quota) below which an office is marked.")
        var threshold: Double = 80
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard (0...100).contains(threshold) else { throw usageError(vi: "--threshold phải từ 0 đến 100", en: "--threshold must be 0…100") }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            let database = try cli.database()
            let path = try output.path(session: code, name: "diem-danh.xlsx")
            try AttendanceSheet(
                report: try database.attendanceReport(session: code),
                list: try database.nomineeList(session: code, includeEmptyGroups: true),
                marks: try database.attendanceMarks(session: code), threshold: threshold / 100
            ).write(to: path)
            cli.report(path: path, people: try database.nominees(session: code).count)
        }
    }
}

extension CLI {
    /// Tells the user which file was written.
    func report(path: String, people: Int) {
        if json { return printJSON(["path": path, "people": "\(people)"]) }
        say(lang.pick("Đã ghi \(path) (\(people) người)", "Wrote \(path) (\(people) people)"))
    }
}
