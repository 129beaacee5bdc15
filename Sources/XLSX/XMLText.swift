#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
/// Rules for text that libxlsxwriter copies into XML without escaping control characters.
enum XMLText {
    /// Refuses characters XML 1.0 cannot carry; libxlsxwriter escapes them only in cell text.
    static func check(_ text: String, what: String, sheet: String? = nil) throws {
        if let bad = text.unicodeScalars.first(where: isForbidden) {
            throw XLSXError.invalidValue(
                sheet: sheet, what: what,
                reason: "contains control character U+\(String(bad.value, radix: 16, uppercase: true))")
        }
    }

    /// "contains control character U+000A" for the text's first control character (line breaks and tabs
    /// included, unlike `check`), or nil: for attributes and prompts where they would not show.
    static func controlCharacter(in text: String) -> String? {
        guard let bad = text.unicodeScalars.first(where: {
            $0.value < 0x20 || $0.value == 0x7F || $0.value == 0xFFFE || $0.value == 0xFFFF
        }) else { return nil }
        return "contains control character U+" + String(bad.value, radix: 16, uppercase: true)
    }

    static func isForbidden(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// Protects literal "_xHHHH_" in cell text, which Excel would otherwise decode as an escaped character.
    static func protectEscapes(_ text: String) -> String {
        guard containsEscapeMarker(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if isEscapeSequence(scalars, at: i) {
                out.append(contentsOf: "_x005F_".unicodeScalars)
                i += 1
                continue
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }

    /// Decodes Excel's "_xHHHH_" escapes, the reverse of what writers apply to control characters.
    static func decodeEscapes(_ text: String) -> String {
        guard containsEscapeMarker(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if isEscapeSequence(scalars, at: i),
               let value = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 6)])), radix: 16),
               let decoded = Unicode.Scalar(value) {
                out.append(decoded)
                i += 7
                continue
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }

    /// Whether "_x" occurs. `String.contains(_:)` with a string argument goes through Foundation's
    /// locale-aware search, which took a fifth of the time of a large export; a byte loop still cost a
    /// few percent, so a contiguous string is searched with `memchr` for "_", which most text lacks.
    static func containsEscapeMarker(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var start = base, remaining = bytes.count
            while remaining > 1, let hit = memchr(start, Int32(UInt8(ascii: "_")), remaining) {
                let underscore = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
                let offset = underscore - start
                guard offset + 1 < remaining else { return false }
                if underscore[1] == UInt8(ascii: "x") { return true }
                start = underscore + 1
                remaining -= offset + 1
            }
            return false
        }
    }

    /// Whether the text holds a NUL, which would silently cut a C string short.
    static func containsNUL(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0, bytes.count) != nil
        }
    }

    private static func isEscapeSequence(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 6 < s.count, s[i] == "_", s[i + 1] == "x", s[i + 6] == "_" else { return false }
        return s[(i + 2)..<(i + 6)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
