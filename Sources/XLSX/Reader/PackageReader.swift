import Foundation
import ZIPFoundation
import CZlibReader

/// Read access to the parts of an .xlsx zip package, with a size limit on every part.
final class PackageReader {
    let url: URL
    let maxPartSize: UInt64
    /// The limits and the bytes inflated so far over the whole file (shared by every reader of it).
    let budget: XLSXReadBudget
    private let archive: Archive

    init(url: URL, maxPartSize: UInt64, budget: XLSXReadBudget = XLSXReadBudget()) throws {
        self.url = url
        self.maxPartSize = maxPartSize
        self.budget = budget
        let path = url.path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "not readable" : "no such file"
            throw XLSXReadError.cannotOpen(path: path, reason: reason)
        }
        let magic = (try? handle.read(upToCount: 4)) ?? Data()
        try? handle.close()
        // "PK\3\4" starts every zip with entries; anything else was never a zip.
        guard magic == Data([0x50, 0x4B, 0x03, 0x04]) || magic == Data([0x50, 0x4B, 0x05, 0x06]) else {
            throw XLSXReadError.notAZip(path: path)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.uint64Value
        budget.start(fileBytes: size ?? 0)
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw XLSXReadError.damagedZip(path: path, reason: Self.describe(error))
        }
    }

    func contains(_ part: String) -> Bool {
        archive[part] != nil
    }

    /// The whole part in memory, refusing it once it grows past the limit (`limit`, or the part size limit).
    func data(_ part: String, limit: UInt64? = nil) throws -> Data {
        var data = Data()
        try read(part, limit: limit) { data.append($0) }
        return data
    }

    /// The whole part in memory, for the small parts read through Foundation's `XMLParser` (relationships,
    /// workbook, styles, properties): within `XLSXReadLimits.wholePartBytes`.
    func smallPart(_ part: String) throws -> Data {
        try data(part, limit: min(maxPartSize, budget.limits.wholePartBytes))
    }

    /// Decompresses a part into a file chunk by chunk, for parts too big to hold in memory.
    func extract(_ part: String, to destination: URL) throws {
        guard FileManager.default.createFile(atPath: destination.path, contents: nil),
              let output = FileHandle(forWritingAtPath: destination.path)
        else {
            throw XLSXReadError.cannotOpen(path: destination.path, reason: "cannot create a temporary file")
        }
        defer { try? output.close() }
        try read(part) { try output.write(contentsOf: $0) }
    }

    /// Hands a part's decompressed bytes to `consume` chunk by chunk, within the size limit.
    func read(_ part: String, limit: UInt64? = nil, into consume: (Data) throws -> Void) throws {
        guard let entry = archive[part] else {
            throw XLSXReadError.missingPart(path: url.path, part: part)
        }
        let maxPartSize = limit ?? self.maxPartSize
        // The declared size can lie, so the bytes are also counted as they arrive, in this part and in the
        // whole file; a declared size beyond either is refused before inflating anything.
        guard entry.uncompressedSize <= maxPartSize else {
            throw XLSXReadError.partTooLarge(part: part, limit: maxPartSize)
        }
        try budget.add(entry.uncompressedSize, part: part, declared: true)
        let budget = self.budget
        var total: UInt64 = 0
        // The checksum is zlib's (ZIPFoundation's own runs a byte at a time on Linux), over chunks large
        // enough that each costs little.
        var checksum = uLong(0)
        do {
            _ = try archive.extract(entry, bufferSize: Self.chunkSize, skipCRC32: true) { chunk in
                total += UInt64(chunk.count)
                guard total <= maxPartSize else {
                    throw XLSXReadError.partTooLarge(part: part, limit: maxPartSize)
                }
                try budget.add(UInt64(chunk.count), part: part)
                checksum = chunk.withUnsafeBytes { bytes in
                    crc32(checksum, bytes.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(bytes.count))
                }
                try consume(chunk)
            }
        } catch let error as XLSXReadError {
            throw error
        } catch {
            throw XLSXReadError.corruptPart(part: part, reason: Self.describe(error))
        }
        guard CRC32(truncatingIfNeeded: checksum) == entry.checksum else {
            throw XLSXReadError.corruptPart(part: part, reason: "checksum mismatch")
        }
    }

    /// Compressed bytes read, and decompressed bytes handed on, at a time.
    private static let chunkSize = 256 * 1024

    private static func describe(_ error: any Error) -> String {
        guard let archiveError = error as? Archive.ArchiveError else { return String(describing: error) }
        switch archiveError {
        case .missingEndOfCentralDirectoryRecord: return "the zip directory at the end of the file is missing"
        case .unreadableArchive: return "the zip structure is unreadable"
        case .invalidCRC32: return "checksum mismatch"
        case .invalidCompressionMethod: return "unsupported compression method"
        default: return String(describing: archiveError)
        }
    }
}
