import Testing

@testable import OutreachCore

@Suite struct VietnameseTextTests {
    @Test(arguments: [
        ("  Nguyễn   Văn\tAn  ", "Nguyễn Văn An"),
        ("Lê\u{00A0}Thị\n Hoa", "Lê Thị Hoa"),
        ("Nguye\u{0302}\u{0303}n", "Nguyễn"),  // NFD from macOS
        ("\u{2003}Hoà\r\n", "Hoà"),  // keeps the tone where it was: normalising is not matching
        ("", ""),
        (" \t ", ""),
    ])
    func normalized(input: String, expected: String) {
        let result = VietnameseText.normalized(input)
        #expect(result == expected)
        #expect(Array(result.unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test(arguments: [
        ("Hoà", "Hòa"), ("Thuý", "Thúy"), ("Khoẻ", "Khỏe"), ("hoá", "hóa"), ("Thuỵ", "Thụy"),
        ("Nguyễn Văn Hoà", "nguyễn  văn hòa"), ("HOÀ", "hòa"), ("Hoa\u{0300}", "Hòa"),
        ("Quỳnh", "quỳnh"), ("Huỳnh", "huỳnh"), ("Hoàng", "hoàng"), ("Thoả", "Thỏa"),
        ("Gìa", "già"), ("Qúy", "quý"), ("Khuỷu", "khủyu"), ("Ngoạ", "Ngọa"),
    ])
    func matchKeyJoinsSpellingsOfOneName(_ first: String, _ second: String) {
        #expect(VietnameseText.matchKey(first) == VietnameseText.matchKey(second))
    }

    @Test(arguments: [
        ("Hòa", "Hoa"), ("Hòa", "Hóa"), ("Thúy", "Thủy"), ("Hoà", "Hoạ"), ("Lan", "Lân"),
        ("Dương", "Đương"), ("Lê", "Le"), ("Giàng", "Giang"), ("Quý", "Quỳ"), ("Anh", "Ánh"),
    ])
    func matchKeyKeepsDifferentNamesApart(_ first: String, _ second: String) {
        #expect(VietnameseText.matchKey(first) != VietnameseText.matchKey(second))
    }

    @Test(arguments: [
        ("Hoà", "hòa"), ("Thuý", "thúy"), ("Khoẻ", "khỏe"), ("quỳ", "quỳ"), ("già", "già"),
        ("gìn", "gìn"), ("Nguyễn Thị Hoà", "nguyễn thị hòa"), ("hoài", "hoài"), ("Ngoẹo", "ngoẹo"),
        ("Hoà-Bình", "hòa-bình"), ("người", "người"), ("khuấy", "khuấy"),
    ])
    func matchKeyUsesClassicTonePlacement(input: String, expected: String) {
        #expect(VietnameseText.matchKey(input) == expected)
    }

    @Test(arguments: [
        ("HỌ VÀ TÊN", "ho va ten"), ("Ho  va ten", "ho va ten"), ("Đơn vị", "don vi"),
        ("Số điện thoại", "so dien thoai"), ("Ký tên", "ky ten"), ("ĐỒNG", "dong"),
        ("Nguye\u{0302}\u{0303}n", "nguyen"), ("Chức vụ\u{00A0}", "chuc vu"), ("Ưng Ơn", "ung on"),
    ])
    func foldedKey(input: String, expected: String) {
        #expect(VietnameseText.foldedKey(input) == expected)
    }

    @Test(arguments: [
        ("Nguyễn\u{0000}", true), ("a\u{0007}b", true), ("a\u{001B}", true), ("a\u{007F}", true),
        ("a\u{0085}b", true), ("a\u{009F}", true), ("Lê\tThị\nHoa\r\n", false), ("Lào Cai", false),
        ("a\u{00A0}b", false),
    ])
    func controlCharacters(input: String, expected: Bool) {
        #expect(VietnameseText.containsControlCharacters(input) == expected)
    }

    @Test(arguments: [
        ("Ubnd tỉnh Lào Cai", "UBND TỈNH LÀO CAI"), ("sở giáo dục và đào tạo", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
        ("cộng hòa xã hội chủ nghĩa việt nam", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("ưng ơn đức", "ƯNG ƠN ĐỨC"), ("nghie\u{0302}\u{0323}p", "NGHIỆP"),
    ])
    func uppercased(input: String, expected: String) {
        let result = VietnameseText.uppercased(input)
        #expect(Array(result.unicodeScalars) == Array(expected.unicodeScalars))
    }
}
