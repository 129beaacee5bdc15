/// The language of messages shown to a user: Vietnamese by default, English on request.
public enum Language: String, Sendable, CaseIterable, Codable {
    case vi
    case en

    /// Picks the Vietnamese or English text of a message.
    public func pick<T>(_ vi: T, _ en: T) -> T {
        self == .vi ? vi : en
    }
}

/// A user-facing text in both languages, so every message lives in one catalogue and is translated in one place.
public struct LocalizedText: Sendable, Hashable, Codable {
    public let vi: String
    public let en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// The text in the given language.
    public func text(_ language: Language) -> String {
        language.pick(vi, en)
    }
}
