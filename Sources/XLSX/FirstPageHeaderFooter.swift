import Foundation
import ZIPFoundation

/// A first page's own header and footer (`PageSetup.differentFirstPage`), which libxlsxwriter cannot write: after
/// it wrote the package under its temporary name, the sheet's `<headerFooter>` gets `differentFirst="1"` and
/// `<firstHeader>`/`<firstFooter>` (absent, the first page prints none). The package is rewritten part by part in
/// the same order, in memory: only for a workbook that asks for it (an issued document, a few pages), never a
/// long list's.
struct FirstPageHeaderFooter {
    /// The rendered codes ("&C&P"), or nil for none.
    var header: String?
    var footer: String?

    enum Failure: Error, CustomStringConvertible {
        case missingPart(String)
        case noHeaderFooter(String)

        var description: String {
            switch self {
            case .missingPart(let part): "the package has no part \(part)"
            case .noHeaderFooter(let part): "\(part) has no <headerFooter> element"
            }
        }
    }

    /// The sheet's `<headerFooter>` as libxlsxwriter wrote it (no attributes) with the first page's parts added.
    func apply(to xml: String, part: String) throws -> String {
        guard let start = xml.range(of: "<headerFooter>"),
              let end = xml.range(of: "</headerFooter>", range: start.upperBound..<xml.endIndex)
        else { throw Failure.noHeaderFooter(part) }
        let first = [("firstHeader", header), ("firstFooter", footer)].compactMap { element, codes in
            codes.map { "<\(element)>\(Self.escaped($0))</\(element)>" }
        }.joined()
        // In the schema's order: odd, even, then first header and footer.
        return xml[..<start.lowerBound] + #"<headerFooter differentFirst="1">"# + xml[start.upperBound..<end.lowerBound]
            + first + xml[end.lowerBound...]
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Rewrites the package at `path` with each sheet's (zero-based index) first page added.
    static func add(_ sheets: [(index: Int, firstPage: FirstPageHeaderFooter)], toPackageAt path: String) throws {
        let url = URL(fileURLWithPath: path)
        let source = try Archive(url: url, accessMode: .read)
        let target = try Archive(accessMode: .create)
        var pending = Dictionary(uniqueKeysWithValues: sheets.map { ("xl/worksheets/sheet\($0.index + 1).xml", $0.firstPage) })
        for entry in source {
            var data = Data()
            _ = try source.extract(entry, skipCRC32: false) { data.append($0) }
            if let firstPage = pending.removeValue(forKey: entry.path) {
                data = Data(try firstPage.apply(to: String(decoding: data, as: UTF8.self), part: entry.path).utf8)
            }
            let contents = data
            try target.addEntry(
                with: entry.path, type: .file, uncompressedSize: Int64(contents.count),
                modificationDate: entry.fileAttributes[.modificationDate] as? Date ?? Date(),
                compressionMethod: .deflate
            ) { position, size in
                contents.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        if let missing = pending.keys.sorted().first { throw Failure.missingPart(missing) }
        guard let package = target.data else { throw CocoaError(.fileWriteUnknown) }
        try package.write(to: url)
    }
}
