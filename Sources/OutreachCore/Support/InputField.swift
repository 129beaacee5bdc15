/// A value a use case takes, named for what it is, not for how a front end asks for it: the command line shows
/// `--works-at`, a web form “Nơi công tác”, the API `"field": "worksAt"`. Errors from the store and the rules name
/// these, never a flag or a form field.
public enum InputField: String, Sendable, CaseIterable, Codable {
    case amount, code, count, criterion, date, days, deputy, due, duty, email, expires, file, followUpDue, held, line, name, note,
         nominee, on, part, period, person, perUnit, phone, place, points, position, reachedPeople, reachedUnits, reason, reserve,
         role, session, status, unit, venue, worksAt

    /// The key of the API and of the JSON errors.
    public var key: String { rawValue }

    /// The field in words, as a page or a message without a front end of its own shows it.
    public func label(_ lang: Language) -> String {
        lang.text { $0.fieldName(self) }
    }
}

/// What a user can do next after an error, named for what it is, not for how a front end does it: the command
/// line says `outreach units list` or `--late --reason "…"`, a page points at its own list or form. The words
/// here are what a message says where the front end has no way of its own (a row problem read back later).
public enum NextStep: Sendable, Equatable {
    /// See the units there are.
    case seeUnits
    /// See the sessions there are.
    case seeSessions
    /// See a session's nominees.
    case seeNominees(session: String)
    /// See the plans there are.
    case seePlans
    /// See the blocs there are.
    case seeBlocs
    /// Make the change after the deadline, as someone allowed to, with a reason.
    case changeLateWithReason
    /// A late change must say why.
    case giveLateReason
    /// Lower a quota below the people already in it, on purpose.
    case lowerQuotaAnyway
    /// Write over a file that is there, on purpose.
    case overwriteFile
    /// Import only the rows without errors.
    case importValidRowsOnly
    /// Put a reserve on the waiting list for a session.
    case addReserve(session: String)
    /// Record someone who came without being nominated.
    case recordWalkIn(session: String)
    /// Point at an existing database, or create one at this path.
    case pointAtDatabase(path: String)
    /// Build the demo again over the changes made in it, or use another database.
    case rebuildDemo
    /// Use another database.
    case chooseAnotherDatabase

    /// The step in words, with the separator that joins it to a message (" (…)" or "; …"), for a front end that
    /// has no words of its own for it; empty where a plain message says enough.
    public func words(_ lang: Language) -> String {
        switch self {
        case .seeUnits, .seeSessions, .seeNominees, .seePlans, .seeBlocs:
            ""
        case .changeLateWithReason:
            lang.text { $0.aLateChangeCanStillBeMade }
        case .giveLateReason:
            lang.text { $0.aChangeAfterTheDeadline }
        case .lowerQuotaAnyway:
            lang.text { $0.lowerItOnlyOnPurpose }
        case .overwriteFile:
            lang.text { $0.chooseAnotherName }
        case .importValidRowsOnly:
            lang.text { $0.fixTheRowsAboveAnd }
        case .addReserve:
            lang.text { $0.addAReserveFirst }
        case .recordWalkIn:
            lang.text { $0.recordSomeoneWhoCameUnnominated }
        case .pointAtDatabase:
            lang.text { $0.pointAtAnExistingOne }
        case .rebuildDemo:
            lang.text { $0.buildingTheDemoAgainWould }
        case .chooseAnotherDatabase:
            lang.text { $0.chooseAnotherDatabase }
        }
    }
}

/// How a front end names an `InputField` and a `NextStep` in its messages.
public struct FieldNames: Sendable {
    public let name: @Sendable (InputField, Language) -> String
    /// The front end's own words for a next step (with the separator that joins it to a message), or nil for
    /// `NextStep.words`.
    public let step: @Sendable (NextStep, Language) -> String?

    public init(
        _ name: @escaping @Sendable (InputField, Language) -> String,
        step: @escaping @Sendable (NextStep, Language) -> String? = { _, _ in nil }
    ) {
        self.name = name
        self.step = step
    }

    /// A next step as this front end says it.
    public func say(_ next: NextStep, _ lang: Language) -> String {
        step(next, lang) ?? next.words(lang)
    }

    /// In words: “ghi chú”.
    public static let words = FieldNames { field, lang in "“\(field.label(lang))”" }
}
