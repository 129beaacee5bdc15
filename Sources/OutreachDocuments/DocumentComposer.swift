import OutreachCore

/// Lays a filled template out as a Decree 30 document: the header, the body the template gives, then the
/// recipients beside the signer.
public struct DocumentComposer: Sendable {
    public var header: OfficialHeader
    public var signer: OfficialSigner?

    public init(header: OfficialHeader, signer: OfficialSigner?) {
        self.header = header
        self.signer = signer
    }

    /// One section (a page or more) of `template` filled with `values`.
    public func section(_ template: DocumentTemplate, values: TemplateValues) throws(OutreachError) -> DocxSection {
        var section = DocxSection(landscape: template.landscape)
        let width = section.textWidth
        var header = self.header
        if let subject = template.subjectLine {
            header.subjectLine = try template.substitute(subject, scopes: [values], line: 1)
        }
        if !template.dateLine { header.placeAndDate = nil }
        section.blocks.append(OfficialLayout.header(header, textWidth: width))
        let lines = try template.fill(values)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            switch line.kind {
            case .title:
                var titles: [String] = []
                while index < lines.count, lines[index].kind == .title {
                    titles.append(lines[index].runs.map(\.text).joined())
                    index += 1
                }
                section.blocks += OfficialLayout.title(titles, size: template.titleSize, textWidth: width)
                continue
            case .row, .rule:
                var rows: [FilledRow] = []
                while index < lines.count {
                    if case .row = lines[index].kind { rows.append(.cells(lines[index].cells)) }
                    else if case .rule(let columns) = lines[index].kind { rows.append(.rule(columns)) }
                    else { break }
                    index += 1
                }
                section.blocks.append(.table(Self.table(rows, width: width)))
                continue
            default:
                section.blocks.append(.paragraph(Self.paragraph(line)))
            }
            index += 1
        }
        var recipients: [String] = []
        for recipient in template.recipients {
            recipients.append(try template.substitute(recipient, scopes: [values], line: 1))
        }
        if !recipients.isEmpty || signer != nil {
            if case .paragraph(var last)? = section.blocks.last {
                last.keepNext = true
                section.blocks[section.blocks.count - 1] = .paragraph(last)
            }
            var spacer = DocxParagraph([], size: 8, spaceBefore: 120)
            spacer.keepNext = true
            section.blocks.append(.paragraph(spacer))
            section.blocks.append(OfficialLayout.closing(recipients: recipients, signer: signer, textWidth: width))
        }
        return section
    }

    static func paragraph(_ line: DocumentTemplate.FilledLine) -> DocxParagraph {
        var runs = line.runs
        var paragraph = DocxParagraph(runs, alignment: .both, firstLine: OfficialLayout.indent, size: OfficialLayout.bodySize,
                                      spaceBefore: OfficialLayout.spaceBefore, line: OfficialLayout.lineSpacing)
        switch line.kind {
        case .heading, .subheading:
            for index in runs.indices {
                runs[index].bold = true
                if line.kind == .subheading { runs[index].italic = true }
            }
            paragraph.runs = runs
            paragraph.keepNext = true
        case .centred:
            paragraph.alignment = .center
            paragraph.firstLine = 0
        case .left:
            paragraph.alignment = .left
            paragraph.firstLine = 0
        case .right:
            paragraph.alignment = .right
            paragraph.firstLine = 0
        default: break
        }
        return paragraph
    }

    enum FilledRow {
        case cells([[DocxRun]])
        case rule([(align: DocxAlignment, weight: Int)])
    }

    /// A bordered table: rows above the `|---|` rule are headings (bold, centred, repeated on every page), the
    /// rule's dashes give the columns' shares of the width and its colons their alignment; a cell holding only
    /// `<` widens the cell before it.
    static func table(_ rows: [FilledRow], width: Int) -> DocxTable {
        let rule = rows.lazy.compactMap { row -> [(align: DocxAlignment, weight: Int)]? in
            if case .rule(let columns) = row { return columns } else { return nil }
        }.first
        let columnCount = rule?.count ?? rows.map { row -> Int in
            if case .cells(let cells) = row { return cells.count } else { return 0 }
        }.max() ?? 1
        let weights = rule?.map(\.weight) ?? Array(repeating: 1, count: columnCount)
        let total = max(1, weights.reduce(0, +))
        var widths = weights.map { width * $0 / total }
        widths[widths.count - 1] += width - widths.reduce(0, +)
        let aligns = rule?.map(\.align) ?? Array(repeating: .left, count: columnCount)
        var out: [[DocxCell]] = []
        var headerRows = 0
        var seenRule = false
        for row in rows {
            guard case .cells(let cells) = row else {
                seenRule = true
                headerRows = out.count
                continue
            }
            var built: [DocxCell] = []
            for (column, runs) in cells.prefix(columnCount).enumerated() {
                if runs.map(\.text).joined() == "<", !built.isEmpty {
                    built[built.count - 1].span += 1
                    continue
                }
                var runs = runs
                if !seenRule && rule != nil { for index in runs.indices { runs[index].bold = true } }
                let align: DocxAlignment = !seenRule && rule != nil ? .center : aligns[min(column, aligns.count - 1)]
                built.append(DocxCell([DocxParagraph(runs, alignment: align, size: 12, spaceBefore: 40, spaceAfter: 40)]))
            }
            let used = built.reduce(0) { $0 + $1.span }
            if used < columnCount { built.append(DocxCell([], span: columnCount - used)) }
            out.append(built)
        }
        return DocxTable(widths: widths, rows: out, borders: true, headerRows: headerRows)
    }
}
