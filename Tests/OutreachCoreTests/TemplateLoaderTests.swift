import OutreachCore
import Testing
import TestSupport

@Suite("Templates are read strictly, with the file, line and field of every problem")
struct TemplateLoaderTests {
    let units = try! Fixture.text("mini-units.yaml")
    let session = try! Fixture.text("mini-session.yaml")

    func unitError(_ yaml: String) -> OutreachError? {
        #expect(throws: OutreachError.self) { try TemplateLoader.units(yaml: yaml, file: "u.yaml") }
    }

    func sessionError(_ yaml: String) -> OutreachError? {
        let tree = UnitTree((try? TemplateLoader.units(yaml: units, file: "u.yaml"))?.units ?? [])
        return #expect(throws: OutreachError.self) { try TemplateLoader.session(yaml: yaml, file: "s.yaml", units: tree) }
    }

    @Test func readsTheMiniUnitsInFileOrderWithDefaults() throws {
        let list = try TemplateLoader.units(yaml: units, file: "u.yaml")
        #expect(list.units.count == 9)
        // Without a `districts:` list the order is the file's.
        #expect(list.units.sorted { $0.sortOrder < $1.sortOrder }.map(\.code) == list.units.map(\.code))
        let school = try #require(list.units.first { $0.code.rawValue == "TH-BATXAT-KIMDONG" })
        #expect(school.parent?.rawValue == "PGD-BATXAT")
        #expect(school.validFrom?.iso == "2021-08-01")
        #expect(list.units[1].documentHeaderName == "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
    }

    @Test func normalisesTextToNFC() throws {
        let nfd = "Tru\u{031B}o\u{031B}\u{0300}ng"  // "Trường" decomposed
        let yaml = "name: x\nunits:\n  - {code: A, name: \"\(nfd) A\", kind: truong}\n"
        let list = try TemplateLoader.units(yaml: yaml, file: "u.yaml")
        #expect(list.units[0].name == "Trường A")
        #expect(list.units[0].name.unicodeScalars.count == "Trường A".unicodeScalars.count)
    }

    @Test func malformedYAMLNamesTheLine() throws {
        let error = unitError("name: x\nunits:\n  - {code: A, name: [unclosed\n")
        guard case let .invalidTemplate(location, reason)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(location.file == "u.yaml")
        #expect(location.line != nil)
        #expect(reason.en.contains("malformed YAML"))
    }

    @Test func aBinaryFileIsOneLineNamingTheLine() throws {
        let error = unitError("%PDF-1.4\nname: x\n\u{1}\u{2}binary\n")
        guard case let .invalidTemplate(location, reason)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(location.line == 3)
        #expect(reason.en == "malformed YAML: control characters are not allowed")
        #expect(!reason.vi.contains("\n"))
    }

    /// Every item of `content:` is free text like the title: an escape sequence, a NUL or a pasted document
    /// is refused at its item, and the items kept are NFC without empty ones.
    @Test(arguments: [
        ("\"\\e[2Jxoá màn hình\"", "contains control characters"),
        ("\"a\\0b\"", "contains control characters"),
        ("a pasted document of 40,000 characters", "longer than \(TextLimits.maximumLength) characters"),
    ])
    func everyContentItemIsCheckedAtItsPlace(item: String, reason: String) throws {
        let item = item.hasPrefix("a pasted") ? String(repeating: "x", count: 40_000) : item
        let yaml = session.replacingOccurrences(
            of: "kind: tuyen-truyen\n", with: "kind: tuyen-truyen\ncontent:\n  - Luật Thi đua\n  - \(item)\n")
        guard case let .invalidTemplate(location, text)? = sessionError(yaml) else { Issue.record("no error"); return }
        #expect(location.field == "content[1]" && location.line == 6, "\(location)")
        #expect(text.en == reason)
        let clean = session.replacingOccurrences(
            of: "kind: tuyen-truyen\n", with: "kind: tuyen-truyen\ncontent: [\"Luật Thi đua\", \"\", \"Nghị định 98\"]\n")
        let tree = UnitTree(try TemplateLoader.units(yaml: units, file: "u.yaml").units)
        #expect(try TemplateLoader.session(yaml: clean, file: "s.yaml", units: tree).0.session.content
            == ["Luật Thi đua", "Nghị định 98"])
    }

    @Test func unknownKeyIsAnErrorWithItsLineAndField() throws {
        let yaml = "name: x\nunits:\n  - code: A\n    name: B\n    kind: truong\n    parnet: C\n"
        guard case let .invalidTemplate(location, reason)? = unitError(yaml) else { Issue.record("no error"); return }
        #expect(location.line == 6)
        #expect(location.field == "units[0].parnet")
        #expect(reason.en.contains("unknown key “parnet”"))
    }

    @Test func impossibleDateIsRefused() throws {
        let yaml = "name: x\nvalid_from: 2022-02-31\nunits:\n  - {code: A, name: B, kind: truong}\n"
        guard case let .invalidTemplate(location, _)? = unitError(yaml) else { Issue.record("no error"); return }
        #expect(location.line == 2)
        #expect(location.field == "valid_from")
    }

    @Test(arguments: [
        ("name: x\nunits:\n  - {code: A, name: B, kind: truong}\n  - {code: A, name: C, kind: truong}\n", "units[1].code"),
        ("name: x\nunits:\n  - {code: A, name: B, kind: truong, parent: Z}\n", "units[0].parent"),
        ("name: x\nunits:\n  - {code: a-b, name: B, kind: truong}\n", "units[0].code"),
        ("name: x\nunits:\n  - {code: A, name: \"  \", kind: truong}\n", "units[0].name"),
        ("name: x\nunits:\n  - {code: A, kind: truong}\n", "units[0].name"),
        ("name: x\nunits:\n  - {code: A, name: B, kind: Truong}\n", "units[0].kind"),
        ("name: x\nunits:\n  - {code: A, name: B, kind: truong, parent: B}\n  - {code: B, name: C, kind: truong, parent: A}\n", "units[0].parent"),
    ])
    func badUnitsAreLocated(yaml: String, field: String) throws {
        guard case let .invalidTemplate(location, _)? = unitError(yaml) else { Issue.record("no error"); return }
        #expect(location.field == field)
        #expect(location.line != nil)
    }

    @Test func plansOneQuotaPerInvitedOfficeInOrder() throws {
        let tree = UnitTree(try TemplateLoader.units(yaml: units, file: "u.yaml").units)
        let (template, quotas) = try TemplateLoader.session(yaml: session, file: "s.yaml", units: tree)
        #expect(template.session.code.rawValue == "LCI-2022-TDKT")
        #expect(template.session.startTime?.vietnamese == "08h00")
        #expect(quotas.map(\.unit.rawValue) == ["PGD-BATXAT", "PGD-SAPA", "THPT-CHUYEN"])
        #expect(quotas[0].slots.map(\.count) == [1, 1, 2])
        #expect(quotas[0].slots[2].roles.map(\.rawValue) == ["cbql", "giao-vien"])
        #expect(quotas[0].slots[2].source == .subordinate)
    }

    @Test(arguments: [
        ("      - {roles: [cbql], count: 1}", "      - {roles: [hieu-truong], count: 1}", "quotas[1].slots[0].roles[0]"),
        ("nomination_deadline: 2022-05-05", "nomination_deadline: 2022-05-20", "nomination_deadline"),
        ("    kind: truc-thuoc-so", "    kind: truc-thuoc-so\n    units: [THPT-CHUYEN]", "quotas[1]"),
        ("    kind: truc-thuoc-so", "    kind: khong-co", "quotas[1]"),
        ("organiser: SGDDT-LCI", "organiser: SGDDT-XYZ", "organiser"),
        ("      - {roles: [cbql], count: 1}", "      - {roles: [cbql], count: 0}", "quotas[1].slots[0].count"),
        ("      - {roles: [cbql], count: 1}", "      - {roles: [cbql], count: \"một\"}", "quotas[1].slots[0].count"),
        ("starts: 2022-05-10", "starts: 10/05/2022", "starts"),
    ])
    func badSessionsAreLocated(original: String, replacement: String, field: String) throws {
        #expect(session.contains(original))
        let error = sessionError(session.replacingOccurrences(of: original, with: replacement))
        guard case let .invalidTemplate(location, _)? = error else { Issue.record("no error"); return }
        #expect(location.field == field)
        #expect(location.file == "s.yaml")
    }
}
