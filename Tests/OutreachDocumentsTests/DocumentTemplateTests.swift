import Foundation
import OutreachCore
import OutreachDocuments
import TestSupport
import Testing

/// The template format of `Templates/documents/`: placeholders, optional sections, repeated lines and rows, and
/// the errors a clerk gets for a mistake, each naming the file and line.
@Suite struct DocumentTemplateTests {
    let header = OfficialHeader(parentBody: "UBND TỈNH X", issuer: "SỞ Y", number: "Số: 1/KH-Y", placeAndDate: "X, ngày 01 tháng 01 năm 2022")

    func section(_ text: String, _ values: TemplateValues) throws -> DocxSection {
        try DocumentComposer(header: header, signer: nil).section(try DocumentTemplate(text: text, file: "t.md"), values: values)
    }

    func paragraphs(_ section: DocxSection) -> [DocxParagraph] {
        section.blocks.compactMap { if case .paragraph(let p) = $0, !p.text.isEmpty { p } else { nil } }
    }

    @Test func placeholdersOptionalSectionsAndRepeatedLinesAreFilledIn() throws {
        let text = """
            ---
            kind: KH
            ---
            # KẾ HOẠCH
            Xin chào {{name}}.
            {{#if deadline}}
            Hạn: {{deadline}}.
            {{else}}
            Không có hạn.
            {{/if}}
            {{#unless missing}}
            Không thiếu.
            {{/unless}}
            {{#each items}}
            - {{text}} của {{name}};
            {{/each}}
            """
        let filled = try section(text, [
            "name": .text("Bát Xát"), "deadline": .text(""), "missing": .flag(false),
            "items": .list([["text": .text("một")], ["text": .text("hai")]]),
        ])
        #expect(paragraphs(filled).map(\.text) == [
            "KẾ HOẠCH", "Xin chào Bát Xát.", "Không có hạn.", "Không thiếu.", "- một của Bát Xát;", "- hai của Bát Xát;",
        ])
    }

    @Test func markupGivesTitlesHeadingsAlignmentAndInlineBoldItalic() throws {
        let filled = try section("# TIÊU ĐỀ\n## I. Phần\n### 1. Mục\n^ Giữa **đậm** và *nghiêng*\n< Trái\nThân bài", [:])
        let p = paragraphs(filled)
        #expect(p[0].runs.allSatisfy(\.bold) && p[0].alignment == .center)
        #expect(p[1].runs.allSatisfy { $0.bold && !$0.italic } && p[1].firstLine == 720)
        #expect(p[2].runs.allSatisfy { $0.bold && $0.italic })
        #expect(p[3].alignment == .center && p[3].firstLine == 0)
        #expect(p[3].runs.map(\.text) == ["Giữa ", "đậm", " và ", "nghiêng"])
        #expect(p[3].runs.map(\.bold) == [false, true, false, false])
        #expect(p[3].runs.map(\.italic) == [false, false, false, true])
        #expect(p[4].alignment == .left && p[4].firstLine == 0)
        #expect(p[5].alignment == .both && p[5].firstLine == 720 && p[5].size == 14)
    }

    @Test func aFactIsNeverReadAsMarkup() throws {
        let p = paragraphs(try section("Tên: {{name}}", ["name": .text("# **không** phải tiêu đề | ô")]))
        #expect(p.count == 1)
        #expect(p[0].text == "Tên: # **không** phải tiêu đề | ô")
        #expect(p[0].runs.allSatisfy { !$0.bold })
    }

    @Test func tableRowsRepeatWithWidthsAlignmentAndMergedCells() throws {
        let text = """
            | STT | Nội dung | Số tiền |
            |:-:|--------|---:|
            {{#each rows}}
            | {{stt}} | {{name}} | {{amount}} |
            {{/each}}
            | **Tổng** | < | **{{total}}** |
            """
        let filled = try section(text, [
            "rows": .list([["stt": .text("1"), "name": .text("Hội trường"), "amount": .text("5.000.000")],
                           ["stt": .text("2"), "name": .text("Nước"), "amount": .text("40.000")]]),
            "total": .text("5.040.000"),
        ])
        let tables = filled.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
        let table = try #require(tables.last)
        #expect(table.borders && table.headerRows == 1)
        #expect(table.rows.count == 4)
        #expect(table.widths.reduce(0, +) == filled.textWidth)
        #expect(table.widths[1] == filled.textWidth * 8 / 12)  // dashes: 1 + 8 + 3
        #expect(table.rows[0].allSatisfy { $0.paragraphs[0].runs.allSatisfy(\.bold) && $0.paragraphs[0].alignment == .center })
        #expect(table.rows[1][0].paragraphs[0].alignment == .center)
        #expect(table.rows[1][2].paragraphs[0].alignment == .right)
        #expect(table.rows[2].map { $0.paragraphs[0].text } == ["2", "Nước", "40.000"])
        #expect(table.rows[3].map(\.span) == [2, 1])
        #expect(table.rows[3][1].paragraphs[0].text == "5.040.000")
    }

    @Test(arguments: [
        ("Xin chào {{ten}}", 1, "không có trường {{ten}}"),
        ("a\n{{#each items}}\n- {{text}}", 2, "không được đóng"),
        ("{{/if}}", 1, "không có {{#if …}} mở trước"),
        ("{{else}}", 1, "{{else}} không nằm trong"),
        ("{{#each name}}\nx\n{{/each}}", 1, "không phải một danh sách"),
        ("Các mục: {{items}}", 1, "là một danh sách"),
        ("Mở {{name", 1, "không có “}}” đóng lại"),
        ("{{#with name}}", 1, "không hiểu"),
    ])
    func mistakesNameTheFileAndLine(text: String, line: Int, message: String) throws {
        let template = "---\nkind: KH\n---\n" + text
        do {
            _ = try section(template, ["name": .text("x"), "items": .list([])])
            Issue.record("no error for \(text)")
        } catch let error as OutreachError {
            let shown = error.message(.vi)
            #expect(shown.hasPrefix("t.md:\(line + 3):"), "\(shown)")
            #expect(shown.contains(message), "\(shown)")
            #expect(error.exitStatus == .invalid)
        }
    }

    @Test func unknownSettingsAndAnUnclosedFrontMatterAreRefused() {
        #expect(throws: OutreachError.self) { try DocumentTemplate(text: "---\nkind: KH\ntitel: X\n---\nA", file: "t.md") }
        #expect(throws: OutreachError.self) { try DocumentTemplate(text: "---\nkind: KH\nA", file: "t.md") }
        #expect(throws: OutreachError.self) { try DocumentTemplate(text: "---\nrecipients: abc\n---\nA", file: "t.md") }
        #expect((try? DocumentTemplate(text: "---\nkind: KH\nrecipients: [a, b]\nlandscape: true\n---\nA", file: "t.md"))?.landscape == true)
    }

    @Test func everyShippedTemplateReads() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates/documents")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
        #expect(names.count >= 5)
        for name in names {
            _ = try DocumentTemplate.load(name: String(name.dropLast(3)), folder: folder.path)
        }
    }
}

/// The `documents:` map of a session file: which texts it uses, and the basis its plan cites.
@Suite struct SessionDocumentsKeyTests {
    func session(_ documents: String) throws -> Session {
        let yaml = try String(contentsOfFile: Fixture.path("mini-session.yaml"), encoding: .utf8) + documents
        let units = try TemplateLoader.units(yaml: try Fixture.text("mini-units.yaml"), file: "mini-units.yaml").units
        return try TemplateLoader.session(yaml: yaml, file: "s.yaml", units: UnitTree(units)).template.session
    }

    @Test func namesAndBasisAreRead() throws {
        let facts = try session("documents:\n  basis: [\"Kế hoạch số 1/KH-UBND\"]\n  plan: ke-hoach-rieng\n  budget_decision: qd\n")
        #expect(facts.documents == SessionDocuments(basis: ["Kế hoạch số 1/KH-UBND"], plan: "ke-hoach-rieng", budgetDecision: "qd"))
        #expect(try session("").documents == nil)
    }

    @Test(arguments: ["documents:\n  plan: ../etc/passwd\n", "documents:\n  plans: ke-hoach\n"])
    func aNameThatIsNotATemplateOrAnUnknownKeyIsRefused(_ documents: String) throws {
        #expect(throws: OutreachError.self) { try session(documents) }
    }
}
