import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// A `.docx` read back as a reader sees it, independently of the writer: paragraphs with their runs and
/// formatting, tables with their cells, sections with page size and margins, the package's parts.
public struct DocxFile {
    public struct Run {
        public var text: String
        public var bold: Bool
        public var italic: Bool
        public var underline: Bool
        /// Points, when the run gives a size.
        public var size: Double?
        public var font: String?
    }

    public struct Paragraph {
        public var runs: [Run]
        public var alignment: String?
        /// Twips.
        public var firstLine: Int?
        /// The paragraph mark's size (what an empty paragraph takes), points.
        public var markSize: Double?
        public var hasTopBorder: Bool
        public var text: String { runs.map(\.text).joined() }
        public var isBold: Bool { !runs.isEmpty && runs.filter { !$0.text.isEmpty }.allSatisfy(\.bold) }
        public var isItalic: Bool { !runs.isEmpty && runs.filter { !$0.text.isEmpty }.allSatisfy(\.italic) }
    }

    public struct Table {
        /// Rows of cells, each cell its paragraphs.
        public var rows: [[[Paragraph]]]
        public var hasBorders: Bool
        public var gridWidths: [Int]
        public func text(_ row: Int, _ column: Int) -> String {
            rows[row][column].map(\.text).joined(separator: "\n")
        }
    }

    public enum Block {
        case paragraph(Paragraph)
        case table(Table)
    }

    public struct Section {
        public var width: Int
        public var height: Int
        public var landscape: Bool
        public var top: Int, bottom: Int, left: Int, right: Int
        public var titlePage: Bool
        public var pageNumberRestart: Int?
    }

    public var blocks: [Block]
    public var sections: [Section]
    public var parts: [String]
    public var styles: String
    public var headers: [String: String]

    public var paragraphs: [Paragraph] {
        blocks.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }
    }
    public var tables: [Table] {
        blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
    }
    /// Every paragraph, also those inside tables, in document order.
    public var allParagraphs: [Paragraph] {
        blocks.flatMap { block -> [Paragraph] in
            switch block {
            case .paragraph(let p): [p]
            case .table(let t): t.rows.flatMap { $0.flatMap { $0 } }
            }
        }
    }
    public var text: String { allParagraphs.map(\.text).joined(separator: "\n") }

    public init(path: String) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        func part(_ name: String) throws -> Data {
            guard let entry = archive[name] else { throw DocxReadError.missingPart(name) }
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return data
        }
        parts = archive.map(\.path).sorted()
        styles = String(decoding: try part("word/styles.xml"), as: UTF8.self)
        var headers: [String: String] = [:]
        for name in parts where name.hasPrefix("word/header") {
            headers[name] = String(decoding: try part(name), as: UTF8.self)
        }
        self.headers = headers
        let document = try XMLDocument(data: try part("word/document.xml"))
        guard let body = document.rootElement()?.elements(forName: "w:body").first else { throw DocxReadError.missingPart("w:body") }
        var blocks: [Block] = []
        var sections: [Section] = []
        for child in body.children ?? [] {
            guard let element = child as? XMLElement else { continue }
            switch element.name {
            case "w:p":
                blocks.append(.paragraph(Self.paragraph(element)))
                if let sectPr = element.elements(forName: "w:pPr").first?.elements(forName: "w:sectPr").first {
                    sections.append(Self.section(sectPr))
                }
            case "w:tbl": blocks.append(.table(Self.table(element)))
            case "w:sectPr": sections.append(Self.section(element))
            default: break
            }
        }
        self.blocks = blocks
        self.sections = sections
    }

    static func attribute(_ element: XMLElement?, _ name: String) -> String? {
        element?.attribute(forName: "w:" + name)?.stringValue
    }

    static func first(_ element: XMLElement?, _ name: String) -> XMLElement? {
        element?.elements(forName: name).first
    }

    static func flag(_ properties: XMLElement?, _ name: String) -> Bool {
        guard let element = first(properties, name) else { return false }
        let value = attribute(element, "val")
        return value == nil || value == "1" || value == "true" || (name == "w:u" && value != "none")
    }

    static func paragraph(_ element: XMLElement) -> Paragraph {
        let properties = first(element, "w:pPr")
        var runs: [Run] = []
        for run in element.elements(forName: "w:r") {
            let rPr = first(run, "w:rPr")
            var text = ""
            for child in run.children ?? [] {
                guard let part = child as? XMLElement else { continue }
                if part.name == "w:t" { text += part.stringValue ?? "" }
                if part.name == "w:br" { text += "\n" }
            }
            let size = attribute(first(rPr, "w:sz"), "val").flatMap(Double.init).map { $0 / 2 }
            runs.append(Run(text: text, bold: flag(rPr, "w:b"), italic: flag(rPr, "w:i"), underline: flag(rPr, "w:u"),
                            size: size, font: attribute(first(rPr, "w:rFonts"), "ascii")))
        }
        return Paragraph(
            runs: runs, alignment: attribute(first(properties, "w:jc"), "val"),
            firstLine: attribute(first(properties, "w:ind"), "firstLine").flatMap { Int($0) },
            markSize: attribute(first(first(properties, "w:rPr"), "w:sz"), "val").flatMap(Double.init).map { $0 / 2 },
            hasTopBorder: first(first(properties, "w:pBdr"), "w:top") != nil)
    }

    static func table(_ element: XMLElement) -> Table {
        let borders = first(first(element, "w:tblPr"), "w:tblBorders")
        let hasBorders = (borders?.children ?? []).contains { ($0 as? XMLElement).flatMap { attribute($0, "val") } == "single" }
        let grid = first(element, "w:tblGrid")?.elements(forName: "w:gridCol").compactMap { attribute($0, "w").flatMap { Int($0) } } ?? []
        let rows = element.elements(forName: "w:tr").map { row in
            row.elements(forName: "w:tc").map { cell in cell.elements(forName: "w:p").map(paragraph) }
        }
        return Table(rows: rows, hasBorders: hasBorders, gridWidths: grid)
    }

    static func section(_ element: XMLElement) -> Section {
        let size = first(element, "w:pgSz")
        let margins = first(element, "w:pgMar")
        func int(_ e: XMLElement?, _ name: String) -> Int { attribute(e, name).flatMap { Int($0) } ?? -1 }
        return Section(
            width: int(size, "w"), height: int(size, "h"), landscape: attribute(size, "orient") == "landscape",
            top: int(margins, "top"), bottom: int(margins, "bottom"), left: int(margins, "left"), right: int(margins, "right"),
            titlePage: first(element, "w:titlePg") != nil,
            pageNumberRestart: attribute(first(element, "w:pgNumType"), "start").flatMap { Int($0) })
    }
}

public enum DocxReadError: Error {
    case missingPart(String)
}

/// Millimetres from twips, rounded to a tenth.
public func millimetres(_ twips: Int) -> Double {
    (Double(twips) * 25.4 / 1440 * 10).rounded() / 10
}
