import Foundation
import TestSupport

/// One `outreach demo` run shared by the CLI tests: building it once keeps the suite fast.
struct DemoRun: Sendable {
    let folder: URL
    let result: ProcessResult

    var database: String { folder.appendingPathComponent("demo.sqlite").path }
    var exports: URL { folder.appendingPathComponent("exports") }
    var signIn: URL { exports.appendingPathComponent("LCI-2022-TDKT/danh-sach-ky-ten.xlsx") }
    var nominees: URL { exports.appendingPathComponent("LCI-2022-TDKT/danh-sach-dai-bieu.xlsx") }

    static let shared: DemoRun = {
        do {
            let folder = try Fixture.temporaryDirectory()
            let result = try CLIRunner.run(
                ["demo", "--db", "demo.sqlite", "--templates", Fixture.root.appendingPathComponent("Templates").path,
                 "--exports", "exports"],
                in: folder)
            return DemoRun(folder: folder, result: result)
        } catch {
            fatalError("cannot run the demo: \(error)")
        }
    }()

    /// A private copy of the demo database, for a test that changes it.
    func copyOfDatabase() throws -> (folder: URL, path: String) {
        let copy = try Fixture.temporaryDirectory()
        let path = copy.appendingPathComponent("db.sqlite").path
        try FileManager.default.copyItem(atPath: database, toPath: path)
        return (copy, path)
    }

    /// Runs `outreach` against a database, in its folder, with the demo's "today".
    static func run(_ arguments: [String], db: String, today: String = "2022-05-01") throws -> ProcessResult {
        let folder = URL(fileURLWithPath: db).deletingLastPathComponent()
        return try CLIRunner.run(arguments + ["--db", db], in: folder, environment: ["OUTREACH_TODAY": today])
    }
}
