import ArgumentParser
import OutreachCore

/// `outreach rates …`: the spending rates (định mức chi) read from `Templates/rates/`.
struct Rates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Help.text(
            vi: "Xem các định mức chi có hiệu lực vào một ngày.",
            en: "See the spending rates (định mức chi) in force on a date."),
        discussion: Help.text(
            vi: """
                Định mức chi là dữ liệu: Templates/rates/national.yaml chứa các định mức của
                trung ương; tỉnh hoặc đơn vị bổ sung bảng riêng, thay thế các định mức đó từ
                một ngày nhất định (xem Templates/README.md, mục "Rates").
                Ví dụ:
                  outreach rates list --on 2022-05-10
                """,
            en: """
                Rates are data: Templates/rates/national.yaml holds the national ones;
                a province or unit adds its own table that overrides them from a date
                (see Templates/README.md, "Rates").
                Example:
                  outreach rates list --on 2022-05-10
                """),
        subcommands: [List.self])
}

extension Rates {
    struct List: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Liệt kê các định mức chi có hiệu lực vào một ngày, kèm mức chi, đơn vị tính, căn cứ pháp lý và tệp.",
                en: "List the rates in force on a date, with amount, unit, legal basis and file."),
            discussion: Help.text(
                vi: """
                    Đọc mọi tệp *.yaml trong --dir (national.yaml trước); không cần cơ sở dữ liệu.
                    "?" đánh dấu số liệu chưa được xác nhận từ nguồn nào, "!" đánh dấu số tạm cần
                    thay; ghi chú về các số này được in dưới bảng.
                    Ví dụ:
                      outreach rates list --on 2022-05-10
                    """,
                en: """
                    Reads every *.yaml in --dir (national.yaml first); needs no database.
                    "?" marks a figure not confirmed in any source, "!" a placeholder to replace;
                    their notes are printed under the table.
                    Example:
                      outreach rates list --on 2022-05-10
                    """))

        @OptionGroup var global: GlobalOptions
        @Option(help: .text(
            vi: "Ngày cần xem, DD/MM/YYYY hoặc YYYY-MM-DD (mặc định: --today, nếu không có thì ngày hôm nay theo giờ Việt Nam).",
            en: "The day, DD/MM/YYYY or YYYY-MM-DD (default: --today, else today in Vietnam)."))
        var on: String?
        @Option(help: .text(
            vi: "Thư mục các bảng định mức (mặc định: Templates/rates trong thư mục hiện tại, nếu không có thì của dự án chứa chương trình).",
            en: "The folder of rate tables (default: Templates/rates here, else the project's of the binary)."))
        var dir: String?
        @Option(help: .text(
            vi: "Chỉ các định mức áp dụng cho vùng này (ví dụ bien-dao cho công tác trên biển, đảo).",
            en: "Only what applies in this region (e.g. bien-dao for duty at sea)."))
        var region: String?

        func validate() throws {
            _ = try DateOption.validated(on, option: "--on")
            if let region, Slug(rawValue: region) == nil {
                throw usageError(vi: "--region phải là mã chữ thường như bien-dao, không phải “\(region)”", en: "--region must be a lowercase code such as bien-dao, not “\(region)”")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let date = on.flatMap { CalendarDate(typed: $0) } ?? cli.global.todayDate
            let dir = try RatesFolder.resolve(dir, option: "--dir")
            let book = try TemplateLoader.rateBook(folder: dir)
            let rates = book.rates(on: date, region: region.flatMap(Slug.init(rawValue:)))
            if cli.json { return cli.printJSON(rates.map(RateJSON.init)) }
            let l = cli.lang
            cli.say(l.pick(
                "Định mức áp dụng ngày \(VietnameseDate.numeric(date)) (\(dir)):",
                "Rates in force on \(VietnameseDate.numeric(date)) (\(dir)):"))
            let showsRegion = rates.contains { $0.rate.region != nil }
            var headers = l.pick(["Mã", "Tên", "Mức (đồng)", "Đơn vị tính", "Căn cứ", "Tệp", ""],
                                 ["Code", "Name", "Amount (đồng)", "Per", "Basis", "File", ""])
            if showsRegion { headers.insert(l.pick("Vùng", "Region"), at: 1) }
            var table = Table(headers, numeric: [showsRegion ? 3 : 2])
            for applied in rates {
                let rate = applied.rate
                var row = [
                    rate.code.rawValue, rate.name, VietnameseNumber.grouped(rate.amount), rate.unit.label(l),
                    rate.basis, applied.file.split(separator: "/").last.map(String.init) ?? applied.file,
                    rate.confidence.mark,
                ]
                if showsRegion { row.insert(rate.region?.rawValue ?? "", at: 1) }
                table.add(row)
            }
            cli.say(table.render())
            let doubtful = rates.filter { $0.rate.confidence != .verified }
            guard !doubtful.isEmpty else { return }
            cli.say("")
            for confidence in [RateConfidence.unconfirmed, .placeholder] where doubtful.contains(where: { $0.rate.confidence == confidence }) {
                cli.say("\(confidence.mark) \(confidence.label(l)):")
                // Rates that share a note (the four 2025 lodging placeholders) are named on one line.
                var notes: [(note: String, codes: [String])] = []
                for applied in doubtful where applied.rate.confidence == confidence {
                    let note = applied.rate.note ?? ""
                    let code = applied.rate.code.rawValue + (applied.rate.region.map { " (\($0))" } ?? "")
                    if let index = notes.firstIndex(where: { $0.note == note }) {
                        notes[index].codes.append(code)
                    } else {
                        notes.append((note, [code]))
                    }
                }
                for (note, codes) in notes { cli.say("  \(codes.joined(separator: ", ")): \(note)") }
            }
        }
    }
}

/// A rate in force, as JSON output.
struct RateJSON: Encodable {
    var code: String
    var name: String
    var amount: Int64
    var unit: String
    var basis: String
    var effectiveFrom: String
    var effectiveTo: String?
    var region: String?
    var condition: String?
    var confidence: String
    var note: String?
    var table: String
    var file: String

    init(_ applied: AppliedRate) {
        let rate = applied.rate
        code = rate.code.rawValue
        name = rate.name
        amount = rate.amount
        unit = rate.unit.rawValue
        basis = rate.basis
        effectiveFrom = rate.effectiveFrom.iso
        effectiveTo = rate.effectiveTo?.iso
        region = rate.region?.rawValue
        condition = rate.condition
        confidence = rate.confidence.rawValue
        note = rate.note
        table = applied.table.rawValue
        file = applied.file
    }
}
