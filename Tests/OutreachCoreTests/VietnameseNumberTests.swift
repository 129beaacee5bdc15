import Testing

@testable import OutreachCore

@Suite struct VietnameseNumberTests {
    @Test(arguments: [
        (0, "0"), (999, "999"), (1000, "1.000"), (100_000, "100.000"), (1_500_000, "1.500.000"),
        (-1_500_000, "-1.500.000"), (-999, "-999"), (Int64.max, "9.223.372.036.854.775.807"),
        (Int64.min, "-9.223.372.036.854.775.808"),
    ] as [(Int64, String)])
    func grouped(number: Int64, expected: String) {
        #expect(VietnameseNumber.grouped(number) == expected)
    }

    @Test(arguments: [
        (1234.5, 1, "1.234,5"), (1234.5, 2, "1.234,50"), (1234.56, 0, "1.235"), (-1234.5, 1, "-1.234,5"),
        (2.5, 0, "3"), (-2.5, 0, "-3"), (0.125, 2, "0,13"), (-0.04, 1, "0,0"), (0.1, 3, "0,100"),
        (1_000_000, 0, "1.000.000"), (12.3, -1, "12"), (0.001, 2, "0,00"), (1e20, 0, "100.000.000.000.000.000.000"),
        (Double.nan, 2, "NaN"), (-Double.infinity, 0, "-∞"),
    ] as [(Double, Int, String)])
    func decimal(number: Double, fractionDigits: Int, expected: String) {
        #expect(VietnameseNumber.decimal(number, fractionDigits: fractionDigits) == expected)
    }

    @Test func excelFormatStaysInUSSyntaxTaggedVietnamese() {
        // US syntax in the file ("," groups); the Vietnamese tag makes readers show dots.
        #expect(VietnameseNumber.excelThousandsFormat.hasSuffix("#,##0"))
        #expect(VietnameseNumber.excelThousandsFormat.hasPrefix("[$-42A]"))
    }
}
