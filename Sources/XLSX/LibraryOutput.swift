import Foundation

/// libxlsxwriter 1.1.4 prints its own `[ERROR]`/`[WARNING]` lines on stderr and has no hook to silence them;
/// our error, thrown with what it said, is the only line a user should see. Only one thread may use this at a
/// time (callers hold `Workbook.nonReentrantCalls`); anything another thread prints meanwhile is lost.
enum LibraryOutput {
    /// Runs `body` with stderr going to a scratch file, and returns what was printed (at most 4 KB).
    static func captured<T>(_ body: () throws -> T) rethrows -> (T, String) {
        fflush(nil)
        let saved = dup(STDERR_FILENO)
        guard saved >= 0, let scratch = tmpfile() else {
            if saved >= 0 { close(saved) }
            return (try body(), "")
        }
        dup2(fileno(scratch), STDERR_FILENO)
        defer {
            fflush(nil)
            dup2(saved, STDERR_FILENO)
            close(saved)
            fclose(scratch)
        }
        let result = try body()
        fflush(nil)
        rewind(scratch)
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = fread(&buffer, 1, buffer.count, scratch)
        return (result, String(decoding: buffer.prefix(count), as: UTF8.self))
    }

    /// The operating system's reason in what the library printed (" (No space left on device)"), or "".
    static func systemError(in printed: String) -> String {
        guard let range = printed.range(of: "System error = ") else { return "" }
        let reason = printed[range.upperBound...].prefix { $0 != "\n" }.trimmingCharacters(in: .whitespaces)
        return reason.isEmpty ? "" : " (\(reason))"
    }
}
