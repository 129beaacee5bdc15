import Foundation

/// Reads .xlsx files independently of libxlsxwriter: for checking what was written and for imports.
public enum XLSXReader {
    /// The largest decompressed part accepted by default (zip-bomb guard).
    public static let defaultMaxPartSize: UInt64 = 512 * 1024 * 1024

    /// Reads every sheet, defined name and document property into memory.
    public static func read(url: URL, maxPartSize: UInt64 = defaultMaxPartSize) throws -> XLSXDocument {
        let package = try PackageReader(url: url, maxPartSize: maxPartSize)
        let workbook = try WorkbookLayout(package: package)
        var sheets: [SheetContent] = []
        for (index, entry) in workbook.sheets.enumerated() {
            var cells: [CellReference: CellData] = [:]
            let parser = workbook.worksheetParser(for: entry) { row, rowCells in
                for (column, cell) in rowCells { cells[CellReference(row: row, column: column)] = cell }
            }
            try parser.parse(package.data(entry.part))
            var sheet = parser.sheet
            sheet.state = entry.state
            sheet.cells = cells
            workbook.applyBuiltInNames(to: &sheet, index: index)
            sheet.charts = try ChartReader.charts(ofSheetPart: entry.part, in: package)
            sheets.append(sheet)
        }
        return XLSXDocument(sheets: sheets, definedNames: workbook.definedNames,
                            properties: try readProperties(package))
    }

    /// The sheets (name and visibility, in tab order) and defined names, without reading any sheet.
    /// `budget` carries the size limits and the bytes inflated so far when the same file is read several times
    /// (an import reads the outline, then each sheet).
    public static func outline(url: URL, maxPartSize: UInt64 = defaultMaxPartSize,
                               budget: XLSXReadBudget = XLSXReadBudget()) throws -> XLSXOutline {
        let workbook = try WorkbookLayout(package: PackageReader(url: url, maxPartSize: maxPartSize, budget: budget),
                                          sharedStrings: false)
        return XLSXOutline(
            sheets: workbook.sheets.map { XLSXOutline.Sheet(name: $0.name, state: $0.state) },
            definedNames: workbook.definedNames)
    }

    /// Streams the rows of one sheet (the first if `sheet` is nil) without building the whole sheet: the part
    /// is decompressed chunk by chunk into a small XML scanner, one row in memory at a time.
    /// Returns the sheet without its cells: the merged ranges and the rows' heights, visibility and outline
    /// levels, read along with the rows (`read` gives the rest of a sheet's layout).
    /// `scanRows` does the same with less work per cell, for large sheets.
    @discardableResult
    public static func forEachRow(url: URL, sheet: String? = nil, maxPartSize: UInt64 = defaultMaxPartSize,
                                  budget: XLSXReadBudget = XLSXReadBudget(),
                                  _ body: @escaping (_ row: Int, _ cells: [Int: CellData]) throws -> Void) throws
        -> SheetContent {
        try scanRows(url: url, sheet: sheet, maxPartSize: maxPartSize, budget: budget) { row in
            try body(row.index, row.cellsByColumn)
        }
    }

    /// Streams the rows of one sheet (the first if `sheet` is nil) as `forEachRow` does, each lent to `body`
    /// as a `StreamedRow` whose storage is reused for the next row: cells in the file's order, values parsed
    /// from the bytes, shared strings handed out as the table's own strings, dates flagged from the styles.
    /// For imports of large sheets. Whatever passes a limit of `budget` (`XLSXReadLimits`: one cell's text, the
    /// shared strings, the bytes inflated) is refused as it is read, as `XLSXReadError.sizeLimit`.
    @discardableResult
    public static func scanRows(url: URL, sheet: String? = nil, maxPartSize: UInt64 = defaultMaxPartSize,
                                budget: XLSXReadBudget = XLSXReadBudget(),
                                _ body: @escaping (_ row: StreamedRow) throws -> Void) throws -> SheetContent {
        let package = try PackageReader(url: url, maxPartSize: maxPartSize, budget: budget)
        let workbook = try WorkbookLayout(package: package)
        let entry: WorkbookLayout.Sheet
        if let sheet {
            guard let found = workbook.sheets.first(where: { $0.name == sheet })
                ?? workbook.sheets.first(where: { $0.name.lowercased() == sheet.lowercased() })
            else { throw XLSXReadError.sheetNotFound(name: sheet) }
            entry = found
        } else {
            guard let first = workbook.sheets.first else {
                throw XLSXReadError.notAnXLSX(path: url.path, reason: "the workbook has no sheets")
            }
            entry = first
        }
        var scanner = SheetRowScanner(
            part: entry.part, name: entry.name, sharedStrings: workbook.sharedStrings, styles: workbook.styles,
            limits: budget.limits, onRow: body)
        // The caller's own errors (and the scanner's) come out as they were thrown, not as a damaged part.
        var thrown: (any Error)?
        do {
            try package.read(entry.part) { chunk in
                do { try scanner.push(chunk) } catch { thrown = error; throw error }
            }
        } catch {
            throw thrown ?? error
        }
        try scanner.finish()
        var layout = scanner.sheet
        layout.state = entry.state
        return layout
    }

    private static func readProperties(_ package: PackageReader) throws -> [String: String] {
        var properties: [String: String] = [:]
        for (part, qualified) in [("docProps/app.xml", false), ("docProps/core.xml", true)] where package.contains(part) {
            let parser = PropertiesParser(part: part, qualifiedKeys: qualified)
            try parser.parse(package.smallPart(part))
            properties.merge(parser.properties) { _, new in new }
        }
        return properties
    }
}

/// The workbook-level parts every sheet read needs: sheet list, shared strings, styles, names.
private struct WorkbookLayout {
    struct Sheet {
        let name: String
        let state: SheetContent.State
        let part: String
    }

    let sheets: [Sheet]
    let definedNames: [XLSXDocument.DefinedName]
    let sharedStrings: [String]
    let styles: StylesParser?

    /// `sharedStrings: false` skips the shared strings (the outline needs none).
    init(package: PackageReader, sharedStrings readStrings: Bool = true) throws {
        let path = package.url.path
        guard package.contains("[Content_Types].xml") else {
            throw XLSXReadError.notAnXLSX(path: path, reason: "no [Content_Types].xml")
        }
        var workbookPart = "xl/workbook.xml"
        if package.contains("_rels/.rels") {
            let root = RelationshipsParser(part: "_rels/.rels")
            try root.parse(package.smallPart("_rels/.rels"))
            if let target = root.target(ofType: "/officeDocument") {
                workbookPart = RelationshipsParser.resolve(target, relativeTo: "")
            }
        }
        guard package.contains(workbookPart) else {
            throw XLSXReadError.notAnXLSX(path: path, reason: "no workbook part \(workbookPart)")
        }
        let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/"
            + (workbookPart.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
        let relationships = RelationshipsParser(part: relsPart)
        try relationships.parse(package.smallPart(relsPart))
        let workbook = WorkbookPartParser(part: workbookPart)
        try workbook.parse(package.smallPart(workbookPart))

        sheets = try workbook.sheets.map { entry in
            guard let target = relationships.relationships[entry.relationshipID]?.target else {
                throw XLSXReadError.missingPart(path: path, part: "relationship \(entry.relationshipID) of sheet '\(entry.name)'")
            }
            return Sheet(name: entry.name, state: entry.state, part: RelationshipsParser.resolve(target, relativeTo: folder))
        }
        definedNames = workbook.definedNames

        if readStrings, let target = relationships.target(ofType: "/sharedStrings") {
            let part = RelationshipsParser.resolve(target, relativeTo: folder)
            sharedStrings = try SharedStringsParser.strings(of: part, in: package, limits: package.budget.limits)
        } else {
            sharedStrings = []
        }
        if readStrings, let target = relationships.target(ofType: "/styles") {
            let part = RelationshipsParser.resolve(target, relativeTo: folder)
            let parser = StylesParser(part: part)
            try parser.parse(package.smallPart(part))
            styles = parser
        } else {
            styles = nil
        }
    }

    func worksheetParser(for sheet: Sheet, onRow: @escaping (Int, [Int: CellData]) throws -> Void) -> WorksheetParser {
        WorksheetParser(part: sheet.part, name: sheet.name, sharedStrings: sharedStrings, styles: styles, onRow: onRow)
    }

    /// Print titles and print area live in workbook.xml as names local to the sheet.
    func applyBuiltInNames(to sheet: inout SheetContent, index: Int) {
        for name in definedNames where name.localSheetIndex == index {
            switch name.name {
            case "_xlnm.Print_Titles":
                sheet.printTitleRows = Self.references(in: name.formula).lazy.compactMap(Self.rowSpan).first
            case "_xlnm.Print_Area":
                sheet.printArea = Self.references(in: name.formula).lazy.compactMap(Self.area).first
            default:
                break
            }
        }
    }

    /// "'My Sheet'!$A:$B,'My Sheet'!$1:$2" → ["$A:$B", "$1:$2"], respecting quoted sheet names.
    static func references(in formula: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        for character in formula {
            if character == "'" { quoted.toggle() }
            if character == ",", !quoted {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        return pieces.map { piece in
            piece.lastIndex(of: "!").map { String(piece[piece.index(after: $0)...]) } ?? piece
        }
    }

    static func rowSpan(_ reference: String) -> ClosedRange<Int>? {
        let ends = reference.replacingOccurrences(of: "$", with: "").split(separator: ":")
        guard ends.count == 2, let first = Int(ends[0]), let last = Int(ends[1]), first >= 1, first <= last
        else { return nil }
        return (first - 1)...(last - 1)
    }

    static func area(_ reference: String) -> CellRange? {
        if let range = CellRange(a1: reference) { return range }
        if let rows = rowSpan(reference) {
            return CellRange(firstRow: rows.lowerBound, firstColumn: 0, lastRow: rows.upperBound, lastColumn: 16_383)
        }
        // Whole columns, "$A:$G".
        let ends = reference.split(separator: ":").map { $0 + "1" }
        guard ends.count == 2, let first = CellReference(a1: String(ends[0])), let last = CellReference(a1: String(ends[1]))
        else { return nil }
        return CellRange(firstRow: 0, firstColumn: first.column, lastRow: 1_048_575, lastColumn: last.column)
    }
}
