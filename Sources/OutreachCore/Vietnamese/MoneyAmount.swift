import Foundation

/// Amounts of money in whole đồng as people type them: `1500000`, `1.500.000` or `1,500,000`.
public enum MoneyAmount {
    /// Reads a whole amount from 0 to `maximum`; "." or "," may group thousands, never mark decimals.
    ///
    /// A separator must split the digits into groups of exactly three after the first, so "1.5"
    /// or "1.500,50" are refused instead of being guessed at: a wrong guess would be a wrong payment.
    public static func parse(_ text: String, maximum: Int64) throws(MoneyAmountError) -> Int64 {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let isNegative = trimmed.hasPrefix("-")
        let body = isNegative ? String(trimmed.dropFirst()) : trimmed
        guard let digits = digits(of: body) else { throw .notANumber(text) }
        if isNegative && digits.contains(where: { $0 != "0" }) { throw .negative(text) }
        let significant = digits.drop { $0 == "0" }
        // More than 18 digits would overflow Int64 before the comparison could refuse it.
        guard significant.count <= 18, let value = Int64(significant.isEmpty ? "0" : String(significant)),
            value <= maximum
        else { throw .tooLarge(text, maximum: maximum) }
        return value
    }

    /// The digits of `1500000`, `1.500.000` or `1,500,000`; nil for anything else.
    private static func digits(of text: String) -> String? {
        let separators = Set(text.filter { $0 == "." || $0 == "," })
        guard separators.count <= 1 else { return nil }
        let groups = separators.first.map { text.split(separator: $0, omittingEmptySubsequences: false) } ?? [text[...]]
        for (index, group) in groups.enumerated() {
            guard !group.isEmpty, group.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            if groups.count > 1, index == 0 ? group.count > 3 : group.count != 3 { return nil }
        }
        return groups.joined()
    }
}
