import Foundation
import Testing
import TestSupport

@testable import OutreachCore

/// `VietnameseCollation.appendNameKey` keys a tidy name in one pass over its bytes (issue 19: ordering 200,000
/// nominees); it must append exactly what `PersonName(name).appendSortKey(tieBreak: .givenThenFamily, to:)`
/// appends, refuse (nil) whatever it cannot key that way, and its sixteen-byte prefix must order two keys as their
/// weights do wherever the prefixes differ.
@Suite struct NameSortKeyTests {
    /// The key of `name` through `PersonName`, and through the one pass (nil when refused), each appended after
    /// a few weights already in the buffer, as a list's buffer holds the keys before it.
    private static func keys(_ name: String) -> (expected: [UInt32], fast: [UInt32]?, prefix: VietnameseCollation.KeyPrefix?) {
        var expected: [UInt32] = [7, 8]
        PersonName(name).appendSortKey(tieBreak: .givenThenFamily, to: &expected)
        var fast: [UInt32] = [7, 8]
        var scratch: [UInt16] = [3]
        let prefix = VietnameseCollation.appendNameKey(name, to: &fast, scratch: &scratch)
        if prefix == nil { #expect(fast == [7, 8], "nothing appended when refused: \(name)") }
        return (Array(expected.dropFirst(2)), prefix == nil ? nil : Array(fast.dropFirst(2)), prefix)
    }

    /// Random names of the syllables `FastVietnameseTextTests` builds, and the 400 fixture names.
    private static func names() throws -> [String] {
        var state: UInt64 = 0x1905_2022
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % bound
        }
        let tones = ["", "\u{0300}", "\u{0309}", "\u{0303}", "\u{0301}", "\u{0323}"]
        var names = try Fixture.lines("vi-names")
        for _ in 0..<1_500 {
            let words = (0..<(2 + next(3))).map { _ in
                let syllable = FastVietnameseTextTests.onsets[next(FastVietnameseTextTests.onsets.count)]
                    + FastVietnameseTextTests.nuclei[next(FastVietnameseTextTests.nuclei.count)] + tones[next(tones.count)]
                    + FastVietnameseTextTests.codas[next(FastVietnameseTextTests.codas.count)]
                let composed = syllable.precomposedStringWithCanonicalMapping
                return next(3) == 0 ? composed.capitalized : composed
            }
            names.append(words.joined(separator: " "))
        }
        // Short and repeated given names, so that many keys share their first sixteen weights.
        names += ["An", "Lê An", "Lê Ân", "Lê Án", "Lê an", "Nguyễn Văn An", "Nguyễn Văn An", "Ma A", "A", "Y",
                  "Lò Văn Y", "Đỗ Ý", "Ông Ánh Ảnh", "Huỳnh Thu Ánh", "Vũ Ạnh", "Sùng A Đa", "Sùng A Da", "Tạ Ơn",
                  "Tạ On", "Nguyễn Thị Minh Khai", "Nguyễn Thị Minh Khai", "Hoàng Anh", "Hoàng anh", "O'Neil Trần",
                  "Trần Văn Hai 2", "Lê-Anh", "Lê Thị (Út)", "Bế Văn Ñ"]
        return names
    }

    @Test func theOnePassKeyIsPersonNamesKey() throws {
        var refused: [String] = []
        for name in try Self.names() {
            let (expected, fast, _) = Self.keys(name)
            guard let fast else {
                refused.append(name)
                continue
            }
            #expect(fast == expected, "\(name)")
        }
        // Every tidy name of known letters takes the one pass, or the comparison above would prove nothing.
        #expect(refused.isEmpty, "\(refused)")
    }

    @Test func namesItCannotKeyAreRefused() {
        for name in ["", " Lê An", "Lê An ", "Lê  An", "Lê\tAn", "Lê\u{00A0}An", "Nguye\u{0302}\u{0303}n Văn An",
                     "Lê Ańh\u{0301}", "Lê 🙂", "Müller An", "Lê\nAn",
                     // Ð (U+00D0, the eth that looks like Đ) is no Vietnamese letter: the general path keys it.
                     "Vàng Thị Ðào"] {
            #expect(Self.keys(name).fast == nil, "\(Array(name.unicodeScalars))")
        }
        // A control character other than white space, and punctuation and digits, are in the table.
        for name in ["Lê\u{1}An", "Lê An 2", "Lê-An", "O'Neil"] {
            let (expected, fast, _) = Self.keys(name)
            #expect(fast == expected, "\(Array(name.unicodeScalars))")
        }
    }

    @Test func thePrefixOrdersAsTheWeightsWhereItDiffers() throws {
        let keyed = try Self.names().compactMap { name -> (weights: [UInt32], prefix: VietnameseCollation.KeyPrefix)? in
            let (_, fast, prefix) = Self.keys(name)
            guard let fast, let prefix else { return nil }
            #expect(prefix != .none, "\(name)")
            return (fast, prefix)
        }
        var decided = 0
        for left in keyed.prefix(200) {
            for right in keyed {
                let order = CollationKey.compare(CollationKey(weights: left.weights), CollationKey(weights: right.weights))
                if left.prefix == right.prefix {
                    // Equal prefixes say nothing but that the first sixteen weights (or the whole keys) are equal.
                    #expect(Array(left.weights.prefix(16)) == Array(right.weights.prefix(16)))
                } else {
                    decided += 1
                    #expect((left.prefix < right.prefix) == (order < 0), "\(left.weights) \(right.weights)")
                    #expect(order != 0)
                }
            }
        }
        #expect(decided > 0)
    }
}
