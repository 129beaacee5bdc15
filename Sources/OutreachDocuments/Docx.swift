/// A Word document as the writer needs it: sections of paragraphs and tables, with just the formatting an
/// official Vietnamese document uses (Decree 30/2020/NĐ-CP, Appendix I). Sizes are in points, lengths in
/// twentieths of a point (twips, 1 mm ≈ 56.7), as WordprocessingML counts them.
public struct DocxDocument: Sendable {
    public var title: String
    public var sections: [DocxSection]

    public init(title: String, sections: [DocxSection]) {
        self.title = title
        self.sections = sections
    }
}

/// A run of pages with one page setup; each section numbers its pages from 1, the number at the top centre
/// from page 2 (Decree 30).
public struct DocxSection: Sendable {
    public var landscape: Bool
    public var blocks: [DocxBlock]

    public init(landscape: Bool = false, blocks: [DocxBlock] = []) {
        self.landscape = landscape
        self.blocks = blocks
    }

    /// A4 in twips: 210 × 297 mm.
    public static let a4Short = 11906
    public static let a4Long = 16838
    /// Margins (Decree 30): top and bottom 20 mm, left 30 mm, right 15 mm.
    public static let marginTop = 1134
    public static let marginBottom = 1134
    public static let marginLeft = 1701
    public static let marginRight = 850

    public var pageWidth: Int { landscape ? Self.a4Long : Self.a4Short }
    public var pageHeight: Int { landscape ? Self.a4Short : Self.a4Long }
    /// The width text can take between the margins.
    public var textWidth: Int { pageWidth - Self.marginLeft - Self.marginRight }
}

public enum DocxBlock: Sendable {
    case paragraph(DocxParagraph)
    case table(DocxTable)
}

public enum DocxAlignment: String, Sendable {
    case left, center, right, both
}

/// A run of text with one format.
public struct DocxRun: Sendable, Equatable {
    public var text: String
    public var bold: Bool
    public var italic: Bool
    public var underline: Bool
    /// Points; nil = the paragraph's size.
    public var size: Double?

    public init(_ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false, size: Double? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.size = size
    }
}

public struct DocxParagraph: Sendable {
    public var runs: [DocxRun]
    public var alignment: DocxAlignment
    /// First-line indent in twips (1.27 cm = 720).
    public var firstLine: Int
    /// Size in points of runs that give none.
    public var size: Double
    public var spaceBefore: Int
    public var spaceAfter: Int
    /// Line spacing in 240ths of a line (240 = single).
    public var line: Int
    public var keepNext: Bool
    public var pageBreakBefore: Bool
    /// A short rule drawn under the paragraph's own (empty) line: a top border between indents, in twips.
    public var rule: (left: Int, right: Int)?

    public init(
        _ runs: [DocxRun], alignment: DocxAlignment = .both, firstLine: Int = 0, size: Double = 14,
        spaceBefore: Int = 0, spaceAfter: Int = 0, line: Int = 240, keepNext: Bool = false, pageBreakBefore: Bool = false
    ) {
        self.runs = runs
        self.alignment = alignment
        self.firstLine = firstLine
        self.size = size
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.line = line
        self.keepNext = keepNext
        self.pageBreakBefore = pageBreakBefore
    }

    /// One run of plain text.
    public init(
        _ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false, alignment: DocxAlignment = .both,
        firstLine: Int = 0, size: Double = 14, spaceBefore: Int = 0, spaceAfter: Int = 0
    ) {
        self.init([DocxRun(text, bold: bold, italic: italic, underline: underline)], alignment: alignment,
                  firstLine: firstLine, size: size, spaceBefore: spaceBefore, spaceAfter: spaceAfter)
    }

    /// A horizontal rule `length` twips long, centred in a column `width` twips wide.
    public static func rule(length: Int, width: Int) -> DocxParagraph {
        var paragraph = DocxParagraph([], alignment: .center, size: 2, spaceBefore: 110)
        let side = max(0, (width - length) / 2)
        paragraph.rule = (side, side)
        return paragraph
    }

    public var text: String { runs.map(\.text).joined() }
}

public struct DocxTable: Sendable {
    /// Column widths in twips.
    public var widths: [Int]
    public var rows: [[DocxCell]]
    public var borders: Bool
    /// Rows repeated at the top of every page the table runs onto.
    public var headerRows: Int
    /// Whether a row may not break across pages.
    public var keepRowsWhole: Bool

    public init(widths: [Int], rows: [[DocxCell]], borders: Bool, headerRows: Int = 0, keepRowsWhole: Bool = true) {
        self.widths = widths
        self.rows = rows
        self.borders = borders
        self.headerRows = headerRows
        self.keepRowsWhole = keepRowsWhole
    }
}

public struct DocxCell: Sendable {
    public var paragraphs: [DocxParagraph]
    /// Columns this cell spans.
    public var span: Int

    public init(_ paragraphs: [DocxParagraph], span: Int = 1) {
        self.paragraphs = paragraphs
        self.span = span
    }
}
