/// Why a file this program writes is refused or could not be written (`PendingFile` in AtomicFile throws it),
/// without the destination's own name: messages put it first. The words are in the catalogues (`fileFailure`).
public enum FileFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case folderMissing(String)
    case notAFolder(String)
    case folderNotWritable(String)
    case isFolder(String)
    case symbolicLink(String, target: String)
    case notARegularFile(String)
    case readOnly(String)
    case exists(String)
    case cannotCreate(folder: String, reason: String)
    case cannotRename(destination: String, reason: String)
    case cannotWrite(destination: String, reason: String)
    case alreadyFinished

    /// The reason in every language.
    public var text: LocalizedText { LocalizedText { $0.fileFailure(self) } }

    public var description: String { text.en }
}
