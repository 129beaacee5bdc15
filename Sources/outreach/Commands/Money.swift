import ArgumentParser
import OutreachCore

/// `outreach money …`: amounts of money as finance documents write them.
struct Money: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Help.text(
            vi: "Viết số tiền theo cách của văn bản tài chính.",
            en: "Write amounts of money the way finance documents do."),
        discussion: Help.text(
            vi: """
                Ví dụ:
                  outreach money words 1500000
                  → Một triệu năm trăm nghìn đồng
                """,
            en: """
                Example:
                  outreach money words 1500000
                  → Một triệu năm trăm nghìn đồng
                """),
        subcommands: [Words.self])
}

extension Money {
    struct Words: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Viết số tiền bằng chữ, từ 0 đến 999.999.999.999.999 đồng.",
                en: "Print an amount in Vietnamese words (số tiền bằng chữ), from 0 to 999.999.999.999.999 đồng."),
            discussion: Help.text(
                vi: """
                    Số tiền có thể viết 1500000, 1.500.000 hoặc 1,500,000 (chỉ số đồng chẵn). Mặc
                    định theo cách viết của ngành tài chính phía Bắc: linh, nghìn, bốn, không có
                    "chẵn".
                    Ví dụ:
                      outreach money words 1.005.000
                      → Một triệu không trăm linh năm nghìn đồng
                      outreach money words 1500000 --le --ngan --chan
                    """,
                en: """
                    The amount may be written 1500000, 1.500.000 or 1,500,000 (whole đồng only).
                    The defaults are northern finance style: linh, nghìn, bốn, no "chẵn".
                    Example:
                      outreach money words 1.005.000
                      → Một triệu không trăm linh năm nghìn đồng
                      outreach money words 1500000 --le --ngan --chan
                    """))

        @OptionGroup var global: GlobalOptions
        // Every unrecognised word is taken as the amount, so "-5" reaches the amount check and is
        // refused as a negative amount instead of as an unknown option.
        @Argument(parsing: .allUnrecognized, help: .text(
            vi: "Số tiền (đồng): 1500000, 1.500.000 hoặc 1,500,000.",
            en: "The amount in đồng: 1500000, 1.500.000 or 1,500,000."))
        var amount: [String]
        @Flag(help: .text(
            vi: "Viết “lẻ” thay cho “linh” khi hàng chục là 0 (một trăm lẻ năm).",
            en: "Write “lẻ” instead of “linh” for a zero tens digit (một trăm lẻ năm)."))
        var le = false
        @Flag(help: .text(vi: "Viết “ngàn” thay cho “nghìn”.", en: "Write “ngàn” instead of “nghìn”."))
        var ngan = false
        @Flag(help: .text(
            vi: "Viết “tư” cho chữ số 4 ở hàng đơn vị từ hai mươi trở lên (hai mươi tư).",
            en: "Write “tư” for a final 4 after twenty (hai mươi tư)."))
        var tu = false
        @Flag(help: .text(
            vi: "Thêm “chẵn” sau số tiền tròn (Một triệu đồng chẵn).",
            en: "End round amounts with “chẵn” (Một triệu đồng chẵn)."))
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
