/// Reads xl/workbook.xml: the sheets in tab order and the defined names.
final class WorkbookPartParser: XMLPartParser {
    struct SheetEntry {
        let name: String
        let state: SheetContent.State
        let relationshipID: String
    }

    private(set) var sheets: [SheetEntry] = []
    private(set) var definedNames: [XLSXDocument.DefinedName] = []
    private var pendingName: (name: String, local: Int?, hidden: Bool)?

    override func start(_ name: String, _ attributes: [String: String]) throws {
        switch name {
        case "sheet":
            guard let sheetName = attributes["name"], let id = attributes["id"] else { return }
            let state = attributes["state"].flatMap(SheetContent.State.init(rawValue:)) ?? .visible
            sheets.append(SheetEntry(name: sheetName, state: state, relationshipID: id))
        case "definedName":
            pendingName = (attributes["name"] ?? "", attributes["localSheetId"].flatMap { Int($0) },
                           attributes["hidden"] == "1" || attributes["hidden"] == "true")
        default:
            break
        }
    }

    override func end(_ name: String, text: String) throws {
        guard name == "definedName", let pending = pendingName else { return }
        definedNames.append(.init(name: pending.name, formula: text, localSheetIndex: pending.local, hidden: pending.hidden))
        pendingName = nil
    }
}
