import OutreachCore
import Testing

@Suite("Names as offices type them, and finding people by name")
struct NameInputTests {
    @Test(arguments: [
        ("  nguyễn   văn   AN ", "Nguyễn Văn An"), ("giàng a páo", "Giàng A Páo"), ("ĐỖ THỊ ÁNH", "Đỗ Thị Ánh"),
        ("Lý Seo Chảo", "Lý Seo Chảo"),
    ])
    func tidied(raw: String, expected: String) throws {
        #expect(try NameInput.tidied(raw) == expected)
    }

    @Test(arguments: [
        "Nguyen", "   ", "Nguyễn Văn 2", "Nguyễn\u{0}Văn", "Nguyễn\u{7}Văn", "Nguyễn Văn\u{1B}[31m",
        "=Nguyễn Văn An", "+Nguyễn Văn An", "-Nguyễn Văn An", "@Nguyễn Văn An", "=HYPERLINK(\"http://x\") An",
        "'Nguyễn Văn An", String(repeating: "An ", count: 40),
    ])
    func refused(raw: String) {
        let error = #expect(throws: OutreachError.self) { try NameInput.tidied(raw) }
        #expect(error?.exitStatus == .invalid)
    }

    let people = ["Lê Thị Hoà", "Hoàng Văn Nam", "Hoàng Thị Hoa", "Vàng Thị Dở", "Đỗ Văn Đạt", "Đông Thị Mai"]

    @Test(arguments: [
        ("Lê Thị Hòa", ["Lê Thị Hoà"]),          // whole name, either tone placement
        ("Hòa", ["Lê Thị Hoà"]),                 // a word with its accents before anything looser
        ("Dở", ["Vàng Thị Dở"]),                 // not every Đỗ and Đông
        ("hoang", ["Hoàng Văn Nam", "Hoàng Thị Hoa"]),
        ("ong thi", ["Đông Thị Mai"]),            // any part, without accents, as a last resort
        ("Trần", []),
    ])
    func findsTheClosestMatches(query: String, expected: [String]) {
        #expect(NameSearch.best(query, among: people) { $0 } == expected)
    }

    static let namesakes = ["Trịnh Thị Hương", "Trịnh Thị Hường", "Trịnh Văn Hưng"]

    @Test(arguments: [
        ("Trịnh Thị Hường", ["Trịnh Thị Hường"]),                     // typed with its tones: that one only
        ("Trịnh Thị Hương", ["Trịnh Thị Hương"]),
        ("Trinh Thi Huong", ["Trịnh Thị Hương", "Trịnh Thị Hường"]),  // without any: every accented form
        ("Trinh Thi Hường", ["Trịnh Thị Hường"]),                     // a word typed with accents binds
        ("Hường", ["Trịnh Thị Hường"]),
        ("Hưởng", []),                                                // another tone is another name
        ("Thị Hườ", ["Trịnh Thị Hường"]),                             // part of a name, with its accents
    ])
    func accentsTypedMustMatch(query: String, expected: [String]) {
        #expect(NameSearch.best(query, among: Self.namesakes) { $0 } == expected)
    }

    @Test func onlyTheWholeNameIsAnExactMatch() {
        let people = ["Lê Thị Hoà", "Hoàng Văn Nam"]
        #expect(NameSearch.search("Lê Thị Hòa", among: people) { $0 }.closeness == .exact)
        #expect(NameSearch.search("Hòa", among: people) { $0 }.closeness == .partial)
        #expect(NameSearch.isExact("  lê thị HÒA ", name: "Lê Thị Hoà"))
        #expect(!NameSearch.isExact("Le Thi Hoa", name: "Lê Thị Hoà"))
    }
}
