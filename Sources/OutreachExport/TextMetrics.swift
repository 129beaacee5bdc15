import Foundation

/// The advance widths of Times New Roman, the documents' font, bold and regular, in thousandths of an em (the
/// metrics Adobe publishes for Times-Bold and Times-Roman, which Times New Roman matches), for estimating how
/// text wraps in a cell. A Vietnamese letter is as wide as its base letter (its marks sit above or below), but
/// ơ and ư, whose horn sticks out to the right; a letter of no table counts as an em, so an estimate is never
/// too narrow.
enum TextMetrics {
    static func advance(_ scalar: Unicode.Scalar, bold: Bool = true) -> Int {
        guard bold else { return regularAdvance(scalar) }
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return ascii[Int(value - 0x20)] }
        switch scalar {
        case "đ": return 556
        case "Đ": return 722
        case "ơ": return 600
        case "ư": return 640
        case "Ơ": return 860
        case "Ư": return 800
        case "\u{A0}": return 250
        case "–": return 500
        case "—": return 1000
        case "“", "”": return 500
        case "‘", "’": return 333
        case "…": return 1000
        case "№": return 1000
        default: break
        }
        guard let base = latinBase[value] else { return 1000 }
        return advance(base)
    }

    /// Times-Roman's advance; the horned letters and those of no table as in the bold table's rule.
    private static func regularAdvance(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return regularASCII[Int(value - 0x20)] }
        switch scalar {
        case "đ": return 500
        case "Đ": return 722
        case "ơ": return 570
        case "ư": return 600
        case "Ơ": return 800
        case "Ư": return 780
        case "\u{A0}": return 250
        case "–": return 500
        case "—": return 1000
        case "“", "”": return 444
        case "‘", "’": return 333
        case "…": return 1000
        case "№": return 1000
        default: break
        }
        guard let base = latinBase[value] else { return 1000 }
        return regularAdvance(base)
    }

    /// The base letter of each Latin letter with marks (ơ, ư and their capitals for the horned ones).
    private static let latinBase: [UInt32: Unicode.Scalar] = {
        var bases: [UInt32: Unicode.Scalar] = [:]
        for value in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            guard let first = parts.first, first != scalar, first.isASCII else { continue }
            let horned: Unicode.Scalar? = switch first {
            case "o": "ơ"
            case "u": "ư"
            case "O": "Ơ"
            case "U": "Ư"
            default: nil
            }
            bases[UInt32(value)] = parts.contains("\u{031B}") ? horned ?? first : first
        }
        bases[0x111] = "đ"
        bases[0x110] = "Đ"
        return bases
    }()

    /// " " to "~" (Times-Roman).
    private static let regularASCII: [Int] = [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,  // space ! " # $ % & ' ( ) * + , - . /
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500,  // 0–9
        278, 278, 564, 564, 564, 444, 921,  // : ; < = > ? @
        722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889,  // A–M
        722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611,  // N–Z
        333, 278, 333, 469, 500, 333,  // [ \ ] ^ _ `
        444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778,  // a–m
        500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444,  // n–z
        480, 200, 480, 541,  // { | } ~
    ]

    /// Combining marks take no width of their own.
    static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        (0x300...0x36F).contains(scalar.value)
    }

    /// " " to "~" (Times-Bold).
    private static let ascii: [Int] = [
        250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,  // space ! " # $ % & ' ( ) * + , - . /
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500,  // 0–9
        333, 333, 570, 570, 570, 500, 930,  // : ; < = > ? @
        722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944,  // A–M
        722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667,  // N–Z
        333, 278, 333, 581, 500, 333,  // [ \ ] ^ _ `
        500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833,  // a–m
        556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444,  // n–z
        394, 220, 394, 520,  // { | } ~
    ]
}
