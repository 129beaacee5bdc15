import Foundation

/// Moves the tone mark of a syllable to one canonical vowel, so "hoà" and "hòa" become the same string.
///
/// Vietnamese has two accepted placements for oa, oe and uy in open syllables (hoà/hòa, khoẻ/khỏe,
/// thuý/thúy). The canonical form chosen is the classic one (hòa, khỏe, thúy), the form of
/// "Cộng hòa" in the national motto, so a key read by a person still looks like ordinary spelling.
enum TonePlacement {
    private static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]

    /// Rewrites every run of letters in lower-case text with its tone on the canonical vowel.
    static func canonical(_ lowercaseText: String) -> String {
        var output = String.UnicodeScalarView()
        var run: [VietnameseGrapheme] = []
        func flushRun() {
            for grapheme in placed(run) { output.append(contentsOf: grapheme.scalars) }
            run = []
        }
        for grapheme in VietnameseGrapheme.split(lowercaseText) {
            if let base = grapheme.base, base.properties.isAlphabetic {
                run.append(grapheme)
            } else {
                flushRun()
                output.append(contentsOf: grapheme.scalars)
            }
        }
        flushRun()
        return String(output).precomposedStringWithCanonicalMapping
    }

    /// The syllable with its single tone moved; anything that is not one plain Vietnamese syllable
    /// (no tone, two tones, foreign accents, two vowel groups) is returned as it came.
    private static func placed(_ syllable: [VietnameseGrapheme]) -> [VietnameseGrapheme] {
        let toned = syllable.indices.filter { syllable[$0].tone != nil }
        guard toned.count == 1, let tone = syllable[toned[0]].tone,
            syllable.allSatisfy({ $0.marks.allSatisfy { VietnameseTone(mark: $0) != nil } }),
            let nucleus = nucleus(of: syllable),
            let target = toneVowel(in: syllable, nucleus: nucleus)
        else { return syllable }

        var result = syllable
        result[toned[0]].marks.removeAll { $0 == tone.mark }
        result[target].marks.append(tone.mark)
        return result
    }

    private static func isVowel(_ grapheme: VietnameseGrapheme) -> Bool {
        grapheme.lowercaseBase.map(vowels.contains) ?? false
    }

    /// The range of the vowel group, after the onset: the u of "qu" and the i of "gi" belong to
    /// the onset when another vowel follows (quý, già), but "gì" and "gìn" keep i as the vowel.
    private static func nucleus(of syllable: [VietnameseGrapheme]) -> Range<Int>? {
        guard var start = syllable.firstIndex(where: isVowel) else { return nil }
        let onset = syllable[..<start].compactMap(\.lowercaseBase)
        let glide = syllable[start]
        let next = start + 1 < syllable.count ? syllable[start + 1] : nil
        if let next, isVowel(next), glide.modifier == nil,
            (onset == ["q"] && glide.lowercaseBase == "u") || (onset == ["g"] && glide.lowercaseBase == "i")
        {
            start += 1
        }
        var end = start
        while end < syllable.count, isVowel(syllable[end]) { end += 1 }
        // A vowel after the coda means two syllables written together: leave them alone.
        guard !syllable[end...].contains(where: isVowel) else { return nil }
        return start..<end
    }

    /// The classic rules: a vowel with a modifier (ơ in ươ) takes the tone; otherwise the last vowel
    /// before a final consonant, the middle of three, or the first of two in an open syllable.
    private static func toneVowel(in syllable: [VietnameseGrapheme], nucleus: Range<Int>) -> Int? {
        if let marked = nucleus.last(where: { syllable[$0].modifier != nil }) { return marked }
        if nucleus.upperBound < syllable.count { return nucleus.upperBound - 1 }
        switch nucleus.count {
        case 1, 2: return nucleus.lowerBound
        case 3: return nucleus.lowerBound + 1
        default: return nil
        }
    }
}
