/// Text as it may be printed: what a database, a template or an imported file holds must never reach a
/// terminal as an escape sequence (clearing the screen, changing the title, faking other output).
public enum TerminalText {
    /// `text` with every control character but line feed and tab shown as "�".
    public static func printable(_ text: String) -> String {
        // Nearly every line is clean: one pass over the bytes decides (C1 controls are 0xC2 0x80–0x9F).
        var previous: UInt8 = 0
        let clean = text.utf8.allSatisfy { byte in
            defer { previous = byte }
            if byte < 0x20 { return byte == 0x0A || byte == 0x09 }
            if byte == 0x7F { return false }
            return !(previous == 0xC2 && (0x80...0x9F).contains(byte))
        }
        if clean { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let control = (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
            result.append(control ? "\u{FFFD}" : scalar)
        }
        return String(result)
    }
}
