import Foundation

/// Dates as Vietnamese administrative documents write them.
public enum VietnameseDate {
    /// Vietnam's time zone (UTC+7, no daylight saving), for deciding what "today" is.
    public static let timeZone: TimeZone =
        TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt

    /// The place-and-date line under the motto block: "Lào Cai, ngày 10 tháng 5 năm 2022".
    public static func placeAndDate(place: String, date: CalendarDate) -> String {
        "\(VietnameseText.normalized(place)), \(written(date))"
    }

    /// "ngày 05 tháng 01 năm 2022", "ngày 10 tháng 5 năm 2022".
    ///
    /// Decree 30/2020/NĐ-CP pads only days below 10 and months below 3, so that no digit can be
    /// written in front later: month 1 or 2 could become 11 or 12, month 5 cannot become a month.
    public static func written(_ date: CalendarDate) -> String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month < 3 ? "0\(date.month)" : "\(date.month)"
        return "ngày \(day) tháng \(month) năm \(date.year)"
    }

    /// The numeric day-first form used in tables, "10/05/2022".
    public static func numeric(_ date: CalendarDate) -> String {
        String(format: "%02d/%02d/%04d", date.day, date.month, date.year)
    }
}
