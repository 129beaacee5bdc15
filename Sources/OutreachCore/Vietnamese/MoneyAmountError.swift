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
            LocalizedText { $0.isNotAWholeAmount }
        case .negative:
            LocalizedText { $0.cannotBeNegative }
        case .tooLarge(_, let maximum):
            LocalizedText { $0.tooLargeAtMostGrouped(VietnameseNumber.grouped(maximum)) }
        }
    }
}
