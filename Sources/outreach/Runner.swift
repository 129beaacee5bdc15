import ArgumentParser
import Foundation
import OutreachCore
import OutreachStore

/// A command that works on the database: errors become one line on stderr and the contract's exit status.
protocol OutreachCommand: ParsableCommand {
    var global: GlobalOptions { get }
    func execute(_ cli: CLI) throws(OutreachError)
}

/// A command that also runs against a server (`--server URL --token CODE`).
protocol RemoteCapable: OutreachCommand {}

extension OutreachCommand {
    func run() throws {
        let cli = CLI(global: global, commandName: Self.invokedPath)
        do throws(OutreachError) {
            if try cli.remote() != nil {
                if !(self is any RemoteCapable) {
                    throw .usage(LocalizedText(
                        vi: "lệnh này chưa chạy được qua máy chủ (--server); qua máy chủ chạy được: \(Self.remoteCommands)",
                        en: "this command does not run against a server (--server) yet; these do: \(Self.remoteCommands)"))
                }
                if global.actor != nil {
                    throw .usage(LocalizedText(
                        vi: "qua máy chủ, đơn vị thực hiện là đơn vị của mã truy cập (--token): bỏ --as",
                        en: "through a server the unit acting is the access code's (--token): drop --as"))
                }
                if global.today != nil {
                    throw .usage(LocalizedText(
                        vi: "qua máy chủ, các quy định được xét theo ngày của máy chủ: bỏ --today",
                        en: "through a server the rules are judged on the server's day: drop --today"))
                }
            }
            try execute(cli)
        } catch {
            cli.fail(error)
            throw ExitCode(error.exitStatus.rawValue)
        }
    }

    /// The commands that run against a server (`RemoteCapable`), as the refusal of another one lists them.
    static var remoteCommands: String {
        "nominee list/show/add/confirm/withdraw/replace/promote/import, session quota, attendance mark/walk-in/report, cascade status/report"
    }

    /// The command as the audit log records it, e.g. `nominee add`: the leading words of the command line.
    static var invokedPath: String {
        CommandLine.arguments.dropFirst().prefix { !$0.hasPrefix("-") }.prefix(2).joined(separator: " ")
    }
}

/// What a command needs from the command line: the database, the language, the acting unit, output.
struct CLI {
    let global: GlobalOptions
    let commandName: String

    var lang: Language { global.language }
    var json: Bool { global.json }

    /// The server the command runs against, when `--server` (or `OUTREACH_SERVER`) names one.
    func remote() throws(OutreachError) -> RemoteServer? {
        let environment = ProcessInfo.processInfo.environment
        return try RemoteServer(
            server: environment["OUTREACH_SERVER"].flatMap { $0.isEmpty ? nil : $0 }, token: environment["OUTREACH_TOKEN"],
            lang: lang)
    }

    /// Opens the database, which must exist unless `create`.
    func database(create: Bool = false) throws(OutreachError) -> AppDatabase {
        try AppDatabase.open(path: global.databasePath, create: create)
    }

    /// The context a writing command records: actor, command, today, late reason.
    func context(late: LateOptions? = nil) throws(OutreachError) -> CommandContext {
        var reason: String?
        if let late, late.late {
            guard let text = try FreeText.checked(late.reason, field: "--reason") else { throw .lateNeedsReason }
            reason = text
        }
        return CommandContext(
            actor: global.actingUnit, command: commandName, today: global.todayDate, todayIsSet: global.todayIsSet,
            lateReason: reason)
    }

    /// Prints a line to stdout, control characters shown as "�" (see `TerminalText`).
    func say(_ text: String) {
        print(TerminalText.printable(text))
    }

    /// Prints a value as pretty, sorted JSON.
    func printJSON<T: Encodable>(_ value: T) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        if let data = try? encoder.encode(value) { print(String(decoding: data, as: UTF8.self)) }
    }

    /// Prints an error as one line on stderr (a JSON object with `--json`).
    func fail(_ error: OutreachError) {
        if json {
            var object: [String: Any] = [
                "error": error.message(lang, fields: .commandLine) + hint(for: error), "exit": Int(error.exitStatus.rawValue),
            ]
            if let field = error.field { object["field"] = field.key }
            if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
                FileHandle.standardError.write(data + Data("\n".utf8))
                return
            }
        }
        let prefix = lang.pick("lỗi", "error")
        FileHandle.standardError.write(
            Data("\(prefix): \(TerminalText.printable(error.message(lang, fields: .commandLine) + hint(for: error)))\n".utf8))
    }

    /// Prints a warning as one line on stderr.
    func warn(_ text: String) {
        FileHandle.standardError.write(Data("\(lang.pick("cảnh báo", "warning")): \(TerminalText.printable(text))\n".utf8))
    }

    /// Warns of the people of the same name kept apart from the one just added or found (`PersonIdentity`'s
    /// namesakes), as an import warns of them on its rows; the first three are named.
    func warnNamesakes(_ database: some OutreachStorage, person: Int64) {
        let principal = (try? context().principal) ?? .databaseOperator
        for namesake in ((try? database.namesakes(ofPerson: person, visibleTo: principal)) ?? []).prefix(3) {
            warn(namesake.warning.text(lang))
        }
    }

    /// Parses a unit argument: a code, or a unit's name or short name as imports read them ("Phòng GD&ĐT Bát
    /// Xát", with or without accents).
    func unitCode(_ raw: String, field: String = "--unit") throws(OutreachError) -> UnitCode {
        if let code = UnitCode(rawValue: raw.uppercased()) { return code }
        return try unitNamed(raw, field: field)
    }

    /// Parses a session code argument.
    func sessionCode(_ raw: String) throws(OutreachError) -> SessionCode {
        guard let code = SessionCode(rawValue: raw.uppercased()) else { throw .unknownSession(raw) }
        return code
    }

    /// Parses a role code argument.
    func roleCode(_ raw: String) throws(OutreachError) -> RoleCode {
        guard let code = RoleCode(rawValue: raw.lowercased()) else {
            throw .invalidValue(field: "--role", value: raw, reason: LocalizedText(
                vi: "không phải mã vai trò (chữ thường, gạch ngang)", en: "is not a role code (a–z, dashes)"))
        }
        return code
    }
}

/// `--late --reason "…"`: a change after the nomination deadline, recorded with its reason.
struct LateOptions: ParsableArguments {
    @Flag(help: .text(
        vi: "Cho phép thay đổi sau hạn đăng ký (phải ghi --reason; lý do được lưu vào nhật ký).",
        en: "Allow a change after the nomination deadline (needs --reason, kept in the audit log)."))
    var late = false

    @Option(help: .text(
        vi: "Lý do thay đổi (bắt buộc khi dùng --late).",
        en: "Why the change is made (required with --late)."))
    var reason: String?
}

extension FieldNames {
    /// A use case's fields as this command line asks for them: an option (`--works-at`) or an argument
    /// (`NOMINEE`); and the next steps as the commands and options that take them.
    static let commandLine = FieldNames({ field, lang in
        switch field {
        case .nominee, .line, .amount, .criterion, .points: field.rawValue.uppercased()
        case .file: lang.pick("tệp", "file")
        default:
            "--" + field.rawValue.reduce(into: "") { flag, character in
                if character.isUppercase { flag += "-" + character.lowercased() } else { flag.append(character) }
            }
        }
    }, step: { next, lang in
        switch next {
        case .seeUnits: lang.pick(" (xem: outreach units list)", " (see: outreach units list)")
        case .seeSessions: lang.pick(" (xem: outreach session list)", " (see: outreach session list)")
        case .seeNominees(let session):
            lang.pick(" (xem: outreach nominee list \(session))", " (see: outreach nominee list \(session))")
        case .seePlans: lang.pick("; xem danh sách: outreach plan list", "; see the list: outreach plan list")
        case .seeBlocs: lang.pick("; xem: outreach bloc list", "; see: outreach bloc list")
        case .changeLateWithReason:
            lang.pick("; dùng --late --reason \"…\" nếu được phép", "; use --late --reason \"…\" if allowed")
        case .giveLateReason: lang.pick("--late cần kèm --reason \"lý do\"", "--late needs --reason \"why\"")
        case .lowerQuotaAnyway: lang.pick("; dùng --force để giảm, khi đó", "; use --force, which leaves")
        case .overwriteFile: lang.pick("; chọn tên khác hoặc thêm --force", "; choose another name or add --force")
        case .importValidRowsOnly:
            lang.pick(
                "; sửa các dòng nêu trên rồi nhập lại, hoặc thêm --partial để chỉ nhập các dòng đúng",
                "; fix the rows above and import again, or add --partial to import only the valid rows")
        case .addReserve(let session):
            lang.pick(
                " (thêm bằng: outreach nominee add \(session) … --reserve)",
                " (add one with: outreach nominee add \(session) … --reserve)")
        case .recordWalkIn(let session):
            lang.pick(
                "; người đến dự mà chưa được cử ghi bằng: outreach attendance walk-in \(session) …",
                "; record someone who came unnominated with: outreach attendance walk-in \(session) …")
        case .pointAtDatabase(let path):
            lang.pick(
                "; chỉ đến cơ sở dữ liệu đã có bằng --db ĐƯỜNG-DẪN hoặc biến OUTREACH_DB, hoặc tạo mới bằng: outreach init --db \(path)",
                "; point at an existing one with --db PATH or OUTREACH_DB, or create it with: outreach init --db \(path)")
        case .rebuildDemo:
            lang.pick(
                "; tạo lại demo sẽ xóa hết; thêm --force để vẫn tạo lại, hoặc chọn --db khác",
                "; building the demo again would lose them all; add --force to rebuild anyway, or choose another --db")
        case .chooseAnotherDatabase: lang.pick("; chọn --db khác", "; choose another --db")
        }
    })
}
