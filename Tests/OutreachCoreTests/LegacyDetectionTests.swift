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
}
