import Foundation

/// A progress bar on stderr for long imports, drawn only when stderr is a terminal and the work is large,
/// so scripts and logs never see it. The total may grow as the work goes (a file read while it is written).
final class ProgressBar {
    private var total = 0
    private let minimum: Int
    private var shown = -1

    /// A bar drawn once its total reaches `minimum` steps, or nil when none should be drawn.
    init?(minimum: Int = 2_000) {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        self.minimum = minimum
    }

    /// Redraws when the percentage changes; `total` as known now.
    func update(_ done: Int, of total: Int) {
        self.total = total
        guard total >= minimum else { return }
        let percent = min(100, done * 100 / max(total, 1))
        guard percent != shown else { return }
        shown = percent
        let filled = percent * 30 / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(percent)% (\(done)/\(total))".utf8))
    }

    /// Completes the bar, if one was drawn, and ends its line.
    func finish() {
        guard total >= minimum else { return }
        update(total, of: total)
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
