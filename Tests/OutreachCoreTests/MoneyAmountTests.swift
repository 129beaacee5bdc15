import Testing

@testable import OutreachCore

@Suite("Typed amounts: whole đồng, grouped by threes with dots or commas, never guessed")
struct MoneyAmountTests {
    @Test(arguments: [
        ("0", 0), ("1500000", 1_500_000), ("1.500.000", 1_500_000), ("1,500,000", 1_500_000), (" 1.005.000 ", 1_005_000),
        ("999", 999), ("1.000", 1000), ("12.345.678", 12_345_678), ("-0", 0), ("000123", 123),
        ("999.999.999.999.999", 999_999_999_999_999),
    ] as [(String, Int64)])
    func reads(text: String, expected: Int64) throws {
        #expect(try MoneyAmount.parse(text, maximum: MoneyInWords.maximum) == expected)
    }

    @Test(arguments: [
        "", "abc", "1.5", "1,50", "1.500,50", "1,500.000", "1..500", "1500.", ".500", "1 500 000", "+5", "1e6",
        "1.5000", "1234.567", "١٢٣", "-", "0x10",
    ])
    func refusesWhatIsNotAWholeAmount(text: String) {
        #expect(throws: MoneyAmountError.notANumber(text)) { try MoneyAmount.parse(text, maximum: MoneyInWords.maximum) }
    }

    @Test func refusesNegativeAndTooLargeAmounts() {
        #expect(throws: MoneyAmountError.negative("-5")) { try MoneyAmount.parse("-5", maximum: 100) }
        #expect(throws: MoneyAmountError.negative("-1.500.000")) { try MoneyAmount.parse("-1.500.000", maximum: 100) }
        #expect(throws: MoneyAmountError.tooLarge("101", maximum: 100)) { try MoneyAmount.parse("101", maximum: 100) }
        let huge = "99999999999999999999999"
        #expect(throws: MoneyAmountError.tooLarge(huge, maximum: MoneyInWords.maximum)) {
            try MoneyAmount.parse(huge, maximum: MoneyInWords.maximum)
        }
        #expect(throws: MoneyAmountError.tooLarge("1.000.000.000.000.000", maximum: MoneyInWords.maximum)) {
            try MoneyAmount.parse("1.000.000.000.000.000", maximum: MoneyInWords.maximum)
        }
    }

    @Test func reasonsSayHowToWriteAnAmount() {
        #expect(MoneyAmountError.notANumber("x").reason.vi.contains("1.500.000"))
        #expect(MoneyAmountError.tooLarge("x", maximum: 1_000_000_000).reason.vi == "lớn quá, tối đa 1.000.000.000 đồng")
    }
}
