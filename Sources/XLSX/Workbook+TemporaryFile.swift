import Foundation

/// The hidden file a workbook is written under before it is renamed into place, and the sweeping of those a
/// killed process left behind (a SIGKILL or a power cut gives `close()` no chance to remove its own).
extension Workbook {
    /// How old a temporary file must be to count as left behind rather than being written right now by
    /// another process: libxlsxwriter writes the whole file within `close()`, which takes seconds at most.
    static let staleTemporaryAge: TimeInterval = 60

    private static let temporaryMarker = ".tmp-"
    private static let temporaryExtension = ".xlsx"

    /// `.<name>.tmp-<random>.xlsx` beside the destination: hidden, unique, and still an .xlsx.
    static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let name = "." + url.lastPathComponent + temporaryMarker + random + temporaryExtension
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// Removes the temporary files of the workbook at `path` older than `staleTemporaryAge`; files of other
    /// destinations and anything not named exactly as `temporaryPath(for:)` names them are left alone.
    static func removeStaleTemporaryFiles(of path: String, now: Date = Date()) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let prefix = "." + url.lastPathComponent + temporaryMarker
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(temporaryExtension) {
            let random = name.dropFirst(prefix.count).dropLast(temporaryExtension.count)
            guard !random.isEmpty, random.allSatisfy({ ("0"..."9").contains($0) || ("a"..."z").contains($0) }) else {
                continue
            }
            let candidate = directory.appendingPathComponent(name).path
            guard let attributes = try? fileManager.attributesOfItem(atPath: candidate),
                  attributes[.type] as? FileAttributeType == .typeRegular,
                  let modified = attributes[.modificationDate] as? Date,
                  now.timeIntervalSince(modified) > staleTemporaryAge
            else { continue }
            unlink(candidate)
        }
    }
}
