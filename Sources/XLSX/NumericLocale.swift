import CXlsxWriter
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs libxlsxwriter calls under the "C" numeric locale, because it formats numbers with
/// `snprintf("%.16G")`: under a decimal-comma locale it writes "1234,5" and corrupts the file.
enum NumericLocale {
    /// Created once and never freed: it is immutable and shared by every thread.
    nonisolated(unsafe) private static let c: locale_t? = newlocale(Int32(LC_NUMERIC_MASK), "C", nil)

    /// `uselocale` changes only the calling thread, so other threads keep their own locale.
    static func withC<T>(_ body: () throws -> T) rethrows -> T {
        guard let c else { return try body() }
        let previous = uselocale(c)
        defer { uselocale(previous) }
        return try body()
    }
}
