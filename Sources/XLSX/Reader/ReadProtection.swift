/// A worksheet's `<sheetProtection>`, with the OOXML defaults applied to absent attributes.
public struct ReadProtection: Sendable, Equatable {
    /// The attributes as stored.
    public var attributes: [String: String]

    /// Protection read from a file.
    public init(attributes: [String: String]) {
        self.attributes = attributes
    }

    /// Whether the sheet's cells are protected (`sheet="1"`).
    public var isSheetProtected: Bool { StylesParser.flag(attributes["sheet"]) }

    /// Whether users may do this on the protected sheet: "selectLockedCells", "selectUnlockedCells",
    /// "formatCells", "formatColumns", "formatRows", "insertColumns", "insertRows", "insertHyperlinks",
    /// "deleteColumns", "deleteRows", "sort", "autoFilter", "pivotTables", "objects", "scenarios".
    public func allows(_ action: String) -> Bool {
        // Each attribute is a "protected" flag: "1" forbids. Selection is allowed unless said,
        // the other actions are forbidden unless set to "0".
        let forbiddenByDefault = action != "selectLockedCells" && action != "selectUnlockedCells"
        guard let value = attributes[action] else { return !forbiddenByDefault }
        return !StylesParser.flag(value)
    }
}
