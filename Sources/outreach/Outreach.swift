import ArgumentParser
import Foundation
import OutreachStore

/// The `outreach` command: plan training sessions, track nominations against quotas, print the lists.
@main
struct Outreach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outreach",
        abstract: "Plan training and outreach sessions from quota to sign-in sheet (tập huấn, tuyên truyền).",
        discussion: """
            Start with the demo (`outreach demo`), or build your own database:
              outreach init --db tinh.sqlite
              outreach units import Templates/units/lao-cai-2022.yaml --db tinh.sqlite
              outreach session create --template Templates/sessions/lao-cai-2022-tdkt.yaml --db tinh.sqlite
            Every command takes --db (default $OUTREACH_DB, else ./outreach.sqlite), --as UNIT,
            --json, --lang vi|en and --today YYYY-MM-DD.
            Exit codes: 0 ok, 1 invalid input, 2 usage, 3 not found, 4 conflict (quota full, deadline
            passed, duplicate), 5 database or file error, 6 not allowed for the --as unit.
            """,
        version: "0.1.0",
        subcommands: [
            Init.self, Units.self, SessionGroup.self, NomineeGroup.self, AttendanceGroup.self, ExportGroup.self,
            Rates.self, Money.self, Demo.self, DatabaseGroup.self, BudgetGroup.self, PlanGroup.self, AuditGroup.self, CascadeGroup.self,
            DutyGroup.self, BlocGroup.self, AccessGroup.self, Serve.self,
        ])

    /// Runs the command and maps argument errors to exit status 2, as the CLI contract says.
    static func main() {
        AppDatabase.configureProcess()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = UsageMessage.localized(fullMessage(for: error), UsageMessage.language())
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
