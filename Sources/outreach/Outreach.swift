import ArgumentParser
import Foundation
import OutreachCore
import OutreachStore

/// The `outreach` command: plan training sessions, track nominations against quotas, print the lists.
@main
struct Outreach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outreach",
        abstract: Help.text(
            vi: "Tổ chức các đợt tập huấn, tuyên truyền: từ định mức cử người đến danh sách ký tên.",
            en: "Plan training and outreach sessions from quota to sign-in sheet (tập huấn, tuyên truyền)."),
        discussion: Help.text(
            vi: """
                Bắt đầu với dữ liệu mẫu (`outreach demo`), hoặc tự tạo cơ sở dữ liệu:
                  outreach init --db tinh.sqlite
                  outreach units import Templates/units/lao-cai-2022.yaml --db tinh.sqlite
                  outreach session create --template Templates/sessions/lao-cai-2022-tdkt.yaml \\
                      --db tinh.sqlite
                Mọi lệnh đều nhận --db (mặc định $OUTREACH_DB, nếu không có thì
                ./outreach.sqlite), --as ĐƠN-VỊ, --json, --lang vi|en và --today YYYY-MM-DD.
                Mã thoát: 0 xong, 1 dữ liệu không hợp lệ, 2 sai cách dùng lệnh, 3 không tìm
                thấy, 4 xung đột (đủ định mức, quá hạn, trùng), 5 lỗi cơ sở dữ liệu hoặc tệp,
                6 đơn vị ghi ở --as không có quyền.
                Trên máy của một đơn vị, với mã truy cập do đơn vị tổ chức cấp:
                  outreach --server https://… --token MÃ session quota LCI-2022-TDKT
                  outreach --server https://… --token MÃ nominee confirm LCI-2022-TDKT 12
                """,
            en: """
                Start with the demo (`outreach demo`), or build your own database:
                  outreach init --db tinh.sqlite
                  outreach units import Templates/units/lao-cai-2022.yaml --db tinh.sqlite
                  outreach session create --template Templates/sessions/lao-cai-2022-tdkt.yaml \\
                      --db tinh.sqlite
                Every command takes --db (default $OUTREACH_DB, else ./outreach.sqlite), --as
                UNIT, --json, --lang vi|en and --today YYYY-MM-DD.
                Exit codes: 0 ok, 1 invalid input, 2 usage, 3 not found, 4 conflict (quota full,
                deadline passed, duplicate), 5 database or file error, 6 not allowed for the
                --as unit.
                On an office's own machine, with the access code the organiser gives:
                  outreach --server https://… --token CODE session quota LCI-2022-TDKT
                  outreach --server https://… --token CODE nominee confirm LCI-2022-TDKT 12
                """),
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
