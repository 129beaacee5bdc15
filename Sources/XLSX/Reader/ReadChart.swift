/// A chart drawn on a worksheet, read from its chart part through the sheet's drawing.
public struct ReadChart: Sendable, Equatable {
    /// One series' references and name.
    public struct Series: Sendable, Equatable {
        /// The name: literal text from `<c:v>`, or the formula of a `<c:strRef>`.
        public var name: String?
        /// The `<c:cat>` formula, e.g. "'Tổng hợp'!$A$2:$A$5".
        public var categories: String?
        /// The `<c:val>` formula.
        public var values: String?
    }

    /// The chart part, e.g. "xl/charts/chart1.xml".
    public var part: String
    /// The plot types in the plot area, e.g. ["barChart"] (columns and bars both) or ["pieChart"].
    public var plotTypes: [String] = []
    /// "col" or "bar" for bar charts.
    public var barDirection: String?
    /// The chart title's text.
    public var title: String?
    /// Axis titles, in the order the chart part gives its axes.
    public var axisTitles: [String] = []
    /// The title of the category axis (`<c:catAx>` or `<c:dateAx>`), wherever it is drawn.
    public var categoryAxisTitle: String?
    /// The title of the value axis (`<c:valAx>`), wherever it is drawn.
    public var valueAxisTitle: String?
    /// Where each axis is drawn, in the order the part gives its axes: "b", "l", "t" or "r" (`<c:axPos>`).
    public var axisPositions: [String] = []
    /// The series, in order.
    public var series: [Series] = []
    /// Where the legend is ("r", "b"…); nil when the chart has none.
    public var legendPosition: String?
    /// Whether values are cached in the chart (absent in constant-memory mode).
    public var hasNumberCache = false

    /// A chart read from a file.
    public init(part: String) {
        self.part = part
    }
}
