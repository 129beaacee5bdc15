/// A day of the week, numbered as Foundation does (Sunday = 1), which is also how Vietnamese names
/// Monday to Saturday: thứ Hai (2) to thứ Bảy (7), with Sunday called Chủ nhật.
public enum Weekday: Int, Sendable, CaseIterable, Codable {
    case sunday = 1, monday, tuesday, wednesday, thursday, friday, saturday
}
