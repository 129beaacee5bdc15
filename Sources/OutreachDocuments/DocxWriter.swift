import AtomicFile
import Foundation
import OutreachCore
import ZIPFoundation

/// Writes a `DocxDocument` as a `.docx` package (WordprocessingML in a ZIP written by ZIPFoundation), through a
/// `PendingFile` renamed into place once whole: a reader never sees half a file.
public enum DocxWriter {
    public static let font = "Times New Roman"

    /// The package's parts, by path inside the ZIP.
    public static func parts(_ document: DocxDocument) -> [(path: String, xml: String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("docProps/core.xml", core(title: document.title)),
            ("docProps/app.xml", app),
            ("word/document.xml", body(document)),
            ("word/styles.xml", styles),
            ("word/settings.xml", settings),
            ("word/header1.xml", pageNumberHeader),
            ("word/header2.xml", emptyHeader),
            ("word/_rels/document.xml.rels", documentRelationships),
        ]
    }

    /// Writes the document to `path` atomically: the package is made in memory, then written through a
    /// `PendingFile` (a hidden temporary beside `path`, renamed into place when whole, removed on failure and
    /// on SIGINT, SIGTERM, SIGHUP).
    public static func write(_ document: DocxDocument, to path: String) throws(OutreachError) {
        let package: Data
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts(document) {
                let data = Data(part.xml.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count),
                    modificationDate: Date(timeIntervalSince1970: 1_641_000_000), compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
            package = data
        } catch {
            throw .file(path: path, reason: LocalizedText { $0.cannotWriteTheFileLocalizedDescription(error.localizedDescription) })
        }
        do {
            try PendingFile.write(package, to: path, extension: ".docx")
        } catch {
            throw .file(path: path, reason: error.text)
        }
    }

    // MARK: - The body

    static func body(_ document: DocxDocument) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        xml += #"<w:document xmlns:w="\#(w)" xmlns:r="\#(r)"><w:body>"#
        for (index, section) in document.sections.enumerated() {
            let last = index == document.sections.count - 1
            var blocks = section.blocks
            // A section ends with the paragraph that carries its properties; a table cannot.
            if !last {
                if case .paragraph = blocks.last {} else { blocks.append(.paragraph(DocxParagraph([], size: 2))) }
            }
            for (position, block) in blocks.enumerated() {
                switch block {
                case .table(let table): xml += self.table(table)
                case .paragraph(let paragraph):
                    let ends = !last && position == blocks.count - 1
                    xml += self.paragraph(paragraph, sectionProperties: ends ? sectionProperties(section) : nil)
                }
            }
            if last { xml += sectionProperties(section) }
        }
        xml += "</w:body></w:document>"
        return xml
    }

    static func sectionProperties(_ section: DocxSection) -> String {
        let orient = section.landscape ? #" w:orient="landscape""# : ""
        return #"<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/>"#
            + #"<w:headerReference w:type="first" r:id="rIdHeader2"/>"#
            + #"<w:pgSz w:w="\#(section.pageWidth)" w:h="\#(section.pageHeight)"\#(orient)/>"#
            + #"<w:pgMar w:top="\#(DocxSection.marginTop)" w:right="\#(DocxSection.marginRight)" "#
            + #"w:bottom="\#(DocxSection.marginBottom)" w:left="\#(DocxSection.marginLeft)" w:header="567" w:footer="567" w:gutter="0"/>"#
            + #"<w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>"#
    }

    static func paragraph(_ p: DocxParagraph, sectionProperties: String? = nil) -> String {
        var properties = ""
        if p.keepNext { properties += "<w:keepNext/>" }
        if p.pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        if p.rule != nil { properties += #"<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>"# }
        properties += #"<w:spacing w:before="\#(p.spaceBefore)" w:after="\#(p.spaceAfter)" w:line="\#(p.line)" w:lineRule="auto"/>"#
        if let rule = p.rule {
            properties += #"<w:ind w:left="\#(rule.left)" w:right="\#(rule.right)"/>"#
        } else if p.firstLine > 0 {
            properties += #"<w:ind w:firstLine="\#(p.firstLine)"/>"#
        }
        properties += #"<w:jc w:val="\#(p.alignment.rawValue)"/>"#
        properties += #"<w:rPr>\#(sizeXML(p.size))</w:rPr>"#
        if let sectionProperties { properties += sectionProperties }
        var xml = "<w:p><w:pPr>\(properties)</w:pPr>"
        for run in p.runs where !run.text.isEmpty {
            xml += self.run(run, size: p.size)
        }
        return xml + "</w:p>"
    }

    static func run(_ run: DocxRun, size: Double) -> String {
        var properties = ""
        if run.bold { properties += "<w:b/><w:bCs/>" }
        if run.italic { properties += "<w:i/><w:iCs/>" }
        // CT_RPr's order: b, i, …, sz, szCs, then u (Word refuses elements out of order).
        properties += sizeXML(run.size ?? size)
        if run.underline { properties += #"<w:u w:val="single"/>"# }
        // A line break inside a run's text becomes <w:br/>.
        let lines = run.text.split(separator: "\n", omittingEmptySubsequences: false)
        let text = lines.map { #"<w:t xml:space="preserve">\#(escape(String($0)))</w:t>"# }.joined(separator: "<w:br/>")
        return "<w:r><w:rPr>\(properties)</w:rPr>\(text)</w:r>"
    }

    static func sizeXML(_ points: Double) -> String {
        let half = Int((points * 2).rounded())
        return #"<w:sz w:val="\#(half)"/><w:szCs w:val="\#(half)"/>"#
    }

    static func table(_ table: DocxTable) -> String {
        let total = table.widths.reduce(0, +)
        let border = table.borders ? "single" : "nil"
        var xml = #"<w:tbl><w:tblPr><w:tblW w:w="\#(total)" w:type="dxa"/><w:jc w:val="center"/>"#
        xml += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
            table.borders ? #"<w:\#($0) w:val="single" w:sz="4" w:space="0" w:color="000000"/>"# : #"<w:\#($0) w:val="\#(border)"/>"#
        }.joined() + "</w:tblBorders>"
        xml += #"<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="\#(table.borders ? 85 : 0)" w:type="dxa"/>"#
        xml += #"<w:right w:w="\#(table.borders ? 85 : 0)" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>"#
        xml += table.widths.map { #"<w:gridCol w:w="\#($0)"/>"# }.joined() + "</w:tblGrid>"
        for (index, row) in table.rows.enumerated() {
            var rowProperties = ""
            if table.keepRowsWhole { rowProperties += "<w:cantSplit/>" }
            if index < table.headerRows { rowProperties += "<w:tblHeader/>" }
            xml += "<w:tr>" + (rowProperties.isEmpty ? "" : "<w:trPr>\(rowProperties)</w:trPr>")
            var column = 0
            for cell in row {
                let width = table.widths[column..<min(table.widths.count, column + cell.span)].reduce(0, +)
                column += cell.span
                xml += #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/>"#
                if cell.span > 1 { xml += #"<w:gridSpan w:val="\#(cell.span)"/>"# }
                xml += #"<w:vAlign w:val="\#(table.borders ? "center" : "top")"/></w:tcPr>"#
                let paragraphs = cell.paragraphs.isEmpty ? [DocxParagraph([], size: 12)] : cell.paragraphs
                xml += paragraphs.map { paragraph($0) }.joined() + "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// Text escaped for XML; characters XML 1.0 cannot hold at all (control characters) are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t": out += " "
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: - The fixed parts

    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\#
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\#
        <Default Extension="xml" ContentType="application/xml"/>\#
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\#
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\#
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\#
        <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\#
        <Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\#
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\#
        <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\#
        </Types>
        """#

    static let rootRelationships = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\#
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\#
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\#
        </Relationships>
        """#

    static let documentRelationships = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#
        <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\#
        <Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\#
        <Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\#
        <Relationship Id="rIdHeader2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>\#
        </Relationships>
        """#

    static func core(title: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
            + #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
            + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + "<dc:title>\(escape(title))</dc:title><dc:creator>outreach</dc:creator><dc:language>vi-VN</dc:language>"
            + "</cp:coreProperties>"
    }

    static let app = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>outreach</Application></Properties>
        """#

    /// Times New Roman 14 pt for everything, Vietnamese as the language, no space after paragraphs by default.
    static let styles = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\#
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>\#
        <w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\#
        <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\#
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\#
        <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>\#
        <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>\#
        <w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="26"/></w:rPr></w:style>\#
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\#
        <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>\#
        <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\#
        </w:styles>
        """#

    static let settings = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\#
        <w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>\#
        <w:themeFontLang w:val="vi-VN"/></w:settings>
        """#

    /// The page number, centred at the top (pages 2 onwards: the first page takes the empty header).
    static let pageNumberHeader = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>\#
        <w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>\#
        <w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\#
        <w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>\#
        <w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t>2</w:t></w:r>\#
        <w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>
        """#

    static let emptyHeader = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>
        """#
}
