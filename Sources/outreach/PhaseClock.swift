import Foundation

/// Where a long command spends its time and memory, for the benchmarks: with `OUTREACH_PHASES=1` in the
/// environment, each `mark` writes `phase <name> <seconds since start> <peak RSS MiB>` to standard error.
/// Silent otherwise (one environment look-up per command).
struct PhaseClock {
    private let start = Date()
    private let enabled = ProcessInfo.processInfo.environment["OUTREACH_PHASES"] != nil

    func mark(_ name: String) {
        guard enabled else { return }
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }?
            .split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Double($0) } ?? 0
        let line = String(format: "phase %@ %.3f %.1f\n", name, Date().timeIntervalSince(start), peak / 1024)
        FileHandle.standardError.write(Data(line.utf8))
    }
}
