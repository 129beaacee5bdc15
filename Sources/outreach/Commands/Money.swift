import ArgumentParser
import OutreachCore

/// `outreach money …`: amounts of money as finance documents write them.
struct Money: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Help.text { $0.writeAmountsOfMoneyThe },
        discussion: Help.text { $0.exampleOutreachMoneyWords },
        subcommands: [Words.self])
}

extension Money {
    struct Words: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.printAnAmountInVietnamese },
            discussion: Help.text { $0.theAmountMayBeWritten })

        @OptionGroup var global: GlobalOptions
        // Every unrecognised word is taken as the amount, so "-5" reaches the amount check and is
        // refused as a negative amount instead of as an unknown option.
        @Argument(parsing: .allUnrecognized, help: .text { $0.theAmountInOr })
        var amount: [String]
        @Flag(help: .text { $0.writeLeInsteadOfLinh })
        var le = false
        @Flag(help: .text { $0.writeNganInsteadOfNghin })
        var ngan = false
        @Flag(help: .text { $0.writeTuForAFinal })
        var tu = false
        @Flag(help: .text { $0.endRoundAmountsWith })
        var chan = false

        /// The words given as the amount, without the `--` that may come before a negative number.
        private var amountWords: [String] { amount.filter { $0 != "--" } }

        func validate() throws {
            if amountWords.count != 1 {
                throw usageError { $0.giveOneAmountSuchAsNot(amountWords.joined(separator: " ")) }
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            let raw = amountWords[0]
            let field = cli.lang.text { $0.amount }
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
                throw .invalidValue(field: field, value: raw, reason: error.text)
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
