/// Comma-, semicolon- or tab-separated text as spreadsheets save it (RFC 4180 quoting, line breaks inside
/// quotes, CRLF or LF), split into records of fields. The separator is the one the header lines use most.
public enum CSVTable {
    /// The records, in order; a record's fields as written, quotes removed.
    public static func parse(_ text: String) -> [[String]] {
        let separator = self.separator(of: text)
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var afterQuote = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar?
        func endField() {
            record.append(String(field))
            field = String.UnicodeScalarView()
            afterQuote = false
        }
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; afterQuote = true; pending = next }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !afterQuote: quoted = true
            case separator: endField()
            case "\r", "\n":
                if scalar == "\r" {
                    let next = iterator.next()
                    if next != "\n" { pending = next }
                }
                endField()
                records.append(record)
                record = []
            default: field.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty {
            endField()
            records.append(record)
        }
        return records
    }

    /// The separator counted outside quotes over the first lines: `,` unless `;` or a tab is more frequent.
    static func separator(of text: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        var lines = 0
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if quoted { continue }
            if scalar == "\n" { lines += 1; if lines >= 20 { break } }
            if counts[scalar] != nil { counts[scalar, default: 0] += 1 }
        }
        let comma = counts[",", default: 0], semicolon = counts[";", default: 0], tab = counts["\t", default: 0]
        if tab > comma && tab > semicolon { return "\t" }
        return semicolon > comma ? ";" : ","
    }
}
