/// Finds people by what a user types: the closest kind of match wins, so "Hòa" finds Hòa before Hoàng.
public enum NameSearch {
    /// The items whose name matches `query` in the closest way that matches any: the whole name (tone
    /// placement ignored), then whole words with their accents, then whole words without accents, then
    /// any part of the name without accents.
    public static func best<T>(_ query: String, among items: [T], name: (T) -> String) -> [T] {
        let matchKey = VietnameseText.matchKey(query)
        let folded = VietnameseText.foldedKey(query)
        guard !folded.isEmpty else { return [] }
        let accentWords = Set(matchKey.split(separator: " "))
        let foldedWords = Set(folded.split(separator: " "))
        let keyed = items.map { item in
            (item: item, match: VietnameseText.matchKey(name(item)), folded: VietnameseText.foldedKey(name(item)))
        }
        let tiers: [((match: String, folded: String)) -> Bool] = [
            { $0.match == matchKey },
            { accentWords.isSubset(of: $0.match.split(separator: " ")) },
            { foldedWords.isSubset(of: $0.folded.split(separator: " ")) },
            { $0.folded.contains(folded) },
        ]
        for matches in tiers {
            let found = keyed.filter { matches(($0.match, $0.folded)) }
            if !found.isEmpty { return found.map(\.item) }
        }
        return []
    }
}
