import Foundation
import Testing
import TestSupport

/// The examples in the help of the emulation commands work on the demo database as printed: a reader who copies
/// one gets what it promises, not an error (`bloc create` once named a unit already in the seed's bloc).
@Suite("Help examples of the bloc and duty commands run on the demo database")
struct HelpExampleRunTests {
    /// The `outreach …` lines of a help text (alone on their line or after "Ví dụ:"), continuation lines joined,
    /// split as a shell would (double quotes). A line the help wrapped (the next line starts at the margin) is
    /// recorded as an issue: it cannot be copied as printed.
    static func examples(_ help: String) -> [[String]] {
        var joined: [String] = []
        var current: String?
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if var open = current {
                open += " " + line
                current = open
            } else if let start = line.range(of: "outreach "),
                      ["", "Ví dụ:", "Example:"].contains(line[..<start.lowerBound].trimmingCharacters(in: .whitespaces)) {
                current = String(line[start.lowerBound...])
            }
            guard current != nil else { continue }
            if index + 1 < lines.count, let next = lines[index + 1].first, next != " " {
                Issue.record("the help wrapped an example: \(raw) / \(lines[index + 1])")
            }
            if let text = current, !text.hasSuffix("\\") {
                joined.append(text)
                current = nil
            } else if let text = current {
                current = String(text.dropLast())
            }
        }
        return joined.map { line in
            var words: [String] = []
            var word = ""
            var quoted = false
            var started = false
            for character in line {
                if character == "\"" {
                    quoted.toggle()
                    started = true
                } else if character == " " && !quoted {
                    if started { words.append(word) }
                    word = ""
                    started = false
                } else {
                    word.append(character)
                    started = true
                }
            }
            if started { words.append(word) }
            return Array(words.dropFirst())
        }
    }

    @Test func examplesParse() {
        #expect(Self.examples("Ví dụ:\n  outreach bloc create K --name \"Khối a\" \\\n    --chair X\n") == [
            ["bloc", "create", "K", "--name", "Khối a", "--chair", "X"],
        ])
        #expect(Self.examples("Ví dụ: outreach bloc add K A B\n") == [["bloc", "add", "K", "A", "B"]])
    }

    @Test(arguments: [["bloc", "create"], ["bloc", "add"], ["duty", "set-due"]])
    func theExamplesRun(_ command: [String]) throws {
        let (folder, db) = try DemoRun.shared.copyOfDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        // `bloc add` grows the bloc `bloc create`'s example makes.
        let steps = command == ["bloc", "add"] ? [["bloc", "create"], command] : [command]
        for step in steps {
            let help = try CLIRunner.run(["help"] + step, in: folder)
            let examples = Self.examples(help.stdout)
            #expect(!examples.isEmpty, "\(step): no example in \(help.stdout)")
            for example in examples {
                let result = try DemoRun.run(example, db: db, today: "2022-12-20")
                #expect(result.status == 0, "\(example): \(result.stderr)")
            }
        }
    }
}
