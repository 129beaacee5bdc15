/// Finds people by what a user types: the closest kind of match wins, so "Hòa" finds Hòa before Hoàng.
///
/// Accents typed are meant: a word typed with any diacritic matches only that word with the same letters and
/// tone ("Hường" never finds Hương; tone placement aside, "Hoà" = "Hòa"), while a word typed without any
/// diacritic may match the word with any ("Huong" finds both, and the name then fits several people).
public enum NameSearch {
    /// How an item was found: by its whole name (tone placement, case and spacing aside), or otherwise
    /// (some words, a word typed without accents, part of a word), when a caller should say whom it took.
    public enum Closeness: Sendable, Equatable {
        case exact, partial
    }

    /// The items whose name matches `query` in the closest way that matches any: the whole name, then whole
    /// words as typed with their accents, then whole words with the accent rule above, then any part of the
    /// name (with the accents typed, or without any when none were typed).
    public static func best<T>(_ query: String, among items: [T], name: (T) -> String) -> [T] {
        search(query, among: items, name: name).items
    }

    /// `best`, and whether the match was the whole name.
    public static func search<T>(
        _ query: String, among items: [T], name: (T) -> String
    ) -> (items: [T], closeness: Closeness) {
        let matchKey = VietnameseText.matchKey(query)
        let folded = VietnameseText.foldedKey(query)
        guard !folded.isEmpty else { return ([], .partial) }
        let words = Word.split(matchKey: matchKey, folded: folded)
        let typedAccents = words.contains(where: \.hasMarks)
        let keyed = items.map { item in
            let match = VietnameseText.matchKey(name(item)), fold = VietnameseText.foldedKey(name(item))
            return (item: item, match: match, folded: fold, words: Word.split(matchKey: match, folded: fold))
        }
        let tiers: [((match: String, folded: String, words: [Word])) -> Bool] = [
            { $0.match == matchKey },
            { name in words.allSatisfy { word in name.words.contains { $0.match == word.match } } },
            { name in words.allSatisfy { word in name.words.contains { word.fits($0) } } },
            { typedAccents ? $0.match.contains(matchKey) : $0.folded.contains(folded) },
        ]
        for (index, matches) in tiers.enumerated() {
            let found = keyed.filter { matches(($0.match, $0.folded, $0.words)) }
            if !found.isEmpty { return (found.map(\.item), index == 0 ? .exact : .partial) }
        }
        return ([], .partial)
    }

    /// Whether `query` names exactly `name` (tone placement, case and spacing aside).
    public static func isExact(_ query: String, name: String) -> Bool {
        VietnameseText.matchKey(query) == VietnameseText.matchKey(name)
    }

    /// One word of a name or a query, with and without its diacritics.
    struct Word {
        var match: Substring
        var folded: Substring
        var hasMarks: Bool { match != folded }

        /// A word typed with diacritics fits only the same word; one typed without any fits it with any.
        func fits(_ other: Word) -> Bool { hasMarks ? match == other.match : folded == other.folded }

        static func split(matchKey: String, folded: String) -> [Word] {
            let matchWords = matchKey.split(separator: " "), foldedWords = folded.split(separator: " ")
            guard matchWords.count == foldedWords.count else {
                // A word that folds to nothing (a lone mark): compare the accented words only.
                return matchWords.map { Word(match: $0, folded: $0) }
            }
            return zip(matchWords, foldedWords).map { Word(match: $0, folded: $1) }
        }
    }
}
