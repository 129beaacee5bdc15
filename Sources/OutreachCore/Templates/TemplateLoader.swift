import Foundation
import Yams

/// Reads template files (YAML) into validated values, turning every problem into one located message.
public enum TemplateLoader {
    /// Parses a units file.
    public static func units(yaml: String, file: String) throws(OutreachError) -> UnitListTemplate {
        let (template, node): (UnitListTemplate, Node) = try decode(yaml: yaml, file: file)
        try report(template.problems(), node: node, file: file)
        return template
    }

    /// Parses a session file and plans its quotas against the known units.
    public static func session(
        yaml: String, file: String, units: UnitTree
    ) throws(OutreachError) -> (template: SessionTemplate, quotas: [PlannedQuota]) {
        let (template, node): (SessionTemplate, Node) = try decode(yaml: yaml, file: file)
        try report(template.problems(), node: node, file: file)
        let plan = QuotaPlanner.plan(template, units: units)
        try report(plan.problems, node: node, file: file)
        return (template, plan.quotas)
    }

    /// Parses a plan file and resolves its units, duties and blocs against the known units.
    public static func plan(yaml: String, file: String, units: UnitTree) throws(OutreachError) -> ResolvedPlan {
        let (template, node): (PlanTemplate, Node) = try decode(yaml: yaml, file: file)
        try report(template.problems(), node: node, file: file)
        let resolved = ResolvedPlan.resolve(template, units: units)
        try report(resolved.problems, node: node, file: file)
        return resolved.plan
    }

    /// Reads a plan file's text again, without resolving its units (a stored plan keeps its own).
    public static func planTemplate(yaml: String, file: String) throws(OutreachError) -> PlanTemplate {
        let (template, node): (PlanTemplate, Node) = try decode(yaml: yaml, file: file)
        try report(template.problems(), node: node, file: file)
        return template
    }

    /// Parses a rates file.
    public static func rateTable(yaml: String, file: String) throws(OutreachError) -> RateTableTemplate {
        try rateTableAndNode(yaml: yaml, file: file).table
    }

    /// Parses rates files, in reading order, into one book; a problem between files is located in the file it concerns.
    public static func rateBook(files: [(file: String, yaml: String)]) throws(OutreachError) -> RateBook {
        var tables: [RateTableTemplate] = []
        var nodes: [Node] = []
        for source in files {
            let (table, node) = try rateTableAndNode(yaml: source.yaml, file: source.file)
            tables.append(table)
            nodes.append(node)
        }
        let (ordered, problems) = RateBook.check(tables)
        if let first = problems.first {
            throw .invalidTemplate(locate(first.path, in: nodes[first.table], file: tables[first.table].file), first.reason)
        }
        return RateBook(ordered: ordered)
    }

    /// Reads every `*.yaml` file of a folder into one book: `national.yaml` first, then the others by name.
    public static func rateBook(folder: String) throws(OutreachError) -> RateBook {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            guard FileManager.default.fileExists(atPath: folder) else { throw .fileNotFound(folder) }
            throw .file(path: folder, reason: LocalizedText { $0.cannotReadTheFolder })
        }
        let files = names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }
            .sorted { ($0 == "national.yaml" ? 0 : 1, $0) < ($1 == "national.yaml" ? 0 : 1, $1) }
            .map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
        guard !files.isEmpty else { throw .fileNotFound(folder.hasSuffix("/") ? folder + "*.yaml" : folder + "/*.yaml") }
        var sources: [(file: String, yaml: String)] = []
        for file in files {
            sources.append((file, try readText(path: file)))
        }
        return try rateBook(files: sources)
    }

    private static func rateTableAndNode(
        yaml: String, file: String
    ) throws(OutreachError) -> (table: RateTableTemplate, node: Node) {
        var (table, node): (RateTableTemplate, Node) = try decode(yaml: yaml, file: file)
        try report(table.problems(), node: node, file: file)
        table.file = file
        return (table, node)
    }

    /// Reads a file as UTF-8 text, naming it in any error.
    public static func readText(path: String) throws(OutreachError) -> String {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            guard FileManager.default.fileExists(atPath: path) else { throw .fileNotFound(path) }
            throw .file(path: path, reason: LocalizedText { $0.cannotBeRead })
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidTemplate(SourceLocation(file: path), LocalizedText { $0.isNotUTFText })
        }
        return text
    }

    static func decodeOnly<T: Decodable>(yaml: String, file: String) throws(OutreachError) -> T {
        let (value, _): (T, Node) = try decode(yaml: yaml, file: file)
        return value
    }

    private static func decode<T: Decodable>(yaml: String, file: String) throws(OutreachError) -> (T, Node) {
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: yaml) else {
                throw OutreachError.invalidTemplate(
                    SourceLocation(file: file), LocalizedText { $0.theFileIsEmpty })
            }
            node = composed
        } catch let error as OutreachError {
            throw error
        } catch let error as YamlError {
            throw .invalidTemplate(located(error, file: file), LocalizedText { $0.malformedYAMLSummary("\(summary(of: error))") })
        } catch {
            throw .invalidTemplate(SourceLocation(file: file), LocalizedText { $0.malformedYAMLSummary("\(error)") })
        }
        do {
            return (try YAMLDecoder().decode(T.self, from: node), node)
        } catch let error as TemplateFieldError {
            throw .invalidTemplate(locate(error.path, in: node, file: file), error.text)
        } catch let error as DecodingError {
            let (path, reason) = explain(error)
            throw .invalidTemplate(locate(path, in: node, file: file), reason)
        } catch {
            throw .invalidTemplate(SourceLocation(file: file), LocalizedText(verbatim: "\(error)"))
        }
    }

    private static func report(
        _ problems: [(path: [String], reason: LocalizedText)], node: Node, file: String
    ) throws(OutreachError) {
        guard let first = problems.first else { return }
        throw .invalidTemplate(locate(first.path, in: node, file: file), first.reason)
    }

    /// Finds the line of the deepest node on `path`, and names the field as a dotted path.
    static func locate(_ path: [String], in root: Node, file: String) -> SourceLocation {
        var node = root
        var line = root.mark?.line
        for key in path {
            let next: Node?
            switch node {
            case .mapping(let mapping):
                let entry = mapping.first { $0.key.string == key }
                next = entry?.value
                if let keyNode = entry?.key { line = keyNode.mark?.line }
            case .sequence(let sequence):
                next = Int(key).flatMap { $0 < sequence.count ? sequence[$0] : nil }
            default:
                next = nil
            }
            guard let next else { break }
            node = next
            line = next.mark?.line ?? line
        }
        return SourceLocation(file: file, line: line, field: fieldName(path))
    }

    static func fieldName(_ path: [String]) -> String? {
        guard !path.isEmpty else { return nil }
        var text = ""
        for key in path {
            if Int(key) != nil { text += "[\(key)]" } else { text += text.isEmpty ? key : ".\(key)" }
        }
        return text
    }

    private static func explain(_ error: DecodingError) -> ([String], LocalizedText) {
        func keys(_ path: [any CodingKey]) -> [String] {
            path.map { $0.intValue.map(String.init) ?? $0.stringValue }
        }
        switch error {
        case let .keyNotFound(key, context):
            return (keys(context.codingPath + [key]), LocalizedText { $0.missingRequiredKeyStringValue(key.stringValue) })
        case let .typeMismatch(type, context):
            return (keys(context.codingPath), LocalizedText { $0.wrongTypeExpected(describe(type)) })
        case let .valueNotFound(type, context):
            return (keys(context.codingPath), LocalizedText { $0.missingValueExpected(describe(type)) })
        case let .dataCorrupted(context):
            return (keys(context.codingPath), LocalizedText(
                vi: context.debugDescription, en: context.debugDescription))
        @unknown default:
            return ([], LocalizedText(verbatim: "\(error)"))
        }
    }

    private static func describe(_ type: Any.Type) -> LocalizedText {
        switch type {
        case is String.Type: LocalizedText { $0.yamlText }
        case is Int.Type: LocalizedText { $0.anInteger }
        case is Bool.Type: LocalizedText(verbatim: "true/false")
        default: "\(type)".contains("Array")
            ? LocalizedText { $0.aList } : LocalizedText { $0.aMapping }
        }
    }

    private static func located(_ error: YamlError, file: String) -> SourceLocation {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return SourceLocation(file: file, line: mark.line)
        case let .reader(_, offset?, _, yaml):
            // The reader counts bytes; a person counts lines.
            return SourceLocation(file: file, line: yaml.utf8.prefix(offset).count { $0 == UInt8(ascii: "\n") } + 1)
        default:
            return SourceLocation(file: file)
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case let .scanner(context, problem, _, _), let .parser(context, problem, _, _):
            return [context?.text, problem].compactMap { $0 }.joined(separator: " ")
        case let .composer(context, problem, _, _):
            return [context?.text, problem].compactMap { $0 }.joined(separator: " ")
        case let .reader(problem, _, _, _):
            return problem
        default:
            // Yams describes some errors over several lines, quoting the text; a message is one line.
            return "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
        }
    }
}
