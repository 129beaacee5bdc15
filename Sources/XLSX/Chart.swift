import CXlsxWriter

/// A chart drawn from cell ranges, described as a value: each `insertChart` creates a fresh
/// libxlsxwriter chart, so the same description can be inserted several times.
///
/// In constant-memory mode the chart is written without cached values: Excel redraws it from the
/// references, but viewers that rely on the cache may show empty series.
public struct Chart: Hashable, Sendable {
    /// The chart type.
    public enum Kind: Hashable, Sendable {
        /// Vertical bars.
        case column
        /// Horizontal bars.
        case bar
        /// Lines through the points.
        case line
        /// A pie of the first series.
        case pie
    }

    /// Where the legend goes.
    public enum Legend: Hashable, Sendable {
        case none, bottom, right
    }

    /// One series: values, with categories as their labels, both on the sheet named `sheet`.
    public struct Series: Hashable, Sendable {
        /// Shown in the legend; must not start with "=".
        public var name: String?
        /// The sheet holding both ranges; it must already exist in the workbook.
        public var sheet: String
        /// The labels, one row or one column.
        public var categories: CellRange
        /// The numbers, one row or one column, as many cells as `categories`.
        public var values: CellRange
        /// Bar fill or line colour; nil lets the chart choose. Not allowed on pies, whose slices need
        /// colours of their own.
        public var color: Color?

        /// A series.
        public init(name: String? = nil, sheet: String, categories: CellRange, values: CellRange, color: Color? = nil) {
            self.name = name
            self.sheet = sheet
            self.categories = categories
            self.values = values
            self.color = color
        }
    }

    /// The chart type.
    public var kind: Kind
    /// Title above the chart; must not start with "=".
    public var title: String?
    /// The series, at least one.
    public var series: [Series]
    /// Title of the category axis, the one the categories are spread along: horizontal for columns and lines,
    /// vertical for `.bar`. Not for pies.
    public var categoryAxisTitle: String?
    /// Title of the value axis, the one the numbers are read on: vertical for columns and lines, horizontal for
    /// `.bar`. Not for pies.
    public var valueAxisTitle: String?
    /// Where the legend goes.
    public var legend: Legend
    /// Width in pixels (libxlsxwriter's default is 480).
    public var width: Int
    /// Height in pixels (libxlsxwriter's default is 288).
    public var height: Int
    /// The value axis runs from 0 to this (a rate: 1 = 100 %), instead of a bound the renderer picks.
    public var valueAxisMaximum: Double?
    /// The number format of the value axis labels, e.g. "0%".
    public var valueAxisNumberFormat: String?
    /// Every category labelled (no label skipped for want of room), and on a bar chart the categories from the
    /// top down in the order of the table (Excel draws the first at the bottom), the value axis kept below.
    public var categoriesAsInTable = false

    /// A chart; size defaults to 480 × 288 pixels.
    public init(kind: Kind, title: String? = nil, series: [Series], categoryAxisTitle: String? = nil,
                valueAxisTitle: String? = nil, legend: Legend = .right, width: Int = Chart.defaultWidth,
                height: Int = Chart.defaultHeight) {
        self.kind = kind
        self.title = title
        self.series = series
        self.categoryAxisTitle = categoryAxisTitle
        self.valueAxisTitle = valueAxisTitle
        self.legend = legend
        self.width = width
        self.height = height
    }

    /// libxlsxwriter's default chart size, which the scale factors are relative to.
    public static let defaultWidth = 480
    /// libxlsxwriter's default chart height.
    public static let defaultHeight = 288
    /// Largest size accepted, in pixels, so a scale factor can never be absurd.
    static let maxPixels = 10_000
    /// Excel's limit on a chart or axis title.
    static let maxTitleLength = 255
}

extension Worksheet {
    /// Draws the chart with its top-left corner on `cell`; checked entirely before libxlsxwriter sees it,
    /// since a chart that fails to insert would remain in the workbook.
    public func insertChart(_ chart: Chart, at cell: CellReference) throws {
        let workbook = try openWorkbook()
        try checkInside(cell)
        func refuse(_ reason: String) -> XLSXError { .invalidChart(sheet: name, cell: cell.a1, reason: reason) }
        let sheets = try Self.checkChart(chart, in: workbook, refuse: refuse)
        let handle = try workbook.openHandle()

        let type: lxw_chart_type
        switch chart.kind {
        case .column: type = LXW_CHART_COLUMN
        case .bar: type = LXW_CHART_BAR
        case .line: type = LXW_CHART_LINE
        case .pie: type = LXW_CHART_PIE
        }
        guard let c = workbook_add_chart(handle, UInt8(type.rawValue)) else {
            throw XLSXError.library(function: "workbook_add_chart", message: "could not allocate a chart")
        }
        NumericLocale.withC {
            if let title = chart.title { chart_title_set_name(c, title) }
            // A bar chart lies on its side: libxlsxwriter's x axis is then its value axis (along the bottom) and
            // its y axis the category axis (down the left). Titles and scale follow the axis's role, not its letter.
            let (categoryAxis, valueAxis) = chart.kind == .bar
                ? (c.pointee.y_axis, c.pointee.x_axis) : (c.pointee.x_axis, c.pointee.y_axis)
            if let title = chart.categoryAxisTitle { chart_axis_set_name(categoryAxis, title) }
            if let title = chart.valueAxisTitle { chart_axis_set_name(valueAxis, title) }
            if let maximum = chart.valueAxisMaximum {
                chart_axis_set_min(valueAxis, 0)
                chart_axis_set_max(valueAxis, maximum)
            }
            if let format = chart.valueAxisNumberFormat { chart_axis_set_num_format(valueAxis, format) }
            if chart.categoriesAsInTable {
                chart_axis_set_interval_unit(categoryAxis, 1)
                if chart.kind == .bar {
                    chart_axis_set_reverse(categoryAxis)
                    // The value axis crosses at the last category, now the bottom one.
                    chart_axis_set_crossing_max(categoryAxis)
                }
            }
            let legend: lxw_chart_legend_position = switch chart.legend {
            case .none: LXW_CHART_LEGEND_NONE
            case .bottom: LXW_CHART_LEGEND_BOTTOM
            case .right: LXW_CHART_LEGEND_RIGHT
            }
            chart_legend_set_position(c, UInt8(legend.rawValue))
        }
        for (series, sheet) in zip(chart.series, sheets) {
            guard let s = chart_add_series(c, nil, nil) else {
                throw XLSXError.library(function: "chart_add_series", message: "could not allocate a series")
            }
            // These setters quote the sheet name themselves, so names with spaces or accents are safe.
            let categories = series.categories, values = series.values
            chart_series_set_categories(s, sheet, lxw_row_t(categories.first.row), lxw_col_t(categories.first.column),
                                        lxw_row_t(categories.last.row), lxw_col_t(categories.last.column))
            chart_series_set_values(s, sheet, lxw_row_t(values.first.row), lxw_col_t(values.first.column),
                                    lxw_row_t(values.last.row), lxw_col_t(values.last.column))
            if let name = series.name { chart_series_set_name(s, name) }
            if let color = series.color {
                if chart.kind == .line {
                    var line = lxw_chart_line()
                    line.color = color.lxw
                    chart_series_set_line(s, &line)
                } else {
                    var fill = lxw_chart_fill()
                    fill.color = color.lxw
                    chart_series_set_fill(s, &fill)
                }
            }
        }
        var options = lxw_chart_options()
        options.x_scale = Double(chart.width) / Double(Chart.defaultWidth)
        options.y_scale = Double(chart.height) / Double(Chart.defaultHeight)
        try lxwCall("worksheet_insert_chart_opt") {
            worksheet_insert_chart_opt(self.handle, lxw_row_t(cell.row), lxw_col_t(cell.column), c, &options)
        }
    }

    /// The exact names of the sheets of each series, after checking everything 1.1.4 would refuse at
    /// close or misread.
    private static func checkChart(_ chart: Chart, in workbook: Workbook,
                                   refuse: (String) -> XLSXError) throws -> [String] {
        guard !chart.series.isEmpty else { throw refuse("it has no series") }
        var texts: [(String, String?)] = [
            ("title", chart.title), ("category axis title", chart.categoryAxisTitle),
            ("value axis title", chart.valueAxisTitle),
        ]
        texts += chart.series.enumerated().map { ("name of series \($0.offset + 1)", $0.element.name) }
        for case let (what, text?) in texts {
            // 1.1.4 reads any text starting with "=" as a cell reference.
            if text.hasPrefix("=") { throw refuse("the \(what) starts with '=', which would be read as a reference") }
            guard !text.isEmpty else { throw refuse("the \(what) is empty") }
            let length = text.unicodeScalars.count
            guard length <= Chart.maxTitleLength else {
                throw refuse("the \(what) has \(length) characters, limit is \(Chart.maxTitleLength)")
            }
            if let reason = XMLText.controlCharacter(in: text) { throw refuse("the \(what) \(reason)") }
        }
        if let maximum = chart.valueAxisMaximum, !(maximum.isFinite && maximum > 0) {
            throw refuse("the value axis maximum \(maximum) must be a positive number")
        }
        if let format = chart.valueAxisNumberFormat, format.isEmpty || XMLText.controlCharacter(in: format) != nil {
            throw refuse("the value axis number format is empty or holds control characters")
        }
        if chart.kind == .pie {
            if chart.categoryAxisTitle != nil || chart.valueAxisTitle != nil { throw refuse("a pie has no axes to title") }
            if chart.valueAxisMaximum != nil || chart.valueAxisNumberFormat != nil { throw refuse("a pie has no value axis") }
            if chart.series.contains(where: { $0.color != nil }) {
                throw refuse("a pie series cannot take one colour: every slice would look the same")
            }
        }
        for (what, pixels) in [("width", chart.width), ("height", chart.height)] where !(1...Chart.maxPixels).contains(pixels) {
            throw refuse("the \(what) \(pixels) px must be 1...\(Chart.maxPixels)")
        }
        return try chart.series.enumerated().map { offset, series in
            let what = "series \(offset + 1)"
            guard let sheet = workbook.worksheet(named: series.sheet) else {
                throw refuse("\(what) refers to sheet '\(series.sheet)', which the workbook does not have")
            }
            for range in [series.categories, series.values] {
                guard range.first.isInsideSheet, range.last.isInsideSheet else {
                    throw refuse("\(what) range \(range.a1) lies outside the sheet")
                }
                guard range.rowCount == 1 || range.columnCount == 1 else {
                    throw refuse("\(what) range \(range.a1) must be one row or one column")
                }
            }
            let labels = series.categories.rowCount * series.categories.columnCount
            let numbers = series.values.rowCount * series.values.columnCount
            guard labels == numbers else {
                throw refuse("\(what) has \(labels) categories for \(numbers) values")
            }
            return sheet.name
        }
    }
}
