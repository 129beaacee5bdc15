import Foundation

/// The document properties shown in File > Info (docProps/core.xml and app.xml).
public struct DocumentProperties: Hashable, Sendable {
    /// Title.
    public var title: String?
    /// Subject.
    public var subject: String?
    /// Author (dc:creator).
    public var author: String?
    /// Manager.
    public var manager: String?
    /// Company.
    public var company: String?
    /// Category.
    public var category: String?
    /// Keywords.
    public var keywords: String?
    /// Comments (dc:description).
    public var comments: String?
    /// Status.
    public var status: String?
    /// Creation time; nil uses the time of `close()`. Set it for byte-reproducible files.
    public var created: Date?

    /// Properties; all empty by default.
    public init(title: String? = nil, subject: String? = nil, author: String? = nil, manager: String? = nil,
                company: String? = nil, category: String? = nil, keywords: String? = nil,
                comments: String? = nil, status: String? = nil, created: Date? = nil) {
        self.title = title
        self.subject = subject
        self.author = author
        self.manager = manager
        self.company = company
        self.category = category
        self.keywords = keywords
        self.comments = comments
        self.status = status
        self.created = created
    }
}
