/// A calendar day to write as an Excel date (named apart from OutreachCore.CalendarDate, which carries the domain rules) (1900 date system, years 1900...9999).
public struct ExcelDate: Hashable, Sendable, Comparable {
    /// Four-digit year.
    public var year: Int
    /// Month 1...12.
    public var month: Int
    /// Day of month 1...31.
    public var day: Int

    /// A date; checked when written, because libxlsxwriter 1.1.4 accepts 31 February.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether the day exists in the Gregorian calendar and in Excel's 1900 date system.
    public var isValid: Bool {
        guard (1900...9999).contains(year), (1...12).contains(month) else { return false }
        return (1...daysInMonth).contains(day)
    }

    /// Chronological order.
    public static func < (lhs: ExcelDate, rhs: ExcelDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private var daysInMonth: Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// "yyyy-mm-dd", for messages.
    var iso: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
