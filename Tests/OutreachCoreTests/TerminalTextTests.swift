import OutreachCore
import Testing

@Suite("Nothing printed reaches a terminal as a control character")
struct TerminalTextTests {
    @Test(arguments: [
        ("Nguyễn Văn A\tx\nyz", "Nguyễn Văn A\tx\nyz"),
        ("\u{1B}[2Jxoá", "\u{FFFD}[2Jxoá"),
        ("a\u{0}b\r\u{7F}", "a\u{FFFD}b\u{FFFD}\u{FFFD}"),
        ("C1 \u{9B}31m đỏ", "C1 \u{FFFD}31m đỏ"),
    ])
    func controlCharactersBecomeReplacementCharacters(text: String, printed: String) {
        #expect(TerminalText.printable(text) == printed)
    }
}

@Suite("An import problem names its sheet, even one without a name")
struct ImportProblemSheetTests {
    @Test func anEmptySheetNameIsNeverShownAsEmpty() {
        let problem = ImportProblem(.error, file: "ds.xlsx", sheet: " ", row: 3, column: "SĐT",
                                    reason: LocalizedText(vi: "sai", en: "wrong"))
        #expect(problem.message(.vi) == "ds.xlsx, sheet không tên, dòng 3, cột SĐT: sai")
        #expect(problem.message(.en) == "ds.xlsx, unnamed sheet, row 3, column SĐT: wrong")
        var named = problem
        named.sheet = "Danh sách"
        #expect(named.message(.vi) == "ds.xlsx, sheet Danh sách, dòng 3, cột SĐT: sai")
    }
}

@Suite("An import refused for its rows counts them in good English")
struct ImportRefusedCountTests {
    @Test func oneErrorIsSingular() {
        #expect(OutreachError.importRefused(file: "ds.csv", errors: 1).message(.en).hasPrefix("ds.csv: 1 error, nothing imported"))
        #expect(OutreachError.importRefused(file: "ds.csv", errors: 2).message(.en).hasPrefix("ds.csv: 2 errors, nothing imported"))
        #expect(OutreachError.importRefused(file: "ds.csv", errors: 1, notAllowed: 1).message(.en)
            .hasPrefix("ds.csv: 1 error (1 row you may not change), nothing imported"))
        #expect(OutreachError.importRefused(file: "ds.csv", errors: 1).message(.vi).hasPrefix("ds.csv: 1 lỗi, không nhập gì"))
    }
}
