import Foundation

/// Reads the shared name fixtures from the test bundle, or beside this file when the bundle lacks them.
enum Fixture {
    static func lines(_ name: String) throws -> [String] {
        let url =
            Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures")
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(name).txt")
        return try String(contentsOf: url, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map(String.init)
    }
}
