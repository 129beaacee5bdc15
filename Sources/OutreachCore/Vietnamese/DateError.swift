/// Why a date or a time of day was rejected, worded for a command-line user.
public enum DateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text does not have the expected shape.
    case malformed(String, expected: String)
    /// The year is outside 1...9999.
    case yearOutOfRange(String, year: Int)
    /// The month is outside 1...12.
    case monthOutOfRange(String, month: Int)
    /// The day does not exist in that month.
    case dayOutOfRange(String, day: Int, month: Int, year: Int, daysInMonth: Int)
    /// The hour is outside 0...23.
    case hourOutOfRange(String, hour: Int)
    /// The minute is outside 0...59.
    case minuteOutOfRange(String, minute: Int)

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// A one-line message such as "31/02/2022 is not a date: February 2022 has 28 days".
    public var description: String {
        switch self {
        case .malformed(let text, let expected):
            "\"\(text)\" is not \(expected)"
        case .yearOutOfRange(let text, let year):
            "\(text) is not a date: year \(year) is outside 1–9999"
        case .monthOutOfRange(let text, let month):
            "\(text) is not a date: there is no month \(month)"
        case .dayOutOfRange(let text, _, let month, let year, let daysInMonth):
            "\(text) is not a date: \(Self.monthNames[month - 1]) \(year) has \(daysInMonth) days"
        case .hourOutOfRange(let text, let hour):
            "\(text) is not a time of day: hour \(hour) is outside 0–23"
        case .minuteOutOfRange(let text, let minute):
            "\(text) is not a time of day: minute \(minute) is outside 0–59"
        }
    }
}
