import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads docProps/core.xml (keys are qualified names, "dc:title") or docProps/app.xml (keys are
/// element names, "Company"), keeping only simple text fields directly under the root.
final class PropertiesParser: XMLPartParser {
    private(set) var properties: [String: String] = [:]
    private let qualifiedKeys: Bool
    private var qualifiedNames: [String] = []
    private var hasChildren: [Bool] = []

    init(part: String, qualifiedKeys: Bool) {
        self.qualifiedKeys = qualifiedKeys
        super.init(part: part)
    }

    override func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                         qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        qualifiedNames.append(elementName)
        if !hasChildren.isEmpty { hasChildren[hasChildren.count - 1] = true }
        hasChildren.append(false)
        super.parser(parser, didStartElement: elementName, namespaceURI: namespaceURI, qualifiedName: qName,
                     attributes: attributeDict)
    }

    override func end(_ name: String, text: String) throws {
        let qualified = qualifiedNames.removeLast()
        let leaf = !hasChildren.removeLast()
        guard path.count == 2, leaf else { return }
        properties[qualifiedKeys ? qualified : name] = text
    }
}
