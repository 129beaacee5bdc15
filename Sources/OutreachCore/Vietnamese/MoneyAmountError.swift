/// Why a typed amount of money was refused.
public enum MoneyAmountError: Error, Equatable, Sendable {
    /// Not digits, or digits grouped some other way than by threes.
    case notANumber(String)
    /// Below zero.
    case negative(String)
    /// Above the largest amount accepted where it was typed.
    case tooLarge(String, maximum: Int64)

    /// What is wrong and how to write it, in both languages.
    public var reason: LocalizedText {
        switch self {
        case .notANumber:
            LocalizedText(
                vi: "không phải số tiền nguyên đồng (viết 1500000, 1.500.000 hoặc 1,500,000)",
                en: "is not a whole amount of đồng (write 1500000, 1.500.000 or 1,500,000)")
        case .negative:
            LocalizedText(vi: "không được âm", en: "cannot be negative")
        case .tooLarge(_, let maximum):
            LocalizedText(
                vi: "lớn quá, tối đa \(VietnameseNumber.grouped(maximum)) đồng",
                en: "too large, at most \(VietnameseNumber.grouped(maximum)) đồng")
        }
    }
}
