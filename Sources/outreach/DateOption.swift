import ArgumentParser
import OutreachCore

/// Every date option reads a date the one way: day first as the outputs print it (10/05/2022) or ISO
/// (2022-05-10); anything else is a mistake on the command line (exit 2) with the same message.
enum DateOption {
    static func parse(_ raw: String, option: String) -> CalendarDate? { CalendarDate(typed: raw) }

    static func message(_ raw: String, option: String) -> LocalizedText {
        LocalizedText { $0.optionMustBeAReal(option, raw) }
    }

    /// For `validate()`: an argument-parser usage error.
    static func validated(_ raw: String?, option: String) throws -> CalendarDate? {
        guard let raw else { return nil }
        guard let date = parse(raw, option: option) else {
            let text = message(raw, option: option)
            throw usageError(text)
        }
        return date
    }

    /// For `execute`: the same mistake as `OutreachError.usage` (exit 2).
    static func required(_ raw: String, option: String) throws(OutreachError) -> CalendarDate {
        guard let date = parse(raw, option: option) else { throw .usage(message(raw, option: option)) }
        return date
    }
}
