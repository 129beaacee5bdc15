import ArgumentParser
import OutreachCore

/// `outreach init`: create the database.
struct Init: OutreachCommand {
    static let configuration = CommandConfiguration(
        abstract: Help.text { $0.createAnEmptyDatabaseOr },
        discussion: Help.text { $0.exampleOutreachInitDbTinh })

    @OptionGroup var global: GlobalOptions

    func execute(_ cli: CLI) throws(OutreachError) {
        let database = try cli.database(create: true)
        cli.say(cli.lang.text { $0.databaseReadyPath(database.path) })
    }
}
