/// Why an amount could not be written in words.
public enum MoneyInWordsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The amount is negative or above 999.999.999.999.999.
    case outOfRange(Int64)

    /// A one-line message for a CLI user.
    public var description: String {
        switch self {
        case .outOfRange(let amount):
            "cannot write \(VietnameseNumber.grouped(amount)) in words: amounts run from 0 to 999.999.999.999.999"
        }
    }
}
