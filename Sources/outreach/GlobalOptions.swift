import ArgumentParser
import Foundation
import OutreachCore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(help: .text { $0.databaseFileDefaultOUTREACHDB })
    var db: String?

    @Option(name: .customLong("as"), help: .text { $0.theUnitActingRecordedIn })
    var actor: String?

    @Flag(help: .text { $0.printMachineReadableJSONInstead })
    var json = false

    @Option(help: .text { $0.languageOfMessagesAndHelp })
    var lang: Language?

    @Option(help: .text { $0.theDateRulesAreJudgedOn })
    var today: String?

    mutating func validate() throws {
        if lang == nil, let lang = env("OUTREACH_LANG"), Language(rawValue: lang) == nil {
            throw usageError { $0.outreachlangMustBeVi(lang) }
        }
        _ = try DateOption.validated(today ?? env("OUTREACH_TODAY"), option: "--today")
        if let actor = actor ?? env("OUTREACH_AS"), UnitCode(rawValue: actor.uppercased()) == nil {
            throw usageError { $0.asMustBeAUnit(actor) }
        }
    }

    var language: Language { lang ?? env("OUTREACH_LANG").flatMap(Language.init(rawValue:)) ?? .vi }
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
