/// One part of a session for attendance: a half-day (*buổi sáng, buổi chiều*) or a whole day.
public struct SessionPart: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Half: String, Sendable, Codable, CaseIterable {
        case morning = "am"
        case afternoon = "pm"
        case day
    }

    public var date: CalendarDate
    public var half: Half

    public init(date: CalendarDate, half: Half) {
        self.date = date
        self.half = half
    }

    /// Parses `2022-05-10:am`, `10/05/2022:pm` or a day alone (`10/05/2022`): the date as `CalendarDate(typed:)` reads it.
    public init?(code: String) {
        let pieces = code.split(separator: ":", maxSplits: 1).map(String.init)
        guard let first = pieces.first, let date = CalendarDate(typed: first) else { return nil }
        let half = pieces.count == 2 ? Half(rawValue: pieces[1].lowercased()) : .day
        guard let half else { return nil }
        self.init(date: date, half: half)
    }

    /// The stored and typed form, `2022-05-10:am`.
    public var code: String { "\(date.iso):\(half.rawValue)" }
    public var description: String { code }

    /// As printed: "Sáng 10/05/2022", "Chiều 10/05/2022", "Ngày 10/05/2022".
    public func label(_ lang: Language) -> String {
        let day = VietnameseDate.numeric(date)
        switch half {
        case .morning: return lang.text { $0.morningDay(day) }
        case .afternoon: return lang.text { $0.afternoonDay(day) }
        case .day: return lang.text { $0.dayDay(day) }
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.date, Half.allCases.firstIndex(of: lhs.half) ?? 0) < (rhs.date, Half.allCases.firstIndex(of: rhs.half) ?? 0)
    }
}

extension Session {
    /// The parts attendance is kept for: the template's schedule, or two half-days a day, or whole days.
    public var parts: [SessionPart] {
        (0..<days).flatMap { offset -> [SessionPart] in
            let date = starts.adding(days: offset)
            if let schedule {
                let own = schedule.filter { $0.date == date }
                return (own.isEmpty ? schedule.filter { $0.date == nil } : own)
                    .map { SessionPart(date: date, half: $0.half) }.sorted()
            }
            return attendanceBy == .halfDay
                ? [SessionPart(date: date, half: .morning), SessionPart(date: date, half: .afternoon)]
                : [SessionPart(date: date, half: .day)]
        }
    }
}
