import OutreachCore
import Testing
import TestSupport

@Suite("The follow_up section of a session file")
struct FollowUpTemplateTests {
    let units = try! Fixture.text("mini-units.yaml")
    let session = try! Fixture.text("mini-session.yaml")

    func load(_ followUp: String) throws(OutreachError) -> Session {
        let tree = UnitTree((try? TemplateLoader.units(yaml: units, file: "u.yaml"))?.units ?? [])
        return try TemplateLoader.session(yaml: session + "\nfollow_up:\n" + followUp, file: "s.yaml", units: tree).template.session
    }

    func message(_ followUp: String) -> String {
        do {
            _ = try load(followUp)
            return "accepted"
        } catch {
            return error.message(.en)
        }
    }

    @Test func readsEveryKey() throws {
        let rule = try #require(try load("""
              due_days_after: 20
              missing_after_days: 15
              audience: people
              kinds: [phong-gddt, truc-thuoc-so]
              note: Tuyên truyền lại
            """).followUp)
        #expect(rule.required && rule.dueDaysAfter == 20 && rule.missingAfterDays == 15)
        #expect(rule.audienceKind == .people && rule.kinds?.map(\.rawValue) == ["phong-gddt", "truc-thuoc-so"])
        #expect(rule.due(after: try CalendarDate(iso: "2022-05-10")).iso == "2022-05-30")
    }

    @Test(arguments: [
        ("  audience: hoc-sinh", "s.yaml:40 (follow_up.audience): must be one of: subordinate-units, people, not “hoc-sinh”"),
        ("  due_days_after: -1", "(follow_up.due_days_after): must be between 0 and 3650 days, not -1"),
        ("  missing_after_days: 5000", "(follow_up.missing_after_days): must be between 0 and 3650 days, not 5000"),
        ("  due_days_after: 10\n  due_date: 2022-06-01", "give either due_date or due_days_after, not both"),
        ("  due_date: 2022-05-01", "(follow_up.due_date): follow-up due date 2022-05-01 is before the session ends 2022-05-10"),
        ("  deadline: 2022-06-01", "deadline"),
    ])
    func refuses(_ followUp: String, _ expected: String) {
        let text = message(followUp)
        #expect(text.contains(expected), "\(text)")
    }
}
