/// Finds the charts of a worksheet: sheet relationships → drawing part → its chart parts, in the
/// order the drawing anchors them.
enum ChartReader {
    static func charts(ofSheetPart sheetPart: String, in package: PackageReader) throws -> [ReadChart] {
        guard let drawing = try related(to: sheetPart, ofType: "/drawing", in: package).first else { return [] }
        let drawingParser = DrawingParser(part: drawing)
        try drawingParser.parse(package.smallPart(drawing))
        let chartParts = try relationships(of: drawing, in: package)
        return try drawingParser.chartIDs.compactMap { id in
            guard let relationship = chartParts?.relationships[id], relationship.type.hasSuffix("/chart") else { return nil }
            let part = RelationshipsParser.resolve(relationship.target, relativeTo: folder(of: drawing))
            let parser = ChartParser(part: part)
            try parser.parse(package.smallPart(part))
            return parser.chart
        }
    }

    private static func folder(of part: String) -> String {
        part.split(separator: "/").dropLast().joined(separator: "/")
    }

    /// The part's .rels, nil when it has none.
    private static func relationships(of part: String, in package: PackageReader) throws -> RelationshipsParser? {
        let file = part.split(separator: "/").last.map(String.init) ?? part
        let folder = folder(of: part)
        let rels = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        guard package.contains(rels) else { return nil }
        let parser = RelationshipsParser(part: rels)
        try parser.parse(package.smallPart(rels))
        return parser
    }

    private static func related(to part: String, ofType suffix: String, in package: PackageReader) throws -> [String] {
        guard let parser = try relationships(of: part, in: package) else { return [] }
        return parser.relationships.values.filter { $0.type.hasSuffix(suffix) }
            .map { RelationshipsParser.resolve($0.target, relativeTo: folder(of: part)) }
            .filter(package.contains)
            .sorted()
    }
}

/// Reads a drawing part for the relationship ids of its charts (`<c:chart r:id="…"/>`).
final class DrawingParser: XMLPartParser {
    private(set) var chartIDs: [String] = []

    override func start(_ name: String, _ attributes: [String: String]) throws {
        if name == "chart", let id = attributes["id"] { chartIDs.append(id) }
    }
}

/// Reads a chart part: plot types, titles, legend and each series' references.
final class ChartParser: XMLPartParser {
    private(set) var chart: ReadChart
    private var titleText: String?

    override init(part: String) {
        chart = ReadChart(part: part)
        super.init(part: part)
    }

    override func start(_ name: String, _ attributes: [String: String]) throws {
        switch name {
        case _ where name.hasSuffix("Chart") && path.dropLast().last == "plotArea":
            chart.plotTypes.append(name)
        case "barDir": chart.barDirection = attributes["val"]
        case "ser": chart.series.append(ReadChart.Series())
        case "numCache": chart.hasNumberCache = true
        case "title": titleText = ""
        case "legend": chart.legendPosition = "r"
        case "legendPos": chart.legendPosition = attributes["val"] ?? "r"
        case "axPos" where path.contains("catAx") || path.contains("dateAx") || path.contains("valAx"):
            chart.axisPositions.append(attributes["val"] ?? "")
        default: break
        }
    }

    override func end(_ name: String, text: String) throws {
        let inSeries = path.contains("ser") && !chart.series.isEmpty
        switch name {
        case "t" where titleText != nil:
            titleText? += text
        case "title":
            guard let title = titleText else { return }
            if path.contains("catAx") || path.contains("valAx") || path.contains("dateAx") || path.contains("serAx") {
                chart.axisTitles.append(title)
                if path.contains("valAx") { chart.valueAxisTitle = title }
                if path.contains("catAx") || path.contains("dateAx") { chart.categoryAxisTitle = title }
            } else {
                chart.title = title
            }
            titleText = nil
        case "f" where inSeries:
            let last = chart.series.count - 1
            if path.contains("tx") { chart.series[last].name = text }
            if path.contains("cat") { chart.series[last].categories = text }
            if path.contains("val") { chart.series[last].values = text }
        case "v" where inSeries && path.contains("tx") && !path.contains("strRef"):
            chart.series[chart.series.count - 1].name = text
        default: break
        }
    }
}
