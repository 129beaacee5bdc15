import ArgumentParser
import OutreachCore

/// `outreach rates …`: the spending rates (định mức chi) read from `Templates/rates/`.
struct Rates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Help.text { $0.seeTheSpendingRates },
        discussion: Help.text { $0.ratesAreDataTemplatesRates },
        subcommands: [List.self])
}

extension Rates {
    struct List: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.listTheRatesInForce },
            discussion: Help.text { $0.readsEveryYamlInDir })

        @OptionGroup var global: GlobalOptions
        @Option(help: .text { $0.theDayDDMMYYYY })
        var on: String?
        @Option(help: .text { $0.theFolderOfRateTablesDefault })
        var dir: String?
        @Option(help: .text { $0.onlyWhatAppliesInThis })
        var region: String?

        func validate() throws {
            _ = try DateOption.validated(on, option: "--on")
            if let region, Slug(rawValue: region) == nil {
                throw usageError { $0.regionMustBeALowercase(region) }
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let date = on.flatMap { CalendarDate(typed: $0) } ?? cli.global.todayDate
            let dir = try RatesFolder.resolve(dir, option: "--dir")
            let book = try TemplateLoader.rateBook(folder: dir)
            let rates = book.rates(on: date, region: region.flatMap(Slug.init(rawValue:)))
            if cli.json { return cli.printJSON(rates.map(RateJSON.init)) }
            let l = cli.lang
            cli.say(l.text { $0.ratesInForceOnNumeric(VietnameseDate.numeric(date), dir) })
            let showsRegion = rates.contains { $0.rate.region != nil }
            var headers = l.catalogue.ratesCodeNameAmountNgHeadings
            if showsRegion { headers.insert(l.text { $0.regionInRates }, at: 1) }
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
