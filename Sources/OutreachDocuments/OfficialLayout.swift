import OutreachCore

/// The fixed parts of an administrative document (Decree 30/2020/NĐ-CP, Appendix I): the header as a
/// borderless two-column table, the title, the recipients beside the signer.
public struct OfficialHeader: Sendable {
    /// `UBND TỈNH LÀO CAI`, upright; nil when the issuer has no body above it.
    public var parentBody: String?
    /// `SỞ GIÁO DỤC VÀ ĐÀO TẠO`, bold.
    public var issuer: String
    /// `Số: 05/KH-SGDĐT`, or nil for a document without a number.
    public var number: String?
    /// `V/v …` under the number (a *công văn*).
    public var subjectLine: String?
    /// `Lào Cai, ngày 20 tháng 4 năm 2022`, italic; nil for none.
    public var placeAndDate: String?

    public init(parentBody: String?, issuer: String, number: String?, subjectLine: String? = nil, placeAndDate: String?) {
        self.parentBody = parentBody
        self.issuer = issuer
        self.number = number
        self.subjectLine = subjectLine
        self.placeAndDate = placeAndDate
    }
}

/// Who signs: `KT. GIÁM ĐỐC` / `PHÓ GIÁM ĐỐC` / the name.
public struct OfficialSigner: Sendable {
    public var authority: String?
    public var title: String
    public var name: String

    public init(authority: String?, title: String, name: String) {
        self.authority = authority
        self.title = title
        self.name = name
    }
}

public enum OfficialLayout {
    /// Body text: 14 pt, justified, first line indented 1.27 cm, 6 pt before each paragraph.
    public static let bodySize = 14.0
    public static let indent = 720
    public static let spaceBefore = 100
    public static let lineSpacing = 240

    /// The header table: the parent and issuing bodies at left, the national name and motto at right, each
    /// centred in its column, the short rule under the issuer; the number (and V/v) and the date line below.
    public static func header(_ header: OfficialHeader, textWidth: Int) -> DocxBlock {
        // Wider than the text on the left, as Vietnamese templates do, so the national name fits one line.
        let left = textWidth * 40 / 100
        let right = textWidth - left
        var leftTop: [DocxParagraph] = []
        if let parent = header.parentBody {
            leftTop.append(DocxParagraph(parent, alignment: .center, size: 13))
        }
        leftTop.append(DocxParagraph(header.issuer, bold: true, alignment: .center, size: 13))
        leftTop.append(.rule(length: min(left / 2, approximateWidth(header.issuer, size: 13) / 2), width: left))
        let rightTop = [
            DocxParagraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, alignment: .center, size: 12.5),
            DocxParagraph("Độc lập - Tự do - Hạnh phúc", bold: true, alignment: .center, size: 13),
            .rule(length: approximateWidth("Độc lập - Tự do - Hạnh phúc", size: 13), width: right),
        ]
        var leftBottom: [DocxParagraph] = []
        if let number = header.number {
            leftBottom.append(DocxParagraph(number, alignment: .center, size: 13, spaceBefore: 60))
        }
        if let subject = header.subjectLine {
            leftBottom.append(DocxParagraph(subject, alignment: .center, size: 12))
        }
        var rightBottom: [DocxParagraph] = []
        if let date = header.placeAndDate {
            rightBottom.append(DocxParagraph(date, italic: true, alignment: .center, size: 14, spaceBefore: 60))
        }
        var rows = [[DocxCell(leftTop), DocxCell(rightTop)]]
        if !leftBottom.isEmpty || !rightBottom.isEmpty { rows.append([DocxCell(leftBottom), DocxCell(rightBottom)]) }
        return .table(DocxTable(widths: [left, right], rows: rows, borders: false))
    }

    /// The title (bold, centred) and the lines under it, with a short rule below.
    public static func title(_ lines: [String], size: Double = 14, textWidth: Int) -> [DocxBlock] {
        var blocks: [DocxBlock] = []
        for (index, line) in lines.enumerated() {
            var paragraph = DocxParagraph(line, bold: true, alignment: .center, size: index == 0 ? size : 14,
                                          spaceBefore: index == 0 ? 360 : 0)
            paragraph.keepNext = true
            blocks.append(.paragraph(paragraph))
        }
        var rule = DocxParagraph.rule(length: 1700, width: textWidth)
        rule.keepNext = true
        rule.spaceAfter = 120
        blocks.append(.paragraph(rule))
        return blocks
    }

    /// *Nơi nhận* (bold italic 12 pt, its list at 11 pt) at left, the signer at right (authority, title, a
    /// space to sign, the name), in a borderless table whose row does not break across pages.
    public static func closing(recipients: [String], signer: OfficialSigner?, textWidth: Int) -> DocxBlock {
        let left = textWidth * 45 / 100
        let right = textWidth - left
        var leftCell: [DocxParagraph] = []
        if !recipients.isEmpty {
            leftCell.append(DocxParagraph("Nơi nhận:", bold: true, italic: true, alignment: .left, size: 12))
            for recipient in recipients {
                leftCell.append(DocxParagraph("- " + recipient, alignment: .left, size: 11))
            }
        }
        var rightCell: [DocxParagraph] = []
        if let signer {
            if let authority = signer.authority, !authority.isEmpty {
                rightCell.append(DocxParagraph(authority, bold: true, alignment: .center, size: 14))
            }
            rightCell.append(DocxParagraph(signer.title, bold: true, alignment: .center, size: 14))
            rightCell.append(DocxParagraph("", alignment: .center, size: 14, spaceBefore: 1400))
            rightCell.append(DocxParagraph(signer.name, bold: true, alignment: .center, size: 14))
        }
        var table = DocxTable(widths: [left, right], rows: [[DocxCell(leftCell), DocxCell(rightCell)]], borders: false)
        table.keepRowsWhole = true
        return .table(table)
    }

    /// A rough width in twips of `text` in Times New Roman bold at `size` points: about half an em a character.
    static func approximateWidth(_ text: String, size: Double) -> Int {
        Int(Double(text.count) * size * 0.46 * 20)
    }
}
