import ArgumentParser
import Foundation
import OutreachCore
import OutreachStore

extension CLI {
    /// The unit a name (not a code) gives, found as an import finds it; several or none are errors.
    func unitNamed(_ raw: String, field: String) throws(OutreachError) -> UnitCode {
        guard !raw.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .invalidValue(field: field, value: raw, reason: LocalizedText(
                vi: "không phải mã đơn vị (chữ in hoa, số, gạch ngang)", en: "is not a unit code (A–Z, 0–9, dashes)"))
        }
        let found = UnitLookup.matching(raw, in: try database().units())
        guard let first = found.first else { throw .unknownUnit(raw) }
        guard found.count == 1 else {
            throw .invalidValue(field: field, value: raw, reason: LocalizedText(
                vi: "tên này chỉ nhiều đơn vị: \(found.map(\.code.rawValue).joined(separator: ", ")); ghi mã đơn vị",
                en: "this name fits several units: \(found.map(\.code.rawValue).joined(separator: ", ")); give the unit's code"))
        }
        return first.code
    }

    /// "; có phải: PGD-BATXAT?" after an unknown unit, session or role, from what the database holds.
    func hint(for error: OutreachError) -> String {
        let typed: String, candidates: [String]
        switch error {
        case let .unknownUnit(code):
            guard let units = try? AppDatabase.open(path: global.databasePath).units() else { return "" }
            // A name typed in part finds its unit too ("Bat Xat" → PGD-BATXAT…).
            return Self.didYouMean(Suggestions.nearest(
                code, among: units, value: \.code.rawValue,
                names: { [$0.code.rawValue, $0.displayName, $0.name] }), lang)
        case let .unknownSession(code):
            guard let sessions = try? AppDatabase.open(path: global.databasePath).sessions() else { return "" }
            typed = code
            candidates = sessions.map(\.code.rawValue)
        case let .unknownRole(role, _, known):
            typed = role
            candidates = known
        default:
            return ""
        }
        return Self.didYouMean(Suggestions.nearest(typed, among: candidates), lang)
    }

    static func didYouMean(_ names: [String], _ lang: Language) -> String {
        guard !names.isEmpty else { return "" }
        return lang.pick("; có phải: \(names.joined(separator: ", "))?", "; did you mean: \(names.joined(separator: ", "))?")
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
            return lang.pick("Có phải: \(full.joined(separator: ", "))?", "Did you mean: \(full.joined(separator: ", "))?")
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
        warn(lang.pick(
            "\(duty.unit) đã báo cáo tuyên truyền lại (tổ chức ngày \(VietnameseDate.numeric(last.done)), báo cáo ngày \(VietnameseDate.numeric(last.reported))); đợt mới không thay báo cáo đó: sửa bằng outreach cascade report … nếu cần",
            "\(duty.unit) has reported its follow-up already (held \(VietnameseDate.numeric(last.done)), reported \(VietnameseDate.numeric(last.reported))); the new session does not replace that report: correct it with outreach cascade report … if needed"))
    }
}
