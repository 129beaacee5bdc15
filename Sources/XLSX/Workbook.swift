import AtomicFile
import CXlsxWriter
import Foundation

/// An .xlsx file being written; it appears at `path` only when `close()` succeeds.
///
/// Not thread-safe: use one workbook per thread. Dropping an unclosed workbook discards it
/// without writing anything.
public final class Workbook {
    /// How the workbook is written.
    public struct Options: Sendable {
        /// Flush each row to disk as soon as a later row is written: memory stays flat for large
        /// sheets, but rows must be written in order and text is stored inline.
        public var constantMemory: Bool
        /// Directory for libxlsxwriter's temporary files; nil uses the system default.
        public var tmpdir: String?
        /// Allow parts larger than 4 GB.
        public var useZip64: Bool
        /// Font given to every cell written through this API whose style names none.
        public var defaultFont: Font?
        /// How many rows the largest sheet will get, if known: at `constantMemoryThreshold` or more the
        /// workbook switches to constant-memory mode by itself (see `effectiveConstantMemory`).
        public var expectedRows: Int?

        /// From this many expected rows on, a workbook is written in constant-memory mode: in default mode
        /// libxlsxwriter keeps every cell in memory (about 120 bytes each), so 100,000 rows × 8 columns would
        /// already take ~100 MB, while constant-memory mode stays at a few MB whatever the size.
        public static let constantMemoryThreshold = 100_000

        /// Options; by default everything is kept in memory until `close()`.
        public init(constantMemory: Bool = false, tmpdir: String? = nil, useZip64: Bool = false,
                    defaultFont: Font? = nil, expectedRows: Int? = nil) {
            self.constantMemory = constantMemory
            self.tmpdir = tmpdir
            self.useZip64 = useZip64
            self.defaultFont = defaultFont
            self.expectedRows = expectedRows
        }

        /// Whether the workbook is written in constant-memory mode: asked for, or implied by a large
        /// `expectedRows`. Rows must then come in order, which `Worksheet` enforces (`rowAlreadyWritten`).
        public var effectiveConstantMemory: Bool {
            constantMemory || (expectedRows ?? 0) >= Self.constantMemoryThreshold
        }
    }

    /// A font family and size, e.g. Times New Roman 13 for administrative documents.
    public struct Font: Hashable, Sendable {
        /// Font family.
        public var name: String
        /// Size in points (1...409).
        public var size: Double

        /// A font.
        public init(name: String, size: Double) {
            self.name = name
            self.size = size
        }
    }

    /// Where the finished file goes.
    public let path: String
    /// The options the workbook was created with.
    public let options: Options
    /// The sheets, in tab order.
    public private(set) var worksheets: [Worksheet] = []

    /// nil once closed: `workbook_close` frees everything, so the pointer must never be used again.
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    /// The hidden file libxlsxwriter writes, renamed to `path` only after a successful close.
    private let pending: PendingFile
    var temporaryPath: String { pending.temporaryPath }
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    /// The last style looked up and its format: rows repeat one style cell after cell, and comparing it is
    /// far cheaper than hashing every field of it again for `formats` (8% of a large export's time).
    /// The formats of the last few styles used, newest first: a row alternates between a handful (centred
    /// numbers, plain text, the row's own), and comparing with them is cheaper than hashing a style per cell.
    private var recentFormats: [(style: CellStyle, format: UnsafeMutablePointer<lxw_format>)] = []
    private static let recentFormatCount = 4
    /// Formats used only by conditional formats (dxf): kept apart from cell formats and never given the
    /// default font, because a dxf naming a font would override the font of every cell it matches.
    private var differentialFormats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    /// Folded name plus scope (-1 for the workbook) of every name defined so far.
    private var definedNames: Set<String> = []
    var activeSheetIndex = 0

    /// libxlsxwriter calls gmtime() at close and rand() for temporary names, neither reentrant,
    /// so those calls are serialised across all workbooks of the process.
    private static let nonReentrantCalls = NSLock()

    /// Prepares a workbook for `path`; throws at once if the destination cannot be written (see
    /// `PendingFile`: a missing or unwritable folder, a folder, a symbolic link or a read-only file in the way).
    /// A replaced file keeps its mode.
    public init(path: String, options: Options = .init()) throws {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if let font = options.defaultFont {
            try CellStyle(fontName: font.name, fontSize: font.size).validate()
        }
        if let tmpdir = options.tmpdir { try XMLText.check(tmpdir, what: "tmpdir") }

        self.path = url.path
        // Resolved once here, so every check of `options.constantMemory` sees the mode really in use.
        var options = options
        options.constantMemory = options.effectiveConstantMemory
        self.options = options
        // Created now, so a folder that passes `access` yet refuses a new file (a read-only or virtual file
        // system, as root) is found before any work rather than by libxlsxwriter at close.
        do {
            pending = try PendingFile(destination: url.path, replacing: true, extension: ".xlsx")
        } catch {
            throw XLSXError.destination(path: url.path, error)
        }

        let created = withMutableCString(options.tmpdir) { tmpdir -> UnsafeMutablePointer<lxw_workbook>? in
            var cOptions = lxw_workbook_options(
                constant_memory: options.constantMemory ? 1 : 0, tmpdir: tmpdir, use_zip64: options.useZip64 ? 1 : 0)
            return workbook_new_opt(pending.temporaryPath, &cOptions)
        }
        guard let created else {
            throw XLSXError.library(function: "workbook_new_opt", message: "could not allocate the workbook")
        }
        handle = created
        if let font = options.defaultFont { Self.setNormalStyleFont(created, font) }
    }

    /// Makes `font` the font of the Normal style (the workbook's first format, which libxlsxwriter 1.1.4
    /// creates as Calibri 11 and has no setter for). Column widths are counted in the Normal font's digits,
    /// so with a font every renderer has in the same metrics (Times New Roman, or Liberation Serif in
    /// LibreOffice) a sheet prints the same width everywhere, not wider where Calibri is missing.
    private static func setNormalStyleFont(_ workbook: UnsafeMutablePointer<lxw_workbook>, _ font: Font) {
        guard let first = workbook.pointee.formats?.pointee.stqh_first else { return }
        format_set_font_name(first, font.name)
        format_set_font_size(first, font.size)
    }

    deinit {
        guard let handle else { return }
        releaseSheetTemporaryFiles(onlyEmpty: false)
        lxw_workbook_free(handle)
    }

    /// Adds a sheet after the existing ones; the name must be valid and unique ignoring case.
    public func addWorksheet(named name: String) throws -> Worksheet {
        let handle = try openHandle()
        if let reason = SheetName.problem(name) {
            throw XLSXError.invalidSheetName(name: name, reason: reason)
        }
        let folded = SheetName.fold(name)
        if let existing = worksheets.first(where: { SheetName.fold($0.name) == folded }) {
            throw XLSXError.duplicateSheetName(name: name, existing: existing.name)
        }
        // In constant-memory mode this opens the sheet's temporary file.
        let (created, _) = Self.nonReentrantCalls.withLock {
            LibraryOutput.captured { NumericLocale.withC { workbook_add_worksheet(handle, name) } }
        }
        guard let sheet = created else {
            throw XLSXError.library(function: "workbook_add_worksheet",
                                    message: "could not create sheet '\(name)' (memory or temporary file)")
        }
        let worksheet = Worksheet(workbook: self, handle: sheet, name: name, index: worksheets.count)
        worksheets.append(worksheet)
        return worksheet
    }

    /// Adds a sheet named after any text (an office's code, a person's name): the text made a valid name
    /// and unique among this workbook's sheets (see `Worksheet.name` for what it became).
    public func addWorksheet(namedAfter text: String) throws -> Worksheet {
        try addWorksheet(named: SheetName.usable(from: text, taken: worksheets.map(\.name)))
    }

    /// The sheet with this name, compared ignoring case as Excel does.
    public func worksheet(named name: String) -> Worksheet? {
        let folded = SheetName.fold(name)
        return worksheets.first { SheetName.fold($0.name) == folded }
    }

    /// Sets the document properties; a later call replaces all of them.
    public func setProperties(_ properties: DocumentProperties) throws {
        let handle = try openHandle()
        let fields: [(String, String?)] = [
            ("title", properties.title), ("subject", properties.subject), ("author", properties.author),
            ("manager", properties.manager), ("company", properties.company), ("category", properties.category),
            ("keywords", properties.keywords), ("comments", properties.comments), ("status", properties.status),
        ]
        for case let (field, value?) in fields {
            try XMLText.check(value, what: "document property \(field)")
        }
        var created: time_t = 0
        if let date = properties.created {
            // libxlsxwriter reads 0 as "now"; any other instant is kept to the second.
            let seconds = date.timeIntervalSince1970.rounded(.down)
            guard seconds.isFinite, seconds != 0, abs(seconds) < 253_402_300_800 else {
                throw XLSXError.invalidValue(sheet: nil, what: "creation date \(date)",
                                             reason: "must be a time other than 1970-01-01T00:00:00Z, before year 10000")
            }
            created = time_t(seconds)
        }
        let copies = fields.map { $0.1.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        var cProperties = lxw_doc_properties(
            title: copies[0], subject: copies[1], author: copies[2], manager: copies[3], company: copies[4],
            category: copies[5], keywords: copies[6], comments: copies[7], status: copies[8],
            hyperlink_base: nil, created: created)
        try lxwCall("workbook_set_properties") { workbook_set_properties(handle, &cProperties) }
    }

    /// Defines a name ("Rate") or a sheet-local name ("Sheet1!Rate", "'My Sheet'!Rate") for a formula.
    public func defineName(_ name: String, formula: String) throws {
        let handle = try openHandle()
        let (sheetName, bare) = try Self.splitScope(name)
        var scope = -1
        var cName = bare
        if let sheetName {
            guard let sheet = worksheet(named: sheetName) else {
                throw XLSXError.invalidDefinedName(name: name, reason: "there is no sheet '\(sheetName)'")
            }
            guard !sheet.name.contains("!") else {
                throw XLSXError.invalidDefinedName(
                    name: name, reason: "libxlsxwriter 1.1.4 cannot scope a name to a sheet whose name contains '!'")
            }
            scope = sheet.index
            // Passed unquoted: 1.1.4 strips only one outer quote and cannot undo doubled apostrophes.
            cName = sheet.name + "!" + bare
        }
        if let reason = DefinedNameRules.problem(bare) {
            throw XLSXError.invalidDefinedName(name: name, reason: reason)
        }
        let body = formula.hasPrefix("=") ? String(formula.dropFirst()) : formula
        guard !body.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw XLSXError.invalidDefinedName(name: name, reason: "the formula is empty")
        }
        for (what, text) in [("name", cName), ("formula", body)] where text.utf8.count > DefinedNameRules.maxBytes {
            throw XLSXError.invalidDefinedName(
                name: name, reason: "the \(what) is \(text.utf8.count) bytes in UTF-8, limit is \(DefinedNameRules.maxBytes)")
        }
        do { try XMLText.check(body, what: "formula") } catch let error as XLSXError {
            throw XLSXError.invalidDefinedName(name: name, reason: error.description)
        }
        let key = "\(scope)|" + SheetName.fold(bare)
        guard !definedNames.contains(key) else {
            throw XLSXError.invalidDefinedName(
                name: name, reason: scope < 0 ? "already defined for the workbook" : "already defined for that sheet")
        }
        try lxwCall("workbook_define_name") { workbook_define_name(handle, cName, body) }
        definedNames.insert(key)
    }

    /// Writes the file: libxlsxwriter assembles it under a temporary name, which is renamed to `path`
    /// only on success. Throws `.workbookClosed` if called again.
    public func close() throws {
        let handle = try openHandle()
        self.handle = nil
        formats.removeAll()
        recentFormats = []
        differentialFormats.removeAll()
        releaseSheetTemporaryFiles(onlyEmpty: true)
        let (status, printed) = Self.nonReentrantCalls.withLock {
            LibraryOutput.captured { NumericLocale.withC { workbook_close(handle) } }
        }
        guard status == LXW_NO_ERROR else {
            pending.discard()
            throw XLSXError.library(function: "workbook_close", message: lxwMessage(status) + LibraryOutput.systemError(in: printed))
        }
        let firstPages = worksheets.compactMap { sheet in sheet.firstPage.map { (sheet.index, $0) } }
        if !firstPages.isEmpty {
            do {
                try FirstPageHeaderFooter.add(firstPages, toPackageAt: pending.temporaryPath)
            } catch {
                pending.discard()
                throw XLSXError.library(function: "headerFooter differentFirst", message: "\(error)")
            }
        }
        do {
            try pending.commit()
        } catch {
            throw XLSXError.destination(path: path, error)
        }
    }

    /// Whether `close()` has not run yet.
    public var isOpen: Bool { handle != nil }

    func openHandle() throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw XLSXError.workbookClosed }
        return handle
    }

    /// The single libxlsxwriter format for a style, created and fully configured on first use,
    /// so no format is ever changed after a cell used it.
    func format(for style: CellStyle?) throws -> UnsafeMutablePointer<lxw_format>? {
        let handle = try openHandle()
        guard var style = style ?? (options.defaultFont == nil ? nil : CellStyle()) else { return nil }
        if let font = options.defaultFont {
            style.fontName = style.fontName ?? font.name
            style.fontSize = style.fontSize ?? font.size
        }
        if let index = recentFormats.firstIndex(where: { $0.style == style }) { return recentFormats[index].format }
        let format: UnsafeMutablePointer<lxw_format>
        if let existing = formats[style] {
            format = existing
        } else {
            try style.validate()
            guard let created = workbook_add_format(handle) else {
                throw XLSXError.library(function: "workbook_add_format", message: "could not allocate a format")
            }
            FormatBuilder.configure(created, as: style)
            formats[style] = created
            format = created
        }
        if recentFormats.count == Self.recentFormatCount { recentFormats.removeLast() }
        recentFormats.insert((style, format), at: 0)
        return format
    }

    /// The format for a conditional format's style, created on first use; the caller has checked that
    /// the style sets only what a dxf carries.
    func differentialFormat(for style: CellStyle) throws -> UnsafeMutablePointer<lxw_format> {
        let handle = try openHandle()
        if let existing = differentialFormats[style] { return existing }
        try style.validate()
        guard let format = workbook_add_format(handle) else {
            throw XLSXError.library(function: "workbook_add_format", message: "could not allocate a format")
        }
        FormatBuilder.configure(format, as: style, differential: true)
        differentialFormats[style] = format
        return format
    }

    /// Closes the per-sheet temporary files of constant-memory mode that libxlsxwriter 1.1.4 would
    /// leak: all of them when discarding, only those of sheets without data before `workbook_close`
    /// (it closes the others itself).
    private func releaseSheetTemporaryFiles(onlyEmpty: Bool) {
        guard options.constantMemory else { return }
        for sheet in worksheets {
            let ws = sheet.handle
            guard let file = ws.pointee.optimize_tmpfile else { continue }
            if onlyEmpty && ws.pointee.dim_rowmin != lxw_row_t(LXW_ROW_MAX) { continue }
            fclose(file)
            ws.pointee.optimize_tmpfile = nil
            ws.pointee.file = nil
        }
    }

    /// Splits "Sheet!Name" / "'My Sheet'!Name" into sheet and bare name.
    private static func splitScope(_ name: String) throws -> (sheet: String?, name: String) {
        guard let bang = name.lastIndex(of: "!") else { return (nil, name) }
        var sheet = String(name[..<bang])
        let bare = String(name[name.index(after: bang)...])
        if sheet.count >= 2, sheet.hasPrefix("'"), sheet.hasSuffix("'") {
            sheet = String(sheet.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        }
        guard !sheet.isEmpty else {
            throw XLSXError.invalidDefinedName(name: name, reason: "the sheet before '!' is empty")
        }
        return (sheet, bare)
    }
}
