import Foundation

/// Bytes of a text file (a CSV list) as offices send them: UTF-8 with or without a byte-order mark,
/// UTF-16 with one (what Excel's "Unicode text" writes), or an 8-bit Windows code page. 8-bit files are
/// Windows-1258, whose Vietnamese puts tones as combining marks after the letter (normalised to NFC here),
/// unless they were typed in a legacy font (TCVN3, VNI), which `LegacyVietnamese` converts afterwards.
public enum TextDecoding {
    /// How the bytes were read.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8BOM = "UTF-8 (BOM)"
        case utf16LE = "UTF-16LE"
        case utf16BE = "UTF-16BE"
        /// Windows-1258, or an 8-bit legacy font encoding read through Windows-1252.
        case windows1258 = "Windows-1258"
    }

    /// The text, NFC; 8-bit text also as Windows-1252 for the legacy font detection.
    public struct Decoded: Sendable {
        public var text: String
        public var encoding: Encoding
        /// The same bytes as Windows-1252, where TCVN3 and VNI text keeps the codes its fonts drew.
        public var asWindows1252: String?
    }

    /// Decodes a file's bytes; nil for bytes that are no text at all (NUL bytes outside UTF-16).
    public static func decode(_ data: Data) -> Decoded? {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(validating: bytes.dropFirst(3), as: UTF8.self)
                .map { Decoded(text: $0.precomposedStringWithCanonicalMapping, encoding: .utf8BOM) }
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let body = bytes.dropFirst(2)
            guard body.count % 2 == 0 else { return nil }
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var index = body.startIndex
            while index < body.endIndex {
                let first = UInt16(body[index]), second = UInt16(body[index + 1])
                units.append(little ? first | second << 8 : first << 8 | second)
                index += 2
            }
            return String(validating: units, as: UTF16.self).map {
                Decoded(text: $0.precomposedStringWithCanonicalMapping, encoding: little ? .utf16LE : .utf16BE)
            }
        }
        if bytes.contains(0) { return nil }
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text.precomposedStringWithCanonicalMapping, encoding: .utf8)
        }
        var cp1258 = String.UnicodeScalarView()
        var cp1252 = String.UnicodeScalarView()
        for byte in bytes {
            cp1258.append(scalar(byte, in: windows1258High))
            cp1252.append(scalar(byte, in: windows1252High))
        }
        return Decoded(text: String(cp1258).precomposedStringWithCanonicalMapping, encoding: .windows1258,
                       asWindows1252: String(cp1252))
    }

    private static func scalar(_ byte: UInt8, in high: [UInt32]) -> Unicode.Scalar {
        let value = byte < 0x80 ? UInt32(byte) : high[Int(byte) - 0x80]
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Windows-1258 bytes 0x80–0xFF (unassigned codes read as U+FFFD).
    private static let windows1258High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0xFFFD, 0x2039, 0x0152,
        0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0xFFFD, 0x203A, 0x0153, 0xFFFD, 0xFFFD, 0x0178,
        0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC,
        0x00AD, 0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9,
        0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6,
        0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF, 0x0110, 0x00D1, 0x0309, 0x00D3,
        0x00D4, 0x01A0, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF, 0x00E0,
        0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED,
        0x00EE, 0x00EF, 0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA,
        0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF,
    ]

    /// Windows-1252 bytes 0x80–0xFF: 0xA0–0xFF are Latin-1 itself.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ] + (0xA0...0xFF).map { UInt32($0) }
}
