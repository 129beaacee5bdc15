import Foundation
import OutreachCore
import OutreachStore

/// Paths and builders the test targets share, so each test states only what it checks.
public enum Fixture {
    /// The package root, found from this file's location.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file under `Tests/Fixtures/`.
    public static func path(_ name: String) -> String {
        root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name).path
    }

    /// The non-empty lines of a text fixture, e.g. `lines("vi-names")` for `Tests/Fixtures/vi-names.txt`.
    public static func lines(_ name: String) throws -> [String] {
        try text("\(name).txt").split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// A file under `Templates/`.
    public static func template(_ name: String) -> String {
        root.appendingPathComponent("Templates").appendingPathComponent(name).path
    }

    /// The text of a fixture file.
    public static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    /// A fresh temporary directory, removed by the caller (or left for the system to clean).
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("outreach-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The day nominations happen in the mini fixtures (before the 05/05/2022 deadline).
    public static let beforeDeadline = try! CalendarDate(iso: "2022-05-01")

    /// A day after the mini session's nomination deadline: budgets count the confirmed nominees.
    public static let afterDeadline = try! CalendarDate(iso: "2022-05-06")

    /// A context for a command run by the organiser before the deadline.
    public static func context(
        _ command: String = "test", today: CalendarDate = beforeDeadline, late: String? = nil
    ) -> CommandContext {
        CommandContext(actor: UnitCode(rawValue: "SGDDT-LCI"), command: command, today: today, lateReason: late)
    }

    /// A context for the operator of the database (no acting unit): units are the operator's, since a unit's
    /// account only maintains the units at and below it.
    public static func operatorContext(
        _ command: String = "test", today: CalendarDate = beforeDeadline
    ) -> CommandContext {
        CommandContext(actor: nil, command: command, today: today)
    }

    /// A database holding the mini units and the mini session, in memory or at `path`.
    public static func miniDatabase(path: String? = nil) throws -> AppDatabase {
        let database = try path.map { try AppDatabase.open(path: $0, create: true) } ?? AppDatabase.inMemory()
        let units = try TemplateLoader.units(yaml: text("mini-units.yaml"), file: "mini-units.yaml")
        _ = try database.importUnits(units, source: "mini-units.yaml", context: operatorContext())
        _ = try database.createSession(yaml: text("mini-session.yaml"), file: "mini-session.yaml", context: context())
        return database
    }

    /// The mini session's code.
    public static let session = SessionCode(rawValue: "LCI-2022-TDKT")!

    /// A request for the mini session.
    public static func request(
        _ name: String, role: String, unit: String? = nil, worksAt: String? = nil, phone: String? = nil
    ) -> NomineeRequest {
        NomineeRequest(
            session: session, sender: unit.flatMap(UnitCode.init(rawValue:)),
            worksAt: worksAt.flatMap(UnitCode.init(rawValue:)), fullName: name, role: RoleCode(rawValue: role)!,
            phone: phone)
    }
}

/// The result of running a program.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// Whether a signal ended the process (then `status` is the signal's number).
    public var killed = false
}

/// Runs the built `outreach` binary, as a user would from a shell.
public enum CLIRunner {
    /// The binary next to the test bundle (SwiftPM builds it because the CLI tests depend on it).
    public static var binary: URL {
        let bundle = Bundle.main.bundleURL
        let candidates = [
            bundle.deletingLastPathComponent().appendingPathComponent("outreach"),
            bundle.appendingPathComponent("outreach"),
            Fixture.root.appendingPathComponent(".build/debug/outreach"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    /// Runs `outreach` with `arguments` in `directory`, with a fixed environment.
    public static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:]
    ) throws -> ProcessResult {
        try start(arguments, in: directory, environment: environment).finish()
    }

    /// Starts `outreach` without waiting, so several can run at the same moment.
    public static func start(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:]
    ) throws -> RunningProcess {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for key in env.keys where key.hasPrefix("OUTREACH_") { env[key] = nil }
        env.merge(environment) { $1 }
        process.environment = env
        let running = RunningProcess(process: process, out: Pipe(), err: Pipe())
        process.standardOutput = running.out
        process.standardError = running.err
        try process.run()
        return running
    }
}

/// A started `outreach` process.
public struct RunningProcess {
    let process: Process
    let out: Pipe
    let err: Pipe

    /// Waits for the process and collects what it printed.
    public func finish() -> ProcessResult {
        // Read before waiting so a large output cannot fill the pipe and block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self), killed: process.terminationReason == .uncaughtSignal)
    }

    /// Sends `signal` (SIGINT as Ctrl-C, SIGTERM as `kill`) to the process if it is still running.
    public func send(_ signal: Int32) {
        if process.isRunning { _ = Foundation.kill(process.processIdentifier, signal) }
    }

    /// Ends the process at once with SIGKILL, as `kill -9` or a power cut would: no cleanup code runs.
    public func kill() {
        if process.isRunning { _ = Foundation.kill(process.processIdentifier, SIGKILL) }
    }
}
