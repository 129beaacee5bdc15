import CXlsxWriter

/// A 24-bit RGB colour; `.black` really is black in the file.
public struct Color: Hashable, Sendable {
    /// 0xRRGGBB.
    public let rgb: UInt32

    /// A colour from 0xRRGGBB; bits above the low 24 are ignored.
    public init(rgb: UInt32) {
        self.rgb = rgb & 0xFF_FFFF
    }

    /// A colour from its three channels.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.init(rgb: UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue))
    }

    /// Parses "#RRGGBB" or "RRGGBB", as written in templates; nil otherwise.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16)
        else { return nil }
        self.init(rgb: value)
    }

    /// Pure black.
    public static let black = Color(rgb: 0x000000)
    /// Pure white.
    public static let white = Color(rgb: 0xFFFFFF)
    /// Pure red.
    public static let red = Color(rgb: 0xFF0000)
    /// Excel's standard light grey for header rows.
    public static let lightGray = Color(rgb: 0xD9D9D9)

    /// The value for libxlsxwriter, where 0x000000 means "unset" and black has its own constant.
    var lxw: lxw_color_t {
        rgb == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : lxw_color_t(rgb)
    }
}
