import Foundation
import Testing
import OutreachCore
import TestSupport

/// Every message is declared once in `Catalogue` and worded once per language: no words of a message outside the
/// catalogues, and no message that takes its words ready-made per language as arguments.
@Suite struct CatalogueTests {
    /// Each function of a catalogue file with its parameters' names and its body.
    static func functions(_ language: String) throws -> [String: (parameters: [String], body: String)] {
        let file = Fixture.root.appendingPathComponent("Sources/OutreachCore/Messages/Catalogue+\(language).swift")
        let source = try String(contentsOf: file, encoding: .utf8)
        var found: [String: (parameters: [String], body: String)] = [:]
        for match in source.matches(of: /\n    public func (\w+)\(([^)]*)\) -> String \{\n(?s:(.*?))\n    \}\n/) {
            let parameters = match.2.split(separator: ",").compactMap { parameter in
                parameter.split(separator: ":").first?.split(separator: " ").last.map(String.init)
            }
            found[String(match.1)] = (parameters, String(match.3))
        }
        return found
    }

    /// Arguments one language leaves out on purpose, with the reason.
    static let unusedOnPurpose: Set<String> = [
        // Vietnamese says "đăng ký" for a late registration; English says what the duty is in either case.
        "en dutyDoneLateCountsLate registration",
    ]

    /// A message that took its words per language (`foo(textVi, textEn)`) would use each only in its own
    /// language: every argument must be used by both, so each language words the whole message itself.
    @Test func everyArgumentIsUsedInEachLanguage() throws {
        var unused: [String] = []
        var checked = 0
        for language in ["vi", "en"] {
            for (name, function) in try Self.functions(language) {
                for parameter in function.parameters {
                    checked += 1
                    // Simple word boundaries: `parts.vi` uses `parts` (Unicode's rules would read one word).
                    let used = try Regex("\\b\(parameter)\\b").wordBoundaryKind(.simple)
                    if function.body.firstMatch(of: used) == nil {
                        unused.append("\(language) \(name) \(parameter)")
                    }
                }
            }
        }
        #expect(checked > 1_000, "the scan reads the catalogues' functions and their arguments")
        #expect(Set(unused) == Self.unusedOnPurpose, "\(unused.sorted().joined(separator: "\n"))")
    }

    /// Letters only Vietnamese writes (a, e, o, u, i, y with a tone or a hat, đ).
    static let vietnamese = Set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ")

    /// Where Vietnamese text outside the catalogues is data, not a message, and why.
    static let dataFolders = [
        "OutreachCore/Messages/",  // the catalogues themselves
        "OutreachCore/Vietnamese/",  // the language's own rules: letters, collation, dates and money in words
        "OutreachExport/", "OutreachDocuments/",  // printed administrative documents, in Vietnamese only
        "/Demo/",  // the demo's people, units and plans
    ]
    static let dataFiles: [String: String] = [
        "OutreachCore/Import/LegacyVietnamese.swift": "the TCVN3 and VNI code tables",
        "OutreachCore/Import/NomineeRowChecker.swift": "the stored value of a gender column (Nữ)",
        "OutreachCore/Model/UnitTree.swift": "prefixes of unit names (UBND, huyện…) a short name drops",
        "OutreachServer/Views/OpenAPI.swift": "examples of values in the API's description",
    ]

    /// String literals with Vietnamese letters in the sources, comments left out, by file.
    static func vietnameseLiterals() throws -> [(file: String, line: Int, text: String)] {
        let sources = Fixture.root.appendingPathComponent("Sources")
        var found: [(String, Int, String)] = []
        for path in try FileManager.default.subpathsOfDirectory(atPath: sources.path) where path.hasSuffix(".swift") {
            let source = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            for (index, line) in source.components(separatedBy: "\n").enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                let withoutComment = code.components(separatedBy: " // ").first ?? code
                for literal in withoutComment.matches(of: /"(?:[^"\\]|\\.)*"/) where literal.output.contains(where: Self.vietnamese.contains) {
                    found.append((path, index + 1, String(literal.output)))
                }
            }
        }
        return found
    }

    /// Every word a user reads comes from the catalogues: a Vietnamese literal elsewhere is a message that
    /// escaped them, unless it is data (above).
    @Test func noVietnameseWordsOutsideTheCatalogues() throws {
        let all = try Self.vietnameseLiterals()
        let outside = all.filter { literal in
            !Self.dataFolders.contains { literal.file.contains($0) } && Self.dataFiles[literal.file] == nil
        }
        #expect(all.count > 1_000, "the scan finds the catalogues' words")
        #expect(outside.isEmpty, "\(outside.map { "\($0.file):\($0.line) \($0.text)" }.joined(separator: "\n"))")
    }

    /// Every language-dependent text a front end shows comes from `Language.catalogue`: the two catalogues word
    /// the same messages differently (a catalogue copied from the other would pass every other test).
    @Test func theCataloguesAreDifferentLanguages() throws {
        let (vi, en) = (try Self.functions("vi"), try Self.functions("en"))
        #expect(Set(vi.keys) == Set(en.keys))
        let same = vi.keys.filter { vi[$0]?.body == en[$0]?.body }
        #expect(same.count < vi.count / 10, "most messages read differently in Vietnamese and English")
    }

    /// A pair of texts written at a call site (`LocalizedText(vi: "…", en: "…")`) is a message outside the
    /// catalogues: the sources make texts only from the catalogues (`LocalizedText { $0.name }`), from one
    /// text per language the same code makes (`each:`) or from a name (`verbatim:`).
    @Test func noTextIsPairedAtItsCallSite() throws {
        let sources = Fixture.root.appendingPathComponent("Sources")
        var pairs: [String] = []
        var files = 0
        for path in try FileManager.default.subpathsOfDirectory(atPath: sources.path)
        where path.hasSuffix(".swift") && !path.hasPrefix("OutreachCore/Messages/") && path != "OutreachCore/Support/Language.swift" {
            files += 1
            let source = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            for (index, line) in source.components(separatedBy: "\n").enumerated() where line.contains("LocalizedText(vi:") {
                pairs.append("\(path):\(index + 1) \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(files > 200, "the scan reads the sources")
        #expect(pairs.isEmpty, "\(pairs.joined(separator: "\n"))")
    }

    /// English says "1 office", "2 offices": a count written straight before a plural noun would say "1 offices".
    @Test func englishCountsAgreeWithTheirNouns() throws {
        let file = Fixture.root.appendingPathComponent("Sources/OutreachCore/Messages/Catalogue+en.swift")
        let source = try String(contentsOf: file, encoding: .utf8)
        var counts = 0
        var bare: [String] = []
        for match in source.matches(of: /\n    public func (\w+)\(([^)]*)\) -> String \{\n(?s:(.*?))\n    \}\n/) {
            let integers = match.2.split(separator: ",").filter { $0.contains(": Int") }
                .compactMap { $0.split(separator: ":").first?.split(separator: " ").last.map(String.init) }
            for name in integers {
                counts += match.3.matches(of: try Regex("counted\\(\(name),")).count
                let plural = try Regex("\\\\\\(\(name)\\) (units|offices|people|duties|days|parts|places|members|points|reports|rows|lines)\\b")
                if match.3.contains(plural) { bare.append("\(match.1): \(name)") }
            }
        }
        #expect(counts > 40, "the scan reads the counted nouns")
        #expect(bare.isEmpty, "\(bare.joined(separator: "\n"))")
        #expect(English().officesCountOfficesInvited(1) == "1 office invited")
        #expect(English().officesCountOfficesInvited(2) == "2 offices invited")
        #expect(Vietnamese().officesCountOfficesInvited(1) == "1 đơn vị được mời")
    }
}
