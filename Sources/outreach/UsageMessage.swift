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
        guard lang == .vi else { return message }
        return message.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            translate(String(line))
        }.joined(separator: "\n")
    }

    private static func translate(_ line: String) -> String {
        let patterns: [(prefix: String, vi: String)] = [
            ("Error: Missing expected argument ", "lỗi: thiếu tham số bắt buộc "),
            ("Error: Missing value for ", "lỗi: thiếu giá trị cho "),
            ("Error: Unexpected argument ", "lỗi: không hiểu tham số "),
            ("Error: Unknown option ", "lỗi: không có tùy chọn "),
            ("Error: Unknown subcommand ", "lỗi: không có lệnh "),
            ("Error: ", "lỗi: "),
            ("Help: ", "Tham số: "),
            ("Usage: ", "Cách dùng: "),
        ]
        if let match = line.firstMatch(of: /^Error: (\d+) unexpected arguments: (.*)$/) {
            return "lỗi: thừa \(match.1) tham số không hiểu: \(match.2)"
        }
        if let match = line.firstMatch(of: /^Error: The value (.*) is invalid for (.*?)(?:\. Please provide one of (.*))?$/) {
            // A closed choice: ArgumentParser names the valid values ("'a', 'b' or 'c'.", or a list below).
            var valid = ""
            if let values = match.3 {
                valid = values == "the following:" ? ". Giá trị hợp lệ:" : ". Giá trị hợp lệ: " + String(values)
                    .replacingOccurrences(of: "' and '", with: "' và '").replacingOccurrences(of: "' or '", with: "' hoặc '")
            }
            return "lỗi: giá trị \(match.1) không hợp lệ cho \(match.2)\(valid)"
        }
        if let match = line.firstMatch(of: /^(\s*)See '(.*)' for more information\.$/) {
            return "\(match.1)Xem thêm: \(match.2)"
        }
        for pattern in patterns where line.hasPrefix(pattern.prefix) {
            return pattern.vi + line.dropFirst(pattern.prefix.count)
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
