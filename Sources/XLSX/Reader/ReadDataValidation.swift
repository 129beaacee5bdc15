/// A data validation as stored in a worksheet's `<dataValidation>`.
public struct ReadDataValidation: Sendable, Equatable {
    /// The cells it covers, e.g. "B2:B10" (several ranges are space-separated).
    public var sqref: String
    /// "list", "whole", "decimal", "date", "textLength", "custom"…; nil when absent (any value).
    public var type: String?
    /// "between" (Excel's default when absent), "greaterThan"…
    public var operatorName: String?
    /// The first formula or bound, as stored, e.g. "\"Nam,Nữ\"" or "$H$1:$H$5" or "1".
    public var formula1: String?
    /// The second bound, for between rules.
    public var formula2: String?
    /// Whether empty cells are accepted.
    public var allowBlank = false
    /// Whether the dropdown is hidden: Excel's `showDropDown` attribute means the opposite of its name.
    public var dropdownHidden = false
    /// "stop" (Excel's default when absent), "warning" or "information".
    public var errorStyle: String?
    /// Title of the input prompt.
    public var promptTitle: String?
    /// Input prompt.
    public var prompt: String?
    /// Title of the error message.
    public var errorTitle: String?
    /// Error message.
    public var error: String?

    /// A validation read from a file.
    public init(sqref: String) {
        self.sqref = sqref
    }

    /// The items of an explicit list (`formula1` of the form "a,b,c" in quotes); nil for other rules.
    public var listItems: [String]? {
        guard type == "list", let formula1, formula1.count >= 2, formula1.hasPrefix("\""), formula1.hasSuffix("\"")
        else { return nil }
        return formula1.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
}
