import ArgumentParser
import OutreachCore

/// `outreach money …`: amounts of money as finance documents write them.
struct Money: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write amounts of money the way finance documents do.",
        discussion: """
            Example:
              outreach money words 1500000
              → Một triệu năm trăm nghìn đồng
            """,
        subcommands: [Words.self])
}

extension Money {
    struct Words: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print an amount in Vietnamese words (số tiền bằng chữ), from 0 to 999.999.999.999.999 đồng.",
            discussion: """
                The amount may be written 1500000, 1.500.000 or 1,500,000 (whole đồng only).
                The defaults are northern finance style: linh, nghìn, bốn, no "chẵn".
                Example:
                  outreach money words 1.005.000
                  → Một triệu không trăm linh năm nghìn đồng
                  outreach money words 1500000 --le --ngan --chan
                """)

        @OptionGroup var global: GlobalOptions
        // Every unrecognised word is taken as the amount, so "-5" reaches the amount check and is
        // refused as a negative amount instead of as an unknown option.
        @Argument(parsing: .allUnrecognized, help: "The amount in đồng: 1500000, 1.500.000 or 1,500,000.")
        var amount: [String]
        @Flag(help: "Write “lẻ” instead of “linh” for a zero tens digit (một trăm lẻ năm).")
        var le = false
        @Flag(help: "Write “ngàn” instead of “nghìn”.")
        var ngan = false
        @Flag(help: "Write “tư” for a final 4 after twenty (hai mươi tư).")
        var tu = false
        @Flag(help: "End round amounts with “chẵn” (Một triệu đồng chẵn).")
        var chan = false

        /// The words given as the amount, without the `--` that may come before a negative number.
        private var amountWords: [String] { amount.filter { $0 != "--" } }

        func validate() throws {
            if amountWords.count != 1 {
                throw usageError(vi: "ghi một số tiền, ví dụ 1500000, không phải “\(amountWords.joined(separator: " "))”", en: "Give one amount, such as 1500000, not “\(amountWords.joined(separator: " "))”")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let raw = amountWords[0]
            let field = cli.lang.pick("số tiền", "amount")
            let value: Int64
            do {
                value = try MoneyAmount.parse(raw, maximum: MoneyInWords.maximum)
            } catch {
                throw .invalidValue(field: field, value: raw, reason: error.reason)
            }
            let options = MoneyInWords.Options(
                zeroTens: le ? .le : .linh, thousand: ngan ? .ngan : .nghin, useTu: tu, roundSuffix: chan)
            let words: String
            do {
                words = try MoneyInWords.words(value, options: options)
            } catch {
                throw .invalidValue(field: field, value: raw, reason: LocalizedText(vi: error.description, en: error.description))
            }
            if cli.json { return cli.printJSON(MoneyWordsJSON(amount: value, words: words)) }
            cli.say(words)
        }
    }
}

/// An amount and its words, as JSON output.
struct MoneyWordsJSON: Encodable {
    var amount: Int64
    var words: String
}
