import OutreachCore
import Testing

@Suite("Free text (position, note, reason) as offices type it")
struct FreeTextTests {
    /// NUL cannot reach the program through the command line (arguments are C strings), but can through a library call.
    @Test(arguments: ["Hiệu\u{0}trưởng", "bận\u{7}", "\u{1B}[31mđỏ", "xoá\u{7F}", "C1\u{9B}31m"])
    func controlCharactersAreRefused(raw: String) {
        let error = #expect(throws: OutreachError.self) { try FreeText.checked(raw, field: "--note") }
        guard case let .invalidValue(field, _, reason)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(field == "--note" && reason.en == "contains control characters or line breaks")
    }

    @Test(arguments: [("  đi   muộn ", "đi muộn"), ("dòng một\ndòng hai\r\n", "dòng một dòng hai"), ("\t", nil), ("", nil)])
    func spacesAndLineBreaksAreTidiedAndEmptyIsNothing(raw: String, expected: String?) throws {
        #expect(try FreeText.checked(raw, field: "--note") == expected)
    }

    @Test func longerThanTheLimitIsRefused() throws {
        #expect(try FreeText.checked(String(repeating: "ố", count: 500), field: "--note")?.count == 500)
        let error = #expect(throws: OutreachError.self) { try FreeText.checked(String(repeating: "ố", count: 501), field: "--note") }
        #expect(error?.exitStatus == .invalid)
    }
}
