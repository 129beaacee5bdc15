/// A conditional-format rule as stored in a worksheet's `<conditionalFormatting>`/`<cfRule>`.
public struct ReadConditionalFormat: Sendable, Equatable {
    /// The cells it covers, e.g. "B2:B10".
    public var sqref: String
    /// "cellIs", "containsText", "expression", "containsBlanks", "notContainsBlanks", "dataBar", "colorScale"…
    public var type: String
    /// "greaterThan", "between"… for cellIs and containsText rules.
    public var operatorName: String?
    /// The `<formula>` elements, in order.
    public var formulas: [String] = []
    /// The text of a containsText rule.
    public var text: String?
    /// Index into styles.xml's `<dxfs>`; nil for data bars and colour scales.
    public var dxfId: Int?
    /// Colours of a data bar or colour scale, as 0xRRGGBB.
    public var colors: [UInt32] = []

    /// A rule read from a file.
    public init(sqref: String, type: String) {
        self.sqref = sqref
        self.type = type
    }
}
