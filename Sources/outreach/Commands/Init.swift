import ArgumentParser
import OutreachCore

/// `outreach init`: create the database.
struct Init: OutreachCommand {
    static let configuration = CommandConfiguration(
        abstract: Help.text(
            vi: "Tạo cơ sở dữ liệu trống (hoặc nâng cấp cơ sở dữ liệu đã có).",
            en: "Create an empty database (or bring an existing one up to date)."),
        discussion: Help.text(
            vi: "Ví dụ: outreach init --db tinh.sqlite",
            en: "Example: outreach init --db tinh.sqlite"))

    @OptionGroup var global: GlobalOptions

    func execute(_ cli: CLI) throws(OutreachError) {
        let database = try cli.database(create: true)
        cli.say(cli.lang.pick("Cơ sở dữ liệu sẵn sàng: \(database.path)", "Database ready: \(database.path)"))
    }
}
