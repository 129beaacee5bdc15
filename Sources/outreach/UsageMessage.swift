import ArgumentParser
import Foundation
import OutreachCore

/// ArgumentParser's usage errors in the user's language. The parser writes English ("Error: Missing expected
/// argument '<session>'", "Usage: …", "See '… --help' for more information."); a Vietnamese office reads the
/// same lines in Vietnamese, with the option names and the usage line as they are.
enum UsageMessage {
    /// The language asked for on the command line (`--lang en`, `--lang=en`) or by `OUTREACH_LANG`; Vietnamese
    /// otherwise. Read from the raw arguments, since parsing them is what failed.
    static func language(_ arguments: [String] = CommandLine.arguments) -> Language {
        var asked: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { asked = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { asked = String(argument.dropFirst("--lang=".count)) }
        }
        let raw = asked ?? ProcessInfo.processInfo.environment["OUTREACH_LANG"]
        return raw.flatMap(Language.init(rawValue:)) ?? .vi
    }

    /// The parser's message, each line translated when Vietnamese is asked for.
    static func localized(_ message: String, _ lang: Language) -> String {
        guard lang == .vi else {
            // The parser's "Error: " begins as every other error of the command line does ("error: "): one prefix to
            // look for in a script's log.
            let parser = English().parserError
            guard message.hasPrefix(parser) else { return message }
            return lang.text { $0.errorInOutreachServerCommand } + ": " + message.dropFirst(parser.count)
        }
        return message.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            translate(String(line))
        }.joined(separator: "\n")
    }

    /// ArgumentParser writes English; the English catalogue holds its words, the Vietnamese one what replaces them.
    private static func translate(_ line: String) -> String {
        let (en, vi) = (English(), Vietnamese())
        let patterns: [(en: String, vi: String)] = [
            (en.parserMissingArgument, vi.parserMissingArgument),
            (en.parserMissingValue, vi.parserMissingValue),
            (en.parserUnexpectedArgument, vi.parserUnexpectedArgument),
            (en.parserUnknownOption, vi.parserUnknownOption),
            (en.parserUnknownSubcommand, vi.parserUnknownSubcommand),
            (en.parserError, vi.parserError),
            (en.parserHelp, vi.parserHelp),
            (en.parserUsage, vi.parserUsage),
        ]
        if let match = line.firstMatch(of: /^Error: (\d+) unexpected arguments: (.*)$/) {
            return vi.parserUnexpectedArguments(String(match.1), String(match.2))
        }
        if let match = line.firstMatch(of: /^Error: The value (.*) is invalid for (.*?)(?:\. Please provide one of (.*))?$/) {
            // A closed choice: ArgumentParser names the valid values ("'a', 'b' or 'c'.", or a list below).
            return vi.parserInvalidValue(String(match.1), String(match.2), match.3.map(String.init))
        }
        if let match = line.firstMatch(of: /^(\s*)See '(.*)' for more information\.$/) {
            return vi.parserSeeMore(String(match.1), String(match.2))
        }
        for pattern in patterns where line.hasPrefix(pattern.en) {
            return pattern.vi + line.dropFirst(pattern.en.count)
        }
        return line
    }
}

/// A usage error in the user's language (exit 2, printed through `UsageMessage`).
func usageError(_ words: Words) -> ValidationError {
    usageError(LocalizedText(words))
}

/// A usage error from a text already in both languages.
func usageError(_ text: LocalizedText) -> ValidationError {
    ValidationError(text.text(UsageMessage.language()))
}
