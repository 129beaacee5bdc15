import Testing

@testable import OutreachCore

@Suite struct LegacyDetectionTests {
    /// The detector lowercases ASCII and Latin-1 by code point: it must give what `Character` gives, for
    /// every scalar it can meet in a legacy reading and the Vietnamese letters around them.
    @Test func lowercasingByCodePointAgreesWithCharacter() {
        var checked = 0
        for value in UInt32(0)...0x1FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = Character(scalar).lowercased().unicodeScalars.first ?? scalar
            #expect(LegacyVietnamese.lowercased(scalar) == expected, "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked == 0x2000)
    }

    /// A soft hyphen (0xAD, TCVN3's "ư") pasted into Unicode names is no evidence of TCVN3 on its own; beside
    /// other TCVN3 codes it still reads as "ư".
    @Test func aSoftHyphenAloneIsNoTCVN3() {
        #expect(LegacyVietnamese.detect(["Giàng A P\u{AD}áo", "Hà Tú Anh"]) == nil)
        #expect(LegacyVietnamese.detect(["C\u{AD}ao Th\u{AD}anh An"]) == nil)
        // "Tr­¬ng Thu H­¬ng" is "Trương Thu Hương" in TCVN3.
        #expect(LegacyVietnamese.detect(["Tr\u{AD}\u{AC}ng Thu H\u{AD}\u{AC}ng"]) == .tcvn3)
        #expect(LegacyVietnamese.tcvn3.decode("Tr\u{AD}\u{AC}ng") == "Trương")
    }
}
