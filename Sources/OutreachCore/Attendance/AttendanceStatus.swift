/// Whether a nominee came to a part of a session.
public enum AttendanceStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case present, late, excused, absent

    /// Present or late: the person was there.
    public var attended: Bool { self == .present || self == .late }

    /// The label shown in lists.
    public func label(_ lang: Language) -> String {
        switch self {
        case .present: lang.text { $0.present }
        case .late: lang.text { $0.late }
        case .excused: lang.text { $0.excused }
        case .absent: lang.text { $0.absent }
        }
    }
}

/// One recorded attendance: who, which part, what status.
public struct AttendanceMark: Hashable, Sendable {
    public var nominationID: Int64
    public var part: SessionPart
    public var status: AttendanceStatus
    public var note: String?

    public init(nominationID: Int64, part: SessionPart, status: AttendanceStatus, note: String? = nil) {
        self.nominationID = nominationID
        self.part = part
        self.status = status
        self.note = note
    }
}
