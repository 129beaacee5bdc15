import OutreachCore
import Testing

@Suite("The server's address printed in links: refused before anything is written when a link would break")
struct PublicAddressTests {
    @Test(arguments: [
        ("https://tap-huan.example.vn", "https://tap-huan.example.vn"),
        ("https://tap-huan.example.vn/", "https://tap-huan.example.vn"),
        (" http://127.0.0.1:8080 ", "http://127.0.0.1:8080"),
        ("https://host.vn/tap-huan/", "https://host.vn/tap-huan"),
        ("http://[::1]:8080", "http://[::1]:8080"),
    ])
    func kept(_ raw: String, _ base: String) throws {
        #expect(try PublicAddress(raw, source: "--url").base == base)
    }

    @Test(arguments: [
        "tap-huan.example.vn", "ftp://host.vn", "javascript:alert(1)", "https://", "https://host.vn/?ma=1",
        "https://host.vn/#x", "https://u:p@host.vn", "https://host.vn/a b", "https://host.vn/\nX", "https://host.vn/\tX",
        "https://host.vn/%zz", "https://host.vn:0", "https://host.vn:99999", "https://host.vn/a\u{200B}b",
    ])
    func refused(_ raw: String) {
        #expect(throws: OutreachError.self) { try PublicAddress(raw, source: "--url") }
    }

    @Test func fromTheOptionElseTheFirstVariableSet() throws {
        let environment = ["OUTREACH_URL": "", "OUTREACH_SERVER_URL": "https://b.vn/"]
        #expect(try PublicAddress.from("https://a.vn", option: "--url", variables: ["OUTREACH_URL"], environment: environment)?.base == "https://a.vn")
        #expect(try PublicAddress.from(nil, option: "--url", variables: ["OUTREACH_URL", "OUTREACH_SERVER_URL"], environment: environment)?.base == "https://b.vn")
        #expect(try PublicAddress.from(nil, option: "--url", variables: ["OUTREACH_URL"], environment: environment) == nil)
        // The message names where the address came from.
        do {
            _ = try PublicAddress.from(nil, option: "--url", variables: ["OUTREACH_URL"], environment: ["OUTREACH_URL": "x"])
            Issue.record("accepted")
        } catch {
            #expect(error.message(.vi).contains("OUTREACH_URL “x”"), "\(error.message(.vi))")
        }
    }
}
