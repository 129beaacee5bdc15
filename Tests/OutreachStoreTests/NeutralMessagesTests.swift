import Foundation
import Testing
import OutreachCore
import TestSupport

/// The rules, the store, the operations and the file readers are called by the command line and by the server:
/// no message of theirs may name a command-line flag, a command or a form field. Their errors name values by
/// `InputField` and next steps by `NextStep`, which each front end words its own way (`FieldNames`).
@Suite struct NeutralMessagesTests {
    /// The modules every front end calls.
    static let modules = ["OutreachCore", "OutreachStore", "OutreachOperations", "OutreachImport"]

    /// String literals on the source lines of those modules (comments left out).
    static func literals() throws -> [(file: String, line: Int, text: String)] {
        var found: [(String, Int, String)] = []
        let literal = try NSRegularExpression(pattern: #""(?:[^"\\]|\\.)*""#)
        let files = try modules.flatMap { module in
            let folder = Fixture.root.appendingPathComponent("Sources/\(module)")
            return try FileManager.default.subpathsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".swift") }.map { folder.appendingPathComponent($0) }
        }
        // The catalogues hold every front end's words too (help, pages): the messages these modules raise are
        // checked by `noMessageRaisedHereNamesAFlagOrACommand`.
        for file in files where !file.path.contains("/Messages/") {
            let name = file.lastPathComponent
            let source = try String(contentsOf: file, encoding: .utf8)
            for (index, line) in source.components(separatedBy: "\n").enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                for match in literal.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
                    found.append((name, index + 1, String(line[Range(match.range, in: line)!])))
                }
            }
        }
        return found
    }

    /// A flag, or a command of the program.
    static let pattern = #"(^|[ ("])--[a-z]|outreach (session|nominee|units|export|cascade|attendance|budget|plan|duty|bloc|audit|db|demo|init|rates|money|doc|access|serve)\b|\b(attendance (mark|import|walk-in)|nominee (add|confirm|import|promote)|cascade (open|report|accept))\b"#

    @Test func noLiteralNamesAFlagOrACommand() throws {
        let all = try Self.literals()
        #expect(all.count > 2000, "the scan reads the sources of \(Self.modules)")
        let flag = try NSRegularExpression(pattern: Self.pattern)
        let offending = all.filter { literal in
            flag.firstMatch(in: literal.text, range: NSRange(literal.text.startIndex..., in: literal.text)) != nil
        }
        #expect(offending.isEmpty, "\(offending.map { "\($0.file):\($0.line) \($0.text)" }.joined(separator: "\n"))")
    }

    /// The words of each message in a catalogue file, by name.
    static func catalogue(_ language: String) throws -> [String: String] {
        let file = Fixture.root.appendingPathComponent("Sources/OutreachCore/Messages/Catalogue+\(language).swift")
        let source = try String(contentsOf: file, encoding: .utf8)
        var words: [String: String] = [:]
        var current: String?
        for line in source.components(separatedBy: "\n") {
            if let match = line.firstMatch(of: /^    public (?:var|func) (\w+)/) {
                current = String(match.1)
            } else if line.hasPrefix("    //") || line == "}" {
                current = nil
            }
            if let current { words[current, default: ""] += line + "\n" }
        }
        return words
    }

    /// The sources of the modules every front end calls, the catalogues left out.
    static func sharedSources() throws -> String {
        try modules.flatMap { module in
            let folder = Fixture.root.appendingPathComponent("Sources/\(module)")
            return try FileManager.default.subpathsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("Messages/") }
                .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        }.joined(separator: "\n")
    }

    /// Every message the rules, the store, the operations and the readers raise, in both catalogues: no flag, no
    /// command.
    @Test func noMessageRaisedHereNamesAFlagOrACommand() throws {
        let sources = try Self.sharedSources()
        let used = Set(sources.matches(of: /\.(\w+)\b/).map { String($0.1) })
        let flag = try NSRegularExpression(pattern: Self.pattern)
        var checked = 0
        for language in ["vi", "en"] {
            for (name, words) in try Self.catalogue(language) where used.contains(name) {
                checked += 1
                for line in words.components(separatedBy: "\n").dropFirst() {
                    let found = flag.firstMatch(in: line, range: NSRange(line.startIndex..., in: line))
                    #expect(found == nil, "\(name) (\(language)): \(line)")
                }
            }
        }
        #expect(checked > 800, "the scan finds the messages these modules raise")
    }

    /// The catalogue scan reads a catalogue's entries and their words: help that names flags is there.
    @Test func theCatalogueScanReadsTheWords() throws {
        let words = try Self.catalogue("vi")
        #expect(words.count > 1_000)
        let flag = try NSRegularExpression(pattern: Self.pattern)
        let naming = words.values.filter { flag.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }
        #expect(naming.count > 20, "the command line's help names its flags")
    }

    /// Every next step an error can name, and every error that names one, in the words a page or a row problem
    /// uses: no flag, no command.
    @Test func nextStepsInWordsNameNoFlag() throws {
        let flag = try NSRegularExpression(pattern: Self.pattern)
        let steps: [NextStep] = [
            .seeUnits, .seeSessions, .seeNominees(session: "S"), .seePlans, .seeBlocs, .changeLateWithReason,
            .giveLateReason, .lowerQuotaAnyway, .overwriteFile, .importValidRowsOnly, .addReserve(session: "S"),
            .recordWalkIn(session: "S"), .pointAtDatabase(path: "x.sqlite"), .rebuildDemo, .chooseAnotherDatabase,
        ]
        let errors: [OutreachError] = [
            .unknownUnit("X"), .unknownSession("S"), .unknownNominee("A", session: "S"), .unknownPlan("P"),
            .unknownBloc("B"), .deadlinePassed(session: "S", deadline: "01/05", today: "02/05"), .lateNeedsReason,
            .quotaBelowActive(unit: "U", roles: "r", requested: 1, active: 2, beyond: ["A"]), .fileExists("f"),
            .importRefused(file: "f", errors: 2), .noReserve(nominee: "A", session: "S"),
            .sessionOver(session: "S", ended: "10/05"), .databaseMissing("x.sqlite"),
            .demoWouldReplace(path: "x", changes: [DemoChange(command: "a-command", count: 1, lastDay: nil)]),
            .notADemoDatabase("x"), .invalidInput(.phone, value: "1", reason: LocalizedText(vi: "sai", en: "wrong")),
        ]
        let texts = steps.flatMap { [$0.words(.vi), $0.words(.en)] } + errors.flatMap { [$0.message(.vi), $0.message(.en)] }
        for text in texts {
            #expect(flag.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil, "\(text)")
        }
    }

    /// The scan itself finds a flag where there is one.
    @Test func theScanFindsAFlag() throws {
        let flag = try NSRegularExpression(pattern: Self.pattern)
        for text in [#""give --unit CODE""#, #""(see: outreach units list)""#, #""--note""#, #""(attendance mark)""#] {
            #expect(flag.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil, "\(text)")
        }
    }
}
