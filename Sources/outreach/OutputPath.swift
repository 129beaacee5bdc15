import Foundation
import OutreachCore

/// Where `-o` sends a file: into a folder (given with a trailing `/`, or one that exists) under its default name,
/// or to the file named, which must have the right extension and sit in a folder that exists. Only the default
/// `exports/<…>` folders are made on demand, so a typo in `-o` is an error rather than a new tree of folders.
enum OutputPath {
    static func given(_ output: String, name: String, fileExtension: String) throws(OutreachError) -> String {
        var isDirectory: ObjCBool = false
        if output.hasSuffix("/") || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory)
            && isDirectory.boolValue) {
            try requireFolder(output)
            return (output as NSString).appendingPathComponent(name)
        }
        guard output.lowercased().hasSuffix("." + fileExtension) else {
            throw .invalidValue(field: "-o", value: output, reason: LocalizedText { $0.theFileNameMustEnd(fileExtension) })
        }
        try requireFolder((output as NSString).deletingLastPathComponent)
        return output
    }

    private static func requireFolder(_ folder: String) throws(OutreachError) {
        guard !folder.isEmpty else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .file(path: folder, reason: LocalizedText { $0.thisFolderDoesNotExist })
        }
    }
}
