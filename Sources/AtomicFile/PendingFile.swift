import Foundation
import OutreachCore

/// A file being written under a hidden temporary name beside its destination, renamed into place only when
/// complete: readers see the old file or the whole new one, never half of one.
///
/// The temporary file is created here (so its mode is ours to choose, never wider than 0600 while it is
/// written) and held with an exclusive `flock` for the writer's whole life: a temporary nobody holds was left
/// by a killed process, and the next `PendingFile` in that folder removes it. SIGINT, SIGTERM and SIGHUP
/// remove the live ones before the process ends (`SignalCleanup`); only SIGKILL or a power cut leaves them.
public final class PendingFile: @unchecked Sendable {
    /// The destination, as given.
    public let destination: String
    /// Where the content is written until `commit`.
    public let temporaryPath: String
    /// Suffixes of files another library keeps beside `temporaryPath` (SQLite's `-journal`), removed with it.
    public let companions: [String]

    private let replacing: Bool
    private let newFileMode: mode_t
    private var descriptor: Int32
    private let registration: Int

    /// Files a database library may keep beside the one it writes.
    public static let sqliteCompanions = ["-journal", "-wal", "-shm"]

    /// Refuses, before any work, a destination that cannot be written or must not be replaced, sweeps the
    /// temporaries killed writers left in its folder, and creates the temporary file.
    ///
    /// - Parameters:
    ///   - replacing: whether an existing file may be replaced (a read-only one never is).
    ///   - extension: kept at the end of the temporary name (".xlsx"), for tools that look at it.
    ///   - newFileMode: the mode of a file that did not exist (a replaced file keeps its own); nil is
    ///     0666 less the umask, as any new file gets.
    public init(
        destination: String, replacing: Bool, extension: String = "", companions: [String] = [],
        newFileMode: mode_t? = nil
    ) throws(Failure) {
        self.destination = destination
        self.replacing = replacing
        self.companions = companions
        self.newFileMode = newFileMode ?? Self.defaultMode
        let folder = Self.folder(of: destination)
        try Self.checkFolder(folder)
        _ = try Self.existingMode(destination, replacing: replacing)
        TemporaryName.sweep(folder: folder)
        SignalCleanup.prepare()
        let (descriptor, temporaryPath) = try Self.createTemporary(for: destination, extension: `extension`, in: folder)
        self.descriptor = descriptor
        self.temporaryPath = temporaryPath
        registration = SignalCleanup.register([temporaryPath] + companions.map { temporaryPath + $0 })
    }

    deinit {
        discard()
    }

    /// Gives the finished temporary its mode (the replaced file's, else `newFileMode`) and moves it to the
    /// destination. Without `replacing`, a hard link claims the name only if it is still free, so a file that
    /// appeared meanwhile is never overwritten; where links are not supported (a FAT stick), the name is
    /// checked just before the rename. On failure the temporary is removed.
    public func commit() throws(Failure) {
        guard descriptor >= 0 else { throw .alreadyFinished }
        defer { discard() }
        let mode = try Self.existingMode(destination, replacing: replacing) ?? newFileMode
        fchmod(descriptor, mode)
        let failure: Failure? = SignalCleanup.finishing(registration) {
            if !replacing {
                if link(temporaryPath, destination) == 0 { return nil }
                if errno == EEXIST || Self.lstatMode(destination) != nil { return .exists(destination) }
            }
            return rename(temporaryPath, destination) == 0
                ? nil : .cannotRename(destination: destination, reason: Self.lastError())
        }
        if let failure { throw failure }
    }

    /// Writes `bytes` at the end of the temporary file, for content made in memory (a document, a CSV); a short
    /// write (a full disk) is an error, after which the caller discards the file.
    public func write(_ bytes: some ContiguousBytes) throws(Failure) {
        guard descriptor >= 0 else { throw .alreadyFinished }
        let error: Int32? = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let error { throw .cannotWrite(destination: destination, reason: String(cString: strerror(error))) }
    }

    /// Writes a file made in memory to `destination` through a `PendingFile`: whole or not at all, the
    /// temporary removed on any failure (and on SIGINT, SIGTERM, SIGHUP while it is written).
    public static func write(
        _ bytes: some ContiguousBytes, to destination: String, replacing: Bool = true, extension: String = ""
    ) throws(Failure) {
        let file = try PendingFile(destination: destination, replacing: replacing, extension: `extension`)
        defer { file.discard() }
        try file.write(bytes)
        try file.commit()
    }

    /// Removes the temporary file and its companions; does nothing once committed or discarded.
    public func discard() {
        guard descriptor >= 0 else { return }
        for path in [temporaryPath] + companions.map({ temporaryPath + $0 }) { unlink(path) }
        close(descriptor)
        descriptor = -1
        SignalCleanup.unregister(registration)
    }

    /// Creates and locks a new temporary file for `destination`; the lock is held until commit or discard,
    /// the sign that this temporary is being written.
    private static func createTemporary(
        for destination: String, extension: String, in folder: String
    ) throws(Failure) -> (Int32, String) {
        for _ in 0..<10 {
            let candidate = TemporaryName.path(for: destination, extension: `extension`)
            let fd = open(candidate, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 {
                flock(fd, LOCK_EX)
                return (fd, candidate)
            }
            guard errno == EEXIST else { break }
        }
        throw .cannotCreate(folder: folder, reason: lastError())
    }

    // MARK: - Checks

    private static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    private static func checkFolder(_ folder: String) throws(Failure) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else { throw .folderMissing(folder) }
        guard isDirectory.boolValue else { throw .notAFolder(folder) }
        guard access(folder, W_OK | X_OK) == 0 else { throw .folderNotWritable(folder) }
    }

    /// The mode of the file at `destination` (nil when there is none), or why it must not be written.
    /// A symbolic link is refused rather than followed or replaced: the user names the file itself.
    private static func existingMode(_ destination: String, replacing: Bool) throws(Failure) -> mode_t? {
        guard let mode = lstatMode(destination) else { return nil }
        switch mode & S_IFMT {
        case S_IFLNK:
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: destination)) ?? "?"
            throw .symbolicLink(destination, target: target)
        case S_IFDIR:
            throw .isFolder(destination)
        case S_IFREG:
            guard replacing else { throw .exists(destination) }
            // Root may write anywhere; a file without any write permission is still read-only by intent.
            guard access(destination, W_OK) == 0, mode & 0o222 != 0 else { throw .readOnly(destination) }
            return mode & 0o7777
        default:
            throw .notARegularFile(destination)
        }
    }

    private static func lstatMode(_ path: String) -> mode_t? {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode : nil
    }

    /// 0666 less the process's umask, read once (reading it means setting it for a moment).
    private static let defaultMode: mode_t = {
        let mask = umask(0o022)
        umask(mask)
        return 0o666 & ~mask
    }()

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

extension PendingFile {
    /// Why a destination is refused or could not be written: `FileFailure`, whose words are in the catalogues.
    public typealias Failure = FileFailure
}
