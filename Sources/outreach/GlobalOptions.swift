import ArgumentParser
import Foundation
import OutreachCore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(help: .text(
        vi: "Tệp cơ sở dữ liệu (mặc định: $OUTREACH_DB, nếu không có thì ./outreach.sqlite).",
        en: "Database file (default: $OUTREACH_DB, else ./outreach.sqlite)."))
    var db: String?

    @Option(name: .customLong("as"), help: .text(
        vi: "Mã đơn vị thực hiện thao tác, được ghi vào nhật ký (mặc định: $OUTREACH_AS).",
        en: "The unit acting, recorded in the audit log (default: $OUTREACH_AS)."))
    var actor: String?

    @Flag(help: .text(vi: "In kết quả dạng JSON (cho máy đọc) thay cho bảng.", en: "Print machine-readable JSON instead of tables."))
    var json = false

    @Option(help: .text(
        vi: "Ngôn ngữ của thông báo và hướng dẫn: vi (tiếng Việt) hoặc en (tiếng Anh); mặc định: $OUTREACH_LANG, nếu không có thì vi.",
        en: "Language of messages and help: vi or en (default: $OUTREACH_LANG, else vi)."))
    var lang: Language?

    @Option(help: .text(
        vi: "Ngày dùng để xét các quy định (hạn đăng ký…), viết DD/MM/YYYY hoặc YYYY-MM-DD (mặc định: $OUTREACH_TODAY, nếu không có thì ngày hôm nay theo giờ Việt Nam).",
        en: "The date rules are judged on, DD/MM/YYYY or YYYY-MM-DD (default: $OUTREACH_TODAY, else today in Vietnam)."))
    var today: String?

    mutating func validate() throws {
        if lang == nil, let lang = env("OUTREACH_LANG"), Language(rawValue: lang) == nil {
            throw usageError(vi: "OUTREACH_LANG phải là vi hoặc en, không phải “\(lang)”", en: "OUTREACH_LANG must be vi or en, not “\(lang)”")
        }
        _ = try DateOption.validated(today ?? env("OUTREACH_TODAY"), option: "--today")
        if let actor = actor ?? env("OUTREACH_AS"), UnitCode(rawValue: actor.uppercased()) == nil {
            throw usageError(vi: "--as phải là mã đơn vị như PGD-BATXAT, không phải “\(actor)”", en: "--as must be a unit code such as PGD-BATXAT, not “\(actor)”")
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
