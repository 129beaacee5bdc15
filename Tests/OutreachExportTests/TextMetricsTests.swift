import Foundation
import Testing

@testable import OutreachExport

@Suite struct TextMetricsTests {
    @Test func vietnameseLettersAreAsWideAsTheirBaseAndHornsWider() {
        #expect(TextMetrics.advance("ễ") == TextMetrics.advance("e"))
        #expect(TextMetrics.advance("Ấ") == TextMetrics.advance("A"))
        #expect(TextMetrics.advance("đ") == TextMetrics.advance("d"))
        #expect(TextMetrics.advance("ờ") == TextMetrics.advance("ơ"))
        #expect(TextMetrics.advance("ự") == TextMetrics.advance("ư"))
        #expect(TextMetrics.advance("ơ") > TextMetrics.advance("o"))
        #expect(TextMetrics.advance("Ư") > TextMetrics.advance("U"))
        // Every letter of Vietnamese, both cases, has a width from the tables, never the em of an unknown.
        let letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
        for letter in (letters + letters.uppercased()).unicodeScalars {
            #expect(TextMetrics.advance(letter) < 1000, "\(letter)")
        }
        #expect(TextMetrics.advance("中") == 1000)
    }

    @Test func aLineHoldsWhatFitsItsWidthWordByWord() throws {
        // Column widths as the documents use them, at 12 pt: a name of a school on one line, as LibreOffice
        // prints it, where counting characters put it on two.
        #expect(OfficialSheet.lines("Trường THPT số 1 thành phố Lào Cai", width: 40, size: 12) == 1)
        #expect(OfficialSheet.lines("Trường THPT số 1 thành phố Lào Cai", width: 20, size: 12) == 2)
        // Capitals are wider: the same number of letters takes more lines.
        let lower = "phòng giáo dục và đào tạo huyện mường khương tỉnh lào cai"
        #expect(OfficialSheet.lines(lower.uppercased(), width: 30, size: 12) > OfficialSheet.lines(lower, width: 30, size: 12))
        // Each "\n" starts a line; an empty text is one line.
        #expect(OfficialSheet.lines("Một\nHai\n\nBốn", width: 40, size: 12) == 4)
        #expect(OfficialSheet.lines("", width: 10, size: 12) == 1)
        // A word wider than the line is broken between letters, however long.
        #expect(OfficialSheet.lines(String(repeating: "M", count: 60), width: 10, size: 12) >= 6)
        // Leading spaces take room (an indented step of a form's instructions): the same text indented by
        // three spaces needs a second line where the bare text just fits.
        let step = "- Vai trò: chọn trong danh sách thả xuống; mỗi dòng chỉ nhận các vai trò của chỗ đó."
        let fits = try #require((20...120).first { OfficialSheet.lines(step, width: Double($0), size: 13) == 1 })
        #expect(OfficialSheet.lines("   " + step, width: Double(fits), size: 13) == 2)
        #expect(OfficialSheet.lines("   " + step, width: Double(fits + 2), size: 13) == 1)
        // Larger type, more lines.
        #expect(OfficialSheet.lines(lower, width: 30, size: 16) > OfficialSheet.lines(lower, width: 30, size: 12))
    }

    /// Bounds, not a renderer (docs/tools/row_heights.py checks against LibreOffice's layout): the estimate
    /// never counts fewer lines than the bare metrics over the full column width, nor more than if every
    /// glyph were as wide as the widest letter.
    @Test func theEstimateIsBetweenTheBareMetricsAndTheWidestLetters() {
        let words = ["Nguyễn", "Thị", "Thanh", "Hương", "Trường", "THCS", "Bản", "Xèo,", "huyện", "Bát", "Xát",
                     "Phòng", "Giáo", "dục", "và", "Đào", "tạo", "(mã", "PGD-BATXAT)", "0912", "345", "678"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 1...20, using: &generator)).map { _ in words.randomElement()! }
                .joined(separator: " ")
            let width = Double.random(in: 8...60, using: &generator)
            let estimate = OfficialSheet.lines(text, width: width, size: 12)
            let bare = Self.lines(text, available: width * 7 + 5, glyph: { Double(TextMetrics.advance($0)) / 1000 * 16 })
            let widest = Self.lines(text, available: width * 7 + 5 - 6, glyph: { $0 == " " ? 6 : 17 })
            #expect(estimate >= bare && estimate <= widest, "\(text) at \(width): \(bare) ≤ \(estimate) ≤ \(widest)")
        }
    }

    /// Greedy wrapping with a given glyph width, for the bounds above.
    private static func lines(_ text: String, available: Double, glyph: (Unicode.Scalar) -> Double) -> Int {
        var lines = 1, used = 0.0
        for word in text.split(separator: " ") {
            let width = word.unicodeScalars.map(glyph).reduce(0, +)
            if used > 0 && used + glyph(" ") + width > available {
                lines += 1
                used = 0
            } else if used > 0 {
                used += glyph(" ")
            }
            used += width
            while used > available {
                lines += 1
                used -= available
            }
        }
        return lines
    }
}
