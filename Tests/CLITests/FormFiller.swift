import Foundation
import XLSX
import ZIPFoundation

/// Fills cells of an exported workbook the way a spreadsheet program saves typed input: the blank input
/// cells of the first sheet become inline strings or numbers, everything else is left byte for byte.
enum FormFiller {
    enum Value {
        case text(String)
        case number(Double)
    }

    static func fill(_ url: URL, sheetPart: String = "xl/worksheets/sheet1.xml", cells: [String: Value]) throws {
        let archive = try Archive(url: url, accessMode: .update)
        guard let entry = archive[sheetPart] else { throw CocoaError(.fileReadCorruptFile) }
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        var text = String(decoding: xml, as: UTF8.self)
        for (reference, value) in cells {
            let pattern = try NSRegularExpression(
                pattern: "<c r=\"\(reference)\"( s=\"[0-9]+\")?( t=\"[a-z]+\")?(/>|>.*?</c>)")
            let range = NSRange(text.startIndex..., in: text)
            guard let match = pattern.firstMatch(in: text, range: range), let whole = Range(match.range, in: text)
            else { throw CocoaError(.fileReadCorruptFile) }
            let style = Range(match.range(at: 1), in: text).map { String(text[$0]) } ?? ""
            let cell: String = switch value {
            case .text(let string):
                "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t>\(XMLEscape.text(string))</t></is></c>"
            case .number(let number):
                "<c r=\"\(reference)\"\(style)><v>\(number)</v></c>"
            }
            text.replaceSubrange(whole, with: cell)
        }
        try archive.remove(entry)
        let data = Data(text.utf8)
        try archive.addEntry(with: sheetPart, type: .file, uncompressedSize: Int64(data.count),
                             compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}

enum XMLEscape {
    static func text(_ string: String) -> String {
        string.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
