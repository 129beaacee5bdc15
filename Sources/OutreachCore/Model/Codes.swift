/// A stable unit code such as `PGD-BATXAT`: uppercase ASCII letters, digits and dashes.
public struct UnitCode: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init?(rawValue: String) {
        guard Self.isValid(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = UnitCode(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "“\(text)” is not a code (A–Z, 0–9 and dashes, e.g. PGD-BATXAT or LCI-2022-TDKT)"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 64 && text.first != "-" && text.last != "-"
            && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

/// A lowercase code with dashes, for unit kinds and roles (`phong-gddt`, `giao-vien`).
public struct Slug: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init?(rawValue: String) {
        guard !rawValue.isEmpty, rawValue.count <= 64, rawValue.first != "-", rawValue.last != "-",
              rawValue.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        else { return nil }
        self.rawValue = rawValue
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let slug = Slug(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "“\(text)” is not a code (a–z, 0–9 and dashes, e.g. giao-vien)"))
        }
        self = slug
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The kind of a unit (`so`, `phong-gddt`, `truong`…): data, so other bodies can bring their own kinds.
public typealias UnitKind = Slug
/// A role code in a session's role catalogue (`lanh-dao`, `cbql`, `giao-vien`…).
public typealias RoleCode = Slug

/// A session code such as `LCI-2022-TDKT`, written like a unit code.
public typealias SessionCode = UnitCode
