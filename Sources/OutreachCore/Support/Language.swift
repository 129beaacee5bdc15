/// The language of messages shown to a user: Vietnamese by default, English on request.
public enum Language: String, Sendable, CaseIterable, Codable {
    case vi
    case en

    /// Picks the Vietnamese or English one of two values (texts that come as data, such as a template's).
    public func pick<T>(_ vi: T, _ en: T) -> T {
        self == .vi ? vi : en
    }

    /// This language's catalogue.
    public var catalogue: any Catalogue {
        switch self {
        case .vi: Vietnamese()
        case .en: English()
        }
    }

    /// The words of a message in this language: `language.text { $0.name(values) }`.
    public func text(_ words: Words) -> String {
        words(catalogue)
    }
}

/// A message, as the words it takes from a catalogue: `{ $0.name(values) }` (see `Catalogue`).
public typealias Words = (any Catalogue) -> String

/// A text in both languages, kept as words so it can be sent (an API error's `detail`) and shown later in the
/// reader's language. Made from a message of the catalogues (`LocalizedText { $0.name(values) }`); `init(vi:en:)`
/// is for texts that already come as a pair (a template's own words, a text decoded from a server).
public struct LocalizedText: Sendable, Hashable, Codable {
    public let vi: String
    public let en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// The message's words in every language.
    public init(_ words: Words) {
        self.init(vi: words(Vietnamese()), en: words(English()))
    }

    /// A text the same code makes in each language from words the catalogues already hold: a list of labels,
    /// a value described in words. Its own words belong in the catalogues, never here.
    public init(each words: (Language) -> String) {
        self.init(vi: words(.vi), en: words(.en))
    }

    /// The same text in every language: a name, a value, or another program's own words (SQLite's, a YAML
    /// parser's), which no catalogue can translate.
    public init(verbatim text: String) {
        self.init(vi: text, en: text)
    }

    /// The text in the given language.
    public func text(_ language: Language) -> String {
        language.pick(vi, en)
    }
}
