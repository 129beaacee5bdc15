import ArgumentParser
import Foundation
import OutreachCore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(help: "Database file (default: $OUTREACH_DB, else ./outreach.sqlite).")
    var db: String?

    @Option(name: .customLong("as"), help: "The unit acting, recorded in the audit log (default: $OUTREACH_AS).")
    var actor: String?

    @Flag(help: "Print machine-readable JSON instead of tables.")
    var json = false

    @Option(help: "Language of messages: vi or en (default: $OUTREACH_LANG, else vi).")
    var lang: String?

    @Option(help: "The date rules are judged on, DD/MM/YYYY or YYYY-MM-DD (default: $OUTREACH_TODAY, else today in Vietnam).")
    var today: String?

    mutating func validate() throws {
        if let lang = lang ?? env("OUTREACH_LANG"), Language(rawValue: lang) == nil {
            throw usageError(vi: "--lang phải là vi hoặc en, không phải “\(lang)”", en: "--lang must be vi or en, not “\(lang)”")
        }
        _ = try DateOption.validated(today ?? env("OUTREACH_TODAY"), option: "--today")
        if let actor = actor ?? env("OUTREACH_AS"), UnitCode(rawValue: actor.uppercased()) == nil {
            throw usageError(vi: "--as phải là mã đơn vị như PGD-BATXAT, không phải “\(actor)”", en: "--as must be a unit code such as PGD-BATXAT, not “\(actor)”")
        }
    }

    var language: Language { (lang ?? env("OUTREACH_LANG")).flatMap(Language.init(rawValue:)) ?? .vi }
    var databasePath: String { db ?? env("OUTREACH_DB") ?? "outreach.sqlite" }
    var actingUnit: UnitCode? { (actor ?? env("OUTREACH_AS")).flatMap { UnitCode(rawValue: $0.uppercased()) } }

    /// Whether the date was fixed by `--today` or `OUTREACH_TODAY` rather than read from the clock.
    var todayIsSet: Bool { (today ?? env("OUTREACH_TODAY")) != nil }

    var todayDate: CalendarDate {
        (today ?? env("OUTREACH_TODAY")).flatMap { CalendarDate(typed: $0) } ?? CalendarDate.today()
    }

    private func env(_ name: String) -> String? {
        ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }
}
