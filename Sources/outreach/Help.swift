import ArgumentParser
import Foundation
import OutreachCore

/// The help of every command, argument, option and flag, in both languages.
///
/// ArgumentParser builds `--help` from static strings, so the language cannot come from the parsed `--lang`:
/// it is read once, from the raw arguments (`--lang vi|en`, else `OUTREACH_LANG`, else Vietnamese) as usage
/// errors are (`UsageMessage.language`), the first time a text is asked for, which is before ArgumentParser
/// builds any help. Every text is written twice at its declaration, Vietnamese first, so none can lack a
/// translation.
enum Help {
    /// The language help is shown in, fixed for the process.
    static let language: Language = UsageMessage.language()

    /// The text in the process's language.
    static func text(_ words: Words) -> String {
        language.text(words)
    }

    /// ArgumentParser's own words on a help screen (section titles, `--help`, `(default: …)`) in Vietnamese when
    /// Vietnamese is asked for; the option names, value names and our own texts are left as they are.
    static func localizedScreen(_ screen: String, _ lang: Language = language) -> String {
        guard lang == .vi else { return screen }
        return screen.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            translate(String(line))
        }.joined(separator: "\n")
    }

    /// ArgumentParser writes English; the English catalogue holds its words, the Vietnamese one what replaces them.
    private static func translate(_ line: String) -> String {
        let (en, vi) = (English(), Vietnamese())
        let titles = [
            (en.helpOverview, vi.helpOverview), (en.helpUsage, vi.helpUsage), (en.helpArguments, vi.helpArguments),
            (en.helpOptions, vi.helpOptions), (en.helpSubcommands, vi.helpSubcommands),
        ]
        for (english, vietnamese) in titles where line.hasPrefix(english) {
            return vietnamese + line.dropFirst(english.count)
        }
        if let match = line.firstMatch(of: /^(\s*)See '(.*) <subcommand>' for detailed help\.$/) {
            return vi.helpSeeSubcommand(String(match.1), String(match.2))
        }
        var line = line
        let phrases = [
            (en.helpShowHelp, vi.helpShowHelp),
            (en.helpShowSubcommandHelp, vi.helpShowSubcommandHelp),
            (en.helpShowVersion, vi.helpShowVersion),
            // No space after the colon: ArgumentParser may have wrapped the line there.
            (en.helpValues, vi.helpValues),
            (en.helpDefaultAfterSemicolon, vi.helpDefaultAfterSemicolon),
            (en.helpDefault, vi.helpDefault),
        ]
        for (english, vietnamese) in phrases {
            line = line.replacingOccurrences(of: english, with: vietnamese)
        }
        return line
    }
}

extension ArgumentHelp {
    /// Help for an argument, option or flag in both languages; the one shown is the process's (`Help.language`).
    static func text(_ words: Words, valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp(Help.text(words), valueName: valueName)
    }
}

extension ArgumentHelp {
    /// The session argument most commands take.
    static var sessionCode: ArgumentHelp {
        .text { $0.theSessionCodeInHelp }
    }

    /// The plan argument of the plan, duty and bloc commands.
    static var planCode: ArgumentHelp {
        .text { $0.thePlanCode }
    }

    /// The bloc argument of the bloc commands.
    static var blocCode: ArgumentHelp {
        .text { $0.theBlocsCode }
    }

    /// A nominee named on the command line.
    static var nomineeKey: ArgumentHelp {
        .text { $0.theNomineeNumberPhoneOrPart }
    }
}
