import Foundation
import OutreachCore
import OutreachExport
import OutreachStore
import Testing
import TestSupport
import XLSX

@Suite("The nomination form: one row per place, prefilled, validated, protected, with markers for the import")
final class NominationFormTests {
    let folder = try! Fixture.temporaryDirectory()
    let database = try! Fixture.miniDatabase()
    let unit = UnitCode(rawValue: "PGD-BATXAT")!

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Nominates the leader of PGD-BATXAT, then writes and reads back its form.
    func write(roles: [Role]? = nil) throws -> (XLSXDocument, Nominee) {
        let leader = try database.addNominee(
            Fixture.request("Giàng A Páo", role: "lanh-dao", unit: "PGD-BATXAT", phone: "0912345678"),
            context: Fixture.context())
        var list = try database.nomineeList(session: Fixture.session, includeEmptyGroups: true)
        if let roles { list.session.roles = roles }
        let quota = try #require(try database.quotas(session: Fixture.session).first { $0.unit == unit })
        let path = folder.appendingPathComponent("form.xlsx").path
        try NominationForm(list: list, quota: quota).write(to: path)
        return (try XLSXReader.read(url: URL(fileURLWithPath: path)), leader)
    }

    func firstRow(_ document: XLSXDocument) throws -> Int {
        let markers = try #require(document.sheet(named: NominationForm.markerSheet))
        return try #require(Int(markers.text(at: "B5"))) - 1
    }

    @Test func oneRowPerPlacePrefilledWithTheNominee() throws {
        let (document, leader) = try write()
        #expect(document.sheets.map(\.name) == ["Phiếu đăng ký", "Hướng dẫn", "_outreach"])
        let sheet = try #require(document.sheet(named: NominationForm.formSheet))
        #expect(sheet.pageSetup.orientation == "landscape")
        let first = try firstRow(document)
        #expect((0..<10).map { sheet.text(at: CellReference(row: first - 1, column: $0)) } == NominationForm.headings)
        let rows = (first..<first + 5).map { row in (0..<10).map { sheet.text(at: CellReference(row: row, column: $0)) } }
        #expect(rows[0][0...2] == ["1", "Lãnh đạo", "Giàng A Páo"])
        #expect(rows[0][7] == "0912345678")
        #expect(rows[0][6] == (leader.workplace ?? ""))
        #expect(rows[1][0...2] == ["2", "Cán bộ TĐKT", ""], "a single-role place shows its role")
        #expect(rows[2][0...2] == ["3", "", ""] && rows[3][0] == "4", "a two-role place leaves the choice")
        #expect(rows[4][0] != "5", "four places, four rows")
        let texts = sheet.cells.values.compactMap { if case let .text(t) = $0.value { t } else { nil } }
        #expect(texts.contains(NominationForm.title))
        #expect(texts.contains("Hạn gửi: 05/05/2022"))
        #expect(texts.contains("Đơn vị: Phòng Giáo dục và Đào tạo huyện Bát Xát"))
        #expect(texts.contains(
            "Định mức: 4 người gồm 01 Lãnh đạo, 01 Cán bộ TĐKT, 02 Cán bộ quản lý hoặc Giáo viên (cán bộ của đơn vị trực thuộc)"))
    }

    @Test func inputCellsAreUnlockedValidatedAndTheRestProtected() throws {
        let (document, _) = try write()
        let sheet = try #require(document.sheet(named: NominationForm.formSheet))
        let first = try firstRow(document)
        let excelFirst = first + 1
        #expect(sheet.protection?.isSheetProtected == true)
        #expect(sheet.protection?.allows("formatColumns") == true)
        for column in 1..<10 {
            #expect(sheet.cells[CellReference(row: first, column: column)]?.style?.locked == false, "column \(column)")
        }
        #expect(sheet.cells[CellReference(row: first, column: 0)]?.style?.locked != false, "STT stays locked")
        let byRange = Dictionary(sheet.dataValidations.map { ($0.sqref, $0) }) { a, _ in a }
        #expect(byRange["B\(excelFirst)"]?.listItems == ["Lãnh đạo"])
        #expect(byRange["B\(excelFirst + 1)"]?.listItems == ["Cán bộ TĐKT"])
        #expect(byRange["B\(excelFirst + 2):B\(excelFirst + 3)"]?.listItems == ["Cán bộ quản lý", "Giáo viên"])
        let gender = try #require(byRange["D\(excelFirst):D\(excelFirst + 3)"])
        #expect(gender.listItems == ["Nam", "Nữ"] && gender.promptTitle == "Giới tính")
        let year = try #require(byRange["E\(excelFirst):E\(excelFirst + 3)"])
        #expect(year.type == "whole" && year.formula1 == "1940" && year.formula2 == "2004")
        let phone = try #require(byRange["H\(excelFirst):H\(excelFirst + 3)"])
        #expect(phone.type == "custom" && phone.formula1?.contains("LEN(H\(excelFirst))") == true)
        #expect(phone.error?.contains("0912345678") == true)
    }

    @Test func hiddenMarkersNameTheSessionUnitAndSlots() throws {
        let (document, leader) = try write()
        let markers = try #require(document.sheet(named: NominationForm.markerSheet))
        #expect(markers.state != .visible)
        #expect(markers.text(at: "B1") == "1")
        #expect(markers.text(at: "B2") == "LCI-2022-TDKT")
        #expect(markers.text(at: "B3") == "PGD-BATXAT")
        #expect(markers.text(at: "B6") == "4")
        let quota = try #require(try database.quotas(session: Fixture.session).first { $0.unit == unit })
        let slotIDs = (9...12).map { markers.text(at: "B\($0)") }
        let expected = quota.slots.sorted { $0.index < $1.index }.flatMap { Array(repeating: "\($0.id)", count: $0.rule.count) }
        #expect(slotIDs == expected)
        #expect(markers.text(at: "C9") == "\(leader.nomination.id)" && markers.text(at: "C10") == "")
        #expect(markers.text(at: "A9") == markers.text(at: "B5"))
        let names = Dictionary(document.definedNames.map { ($0.name, $0.formula) }) { a, _ in a }
        #expect(names["outreach_session"] == "_outreach!$B$2")
        #expect(names["outreach_unit"] == "_outreach!$B$3")
        #expect(names["outreach_first_row"] == "_outreach!$B$5")
        #expect(names["outreach_rows"] == "_outreach!$A$9:$D$12")
        let guide = try #require(document.sheet(named: NominationForm.instructionSheet))
        let guideText = guide.cells.values.compactMap { if case let .text(t) = $0.value { t } else { nil } }.joined(separator: "\n")
        #expect(guideText.contains("không đổi tên sheet") && guideText.contains("05/05/2022"))
    }

    @Test func aRoleListTooLongForALiteralFallsBackToARange() throws {
        let long = String(repeating: "Cán bộ quản lý trường phổ thông dân tộc bán trú ", count: 3)
        let roles = [
            Role(code: RoleCode(rawValue: "lanh-dao")!, name: "Lãnh đạo"),
            Role(code: RoleCode(rawValue: "can-bo-tdkt")!, name: "Cán bộ TĐKT"),
            Role(code: RoleCode(rawValue: "cbql")!, name: long + "A"),
            Role(code: RoleCode(rawValue: "giao-vien")!, name: long + "B"),
        ]
        let (document, _) = try write(roles: roles)
        let sheet = try #require(document.sheet(named: NominationForm.formSheet))
        let excelFirst = try firstRow(document) + 1
        let rolesRule = try #require(sheet.dataValidations.first { $0.sqref == "B\(excelFirst + 2):B\(excelFirst + 3)" })
        let quota = try #require(try database.quotas(session: Fixture.session).first { $0.unit == unit })
        let slot = try #require(quota.slots.first { $0.rule.count == 2 })
        #expect(rolesRule.type == "list" && rolesRule.formula1 == "outreach_roles_\(slot.id)")
        let names = Dictionary(document.definedNames.map { ($0.name, $0.formula) }) { a, _ in a }
        #expect(names["outreach_roles_\(slot.id)"] == "_outreach!$H$9:$H$10")
        let markers = try #require(document.sheet(named: NominationForm.markerSheet))
        #expect(markers.text(at: "H9") == long + "A")
    }

    /// An office of `places` places (1 leader, 1 officer, the rest from its schools), every place filled with
    /// a real position and school; its form written and read back.
    func writeOffice(places: Int) throws -> SheetContent {
        let yaml = try Fixture.text("mini-session.yaml").replacingOccurrences(
            of: "{roles: [cbql, giao-vien], count: 2, from: subordinate}",
            with: "{roles: [cbql, giao-vien], count: \(places - 2), from: subordinate}")
        let database = try AppDatabase.inMemory()
        let units = try TemplateLoader.units(yaml: Fixture.text("mini-units.yaml"), file: "u.yaml")
        _ = try database.importUnits(units, source: "u.yaml", context: Fixture.operatorContext())
        _ = try database.createSession(yaml: yaml, file: "s.yaml", context: Fixture.context())
        func add(_ name: String, _ role: String, _ position: String, worksAt: String?, _ number: Int) throws {
            var request = Fixture.request(name, role: role, unit: "PGD-BATXAT", worksAt: worksAt,
                                          phone: String(format: "09123%05d", number))
            request.position = position
            _ = try database.addNominee(request, context: Fixture.context())
        }
        try add("Giàng A Páo", "lanh-dao", "Phó Trưởng phòng", worksAt: nil, 0)
        try add("Lò Văn Hùng", "can-bo-tdkt", "Chuyên viên", worksAt: nil, 1)
        let positions = ["Phó Hiệu trưởng", "Tổ trưởng chuyên môn", "Tổng phụ trách Đội", "Giáo viên"]
        let given = ["An", "Bình", "Chiến", "Dung", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nga", "Oanh", "Phúc", "Quang",
                     "Sơn", "Thảo", "Uyên", "Vân", "Xuân", "Yến", "Đông", "Hải", "Hường", "Kiên", "Lộc", "Mai", "Nam",
                     "Phong", "Quế", "Tâm", "Thịnh", "Toàn", "Trang", "Tuấn", "Vinh", "Yên", "Ánh", "Bảo", "Cường"]
        for index in 0..<(places - 2) {
            try add("Nguyễn Thị \(given[index])", index % 2 == 0 ? "cbql" : "giao-vien", positions[index % positions.count],
                    worksAt: index % 2 == 0 ? "TH-BATXAT-KIMDONG" : "THCS-BATXAT-YTY", index + 2)
        }
        let list = try database.nomineeList(session: Fixture.session, includeEmptyGroups: true)
        let quota = try #require(try database.quotas(session: Fixture.session).first { $0.unit == unit })
        #expect(quota.required == places)
        let path = folder.appendingPathComponent("form-\(places).xlsx").path
        try NominationForm(list: list, quota: quota).write(to: path)
        let document = try XLSXReader.read(url: URL(fileURLWithPath: path))
        return try #require(document.sheet(named: NominationForm.formSheet))
    }

    /// Issue 18, item 15: an office of 15 places gets its form on one landscape page. The rule: rows as tall as
    /// their real text, the text columns widened to the page at the lower scale, and the whole sheet at the scale
    /// that fits it on a page, never below 62 %.
    @Test func aFifteenPlaceFormPrintsOnOneLandscapePage() throws {
        let sheet = try writeOffice(places: 15)
        #expect(sheet.pageSetup.orientation == "landscape" && sheet.pageSetup.paperSize == 9)
        #expect(sheet.rowBreaks.isEmpty, "\(sheet.rowBreaks)")
        #expect(sheet.footer?.contains("Trang &P/1") == true, "\(sheet.footer ?? "")")
        let scale = try #require(sheet.pageSetup.scale)
        #expect((NominationForm.onePageMinimumScale...79).contains(scale), "\(scale)")
        #expect(sheet.pageSetup.fitToPage == false, "an explicit scale, printed alike by Excel and LibreOffice")
        // Every row of the form, at that scale, within one A4 landscape page's printable height (210 − 40 mm).
        let lastRow = try #require(sheet.cells.keys.map(\.row).max())
        let heights = (0...lastRow).map { sheet.rowHeights[$0] ?? 15 }
        let printable = (210.0 - 40) * 72 / 25.4
        #expect(heights.reduce(0, +) * Double(scale) / 100 <= printable, "\(heights.reduce(0, +)) pt at \(scale) %")
        // The positions and the schools print on one line: one-line rows, the two-line role names aside.
        let first = try #require(sheet.cells.first { $0.value.value == .text("STT") }?.key.row) + 1
        let rows = (first..<first + 15).map { sheet.rowHeights[$0] ?? 0 }
        #expect(rows[2...].allSatisfy { $0 == 20 }, "\(rows)")
        #expect(sheet.columnWidths[6] ?? 0 > NominationForm.widths[6], "the workplace column widened for one page")
        #expect(sheet.text(at: CellReference(row: first + 14, column: 0)) == "15")
    }

    /// A form too long for one page at 62 % keeps its usual widths and scale and breaks into pages.
    @Test func aLongFormRunsOverPagesAtTheWidthFillingScale() throws {
        let sheet = try writeOffice(places: 40)
        #expect(!sheet.rowBreaks.isEmpty)
        let scale = try #require(sheet.pageSetup.scale)
        #expect(scale >= 75, "\(scale)")
        #expect(sheet.footer?.contains("Trang &P/\(sheet.rowBreaks.count + 1)") == true)
    }
}
