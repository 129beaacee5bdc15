import CXlsxWriter

/// Turns a libxlsxwriter status into a thrown `XLSXError.library`, under the "C" numeric locale.
func lxwCall(_ function: String, _ body: () -> lxw_error) throws {
    let status = NumericLocale.withC(body)
    guard status == LXW_NO_ERROR else {
        throw XLSXError.library(function: function, message: lxwMessage(status))
    }
}

/// The library's own text for a status; `lxw_strerror` returns a static string that must not be freed.
func lxwMessage(_ status: lxw_error) -> String {
    guard let text = lxw_strerror(status) else { return "error \(status.rawValue)" }
    return String(cString: text)
}

/// Calls C with a mutable copy of an optional Swift string, for the `char *` fields of option structs.
func withMutableCString<T>(_ string: String?, _ body: (UnsafeMutablePointer<CChar>?) throws -> T) rethrows -> T {
    guard let string else { return try body(nil) }
    var bytes = Array(string.utf8CString)
    return try bytes.withUnsafeMutableBufferPointer { try body($0.baseAddress) }
}

/// C copies of Swift strings for the `char *` and `char **` fields of option structs, freed together once
/// the call that reads them returns (libxlsxwriter copies what it keeps).
final class CStringPool {
    private var copies: [UnsafeMutablePointer<CChar>] = []

    /// A copy living until the end of `withCStringPool`; nil for nil.
    func copy(_ string: String?) -> UnsafeMutablePointer<CChar>? {
        guard let string, let copy = strdup(string) else { return nil }
        copies.append(copy)
        return copy
    }

    fileprivate func release() {
        copies.forEach { free($0) }
        copies.removeAll()
    }
}

/// Runs `body` with a pool whose copies are freed when it returns or throws.
func withCStringPool<T>(_ body: (CStringPool) throws -> T) rethrows -> T {
    let pool = CStringPool()
    defer { pool.release() }
    return try body(pool)
}
