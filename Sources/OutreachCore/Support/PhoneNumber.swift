/// Vietnamese phone numbers as offices type them: "0912 345 678", "0912.345.678", "+84 912 345 678".
public enum PhoneNumber {
    /// The digits of a valid number, starting with 0: 10 digits for mobiles, 11 for landlines (`0214…`).
    public static func normalized(_ raw: String) throws(OutreachError) -> String {
        // Already the digits of a valid number (as a checked import row holds it): nothing to do.
        let utf8 = raw.utf8
        if utf8.first == UInt8(ascii: "0"), utf8.count == 10 || (utf8.count == 11 && utf8.dropFirst().first == UInt8(ascii: "2")),
           utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            return raw
        }
        let trimmed = VietnameseText.normalized(raw)
        var digits = ""
        // Byte by byte: a non-ASCII byte is never a digit nor an allowed separator, as no such character is.
        for (index, byte) in trimmed.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "+") where index == 0: continue
            case UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"): continue
            default:
                throw invalid(raw, LocalizedText { $0.mayContainOnlyDigitsSpaces })
            }
        }
        if trimmed.hasPrefix("+84") || (trimmed.hasPrefix("84") && digits.count == 11) {
            digits = "0" + digits.dropFirst(2)
        }
        // Only a number one digit short (9, or 10 for a landline 2…) lost its leading 0; adding a 0 to any
        // other would not make it a number, so those hear how many digits are needed instead.
        guard digits.first == "0" || !(digits.count == 9 || (digits.count == 10 && digits.hasPrefix("2"))) else {
            throw invalid(raw, LocalizedText { $0.missingTheLeading })
        }
        guard digits.first == "0", digits.count == 10 || (digits.count == 11 && digits.hasPrefix("02")) else {
            throw invalid(raw, LocalizedText { $0.needsDigitsMobileOrLandline(digits.count) })
        }
        return digits
    }

    /// A number grouped for printing: `0912 345 678`, `0214 3840 123`.
    public static func display(_ digits: String) -> String {
        // ASCII (every stored phone): grouped byte by byte; a list of 200,000 people prints 200,000 of them.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.utf8.count + 2)
        var ascii = true
        for byte in digits.utf8 {
            guard byte < 0x80 else { ascii = false; break }
            bytes.append(byte)
        }
        if ascii {
            let count = bytes.count
            let cuts = count == 11 ? [8, 4] : count == 10 ? [7, 4] : []
            for cut in cuts { bytes.insert(0x20, at: cut) }
            return String(decoding: bytes, as: UTF8.self)
        }
        let chars = Array(digits)
        let groups: [Int] = chars.count == 11 ? [4, 4, 3] : chars.count == 10 ? [4, 3, 3] : [chars.count]
        var parts: [String] = []
        var start = 0
        for size in groups where start < chars.count {
            parts.append(String(chars[start..<min(start + size, chars.count)]))
            start += size
        }
        return parts.joined(separator: " ")
    }

    private static func invalid(_ raw: String, _ reason: LocalizedText) -> OutreachError {
        .invalidInput(.phone, value: raw, reason: reason)
    }
}
