import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Shared event plumbing for the part parsers: prefix-free names, text collection, and errors
/// raised inside callbacks carried out of `XMLParser`.
class XMLPartParser: NSObject, XMLParserDelegate {
    let part: String
    /// Local names of the open elements, outermost first.
    private(set) var path: [String] = []
    /// Text collected since the innermost element opened.
    private(set) var text = ""
    private var failure: (any Error)?
    private var syntaxError: (any Error)?
    private var sawRoot = false
    private weak var parser: XMLParser?

    init(part: String) {
        self.part = part
    }

    /// Parses a part held in memory.
    func parse(_ data: Data) throws {
        try run(XMLParser(data: data))
    }

    /// Parses a part from a file, streaming, so large sheets need not fit in memory.
    func parse(fileAt url: URL) throws {
        guard let stream = InputStream(url: url) else {
            throw XLSXReadError.cannotOpen(path: url.path, reason: "cannot read the extracted part")
        }
        try run(XMLParser(stream: stream))
    }

    /// Called for each opening tag with its local name and prefix-free attributes.
    func start(_ name: String, _ attributes: [String: String]) throws {}
    /// Called for each closing tag with the text it directly contained.
    func end(_ name: String, text: String) throws {}

    /// Stops parsing; the error is rethrown by `parse`.
    func fail(_ error: any Error) {
        if failure == nil { failure = error }
        parser?.abortParsing()
    }

    private func run(_ parser: XMLParser) throws {
        self.parser = parser
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let ok = parser.parse()
        if let failure { throw failure }
        // FoundationXML on Linux can return true after reporting an error, and says nothing about
        // a document cut short, so both are checked here.
        if let error = syntaxError ?? parser.parserError ?? (ok ? nil : XMLParserFailure()) {
            throw XLSXReadError.malformedXML(part: part, line: parser.lineNumber, reason: Self.describe(error))
        }
        guard sawRoot else {
            throw XLSXReadError.malformedXML(part: part, line: parser.lineNumber, reason: "no root element")
        }
        if let open = path.last {
            throw XLSXReadError.malformedXML(part: part, line: parser.lineNumber,
                                             reason: "document ends inside <\(open)>")
        }
    }

    private struct XMLParserFailure: Error {}

    private static func describe(_ error: any Error) -> String {
        let code = (error as NSError).code
        switch XMLParser.ErrorCode(rawValue: code) {
        case .prematureDocumentEndError?: return "the document ends too early"
        case .tagNameMismatchError?: return "a closing tag does not match its opening tag"
        case .emptyDocumentError?: return "the document is empty"
        case .attributeRedefinedError?: return "an attribute appears twice"
        default: return "XML parser error \(code)"
        }
    }

    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        guard failure == nil else { return }
        let name = Self.localName(elementName)
        sawRoot = true
        path.append(name)
        text = ""
        var attributes = attributeDict
        if attributeDict.keys.contains(where: { $0.contains(":") }) {
            attributes = Dictionary(attributeDict.map { (Self.localName($0.key), $0.value) },
                                    uniquingKeysWith: { first, _ in first })
        }
        do { try start(name, attributes) } catch { fail(error) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        guard failure == nil else { return }
        let name = Self.localName(elementName)
        do { try end(name, text: text) } catch { fail(error) }
        text = ""
        if !path.isEmpty { path.removeLast() }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if syntaxError == nil { syntaxError = parseError }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        text += String(decoding: CDATABlock, as: UTF8.self)
    }
}
