import Foundation
@testable import XLSX

/// A fresh directory per test, removed when the test ends.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("xlsx-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func fileURL(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Every entry, hidden ones included, so leftover temporary files show up.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}

/// Writes a workbook with one sheet named "Data", closes it and reads it back.
func roundTrip(options: Workbook.Options = .init(), _ build: (Workbook, Worksheet) throws -> Void) throws -> XLSXDocument {
    let directory = try TemporaryDirectory()
    let path = directory.path("out.xlsx")
    let workbook = try Workbook(path: path, options: options)
    let sheet = try workbook.addWorksheet(named: "Data")
    try build(workbook, sheet)
    try workbook.close()
    return try XLSXReader.read(url: URL(fileURLWithPath: path))
}

/// Same as `roundTrip`, returning the single sheet.
func roundTripSheet(options: Workbook.Options = .init(), _ build: (Worksheet) throws -> Void) throws -> SheetContent {
    let document = try roundTrip(options: options) { _, sheet in try build(sheet) }
    guard let sheet = document.sheet(named: "Data") else { throw TestFailure("sheet Data missing") }
    return sheet
}

/// The raw text of one part of an .xlsx file.
func rawPart(_ path: String, _ part: String) throws -> String {
    let package = try PackageReader(url: URL(fileURLWithPath: path), maxPartSize: XLSXReader.defaultMaxPartSize)
    return String(decoding: try package.data(part), as: UTF8.self)
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Builds small zip archives by hand (stored, uncompressed), to feed the reader files no writer makes.
struct ZipBuilder {
    struct Entry {
        var name: String
        var data: Data
        /// Overrides the uncompressed size written in the headers, to imitate a lying zip bomb.
        var declaredSize: UInt32?
        /// Store the data as a deflate stream (of stored blocks), so readers must inflate it.
        var deflate = false
    }

    var entries: [Entry] = []

    mutating func add(_ name: String, _ text: String, declaredSize: UInt32? = nil) {
        entries.append(Entry(name: name, data: Data(text.utf8), declaredSize: declaredSize))
    }

    /// Raw deflate made of uncompressed blocks: valid input for any inflater, no zlib needed here.
    static func deflateStored(_ data: Data) -> Data {
        var output = Data()
        var chunks = stride(from: 0, to: data.count, by: 65_535).map { data[$0..<min($0 + 65_535, data.count)] }
        if chunks.isEmpty { chunks = [Data()[...]] }
        for (index, chunk) in chunks.enumerated() {
            output.append(index == chunks.count - 1 ? 1 : 0)
            let length = UInt16(chunk.count)
            withUnsafeBytes(of: length.littleEndian) { output.append(contentsOf: $0) }
            withUnsafeBytes(of: (~length).littleEndian) { output.append(contentsOf: $0) }
            output.append(contentsOf: chunk)
        }
        return output
    }

    func build() -> Data {
        var output = Data()
        var central = Data()
        for entry in entries {
            let offset = UInt32(output.count)
            let name = Data(entry.name.utf8)
            let crc = Self.crc32(entry.data)
            let stored = entry.deflate ? Self.deflateStored(entry.data) : entry.data
            let method: UInt16 = entry.deflate ? 8 : 0
            let size = UInt32(stored.count)
            let uncompressed = entry.declaredSize ?? UInt32(entry.data.count)
            var header = Data()
            header.append(le32(0x0403_4B50))
            header.append(le16(20)); header.append(le16(0)); header.append(le16(method))
            header.append(le16(0)); header.append(le16(0x21))
            header.append(le32(crc)); header.append(le32(size)); header.append(le32(uncompressed))
            header.append(le16(UInt16(name.count))); header.append(le16(0))
            output.append(header); output.append(name); output.append(stored)

            central.append(le32(0x0201_4B50))
            central.append(le16(20)); central.append(le16(20)); central.append(le16(0)); central.append(le16(method))
            central.append(le16(0)); central.append(le16(0x21))
            central.append(le32(crc)); central.append(le32(size)); central.append(le32(uncompressed))
            central.append(le16(UInt16(name.count))); central.append(le16(0)); central.append(le16(0))
            central.append(le16(0)); central.append(le16(0)); central.append(le32(0)); central.append(le32(offset))
            central.append(name)
        }
        let centralOffset = UInt32(output.count)
        output.append(central)
        output.append(le32(0x0605_4B50))
        output.append(le16(0)); output.append(le16(0))
        output.append(le16(UInt16(entries.count))); output.append(le16(UInt16(entries.count)))
        output.append(le32(UInt32(central.count))); output.append(le32(centralOffset)); output.append(le16(0))
        return output
    }

    private func le16(_ value: UInt16) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }
    private func le32(_ value: UInt32) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }

    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc >> 1) ^ (0xEDB8_8320 & (0 &- (crc & 1))) }
        }
        return ~crc
    }

    /// The minimal parts of a one-sheet workbook, with the given sheet XML and shared strings.
    static func workbook(sheetXML: String, sharedStrings: String? = nil) -> ZipBuilder {
        var zip = ZipBuilder()
        zip.add("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>
            """)
        zip.add("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """)
        zip.add("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="Hand" sheetId="1" r:id="rId1"/></sheets></workbook>
            """)
        var rels = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            """
        if sharedStrings != nil {
            rels += """
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>
                """
        }
        zip.add("xl/_rels/workbook.xml.rels", rels + "</Relationships>")
        zip.add("xl/worksheets/sheet1.xml", sheetXML)
        if let sharedStrings { zip.add("xl/sharedStrings.xml", sharedStrings) }
        return zip
    }
}
