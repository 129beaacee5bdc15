import Foundation
import OutreachCore
import Testing

@Suite("Exact text keys")
struct ExactTextTests {
    @Test("equal bytes are equal, canonically equivalent bytes are not")
    func equalityIsByBytes() {
        let composed = "Nguyễn Thị Hương"
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(composed == decomposed)  // String compares by canonical equivalence…
        #expect(ExactText(composed) != ExactText(decomposed))  // …ExactText by bytes.
        #expect(ExactText(composed) == ExactText(String(decoding: Array(composed.utf8), as: UTF8.self)))
        #expect(ExactText("") == ExactText(""))
        #expect(ExactText("") != ExactText("a"))
        #expect(ExactText("ab") != ExactText("abc"))
        #expect(ExactText("hương") != ExactText("huơng"))
    }

    @Test("a text made through NSString or from a substring equals the native one with the same bytes")
    func nonNativeTexts() {
        let native = "Trường THCS Bản Xèo, Bát Xát"
        let bridged = NSString(string: native) as String
        let fromSubstring = String(("x" + native).dropFirst())
        #expect(ExactText(native) == ExactText(bridged))
        #expect(ExactText(native) == ExactText(fromSubstring))
        #expect(ExactText(native).hashValue == ExactText(bridged).hashValue)
        var table: [ExactText: Int] = [ExactText(native): 1]
        table[ExactText(bridged), default: 0] += 1
        #expect(table.count == 1 && table[ExactText(fromSubstring)] == 2)
    }
}
