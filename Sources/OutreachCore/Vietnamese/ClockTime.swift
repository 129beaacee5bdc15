import Foundation

/// A time of day to the minute, such as a session's start, written "08h00" in Vietnamese documents.
public struct ClockTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The hour, 0...23.
    public let hour: Int
    /// The minute, 0...59.
    public let minute: Int

    /// A validated time of day.
    public init(hour: Int, minute: Int) throws(DateError) {
        let text = "\(hour):\(minute < 10 ? "0" : "")\(minute)"
        guard (0...23).contains(hour) else { throw .hourOutOfRange(text, hour: hour) }
        guard (0...59).contains(minute) else { throw .minuteOutOfRange(text, minute: minute) }
        self.hour = hour
        self.minute = minute
    }

    /// Parses "08:00", "8:00" or the Vietnamese "8h00", "08h30" and "8h".
    public init(_ text: String) throws(DateError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let separator: Character = trimmed.contains(":") ? ":" : "h"
        let parts = trimmed.lowercased().split(separator: separator, omittingEmptySubsequences: false)
        let minuteText = parts.count == 2 && separator == "h" && parts[1].isEmpty ? "00" : parts.last ?? ""
        guard parts.count == 2, (1...2).contains(parts[0].count), minuteText.count == 2,
            let hour = CalendarDate.number(parts[0]), let minute = CalendarDate.number(minuteText)
        else { throw .malformed(text, expected: "a time like 08:00 or 8h00") }
        try self.init(hour: hour, minute: minute)
    }

    /// The Vietnamese document form, "08h00" or "14h30".
    public var vietnamese: String {
        "\(twoDigits(hour))h\(twoDigits(minute))"
    }

    /// The 24-hour form "08:00", used in files.
    public var description: String {
        "\(twoDigits(hour)):\(twoDigits(minute))"
    }

    /// Minutes since midnight, for durations.
    public var minutesSinceMidnight: Int {
        hour * 60 + minute
    }

    /// Orders times within a day.
    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }

    /// Decodes "08:00".
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        do {
            try self.init(try container.decode(String.self))
        } catch let error as DateError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes as "08:00".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
