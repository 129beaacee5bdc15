/// Why an amount could not be written in words.
public enum MoneyInWordsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The amount is negative or above 999.999.999.999.999.
    case outOfRange(Int64)

    /// A one-line message, in every language.
    public var text: LocalizedText {
        switch self {
        case .outOfRange(let amount): LocalizedText { $0.cannotWriteInWords(VietnameseNumber.grouped(amount)) }
        }
    }

    public var description: String { text.en }
}
