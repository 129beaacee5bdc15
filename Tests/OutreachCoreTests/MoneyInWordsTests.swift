import Testing

@testable import OutreachCore

@Suite struct MoneyInWordsTests {
    @Test(arguments: [
        (0, "Không đồng"),
        (1, "Một đồng"),
        (5, "Năm đồng"),
        (10, "Mười đồng"),
        (11, "Mười một đồng"),
        (14, "Mười bốn đồng"),
        (15, "Mười lăm đồng"),
        (20, "Hai mươi đồng"),
        (21, "Hai mươi mốt đồng"),
        (24, "Hai mươi bốn đồng"),
        (25, "Hai mươi lăm đồng"),
        (55, "Năm mươi lăm đồng"),
        (99, "Chín mươi chín đồng"),
        (100, "Một trăm đồng"),
        (101, "Một trăm linh một đồng"),
        (105, "Một trăm linh năm đồng"),
        (110, "Một trăm mười đồng"),
        (111, "Một trăm mười một đồng"),
        (115, "Một trăm mười lăm đồng"),
        (121, "Một trăm hai mươi mốt đồng"),
        (999, "Chín trăm chín mươi chín đồng"),
        (1000, "Một nghìn đồng"),
        (1001, "Một nghìn không trăm linh một đồng"),
        (1010, "Một nghìn không trăm mười đồng"),
        (1015, "Một nghìn không trăm mười lăm đồng"),
        (1021, "Một nghìn không trăm hai mươi mốt đồng"),
        (1100, "Một nghìn một trăm đồng"),
        (15000, "Mười lăm nghìn đồng"),
        (21000, "Hai mươi mốt nghìn đồng"),
        (105_000, "Một trăm linh năm nghìn đồng"),
        (250_000, "Hai trăm năm mươi nghìn đồng"),
        (1_000_000, "Một triệu đồng"),
        (1_500_000, "Một triệu năm trăm nghìn đồng"),
        (2_350_000, "Hai triệu ba trăm năm mươi nghìn đồng"),
        (1_005_000, "Một triệu không trăm linh năm nghìn đồng"),
        (1_000_005, "Một triệu không trăm linh năm đồng"),
        (1_050_000, "Một triệu không trăm năm mươi nghìn đồng"),
        (12_345_678, "Mười hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám đồng"),
        (150_000_000, "Một trăm năm mươi triệu đồng"),
        (1_000_000_000, "Một tỷ đồng"),
        (1_000_000_001, "Một tỷ không trăm linh một đồng"),
        (1_000_000_010, "Một tỷ không trăm mười đồng"),
        (1_000_005_000, "Một tỷ không trăm linh năm nghìn đồng"),
        (1_005_000_000, "Một tỷ không trăm linh năm triệu đồng"),
        (2_500_000_000, "Hai tỷ năm trăm triệu đồng"),
        (21_000_000_000, "Hai mươi mốt tỷ đồng"),
        (1_000_000_000_000, "Một nghìn tỷ đồng"),
        (1_005_000_000_000, "Một nghìn không trăm linh năm tỷ đồng"),
        (2_000_500_000_000, "Hai nghìn tỷ năm trăm triệu đồng"),
        (100_000_000_000_000, "Một trăm nghìn tỷ đồng"),
        (
            1_234_567_890_123,
            "Một nghìn hai trăm ba mươi bốn tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi nghìn một trăm hai mươi ba đồng"
        ),
        // More of every rule in domain.md: mười/mươi, mốt, lăm, linh, "không trăm" in inner groups,
        // round amounts, and the rates finance staff type most.
        (2, "Hai đồng"),
        (9, "Chín đồng"),
        (19, "Mười chín đồng"),
        (30, "Ba mươi đồng"),
        (31, "Ba mươi mốt đồng"),
        (34, "Ba mươi bốn đồng"),
        (41, "Bốn mươi mốt đồng"),
        (45, "Bốn mươi lăm đồng"),
        (70, "Bảy mươi đồng"),
        (91, "Chín mươi mốt đồng"),
        (95, "Chín mươi lăm đồng"),
        (104, "Một trăm linh bốn đồng"),
        (200, "Hai trăm đồng"),
        (205, "Hai trăm linh năm đồng"),
        (211, "Hai trăm mười một đồng"),
        (215, "Hai trăm mười lăm đồng"),
        (301, "Ba trăm linh một đồng"),
        (505, "Năm trăm linh năm đồng"),
        (555, "Năm trăm năm mươi lăm đồng"),
        (1005, "Một nghìn không trăm linh năm đồng"),
        (2024, "Hai nghìn không trăm hai mươi bốn đồng"),
        (10_000, "Mười nghìn đồng"),
        (11_000, "Mười một nghìn đồng"),
        (40_000, "Bốn mươi nghìn đồng"),
        (45_000, "Bốn mươi lăm nghìn đồng"),
        (100_000, "Một trăm nghìn đồng"),
        (150_000, "Một trăm năm mươi nghìn đồng"),
        (200_000, "Hai trăm nghìn đồng"),
        (300_000, "Ba trăm nghìn đồng"),
        (350_000, "Ba trăm năm mươi nghìn đồng"),
        (450_000, "Bốn trăm năm mươi nghìn đồng"),
        (1_300_000, "Một triệu ba trăm nghìn đồng"),
        (1_800_000, "Một triệu tám trăm nghìn đồng"),
        (2_000_000, "Hai triệu đồng"),
        (1_000_100, "Một triệu một trăm đồng"),
        (1_000_050, "Một triệu không trăm năm mươi đồng"),
        (1_001_001, "Một triệu không trăm linh một nghìn không trăm linh một đồng"),
        (1_015_015, "Một triệu không trăm mười lăm nghìn không trăm mười lăm đồng"),
        (10_000_000, "Mười triệu đồng"),
        (15_500_000, "Mười lăm triệu năm trăm nghìn đồng"),
        (21_500_000, "Hai mươi mốt triệu năm trăm nghìn đồng"),
        (44_600_000, "Bốn mươi bốn triệu sáu trăm nghìn đồng"),
        (101_000_000, "Một trăm linh một triệu đồng"),
        (
            999_999_999,
            "Chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng"
        ),
        (3_000_000_005, "Ba tỷ không trăm linh năm đồng"),
        (10_000_000_000, "Mười tỷ đồng"),
        (100_000_000_000, "Một trăm tỷ đồng"),
        (5_000_000_000_000, "Năm nghìn tỷ đồng"),
        (15_000_000_000_000, "Mười lăm nghìn tỷ đồng"),
        (1_001_000_000_000, "Một nghìn không trăm linh một tỷ đồng"),
        (1_000_001_000_000, "Một nghìn tỷ không trăm linh một triệu đồng"),
        (999_000_000_000_000, "Chín trăm chín mươi chín nghìn tỷ đồng"),
        (
            999_999_999_999_999,
            "Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu "
                + "chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng"
        ),
    ] as [(Int64, String)])
    func defaultStyle(amount: Int64, expected: String) throws {
        #expect(try MoneyInWords.words(amount) == expected)
    }

    @Test(arguments: [
        (24, MoneyInWords.Options(useTu: true), "Hai mươi tư đồng"),
        (14, MoneyInWords.Options(useTu: true), "Mười bốn đồng"),
        (104, MoneyInWords.Options(useTu: true), "Một trăm linh bốn đồng"),
        (44000, MoneyInWords.Options(useTu: true), "Bốn mươi tư nghìn đồng"),
        (105, MoneyInWords.Options(zeroTens: .le), "Một trăm lẻ năm đồng"),
        (1_005_000, MoneyInWords.Options(zeroTens: .le), "Một triệu không trăm lẻ năm nghìn đồng"),
        (1_500_000, MoneyInWords.Options(thousand: .ngan), "Một triệu năm trăm ngàn đồng"),
        (1_000_000_000_000, MoneyInWords.Options(thousand: .ngan), "Một ngàn tỷ đồng"),
        (1_024_000, MoneyInWords.Options(useTu: true), "Một triệu không trăm hai mươi tư nghìn đồng"),
        (4, MoneyInWords.Options(useTu: true), "Bốn đồng"),
        (205, MoneyInWords.Options(zeroTens: .le), "Hai trăm lẻ năm đồng"),
        (1_005_000, MoneyInWords.Options(thousand: .ngan), "Một triệu không trăm linh năm ngàn đồng"),
        (5_000_000_000_000, MoneyInWords.Options(thousand: .ngan, roundSuffix: true), "Năm ngàn tỷ đồng chẵn"),
        (1_000_000, MoneyInWords.Options(roundSuffix: true), "Một triệu đồng chẵn"),
        (2000, MoneyInWords.Options(roundSuffix: true), "Hai nghìn đồng chẵn"),
        (1500, MoneyInWords.Options(roundSuffix: true), "Một nghìn năm trăm đồng"),
        (0, MoneyInWords.Options(roundSuffix: true), "Không đồng"),
        (21, MoneyInWords.Options(currency: ""), "Hai mươi mốt"),
        (0, MoneyInWords.Options(currency: ""), "Không"),
        (
            1_004_105_000,
            MoneyInWords.Options(zeroTens: .le, thousand: .ngan, useTu: true, roundSuffix: true),
            "Một tỷ không trăm lẻ bốn triệu một trăm lẻ năm ngàn đồng chẵn"
        ),
    ] as [(Int64, MoneyInWords.Options, String)])
    func options(amount: Int64, options: MoneyInWords.Options, expected: String) throws {
        #expect(try MoneyInWords.words(amount, options: options) == expected)
    }

    @Test(arguments: [-1, 1_000_000_000_000_000, Int64.max, Int64.min] as [Int64])
    func rejectsAmountsOutOfRange(amount: Int64) {
        #expect(throws: MoneyInWordsError.outOfRange(amount)) { try MoneyInWords.words(amount) }
    }

    @Test func errorMessageShowsTheAmount() {
        #expect(
            MoneyInWordsError.outOfRange(-5000).text
                == LocalizedText(vi: "không viết được -5.000 bằng chữ: số tiền từ 0 đến 999.999.999.999.999",
                                 en: "cannot write -5.000 in words: amounts run from 0 to 999.999.999.999.999"))
    }
}
