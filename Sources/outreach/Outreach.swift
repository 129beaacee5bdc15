import ArgumentParser
import Foundation
import OutreachCore
import OutreachStore

/// The `outreach` command: plan training sessions, track nominations against quotas, print the lists.
@main
struct Outreach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outreach",
        abstract: Help.text { $0.planTrainingAndOutreachSessions },
        discussion: Help.text { $0.startWithTheDemoOutreach },
        version: "0.1.0",
        subcommands: [
            Init.self, Units.self, SessionGroup.self, NomineeGroup.self, AttendanceGroup.self, ExportGroup.self,
            Rates.self, Money.self, Demo.self, DatabaseGroup.self, BudgetGroup.self, PlanGroup.self, AuditGroup.self, CascadeGroup.self,
            DutyGroup.self, BlocGroup.self, DocGroup.self, AccessGroup.self, Serve.self,
        ])

    /// `help nominee confirm --lang en`: ArgumentParser's `help` takes no options, and the help's language is read
    /// from the raw arguments already (`Help.language`), so `--lang` is dropped there.
    static func helpWithoutLanguage(_ arguments: [String]) -> [String] {
        guard arguments.first == "help" else { return arguments }
        var rest: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            if arguments[index] == "--lang" { index += 2; continue }
            if !arguments[index].hasPrefix("--lang=") { rest.append(arguments[index]) }
            index += 1
        }
        return rest
    }

    /// Runs the command and maps argument errors to exit status 2, as the CLI contract says.
    static func main() {
        AppDatabase.configureProcess()
        do {
            var command = try parseAsRoot(Self.helpWithoutLanguage(
                RemoteServer.takeArguments(Array(CommandLine.arguments.dropFirst()))))
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success, !CommandLine.arguments.contains("--experimental-dump-help") {
                // `--help`, `help …`, `--version`: the help screen with ArgumentParser's own words translated.
                print(Help.localizedScreen(fullMessage(for: error)))
                Foundation.exit(0)
            }
            if code == .validationFailure {
                var message = TerminalText.printable(UsageMessage.localized(fullMessage(for: error), UsageMessage.language()))
                if let hint = CommandSuggestion.hint(
                    arguments: Array(CommandLine.arguments.dropFirst()), root: Outreach.self, lang: UsageMessage.language()) {
                    message += "\n" + hint
                }
                // With --json a script reads the error as every other error: one JSON object on stderr.
                if CommandLine.arguments.contains("--json"),
                   let data = try? JSONSerialization.data(
                       withJSONObject: ["error": message, "exit": 2] as [String: Any], options: [.sortedKeys]) {
                    FileHandle.standardError.write(data + Data("\n".utf8))
                } else {
                    FileHandle.standardError.write(Data((message + "\n").utf8))
                }
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
