import Foundation
import Testing
import TestSupport

/// The store is called by the command line and by the server: no message of it may name a command-line flag,
/// a command or a form field. Its errors name values by `InputField`, which each front end words its own way.
@Suite struct NeutralMessagesTests {
    /// String literals on the store's source lines (comments left out).
    static func literals() throws -> [(file: String, line: Int, text: String)] {
        let folder = Fixture.root.appendingPathComponent("Sources/OutreachStore")
        var found: [(String, Int, String)] = []
        let literal = try NSRegularExpression(pattern: #""(?:[^"\\]|\\.)*""#)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let source = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
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
    static let pattern = #"(^|[ ("])--[a-z]|outreach (session|nominee|units|export|cascade|attendance|budget|plan|duty|bloc|audit|db|demo|init|rates|money|doc|access|serve)\b"#

    @Test func noLiteralNamesAFlagOrACommand() throws {
        let all = try Self.literals()
        #expect(all.count > 500, "the scan reads the store's sources")
        let flag = try NSRegularExpression(pattern: Self.pattern)
        let offending = all.filter { literal in
            flag.firstMatch(in: literal.text, range: NSRange(literal.text.startIndex..., in: literal.text)) != nil
        }
        #expect(offending.isEmpty, "\(offending.map { "\($0.file):\($0.line) \($0.text)" }.joined(separator: "\n"))")
    }

    /// The scan itself finds a flag where there is one.
    @Test func theScanFindsAFlag() throws {
        let flag = try NSRegularExpression(pattern: Self.pattern)
        for text in [#""give --unit CODE""#, #""(see: outreach units list)""#, #""--note""#] {
            #expect(flag.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil, "\(text)")
        }
    }
}
