/// Reads xl/styles.xml and resolves each cell format (cellXfs entry) into a `ReadStyle`.
final class StylesParser: XMLPartParser {
    private struct Font {
        var name: String?
        var size: Double?
        var bold = false
        var italic = false
        var underline: String?
        var color: UInt32?
    }

    private var numberFormats: [Int: String] = [:]
    private var fonts: [Font] = []
    private var fills: [UInt32?] = []
    private var borders: [ReadStyle.Borders] = []
    private(set) var styles: [ReadStyle] = []

    /// The style for a cell's `s` index; out-of-range indexes fall back to the default.
    func style(at index: Int) -> ReadStyle? {
        styles.indices.contains(index) ? styles[index] : nil
    }

    override func start(_ name: String, _ attributes: [String: String]) throws {
        // Only the top-level lists count: dxfs (conditional formats) nest their own fonts and fills.
        let parent = path.dropLast().last
        let grandparent = path.dropLast(2).last
        switch (name, parent, grandparent) {
        case ("numFmt", "numFmts", _):
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                numberFormats[id] = code
            }
        case ("font", "fonts", _):
            fonts.append(Font())
        case (_, "font", "fonts"):
            updateFont(name, attributes)
        case ("fill", "fills", _):
            fills.append(nil)
        case ("fgColor", "patternFill", _) where grandparent == "fill" && path.dropLast(3).last == "fills":
            if !fills.isEmpty { fills[fills.count - 1] = Self.rgb(attributes["rgb"]) }
        case ("border", "borders", _):
            borders.append(ReadStyle.Borders())
        case (_, "border", "borders"):
            updateBorder(name, attributes)
        case ("xf", "cellXfs", _):
            styles.append(resolve(attributes))
        case ("alignment", "xf", "cellXfs"):
            guard !styles.isEmpty else { return }
            styles[styles.count - 1].horizontal = attributes["horizontal"]
            styles[styles.count - 1].vertical = attributes["vertical"]
            styles[styles.count - 1].wrap = Self.flag(attributes["wrapText"])
            styles[styles.count - 1].shrinkToFit = Self.flag(attributes["shrinkToFit"])
            styles[styles.count - 1].indent = attributes["indent"].flatMap { Int($0) } ?? 0
        case ("protection", "xf", "cellXfs"):
            guard !styles.isEmpty, let locked = attributes["locked"] else { return }
            styles[styles.count - 1].locked = Self.flag(locked)
        default:
            break
        }
    }

    private func updateFont(_ name: String, _ attributes: [String: String]) {
        guard !fonts.isEmpty else { return }
        let value = attributes["val"]
        switch name {
        case "name": fonts[fonts.count - 1].name = value
        case "sz": fonts[fonts.count - 1].size = value.flatMap { Double($0) }
        case "b": fonts[fonts.count - 1].bold = value.map(Self.flag) ?? true
        case "i": fonts[fonts.count - 1].italic = value.map(Self.flag) ?? true
        case "u": fonts[fonts.count - 1].underline = value == "none" ? nil : (value ?? "single")
        case "color": fonts[fonts.count - 1].color = Self.rgb(attributes["rgb"])
        default: break
        }
    }

    private func updateBorder(_ name: String, _ attributes: [String: String]) {
        guard !borders.isEmpty else { return }
        let style = attributes["style"].flatMap { $0 == "none" ? nil : $0 }
        switch name {
        case "top": borders[borders.count - 1].top = style
        case "bottom": borders[borders.count - 1].bottom = style
        case "left", "start": borders[borders.count - 1].left = style
        case "right", "end": borders[borders.count - 1].right = style
        default: break
        }
    }

    private func resolve(_ attributes: [String: String]) -> ReadStyle {
        var style = ReadStyle()
        func index(_ key: String) -> Int { attributes[key].flatMap { Int($0) } ?? 0 }
        let font = fonts.indices.contains(index("fontId")) ? fonts[index("fontId")] : Font()
        style.fontName = font.name
        style.fontSize = font.size
        style.bold = font.bold
        style.italic = font.italic
        style.underline = font.underline
        style.fontColor = font.color
        style.numberFormatID = index("numFmtId")
        style.numberFormat = numberFormats[style.numberFormatID]
            ?? ReadStyle.builtInFormats[style.numberFormatID] ?? "General"
        if fills.indices.contains(index("fillId")) { style.fill = fills[index("fillId")] }
        if borders.indices.contains(index("borderId")) { style.borders = borders[index("borderId")] }
        return style
    }

    static func flag(_ value: String?) -> Bool {
        value == "1" || value == "true"
    }

    /// "FFRRGGBB" (or "RRGGBB") → 0xRRGGBB; theme and indexed colours give nil.
    static func rgb(_ value: String?) -> UInt32? {
        guard let value, value.count == 8 || value.count == 6, let number = UInt32(value, radix: 16) else { return nil }
        return number & 0xFF_FFFF
    }
}
