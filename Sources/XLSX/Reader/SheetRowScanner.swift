/// Streams a worksheet part's rows from decompressed chunks through `XMLScanner`: the cells of each row
/// (values, formulas, styles, as `WorksheetParser` reads them), and of the layout the merged ranges and
/// the rows' heights, visibility and outline levels. For large sheets (imports); `XLSXReader.read` keeps
/// the full parser for everything else a sheet holds.
struct SheetRowScanner {
    private var scanner: XMLScanner
    private(set) var sheet: SheetContent
    private let sharedStrings: [String]
    private let styles: StylesParser?
    private let onRow: (Int, [Int: CellData]) throws -> Void

    private var rowIndex = -1
    private var rowCells: [Int: CellData] = [:]
    private var column = -1
    private var cellType: String?
    private var cellStyle: ReadStyle?
    private var value: [UInt8]?
    private var formula: [UInt8]?
    private var inlineText: [UInt8] = []
    /// Where text goes: 1 in <v>, 2 in <f>, 3 in <is><t> (outside <rPh>), 0 nowhere.
    private var target = 0
    private var inInline = false
    private var inPhonetic = false
    private var inSheetData = false

    init(part: String, name: String, sharedStrings: [String], styles: StylesParser?,
         onRow: @escaping (Int, [Int: CellData]) throws -> Void) {
        scanner = XMLScanner(part: part)
        sheet = SheetContent(name: name)
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.onRow = onRow
    }

    mutating func push(_ bytes: some Collection<UInt8>) throws {
        var events: [XMLScanner.Event] = []
        try scanner.push(bytes) { events.append($0) }
        for event in events { try handle(event) }
    }

    mutating func finish() throws {
        var events: [XMLScanner.Event] = []
        try scanner.finish { events.append($0) }
        for event in events { try handle(event) }
        try flushRow()
    }

    private mutating func handle(_ event: XMLScanner.Event) throws {
        switch event {
        case let .start(name, attributes, _):
            try start(name, attributes)
        case let .end(name):
            try end(name)
        case let .text(bytes):
            switch target {
            case 1: value = (value ?? []) + bytes
            case 2: formula = (formula ?? []) + bytes
            case 3: inlineText += bytes
            default: break
            }
        }
    }

    private static func equal(_ name: ArraySlice<UInt8>, _ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { name.elementsEqual($0) }
    }

    private func attribute(_ name: String, _ attributes: ArraySlice<UInt8>) throws -> String? {
        try XMLScanner.attribute(name, in: attributes, part: scanner.part)
    }

    private mutating func start(_ name: ArraySlice<UInt8>, _ attributes: ArraySlice<UInt8>) throws {
        if Self.equal(name, "c") {
            guard inSheetData else { return }
            if let reference = try attribute("r", attributes).flatMap(CellReference.init(a1:)) {
                column = reference.column
                if rowIndex < 0 { rowIndex = reference.row }
            } else {
                column += 1
            }
            cellType = try attribute("t", attributes)
            cellStyle = try attribute("s", attributes).flatMap { Int($0) }.flatMap { styles?.style(at: $0) }
            value = nil
            formula = nil
            inlineText = []
        } else if Self.equal(name, "v") {
            if inSheetData { target = 1; value = [] }
        } else if Self.equal(name, "f") {
            if inSheetData { target = 2; formula = [] }
        } else if Self.equal(name, "row") {
            guard inSheetData else { return }
            try flushRow()
            try startRow(attributes)
        } else if Self.equal(name, "is") {
            inInline = true
            inlineText = []
        } else if Self.equal(name, "t") {
            if inInline && !inPhonetic { target = 3 }
        } else if Self.equal(name, "rPh") {
            inPhonetic = true
        } else if Self.equal(name, "sheetData") {
            inSheetData = true
        } else if Self.equal(name, "mergeCell") {
            if let range = try attribute("ref", attributes).flatMap(CellRange.init(a1:)) { sheet.merges.append(range) }
        }
    }

    private mutating func end(_ name: ArraySlice<UInt8>) throws {
        if Self.equal(name, "v") || Self.equal(name, "f") || Self.equal(name, "t") {
            target = 0
        } else if Self.equal(name, "c") {
            if inSheetData { try endCell() }
        } else if Self.equal(name, "is") {
            inInline = false
        } else if Self.equal(name, "rPh") {
            inPhonetic = false
        } else if Self.equal(name, "row") || Self.equal(name, "sheetData") {
            try flushRow()
            if Self.equal(name, "sheetData") { inSheetData = false }
        }
    }

    private mutating func startRow(_ attributes: ArraySlice<UInt8>) throws {
        // The r attribute is optional: rows without it follow the previous one.
        rowIndex = try attribute("r", attributes).flatMap { Int($0) }.map { $0 - 1 } ?? rowIndex + 1
        column = -1
        rowCells = [:]
        if StylesParser.flag(try attribute("customHeight", attributes)),
           let height = try attribute("ht", attributes).flatMap({ Double($0) }) {
            sheet.rowHeights[rowIndex] = height
        }
        if StylesParser.flag(try attribute("hidden", attributes)) { sheet.hiddenRows.insert(rowIndex) }
        if let level = try attribute("outlineLevel", attributes).flatMap({ Int($0) }), level > 0 {
            sheet.rowOutlineLevels[rowIndex] = level
        }
        if StylesParser.flag(try attribute("collapsed", attributes)) { sheet.collapsedRows.insert(rowIndex) }
    }

    private mutating func endCell() throws {
        let text = value.map { String(decoding: $0, as: UTF8.self) }
        let cellValue: CellValue
        switch cellType {
        case "s":
            guard let index = text.flatMap({ Int($0) }), sharedStrings.indices.contains(index) else {
                throw XLSXReadError.malformedXML(part: scanner.part, line: 0,
                                                 reason: "cell in row \(rowIndex + 1) names a missing shared string")
            }
            cellValue = .text(sharedStrings[index])
        case "inlineStr": cellValue = .text(XMLText.decodeEscapes(String(decoding: inlineText, as: UTF8.self)))
        case "str": cellValue = .text(XMLText.decodeEscapes(text ?? ""))
        case "b": cellValue = .bool(text == "1" || text == "true")
        case "e": cellValue = .error(text ?? "")
        default:
            if let text, let number = Double(text) {
                cellValue = .number(number)
            } else if let text, !text.isEmpty {
                cellValue = .text(text)
            } else {
                cellValue = .empty
            }
        }
        let formulaText = formula.flatMap { $0.isEmpty ? nil : String(decoding: $0, as: UTF8.self) }
        rowCells[column] = CellData(value: cellValue, formula: formulaText, style: cellStyle)
        target = 0
    }

    private mutating func flushRow() throws {
        guard !rowCells.isEmpty else { return }
        let cells = rowCells
        rowCells = [:]
        try onRow(rowIndex, cells)
    }
}
