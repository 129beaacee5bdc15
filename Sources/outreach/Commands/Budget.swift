import Foundation
import ArgumentParser
import OutreachCore
import OutreachStore

/// `outreach budget …`: the estimate (dự toán) from the session's facts, and the actuals for the settlement.
struct BudgetGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: Help.text(
            vi: "Lập dự toán kinh phí của đợt từ thông tin của đợt và ghi số thực chi.",
            en: "Estimate a session's budget from its facts and record what was really spent."),
        discussion: Help.text(
            vi: """
                Các dòng lấy từ mục `budget:` trong tệp mẫu của đợt (Templates/README.md, mục
                "Budget"); đơn giá lấy từ Templates/rates/ vào ngày đầu của đợt, hoặc do đơn
                vị tổ chức tự ghi.
                Ví dụ:
                  outreach budget estimate LCI-2022-TDKT
                  outreach budget actual LCI-2022-TDKT hoi-truong 4.500.000 \\
                      --note "Hóa đơn số 123"
                  outreach budget actual LCI-2022-TDKT di-lai 250.000 --unit PGD-BATXAT
                  outreach budget show LCI-2022-TDKT
                """,
            en: """
                The lines come from the session template's `budget:` section
                (Templates/README.md, "Budget"); prices from Templates/rates/ on the session's
                first day or the organiser's own figures.
                Example:
                  outreach budget estimate LCI-2022-TDKT
                  outreach budget actual LCI-2022-TDKT hoi-truong 4.500.000 \\
                      --note "Hóa đơn số 123"
                  outreach budget actual LCI-2022-TDKT di-lai 250.000 --unit PGD-BATXAT
                  outreach budget show LCI-2022-TDKT
                """),
        subcommands: [Estimate.self, Actual.self, Show.self])
}

/// The folder the rate tables are read from.
struct RatesOption: ParsableArguments {
    @Option(name: .customLong("rates"), help: .text(
        vi: """
            Thư mục các bảng định mức chi (mặc định: Templates/rates trong thư mục hiện tại, nếu không có thì \
            Templates/rates của dự án nơi chương trình outreach được dựng).
            """,
        en: """
            The folder of rate tables (default: Templates/rates in the current folder, else the Templates/rates \
            of the project the outreach binary was built in).
            """))
    var folder: String?

    func book() throws(OutreachError) -> RateBook {
        try TemplateLoader.rateBook(folder: try RatesFolder.resolve(folder, option: "--rates"))
    }
}

/// The rate tables: `Templates/rates`.
enum RatesFolder {
    static let relative = "Templates/rates"

    static func resolve(_ given: String?, option: String) throws(OutreachError) -> String {
        try TemplatesFolder.resolve(given, relative: relative, option: option)
    }
}

extension BudgetGroup {
    struct Estimate: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Xem dự toán: các dòng của đơn vị tổ chức, tổng các dòng của đơn vị cử, và phần mỗi đơn vị chi.",
                en: "Show the estimate: organiser lines, sending-unit lines summed, and what each office pays."),
            discussion: Help.text(
                vi: """
                    Số người dự là số chỗ mọi đơn vị phải cử (định mức) khi việc đăng ký còn mở
                    vào ngày --today (đến hết hạn đăng ký), sau đó là số đại biểu đã xác nhận.
                    Lệnh này chỉ cho xem dự toán: thực chi và chênh lệch xem bằng `budget show`.
                    Ví dụ:
                      outreach budget estimate LCI-2022-TDKT --json
                    """,
                en: """
                    Participants are every office's required places (the quota) while nominations
                    are open on --today (up to the nomination deadline), then the confirmed
                    nominees. Only the estimate: actuals and differences are shown by `budget show`.
                    Example:
                      outreach budget estimate LCI-2022-TDKT --json
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @OptionGroup var rates: RatesOption

        func execute(_ cli: CLI) throws(OutreachError) {
            // The estimate alone: what was spent, and who came, is `budget show`'s.
            let estimate = try cli.database().budgetEstimate(session: try cli.sessionCode(session), rates: rates.book(), today: cli.global.todayDate)
            let statement = try BudgetStatement(estimate: estimate, actuals: [])
            if cli.json { return cli.printJSON(BudgetJSON(statement)) }
            let l = cli.lang
            cli.say(l.pick(
                "Dự toán kinh phí đợt \(estimate.session.code): \(estimate.participants) người (\(estimate.basis.label(l))), \(estimate.session.days) ngày",
                "Budget estimate of \(estimate.session.code): \(estimate.participants) people (\(estimate.basis.label(l))), \(estimate.session.days) day(s)"))
            cli.say(cli.itemTable(statement, actuals: false))
            cli.say("")
            var offices = Table(l.pick(["Đơn vị cử người", "Số người", "Khoảng cách", "Lưu trú", "Phụ cấp", "Thành tiền"],
                                       ["Sending office", "People", "Distance", "Lodging", "Per diem", "Amount"]),
                                numeric: [1, 2, 5])
            func yes(_ flag: Bool) -> String { flag ? l.pick("có", "yes") : l.pick("không", "no") }
            for office in estimate.offices {
                offices.add([
                    office.unit.displayName, "\(office.participants)", office.unit.distanceKm.map { "\($0) km" } ?? "–",
                    yes(office.lodges), yes(office.paysPerDiem), VietnameseNumber.grouped(office.total),
                ])
            }
            cli.say(offices.render())
            cli.say("")
            cli.sayTotals(statement)
        }
    }

    struct Actual: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Ghi số thực chi của một dòng dự toán (thay số đã ghi trước, hoặc cộng thêm với --add; có ghi nhật ký).",
                en: "Record what was really spent on one budget line (replaces an earlier figure, or --add; audited)."),
            discussion: Help.text(
                vi: """
                    Số tiền là số đồng chẵn: 4500000, 4.500.000 hoặc 4,500,000. Dòng của đơn vị tổ
                    chức được ghi cho cả đợt; dòng của đơn vị cử (phụ cấp lưu trú, tiền phòng
                    nghỉ, đi lại) ghi cho một đơn vị được mời, bằng --unit. Ghi số thứ hai cho
                    cùng một dòng thì thay số thứ nhất, và thông báo nêu số đã bị thay; với --add
                    thì đó là một hóa đơn nữa được cộng vào dòng (cộng số tiền, nối ghi chú bằng
                    "; "), trong một lần ghi có nhật ký. --add chỉ cộng vào số đã ghi, không cộng
                    vào số quyết toán tính từ điểm danh. Khi một đơn vị chưa ghi dòng chi theo
                    người thì quyết toán của đơn vị đó tính theo số người thực tế đến dự (điểm
                    danh). Số tiền ghi cho một đơn vị được mời mà không có ai được xác nhận vẫn
                    được giữ và quyết toán với dự toán bằng 0. Khi có --as, chỉ đơn vị tổ chức,
                    đơn vị cấp kinh phí của đợt (funded_by) hoặc chính đơn vị cử (với các dòng của
                    mình) được ghi.
                    Ví dụ:
                      outreach budget actual LCI-2022-TDKT hoi-truong 4.500.000 \\
                          --note "Hóa đơn số 123" --as PHONG-KHTC
                      outreach budget actual LCI-2022-TDKT hoi-truong 100.000 --add \\
                          --note "Hóa đơn số 124" --as PHONG-KHTC
                      outreach budget actual LCI-2022-TDKT di-lai 250.000 --unit PGD-BATXAT
                    """,
                en: """
                    The amount is whole đồng: 4500000, 4.500.000 or 4,500,000. An organiser line
                    is recorded for the whole session; a sending-unit line (per diem, lodging,
                    travel) for one invited office with --unit. A second figure for the same line
                    replaces the first, and the message names the figure it replaced; with --add
                    it is a further invoice added to the line (amounts summed, notes joined with
                    "; "), in one audited transaction. --add adds to the recorded figure only, not
                    to a figure the settlement derives from attendance. Until an office records a
                    per-person line, its settlement counts the people who actually came
                    (attendance). A figure for an invited office nobody was confirmed from is kept
                    and settled against an estimate of 0. With --as, only the organiser, the
                    session's funding division (funded_by) or, for its own lines, the office
                    itself may record.
                    Example:
                      outreach budget actual LCI-2022-TDKT hoi-truong 4.500.000 \\
                          --note "Hóa đơn số 123" --as PHONG-KHTC
                      outreach budget actual LCI-2022-TDKT hoi-truong 100.000 --add \\
                          --note "Hóa đơn số 124" --as PHONG-KHTC
                      outreach budget actual LCI-2022-TDKT di-lai 250.000 --unit PGD-BATXAT
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Argument(help: .text(vi: "Mã dòng dự toán, ví dụ hoi-truong.", en: "The budget line code, e.g. hoi-truong."))
        var line: String
        // Taken as it comes, so "-5" reaches the amount check and is refused as negative.
        @Argument(parsing: .allUnrecognized, help: .text(vi: "Số tiền (đồng).", en: "The amount in đồng."))
        var amount: [String]
        @Option(help: .text(
            vi: "Nội dung của số tiền (số hóa đơn, lý do chênh lệch).",
            en: "What the figure is (invoice number, reason for a difference)."))
        var note: String?
        @Option(help: .text(
            vi: "Đơn vị cử đã chi khoản này (chỉ với các dòng do đơn vị cử chi), ví dụ PGD-BATXAT.",
            en: "The sending office whose spending this is (sending-unit lines only), e.g. PGD-BATXAT."))
        var unit: String?
        @Flag(help: .text(
            vi: "Cộng số tiền vào số đã ghi của dòng này (thêm một hóa đơn) thay vì ghi đè.",
            en: "Add the amount to the figure already recorded for the line (a further invoice) instead of replacing it."))
        var add = false
        @OptionGroup var rates: RatesOption

        private var amountWords: [String] { amount.filter { $0 != "--" } }

        func validate() throws {
            if amountWords.count != 1 {
                throw usageError(vi: "ghi một số tiền, ví dụ 4500000, không phải “\(amountWords.joined(separator: " "))”", en: "Give one amount, such as 4500000, not “\(amountWords.joined(separator: " "))”")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            guard let lineCode = Slug(rawValue: line.lowercased()) else {
                throw .invalidValue(field: cli.lang.pick("dòng dự toán", "budget line"), value: line, reason: LocalizedText(
                    vi: "không phải mã dòng dự toán (chữ thường, gạch ngang; xem: outreach budget show)", en: "is not a budget line code (a–z, dashes; see: outreach budget show)"))
            }
            let raw = amountWords[0]
            let value: Int64
            do {
                value = try MoneyAmount.parse(raw, maximum: MoneyInWords.maximum)
            } catch {
                throw .invalidValue(field: cli.lang.pick("số tiền", "amount"), value: raw, reason: error.reason)
            }
            let unitCode = try unit.map { raw throws(OutreachError) -> UnitCode in
                guard let code = UnitCode(rawValue: raw.uppercased()) else { throw .unknownUnit(raw) }
                return code
            }
            let recording = try cli.database().recordActual(
                session: code, line: lineCode, unit: unitCode, amount: value, note: note, adding: add,
                // The rates let the whole statement be checked; without them, the recorded figures are.
                rates: try? rates.book(), context: try cli.context())
            let actual = recording.actual
            if cli.json {
                var json = BudgetJSON.ActualJSON(actual)
                json.previousAmount = recording.previous?.amount
                json.previousNote = recording.previous?.note
                json.added = recording.added
                return cli.printJSON(json)
            }
            let office = actual.unit.map { " (\($0))" } ?? ""
            let total = VietnameseNumber.grouped(actual.amount)
            /// "4.500.000 đồng (Hóa đơn số 123)": a figure as the messages name it.
            func named(_ figure: BudgetActual) -> String {
                "\(VietnameseNumber.grouped(figure.amount)) đồng" + (figure.note.map { " (\($0))" } ?? "")
            }
            switch (recording.previous, recording.added) {
            case (let previous?, let added?):
                cli.say(cli.lang.pick(
                    "Đã cộng thêm thực chi \(actual.line)\(office): \(VietnameseNumber.grouped(previous.amount)) + \(VietnameseNumber.grouped(added)) = \(total) đồng",
                    "Added to actual \(actual.line)\(office): \(VietnameseNumber.grouped(previous.amount)) + \(VietnameseNumber.grouped(added)) = \(total) đồng"))
            case (let previous?, nil):
                cli.say(cli.lang.pick(
                    "Đã ghi thực chi \(actual.line)\(office): \(total) đồng, thay \(named(previous)); để cộng thêm hóa đơn, dùng --add",
                    "Recorded actual \(actual.line)\(office): \(total) đồng, replacing \(named(previous)); to add an invoice, use --add"))
            default:
                cli.say(cli.lang.pick(
                    "Đã ghi thực chi \(actual.line)\(office): \(total) đồng",
                    "Recorded actual \(actual.line)\(office): \(total) đồng"))
            }
        }
    }

    struct Show: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Dự toán, thực chi và chênh lệch theo từng dòng và tổng cộng (quyết toán).",
                en: "Estimate, actual and difference per line and in total (the settlement, quyết toán)."),
            discussion: Help.text(
                vi: """
                    Ví dụ:
                      outreach budget show LCI-2022-TDKT
                    """,
                en: """
                    Example:
                      outreach budget show LCI-2022-TDKT
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @OptionGroup var rates: RatesOption

        func execute(_ cli: CLI) throws(OutreachError) {
            let statement = try cli.database().budgetStatement(session: try cli.sessionCode(session), rates: rates.book(), today: cli.global.todayDate)
            if cli.json { return cli.printJSON(BudgetJSON(statement)) }
            let l = cli.lang
            cli.say(l.pick("Dự toán và thực chi đợt \(statement.estimate.session.code)",
                           "Estimate and actuals of \(statement.estimate.session.code)"))
            cli.say(cli.itemTable(statement, actuals: true))
            cli.say("")
            var offices = Table(
                l.pick(["Đơn vị cử người", "Dự toán", "Thực chi", "Chênh lệch", "Người đến"],
                       ["Sending office", "Estimate", "Actual", "Difference", "Came"]),
                numeric: [1, 2, 3, 4])
            for office in statement.offices {
                offices.add([
                    office.office.unit.displayName, VietnameseNumber.grouped(office.office.total),
                    office.actualTotal.map(VietnameseNumber.grouped) ?? "–", office.difference.map(CLI.signed) ?? "–",
                    office.attendance.map { "\($0.people)" } ?? "–",
                ])
            }
            cli.say(offices.render())
            if statement.inProgress {
                cli.say(l.pick(BudgetStatement.inProgressNote.vi, BudgetStatement.inProgressNote.en))
            }
            cli.say("")
            cli.sayTotals(statement)
        }
    }
}

extension CLI {
    /// The lines of a statement as a table; with `actuals`, the actual and the difference too.
    fileprivate func itemTable(_ statement: BudgetStatement, actuals: Bool) -> String {
        let l = lang
        var headers = l.pick(["Mã", "Nội dung", "Người chi", "Đơn vị tính", "Số lượng", "Đơn giá", "Thành tiền"],
                             ["Code", "Item", "Paid by", "Per", "Quantity", "Unit price", "Amount"])
        if actuals { headers += l.pick(["Thực chi", "Chênh lệch"], ["Actual", "Difference"]) }
        var table = Table(headers, numeric: [4, 5, 6, 7, 8])
        for row in statement.rows {
            let item = row.item
            var cells = [
                item.line.code.rawValue, item.line.name, item.line.payer.label(l), item.line.unit,
                VietnameseNumber.grouped(item.quantity), item.markedUnitPrice,
                VietnameseNumber.grouped(item.amount),
            ]
            if actuals {
                cells.append(row.actual.map { VietnameseNumber.grouped($0.amount) } ?? "–")
                cells.append(row.difference.map(Self.signed) ?? "–")
            }
            table.add(cells)
        }
        warnUncertainRates(statement.estimate)
        return table.render()
    }

    fileprivate func sayTotals(_ statement: BudgetStatement) {
        let l = lang
        let estimate = statement.estimate
        say(l.pick("Đơn vị tổ chức chi:  ", "Organiser pays:      ") + VietnameseNumber.grouped(estimate.organiserTotal))
        say(l.pick("Đơn vị cử người chi: ", "Sending units pay:   ") + VietnameseNumber.grouped(estimate.sendingUnitTotal))
        say(l.pick("Tổng cộng:           ", "Total:               ") + VietnameseNumber.grouped(estimate.total))
        say(l.pick("Bằng chữ: ", "In words: ") + BudgetEstimate.words(estimate.total))
        if let actual = statement.actualTotal, let difference = statement.difference {
            say(l.pick("Thực chi:            ", "Actual:              ") + VietnameseNumber.grouped(actual))
            say(l.pick("Chênh lệch:          ", "Difference:          ") + Self.signed(difference))
        }
    }

    /// A difference with its sign; both sides are at most MoneyInWords.maximum, so negating cannot overflow.
    static func signed(_ value: Int64) -> String {
        value > 0 ? "+" + VietnameseNumber.grouped(value) : value < 0 ? "-" + VietnameseNumber.grouped(-value) : "0"
    }
}

/// A budget statement as JSON output.
struct BudgetJSON: Encodable {
    var session: String
    var participants: Int64
    var participantBasis: String
    var lines: [Line]
    var offices: [Office]
    var organiserTotal: Int64
    var sendingUnitTotal: Int64
    var total: Int64
    var totalInWords: String
    /// Actuals known (a line not yet settled counts 0) and actualTotal − total; unsettledLines: summary lines
    /// with no actual yet.
    var actualTotal: Int64?
    var difference: Int64?
    var unsettledLines: Int?

    struct Line: Encodable {
        var code: String
        var name: String
        var category: String
        var payer: String
        var unit: String
        var quantityRule: String
        var quantity: Int64
        var unitPrice: Int64
        var amount: Int64
        var basis: String
        var confidence: String?
        var actual: Int64?
        var difference: Int64?
        var note: String?
    }

    struct Office: Encodable {
        var unit: String
        var name: String
        var participants: Int64
        var distanceKm: Int?
        var lodging: Bool
        var perDiem: Bool
        var total: Int64
        var attendedPeople: Int64?
        var attendedPersonDays: Int64?
        var actualTotal: Int64?
        var difference: Int64?
        var lines: [ActualJSON]
    }

    struct ActualJSON: Encodable {
        var line: String
        var unit: String?
        var amount: Int64
        var note: String?
        var recordedBy: String?
        /// `budget actual` only: the figure recorded before (replaced, or added to with --add), and what was added.
        var previousAmount: Int64?
        var previousNote: String?
        var added: Int64?

        init(_ actual: BudgetActual) {
            line = actual.line.rawValue
            unit = actual.unit?.rawValue
            amount = actual.amount
            note = actual.note
            recordedBy = actual.recordedBy?.rawValue
        }
    }

    init(_ statement: BudgetStatement) {
        let estimate = statement.estimate
        session = estimate.session.code.rawValue
        participants = estimate.participants
        participantBasis = estimate.basis.rawValue
        lines = statement.rows.map { row in
            let item = row.item
            return Line(
                code: item.line.code.rawValue, name: item.line.name, category: item.line.category.rawValue,
                payer: item.line.payer.rawValue, unit: item.line.unit, quantityRule: item.line.quantity.text,
                quantity: item.quantity, unitPrice: item.unitPrice, amount: item.amount, basis: item.basis,
                confidence: item.confidence?.rawValue, actual: row.actual?.amount, difference: row.difference,
                note: row.actual?.note)
        }
        offices = statement.offices.map {
            Office(
                unit: $0.office.unit.code.rawValue, name: $0.office.unit.displayName, participants: $0.office.participants,
                distanceKm: $0.office.unit.distanceKm, lodging: $0.office.lodges,
                perDiem: $0.office.paysPerDiem, total: $0.office.total,
                attendedPeople: $0.attendance?.people, attendedPersonDays: $0.attendance?.personDays,
                actualTotal: $0.actualTotal, difference: $0.difference, lines: $0.rows.compactMap { $0.actual.map(ActualJSON.init) })
        }
        organiserTotal = estimate.organiserTotal
        sendingUnitTotal = estimate.sendingUnitTotal
        total = estimate.total
        totalInWords = BudgetEstimate.words(estimate.total)
        actualTotal = statement.actualTotal
        difference = statement.difference
        unsettledLines = statement.hasActuals ? statement.unsettledLines : nil
    }
}
