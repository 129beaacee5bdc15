import Foundation
@testable import OutreachExport
import Testing
import TestSupport

/// `OfficialSheet.lines` counts the lines of most texts in one pass over their scalars (`fastLines`); it must
/// give what the general path (splitting at characters) gives, on every text it takes.
@Suite struct FastLinesTests {
    static func expectSame(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for width in [3.0, 5, 9, 14, 20, 28, 46] {
            for size in [11.0, 13] {
                #expect(OfficialSheet.lines(text, width: width, size: size)
                            == OfficialSheet.lines(text, width: width, size: size, fast: false),
                        "\(Array(text.unicodeScalars)) at width \(width), size \(size)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func namesPositionsAndOffices() throws {
        var fast = 0
        for name in try Fixture.lines("vi-names") {
            for text in [name, name.uppercased(), "  \(name)  ", name.replacingOccurrences(of: " ", with: "  "),
                         "\(name)\n\(name)", "\(name) – Trường Trung học phổ thông chuyên Lào Cai, tỉnh Lào Cai"] {
                Self.expectSame(text)
                var unused = 0
                if OfficialSheet.fastLines(text, available: 100, spaceWidth: 4, pixels: { _ in unused += 1; return 7 }) != nil {
                    fast += 1
                }
            }
        }
        // Vietnamese in NFC takes the fast path, or the comparison would prove nothing.
        #expect(fast > 2_000)
    }

    /// Random mixtures of words, spaces, line breaks, long words and scalars that send a text down the
    /// general path (combining marks, CR LF, other scripts).
    @Test func randomTexts() {
        let pieces = ["a", "Ă", "ấ", "ệ", "Ự", "đ", "W", "M", "i", "l", "1", ".", " ", "  ", "\n", "\n\n", "\t", "–",
                      "Nguyễn", "Trường", "THPT", "0912 345 678", "(tiếp theo)", "WWWWWWWWWWWWWWWW", "iiiiiiiiiiiiiiiiiiii",
                      "\u{0301}", "\r\n", "\r", "ü", "ß", "中", "\u{00A0}", "\u{200D}", "🇻🇳"]
        var state: UInt64 = 0x1923_0507
        for _ in 0..<4_000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(state >> 59) + 1 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            Self.expectSame(text)
        }
    }
}
