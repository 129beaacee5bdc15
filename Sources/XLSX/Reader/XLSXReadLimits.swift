import Foundation

/// How much a workbook may make the reader inflate and hold, so that a hostile or runaway file (one huge
/// cell, a zip bomb, a zip whose headers understate its sizes) is refused within a second or two and a few
/// tens of MiB instead of minutes and gigabytes. Every limit is enforced on bytes as they are inflated or
/// scanned; the sizes a zip declares are never trusted (they are only used to refuse early).
///
/// The defaults, and why:
/// - `cellCharacters` 32,767: Excel's own limit on a cell's text (UTF-16 units); no workbook Excel or
///   LibreOffice writes holds more, and libxlsxwriter refuses to write more.
/// - `sharedStrings` 2,000,000 and `sharedStringBytes` 64 MiB: ten times what the 200,000-row import benchmark
///   needs (about 800,000 strings in a 13 MB part), and small enough that the table (a `String` of 16 bytes
///   plus its text and an allocation each) stays under ~200 MiB even when every string is as costly as can be.
/// - `inflatedBytes` 1 GiB over the whole file, and `expansionRatio` 100 × the file's size on disk past a floor
///   of `expansionFloor` 64 MiB: real workbooks inflate 5–15 × (XML compresses well but not endlessly: the
///   200,000-row benchmark workbook is about 6 ×), a zip bomb 1,000 × (deflate's maximum); the floor keeps
///   small, very repetitive legitimate files from being judged by the ratio, the absolute limit bounds
///   the time any file can take (~1 GiB of XML scanned in a few seconds). The ratio is taken against the
///   file's real size, which a zip header cannot falsify.
/// - `wholePartBytes` 16 MiB: the parts read whole into memory and through Foundation's `XMLParser`
///   (relationships, workbook, styles, properties); Excel's largest styles part is a few MB.
/// - `tokenBytes` 1 MiB: one tag, comment or CDATA section; text is streamed in pieces, so only these can be
///   long, and none of a real workbook's is longer than a few KB.
/// - `sheetTextBytes` 256 MiB: the text of one sheet's cells as handed out, a shared string counted at every
///   cell that uses it (a small sheet can name one long string a million times).
public struct XLSXReadLimits: Hashable, Sendable {
    public var cellCharacters = 32_767
    public var sharedStrings = 2_000_000
    public var sharedStringBytes = 64 * 1024 * 1024
    public var inflatedBytes: UInt64 = 1024 * 1024 * 1024
    public var expansionRatio: UInt64 = 100
    public var expansionFloor: UInt64 = 64 * 1024 * 1024
    public var wholePartBytes: UInt64 = 16 * 1024 * 1024
    public var tokenBytes = 1024 * 1024
    public var sheetTextBytes = 256 * 1024 * 1024

    public init() {}

    /// The defaults described above.
    public static let standard = XLSXReadLimits()

    /// The most bytes one cell's text can take while it is still being read: UTF-8 takes at most 3 bytes a
    /// UTF-16 unit, Excel's "_xHHHH_" escape 7; the exact count in characters is checked once the cell ends.
    var cellBytes: Int { cellCharacters * 7 }
}

/// What a file ran into: the limit of `XLSXReadLimits` it passed.
public enum XLSXSizeLimit: Hashable, Sendable {
    /// One cell's (or shared string's) text is longer than this many characters.
    case cellCharacters(Int)
    /// The shared-string table holds more strings than this.
    case sharedStrings(Int)
    /// The shared-string table's text is larger than this many bytes.
    case sharedStringBytes(Int)
    /// The whole file inflates to more than this many bytes.
    case inflatedBytes(UInt64)
    /// The file inflates to more than `allowance` bytes: `ratio` times its size on disk (`fileBytes`), or the
    /// floor when that is larger.
    case expansion(allowance: UInt64, fileBytes: UInt64, ratio: UInt64)
    /// One tag, comment or CDATA section is longer than this many bytes.
    case tokenBytes(Int)
    /// One sheet's cells hold more text than this many bytes.
    case sheetTextBytes(Int)
}

/// The limits and the inflated bytes counted so far for one file, shared by every read of it (an import reads
/// the outline, then each sheet, each through its own package reader).
public final class XLSXReadBudget: @unchecked Sendable {
    public let limits: XLSXReadLimits
    private let lock = NSLock()
    private var inflated: UInt64 = 0
    private var allowance: UInt64?
    private var limit: XLSXSizeLimit = .inflatedBytes(0)

    public init(limits: XLSXReadLimits = .standard) {
        self.limits = limits
    }

    /// Bytes inflated so far, over every part read through this budget.
    public var inflatedBytes: UInt64 { lock.withLock { inflated } }

    /// Sets the allowance from the file's size on disk (the first time only).
    func start(fileBytes: UInt64) {
        lock.withLock {
            guard allowance == nil else { return }
            let (product, overflow) = fileBytes.multipliedReportingOverflow(by: limits.expansionRatio)
            let byRatio = max(limits.expansionFloor, overflow ? .max : product)
            if byRatio < limits.inflatedBytes {
                allowance = byRatio
                limit = .expansion(allowance: byRatio, fileBytes: fileBytes, ratio: limits.expansionRatio)
            } else {
                allowance = limits.inflatedBytes
                limit = .inflatedBytes(limits.inflatedBytes)
            }
        }
    }

    /// Counts `bytes` more inflated from `part` (or, with `declared`, checks what a header announces), and
    /// refuses once the allowance is passed.
    func add(_ bytes: UInt64, part: String, declared: Bool = false) throws {
        let exceeded: XLSXSizeLimit? = lock.withLock {
            let total = inflated &+ bytes
            if !declared { inflated = total }
            guard let allowance, total > allowance else { return nil }
            return limit
        }
        if let exceeded { throw XLSXReadError.sizeLimit(part: part, cell: nil, limit: exceeded) }
    }
}
