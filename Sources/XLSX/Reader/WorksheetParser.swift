/// Reads a worksheet part, handing each finished row to `onRow` so callers can stream, and
/// collecting the layout and print settings into `sheet`.
final class WorksheetParser: XMLPartParser {
    private(set) var sheet: SheetContent
    private let sharedStrings: [String]
    private let styles: StylesParser?
    private let onRow: (Int, [Int: CellData]) throws -> Void

    private var rowIndex = -1
    private var rowCells: [Int: CellData] = [:]
    private var column = -1
    private var cellType: String?
    private var cellStyle: ReadStyle?
    private var value: String?
    private var formula: String?
    private var inlineText = ""
    private var validation: ReadDataValidation?
    private var conditionalRange: String?
    private var conditionalRule: ReadConditionalFormat?

    init(part: String, name: String, sharedStrings: [String], styles: StylesParser?,
         onRow: @escaping (Int, [Int: CellData]) throws -> Void) {
        sheet = SheetContent(name: name)
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.onRow = onRow
        super.init(part: part)
    }

    override func start(_ name: String, _ attributes: [String: String]) throws {
        switch name {
        case "row": startRow(attributes)
        case "c": startCell(attributes)
        case "is": inlineText = ""
        case "mergeCell":
            if let range = attributes["ref"].flatMap(CellRange.init(a1:)) { sheet.merges.append(range) }
        case "col": readColumn(attributes)
        case "pane": readPane(attributes)
        case "sheetView": sheet.zoom = attributes["zoomScale"].flatMap { Int($0) }
        case "outlinePr": sheet.outlineSummaryBelow = attributes["summaryBelow"].map { $0 != "0" && $0 != "false" } ?? true
        case "pageSetUpPr": sheet.pageSetup.fitToPage = StylesParser.flag(attributes["fitToPage"])
        case "pageSetup": readPageSetup(attributes)
        case "headerFooter": sheet.differentFirstPage = StylesParser.flag(attributes["differentFirst"])
        case "printOptions":
            sheet.pageSetup.centerHorizontally = StylesParser.flag(attributes["horizontalCentered"])
            sheet.pageSetup.centerVertically = StylesParser.flag(attributes["verticalCentered"])
            sheet.pageSetup.printGridlines = StylesParser.flag(attributes["gridLines"])
        case "pageMargins": readMargins(attributes)
        case "brk" where path.contains("rowBreaks"):
            // Excel stores the zero-based index of the first row of the new page.
            if let id = attributes["id"].flatMap({ Int($0) }) { sheet.rowBreaks.append(id) }
        case "sheetProtection": sheet.protection = ReadProtection(attributes: attributes)
        // Excel 2010 extensions (extLst) repeat rules in another schema; only the main ones are read.
        case "dataValidation" where !path.contains("extLst"): startValidation(attributes)
        case "conditionalFormatting" where !path.contains("extLst"): conditionalRange = attributes["sqref"]
        case "cfRule" where !path.contains("extLst"): startConditionalRule(attributes)
        case "color" where conditionalRule != nil:
            if let rgb = StylesParser.rgb(attributes["rgb"]) { conditionalRule?.colors.append(rgb) }
        default: break
        }
    }

    override func end(_ name: String, text: String) throws {
        switch name {
        case "v": value = text
        case "f": formula = text
        case "t" where path.contains("is") && !path.contains("rPh"): inlineText += text
        case "c": try endCell()
        case "row": try flushRow()
        case "sheetData": try flushRow()
        case "oddHeader": sheet.header = text
        case "oddFooter": sheet.footer = text
        case "firstHeader": sheet.firstHeader = text
        case "firstFooter": sheet.firstFooter = text
        case "formula1" where validation != nil: validation?.formula1 = text
        case "formula2" where validation != nil: validation?.formula2 = text
        case "dataValidation" where validation != nil:
            if let validation { sheet.dataValidations.append(validation) }
            validation = nil
        case "formula" where conditionalRule != nil: conditionalRule?.formulas.append(text)
        case "cfRule" where conditionalRule != nil:
            if let conditionalRule { sheet.conditionalFormats.append(conditionalRule) }
            conditionalRule = nil
        case "conditionalFormatting": conditionalRange = nil
        default: break
        }
    }

    private func startRow(_ attributes: [String: String]) {
        // The r attribute is optional: rows without it follow the previous one.
        rowIndex = attributes["r"].flatMap { Int($0) }.map { $0 - 1 } ?? rowIndex + 1
        column = -1
        rowCells = [:]
        if StylesParser.flag(attributes["customHeight"]), let height = attributes["ht"].flatMap({ Double($0) }) {
            sheet.rowHeights[rowIndex] = height
        }
        if StylesParser.flag(attributes["hidden"]) { sheet.hiddenRows.insert(rowIndex) }
        if let level = attributes["outlineLevel"].flatMap({ Int($0) }), level > 0 { sheet.rowOutlineLevels[rowIndex] = level }
        if StylesParser.flag(attributes["collapsed"]) { sheet.collapsedRows.insert(rowIndex) }
    }

    private func startCell(_ attributes: [String: String]) {
        if let reference = attributes["r"].flatMap(CellReference.init(a1:)) {
            column = reference.column
            if rowIndex < 0 { rowIndex = reference.row }
        } else {
            column += 1
        }
        cellType = attributes["t"]
        cellStyle = attributes["s"].flatMap { Int($0) }.flatMap { styles?.style(at: $0) }
        value = nil
        formula = nil
        inlineText = ""
    }

    private func endCell() throws {
        let cellValue: CellValue
        switch cellType {
        case "s":
            guard let index = value.flatMap({ Int($0) }), sharedStrings.indices.contains(index) else {
                throw XLSXReadError.malformedXML(part: part, line: 0,
                                                 reason: "cell in row \(rowIndex + 1) names a missing shared string")
            }
            cellValue = .text(sharedStrings[index])
        case "inlineStr": cellValue = .text(XMLText.decodeEscapes(inlineText))
        case "str": cellValue = .text(XMLText.decodeEscapes(value ?? ""))
        case "b": cellValue = .bool(value == "1" || value == "true")
        case "e": cellValue = .error(value ?? "")
        default:
            if let value, let number = Double(value) {
                cellValue = .number(number)
            } else if let value, !value.isEmpty {
                cellValue = .text(value)
            } else {
                cellValue = .empty
            }
        }
        let formulaText = formula.flatMap { $0.isEmpty ? nil : $0 }
        rowCells[column] = CellData(value: cellValue, formula: formulaText, style: cellStyle)
    }

    private func flushRow() throws {
        guard !rowCells.isEmpty else { return }
        let cells = rowCells
        rowCells = [:]
        try onRow(rowIndex, cells)
    }

    private func startValidation(_ attributes: [String: String]) {
        var read = ReadDataValidation(sqref: attributes["sqref"] ?? "")
        read.type = attributes["type"]
        read.operatorName = attributes["operator"]
        read.allowBlank = StylesParser.flag(attributes["allowBlank"])
        read.dropdownHidden = StylesParser.flag(attributes["showDropDown"])
        read.errorStyle = attributes["errorStyle"]
        read.promptTitle = attributes["promptTitle"]
        read.prompt = attributes["prompt"]
        read.errorTitle = attributes["errorTitle"]
        read.error = attributes["error"]
        validation = read
    }

    private func startConditionalRule(_ attributes: [String: String]) {
        var rule = ReadConditionalFormat(sqref: conditionalRange ?? "", type: attributes["type"] ?? "")
        rule.operatorName = attributes["operator"]
        rule.text = attributes["text"]
        rule.dxfId = attributes["dxfId"].flatMap { Int($0) }
        conditionalRule = rule
    }

    private func readColumn(_ attributes: [String: String]) {
        guard let min = attributes["min"].flatMap({ Int($0) }), let max = attributes["max"].flatMap({ Int($0) }),
              min >= 1, min <= max
        else { return }
        // Clamped to Excel's grid so a hostile file cannot make the dictionary huge.
        let columns = (min - 1)...(Swift.min(max, 16_384) - 1)
        if let width = attributes["width"].flatMap({ Double($0) }) {
            for column in columns { sheet.columnWidths[column] = width }
        }
        if StylesParser.flag(attributes["hidden"]) {
            sheet.hiddenColumns.formUnion(columns)
        }
    }

    private func readPane(_ attributes: [String: String]) {
        guard let state = attributes["state"], state == "frozen" || state == "frozenSplit" else { return }
        if let topLeft = attributes["topLeftCell"].flatMap(CellReference.init(a1:)) {
            sheet.frozen = topLeft
        } else {
            let rows = attributes["ySplit"].flatMap { Double($0) }.map { Int($0) } ?? 0
            let columns = attributes["xSplit"].flatMap { Double($0) }.map { Int($0) } ?? 0
            sheet.frozen = CellReference(row: rows, column: columns)
        }
    }

    private func readPageSetup(_ attributes: [String: String]) {
        sheet.pageSetup.paperSize = attributes["paperSize"].flatMap { Int($0) }
        sheet.pageSetup.orientation = attributes["orientation"]
        sheet.pageSetup.fitToWidth = attributes["fitToWidth"].flatMap { Int($0) }
        sheet.pageSetup.fitToHeight = attributes["fitToHeight"].flatMap { Int($0) }
        if StylesParser.flag(attributes["useFirstPageNumber"]) {
            // Absent, the number is the schema's default, 1 (libxlsxwriter writes no firstPageNumber="1").
            sheet.pageSetup.firstPageNumber = attributes["firstPageNumber"].flatMap { Int($0) } ?? 1
        }
        sheet.pageSetup.scale = attributes["scale"].flatMap { Int($0) }
    }

    private func readMargins(_ attributes: [String: String]) {
        func inches(_ key: String) -> Double { attributes[key].flatMap { Double($0) } ?? 0 }
        sheet.margins = ReadMargins(left: inches("left"), right: inches("right"), top: inches("top"),
                                    bottom: inches("bottom"), header: inches("header"), footer: inches("footer"))
    }
}
