/// A Vietnamese full name (family name first, given name last), normalised, with the keys lists need.
public struct PersonName: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The whole name, normalised (NFC, single spaces).
    public let fullName: String

    /// Normalises a full name as typed.
    public init(_ fullName: String) {
        self.fullName = VietnameseText.normalized(fullName)
    }

    private var words: [Substring] {
        fullName.split(separator: " ")
    }

    /// The given name (tên), the last word; a one-word name is taken to be a given name.
    public var given: String {
        words.last.map(String.init) ?? ""
    }

    /// The family name (họ), the first word; empty for a one-word name.
    public var family: String {
        words.count > 1 ? String(words[0]) : ""
    }

    /// The middle names (tên đệm) between family and given name, space-separated; often empty.
    public var middle: String {
        words.count > 2 ? words.dropFirst().dropLast().joined(separator: " ") : ""
    }

    /// The key for finding the same person written differently (case, spacing, tone placement).
    public var matchKey: String {
        VietnameseText.matchKey(fullName)
    }

    /// The key for official list order: given name first (all collation levels), then the tie-break.
    ///
    /// The given name is compared completely before anything else, so "Ông Ánh Ảnh" comes before
    /// "Huỳnh Thu Ánh": the tone of the given name outranks the letters of the family name.
    /// Identical names get equal keys; callers keep such people apart with a stable id.
    public func sortKey(tieBreak: NameOrder = .givenThenFamily) -> CollationKey {
        var weights: [UInt32] = []
        appendSortKey(tieBreak: tieBreak, to: &weights)
        return CollationKey(weights: weights)
    }

    /// Appends the weights of `sortKey(tieBreak:)` to `weights` (a list keeps all its keys in one buffer).
    public func appendSortKey(tieBreak: NameOrder = .givenThenFamily, to weights: inout [UInt32]) {
        // One array for both fields, the given name found without splitting the name into words: a list of
        // 200,000 people computes this once per person.
        let scalars = fullName.unicodeScalars
        let lastSpace = scalars.lastIndex(of: " ")
        let given = lastSpace.map { scalars[scalars.index(after: $0)...] } ?? scalars[...]
        VietnameseCollation.appendKey(given, to: &weights)
        weights.append(CollationKey.fieldSeparator)
        switch tieBreak {
        case .givenThenFamily:
            VietnameseCollation.appendKey(scalars, to: &weights)
        case .givenThenMiddle:
            let rest = [middle, family].filter { !$0.isEmpty }.joined(separator: " ")
            VietnameseCollation.appendKey(rest.unicodeScalars, to: &weights)
        }
    }

    /// The full name.
    public var description: String {
        fullName
    }

    /// Decodes from a plain string, normalising it.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes as the plain full-name string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(fullName)
    }
}
