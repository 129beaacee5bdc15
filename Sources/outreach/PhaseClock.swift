import Foundation

/// Where a long command spends its time and memory, for the benchmarks: with `OUTREACH_PHASES=1` in the
/// environment, each `mark` writes `phase <name> <seconds since start> <peak RSS MiB>` to standard error, then
/// `phase-cpu <name> <CPU seconds of the process so far>`.
/// Silent otherwise (one environment look-up per command).
struct PhaseClock {
    private let start = Date()
    private let enabled = ProcessInfo.processInfo.environment["OUTREACH_PHASES"] != nil

    func mark(_ name: String) {
        guard enabled else { return }
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }?
            .split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Double($0) } ?? 0
        // The process's CPU time (user + system) on a line of its own, which the scripts reading `phase` lines ignore:
        // on a machine shared with other builds it says more than the wall time.
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
        let line = String(format: "phase %@ %.3f %.1f\nphase-cpu %@ %.3f\n", name, Date().timeIntervalSince(start), peak / 1024, name, cpu)
        FileHandle.standardError.write(Data(line.utf8))
    }
}
