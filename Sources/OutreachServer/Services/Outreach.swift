import Foundation
import Hummingbird
import NIOPosix
import OutreachCore
import OutreachStore

/// The store as the routes use it: each operation runs on a thread of its own (SQLite calls block, and may wait
/// for a command-line writer's lock), with a `CommandContext` made from the signed-in account.
struct Outreach: Sendable {
    let database: AppDatabase
    let settings: ServerSettings
    let limiter: SignInLimiter
    /// When each token's use was last written (at most once a minute each).
    let lastUse = LastUse()
    /// Uploads checked by a dry run, waiting for the office to confirm them.
    let imports: PendingImports
    /// The real clock (token expiry, sign-in limits); tests move it.
    let clock: @Sendable () -> Date

    /// Runs a store call off Swift's cooperative threads.
    func run<T: Sendable>(_ body: @escaping @Sendable (AppDatabase) throws -> T) async throws -> T {
        let database = self.database
        return try await NIOThreadPool.singleton.runIfActive { try body(database) }
    }

    /// Records that `account` signed a request in at `now`, when its last recorded use is a minute old; a failed
    /// write (the database busy) is left for the next minute, never the request's failure.
    func used(_ account: AccessAccount, at now: Date) async {
        guard await lastUse.due(account.id, at: now) else { return }
        _ = try? await run { try $0.markAccessUsed(account: account.id, at: now) }
    }

    /// The context of one write: the account's unit acts; the audit log's command names the route, the account
    /// and the address it came from.
    func context(_ command: String, account: AccessAccount, address: String) -> CommandContext {
        CommandContext(
            actor: account.unit, command: "web \(command) [access \(account.id) from \(address)]",
            today: settings.today, todayIsSet: settings.fixedToday != nil)
    }

    /// The client's address: the socket's, or behind a proxy the last `X-Forwarded-For` entry (the one the proxy
    /// added; earlier ones are the client's word).
    func address(_ request: Request, _ context: WebRequestContext) -> String {
        if settings.behindProxy, let forwarded = request.headers[.init("X-Forwarded-For")!] {
            let last = forwarded.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if !last.isEmpty { return last }
        }
        return context.socketAddress ?? "local"
    }

    /// The rate tables under the templates folder (`--templates`), read for each budget workbook (a changed table
    /// counts at once); refused when the server found no templates folder.
    func rateBook() throws -> RateBook {
        guard let templates = settings.templates else {
            throw WebError(
                .serviceUnavailable, code: "templates_missing",
                { $0.theServerFoundNoTemplatesFolder })
        }
        return try TemplateLoader.rateBook(folder: templates + "/rates")
    }

    /// Counts a wrong, revoked or expired code presented from `address` (`door`: "api" or "page", each with counts
    /// of its own) against that address and against the code's first characters; true when either count was past
    /// the limit already, and the refusal is then 429. A valid code is never counted nor held off: the offices
    /// behind one NAT share an address, and a code is 256 random bits, so the count limits the noise, not a guess
    /// that could succeed. The one rule of the API's codes and the sign-in page's.
    func wrongCode(_ code: String, from address: String, door: String) async -> Bool {
        var limited = false
        for key in ["\(door) \(address)", "\(door) code \(code.prefix(8))"] {
            if await !limiter.allows(key) { limited = true }
            await limiter.failed(key)
        }
        return limited
    }

    /// What a presented token or a session's account is worth, as the error a refused request gets.
    func account(for check: AccessCheck) throws -> AccessAccount {
        switch check {
        case .valid(let account): return account
        case .unknown: throw WebError.unknownToken
        case .revoked: throw WebError.revokedToken
        case .expired(let day): throw WebError.expiredToken(day)
        }
    }
}
