// TEMPORARY: stands in for the vi-text branch until it is merged. Delete on merge.
import Foundation

public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int, month: Int, day: Int
    public init(year: Int, month: Int, day: Int) throws { self.year = year; self.month = month; self.day = day }
    public init(iso: String) throws {
        let p = iso.split(separator: "-").compactMap { Int($0) }
        guard p.count == 3 else { throw DateError(message: "bad date \(iso)") }
        try self.init(year: p[0], month: p[1], day: p[2])
    }
    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
    public var description: String { iso }
    public static func < (a: Self, b: Self) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
    public func adding(days: Int) -> CalendarDate { self }
    public static func today(in timeZone: String = "Asia/Ho_Chi_Minh") -> CalendarDate { try! CalendarDate(year: 2026, month: 11, day: 23) }
    public init(from decoder: any Decoder) throws { try self.init(iso: try decoder.singleValueContainer().decode(String.self)) }
    public func encode(to encoder: any Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(iso) }
}
public struct DateError: Error, CustomStringConvertible { public let message: String; public var description: String { message } }
public struct ClockTime: Hashable, Sendable, Codable {
    public let hour: Int, minute: Int
    public init(hour: Int, minute: Int) throws { self.hour = hour; self.minute = minute }
    public init(parsing s: String) throws { let p = s.split(separator: ":").compactMap { Int($0) }; try self.init(hour: p[0], minute: p[1]) }
    public var vietnamese: String { String(format: "%02dh%02d", hour, minute) }
}
public enum VietnameseText {
    public static func normalized(_ s: String) -> String { s.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines) }
    public static func matchKey(_ s: String) -> String { normalized(s).lowercased() }
    public static func foldedKey(_ s: String) -> String { normalized(s).folding(options: .diacriticInsensitive, locale: nil).lowercased() }
    public static func uppercased(_ s: String) -> String { s.uppercased() }
    public static func containsControlCharacters(_ s: String) -> Bool { false }
}
public struct CollationKey: Comparable, Hashable, Sendable {
    let s: String
    public static func < (a: Self, b: Self) -> Bool { a.s < b.s }
}
public enum NameOrder: String, Sendable, CaseIterable, Codable { case givenThenFamily = "given-family", givenThenMiddle = "given-middle" }
public struct PersonName: Sendable, Hashable {
    public let fullName: String
    public init(_ fullName: String) { self.fullName = fullName }
    public var given: String { String(fullName.split(separator: " ").last ?? "") }
    public func sortKey(tieBreak: NameOrder = .givenThenFamily) -> CollationKey { CollationKey(s: given + " " + fullName) }
}
public enum VietnameseDate {
    public static func placeAndDate(place: String, date: CalendarDate) -> String { "\(place), ngày \(date.day) tháng \(date.month) năm \(date.year)" }
    public static func numeric(_ date: CalendarDate) -> String { "\(date.day)/\(date.month)/\(date.year)" }
    public static func written(_ date: CalendarDate) -> String { "ngày \(date.day) tháng \(date.month) năm \(date.year)" }
}
