import Foundation

/// Counts failed sign-ins (a wrong code on the sign-in page or a bad bearer token) per key (an address, a code's
/// first characters: `Outreach.wrongCode`): after `attempts` failures within `window`, the next wrong codes of
/// that key are refused until the oldest failure is older than the window. Kept in memory: a restart forgets it.
actor SignInLimiter {
    private let attempts: Int
    private let window: TimeInterval
    private let clock: @Sendable () -> Date
    private var failures: [String: [Date]] = [:]

    init(attempts: Int, window: TimeInterval, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.attempts = attempts
        self.window = window
        self.clock = clock
    }

    /// Whether `address` may try again now.
    func allows(_ address: String) -> Bool {
        recent(address).count < attempts
    }

    func failed(_ address: String) {
        failures[address] = recent(address) + [clock()]
        // The table never outgrows the addresses seen within one window.
        if failures.count > 10_000 { failures = failures.filter { !recent($0.key).isEmpty } }
    }

    private func recent(_ address: String) -> [Date] {
        let since = clock().addingTimeInterval(-window)
        return (failures[address] ?? []).filter { $0 > since }
    }
}

/// When each token was last recorded as used, so an API client's use reaches `access list` without a write per
/// request: at most one per token per `interval`. Kept in memory: a restart writes each token's next use again.
actor LastUse {
    private let interval: TimeInterval
    private var recorded: [Int64: Date] = [:]

    init(interval: TimeInterval = 60) {
        self.interval = interval
    }

    /// Whether the use of `account` at `now` is to be written (and, if so, counts as written).
    func due(_ account: Int64, at now: Date) -> Bool {
        if let last = recorded[account], now.timeIntervalSince(last) < interval, now >= last { return false }
        recorded[account] = now
        return true
    }
}
