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
    /// A duty cannot change this way now: already opened, planned, accepted, not yet reported.
    case dutyConflict(LocalizedText)
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
             .dutyConflict, .demoWouldReplace:
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
            return lang.pick("thiếu \(fields.name(field, lang)): \(reason.vi)", "missing \(fields.name(field, lang)): \(reason.en)")
        case let .invalidInput(field, value, reason):
            // Nothing given has no value to quote: never an empty “”.
            let shown = value.isEmpty ? "" : " “\(value)”"
            return "\(fields.name(field, lang))\(shown): \(reason.text(lang))"
        case let .invalidTemplate(location, reason):
            return "\(location): \(reason.text(lang))"
        case let .invalidValue(field, value, reason), let .unknownValue(field, value, reason):
            // A whole file has no value to quote: never an empty “”.
            let shown = value.isEmpty ? "" : " “\(value)”"
            return lang.pick("\(field)\(shown): \(reason.vi)", "\(field)\(shown): \(reason.en)")
        case let .unknownUnit(code):
            return lang.pick("không có đơn vị mã “\(code)”", "no unit with code “\(code)”")
                + fields.say(.seeUnits, lang)
        case let .unknownSession(code):
            return lang.pick("không có đợt tập huấn mã “\(code)”", "no session with code “\(code)”")
                + fields.say(.seeSessions, lang)
        case let .unknownRole(role, session, known):
            return lang.pick(
                "vai trò “\(role)” không có trong đợt \(session); các vai trò: \(known.joined(separator: ", "))",
                "role “\(role)” is not defined in session \(session); roles: \(known.joined(separator: ", "))")
        case let .unknownNominee(key, session):
            return lang.pick(
                "không tìm thấy đại biểu “\(key)” trong đợt \(session)", "no nominee “\(key)” in session \(session)")
                + fields.say(.seeNominees(session: session), lang)
        case let .unknownPerson(id):
            return lang.pick("không có người mang số \(id)", "no person with number \(id)")
        case let .ambiguousNominee(key, candidates):
            return lang.pick(
                "“\(key)” khớp nhiều đại biểu, hãy dùng số thứ tự: \(candidates.joined(separator: "; "))",
                "“\(key)” matches several nominees, use the number: \(candidates.joined(separator: "; "))")
        case let .notInvited(unit, session):
            return lang.pick(
                "đơn vị \(unit) không được triệu tập trong đợt \(session) (không có định mức)",
                "unit \(unit) is not invited to session \(session) (it has no quota)")
        case let .roleNotAllowed(unit, role, allowed):
            return lang.pick(
                "định mức của \(unit) không nhận vai trò “\(role)”; chỉ nhận: \(allowed.joined(separator: ", "))",
                "the quota of \(unit) does not accept role “\(role)”; it accepts: \(allowed.joined(separator: ", "))")
        case let .notFromSender(person, worksAt, sender, source):
            return lang.pick(
                "\(person) công tác tại \(worksAt), không phù hợp với chỉ tiêu của \(sender) (\(source.vi))",
                "\(person) works at \(worksAt), which does not fit the quota of \(sender) (\(source.en))")
        case let .quotaFull(unit, roles, count):
            return lang.pick(
                "\(unit) đã cử đủ \(count) người cho vai trò \(roles); rút hoặc thay một người trước",
                "\(unit) has already nominated \(count) for \(roles); withdraw or replace someone first")
        case let .duplicateNominee(name, session, sender?):
            return lang.pick(
                "\(name) đã có trong danh sách đợt \(session) (do \(sender) cử)",
                "\(name) is already nominated for session \(session) (by \(sender))")
        case let .duplicateNominee(name, session, nil):
            return lang.pick(
                "\(name) đã có trong danh sách đợt \(session) (do một đơn vị khác cử)",
                "\(name) is already nominated for session \(session) (by another office)")
        case let .deadlinePassed(session, deadline, today):
            return lang.pick(
                "đã quá hạn đăng ký của đợt \(session) (\(deadline), hôm nay \(today))",
                "the nomination deadline of \(session) has passed (\(deadline), today \(today))")
                + fields.say(.changeLateWithReason, lang)
        case .lateNeedsReason:
            return fields.say(.giveLateReason, lang)
        case let .quotaBelowActive(unit, roles, requested, active, beyond):
            return lang.pick(
                "\(unit) đã có \(active) người cho \(roles), không thể giảm còn \(requested)\(fields.say(.lowerQuotaAnyway, lang)) vượt định mức: \(beyond.joined(separator: "; "))",
                "\(unit) already has \(active) for \(roles), cannot lower to \(requested)\(fields.say(.lowerQuotaAnyway, lang)) beyond the quota: \(beyond.joined(separator: "; "))")
        case let .invalidTransition(nominee, from, to):
            let was = NominationStatus(rawValue: from)?.label(lang) ?? from
            let wanted = NominationStatus(rawValue: to)?.label(lang) ?? to
            return lang.pick(
                "\(nominee) đang ở trạng thái “\(was)”, không chuyển sang “\(wanted)” được",
                "\(nominee) is “\(was)” and cannot become “\(wanted)”")
        case let .sessionExists(code):
            return lang.pick(
                "đợt \(code) đã có trong cơ sở dữ liệu",
                "session \(code) already exists in the database")
        case let .databaseMissing(path):
            // Run from another folder, the default ./outreach.sqlite is simply elsewhere: say how to point at it.
            let here = path.hasPrefix("/") ? "" : lang.pick(" ở thư mục hiện tại", " in the current folder")
            return lang.pick("chưa có cơ sở dữ liệu \(path)\(here)", "no database \(path)\(here)")
                + fields.say(.pointAtDatabase(path: path), lang)
        case let .fileNotFound(path):
            return lang.pick("không có tệp \(path)", "no file \(path)")
        case let .folderNotFound(path, option):
            return lang.pick(
                "không có thư mục \(path); chỉ đường đến thư mục bằng \(option) THƯ-MỤC",
                "no folder \(path); point at the folder with \(option) FOLDER")
        case let .fileExists(path):
            return lang.pick("tệp \(path) đã có, không ghi đè", "file \(path) already exists and is kept")
                + fields.say(.overwriteFile, lang)
        case let .database(path, reason):
            return lang.pick("cơ sở dữ liệu \(path): \(reason.vi)", "database \(path): \(reason.en)")
        case let .file(path, reason):
            return lang.pick("tệp \(path): \(reason.vi)", "file \(path): \(reason.en)")
        case let .notAllowed(actor, action):
            return lang.pick("\(actor) không có quyền \(action.vi)", "\(actor) may not \(action.en)")
        case let .unknownPlan(code):
            return lang.pick("không có kế hoạch \(code)", "no plan \(code)") + fields.say(.seePlans, lang)
        case let .planExists(code):
            return lang.pick(
                "kế hoạch \(code) đã có với nội dung khác; đặt mã mới (code) cho kế hoạch sửa đổi",
                "plan \(code) already exists with other content; give the amended plan a new code")
        case let .noReserve(nominee, session):
            return lang.pick(
                "không có người dự bị cho chỗ của \(nominee)", "no reserve waits for the place of \(nominee)")
                + fields.say(.addReserve(session: session), lang)
        case let .placeTaken(nominee, by):
            return lang.pick(
                "chỗ của \(nominee) đã có \(by) thay", "the place of \(nominee) has already been taken by \(by)")
        case let .unknownDuty(text), let .dutyConflict(text):
            return text.text(lang)
        case let .importRefused(file, errors, notAllowed):
            if notAllowed > 0 {
                return lang.pick(
                    "\(file): \(errors) lỗi (\(notAllowed) dòng không có quyền thay đổi), không nhập gì",
                    "\(file): \(errors) errors (\(notAllowed) rows you may not change), nothing imported")
            }
            return lang.pick("\(file): \(errors) lỗi, không nhập gì", "\(file): \(errors) errors, nothing imported")
                + fields.say(.importValidRowsOnly, lang)
        case let .usage(text):
            return text.text(lang)
        case let .unknownBloc(code):
            return lang.pick("không có khối thi đua \(code)", "no bloc \(code)") + fields.say(.seeBlocs, lang)
        case let .sessionEnded(session, ended, action):
            return lang.pick(
                "đợt \(session) đã kết thúc ngày \(ended): không \(action.vi) được nữa (danh sách người dự đã chốt; người đến dự được tính theo điểm danh)",
                "session \(session) ended on \(ended): too late to \(action.en) (the list of participants is closed; who came counts by the attendance)")
        case let .sessionOver(session, ended):
            return lang.pick(
                "đợt \(session) đã kết thúc ngày \(ended), không cử thêm người được",
                "session \(session) ended on \(ended); nobody can be nominated now")
                + fields.say(.recordWalkIn(session: session), lang)
        case let .demoWouldReplace(path, changes):
            let total = changes.reduce(0) { $0 + $1.count }
            let listed = changes.map { "\($0.command) ×\($0.count)" }.joined(separator: ", ")
            let last = changes.compactMap(\.lastDay).max().flatMap { try? CalendarDate(iso: $0) }
            let lastVI = last.map { ", lần cuối ngày \(VietnameseDate.numeric($0))" } ?? ""
            let lastEN = last.map { ", the last on \(VietnameseDate.numeric($0))" } ?? ""
            return lang.pick(
                "\(path) đã có \(total) thay đổi sau khi tạo demo (\(listed)\(lastVI))",
                "\(path) has \(total) changes made after the demo was built (\(listed)\(lastEN))")
                + fields.say(.rebuildDemo, lang)
        case let .notADemoDatabase(path):
            return lang.pick(
                "\(path) không phải cơ sở dữ liệu demo, không ghi đè",
                "\(path) is not a demo database and will not be overwritten")
                + fields.say(.chooseAnotherDatabase, lang)
        }
    }
}
