#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Streams a worksheet part's rows from decompressed chunks through `XMLScanner`: the cells of each row
/// (values, formulas, styles, as `WorksheetParser` reads them), and of the layout the merged ranges and
/// the rows' heights, visibility and outline levels. For large sheets (imports); `XLSXReader.read` keeps
/// the full parser for everything else a sheet holds.
///
/// Cells are read from bytes: references, numbers and style indexes parsed in place, text copied once
/// into its `String`, a shared string handed out as the table's own `String`, and one row's storage
/// reused from row to row.
struct SheetRowScanner: ~Copyable {
    private var scanner: XMLScanner
    private var cells: SheetCellReader

    init(part: String, name: String, sharedStrings: [String], styles: StylesParser?,
         limits: XLSXReadLimits = .standard, onRow: @escaping (StreamedRow) throws -> Void) {
        scanner = XMLScanner(part: part, maxTokenBytes: limits.tokenBytes)
        cells = SheetCellReader(part: part, name: name, sharedStrings: sharedStrings, styles: styles, limits: limits,
                                onRow: onRow)
    }

    var sheet: SheetContent { cells.sheet }

    mutating func push(_ bytes: some Collection<UInt8>) throws {
        try scanner.push(bytes, into: &cells)
    }

    mutating func finish() throws {
        try scanner.finish(into: &cells)
        try cells.flushRow()
    }
}

/// The sheet's side of `SheetRowScanner`: what each tag of `<sheetData>` and the merged ranges mean.
private struct SheetCellReader: XMLHandler {
    /// A cell's `t` attribute.
    private enum Kind {
        case number, shared, inline, formulaText, bool, error
    }

    let part: String
    private(set) var sheet: SheetContent
    private let sharedStrings: [String]
    private let styles: StylesParser?
    /// Whether each cell style shows numbers as dates, computed once per style.
    private let dateStyles: [Bool]
    private let onRow: (StreamedRow) throws -> Void
    private let limits: XLSXReadLimits
    /// The bytes of text the current cell's value, formula or inline string gathered so far.
    private var cellBytes = 0
    /// The bytes of text of every cell handed out so far, shared strings counted at each use.
    private var sheetTextBytes = 0

    private var row: StreamedRow
    private var column = -1
    private var kind = Kind.number
    private var styleIndex: Int?
    private var value = ByteBuffer()
    private var hasValue = false
    private var formula = ByteBuffer()
    private var hasFormula = false
    /// An inline string's text: the first run straight into a `String` (nearly always the only one), the
    /// runs of rich text gathered in `inlineText`.
    private var inlineText = ByteBuffer()
    private var inlineRuns = 0
    private var inlineFirst = ""
    /// Where text goes: 1 in <v>, 2 in <f>, 3 in <is><t> (outside <rPh>), 0 nowhere.
    private var target = 0
    private var inInline = false
    private var inPhonetic = false
    private var inSheetData = false

    init(part: String, name: String, sharedStrings: [String], styles: StylesParser?, limits: XLSXReadLimits,
         onRow: @escaping (StreamedRow) throws -> Void) {
        self.part = part
        self.limits = limits
        sheet = SheetContent(name: name)
        self.sharedStrings = sharedStrings
        self.styles = styles
        dateStyles = styles?.styles.map(\.isDateFormat) ?? []
        self.onRow = onRow
        row = StreamedRow(index: -1, cells: [], styles: styles)
    }

    mutating func start(_ name: UnsafeBufferPointer<UInt8>, _ attributes: XMLAttributes, selfClosing: Bool) throws {
        switch name.count {
        case 1:
            switch name[0] {
            case UInt8(ascii: "c"): if inSheetData { try startCell(attributes) }
            case UInt8(ascii: "v"):
                if inSheetData { target = 1; value.removeAll(); hasValue = true }
            case UInt8(ascii: "f"):
                if inSheetData { target = 2; formula.removeAll(); hasFormula = true }
            case UInt8(ascii: "t"): if inInline && !inPhonetic { target = 3 }
            default: break
            }
        case 2 where XMLScanner.equal(name, "is"):
            inInline = true
            inlineRuns = 0
        case 3 where XMLScanner.equal(name, "row"):
            guard inSheetData else { return }
            try flushRow()
            try startRow(attributes)
        case 3 where XMLScanner.equal(name, "rPh"):
            inPhonetic = true
        case 9 where XMLScanner.equal(name, "sheetData"):
            inSheetData = true
        case 9 where XMLScanner.equal(name, "dimension"):
            if !inSheetData { row.dimension = try attributes.string(named: "ref", part: part).flatMap(CellRange.init(a1:)) }
        case 9 where XMLScanner.equal(name, "mergeCell"):
            if let range = try attributes.string(named: "ref", part: part).flatMap(CellRange.init(a1:)) {
                sheet.merges.append(range)
            }
        default:
            break
        }
    }

    mutating func end(_ name: UnsafeBufferPointer<UInt8>) throws {
        switch name.count {
        case 1:
            switch name[0] {
            case UInt8(ascii: "v"), UInt8(ascii: "f"), UInt8(ascii: "t"): target = 0
            case UInt8(ascii: "c"): if inSheetData { try endCell() }
            default: break
            }
        case 2 where XMLScanner.equal(name, "is"):
            inInline = false
        case 3 where XMLScanner.equal(name, "rPh"):
            inPhonetic = false
        case 3 where XMLScanner.equal(name, "row"):
            try flushRow()
        case 9 where XMLScanner.equal(name, "sheetData"):
            try flushRow()
            inSheetData = false
        default:
            break
        }
    }

    /// A size limit passed at the current cell.
    private func refuse(_ limit: XLSXSizeLimit) -> XLSXReadError {
        let cell = column >= 0 && row.index >= 0 ? CellReference(row: row.index, column: column).a1 : nil
        return .sizeLimit(part: part, cell: cell, limit: limit)
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        if target != 0 {
            // Refused while it streams in, long before a hostile cell is whole.
            cellBytes += bytes.count
            if cellBytes > limits.cellBytes { throw refuse(.cellCharacters(limits.cellCharacters)) }
        }
        switch target {
        case 1: value.append(bytes)
        case 2: formula.append(bytes)
        case 3:
            if inlineRuns == 0 {
                inlineFirst = String(decoding: bytes, as: UTF8.self)
            } else {
                if inlineRuns == 1 {
                    inlineText.removeAll()
                    var first = inlineFirst
                    first.withUTF8 { inlineText.append($0) }
                }
                inlineText.append(bytes)
            }
            inlineRuns += 1
        default: break
        }
    }

    private mutating func startRow(_ attributes: XMLAttributes) throws {
        // The r attribute is optional: rows without it follow the previous one.
        let number = try attributes.value(named: "r").flatMap { try SheetBytes.integer($0, part: part) }
        let index = number.map { $0 - 1 } ?? row.index + 1
        row.index = index
        column = -1
        row.cells.removeAll(keepingCapacity: true)
        // Layout attributes are rare: a row usually has only r, spans and Excel's x14ac:dyDescent.
        let layout = (0..<attributes.count).contains { index in
            let name = attributes.name(index)
            return !XMLScanner.equal(name, "r") && !XMLScanner.equal(name, "spans") && !XMLScanner.equal(name, "dyDescent")
        }
        guard layout else { return }
        if StylesParser.flag(try attributes.string(named: "customHeight", part: part)),
           let height = try attributes.string(named: "ht", part: part).flatMap({ Double($0) }) {
            sheet.rowHeights[index] = height
        }
        if StylesParser.flag(try attributes.string(named: "hidden", part: part)) { sheet.hiddenRows.insert(index) }
        if let level = try attributes.string(named: "outlineLevel", part: part).flatMap({ Int($0) }), level > 0 {
            sheet.rowOutlineLevels[index] = level
        }
        if StylesParser.flag(try attributes.string(named: "collapsed", part: part)) { sheet.collapsedRows.insert(index) }
    }

    private mutating func startCell(_ attributes: XMLAttributes) throws {
        var reference: (row: Int, column: Int)?
        var kind = Kind.number
        var style: Int?
        for index in 0..<attributes.count {
            let name = attributes.name(index)
            guard name.count == 1 else { continue }
            switch name[0] {
            case UInt8(ascii: "r"): reference = try SheetBytes.reference(attributes.value(index), part: part)
            case UInt8(ascii: "t"): kind = try Self.kind(attributes.value(index), part: part)
            case UInt8(ascii: "s"): style = try SheetBytes.integer(attributes.value(index), part: part)
            default: break
            }
        }
        if let reference {
            column = reference.column
            if row.index < 0 { row.index = reference.row }
        } else {
            column += 1
        }
        self.kind = kind
        styleIndex = style.flatMap { styles?.styles.indices.contains($0) == true ? $0 : nil }
        hasValue = false
        hasFormula = false
        inlineRuns = 0
        cellBytes = 0
    }

    private static func kind(_ raw: UnsafeBufferPointer<UInt8>, part: String) throws -> Kind {
        let kind = plainKind(raw)
        // Only a value that names no kind as written can name one through entities.
        guard kind == .number, let base = raw.baseAddress, memchr(base, Int32(UInt8(ascii: "&")), raw.count) != nil
        else { return kind }
        var decoded = ByteBuffer()
        try XMLScanner.decode(raw, into: &decoded, part: part)
        return decoded.withBytes { plainKind($0) }
    }

    private static func plainKind(_ raw: UnsafeBufferPointer<UInt8>) -> Kind {
        switch raw.count {
        case 1:
            switch raw[0] {
            case UInt8(ascii: "s"): return .shared
            case UInt8(ascii: "b"): return .bool
            case UInt8(ascii: "e"): return .error
            default: return .number
            }
        case 3: return XMLScanner.equal(raw, "str") ? .formulaText : .number
        case 9: return XMLScanner.equal(raw, "inlineStr") ? .inline : .number
        default: return .number
        }
    }

    private mutating func endCell() throws {
        let cellValue: CellValue
        switch kind {
        case .shared:
            guard hasValue, let index = value.withBytes({ SheetBytes.plainInteger($0) }),
                  sharedStrings.indices.contains(index)
            else {
                throw XLSXReadError.malformedXML(part: part, line: 0,
                                                 reason: "cell in row \(row.index + 1) names a missing shared string")
            }
            cellValue = .text(sharedStrings[index])
        case .inline:
            switch inlineRuns {
            case 0: cellValue = .text("")
            case 1: cellValue = .text(XMLText.decodeEscapes(inlineFirst))
            default: cellValue = .text(inlineText.string(decodingEscapes: true))
            }
        case .formulaText: cellValue = .text(hasValue ? value.string(decodingEscapes: true) : "")
        case .bool:
            cellValue = .bool(hasValue && value.withBytes { XMLScanner.equal($0, "1") || XMLScanner.equal($0, "true") })
        case .error: cellValue = .error(hasValue ? value.string() : "")
        case .number:
            if !hasValue || value.isEmpty {
                cellValue = .empty
            } else if let number = value.withBytes({ SheetBytes.double($0) }) {
                cellValue = .number(number)
            } else {
                cellValue = .text(value.string())
            }
        }
        if case .text(let text) = cellValue {
            let bytes = text.utf8.count
            // Characters as Excel counts them (UTF-16 units), only for text that may have too many.
            if bytes > limits.cellCharacters, text.utf16.count > limits.cellCharacters {
                throw refuse(.cellCharacters(limits.cellCharacters))
            }
            sheetTextBytes += bytes
            if sheetTextBytes > limits.sheetTextBytes { throw refuse(.sheetTextBytes(limits.sheetTextBytes)) }
        }
        let formulaText = hasFormula && !formula.isEmpty ? formula.string() : nil
        let isDate = styleIndex.map { dateStyles[$0] } ?? false
        row.cells.append(StreamedCell(column: column, value: cellValue, formula: formulaText, styleIndex: styleIndex,
                                      isDateFormatted: isDate))
        target = 0
    }

    mutating func flushRow() throws {
        guard !row.cells.isEmpty else { return }
        try onRow(row)
        row.cells.removeAll(keepingCapacity: true)
    }
}

/// Numbers and cell references read straight from a part's bytes, with the same results as the
/// `String`-based parsers they replace (`Int(_:)`, `Double(_:)`, `CellReference(a1:)`), which still
/// read whatever the fast paths do not cover.
enum SheetBytes {
    /// `Int(text)` of an attribute value (entities decoded).
    static func integer(_ raw: UnsafeBufferPointer<UInt8>, part: String) throws -> Int? {
        if let value = plainInteger(raw) { return value }
        return Int(try XMLScanner.decodedString(raw, part: part))
    }

    /// `Int(text)` for 1 to 18 ASCII digits with an optional sign, the common case; nil otherwise
    /// (callers that need the rest fall back to `Int(_:)`).
    static func plainInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            i = 1
        }
        let digits = bytes.count - i
        guard digits > 0, digits <= 18 else {
            return digits > 18 ? Int(String(decoding: bytes, as: UTF8.self)) : nil
        }
        var value = 0
        while i < bytes.count {
            let digit = Int(bytes[i]) - 48
            guard digit >= 0, digit <= 9 else { return nil }
            value = value * 10 + digit
            i += 1
        }
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// `Double(text)`: plain decimals ("1985", "-12.5") are converted exactly here (at most 15 significant
    /// digits and 22 decimals, so one correctly rounded division); anything else by `Double(_:)`.
    static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        let end = bytes.count
        var negative = false
        if end > 0, bytes[0] == UInt8(ascii: "-") { negative = true; i = 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var decimals = 0
        var sawPoint = false
        var plain = i < end
        while i < end {
            let byte = bytes[i]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                mantissa = mantissa &* 10 &+ UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if sawPoint { decimals += 1 }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                plain = false
                break
            }
            i += 1
        }
        if plain, digits > 0, digits <= 15, decimals <= 22, !(sawPoint && decimals == 0) {
            let magnitude = decimals == 0 ? Double(mantissa) : Double(mantissa) / powersOfTen[decimals]
            return negative ? -magnitude : magnitude
        }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    /// `CellReference(a1:)` of an attribute value, as (row, column).
    static func reference(_ raw: UnsafeBufferPointer<UInt8>, part: String) throws -> (row: Int, column: Int)? {
        if let reference = plainReference(raw) { return reference }
        // Only a value that is no reference as written can be one through entities.
        guard let base = raw.baseAddress, memchr(base, Int32(UInt8(ascii: "&")), raw.count) != nil else { return nil }
        return CellReference(a1: try XMLScanner.decodedString(raw, part: part)).map { ($0.row, $0.column) }
    }

    private static func plainReference(_ raw: UnsafeBufferPointer<UInt8>) -> (row: Int, column: Int)? {
        // "B3" or "$B$3": up to three letters, then up to seven digits, inside Excel's grid.
        var i = 0
        let end = raw.count
        if i < end, raw[i] == UInt8(ascii: "$") { i += 1 }
        var column = 0
        var letters = 0
        while i < end {
            let byte = raw[i] | 0x20
            guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") else { break }
            letters += 1
            if letters > 3 { return nil }
            column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
            i += 1
        }
        if i < end, raw[i] == UInt8(ascii: "$") { i += 1 }
        let digits = end - i
        guard letters > 0, digits > 0, digits <= 7 else { return nil }
        var row = 0
        while i < end {
            let digit = Int(raw[i]) - 48
            guard digit >= 0, digit <= 9 else { return nil }
            row = row * 10 + digit
            i += 1
        }
        guard row >= 1, row <= Limits.rows, column <= Limits.columns else { return nil }
        return (row - 1, column - 1)
    }
}
