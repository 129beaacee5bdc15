import OutreachCore
import XLSX

/// A bloc's score sheet (*bảng tổng hợp chấm điểm thi đua*): one row per member, points per criterion, the
/// total and the rank as live formulas, ties broken by the bloc's tie-break criteria and explained; then the
/// scoring chain of seed 002: the member's self-score, the cross-checked score, the votes of the bloc's vote
/// (*bình xét, suy tôn*) and whether it is proposed for awards.
///
/// The rank is `RANK` over a hidden key column: total, then each tie-break criterion, weighted so a higher
/// total always wins and the tie-break criteria decide in turn; members equal on all of them share the rank.
public struct BlocSheet {
    public var bloc: BlocView
    public var issuer: OrgUnit
    public var parentBody: OrgUnit?
    public var chair: OrgUnit?
    public var today: CalendarDate

    public init(bloc: BlocView, issuer: OrgUnit, parentBody: OrgUnit?, chair: OrgUnit?, today: CalendarDate) {
        self.bloc = bloc
        self.issuer = issuer
        self.parentBody = parentBody
        self.chair = chair
        self.today = today
    }

    public static let sheetName = "Chấm điểm"

    /// The key weight: one more than the largest criterion maximum, so a tie-break criterion never outweighs
    /// a point of total.
    private var base: Int { (bloc.criteria.map(\.points).max() ?? 0) * max(1, bloc.criteria.count) + 1 }

    /// The ranking key of a member, as the hidden column computes it.
    func key(_ standing: BlocStanding) -> Double {
        var key = Double(standing.total)
        for code in bloc.tieBreak { key = key * Double(base) + Double(standing.points[code.rawValue] ?? 0) }
        return key
    }

    public func write(to path: String) throws(OutreachError) {
        let properties = ExportFile.properties(
            title: "Chấm điểm thi đua – \(bloc.name)", subject: bloc.plan.template.title, author: chair ?? issuer,
            company: issuer, keywords: "\(bloc.plan.template.code) \(bloc.code)")
        try ExportFile.write(to: path, properties: properties) { workbook in
            try writeScores(try workbook.addWorksheet(named: Self.sheetName))
        }
    }

    private func writeScores(_ sheet: Worksheet) throws {
        let style = DocumentStyle()
        let criteria = bloc.criteria
        let count = criteria.count
        // STT | Đơn vị | criteria… | Tổng (final) | Xếp hạng | Tự chấm | Kiểm tra chéo | Số phiếu | Đề nghị | Ghi chú
        // | (hidden key)
        let widths = [6.0, 26] + Array(repeating: 13.0, count: count) + [9, 8, 9, 10, 9, 10, 30]
        var page = try OfficialSheet(sheet: sheet, style: style, widths: widths, landscape: true)
        let totalColumn = 2 + count
        let rankColumn = totalColumn + 1
        let selfColumn = rankColumn + 1
        let checkColumn = selfColumn + 1
        let votesColumn = checkColumn + 1
        let proposedColumn = votesColumn + 1
        let noteColumn = proposedColumn + 1
        let keyColumn = noteColumn + 1
        try sheet.setColumnWidth(keyColumn...keyColumn, width: 12, hidden: true)
        try page.header(parentBody: issuer.headerAsParent, issuingBody: VietnameseText.uppercased(bloc.name),
                        leftColumns: 2 + (count + 4) / 2)
        try page.title("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA", lines: [
            ("\(bloc.name) – năm \(bloc.plan.template.year)", true, false),
            ("\(bloc.plan.template.document?.reference(fallback: bloc.plan.template.code.rawValue) ?? "Kế hoạch \(bloc.plan.template.code)") – \(bloc.plan.template.title); số liệu tính đến ngày \(VietnameseDate.numeric(today))", false, true),
        ])
        try page.columnHeadings(["STT", "Đơn vị"] + criteria.map { "\($0.name) (tối đa \($0.points) điểm)" }
                                + ["Tổng điểm (khối trưởng chấm)", "Xếp hạng", "Tự chấm", "Kiểm tra chéo", "Số phiếu bình xét",
                                   "Đề nghị khen thưởng", "Ghi chú"])
        let first = page.row
        let last = first + bloc.standings.count - 1
        let totalLetter = CellReference.columnLetters(totalColumn)
        let keyLetter = CellReference.columnLetters(keyColumn)
        let tieLetters = bloc.tieBreak.compactMap { code in
            criteria.firstIndex { $0.code == code }.map { CellReference.columnLetters(2 + $0) }
        }
        for (index, standing) in bloc.standings.enumerated() {
            let selfScore = bloc.selfScores[standing.unit]
            let check = bloc.checks[standing.unit]
            let vote = bloc.votes.first { $0.unit == standing.unit }
            var notes: [String] = []
            if let tie = standing.tie?.vi { notes.append(tie) }
            if let selfScore, selfScore.late { notes.append("tự chấm gửi muộn ngày \(VietnameseDate.numeric(selfScore.on))") }
            if let check { notes.append("kiểm tra chéo: \(check.checker?.rawValue ?? "")" + (check.remark.map { " – \($0)" } ?? "")) }
            let note = notes.joined(separator: "; ")
            try page.tableRow([nil, standing.unitName] + Array(repeating: nil, count: count + 6) + [note], minimum: 20) { row in
                let r = row + 1
                try sheet.write(row: row, column: 0, integer: Int64(index + 1), style: style.cell(horizontal: .center))
                try sheet.write(row: row, column: 1, text: standing.unitName, style: style.cell())
                for (offset, criterion) in criteria.enumerated() {
                    if let points = standing.points[criterion.code.rawValue] {
                        try sheet.write(row: row, column: 2 + offset, integer: Int64(points), style: style.number())
                    } else {
                        try sheet.writeBlank(row: row, column: 2 + offset, style: style.number())
                    }
                }
                let firstLetter = CellReference.columnLetters(2)
                let lastLetter = CellReference.columnLetters(1 + count)
                try sheet.write(row: row, column: totalColumn, formula: "SUM(\(firstLetter)\(r):\(lastLetter)\(r))",
                                cachedNumber: Double(standing.total), style: style.number(bold: true))
                try sheet.write(row: row, column: rankColumn,
                                formula: "RANK(\(keyLetter)\(r),$\(keyLetter)$\(first + 1):$\(keyLetter)$\(last + 1))",
                                cachedNumber: Double(standing.rank), style: style.cell(bold: true, horizontal: .center))
                for (column, value) in [(selfColumn, selfScore?.total), (checkColumn, check?.total), (votesColumn, vote?.votes)] {
                    if let value {
                        try sheet.write(row: row, column: column, integer: Int64(value), style: style.number())
                    } else {
                        try sheet.writeBlank(row: row, column: column, style: style.number())
                    }
                }
                try sheet.write(row: row, column: proposedColumn, text: vote.map { $0.proposed ? "Có" : "Không" } ?? "",
                                style: style.cell(horizontal: .center))
                try sheet.write(row: row, column: noteColumn, text: note, style: style.cell())
                var formula = "\(totalLetter)\(r)"
                for letter in tieLetters { formula = "(\(formula))*\(base)+\(letter)\(r)" }
                try sheet.write(row: row, column: keyColumn, formula: formula, cachedNumber: key(standing))
            }
        }
        try page.tableRow(["Điểm tối đa"], minimum: 20, closing: true) { row in
            try sheet.merge(CellRange(firstRow: row, firstColumn: 0, lastRow: row, lastColumn: 1), text: "Điểm tối đa",
                            style: style.cell(bold: true, horizontal: .center))
            for (offset, criterion) in criteria.enumerated() {
                try sheet.write(row: row, column: 2 + offset, integer: Int64(criterion.points), style: style.number(bold: true))
            }
            let firstLetter = CellReference.columnLetters(2)
            let lastLetter = CellReference.columnLetters(1 + count)
            try sheet.write(row: row, column: totalColumn, formula: "SUM(\(firstLetter)\(row + 1):\(lastLetter)\(row + 1))",
                            cachedNumber: Double(criteria.map(\.points).reduce(0, +)), style: style.number(bold: true))
            for column in rankColumn...noteColumn { try sheet.writeBlank(row: row, column: column, style: style.cell()) }
        }
        let names = Dictionary(criteria.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let tieNames = bloc.tieBreak.map { code in names[code].map { "“\($0)”" } ?? code.rawValue }
            .joined(separator: ", ")
        try page.note(
            "Xếp hạng theo tổng điểm; bằng điểm tổng thì xét lần lượt các tiêu chí \(tieNames.isEmpty ? "(không có)" : tieNames); "
                + "vẫn bằng nhau thì đồng hạng. Ô trống: tiêu chí chưa chấm."
                + (bloc.votes.isEmpty ? "" : " Đề nghị khen thưởng khi \(bloc.voteRule.label.vi)."),
            italic: true)
        try page.signatures(
            place: bloc.plan.template.place, date: today,
            left: ("NGƯỜI TỔNG HỢP", "(Ký, ghi rõ họ tên)"), right: ("TM. KHỐI TRƯỞNG", "(Ký, ghi rõ họ tên, đóng dấu)"),
            leftColumns: 2 + (count + 4) / 2)
        try page.finishPages()
    }
}
