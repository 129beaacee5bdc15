import Foundation

/// A base character and the combining marks after it, with the mark that turns a vowel into ă â ê ô ơ ư set apart.
///
/// Collation and tone placement both need to know which marks change the letter (a primary difference)
/// and which are tones or foreign accents (secondary differences); splitting NFD text this way once
/// keeps the two in agreement.
struct VietnameseGrapheme: Sendable {
    /// The base scalar as written (case kept); nil for a combining mark with nothing before it.
    var base: Unicode.Scalar?
    /// Breve, circumflex or horn when it forms a Vietnamese letter with the base.
    var modifier: Unicode.Scalar?
    /// The other combining marks, in canonical order: tones and any foreign accents.
    var marks: [Unicode.Scalar]

    /// The modifiers Vietnamese puts on each vowel; any other pairing is an ordinary accent.
    private static let lettersByModifier: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "\u{0306}": ["a"],  // ă
        "\u{0302}": ["a", "e", "o"],  // â ê ô
        "\u{031B}": ["o", "u"],  // ơ ư
    ]

    /// The base in lower case; the base itself in the rare case its lower case is several scalars.
    var lowercaseBase: Unicode.Scalar? {
        base.map(Self.lowercase)
    }

    private static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower[lower.startIndex] : scalar
    }

    /// Whether the base is an upper-case or title-case letter.
    var isUppercase: Bool {
        guard let base else { return false }
        return base.properties.isUppercase || base.properties.generalCategory == .titlecaseLetter
    }

    /// The tone written on this grapheme, if exactly one tone mark is present.
    var tone: VietnameseTone? {
        let tones = marks.compactMap(VietnameseTone.init(mark:))
        return tones.count == 1 ? tones[0] : nil
    }

    /// The grapheme as NFD scalars: base, modifier, then the other marks.
    var scalars: [Unicode.Scalar] {
        (base.map { [$0] } ?? []) + (modifier.map { [$0] } ?? []) + marks
    }

    /// Splits a string into graphemes over its canonical decomposition.
    static func split(_ text: String) -> [VietnameseGrapheme] {
        var result: [VietnameseGrapheme] = []
        var pendingMarks: [Unicode.Scalar] = []
        var base: Unicode.Scalar?

        func flush() {
            if base != nil || !pendingMarks.isEmpty { result.append(make(base: base, marks: pendingMarks)) }
            pendingMarks = []
        }
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if isCombining(scalar) {
                pendingMarks.append(scalar)
            } else {
                flush()
                base = scalar
            }
        }
        flush()
        return result
    }

    private static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// Takes the first modifier that canonical ordering lets reach the base, as ICU's discontiguous
    /// contractions do: in NFD "ậ" is a + dot below + circumflex, and it is still â with a dot.
    private static func make(base: Unicode.Scalar?, marks: [Unicode.Scalar]) -> VietnameseGrapheme {
        guard let base else { return VietnameseGrapheme(base: nil, modifier: nil, marks: marks) }
        let lower = lowercase(base)
        // A mark is blocked from the base by an earlier mark of class 0 or of a class not below its own.
        var highestEarlierClass = 0
        var blockedByStarter = false
        for (index, mark) in marks.enumerated() {
            let markClass = Int(mark.properties.canonicalCombiningClass.rawValue)
            let reachesBase = !blockedByStarter && (index == 0 || highestEarlierClass < markClass)
            if reachesBase, lettersByModifier[mark]?.contains(lower) == true {
                var rest = marks
                rest.remove(at: index)
                return VietnameseGrapheme(base: base, modifier: mark, marks: rest)
            }
            if markClass == 0 { blockedByStarter = true }
            highestEarlierClass = max(highestEarlierClass, markClass)
        }
        return VietnameseGrapheme(base: base, modifier: nil, marks: marks)
    }
}
