import Foundation

/// A progress bar on stderr for long imports, drawn only when stderr is a terminal and the work is large,
/// so scripts and logs never see it.
final class ProgressBar {
    private let total: Int
    private var shown = -1

    /// A bar for `total` steps, or nil when none should be drawn.
    init?(total: Int, minimum: Int = 2_000) {
        guard total >= minimum, isatty(STDERR_FILENO) == 1 else { return nil }
        self.total = total
    }

    /// Redraws when the percentage changes.
    func update(_ done: Int) {
        let percent = min(100, done * 100 / max(total, 1))
        guard percent != shown else { return }
        shown = percent
        let filled = percent * 30 / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(percent)% (\(done)/\(total))".utf8))
    }

    /// Completes the bar and ends its line.
    func finish() {
        update(total)
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
