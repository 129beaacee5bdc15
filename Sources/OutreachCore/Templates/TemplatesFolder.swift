import Foundation

/// Where a folder of `Templates/` is (rate tables, document texts): the folder given, else `Templates/<kind>` in the
/// current folder, else the one found walking up from the executable (`.build/debug/outreach` → the project's).
/// The command line and the server (`outreach serve --templates`) find it the same way.
public enum TemplatesFolder {
    public static func resolve(_ given: String?, relative: String, option: String) throws(OutreachError) -> String {
        let files = FileManager.default
        func isFolder(_ path: String) -> Bool {
            var folder: ObjCBool = false
            return files.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
        }
        if let given {
            guard isFolder(given) else { throw .folderNotFound(path: given, option: option) }
            return given
        }
        if isFolder(relative) { return relative }
        let executable = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" && !folder.path.isEmpty {
            let candidate = folder.appendingPathComponent(relative).path
            if isFolder(candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        throw .folderNotFound(path: relative, option: option)
    }
}
