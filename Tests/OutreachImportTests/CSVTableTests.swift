import Foundation
import OutreachCore
import Testing

@Suite("CSV as spreadsheets save it, and the bytes' encoding")
struct CSVTableTests {
    @Test func quotesSeparatorsAndLineBreaksInsideFields() {
        let text = "Họ và tên;Ghi chú\r\n\"Lò, Văn Sính\";\"nói \"\"xin chào\"\"\r\nrồi về\"\r\nGiàng A Páo;\r\n"
        #expect(CSVTable.parse(text) == [
            ["Họ và tên", "Ghi chú"], ["Lò, Văn Sính", "nói \"xin chào\"\r\nrồi về"], ["Giàng A Páo", ""],
        ])
    }

    @Test(arguments: [(",", "a,b\n1,2\n"), (";", "a;b\n1;2\n"), ("\t", "a\tb\n1\t2\n")])
    func theSeparatorIsTheOneUsed(separator: String, text: String) {
        #expect(CSVTable.parse(text) == [["a", "b"], ["1", "2"]])
    }

    @Test func encodingsAreRecognisedFromTheBytes() throws {
        let name = "Nguyễn Thị Thuỷ"
        #expect(TextDecoding.decode(Data(name.utf8))?.encoding == .utf8)
        #expect(TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array(name.utf8)))?.text == name)
        let utf16 = try #require(name.data(using: .utf16LittleEndian))
        #expect(TextDecoding.decode(Data([0xFF, 0xFE]) + utf16)?.text == name)
        // Windows-1258: "ễ" is ê (0xEA) + combining tilde (0xDE); "ị" is i + combining dot below (0xF2).
        let cp1258: [UInt8] = [0x4E, 0x67, 0x75, 0x79, 0xEA, 0xDE, 0x6E, 0x20, 0x54, 0x68, 0x69, 0xF2]
        let decoded = try #require(TextDecoding.decode(Data(cp1258)))
        #expect(decoded.encoding == .windows1258)
        #expect(decoded.text == "Nguyễn Thị")
        #expect(TextDecoding.decode(Data([0x41, 0x00, 0x42])) == nil, "NUL bytes are no text")
    }
}
