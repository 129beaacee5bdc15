/// The valid names nearest to one a user mistyped (a command, a session or unit code, a role), for a
/// "did you mean" hint.
public enum Suggestions {
    /// Up to `limit` candidates nearest to `typed`, nearest first: those within a few edits (more for a longer
    /// word), and those that contain what was typed, compared without case, accents or punctuation.
    public static func nearest(_ typed: String, among candidates: [String], limit: Int = 3) -> [String] {
        nearest(typed, among: candidates, limit: limit, value: { $0 }, names: { [$0] })
    }

    /// The same over items known by several names (a unit by its code, short name and name), giving `value`.
    public static func nearest<T>(
        _ typed: String, among items: [T], limit: Int = 3, value: (T) -> String, names: (T) -> [String]
    ) -> [String] {
        let key = Array(Self.key(typed))
        guard !key.isEmpty else { return [] }
        // By score, then the shorter (a name that is mostly what was typed), then alphabetically.
        var best: [String: (score: Int, length: Int)] = [:]
        for item in items {
            let scores = names(item).compactMap { name -> (score: Int, length: Int)? in
                let other = Array(Self.key(name))
                return score(key, other).map { ($0, other.count) }
            }
            guard let score = scores.min(by: { ($0.score, $0.length) < ($1.score, $1.length) }) else { continue }
            if let old = best[value(item)], (old.score, old.length) <= (score.score, score.length) { continue }
            best[value(item)] = score
        }
        return best.sorted { ($0.value.score, $0.value.length, $0.key) < ($1.value.score, $1.value.length, $1.key) }
            .prefix(limit).map(\.key)
    }

    /// Lower is nearer; nil when too far.
    static func score(_ key: [Character], _ other: [Character]) -> Int? {
        if other.isEmpty { return nil }
        if other == key { return 0 }  // the same but for case, accents or dashes: "giaovien" is giao-vien
        // A candidate holding all that was typed ("Phòng GD&ĐT Bát" in "Phòng GD&ĐT Bát Xát") beats a few edits.
        if key.count >= 3, String(other).contains(String(key)) { return 1 }
        let allowed = max(1, min(3, key.count / 3))
        let edits = distance(key, other, limit: allowed)
        return edits <= allowed ? edits * 2 : nil
    }

    /// Lower case, no accents, letters and digits only: "PGD-BatXat" and "pgd batxat" are the same.
    static func key(_ text: String) -> String {
        String(VietnameseText.foldedKey(text).filter { $0.isLetter || $0.isNumber })
    }

    /// The Levenshtein distance, or more than `limit` as soon as it is sure to exceed it.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            var best = current[0]
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
                best = min(best, current[j + 1])
            }
            if best > limit { return limit + 1 }
            previous = current
        }
        return previous[b.count]
    }
}

/// Finding units by what a user types, on the command line as in imported files: the code, or the full or
/// short name with or without accents, case and spacing aside.
public enum UnitLookup {
    /// The keys a unit is found by.
    public static func keys(_ unit: OrgUnit) -> Set<String> {
        var keys: Set<String> = [unit.code.rawValue.lowercased(), ImportField.headerKey(unit.name)]
        if let short = unit.shortName { keys.insert(ImportField.headerKey(short)) }
        keys.remove("")
        return keys
    }

    /// The units `text` names.
    public static func matching(_ text: String, in units: [OrgUnit]) -> [OrgUnit] {
        let key = ImportField.headerKey(text)
        let code = text.lowercased()
        return units.filter { unit in
            let keys = keys(unit)
            return keys.contains(key) || keys.contains(code)
        }
    }

    /// The one unit a name (not a code) gives, for the command line and for the server it asks (`--server`):
    /// none is `unknownUnit`, several are an error on `field` listing their codes.
    public static func code(named raw: String, in units: [OrgUnit], field: String) throws(OutreachError) -> UnitCode {
        guard !raw.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .invalidValue(field: field, value: raw, reason: LocalizedText { $0.isNotAUnitCode })
        }
        let found = matching(raw, in: units)
        guard let first = found.first else { throw .unknownUnit(raw) }
        guard found.count == 1 else {
            throw .invalidValue(field: field, value: raw, reason: LocalizedText { $0.thisNameFitsSeveralUnits(found.map(\.code.rawValue).joined(separator: ", ")) })
        }
        return first.code
    }
}

extension Suggestions {
    /// The names nearest to what an unknown unit, session or role error quotes ("có phải: PGD-BATXAT?"), among
    /// the units and sessions given (read only when needed); none for another error.
    public static func after(
        _ error: OutreachError, units: () -> [OrgUnit], sessions: () -> [String]
    ) -> [String] {
        switch error {
        case let .unknownUnit(code):
            // A name typed in part finds its unit too ("Bat Xat" → PGD-BATXAT…).
            return nearest(code, among: units(), value: \.code.rawValue, names: { [$0.code.rawValue, $0.displayName, $0.name] })
        case let .unknownSession(code):
            return nearest(code, among: sessions())
        case let .unknownRole(role, _, known):
            return nearest(role, among: known)
        default:
            return []
        }
    }
}
