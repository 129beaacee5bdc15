import ArgumentParser
import Foundation
import OutreachCore
import OutreachStore

/// `outreach db …`: look after the database file itself.
struct DatabaseGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: Help.text { $0.backUpAndCheckThe },
        discussion: Help.text { $0.bothCommandsOpenTheDatabase },
        subcommands: [Backup.self, Check.self])
}

extension DatabaseGroup {
    struct Backup: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.copyTheDatabaseIntoA },
            discussion: Help.text { $0.theCopyHoldsEveryChange })

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text { $0.theFileToCreateE })
        var file: String
        @Flag(help: .text { $0.replaceFILEIfItAlready })
        var force = false

        func execute(_ cli: CLI) throws(OutreachError) {
            // A copy holds every office's people and phones: the operator's alone, refused before a byte is read.
            try Authority.check(Principal(cli.global.actingUnit), .copyDatabase, facts: AuthorityFacts(units: UnitTree([])),
                                action: LocalizedText { $0.backUpTheDatabase })
            let source = cli.global.databasePath
            let bytes = try AppDatabase.backup(path: source, to: file, replacing: force)
            if cli.json { return cli.printJSON(BackupJSON(database: source, backup: file, bytes: bytes)) }
            let size = ByteCountFormatter.string(fromByteCount: Int64(bytes), countStyle: .file)
            cli.say(cli.lang.text { $0.backedUpSourceToFile(source, file, size) })
        }
    }

    struct Check: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text { $0.checkTheDatabaseFileIs },
            discussion: Help.text { $0.runsPRAGMAIntegrityCheckAnd })

        @OptionGroup var global: GlobalOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let path = cli.global.databasePath
            let problems = try AppDatabase.check(path: path)
            if cli.json {
                cli.printJSON(CheckJSON(database: path, ok: problems.isEmpty, problems: problems.map { $0.text(cli.lang) }))
            } else {
                cli.say(problems.isEmpty ? "ok" : problems.map { $0.text(cli.lang) }.joined(separator: "\n"))
            }
            guard problems.isEmpty else {
                throw .database(path: path, reason: LocalizedText { $0.problemsFoundProblemsCountListedAbove(problems.count) })
            }
        }
    }
}

private struct BackupJSON: Encodable {
    let database: String
    let backup: String
    let bytes: Int
}

private struct CheckJSON: Encodable {
    let database: String
    let ok: Bool
    let problems: [String]
}
