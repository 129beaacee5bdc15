/// A value a use case takes, named for what it is, not for how a front end asks for it: the command line shows
/// `--works-at`, a web form “Nơi công tác”, the API `"field": "worksAt"`. Errors from the store and the rules name
/// these, never a flag or a form field.
public enum InputField: String, Sendable, CaseIterable, Codable {
    case amount, code, count, criterion, date, days, deputy, duty, email, expires, file, followUpDue, held, line, name, note,
         nominee, on, part, person, perUnit, place, points, position, reachedPeople, reachedUnits, reason, reserve,
         role, session, status, unit, venue, worksAt

    /// The key of the API and of the JSON errors.
    public var key: String { rawValue }

    /// The field in words, as a page or a message without a front end of its own shows it.
    public func label(_ lang: Language) -> String {
        let words: (vi: String, en: String) = switch self {
        case .amount: ("số tiền", "amount")
        case .code: ("mã", "code")
        case .count: ("số lượng", "count")
        case .criterion: ("tiêu chí", "criterion")
        case .date: ("ngày", "date")
        case .days: ("số ngày", "days")
        case .deputy: ("khối phó", "deputy")
        case .duty: ("nhiệm vụ", "duty")
        case .email: ("email", "email")
        case .expires: ("hạn dùng", "expiry date")
        case .file: ("tệp", "file")
        case .followUpDue: ("hạn tuyên truyền lại", "follow-up due date")
        case .held: ("ngày tổ chức", "day held")
        case .line: ("dòng dự toán", "budget line")
        case .name: ("họ và tên", "full name")
        case .note: ("ghi chú", "note")
        case .nominee: ("đại biểu", "nominee")
        case .on: ("ngày báo cáo", "report date")
        case .part: ("buổi", "part of the day")
        case .person: ("người", "person")
        case .perUnit: ("số người mỗi đơn vị", "people per unit")
        case .place: ("địa danh", "place")
        case .points: ("điểm", "points")
        case .position: ("chức vụ", "position")
        case .reachedPeople: ("số người đã tuyên truyền", "people reached")
        case .reachedUnits: ("số đơn vị đã tuyên truyền", "units reached")
        case .reason: ("lý do", "reason")
        case .reserve: ("người dự bị", "reserve")
        case .role: ("vai trò", "role")
        case .session: ("đợt", "session")
        case .status: ("trạng thái", "status")
        case .unit: ("đơn vị", "unit")
        case .venue: ("địa điểm", "venue")
        case .worksAt: ("nơi công tác", "workplace")
        }
        return lang.pick(words.vi, words.en)
    }
}

/// How a front end names an `InputField` in its messages.
public struct FieldNames: Sendable {
    public let name: @Sendable (InputField, Language) -> String

    public init(_ name: @escaping @Sendable (InputField, Language) -> String) {
        self.name = name
    }

    /// In words: “ghi chú”.
    public static let words = FieldNames { field, lang in "“\(field.label(lang))”" }
}
