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
                    throw .usage(LocalizedText { $0.thisCommandDoesNotRun(Self.remoteCommands) })
                }
                if global.actor != nil {
                    throw .usage(LocalizedText { $0.throughAServerTheUnit })
                }
                if global.today != nil {
                    throw .usage(LocalizedText { $0.throughAServerTheRules })
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
        let prefix = lang.text { $0.errorInOutreachServerCommand }
        FileHandle.standardError.write(
            Data("\(prefix): \(TerminalText.printable(error.message(lang, fields: .commandLine) + hint(for: error)))\n".utf8))
    }

    /// Prints a warning as one line on stderr.
    func warn(_ text: String) {
        FileHandle.standardError.write(Data("\(lang.text { $0.warningInAttendanceImport }): \(TerminalText.printable(text))\n".utf8))
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
            throw .invalidValue(field: "--role", value: raw, reason: LocalizedText { $0.isNotARoleCode })
        }
        return code
    }
}

/// `--late --reason "…"`: a change after the nomination deadline, recorded with its reason.
struct LateOptions: ParsableArguments {
    @Flag(help: .text { $0.allowAChangeAfterThe })
    var late = false

    @Option(help: .text { $0.whyTheChangeIsMade })
    var reason: String?
}

extension FieldNames {
    /// A use case's fields as this command line asks for them: an option (`--works-at`) or an argument
    /// (`<nominee>`); and the next steps as the commands and options that take them.
    static let commandLine = FieldNames({ field, lang in
        switch field {
        // Arguments as `--help` shows them: `<line>`, `<nominee>`.
        case .nominee, .line, .amount, .criterion, .points: "<\(field.rawValue)>"
        case .file: lang.text { $0.file }
        default:
            "--" + field.rawValue.reduce(into: "") { flag, character in
                if character.isUppercase { flag += "-" + character.lowercased() } else { flag.append(character) }
            }
        }
    }, step: { next, lang in
        switch next {
        case .seeUnits: lang.text { $0.seeOutreachUnitsList }
        case .seeSessions: lang.text { $0.seeOutreachSessionList }
        case .seeNominees(let session):
            lang.text { $0.seeOutreachNomineeListSession(session) }
        case .seePlans: lang.text { $0.seeTheListOutreachPlan }
        case .seeBlocs: lang.text { $0.seeOutreachBlocList }
        case .changeLateWithReason:
            lang.text { $0.useLateReasonIfAllowed }
        case .giveLateReason: lang.text { $0.lateNeedsReasonWhy }
        case .lowerQuotaAnyway: lang.text { $0.useForceWhichLeaves }
        case .overwriteFile: lang.text { $0.chooseAnotherNameOrAdd }
        case .importValidRowsOnly:
            lang.text { $0.fixTheRowsAboveAndImport }
        case .addReserve(let session):
            lang.text { $0.addOneWithOutreachNominee(session) }
        case .recordWalkIn(let session):
            lang.text { $0.recordSomeoneWhoCameUnnominatedWith(session) }
        case .pointAtDatabase(let path):
            lang.text { $0.pointAtAnExistingOneWith(path) }
        case .rebuildDemo:
            lang.text { $0.buildingTheDemoAgainWouldLose }
        case .chooseAnotherDatabase: lang.text { $0.chooseAnotherDb }
        }
    })
}
