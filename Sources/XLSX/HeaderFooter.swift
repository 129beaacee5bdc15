/// A printed page header or footer in three sections, rendered to Excel's "&L…&C…&R…" codes safely.
public struct HeaderFooter: Hashable, Sendable {
    /// A piece of a section: literal text or a field Excel fills in when printing.
    public enum Part: Hashable, Sendable {
        /// Literal text; "&" is escaped for you.
        case text(String)
        /// The current page number (&P).
        case pageNumber
        /// The number of pages (&N).
        case pageCount
        /// The sheet's name (&A).
        case sheetName
        /// The print date (&D).
        case date
        /// The file name (&F).
        case fileName
    }

    /// One of the left, centre and right sections, with an optional font of its own.
    public struct Section: Hashable, Sendable, ExpressibleByArrayLiteral {
        /// The parts, in order.
        public var parts: [Part]
        /// Font family for the section; nil keeps the printer's default.
        public var fontName: String?
        /// Font size in points for the section (1...409).
        public var fontSize: Int?
        /// Bold section text.
        public var bold: Bool

        /// A section made of parts, with an optional font.
        public init(_ parts: [Part] = [], fontName: String? = nil, fontSize: Int? = nil, bold: Bool = false) {
            self.parts = parts
            self.fontName = fontName
            self.fontSize = fontSize
            self.bold = bold
        }

        /// A section from a list of parts.
        public init(arrayLiteral parts: Part...) {
            self.init(parts)
        }

        var isEmpty: Bool { parts.isEmpty }
    }

    /// Left section.
    public var left: Section
    /// Centre section.
    public var center: Section
    /// Right section.
    public var right: Section

    /// A header or footer from its sections; empty sections are left out.
    public init(left: Section = [], center: Section = [], right: Section = []) {
        self.left = left
        self.center = center
        self.right = right
    }

    /// A centred page counter such as "Trang 2/5".
    public static func pageOfPages(prefix: String = "Trang ", separator: String = "/") -> HeaderFooter {
        HeaderFooter(center: [.text(prefix), .pageNumber, .text(separator), .pageCount])
    }

    /// The string libxlsxwriter receives; throws for anything 1.1.4 would refuse or crash on.
    public func rendered() throws -> String {
        var out = ""
        for (code, section) in [("&L", left), ("&C", center), ("&R", right)] where !section.isEmpty {
            out += code
            out += try Self.fontCodes(section)
            for part in section.parts {
                out += try Self.code(part)
            }
        }
        // 1.1.4 counts every "&G" as an image placeholder, even inside an escaped "&&G",
        // then frees the header twice at close (fixed in 1.1.5).
        for trap in ["&G", "&[Picture]"] where out.contains(trap) {
            throw XLSXError.invalidHeaderFooter(
                sheet: nil, reason: "'\(out)' contains \"\(trap)\" (an \"&\" followed by \"G\" or \"[Picture]\"), "
                    + "which libxlsxwriter 1.1.4 mistakes for an image; reword the text")
        }
        let length = out.unicodeScalars.count
        guard length <= Limits.headerFooterCodePoints else {
            throw XLSXError.invalidHeaderFooter(
                sheet: nil, reason: "\(length) characters including codes, limit is \(Limits.headerFooterCodePoints)")
        }
        return out
    }

    private static func code(_ part: Part) throws -> String {
        switch part {
        case .text(let text):
            do { try XMLText.check(text, what: "header/footer text") } catch let error as XLSXError {
                throw XLSXError.invalidHeaderFooter(sheet: nil, reason: error.description)
            }
            return text.replacingOccurrences(of: "&", with: "&&")
        case .pageNumber: return "&P"
        case .pageCount: return "&N"
        case .sheetName: return "&A"
        case .date: return "&D"
        case .fileName: return "&F"
        }
    }

    private static func fontCodes(_ section: Section) throws -> String {
        var codes = ""
        if let size = section.fontSize {
            guard (1...409).contains(size) else {
                throw XLSXError.invalidHeaderFooter(sheet: nil, reason: "font size \(size) is outside 1...409")
            }
            codes += "&\(size)"
        }
        if let name = section.fontName {
            let forbidden: Set<Character> = ["\"", ",", "&"]
            guard !name.isEmpty, name.utf16.count <= 31, !name.contains(where: forbidden.contains),
                  !name.unicodeScalars.contains(where: XMLText.isForbidden)
            else {
                throw XLSXError.invalidHeaderFooter(
                    sheet: nil, reason: "font name '\(name)' must be 1...31 characters without '\"', ',' or '&'")
            }
        }
        // A font code after the size also ends the size digits, so text starting with a digit stays text.
        if section.fontName != nil || section.bold || section.fontSize != nil {
            codes += "&\"\(section.fontName ?? "-"),\(section.bold ? "Bold" : "Regular")\""
        }
        return codes
    }
}
