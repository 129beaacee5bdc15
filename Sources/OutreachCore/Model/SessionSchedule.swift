/// When one part of a session is held (*buổi sáng 07h30–11h30*): for every day, or for one date.
public struct ScheduledPart: Hashable, Sendable, Codable {
    /// The day it applies to; nil for every day of the session without its own entries.
    public var date: CalendarDate?
    public var half: SessionPart.Half
    public var start: ClockTime
    public var end: ClockTime

    public init(date: CalendarDate? = nil, half: SessionPart.Half, start: ClockTime, end: ClockTime) {
        self.date = date
        self.half = half
        self.start = start
        self.end = end
    }

    /// The length in minutes.
    public var minutes: Int { end.minutesSinceMidnight - start.minutesSinceMidnight }

    /// Parses "07:30–11:30", "07:30-11:30" or "7h30 - 11h30": a start, a dash, a later end.
    public static func times(_ text: String) -> (start: ClockTime, end: ClockTime)? {
        let pieces = text.split(whereSeparator: { $0 == "–" || $0 == "-" }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.count == 2, let start = try? ClockTime(pieces[0]), let end = try? ClockTime(pieces[1]), start < end
        else { return nil }
        return (start, end)
    }
}

/// A duration as Vietnamese documents write it: "4 giờ", "3 giờ 30 phút", "45 phút".
public enum VietnameseDuration {
    public static func text(minutes: Int, _ lang: Language = .vi) -> String {
        lang.text { $0.duration(minutes / 60, minutes % 60) }
    }
}

extension Session {
    /// The times of a part, when the template's schedule gives them.
    public func schedule(of part: SessionPart) -> ScheduledPart? {
        guard let schedule else { return nil }
        let own = schedule.filter { $0.date == part.date }
        return (own.isEmpty ? schedule.filter { $0.date == nil } : own).first { $0.half == part.half }
    }

    /// The number of half-days (*buổi*) held: a morning or an afternoon counts one, a whole day two.
    public var halfDayCount: Int {
        parts.reduce(0) { $0 + ($1.half == .day ? 2 : 1) }
    }
}
