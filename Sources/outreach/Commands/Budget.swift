import Foundation
import ArgumentParser
import OutreachCore
import OutreachStore

/// `outreach budget …`: the estimate (dự toán) from the session's facts, and the actuals for the settlement.
struct BudgetGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: Help.text { $0.estimateASessionsBudgetFrom },
        discussion: Help.text { $0.theLinesComeFromThe },
        subcommands: [Estimate.self, Actual.self, Show.self])
}

/// The folder the rate tables are read from.
struct RatesOption: ParsableArguments {
    @Option(name: .customLong("rates"), help: .text { $0.theFolderOfRateTables })
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
            abstract: Help.text { $0.showTheEstimateOrganiserLines },
            discussion: Help.text { $0.participantsAreEveryOfficesRequired })

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
            cli.say(l.text { $0.budgetEstimateOfSessionCodeParticipants(estimate.session.code, estimate.participants, estimate.basis.label(l), estimate.session.days) })
            cli.say(cli.itemTable(statement, actuals: false))
            cli.say("")
            var offices = Table(l.catalogue.budgetSendingOfficePeopleDistanceHeadings,
                                numeric: [1, 2, 5])
            func yes(_ flag: Bool) -> String { flag ? l.text { $0.yes } : l.text { $0.noInBloc } }
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
            abstract: Help.text { $0.recordWhatWasReallySpent },
            discussion: Help.text { $0.theAmountIsWholeOr })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @Argument(help: .text { $0.theBudgetLineCodeE })
        var line: String
        // Taken as it comes, so "-5" reaches the amount check and is refused as negative.
        @Argument(parsing: .allUnrecognized, help: .text { $0.theAmountIn })
        var amount: [String]
        @Option(help: .text { $0.whatTheFigureIsInvoice })
        var note: String?
        @Option(help: .text { $0.theSendingOfficeWhoseSpending })
        var unit: String?
        @Flag(help: .text { $0.addTheAmountToThe })
        var add = false
        @OptionGroup var rates: RatesOption

        private var amountWords: [String] { amount.filter { $0 != "--" } }

        func validate() throws {
            if amountWords.count != 1 {
                throw usageError { $0.giveOneAmountSuchAs(amountWords.joined(separator: " ")) }
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.sessionCode(session)
            guard let lineCode = Slug(rawValue: line.lowercased()) else {
                throw .invalidValue(field: cli.lang.text { $0.budgetLine }, value: line, reason: LocalizedText { $0.isNotABudgetLine })
            }
            let raw = amountWords[0]
            let value: Int64
            do {
                value = try MoneyAmount.parse(raw, maximum: MoneyInWords.maximum)
            } catch {
                throw .invalidValue(field: cli.lang.text { $0.amount }, value: raw, reason: error.reason)
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
                cli.lang.text { $0.amountWithNote(VietnameseNumber.grouped(figure.amount), figure.note) }
            }
            switch (recording.previous, recording.added) {
            case (let previous?, let added?):
                cli.say(cli.lang.text { $0.addedToActualLineOffice(actual.line, office, VietnameseNumber.grouped(previous.amount), VietnameseNumber.grouped(added), total) })
            case (let previous?, nil):
                cli.say(cli.lang.text { $0.recordedActualLineOfficeTotal(actual.line, office, total, named(previous)) })
            default:
                cli.say(cli.lang.text { $0.recordedActualLineOfficeTotalInBudget(actual.line, office, total) })
            }
        }
    }

    struct Show: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.estimateActualAndDifferencePer },
            discussion: Help.text { $0.exampleOutreachBudgetShowLCI })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .sessionCode)
        var session: String
        @OptionGroup var rates: RatesOption

        func execute(_ cli: CLI) throws(OutreachError) {
            let statement = try cli.database().budgetStatement(session: try cli.sessionCode(session), rates: rates.book(), today: cli.global.todayDate)
            if cli.json { return cli.printJSON(BudgetJSON(statement)) }
            let l = cli.lang
            cli.say(l.text { $0.estimateAndActualsOfSessionCode(statement.estimate.session.code) })
            cli.say(cli.itemTable(statement, actuals: true))
            cli.say("")
            var offices = Table(
                l.catalogue.budgetSendingOfficeEstimateActualHeadings,
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
                cli.say(BudgetStatement.inProgressNote.text(l))
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
        var headers = l.catalogue.budgetCodeItemPaidByHeadings
        if actuals { headers += l.catalogue.budgetActualDifferenceHeadings }
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
        say(l.text { $0.organiserPays } + VietnameseNumber.grouped(estimate.organiserTotal))
        say(l.text { $0.sendingUnitsPay } + VietnameseNumber.grouped(estimate.sendingUnitTotal))
        say(l.text { $0.totalInBudget } + VietnameseNumber.grouped(estimate.total))
        say(l.text { $0.inWords } + BudgetEstimate.words(estimate.total))
        if let actual = statement.actualTotal, let difference = statement.difference {
            say(l.text { $0.actual } + VietnameseNumber.grouped(actual))
            say(l.text { $0.difference } + Self.signed(difference))
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
