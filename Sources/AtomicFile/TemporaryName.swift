import Foundation

/// How temporaries are named, `.<name>.tmp-<random><extension>` beside the destination, and the sweeping of
/// those killed writers left behind.
enum TemporaryName {
    private static let marker = ".tmp-"
    /// The longest name a folder entry may have on the file systems we write to (ext4, APFS, NTFS, FAT).
    static let maximumBytes = 255
    /// The most a temporary name adds to the destination's: ".", marker, random, extension, companion.
    private static let reserve = 1 + marker.utf8.count + 13 + 8 + "-journal".utf8.count

    /// A new temporary path for `destination`; a long destination name is shortened (at a character
    /// boundary) so the temporary name, with any companion suffix, stays within `maximumBytes`.
    static func path(for destination: String, extension: String) -> String {
        let url = URL(fileURLWithPath: destination)
        var name = url.lastPathComponent
        while name.utf8.count > maximumBytes - reserve { name.removeLast() }
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let temporary = "." + name + marker + random + `extension`
        let folder = (destination as NSString).deletingLastPathComponent
        return folder.isEmpty ? temporary : (folder as NSString).appendingPathComponent(temporary)
    }

    /// The temporary a folder entry belongs to (itself, or the file a companion such as `-journal` goes
    /// with), or nil when the entry is not named as `path(for:extension:)` names them.
    static func owner(of entry: String) -> String? {
        guard entry.hasPrefix("."), let range = entry.range(of: marker, options: .backwards),
              range.lowerBound > entry.index(after: entry.startIndex)
        else { return nil }
        var tail = entry[range.upperBound...]
        var suffixLength = 0
        for companion in PendingFile.sqliteCompanions where tail.hasSuffix(companion) {
            tail = tail.dropLast(companion.count)
            suffixLength = companion.count
        }
        if tail.hasSuffix(".xlsx") { tail = tail.dropLast(5) }
        guard (1...13).contains(tail.count), tail.allSatisfy({ ("0"..."9").contains($0) || ("a"..."z").contains($0) })
        else { return nil }
        return String(entry.dropLast(suffixLength))
    }

    /// How recently a temporary may have been touched and still be left alone although nobody holds it:
    /// the moment between a writer creating it and locking it.
    static let graceSeconds: TimeInterval = 2

    /// Removes from `folder` the temporaries nobody holds (their writer was killed) and their companions.
    static func sweep(folder: String, now: Date = Date()) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        var owners: [String: [String]] = [:]
        for entry in entries {
            if let owner = owner(of: entry) { owners[owner, default: []].append(entry) }
        }
        for (owner, files) in owners where isAbandoned((folder as NSString).appendingPathComponent(owner), now: now) {
            for file in files { unlink((folder as NSString).appendingPathComponent(file)) }
        }
    }

    /// Whether nobody holds the temporary at `path` (or it is gone while a companion is still there).
    private static func isAbandoned(_ path: String, now: Date) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0 else { return errno == ENOENT }
        guard status.st_mode & S_IFMT == S_IFREG,
              now.timeIntervalSince1970 - TimeInterval(status.st_mtim.tv_sec) > graceSeconds
        else { return false }
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return flock(fd, LOCK_EX | LOCK_NB) == 0
    }
}
