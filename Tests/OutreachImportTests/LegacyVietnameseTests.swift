import OutreachCore
import Testing

@Suite("Legacy Vietnamese encodings: TCVN3 and VNI text detected and converted to NFC")
struct LegacyVietnameseTests {
    @Test(arguments: [
        ("NguyÔn V¨n An", "Nguyễn Văn An"), ("Hoµng ThÞ Thñy", "Hoàng Thị Thủy"), ("B¶o Th¾ng", "Bảo Thắng"),
        ("Tr\u{AD}êng TiÓu häc", "Trường Tiểu học"), ("§inh V¨n §øc", "Đinh Văn Đức"),
    ])
    func tcvn3(legacy: String, unicode: String) {
        #expect(LegacyVietnamese.tcvn3.decode(legacy) == unicode)
        #expect(LegacyVietnamese.detect([legacy]) == .tcvn3)
    }

    @Test(arguments: [
        ("Nguyeãn Vaên An", "Nguyễn Văn An"), ("Hoaøng Thò Thuûy", "Hoàng Thị Thủy"), ("Tröôøng Tieåu hoïc", "Trường Tiểu học"),
        ("Ñinh Vaên Ñöùc", "Đinh Văn Đức"), ("Coâng ty", "Công ty"), ("Thaéng", "Thắng"),
    ])
    func vni(legacy: String, unicode: String) {
        #expect(LegacyVietnamese.vni.decode(legacy) == unicode)
        #expect(LegacyVietnamese.detect([legacy, "Hoaøng Vaên Ñöùc"]) == .vni)
    }

    @Test(arguments: ["Hoàng Văn Hoà", "Nguyễn Thị Thuý", "Hoàng Thò", "Lò Văn Sính", "Hà Nội", "Phạm Ngọc Thạch"])
    func unicodeStaysUnicode(text: String) {
        #expect(LegacyVietnamese.detect([text]) == nil)
    }
}
