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
