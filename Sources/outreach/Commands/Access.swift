import ArgumentParser
import Foundation
import OutreachCore
import OutreachStore

/// `outreach access …`: give offices their own sign-in to the server (`outreach serve`).
struct AccessGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: Help.text(
            vi: "Cấp cho đơn vị quyền đăng nhập máy chủ web của riêng mình, xem danh sách và thu hồi.",
            en: "Give an office its own sign-in to the web server, list and revoke them."),
        discussion: Help.text(
            vi: """
                Mỗi đơn vị được một mã: một đường dẫn đăng nhập cho trình duyệt và cũng chuỗi đó
                làm mã cho API (Authorization: Bearer MÃ). Cơ sở dữ liệu chỉ giữ mã SHA-256 của
                nó: đường dẫn chỉ in ra một lần; mất đường dẫn thì cấp lại (rồi thu hồi mã cũ).
                Ví dụ:
                  outreach access grant PGD-BATXAT --expires 2022-05-31 \\
                      --url https://tap-huan.example.vn
                  outreach access list
                  outreach access revoke PGD-BATXAT
                """,
            en: """
                Each office gets a token: a sign-in link for its browser and the same text as a
                code for the API (Authorization: Bearer CODE). Only its SHA-256 is kept in the
                database: the link is printed once, and a lost link is replaced by granting
                again (then revoke the old one).
                Example:
                  outreach access grant PGD-BATXAT --expires 2022-05-31 \\
                      --url https://tap-huan.example.vn
                  outreach access list
                  outreach access revoke PGD-BATXAT
                """),
        subcommands: [Grant.self, List.self, Revoke.self])
}

extension AccessGroup {
    struct Grant: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Cấp cho đơn vị một đường dẫn và mã đăng nhập mới (chỉ in ra một lần).",
                en: "Give a unit a new sign-in link and code (printed once)."),
            discussion: Help.text(
                vi: """
                    Đường dẫn mở trang đăng nhập với mã đã điền sẵn; đơn vị chỉ cần bấm "Đăng nhập".
                    Đơn vị xem và sửa được đúng những gì `--as MÃ_ĐƠN_VỊ` cho phép trên dòng lệnh:
                    định mức và người của mình và của các đơn vị trực thuộc (đơn vị tổ chức một đợt
                    thấy toàn bộ đợt đó). --expires là ngày cuối cùng mã còn dùng được (mặc định:
                    60 ngày kể từ hôm nay, theo đồng hồ thật).
                    Ví dụ: outreach access grant PGD-BATXAT --expires 2022-05-31 --json
                    """,
                en: """
                    The link opens the sign-in page with the code filled in; the office presses
                    "Đăng nhập". The unit sees and changes what `--as UNIT` would on the command
                    line: its own quotas and people and those of the units below it (the organiser
                    of a session sees all of it). --expires is the last day the code works
                    (default: 60 days from today, on the real clock).
                    Example: outreach access grant PGD-BATXAT --expires 2022-05-31 --json
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã đơn vị, ví dụ PGD-BATXAT.", en: "The unit, e.g. PGD-BATXAT."))
        var unit: String
        @Option(help: .text(
            vi: "Ngày cuối cùng mã còn dùng được, YYYY-MM-DD (mặc định: 60 ngày kể từ hôm nay).",
            en: "The last day the code signs in, YYYY-MM-DD (default: 60 days from today)."))
        var expires: String?
        @Option(help: .text(
            vi: "Địa chỉ máy chủ mà các đơn vị truy cập (mặc định: $OUTREACH_URL, nếu không có thì http://127.0.0.1:8080).",
            en: "The server's address as offices reach it (default: $OUTREACH_URL, else http://127.0.0.1:8080)."))
        var url: String?

        func validate() throws {
            if let expires, (try? CalendarDate(iso: expires)) == nil {
                throw usageError(
                    vi: "--expires phải là một ngày có thật, viết YYYY-MM-DD, không phải “\(expires)”",
                    en: "--expires must be a real date written YYYY-MM-DD, not “\(expires)”")
            }
        }

        func execute(_ cli: CLI) throws(OutreachError) {
            // The address is checked before anything is written: a bad one must not leave a code nobody can use.
            let environment = ProcessInfo.processInfo.environment["OUTREACH_URL"].flatMap { $0.isEmpty ? nil : $0 }
            let base = try Self.signInBase(url ?? environment ?? "http://127.0.0.1:8080", option: url == nil && environment != nil
                ? "OUTREACH_URL" : "--url")
            let database = try cli.database()
            let until = expires.flatMap { try? CalendarDate(iso: $0) } ?? CalendarDate.today().adding(days: 60)
            let grant = try database.grantAccess(unit: try cli.unitCode(unit, field: "UNIT"), expires: until, context: try cli.context())
            let link = base + "/dang-nhap?ma=" + grant.token
            if cli.json {
                return cli.printJSON(GrantJSON(unit: grant.unit.rawValue, token: grant.token, link: link, expires: grant.expires?.iso))
            }
            let l = cli.lang
            cli.say(l.pick("Quyền truy cập cho \(grant.unit) (số \(grant.id))", "Access for \(grant.unit) (number \(grant.id))"))
            cli.say(l.pick("  Liên kết đăng nhập: ", "  Sign-in link: ") + link)
            cli.say(l.pick("  Mã: ", "  Code: ") + grant.token)
            cli.say(l.pick("  Hết hạn sau ngày: ", "  Expires after: ") + (grant.expires.map(VietnameseDate.numeric) ?? "-"))
            cli.say(l.pick(
                "Mã chỉ in ra một lần này; hãy gửi riêng cho đơn vị.",
                "The code is printed this once only; send it to the unit privately."))
        }
    }

    struct List: OutreachCommand {
        /// A moment as the table shows it: day first, Vietnam's time, to the minute.
        static func shown(_ date: Date) -> String {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = VietnameseDate.timeZone
            formatter.dateFormat = "dd/MM/yyyy HH:mm"
            return formatter.string(from: date)
        }

        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Liệt kê các quyền đăng nhập đã cấp (không bao giờ in mã): đơn vị, tình trạng, hạn dùng, lần đăng nhập cuối.",
                en: "List the sign-ins given (never the codes): unit, state, expiry, last sign-in."),
            discussion: Help.text(
                vi: "Ví dụ: outreach access list --json", en: "Example: outreach access list --json"))

        @OptionGroup var global: GlobalOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let entries = try cli.database().accessList(context: try cli.context())
            if cli.json { return cli.printJSON(entries) }
            let l = cli.lang
            var table = Table(
                l.pick(["Số", "Đơn vị", "Trạng thái", "Hết hạn", "Đăng nhập gần nhất"],
                       ["No.", "Unit", "State", "Expires", "Last sign-in"]), numeric: [0])
            for entry in entries {
                let state = switch entry.state {
                case .active: l.pick("hiệu lực", "active")
                case .revoked: l.pick("đã thu hồi", "revoked")
                case .expired: l.pick("hết hạn", "expired")
                }
                table.add([
                    "\(entry.id)", entry.unit, state, entry.expires.flatMap { try? CalendarDate(iso: $0) }.map(VietnameseDate.numeric) ?? "-",
                    entry.lastUsedAt.map(Self.shown) ?? "-",
                ])
            }
            cli.say(table.render())
        }
    }

    struct Revoke: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Thu hồi mọi quyền đăng nhập của một đơn vị; phiên trình duyệt đang mở kết thúc ở lần bấm tiếp theo.",
                en: "Revoke every sign-in of a unit; its open browser sessions end at their next click."),
            discussion: Help.text(
                vi: "Ví dụ: outreach access revoke PGD-BATXAT", en: "Example: outreach access revoke PGD-BATXAT"))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(vi: "Mã đơn vị, ví dụ PGD-BATXAT.", en: "The unit, e.g. PGD-BATXAT."))
        var unit: String

        func execute(_ cli: CLI) throws(OutreachError) {
            let code = try cli.unitCode(unit, field: "UNIT")
            let count = try cli.database().revokeAccess(unit: code, context: try cli.context())
            if cli.json { return cli.printJSON(["unit": code.rawValue, "revoked": "\(count)"]) }
            cli.say(count == 0
                ? cli.lang.pick("\(code) không có quyền truy cập nào đang hiệu lực", "\(code) had no access in force")
                : cli.lang.pick("Đã thu hồi \(count) quyền truy cập của \(code)", "Revoked \(count) access(es) of \(code)"))
        }
    }
}

extension AccessGroup.Grant {
    /// The server's address as offices reach it, checked: http or https, a host, no query or fragment (the link
    /// adds its own); a path prefix (`https://host/tap-huan`) is kept, without its trailing slash.
    static func signInBase(_ raw: String, option: String) throws(OutreachError) -> String {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        let refuse = { (vi: String, en: String) -> OutreachError in
            .usage(LocalizedText(
                vi: "\(option) “\(raw)” \(vi); ví dụ: https://tap-huan.example.vn",
                en: "\(option) “\(raw)” \(en); for example: https://tap-huan.example.vn"))
        }
        guard let components = URLComponents(string: trimmed),
              let scheme = components.scheme?.lowercased(), ["http", "https"].contains(scheme) else {
            throw refuse("phải là địa chỉ http:// hoặc https://", "must be an http:// or https:// address")
        }
        guard let host = components.host, !host.isEmpty else {
            throw refuse("không có tên máy chủ", "has no host")
        }
        guard components.query == nil, components.fragment == nil, components.user == nil, components.password == nil else {
            throw refuse("không được có phần ?…, #… hay tên đăng nhập", "must have no ?…, #… or user name")
        }
        var base = trimmed
        while base.hasSuffix("/") { base.removeLast() }
        return base
    }
}

private struct GrantJSON: Encodable {
    let unit: String
    let token: String
    let link: String
    let expires: String?
}
