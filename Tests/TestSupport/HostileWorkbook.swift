import Foundation
import ZIPFoundation

/// Workbooks small on disk and huge once read, for the reader's size limits: the minimal parts of a one-sheet
/// workbook written with ZIPFoundation (deflate), the sheet and shared strings streamed from repeated text so
/// that nothing large is ever held, and a way to falsify a part's declared size.
public struct HostileWorkbook {
    /// A part's content: `prefix`, then `filler` repeated to `fillerBytes`, then `suffix`.
    public struct Part {
        public var prefix: String
        public var filler: String
        public var fillerBytes: Int
        public var suffix: String

        public init(_ prefix: String, filler: String = "", fillerBytes: Int = 0, _ suffix: String = "") {
            self.prefix = prefix
            self.filler = filler
            self.fillerBytes = fillerBytes
            self.suffix = suffix
        }

        public var size: Int { prefix.utf8.count + fillerBytes + suffix.utf8.count }
    }

    public static let sheetPart = "xl/worksheets/sheet1.xml"
    public static let sharedStringsPart = "xl/sharedStrings.xml"
    public static let sheetStart = """
        <?xml version="1.0" encoding="UTF-8"?>\
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
        <row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c>\
        <c r="B1" t="inlineStr"><is><t>Vai trò</t></is></c></row>
        """
    public static let sheetEnd = "</sheetData></worksheet>"

    public var sheet: Part
    public var sharedStrings: Part?

    public init(sheet: Part, sharedStrings: Part? = nil) {
        self.sheet = sheet
        self.sharedStrings = sharedStrings
    }

    /// A sheet whose cell A2 holds `filler` repeated to `bytes` as an inline string.
    public static func longCell(_ filler: String, bytes: Int) -> HostileWorkbook {
        HostileWorkbook(sheet: Part(
            sheetStart + #"<row r="2"><c r="A2" t="inlineStr"><is><t>"#, filler: filler, fillerBytes: bytes,
            "</t></is></c></row>" + sheetEnd))
    }

    /// A sheet of `bytes` spaces inside <sheetData>: a zip bomb (deflate shrinks it about 1,000 times).
    public static func bomb(bytes: Int) -> HostileWorkbook {
        HostileWorkbook(sheet: Part(sheetStart, filler: " ", fillerBytes: bytes, sheetEnd))
    }

    /// A shared-string table of `strings` (XML of the `<si>` items as written, repeated), the sheet naming none.
    public static func sharedStrings(item: String, count: Int, uniqueCount: Int? = nil) -> HostileWorkbook {
        let declared = uniqueCount.map { #" uniqueCount="\#($0)""# } ?? ""
        return HostileWorkbook(
            sheet: Part(sheetStart + sheetEnd),
            sharedStrings: Part(
                #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"\#(declared)>"#,
                filler: item, fillerBytes: item.utf8.count * count, "</sst>"))
    }

    /// Writes the workbook to `url`.
    public func write(to url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        var parts: [(String, Part)] = [
            ("[Content_Types].xml", Part("""
                <?xml version="1.0" encoding="UTF-8"?>\
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>
                """)),
            ("_rels/.rels", Part("""
                <?xml version="1.0" encoding="UTF-8"?>\
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>
                """)),
            ("xl/workbook.xml", Part("""
                <?xml version="1.0" encoding="UTF-8"?>\
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>
                """)),
            ("xl/_rels/workbook.xml.rels", Part("""
                <?xml version="1.0" encoding="UTF-8"?>\
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                """ + (sharedStrings == nil ? "" : #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#)
                + "</Relationships>")),
            (Self.sheetPart, sheet),
        ]
        if let sharedStrings { parts.append((Self.sharedStringsPart, sharedStrings)) }
        for (name, part) in parts {
            let bytes = Self.stream(part)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(part.size), compressionMethod: .deflate,
                bufferSize: 1 << 20
            ) { position, size in bytes(Int(position), size) }
        }
    }

    /// The bytes of `part` from `position`, `size` of them, computed on demand.
    private static func stream(_ part: Part) -> (Int, Int) -> Data {
        let prefix = Array(part.prefix.utf8), suffix = Array(part.suffix.utf8)
        // The filler repeated to at least a megabyte, so each request is one or two slices of it.
        let unit = Array(part.filler.utf8)
        var block: [UInt8] = []
        if !unit.isEmpty { while block.count < (1 << 20) + unit.count { block += unit } }
        return { position, size in
            var out = Data(count: size)
            out.withUnsafeMutableBytes { (target: UnsafeMutableRawBufferPointer) in
                var at = position
                var written = 0
                let end = position + size
                func copy(_ source: [UInt8], _ from: Int, _ count: Int) {
                    source.withUnsafeBytes { bytes in
                        (target.baseAddress! + written).copyMemory(from: bytes.baseAddress! + from, byteCount: count)
                    }
                    written += count
                    at += count
                }
                while at < end {
                    if at < prefix.count {
                        copy(prefix, at, min(end, prefix.count) - at)
                    } else if at < prefix.count + part.fillerBytes {
                        let offset = (at - prefix.count) % unit.count
                        copy(block, offset, min(min(end, prefix.count + part.fillerBytes) - at, block.count - offset))
                    } else {
                        copy(suffix, at - prefix.count - part.fillerBytes, end - at)
                    }
                }
            }
            return out
        }
    }

    /// Rewrites the uncompressed size `part` declares (local header and central directory) to `declared`,
    /// as a zip bomb that lies about its size does.
    public static func falsifySize(of part: String, in url: URL, to declared: UInt32) throws {
        var data = try Data(contentsOf: url)
        let name = Data(part.utf8)
        var patched = 0
        func le16(_ at: Int) -> Int { Int(data[at]) | Int(data[at + 1]) << 8 }
        var index = 0
        while index + 46 < data.count {
            let signature = data[index..<(index + 4)]
            if signature == Data([0x50, 0x4B, 0x03, 0x04]), data[(index + 30)..<(index + 30 + le16(index + 26))] == name {
                withUnsafeBytes(of: declared.littleEndian) { data.replaceSubrange((index + 22)..<(index + 26), with: $0) }
                patched += 1
            } else if signature == Data([0x50, 0x4B, 0x01, 0x02]),
                      data[(index + 46)..<(index + 46 + le16(index + 28))] == name {
                withUnsafeBytes(of: declared.littleEndian) { data.replaceSubrange((index + 24)..<(index + 28), with: $0) }
                patched += 1
            }
            index += 1
        }
        guard patched == 2 else { throw HostileWorkbookError(description: "\(part): \(patched) headers patched, not 2") }
        try data.write(to: url)
    }
}

struct HostileWorkbookError: Error, CustomStringConvertible {
    let description: String
}
