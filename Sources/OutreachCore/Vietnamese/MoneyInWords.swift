/// Amounts of money in Vietnamese words, finance style: "Một triệu năm trăm nghìn đồng".
public enum MoneyInWords {
    /// The largest amount written: just under a million tỷ.
    public static let maximum: Int64 = 999_999_999_999_999

    /// The regional and office choices in how amounts are read.
    public struct Options: Sendable, Hashable, Codable {
        /// The word for a zero tens digit before a unit: 105 = "một trăm linh năm" or "một trăm lẻ năm".
        public enum ZeroTens: String, Sendable, Hashable, Codable, CaseIterable {
            case linh = "linh", le = "lẻ"
        }

        /// The word for a thousand.
        public enum Thousand: String, Sendable, Hashable, Codable, CaseIterable {
            case nghin = "nghìn", ngan = "ngàn"
        }

        /// "linh" (northern usage, the default) or "lẻ".
        public var zeroTens: ZeroTens
        /// "nghìn" (the default) or "ngàn".
        public var thousand: Thousand
        /// Reads a final 4 after twenty and up as "tư" (hai mươi tư) instead of "bốn"; never after mười.
        public var useTu: Bool
        /// Ends round amounts (a positive multiple of 1.000) with "chẵn": "Một triệu đồng chẵn".
        public var roundSuffix: Bool
        /// The currency word at the end; empty for none.
        public var currency: String

        /// The defaults are the common northern finance style.
        public init(
            zeroTens: ZeroTens = .linh, thousand: Thousand = .nghin, useTu: Bool = false,
            roundSuffix: Bool = false, currency: String = "đồng"
        ) {
            self.zeroTens = zeroTens
            self.thousand = thousand
            self.useTu = useTu
            self.roundSuffix = roundSuffix
            self.currency = currency
        }
    }

    private static let digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]

    /// The amount in words with a capital first letter, e.g. 1.005.000 → "Một triệu không trăm linh năm nghìn đồng".
    ///
    /// Groups of three digits are read from the left. The first group reads as written ("năm" for 5);
    /// every later non-zero group reads all three places ("không trăm linh năm"), so no zero is lost
    /// aloud; all-zero groups are skipped with their unit word, except that "tỷ" is always said once
    /// the amount reaches it (1.000.000.000.000 = "Một nghìn tỷ").
    public static func words(_ amount: Int64, options: Options = .init()) throws(MoneyInWordsError) -> String {
        guard (0...maximum).contains(amount) else { throw .outOfRange(amount) }
        var words = amount == 0 ? ["không"] : read(amount, isLeading: true, options: options)
        if !options.currency.isEmpty { words.append(options.currency) }
        if options.roundSuffix, amount > 0, amount % 1000 == 0 { words.append("chẵn") }
        let sentence = words.joined(separator: " ")
        return sentence.prefix(1).uppercased() + sentence.dropFirst()
    }

    /// Reads a positive amount; above a tỷ, the count of tỷ is itself read as an amount (nghìn tỷ, triệu tỷ).
    private static func read(_ amount: Int64, isLeading: Bool, options: Options) -> [String] {
        let billion: Int64 = 1_000_000_000
        if amount >= billion {
            var words = read(amount / billion, isLeading: isLeading, options: options) + ["tỷ"]
            if amount % billion > 0 { words += read(amount % billion, isLeading: false, options: options) }
            return words
        }
        let groups = [(amount / 1_000_000, "triệu"), (amount / 1000 % 1000, options.thousand.rawValue), (amount % 1000, "")]
        var words: [String] = []
        var isLeading = isLeading
        for (value, unit) in groups where value > 0 {
            words += readGroup(Int(value), full: !isLeading, options: options)
            if !unit.isEmpty { words.append(unit) }
            isLeading = false
        }
        return words
    }

    /// Reads 1...999; `full` adds "không trăm" and "linh" where a leading group would drop them.
    private static func readGroup(_ value: Int, full: Bool, options: Options) -> [String] {
        let (hundreds, tens, units) = (value / 100, value / 10 % 10, value % 10)
        var words: [String] = []
        let saysHundreds = full || hundreds > 0
        if saysHundreds { words += [digits[hundreds], "trăm"] }
        switch tens {
        case 0:
            if units > 0 { words += saysHundreds ? [options.zeroTens.rawValue, digits[units]] : [digits[units]] }
        case 1:
            words.append("mười")
            if units > 0 { words.append(units == 5 ? "lăm" : digits[units]) }
        default:
            words += [digits[tens], "mươi"]
            switch units {
            case 0: break
            case 1: words.append("mốt")
            case 4: words.append(options.useTu ? "tư" : "bốn")
            case 5: words.append("lăm")
            default: words.append(digits[units])
            }
        }
        return words
    }
}
