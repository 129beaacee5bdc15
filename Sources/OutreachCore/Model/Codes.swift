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

    /// Whether `text` is 1–64 characters from `allowed`, not starting or ending with a dash.
    static func isWellFormed(_ text: String, allowed: (Unicode.Scalar) -> Bool) -> Bool {
        !text.isEmpty && text.count <= 64 && text.first != "-" && text.last != "-"
            && text.unicodeScalars.allSatisfy { allowed($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

/// A stable unit or session code such as `PGD-BATXAT`: uppercase ASCII letters, digits and dashes.
public struct UnitCode: TextCode {
    public static let shape = "A–Z, 0–9 and dashes, e.g. PGD-BATXAT or LCI-2022-TDKT"
    public let rawValue: String

    public init?(rawValue: String) {
        guard Self.isWellFormed(rawValue, allowed: { ("A"..."Z").contains($0) }) else { return nil }
        self.rawValue = rawValue
    }
}

/// A lowercase code with dashes, for unit kinds and roles (`phong-gddt`, `giao-vien`).
public struct Slug: TextCode {
    public static let shape = "a–z, 0–9 and dashes, e.g. giao-vien"
    public let rawValue: String

    public init?(rawValue: String) {
        guard Self.isWellFormed(rawValue, allowed: { ("a"..."z").contains($0) }) else { return nil }
        self.rawValue = rawValue
    }
}

/// The kind of a unit (`so`, `phong-gddt`, `truong`…): data, so other bodies can bring their own kinds.
public typealias UnitKind = Slug
/// A role code in a session's role catalogue (`lanh-dao`, `cbql`, `giao-vien`…).
public typealias RoleCode = Slug
/// A session code such as `LCI-2022-TDKT`, written like a unit code.
public typealias SessionCode = UnitCode
