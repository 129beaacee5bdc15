import Foundation

/// A day in the Gregorian calendar with no time or time zone: session dates, deadlines, effective dates.
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The year, 1...9999.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, from 1.
    public let day: Int

    /// A validated date; rejects 31/02, 29/02 outside leap years and month 13.
    public init(year: Int, month: Int, day: Int) throws(DateError) {
        let text = String(format: "%02d/%02d/%04d", day, month, year)
        try self.init(year: year, month: month, day: day, text: text)
    }

    /// Parses the ISO form "2022-05-10", as stored in files and databases.
    public init(iso text: String) throws(DateError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Self.number(parts[0]), let month = Self.number(parts[1]), let day = Self.number(parts[2])
        else { throw .malformed(text, expected: "an ISO date like 2022-05-10") }
        try self.init(year: year, month: month, day: day, text: text)
    }

    /// A date as a user types it on the command line: day first as every output prints it ("10/05/2022",
    /// "10/5/2022") or ISO ("2022-05-10"); nil when it is neither or not a real day.
    public init?(typed text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = try? CalendarDate(iso: trimmed) {
            self = date
        } else if trimmed.contains("/"), let date = try? CalendarDate(vietnamese: trimmed) {
            self = date
        } else {
            return nil
        }
    }

    /// Parses the Vietnamese day-first form "10/5/2022" or "10/05/2022" ("-" and "." also separate).
    public init(vietnamese text: String) throws(DateError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let separator = trimmed.first { "/-.".contains($0) } ?? "/"
        let parts = trimmed.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            parts[2].count == 4,
            let day = Self.number(parts[0]), let month = Self.number(parts[1]), let year = Self.number(parts[2])
        else { throw .malformed(text, expected: "a date like 10/5/2022 (day/month/year)") }
        try self.init(year: year, month: month, day: day, text: trimmed)
    }

    private init(year: Int, month: Int, day: Int, text: String) throws(DateError) {
        guard (1...9999).contains(year) else { throw .yearOutOfRange(text, year: year) }
        guard (1...12).contains(month) else { throw .monthOutOfRange(text, month: month) }
        let length = Self.daysIn(month: month, year: year)
        guard (1...length).contains(day) else {
            throw .dayOutOfRange(text, day: day, month: month, year: year, daysInMonth: length)
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Builds a date from a day count already known to be valid.
    private init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days: exact for the proleptic Gregorian calendar, no Calendar needed.
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01 (negative before).
    private var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The ISO form "2022-05-10".
    public var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The ISO form, so logs and JSON agree.
    public var description: String {
        iso
    }

    /// The date a number of days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// The number of days from this date to another (negative when the other is earlier).
    public func days(to other: CalendarDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (raw value 5).
        let index = ((dayNumber + 4) % 7 + 7) % 7
        return Weekday(rawValue: index + 1) ?? .sunday
    }

    /// Today's date as seen in a time zone, Vietnam's by default.
    public static func today(in timeZone: TimeZone = VietnameseDate.timeZone, now: Date = Date()) -> CalendarDate {
        let localSeconds = now.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: now))
        return CalendarDate(dayNumber: Int((localSeconds / 86_400).rounded(.down)))
    }

    /// Orders dates in time.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Decodes the ISO string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(iso: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes as the ISO string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// ASCII digits only: Int() alone would accept "+5".
    static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}
