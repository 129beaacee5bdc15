import AtomicFile
import Foundation
import OutreachCore
import XLSX

/// Where exports go and how a workbook is written: into its folder, atomically, with errors a user can act on.
public enum ExportFile {
    /// The default path of a session's document: `exports/<SESSION>/<name>.xlsx` under `root`.
    public static func defaultPath(root: String = "exports", session: SessionCode, name: String) -> String {
        defaultPath(root: root, folder: session.rawValue, name: name)
    }

    /// The default path of a document kept under `folder` (a session's or a plan's code).
    public static func defaultPath(root: String = "exports", folder: String, name: String) -> String {
        // Kept relative when `root` is, so messages show the path the user would type.
        ((root as NSString).appendingPathComponent(folder) as NSString).appendingPathComponent(name)
    }

    /// Creates the folder of `path` if needed, builds the workbook and closes it; the file appears whole or not at all.
    /// `streamed`: each row goes to disk as soon as the next one starts (libxlsxwriter's constant-memory mode),
    /// for a list that writes its rows in order: memory stays flat and nothing is held until the close,
    /// whatever the number of people.
    static func write(
        to path: String, properties: DocumentProperties, streamed: Bool = false, _ build: (Workbook) throws -> Void
    ) throws(OutreachError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .file(path: folder.path, reason: LocalizedText { $0.theFolderCannotBeCreated })
        }
        do {
            // Times New Roman as the Normal font: column widths then print alike in Excel and LibreOffice.
            let workbook = try Workbook(
                path: path, options: Workbook.Options(
                    constantMemory: streamed, defaultFont: Workbook.Font(name: DocumentStyle.font, size: 11)))
            try workbook.setProperties(properties)
            try build(workbook)
            try workbook.close()
        } catch let error as OutreachError {
            throw error
        } catch let error as XLSXError {
            throw .file(path: path, reason: Self.explain(error))
        } catch {
            throw .file(path: path, reason: LocalizedText(verbatim: "\(error)"))
        }
    }

    /// A workbook error in the user's words: where the file could not be written, or what data it refused.
    private static func explain(_ error: XLSXError) -> LocalizedText {
        switch error {
        case let .destination(_, failure):
            failure.text
        case .library:
            LocalizedText { $0.theFileCouldNotBe("\(error)") }
        default:
            LocalizedText { $0.workbookRefusedData("\(error)") }
        }
    }


    /// Document properties common to the exports of a session.
    static func properties(title: String, session: Session, organiser: OrgUnit) -> DocumentProperties {
        properties(title: title, subject: session.title, author: organiser, company: organiser,
                   keywords: session.code.rawValue)
    }

    /// Document properties of any export: what it is, about what, by whom, and the codes to find it by.
    static func properties(
        title: String, subject: String, author: OrgUnit, company: OrgUnit, keywords: String
    ) -> DocumentProperties {
        var properties = DocumentProperties()
        properties.title = title
        properties.subject = subject
        properties.author = author.name
        properties.company = company.name
        properties.keywords = keywords
        properties.comments = "outreach"
        return properties
    }
}
