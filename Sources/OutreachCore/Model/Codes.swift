/// A code written by people in templates and on the command line, with one validity rule per kind of code.
public protocol TextCode: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible
where RawValue == String {
    /// How such a code looks, for messages (`A–Z, 0–9 and dashes, e.g. PGD-BATXAT`).
    static var shape: String { get }
}

extension TextCode {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = Self(rawValue: text) else {
            throw TemplateFieldError(
                decoder.codingPath, { $0.textIsNotACode(text, Self.shape) })
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether `text` is 1–64 characters from `allowed` (ASCII letters), digits and dashes, not starting or ending
    /// with a dash. Every allowed character is one ASCII byte, so the text's bytes are checked (an import checks
    /// codes for every row; counting and walking characters cost more than the rest of the check).
    static func isWellFormed(_ text: String, allowed: (UInt8) -> Bool) -> Bool {
        let dash = UInt8(ascii: "-")
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last, bytes.count <= 64, first != dash, last != dash
            else { return false }
            return bytes.allSatisfy { allowed($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == dash }
        }
    }
}

/// A stable unit or session code such as `PGD-BATXAT`: uppercase ASCII letters, digits and dashes.
public struct UnitCode: TextCode {
    public static let shape = "A–Z, 0–9 and dashes, e.g. PGD-BATXAT or LCI-2022-TDKT"
    public let rawValue: String

    public init?(rawValue: String) {
        guard Self.isWellFormed(rawValue, allowed: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else { return nil }
        self.rawValue = rawValue
    }
}

/// A lowercase code with dashes, for unit kinds and roles (`phong-gddt`, `giao-vien`).
public struct Slug: TextCode {
    public static let shape = "a–z, 0–9 and dashes, e.g. giao-vien"
    public let rawValue: String

    public init?(rawValue: String) {
        guard Self.isWellFormed(rawValue, allowed: { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }) else { return nil }
        self.rawValue = rawValue
    }
}

/// The kind of a unit (`so`, `phong-gddt`, `truong`…): data, so other bodies can bring their own kinds.
public typealias UnitKind = Slug
/// A role code in a session's role catalogue (`lanh-dao`, `cbql`, `giao-vien`…).
public typealias RoleCode = Slug
/// A session code such as `LCI-2022-TDKT`, written like a unit code.
public typealias SessionCode = UnitCode
