/// Exit statuses of the command line, part of its contract (README, "Exit codes").
public enum ExitStatus: Int32, Sendable, Codable {
    case ok = 0
    /// Invalid input or a broken rule: fix the input and try again.
    case invalid = 1
    /// The command line itself is wrong (reported by the argument parser).
    case usage = 2
    /// A unit, session, nominee or file that was named does not exist.
    case notFound = 3
    /// The request conflicts with the state: quota full, deadline passed, already nominated.
    case conflict = 4
    /// The database or a file could not be read or written.
    case io = 5
    /// The acting unit (`--as`) may not make this change.
    case notAllowed = 6
}

/// Where a bad value was found, so a message can name the file, row and field.
public struct SourceLocation: Sendable, Equatable, Codable, CustomStringConvertible {
    public var file: String?
    public var line: Int?
    public var field: String?

    public init(file: String? = nil, line: Int? = nil, field: String? = nil) {
        self.file = file
        self.line = line
        self.field = field
    }

    public var description: String {
        var parts: [String] = []
        if let file { parts.append(file) }
        if let line { parts.append("\(line)") }
        var text = parts.joined(separator: ":")
        if let field { text += text.isEmpty ? field : " (\(field))" }
        return text
    }
}

/// What was done with one command in a demo database since `demo` built it: lost if the demo is built again.
public struct DemoChange: Sendable, Equatable, Codable {
    public var command: String
    public var count: Int
    /// The last day (ISO) the rules were judged on for these changes.
    public var lastDay: String?

    public init(command: String, count: Int, lastDay: String?) {
        self.command = command
        self.count = count
        self.lastDay = lastDay
    }
}

/// Every failure a user can cause, with a message in both languages and the exit status it maps to. Codable: a
/// server sends its facts (`detail` of an API error) so the command line words them as it does locally.
public enum OutreachError: Error, Sendable, Equatable, Codable {
    case invalidTemplate(SourceLocation, LocalizedText)
    case invalidValue(field: String, value: String, reason: LocalizedText)
    /// A value given to a use case that breaks a rule, named by what it is; each front end names the field its
    /// own way (`FieldNames`).
    case invalidInput(InputField, value: String, reason: LocalizedText)
    /// A value the use case needs that was not given, and could not be found otherwise (exit 2, as a usage error).
    case missingInput(InputField, reason: LocalizedText)
    case unknownUnit(String)
    case unknownSession(String)
    case unknownRole(role: String, session: String, known: [String])
    case unknownNominee(String, session: String)
    case unknownPerson(Int64)
    case ambiguousNominee(String, candidates: [String])
    case notInvited(unit: String, session: String)
    case roleNotAllowed(unit: String, role: String, allowed: [String])
    case notFromSender(person: String, worksAt: String, sender: String, source: LocalizedText)
    case quotaFull(unit: String, roles: String, count: Int)
    /// `sender` is nil where the acting unit may not see the office that sent them (`Authority.mayView`).
    case duplicateNominee(name: String, session: String, sender: String?)
    case deadlinePassed(session: String, deadline: String, today: String)
    case lateNeedsReason
    case quotaBelowActive(unit: String, roles: String, requested: Int, active: Int, beyond: [String])
    case invalidTransition(nominee: String, from: String, to: String)
    case sessionExists(String)
    case databaseMissing(String)
    case fileNotFound(String)
    /// A file the command would create is already there, and is kept.
    case fileExists(String)
    case database(path: String, reason: LocalizedText)
    case file(path: String, reason: LocalizedText)
    case notADemoDatabase(String)
    case notAllowed(actor: String, action: LocalizedText)
    /// The session has ended: nobody can be put forward for it any more.
    case sessionOver(session: String, ended: String)
    /// The session has ended: its list of participants can no longer change this way (`action`).
    case sessionEnded(session: String, ended: String, action: LocalizedText)
    case unknownPlan(String)
    /// A plan with this code is stored already with other content.
    case planExists(String)
    /// No reserve waits for the place a nominee held (or holds).
    case noReserve(nominee: String, session: String)
    /// Someone already took the place a withdrawn nominee left.
    case placeTaken(nominee: String, by: String)
    /// No such duty (a session's follow-up owed by an office, or a duty number).
    case unknownDuty(LocalizedText)
    /// The change conflicts with the state of the data, worded by its rule: a duty already opened, planned,
    /// accepted or not yet reported; a session not yet held; a bloc without scoring.
    case conflict(LocalizedText)
    /// An import with rows that failed, of which nothing was kept; the rows are reported before it.
    /// `notAllowed`: how many of the errors are refusals of rights (the acting unit may not change that row);
    /// when every error is one, the refusal is a refusal of rights (exit 6).
    case importRefused(file: String, errors: Int, notAllowed: Int = 0)
    /// No emulation bloc with this code.
    case unknownBloc(String)
    /// A command line that needs an option it was not given, found only once the input was read (exit 2).
    case usage(LocalizedText)
    /// A value naming something that does not exist (a budget line): worded like `invalidValue`, exit 3.
    case unknownValue(field: String, value: String, reason: LocalizedText)
    /// A folder that is not there; `option` is how to point at another one (`--rates`).
    case folderNotFound(path: String, option: String)
    /// A server refused the request (`--server`): its own message, and the exit status its HTTP status maps to.
    case server(message: String, status: ExitStatus)
    /// `demo` would replace a demo database someone has worked in since; `changes` is what would be lost.
    case demoWouldReplace(path: String, changes: [DemoChange])

    /// The exit status the command line returns for this error.
    public var exitStatus: ExitStatus {
        switch self {
        case .invalidTemplate, .invalidValue, .invalidInput, .unknownRole, .notInvited, .roleNotAllowed, .notFromSender,
             .lateNeedsReason:
            .invalid
        case let .importRefused(_, errors, notAllowed):
            notAllowed > 0 && notAllowed == errors ? .notAllowed : .invalid
        case .unknownUnit, .unknownSession, .unknownNominee, .unknownPerson, .databaseMissing, .fileNotFound,
             .folderNotFound, .unknownPlan, .noReserve, .unknownDuty, .unknownBloc, .unknownValue:
            .notFound
        case .ambiguousNominee:
            .invalid
        case .quotaFull, .duplicateNominee, .deadlinePassed, .quotaBelowActive, .invalidTransition,
             .sessionExists, .notADemoDatabase, .fileExists, .sessionOver, .sessionEnded, .planExists, .placeTaken,
             .conflict, .demoWouldReplace:
            .conflict
        case .database, .file:
            .io
        case .notAllowed:
            .notAllowed
        case .usage, .missingInput:
            .usage
        case .server(_, let status):
            status
        }
    }

    /// One line a user can act on: what is wrong, where, and what to do. Control characters in the values it
    /// quotes are shown as `\u{1B}`, so a line break cannot split it and an escape cannot reach the terminal;
    /// with `pictures` (a page, where escape syntax means nothing to a clerk) as their visible symbols: "␛", "␊".
    public func message(_ lang: Language, fields: FieldNames = .words, pictures: Bool = false) -> String {
        var shown = ""
        for scalar in text(lang, fields).unicodeScalars {
            if scalar.properties.generalCategory == .control {
                if pictures, let symbol = Self.controlPicture(scalar) {
                    shown.unicodeScalars.append(symbol)
                } else {
                    shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                }
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// The Unicode "control picture" of a C0 control or DEL (U+2400–U+2421); nil for the C1 controls, which have none.
    static func controlPicture(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar.value < 0x20 { return Unicode.Scalar(0x2400 + scalar.value) }
        return scalar.value == 0x7F ? Unicode.Scalar(0x2421) : nil
    }

    /// The field a front end should point at, if the error is about one value.
    public var field: InputField? {
        switch self {
        case .invalidInput(let field, _, _), .missingInput(let field, _): return field
        default: return nil
        }
    }

    private func text(_ lang: Language, _ fields: FieldNames) -> String {
        switch self {
        case let .server(message, _):
            return message
        case let .missingInput(field, reason):
            return lang.text { $0.missingInputReason(fields.name(field, lang), reason) }
        case let .invalidInput(field, value, reason):
            // Nothing given has no value to quote: never an empty “”.
            let shown = value.isEmpty ? "" : " “\(value)”"
            return "\(fields.name(field, lang))\(shown): \(reason.text(lang))"
        case let .invalidTemplate(location, reason):
            return "\(location): \(reason.text(lang))"
        case let .invalidValue(field, value, reason), let .unknownValue(field, value, reason):
            // A whole file has no value to quote: never an empty “”.
            let shown = value.isEmpty ? "" : " “\(value)”"
            return lang.text { $0.invalidValueOfField(field, shown, reason) }
        case let .unknownUnit(code):
            return lang.text { $0.noUnitWithCode(code) }
                + fields.say(.seeUnits, lang)
        case let .unknownSession(code):
            return lang.text { $0.noSessionWithCode(code) }
                + fields.say(.seeSessions, lang)
        case let .unknownRole(role, session, known):
            return lang.text { $0.roleIsNotDefined(role, session, known.joined(separator: ", ")) }
        case let .unknownNominee(key, session):
            return lang.text { $0.noNomineeKeyInSession(key, session) }
                + fields.say(.seeNominees(session: session), lang)
        case let .unknownPerson(id):
            return lang.text { $0.noPersonWithNumberId(id) }
        case let .ambiguousNominee(key, candidates):
            return lang.text { $0.keyMatchesSeveralNomineesUse(key, candidates.joined(separator: "; ")) }
        case let .notInvited(unit, session):
            return lang.text { $0.unitIsNotInvited(unit, session) }
        case let .roleNotAllowed(unit, role, allowed):
            return lang.text { $0.theQuotaOfUnitDoes(unit, role, allowed.joined(separator: ", ")) }
        case let .notFromSender(person, worksAt, sender, source):
            return lang.text { $0.personWorksAtWorksAtWhich(person, worksAt, sender, source) }
        case let .quotaFull(unit, roles, count):
            return lang.text { $0.unitHasAlreadyNominatedCount(unit, count, roles) }
        case let .duplicateNominee(name, session, sender?):
            return lang.text { $0.nameIsAlreadyNominatedFor(name, session, sender) }
        case let .duplicateNominee(name, session, nil):
            return lang.text { $0.nameIsAlreadyNominatedForSession(name, session) }
        case let .deadlinePassed(session, deadline, today):
            return lang.text { $0.theNominationDeadlineOfSession(session, deadline, today) }
                + fields.say(.changeLateWithReason, lang)
        case .lateNeedsReason:
            return fields.say(.giveLateReason, lang)
        case let .quotaBelowActive(unit, roles, requested, active, beyond):
            return lang.text { $0.unitAlreadyHasActiveFor(unit, active, roles, requested, fields.say(.lowerQuotaAnyway, lang), beyond.joined(separator: "; ")) }
        case let .invalidTransition(nominee, from, to):
            let was = NominationStatus(rawValue: from)?.label(lang) ?? from
            let wanted = NominationStatus(rawValue: to)?.label(lang) ?? to
            return lang.text { $0.nomineeIsWasAndCannot(nominee, was, wanted) }
        case let .sessionExists(code):
            return lang.text { $0.sessionCodeAlreadyExistsIn(code) }
        case let .databaseMissing(path):
            // Run from another folder, the default ./outreach.sqlite is simply elsewhere: say how to point at it.
            let here = path.hasPrefix("/") ? "" : lang.text { $0.inTheCurrentFolder }
            return lang.text { $0.noDatabasePathHere(path, here) }
                + fields.say(.pointAtDatabase(path: path), lang)
        case let .fileNotFound(path):
            return lang.text { $0.noFilePath(path) }
        case let .folderNotFound(path, option):
            return lang.text { $0.noFolderPathPointAt(path, option) }
        case let .fileExists(path):
            return lang.text { $0.filePathAlreadyExistsAnd(path) }
                + fields.say(.overwriteFile, lang)
        case let .database(path, reason):
            return lang.text { $0.databaseErrorReason(path, reason) }
        case let .file(path, reason):
            return lang.text { $0.fileErrorReason(path, reason) }
        case let .notAllowed(actor, action):
            return lang.text { $0.actorMayNot(actor, action) }
        case let .unknownPlan(code):
            return lang.text { $0.noPlanCode(code) } + fields.say(.seePlans, lang)
        case let .planExists(code):
            return lang.text { $0.planCodeAlreadyExistsWith(code) }
        case let .noReserve(nominee, session):
            return lang.text { $0.noReserveWaitsForThe(nominee) }
                + fields.say(.addReserve(session: session), lang)
        case let .placeTaken(nominee, by):
            return lang.text { $0.thePlaceOfNomineeHas(nominee, by) }
        case let .unknownDuty(text), let .conflict(text):
            return text.text(lang)
        case let .importRefused(file, errors, notAllowed):
            if notAllowed > 0 {
                return lang.text { $0.importRefusedSomeRowsNotAllowed(file, errors, notAllowed) }
            }
            return lang.text { $0.importRefusedForRowErrors(file, errors) }
                + fields.say(.importValidRowsOnly, lang)
        case let .usage(text):
            return text.text(lang)
        case let .unknownBloc(code):
            return lang.text { $0.noBlocCode(code) } + fields.say(.seeBlocs, lang)
        case let .sessionEnded(session, ended, action):
            return lang.text { $0.sessionEndedOnEnded(session, ended, action) }
        case let .sessionOver(session, ended):
            return lang.text { $0.sessionEndedOnEndedNobody(session, ended) }
                + fields.say(.recordWalkIn(session: session), lang)
        case let .demoWouldReplace(path, changes):
            let total = changes.reduce(0) { $0 + $1.count }
            let listed = changes.map { "\($0.command) ×\($0.count)" }.joined(separator: ", ")
            let last = changes.compactMap(\.lastDay).max().flatMap { try? CalendarDate(iso: $0) }
            return lang.text { $0.pathHasTotalChangesMade(path, total, listed, last.map(VietnameseDate.numeric)) }
                + fields.say(.rebuildDemo, lang)
        case let .notADemoDatabase(path):
            return lang.text { $0.pathIsNotADemo(path) }
                + fields.say(.chooseAnotherDatabase, lang)
        }
    }
}
