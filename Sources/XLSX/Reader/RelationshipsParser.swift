/// Reads a .rels part: relationship id → (type, target).
final class RelationshipsParser: XMLPartParser {
    struct Relationship {
        let type: String
        let target: String
    }

    private(set) var relationships: [String: Relationship] = [:]

    override func start(_ name: String, _ attributes: [String: String]) throws {
        guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        relationships[id] = Relationship(type: attributes["Type"] ?? "", target: target)
    }

    /// The first target whose type ends with the given suffix, e.g. "/officeDocument".
    func target(ofType suffix: String) -> String? {
        relationships.values.first { $0.type.hasSuffix(suffix) }?.target
    }

    /// Resolves a relationship target against the folder of the part that owns the .rels.
    static func resolve(_ target: String, relativeTo folder: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : (folder.isEmpty ? target : folder + "/" + target)
        var parts: [Substring] = []
        for piece in joined.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }
}
