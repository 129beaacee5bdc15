import Foundation
import OutreachCore
import Yams

/// A value a document template can print: text, a yes/no for `{{#if}}`, or a list for `{{#each}}`.
public enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    case list([TemplateValues])

    /// Whether `{{#if}}` takes it: non-empty text, true, a list with something in it.
    var isTrue: Bool {
        switch self {
        case .text(let text): !text.trimmingCharacters(in: .whitespaces).isEmpty
        case .flag(let flag): flag
        case .list(let items): !items.isEmpty
        }
    }
}

/// The facts a template is filled with, by placeholder name.
public typealias TemplateValues = [String: TemplateValue]

/// A document text of `Templates/documents/` (format in `Templates/README.md`, "Documents"): a front matter of
/// settings between `---` lines, then the body, one paragraph a line, with `{{placeholders}}`, optional sections
/// (`{{#if name}} … {{else}} … {{/if}}`) and repeated lines or table rows (`{{#each list}} … {{/each}}`).
public struct DocumentTemplate: Sendable {
    /// Where it was read from, for messages.
    public var file: String
    /// The kind in the document's number (`KH` in `Số: …/KH-SGDĐT`); nil prints no number.
    public var kind: String?
    /// The `V/v …` line under the number (a *công văn*), with placeholders.
    public var subjectLine: String?
    public var landscape: Bool
    /// Whether the place and date line is printed.
    public var dateLine: Bool
    /// The size in points of the first title line.
    public var titleSize: Double
    /// *Nơi nhận*, one entry a line, with placeholders.
    public var recipients: [String]
    /// Words the program puts together for the template (`words:`), e.g. how an office of a kind is called.
    public var words: [String: String]
    var body: [Node]

    // MARK: - Reading

    public init(text: String, file: String) throws(OutreachError) {
        self.file = file
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        var bodyStart = 0
        var settings: [String: Any] = [:]
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---" {
            guard let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else {
                throw Self.error(file, 1, { $0.theFrontMatterOpensWith })
            }
            let yaml = lines[1..<end].joined(separator: "\n")
            do {
                if let loaded = try Yams.load(yaml: yaml) {
                    guard let map = loaded as? [String: Any] else {
                        throw Self.error(file, 2, { $0.theFrontMatterMustBe })
                    }
                    settings = map
                }
            } catch let error as OutreachError {
                throw error
            } catch {
                throw Self.error(file, 2, { $0.theFrontMatterCannotBe(error) })
            }
            bodyStart = end + 1
        }
        let known = ["kind", "subject", "landscape", "date_line", "title_size", "recipients", "words"]
        for key in settings.keys.sorted() where !known.contains(key) {
            throw Self.error(file, nil, field: key, { $0.unknownKeyUseKnown(known.joined(separator: ", ")) })
        }
        func string(_ key: String) throws(OutreachError) -> String? {
            guard let value = settings[key] else { return nil }
            if let text = value as? String { return VietnameseText.normalized(text) }
            if let number = value as? Int { return String(number) }
            throw Self.error(file, nil, field: key, { $0.mustBeTextInDouble })
        }
        kind = try string("kind")
        subjectLine = try string("subject")
        landscape = settings["landscape"] as? Bool ?? false
        dateLine = settings["date_line"] as? Bool ?? true
        titleSize = (settings["title_size"] as? Double) ?? (settings["title_size"] as? Int).map(Double.init) ?? 14
        guard (10...40).contains(titleSize) else {
            throw Self.error(file, nil, field: "title_size", { $0.titleSizeRange })
        }
        if let list = settings["recipients"] {
            guard let items = list as? [Any] else {
                throw Self.error(file, nil, field: "recipients", { $0.mustBeAList })
            }
            recipients = items.map { VietnameseText.normalized("\($0)") }
        } else {
            recipients = []
        }
        if let map = settings["words"] {
            guard let words = map as? [String: Any] else {
                throw Self.error(file, nil, field: "words", { $0.mustBeKeyTextLines })
            }
            self.words = words.mapValues { VietnameseText.normalized("\($0)") }
        } else {
            words = [:]
        }
        lines = Array(lines[bodyStart...])
        body = try Self.parse(lines.enumerated().map { (number: bodyStart + $0.offset + 1, text: $0.element) }, file: file)
    }

    /// Reads `NAME.md` from a folder of document texts.
    public static func load(name: String, folder: String) throws(OutreachError) -> DocumentTemplate {
        let path = (folder as NSString).appendingPathComponent(name + ".md")
        guard FileManager.default.fileExists(atPath: path) else { throw .fileNotFound(path) }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw .file(path: path, reason: LocalizedText { $0.cannotBeReadUTFNeeded })
        }
        return try DocumentTemplate(text: text.precomposedStringWithCanonicalMapping, file: path)
    }

    // MARK: - The body

    /// A line of the body, classified before anything is filled in, so a fact never turns into markup.
    enum LineKind: Equatable {
        case title, heading, subheading, centred, left, right, body
        case row([[Segment]])
        case rule([(align: DocxAlignment, weight: Int)])

        static func == (lhs: LineKind, rhs: LineKind) -> Bool {
            switch (lhs, rhs) {
            case (.title, .title), (.heading, .heading), (.subheading, .subheading), (.centred, .centred),
                 (.left, .left), (.right, .right), (.body, .body), (.row, .row), (.rule, .rule): true
            default: false
            }
        }
    }

    /// Text with one format; its placeholders are filled in later.
    struct Segment: Sendable {
        var text: String
        var bold: Bool
        var italic: Bool
    }

    struct Line: Sendable {
        var number: Int
        var kind: LineKind
        var segments: [Segment]
    }

    indirect enum Node: Sendable {
        case line(Line)
        case each(name: String, line: Int, body: [Node])
        case when(name: String, line: Int, negated: Bool, then: [Node], otherwise: [Node])
    }

    private static func parse(_ lines: [(number: Int, text: String)], file: String) throws(OutreachError) -> [Node] {
        // A stack of open blocks: what they are and the nodes collected so far.
        enum Open { case each(String, Int), when(String, Int, Bool), otherwise(String, Int, Bool, [Node]) }
        var stack: [(open: Open?, nodes: [Node])] = [(nil, [])]
        for (number, raw) in lines {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || (trimmed.hasPrefix("{{!") && trimmed.hasSuffix("}}")) { continue }
            if let directive = Self.directive(trimmed) {
                switch directive.keyword {
                case "#each": stack.append((.each(directive.name, number), []))
                case "#if": stack.append((.when(directive.name, number, false), []))
                case "#unless": stack.append((.when(directive.name, number, true), []))
                case "else":
                    guard case .when(let name, let start, let negated)? = stack.last?.open else {
                        throw error(file, number, { $0.elseOutsideIf })
                    }
                    let then = stack.removeLast().nodes
                    stack.append((.otherwise(name, start, negated, then), []))
                case "/each":
                    guard case .each(let name, let start)? = stack.last?.open else {
                        throw error(file, number, { $0.eachWithoutAnOpenEach })
                    }
                    let body = stack.removeLast().nodes
                    stack[stack.count - 1].nodes.append(.each(name: name, line: start, body: body))
                case "/if", "/unless":
                    let node: Node
                    switch stack.last?.open {
                    case .when(let name, let start, let negated)?:
                        node = .when(name: name, line: start, negated: negated, then: stack.removeLast().nodes, otherwise: [])
                    case .otherwise(let name, let start, let negated, let then)?:
                        node = .when(name: name, line: start, negated: negated, then: then, otherwise: stack.removeLast().nodes)
                    default:
                        throw error(file, number, { $0.trimmedWithoutAnOpenIf(trimmed) })
                    }
                    stack[stack.count - 1].nodes.append(node)
                default:
                    throw error(file, number, { $0.trimmedIsNotUnderstoodUse(trimmed) })
                }
                continue
            }
            stack[stack.count - 1].nodes.append(.line(try classify(raw, number: number, file: file)))
        }
        if let open = stack.last?.open {
            let start: Int
            switch open {
            case .each(_, let line), .when(_, let line, _), .otherwise(_, let line, _, _): start = line
            }
            throw error(file, start, { $0.theBlockOpenedOnThis })
        }
        return stack[0].nodes
    }

    /// `{{#each name}}` → ("#each", "name"); nil for a line that is not a directive alone.
    private static func directive(_ line: String) -> (keyword: String, name: String)? {
        guard line.hasPrefix("{{"), line.hasSuffix("}}"), line.count > 4 else { return nil }
        let inner = line.dropFirst(2).dropLast(2).trimmingCharacters(in: .whitespaces)
        guard inner.hasPrefix("#") || inner.hasPrefix("/") || inner == "else", !inner.contains("{{") else { return nil }
        let parts = inner.split(separator: " ", maxSplits: 1).map(String.init)
        return (parts[0], parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : "")
    }

    private static func classify(_ raw: String, number: Int, file: String) throws(OutreachError) -> Line {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let prefixes: [(String, LineKind)] = [
            ("### ", .subheading), ("## ", .heading), ("# ", .title), ("^ ", .centred), ("< ", .left), ("> ", .right),
        ]
        for (prefix, kind) in prefixes where text.hasPrefix(prefix) {
            return Line(number: number, kind: kind, segments: segments(String(text.dropFirst(prefix.count))))
        }
        if text.hasPrefix("|") {
            var cells = text.dropFirst().components(separatedBy: "|")
            if cells.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { cells.removeLast() }
            cells = cells.map { $0.trimmingCharacters(in: .whitespaces) }
            if !cells.isEmpty, cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" } && $0.contains("-") }) {
                return Line(number: number, kind: .rule(cells.map { cell in
                    let align: DocxAlignment = cell.hasPrefix(":") && cell.hasSuffix(":") ? .center : cell.hasSuffix(":") ? .right : .left
                    return (align, cell.filter { $0 == "-" }.count)
                }), segments: [])
            }
            return Line(number: number, kind: .row(cells.map(segments)), segments: [])
        }
        return Line(number: number, kind: .body, segments: segments(text))
    }

    /// `**bold**` and `*italic*` split a line into segments.
    static func segments(_ text: String) -> [Segment] {
        var segments: [Segment] = []
        var current = ""
        var bold = false
        var italic = false
        var index = text.startIndex
        func flush() {
            if !current.isEmpty { segments.append(Segment(text: current, bold: bold, italic: italic)) }
            current = ""
        }
        while index < text.endIndex {
            if text[index...].hasPrefix("**") {
                flush()
                bold.toggle()
                index = text.index(index, offsetBy: 2)
            } else if text[index] == "*" {
                flush()
                italic.toggle()
                index = text.index(after: index)
            } else {
                current.append(text[index])
                index = text.index(after: index)
            }
        }
        flush()
        return segments
    }

    // MARK: - Filling in

    /// A line filled in: its kind and its runs, or a table row's cells.
    public struct FilledLine: Sendable {
        var kind: LineKind
        var runs: [DocxRun]
        var cells: [[DocxRun]]
        var number: Int
    }

    /// The body with every placeholder, optional section and repeated line resolved.
    func fill(_ values: TemplateValues) throws(OutreachError) -> [FilledLine] {
        var out: [FilledLine] = []
        try fill(body, scopes: [values], into: &out)
        return out
    }

    private func fill(_ nodes: [Node], scopes: [TemplateValues], into out: inout [FilledLine]) throws(OutreachError) {
        for node in nodes {
            switch node {
            case .line(let line):
                switch line.kind {
                case .row(let cells):
                    var filled: [[DocxRun]] = []
                    for cell in cells { filled.append(try runs(cell, scopes: scopes, line: line.number)) }
                    out.append(FilledLine(kind: line.kind, runs: [], cells: filled, number: line.number))
                default:
                    out.append(FilledLine(kind: line.kind, runs: try runs(line.segments, scopes: scopes, line: line.number),
                                          cells: [], number: line.number))
                }
            case .each(let name, let number, let body):
                guard case .list(let items) = try lookup(name, scopes: scopes, line: number) else {
                    throw Self.error(file, number, { $0.eachNameIsNot(name) })
                }
                for item in items { try fill(body, scopes: scopes + [item], into: &out) }
            case .when(let name, let number, let negated, let then, let otherwise):
                let value = try lookup(name, scopes: scopes, line: number)
                try fill(value.isTrue != negated ? then : otherwise, scopes: scopes, into: &out)
            }
        }
    }

    private func runs(_ segments: [Segment], scopes: [TemplateValues], line: Int) throws(OutreachError) -> [DocxRun] {
        var runs: [DocxRun] = []
        for segment in segments {
            runs.append(DocxRun(try substitute(segment.text, scopes: scopes, line: line), bold: segment.bold, italic: segment.italic))
        }
        return runs
    }

    /// Replaces every `{{name}}` in `text`; an unknown name is an error naming the names known there.
    func substitute(_ text: String, scopes: [TemplateValues], line: Int) throws(OutreachError) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                throw Self.error(file, line, { $0.withoutAClosing })
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            switch try lookup(name, scopes: scopes, line: line) {
            case .text(let value): out += value
            case .flag(let flag): out += flag ? "có" : "không"
            case .list:
                throw Self.error(file, line, { $0.nameIsAListUse(name) })
            }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    private func lookup(_ name: String, scopes: [TemplateValues], line: Int) throws(OutreachError) -> TemplateValue {
        for scope in scopes.reversed() {
            if let value = scope[name] { return value }
        }
        let known = Set(scopes.flatMap(\.keys)).sorted().joined(separator: ", ")
        throw Self.error(file, line, { $0.noFieldNameTheFields(name, known) })
    }

    static func error(_ file: String, _ line: Int?, field: String? = nil, _ words: Words) -> OutreachError {
        .invalidTemplate(SourceLocation(file: file, line: line, field: field), LocalizedText(words))
    }
}
