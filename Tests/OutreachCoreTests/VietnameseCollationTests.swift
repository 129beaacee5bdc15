import Foundation
import Testing

@testable import OutreachCore

@Suite struct VietnameseCollationTests {
    /// Each list is in CLDR `vi` order (checked with ICU's collator); sorting a shuffled copy must restore it.
    @Test(arguments: [
        ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "ô", "ơ",
         "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z"],
        ["Ma", "Mà", "Mả", "Mã", "Má", "Mạ"],
        ["Dung", "Dương", "Đa", "Đào"],
        ["Anh", "Ánh", "Ăn", "Ấn"],
        ["Ong", "Ông", "Ơn", "Ớt"],
        ["Út", "Uyên", "Ưng", "Ước"],
        ["Em", "Ém", "Ê", "Ếch"],
        ["an", "An", "anh", "Anh", "ăn"],
        ["An", "An Bình", "Anh"],
        ["Ha", "Hà", "Hai", "Hài", "Hải"],
        ["Má An", "Má Án", "Mạ An"],
        ["Ma Án", "Má An"],
        ["Bách", "Bạch", "Bạch Mai"],
        ["Lo", "Lò", "Lô", "Lồ", "Lơ"],
        ["a b", "a-b", "a.b", "a'b", "ab"],
        ["10", "2", "a"],  // digit by digit, as ICU does without numeric ordering
    ] as [[String]])
    func sortsInVietnameseOrder(expected: [String]) {
        var generator = SeededGenerator(seed: UInt64(expected.count))
        for _ in 0..<5 {
            let sorted = expected.shuffled(using: &generator).sorted {
                VietnameseCollation.key($0) < VietnameseCollation.key($1)
            }
            #expect(sorted == expected)
        }
    }

    @Test func tonesOnlyBreakTies() {
        // The letters decide first: a toned "Ả" still sorts before an untoned "B".
        #expect(VietnameseCollation.compare("Ảnh", "Bình") == .orderedAscending)
        #expect(VietnameseCollation.compare("Mạnh", "Mi") == .orderedAscending)
        #expect(VietnameseCollation.compare("Mã", "Ma") == .orderedDescending)
        #expect(VietnameseCollation.compare("Lan", "Lan") == .orderedSame)
    }

    @Test(arguments: ["Nguyễn Văn Ậu", "Trương Thị Hường", "Đặng Quốc Việt", "ỲỶỸÝỴ", "Khuỷu"])
    func decomposedInputHasTheSameKey(text: String) {
        let nfc = text.precomposedStringWithCanonicalMapping
        let nfd = text.decomposedStringWithCanonicalMapping
        #expect(nfc.unicodeScalars.count != nfd.unicodeScalars.count)
        #expect(VietnameseCollation.key(nfc) == VietnameseCollation.key(nfd))
    }

    @Test func caseDiffersOnlyAtTheLastLevel() {
        #expect(VietnameseCollation.key("đào") < VietnameseCollation.key("Đào"))
        #expect(VietnameseCollation.key("Đào") < VietnameseCollation.key("đạo"))
        #expect(VietnameseCollation.key("ĂN") < VietnameseCollation.key("âm"))
    }

    @Test func ignoresControlAndFormatCharacters() {
        #expect(VietnameseCollation.key("Hoa\u{00AD}") == VietnameseCollation.key("Hoa"))
        #expect(VietnameseCollation.key("H\u{200B}oa") == VietnameseCollation.key("Hoa"))
    }
}

/// A small deterministic generator, so a failing shuffle can be replayed.
typealias SeededGenerator = SeededRandom

