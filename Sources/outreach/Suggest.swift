import ArgumentParser
import Foundation
import OutreachCore
import OutreachStore

extension CLI {
    /// The unit a name (not a code) gives, found as an import finds it; several or none are errors.
    func unitNamed(_ raw: String, field: String) throws(OutreachError) -> UnitCode {
        try UnitLookup.code(named: raw, in: try database().units(), field: field)
    }

    /// "; có phải: PGD-BATXAT?" after an unknown unit, session or role, from what the database holds (through
    /// a server, the names the server suggested): sessions among those the acting unit (`--as`) may see, as the
    /// server suggests them.
    func hint(for error: OutreachError) -> String {
        if let suggested = RemoteServer.suggested { return Self.didYouMean(suggested, lang) }
        let database = { try? AppDatabase.open(path: global.databasePath) }
        let principal = (try? context().principal) ?? .databaseOperator
        return Self.didYouMean(Suggestions.after(
            error, units: { (try? database()?.units()) ?? [] },
            sessions: { ((try? database()?.sessions(visibleTo: principal)) ?? []).map(\.code.rawValue) }), lang)
    }

    static func didYouMean(_ names: [String], _ lang: Language) -> String {
        guard !names.isEmpty else { return "" }
        return lang.text { $0.didYouMeanNames(names.joined(separator: ", ")) }
    }
}

/// The nearest subcommands to a mistyped one ("outreach nomine list": "nominee"), for the usage error.
enum CommandSuggestion {
    static func hint(arguments: [String], root: any ParsableCommand.Type, lang: Language) -> String? {
        var command = root
        var path: [String] = []
        for argument in arguments where !argument.hasPrefix("-") {
            let subcommands = command.configuration.subcommands
            if subcommands.isEmpty || argument == "help" { return nil }
            if let next = subcommands.first(where: { $0._commandName == argument }) {
                command = next
                path.append(argument)
                continue
            }
            let names = Suggestions.nearest(argument, among: subcommands.map { $0._commandName })
            guard !names.isEmpty else { return nil }
            let full = names.map { (["outreach"] + path + [$0]).joined(separator: " ") }
            return lang.text { $0.didYouMeanFull(full.joined(separator: ", ")) }
        }
        return nil
    }
}

extension CLI {
    /// `cascade plan` for an office whose follow-up is reported already: the plan is kept, but the report
    /// stands until it is corrected, so the user is told.
    func warnIfReported(_ duty: Duty, today: CalendarDate) {
        guard let reports = try? database().dutyReports(.id(duty.id)).reports,
              let last = reports.filter({ $0.reported <= today }).last else { return }
        warn(lang.text { $0.unitHasReportedItsFollow(duty.unit, VietnameseDate.numeric(last.done), VietnameseDate.numeric(last.reported)) })
    }
}

extension CLI {
    /// A withdrawal of someone already marked present or late: the marks stay, and they are what the payment
    /// lists and the settlement count, so the user is told rather than left to think the person is gone.
    func warnIfAttended(_ nominee: Nominee) {
        guard let marks = try? database().attendanceMarks(session: nominee.nomination.session) else { return }
        let came = marks.filter { $0.nominationID == nominee.nomination.id && ($0.status == .present || $0.status == .late) }
            .map(\.part).sorted()
        warnIfAttended(NomineeJSON(nominee), parts: came)
    }

    /// The same from the parts the nominee was marked present or late at (as the server answers a withdrawal).
    func warnIfAttended(_ nominee: NomineeJSON, parts came: [SessionPart]) {
        guard !came.isEmpty else { return }
        let parts = LocalizedText(each: { lang in came.map { $0.label(lang) }.joined(separator: ", ") })
        warn(lang.text { $0.withdrawnButMarkedPresent(nominee.id, nominee.name, parts) })
    }
}

extension CLI {
    /// An estimate priced at an unconfirmed or placeholder rate says so on stderr, whatever else is printed.
    func warnUncertainRates(_ estimate: BudgetEstimate) {
        if let note = estimate.uncertainRatesNote {
            warn(note.text(lang) + lang.text { $0.seeOutreachRatesList })
        }
    }
}
