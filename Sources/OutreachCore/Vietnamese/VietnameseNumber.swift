import Foundation

/// Numbers as Vietnamese documents print them: "." groups thousands, "," marks decimals.
public enum VietnameseNumber {
    /// The thousands format for number cells in Excel files.
    ///
    /// Excel stores number formats in US syntax whatever the language ("," groups, "." is the
    /// decimal point), so "#.##0" would be wrong. The `[$-42A]` tag marks the format as Vietnamese:
    /// LibreOffice then groups with dots (1.500.000) whatever the system, and Excel uses the
    /// reader's regional separators, dots on a Vietnamese system.
    public static let excelThousandsFormat = "[$-42A]#,##0"

    /// An integer with "." between groups of three digits: 1500000 → "1.500.000", -1500000 → "-1.500.000".
    public static func grouped(_ number: Int64) -> String {
        let digits = String(number.magnitude)
        return (number < 0 ? "-" : "") + groupThousands(digits[...])
    }

    /// A number with a fixed count of decimals, halves rounded away from zero: 1234.5 → "1.234,5".
    ///
    /// A negative count means none and counts above 15 mean 15 (a Double has no more); NaN and
    /// infinities come back as "NaN", "∞" and "-∞".
    public static func decimal(_ number: Double, fractionDigits: Int) -> String {
        guard number.isFinite else { return number.isNaN ? "NaN" : (number < 0 ? "-∞" : "∞") }
        let places = min(max(fractionDigits, 0), 15)
        // Rounded in Double and printed with "%.0f", which has no Int64 ceiling; printf alone would
        // round exact halves to even (2.5 → "2"), which is not how amounts are rounded.
        let scaled = (number.magnitude * pow(10, Double(places))).rounded(.toNearestOrAwayFromZero)
        var digits = String(format: "%.0f", scaled)
        if digits.count <= places { digits = String(repeating: "0", count: places + 1 - digits.count) + digits }
        let integerPart = digits.dropLast(places)
        var text = groupThousands(integerPart)
        if places > 0 { text += "," + digits.suffix(places) }
        return (number < 0 && scaled > 0 ? "-" : "") + text
    }

    private static func groupThousands(_ digits: Substring) -> String {
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(".") }
            result.append(digit)
        }
        return result
    }
}
